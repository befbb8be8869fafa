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


def count_stale_markers(page) -> None:
    """Count in ``window.staleShown`` each time the page's stale marker shows, the moment it shows.

    After a cut the marker shows from 1.5 s of silence until the browser's reconnection (``retry:``
    2 s) brings the first frame: about half a second, which Playwright's polling (up to a second
    apart) can miss. Noted as it happens, it is not missed."""
    page.evaluate("""() => {
        const banner = document.getElementById("stale");
        window.staleShown = 0;
        new MutationObserver(() => { if (!banner.hidden) window.staleShown += 1; })
            .observe(banner, {attributes: true, attributeFilter: ["hidden"]});
    }""")


def stale_marker_shown(page, times: int, timeout_ms: float = 10_000) -> None:
    """Wait until the stale marker has shown *times* times since ``count_stale_markers``."""
    page.wait_for_function("(n) => window.staleShown >= n", arg=times, timeout=timeout_ms)
