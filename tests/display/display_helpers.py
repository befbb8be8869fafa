"""What the room display tests share."""

MEETING = "wipo-conv-12"
ITEM = "d1-floor-morning"


def display_url(server, query: str = "") -> str:
    """The address of the meeting's public page, with *query* (``?view=…&lang=…``)."""
    return f"{server.url}/display/{MEETING}{query}"
