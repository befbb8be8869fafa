"""What the room display tests share. Browser waits are written as functions ("() => …"), never bare
expressions: Playwright polls an expression with eval, which the pages' Content-Security-Policy forbids."""

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


def live(page, timeout_ms: float = 10_000) -> None:
    """Wait until the page hears its stream (it shows the view it was served with before that)."""
    page.wait_for_function("() => document.documentElement.dataset.stream === 'live'", timeout=timeout_ms)
