"""A real headless Chromium (Debian's ``chromium``) driven by Playwright, for the public pages.

Where Chromium or Playwright cannot be found the browser tests are skipped, loudly: a warning in
the summary and a skip reason that says what to install.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from desktop_isolation import test_keyring, test_settings  # noqa: F401  (autouse: keychain, settings)
from display_helpers import ITEM
from ui.conftest import open_window  # noqa: F401  (windows signed in as demo personas)

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _skip_loudly(why: str):
    message = f"BROWSER TESTS SKIPPED: {why} (apt-get install -y chromium; pip install playwright)"
    warnings.warn(message, UserWarning, stacklevel=2)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module."""
    if not CHROMIUM.exists():
        _skip_loudly(f"{CHROMIUM} is missing")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_loudly("Playwright for Python is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab (its own context: no cookies or storage shared between tests)."""
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-GB")
    yield context.new_page()
    context.close()


@pytest.fixture
def room(api):
    """The open floor live with Brazil speaking and Kenya, Egypt and the EU waiting."""
    chair = api("demo-chair")
    chair.ok(type="agenda.set_status", item_id=ITEM, status="live")
    for code, language in (("demo-brazil", "es"), ("demo-kenya", "en"), ("demo-egypt", "ar"), ("demo-eu", "fr")):
        api(code).ok(type="floor.request", item_id=ITEM, language=language)
    chair.ok(type="floor.call_next", item_id=ITEM)
    chair.ok(type="floor.start")
    return chair

