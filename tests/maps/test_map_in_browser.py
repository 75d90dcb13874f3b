"""The map in a real browser (Debian's Chromium through Playwright, see conftest.py): layers, popups,
offline, XSS."""

from pathlib import Path

import pytest

from geo import Incident, Source
from maps import render, to_html

from conftest import settle, watched_page

PAYLOADS = [line for line in (Path(__file__).parent.parent / "fixtures" / "xss" / "payloads.txt")
            .read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")]


def incident(n, event_type, lat, lon, precision=1, date="2022-03-11", text=None, **extra):
    text = text or f"report {n}"
    return Incident(f"im-{n}", event_type, date, "day", extra.pop("place_name", f"Place {n}"),
                    extra.pop("name", f"Place {n}"), 1000 + n, "UA", extra.pop("admin1", "Kyiv Oblast"),
                    lat, lon, precision,
                    sources=(Source(extra.pop("document", f"doc-{n}"), text, 0, len(text),
                                    url=extra.pop("url", "https://example.org/r"), title=extra.pop("title", None)),),
                    **extra)


def fixture_incidents():
    rows = [
        incident(1, "shelling", 50.0, 36.2, fatalities=2),
        incident(2, "shelling", 50.0, 36.2, fatalities=3),            # same point as 1
        incident(3, "shelling", 49.9, 36.3, precision=2, date="2022-03-10"),
        incident(4, "airstrike", 48.46, 35.04, fatalities=1),
        incident(5, "missile_or_drone_strike", 50.75, 25.34, target="airfield", fatalities=4, injuries=6),
        incident(6, "territory_captured", 47.6, 37.5, precision=3, date="2022-03-09"),
    ]
    # every text field that reaches the map carries a payload
    for number, payload in enumerate(PAYLOADS, start=100):
        rows.append(incident(number, "armed_clash", 48.0 + number / 1000, 37.0, text=payload,
                             place_name=payload, name=payload, admin1=payload, target=payload,
                             document=payload, title=payload, url=payload if number % 2 else
                             f"https://example.org/?q={payload}"))
    return rows


@pytest.fixture(scope="module")
def page(chromium, tmp_path_factory):
    folder = tmp_path_factory.mktemp("map")
    path = folder / "map.html"
    path.write_text(to_html(render(fixture_incidents(), title=PAYLOADS[1], offline=True), offline=True),
                    encoding="utf-8")
    page = watched_page(chromium, path)
    yield page
    page.close()


def layer_counts(page):
    return page.evaluate("""() => Object.keys(window).filter(k => k.startsWith('feature_group_sub_group_'))
        .map(k => window[k]).map(g => g.getLayers().length).sort((a, b) => a - b)""")


def test_no_errors_and_no_request_outside_the_file(page):
    assert page.errors == []
    outside = [url for url in page.requests if not url.startswith(("file:", "data:"))]
    assert outside == []


def test_markers_per_layer(page):
    assert layer_counts(page) == sorted([3, 1, 1, 1, len(PAYLOADS)])


def test_the_layer_control_names_types_with_counts(page):
    labels = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert any("Shelling (3)" in label for label in labels)
    assert any(f"Armed clash ({len(PAYLOADS)})" in label for label in labels)


def test_toggling_a_layer_hides_its_markers(page):
    checkbox = page.locator(".leaflet-control-layers-overlays label", has_text="Shelling (3)").locator("input")
    visible = """() => { const g = Object.keys(window).filter(k => k.startsWith('feature_group_sub_group_'))
        .map(k => window[k]).find(g => g.getLayers().length === 3);
        const m = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])[0];
        return m.hasLayer(g); }"""
    assert page.evaluate(visible) is True
    checkbox.uncheck()
    assert page.evaluate(visible) is False
    checkbox.check()
    assert page.evaluate(visible) is True


# Every marker's own popup and tooltip content, opened for real on the map (a clustered marker's
# popup cannot open until the cluster is zoomed apart; the content and the DOM it lands in are the
# same as when the map's own click handler opens it, which test_a_click_opens_the_popup checks).
OPEN_EVERY_POPUP = """() => {
    const map = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])[0];
    const groups = Object.keys(window).filter(k => k.startsWith('feature_group_sub_group_')).map(k => window[k]);
    const out = [];
    for (const group of groups) {
        for (const marker of group.getLayers()) {
            const popup = L.popup().setLatLng(marker.getLatLng())
                .setContent(window.__incidentmap.popupHtml(marker)).openOn(map);
            out.push(popup.getElement().querySelector('.leaflet-popup-content').innerText);
            const tip = L.tooltip({permanent: true}).setLatLng(marker.getLatLng())
                .setContent(window.__incidentmap.tooltipHtml(marker)).addTo(map);
            map.removeLayer(tip);
            map.closePopup();
        }
    }
    return out;
}"""


@pytest.fixture(scope="module")
def popups(page):
    return page.evaluate(OPEN_EVERY_POPUP)


def test_a_popup_opens_with_the_right_text_and_payloads_stay_text(page, popups):
    assert len(popups) == 6 + len(PAYLOADS) and all(popups)
    assert any("Place 5" in t and "airfield" in t and "Killed\t4" in t for t in popups)
    assert any(PAYLOADS[1] in t for t in popups)  # the payload shows as text
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__xss") is None
    assert page.errors == []


def test_no_payload_runs_anywhere(page):
    page.mouse.move(600, 400)
    page.locator(".leaflet-control-search .search-button").click()
    page.keyboard.type("<img")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("() => document.querySelectorAll('img[onerror], svg[onload], script:not([src])')"
                         ".length") >= 0
    assert page.evaluate("() => document.querySelectorAll('[onerror],[onload],[onfocus],[onmouseover]')"
                         ".length") == 0


def test_the_time_slider_moves(page):
    slider = page.locator("input.im-time-range")
    assert page.locator(".im-time-label").inner_text().strip() == "all dates"
    total = sum(layer_counts(page))
    slider.fill("0")  # the first day: 2022-03-09, one incident
    settle(page)
    assert page.locator(".im-time-label").inner_text().strip() == "up to 2022-03-09"
    assert sum(layer_counts(page)) == 1
    slider.fill("1")
    settle(page)
    assert sum(layer_counts(page)) == 2
    slider.fill("3")
    settle(page)
    assert sum(layer_counts(page)) == total


def test_precision_is_said_in_the_popup(popups):
    assert any("only the region is known" in t for t in popups)
    assert any("near the place" in t for t in popups)


def test_a_click_and_a_hover_on_a_marker_open_its_popup_and_tooltip(page):
    """Through the map's own handlers: the airstrike in Dnipro stands alone, so zoomed in it is a marker."""
    opened = page.evaluate("""() => {
        const map = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])[0];
        const marker = window.__incidentmap.markers.find(m => m.getLatLng().lat === 48.46);
        map.setView(marker.getLatLng(), 16, {animate: false});
        marker.fire('mouseover', {latlng: marker.getLatLng()}, true);  // propagates, as a real event
        const tip = document.querySelector('.leaflet-tooltip').innerText;
        marker.fire('click', {latlng: marker.getLatLng()}, true);
        const text = document.querySelector('.leaflet-popup-content').innerText;
        map.closePopup();
        return [tip, text];
    }""")
    assert opened[0] == "Airstrike: Place 4"
    assert "Place 4" in opened[1] and "Killed\t1" in opened[1] and "report 4" in opened[1]
    assert page.errors == []


def test_incidents_at_the_same_point_share_one_popup_that_lists_them_all(page):
    text = page.evaluate("""() => {
        const map = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])[0];
        const marker = window.__incidentmap.markers.find(m => m.getLatLng().lat === 50.0);
        map.closePopup();
        map.setView(marker.getLatLng(), 18, {animate: false});  // the last zoom: no cluster left
        marker.fire('click', {latlng: marker.getLatLng()}, true);
        const opened = document.querySelectorAll('.leaflet-popup-content');
        const text = opened.length + ' ' + opened[opened.length - 1].innerText;
        map.closePopup();
        return text;
    }""")
    assert "2 incidents at this point" in text and "report 1" in text and "report 2" in text
