"""The offline basemap and the names on the map, in a real browser: tiles drawn from the page
(no request), the OpenStreetMap credit shown, labels that cover no marker and no other label,
and report text in labels that stays text."""

import pytest

from conftest import MAP, settle, watched_page
from maps import render, to_html
from test_map_in_browser import PAYLOADS, fixture_incidents

TILE_IMAGES = "() => [...document.querySelectorAll('.leaflet-tile-pane img')].map(i => i.src.slice(0, 22))"
#: The labels shown: text, box, and whether any marker's centre on screen lies inside the box.
LABELS = f"""() => {{
    const map = {MAP};
    const centres = window.__incidentmap.markers.filter(m => m._map).map(m => map.latLngToContainerPoint(m.getLatLng()));
    const origin = map.getContainer().getBoundingClientRect();
    return [...document.querySelectorAll('.im-label')].map(e => {{
        const r = e.getBoundingClientRect(), x0 = r.left - origin.left, y0 = r.top - origin.top;
        return {{text: e.textContent, kind: e.className, box: [r.left, r.top, r.right, r.bottom],
                 children: e.querySelectorAll('*').length,
                 covers: centres.some(c => c.x > x0 && c.x < x0 + r.width && c.y > y0 && c.y < y0 + r.height)}};
    }});
}}"""


@pytest.fixture(scope="module")
def page(chromium, tmp_path_factory):
    path = tmp_path_factory.mktemp("basemap") / "map.html"
    path.write_text(to_html(render(fixture_incidents(), title="Labels", offline=True), offline=True),
                    encoding="utf-8")
    page = watched_page(chromium, path)
    yield page
    page.close()


def go(page, lat, lon, zoom):
    page.evaluate(f"() => {{ {MAP}.setView([{lat}, {lon}], {zoom}, {{animate: false}}); }}")
    settle(page)  # the clusters split and the labels are laid out after the move


def overlapping(labels):
    boxes = [label["box"] for label in labels]
    return [(a, b) for n, a in enumerate(boxes) for b in boxes[n + 1:]
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]


def test_the_basemap_tiles_are_drawn_from_the_page_and_credited(page):
    sources = page.evaluate(TILE_IMAGES)
    assert len(sources) >= 4 and all(s.startswith("data:image/png;base64") for s in sources)
    assert "© OpenStreetMap contributors" in page.locator(".leaflet-control-attribution").inner_text()
    assert [u for u in page.requests if not u.startswith(("file:", "data:"))] == []
    assert page.errors == []


def test_past_zoom_6_the_last_tiles_are_stretched(page):
    go(page, 48.46, 35.04, 9)
    assert page.evaluate("() => window.__incidentmapTiles.options.maxNativeZoom") == 6
    sources = page.evaluate(TILE_IMAGES)
    assert sources and all(s.startswith("data:image/png;base64") for s in sources)
    assert [u for u in page.requests if not u.startswith(("file:", "data:"))] == []


def test_places_are_named_from_zoom_7_beside_their_markers(page):
    go(page, 48.46, 35.04, 9)  # the airstrike in Dnipro stands alone
    labels = page.evaluate(LABELS)
    assert "Place 4" in [label["text"] for label in labels]
    assert not any(label["covers"] for label in labels)
    go(page, 49.0, 31.0, 5)  # the whole country: more than a few places, so no place is named
    assert not any("im-label-place" in label["kind"] for label in page.evaluate(LABELS))


def test_labels_never_overlap_each_other_nor_cover_a_marker(page):
    for lat, lon, zoom in ((49.0, 31.0, 5), (48.0, 36.5, 7), (48.12, 37.0, 16), (50.0, 36.2, 9)):
        go(page, lat, lon, zoom)
        labels = page.evaluate(LABELS)
        assert labels, f"no label at {lat},{lon} zoom {zoom}"
        assert overlapping(labels) == [], f"at {lat},{lon} zoom {zoom}"
        assert not any(label["covers"] for label in labels), f"at {lat},{lon} zoom {zoom}"
    go(page, 49.0, 31.0, 5)
    assert any("im-label-city" in label["kind"] for label in page.evaluate(LABELS))


def test_report_text_in_labels_stays_text(page):
    shown = set()
    for zoom_at in range(100, 100 + len(PAYLOADS), 4):  # the payload places lie 0.001 degrees apart
        go(page, 48.0 + zoom_at / 1000, 37.0, 16)
        shown |= {label["text"] for label in page.evaluate(LABELS) if "im-label-place" in label["kind"]}
        assert all(label["children"] == 0 for label in page.evaluate(LABELS) if "im-label-place" in label["kind"])
    assert len(shown & set(PAYLOADS)) >= len(PAYLOADS) // 2
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("() => document.querySelectorAll('[onerror],[onload],[onfocus],[onmouseover]').length") == 0
    assert page.errors == []


def test_place_labels_follow_the_date_slider(page):
    go(page, 49.95, 36.25, 9)  # Kharkiv's shelling: two on the 11th at one point, one on the 10th beside it
    before = {label["text"] for label in page.evaluate(LABELS)}
    assert {"Place 1", "Place 3"} <= before
    page.locator("input.im-time-range").fill("1")  # up to 2022-03-10
    settle(page)
    after = {label["text"] for label in page.evaluate(LABELS)}
    assert "Place 3" in after and "Place 1" not in after
    page.locator("input.im-time-range").fill("3")
    settle(page)
