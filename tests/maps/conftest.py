"""A real browser for the map tests: Debian's Chromium through Playwright, one per session.

``INCIDENTMAP_REQUIRE_BROWSER=1`` turns a missing browser into a failure instead of a skip.
"""

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = os.environ.get("INCIDENTMAP_REQUIRE_BROWSER") == "1"


@pytest.fixture(scope="session")
def chromium():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if REQUIRED:
            raise
        pytest.skip("playwright is not installed")
    if not os.path.exists(CHROMIUM):
        if REQUIRED:
            pytest.fail(f"no Chromium at {CHROMIUM}")
        pytest.skip("Debian's chromium is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def open_map(chromium, tmp_path):
    """Open an HTML map in a new page of ``width`` x ``height``; the page records requests and errors."""
    pages = []

    def opened(html: str, width: int = 1200, height: int = 800, name: str = "map.html"):
        path = tmp_path / name
        path.write_text(html, encoding="utf-8")
        page = watched_page(chromium, path, width, height)
        pages.append(page)
        return page

    yield opened
    for page in pages:
        page.close()


#: The Leaflet map object of the page.
MAP = "Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])[0]"


#: Resolves once the map stands still: no zoom or cluster animation runs and the place labels
#: are laid out for the view (they wait a tick after each move or filter); at most ``ms``.
SETTLE = f"""async (ms) => {{
    const end = performance.now() + ms, map = {MAP}, labels = window.__incidentmapLabels;
    const still = () => !map._animatingZoom && !map.getPane('mapPane').classList.contains('leaflet-cluster-anim') &&
        !(labels && labels._queued);
    await new Promise(done => (function poll() {{ still() || performance.now() > end ? done() : requestAnimationFrame(poll); }})());
}}"""


def settle(page, ms: int = 5000) -> None:
    """Wait until the map stands still (see :data:`SETTLE`), not for a fixed time."""
    page.evaluate(SETTLE, ms)


def watched_page(chromium, path, width: int = 1200, height: int = 800):
    """A new page at ``path`` that records its requests and errors (dialogs count as errors),
    once its map stands still."""
    page = chromium.new_page(viewport={"width": width, "height": height})
    page.requests, page.errors = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("dialog", lambda dialog: (page.errors.append("dialog: " + dialog.message), dialog.dismiss()))
    page.goto(path.as_uri())
    settle(page)
    return page
