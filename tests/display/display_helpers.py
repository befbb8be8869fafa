"""What the room display tests share."""

MEETING = "wipo-conv-12"
ITEM = "d1-floor-morning"


def display_url(server, query: str = "") -> str:
    """The address of the meeting's public page, with *query* (``?view=…&lang=…``)."""
    return f"{server.url}/display/{MEETING}{query}"


def shows(page, selector: str, text: str, timeout_ms: float) -> None:
    """Wait until *selector*'s text is *text* (fails after *timeout_ms*)."""
    page.wait_for_function(
        "([sel, text]) => document.querySelector(sel)?.textContent === text", arg=[selector, text], timeout=timeout_ms
    )
