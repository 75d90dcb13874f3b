"""Every incident can be clicked and hovered at its marker's exact centre, with the real mouse.

Nothing invisible may lie on top and take the click (the place search's own markers did),
and incidents that share a point share the popup and the tooltip, so none is out of reach.
"""

import random
from pathlib import Path

import pytest

from conftest import MAP
from geo import Incident, Source
from incidentmap.cli import main
from maps import render, to_html

EXAMPLES = Path(__file__).parent.parent.parent / "examples" / "reports"

#: Waits in the page until ``ready()`` holds or ``ms`` have passed (each frame), so one
#: evaluate both acts and waits; the checks after it say what failed.
UNTIL = """const until = (ready, ms) => new Promise(done => {
    const end = performance.now() + ms;
    (function poll() { ready() || performance.now() > end ? done() : requestAnimationFrame(poll); })();
});"""
#: The open tooltips or popups: Leaflet fades a closed one out for 200 ms (opacity 0 at once,
#: the element removed later), and a faded one must not pass for the next marker's.
OPEN = """const open = selector => [...document.querySelectorAll(selector)]
    .filter(e => e.style.opacity !== '0').map(e => e.textContent);"""

#: One step of the walk: the popup of the marker just clicked (once one shows ``popup``, null:
#: none was), then the next marker to check, of those ``left`` (by the zoom where they stand
#: alone, west first): one that stands alone, on screen and clear of the panels in this view if
#: there is one (no view change), else the first of them, centred at the zoom where it stands
#: alone. Resolves once it is drawn alone and the mouse can reach it, with the popups seen,
#: where its centre is on the page and the text its tooltip and popup must show.
NEXT = f"""async ([popup, left]) => {{
    {UNTIL}
    {OPEN}
    let popups = null;
    if (popup !== null) {{
        await until(() => open('.leaflet-popup-content').some(t => t.includes(popup)), 1000);
        popups = open('.leaflet-popup-content');
    }}
    if (left.length === 0) {{ return {{popups: popups}}; }}
    const map = {MAP}, markers = window.__incidentmap.markers, box = map.getContainer().getBoundingClientRect();
    map.closePopup();
    map.stop();  // a popup's pan may still run: the view is judged as it stands
    const at = marker => {{
        const point = map.latLngToContainerPoint(marker.getLatLng());
        return {{x: box.left + point.x, y: box.top + point.y}};
    }};
    const shown = i => {{
        const marker = markers[i], p = at(marker);
        // a marker in a cluster is off the map (getVisibleParent needs icons)
        if (!marker._map || !map.getBounds().pad(-0.1).contains(marker.getLatLng())) {{ return false; }}
        const over = document.elementFromPoint(p.x, p.y);
        return !!(over && over.closest('.leaflet-map-pane'));  // not under a panel or a control
    }};
    let i = left.find(shown);
    if (i === undefined) {{
        i = left[0];
        map.setView(markers[i].getLatLng(), Math.min(markers[i].__parent._zoom + 1, map.getMaxZoom()), {{animate: false}});
    }}
    const marker = markers[i];
    await until(() => {{
        if (!marker._map || map._animatingZoom || map.getPane('mapPane').classList.contains('leaflet-cluster-anim')) {{
            return false;  // the clusters split with an animation
        }}
        const p = at(marker), over = document.elementFromPoint(p.x, p.y);
        // the popup just closed fades out over the map and would take the mouse; the canvas looks
        // for the hovered marker at most every 32 ms; the last marker's tooltip is closed
        return !(over && over.closest('.leaflet-popup')) && !marker._renderer._mouseHoverThrottled &&
            open('.leaflet-tooltip').length === 0;
    }}, 2000);
    const text = html => {{ const div = document.createElement('div'); div.innerHTML = html; return div.textContent; }};
    return {{popups: popups, i: i, ...at(marker), alone: !!marker._map, tip: text(window.__incidentmap.tooltipHtml(marker)),
             // its own part of the popup (incidents at one point share one, the clicked one first)
             popup: text(window.__incidentmap.popupHtml(marker)
                 .replace(/^<div class="im-same-point"><p>[^<]*<\\/p>/, '').split('<hr>')[0])}};
}}"""
#: The open tooltips once one shows ``text`` (or after a second), and what lies on top at ``x, y``.
HOVERED = f"""async ([text, x, y]) => {{
    {UNTIL}
    {OPEN}
    await until(() => open('.leaflet-tooltip').some(t => t.includes(text)), 1000);
    const over = document.elementFromPoint(x, y);
    return {{tips: open('.leaflet-tooltip'), over: over.tagName + '.' + over.getAttribute('class')}};
}}"""
#: In the order the walk takes them: by the zoom where each marker stands alone, west first.
ORDER = """() => window.__incidentmap.markers
    .map((m, i) => [m.__parent._zoom, m.getLatLng().lng, i])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(a => a[2])"""
#: A point off the map's canvas (on the zoom control): moving there the canvas sees the mouse
#: leave at once, where a move over the canvas right after a click would wait out its 32 ms.
AWAY = """() => { const r = document.querySelector('.leaflet-control-zoom').getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2]; }"""


def unreachable(page) -> list[str]:
    """Each marker whose centre, hovered and clicked, does not show its own tooltip and popup.

    The walk takes the markers a view shows before it changes the view, and each step waits
    in the page for what it should bring about (the clusters split, the tooltip or popup
    shown), not for a fixed time, so a fast machine goes fast and a slow one still waits.
    """
    failures = []
    left = page.evaluate(ORDER)
    away = page.evaluate(AWAY)
    step = page.evaluate(NEXT, [None, left])
    while left:
        where, i = step, step["i"]
        left.remove(i)
        assert where["alone"], f"marker {i} is still in a cluster"
        page.mouse.move(where["x"], where["y"])
        hovered = page.evaluate(HOVERED, [where["tip"], where["x"], where["y"]])
        tips = hovered["tips"]
        page.mouse.click(where["x"], where["y"])
        page.mouse.move(*away)  # the popup stays open: the next step reads it, then closes it
        step = page.evaluate(NEXT, [where["popup"], left])
        popups = step["popups"]
        own_popup = any(where["popup"] in text for text in popups)
        own_tip = any(where["tip"] in text for text in tips)
        if not (own_popup and own_tip):
            failures.append(f"{i} {where['tip']}: popup {own_popup}, tooltip {own_tip}; "
                            f"{hovered['over']} on top at {where['x']:.0f},{where['y']:.0f}; saw {tips} {popups}")
    return failures


@pytest.fixture(scope="module")
def example_map(tmp_path_factory):
    out = tmp_path_factory.mktemp("example")
    assert main(["run", str(EXAMPLES), "-o", str(out), "--offline"]) == 0
    return (out / "map.html").read_text(encoding="utf-8")


def test_every_marker_of_the_example_map_opens_at_its_centre(open_map, example_map):
    page = open_map(example_map)
    assert page.evaluate("() => window.__incidentmap.markers.length") >= 10
    failures = unreachable(page)
    assert failures == [], "\n".join(failures)
    assert page.errors == []


def crowded():
    """Incidents packed around a town: many within a marker's width, some at the very same point."""
    chance = random.Random(15)
    kinds = ["shelling", "airstrike", "missile_or_drone_strike", "armed_clash", "explosion"]
    rows = []
    for n in range(60):
        if n % 7 == 3:
            lat, lon = rows[-1].latitude, rows[-1].longitude  # the same point as the one before
        elif n % 5 == 0:
            lat, lon = 49.21 + chance.uniform(-0.002, 0.002), 37.26 + chance.uniform(-0.002, 0.002)
        else:
            lat, lon = 49.21 + chance.uniform(-0.3, 0.3), 37.26 + chance.uniform(-0.4, 0.4)
        said = f"report {n} told of it"
        rows.append(Incident(f"im-{n}", kinds[n % len(kinds)], f"2022-03-{10 + n % 3}", "day", f"Spot {n}",
                             f"Spot {n}", 5000 + n, "UA", "Kharkiv Oblast", round(lat, 5), round(lon, 5),
                             1 + (n % 3 == 2), sources=(Source(f"doc-{n}", said, 0, len(said)),)))
    return rows


def test_every_marker_of_a_crowded_map_opens_at_its_centre(open_map):
    page = open_map(to_html(render(crowded(), offline=True), offline=True))
    failures = unreachable(page)
    assert failures == [], "\n".join(failures)
    assert page.errors == []


def test_a_place_found_by_the_search_opens_its_popup(open_map):
    page = open_map(to_html(render(crowded(), offline=True), offline=True))
    page.locator(".leaflet-control-search .search-button").click()
    page.keyboard.type("Spot 12")
    page.locator(".leaflet-control-search .search-tip").first.wait_for()  # the control looks it up 400 ms after typing
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup-content").first.wait_for()  # once the map has moved to the place
    popups = page.locator(".leaflet-popup-content").all_text_contents()
    assert len(popups) == 1 and "Spot 12" in popups[0] and "report 12 told of it" in popups[0]
    assert page.errors == []


def test_the_search_list_lies_above_the_summary_panel(open_map):
    page = open_map(to_html(render(crowded(), offline=True), offline=True))
    page.locator(".leaflet-control-search .search-button").click()
    page.keyboard.type("Spot")
    page.locator(".leaflet-control-search .search-tip").first.wait_for()
    tip = page.locator(".leaflet-control-search .search-tooltip")
    box = tip.bounding_box()
    assert box and box["height"] > 0
    on_top = page.evaluate("([x, y]) => !!document.elementFromPoint(x, y).closest('.leaflet-control-search')",
                           [box["x"] + box["width"] / 2, box["y"] + min(box["height"], 40) / 2])
    assert on_top
    assert page.errors == []


#: For every incident, what shows it in the first view (its marker, or the cluster holding it):
#: whether that centre is on the map and nothing (a panel, a control) lies on it.
FIRST_VIEW = f"""() => {{
    const map = {MAP}, box = map.getContainer().getBoundingClientRect();
    const cluster = Object.keys(window).filter(k => k.startsWith('marker_cluster_')).map(k => window[k])[0];
    return window.__incidentmap.markers.map(marker => {{
        let x, y;
        if (marker._map) {{
            const p = map.latLngToContainerPoint(marker.getLatLng());
            x = box.left + p.x; y = box.top + p.y;
        }} else {{
            const icon = cluster.getVisibleParent(marker)._icon.getBoundingClientRect();
            x = icon.left + icon.width / 2; y = icon.top + icon.height / 2;
        }}
        const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
        const over = inside ? document.elementFromPoint(x, y) : null;
        return {{name: window.__incidentmap.tooltipHtml(marker), inside: inside,
                 clear: !!(over && over.closest('.leaflet-map-pane')),
                 over: over ? over.tagName + '.' + over.getAttribute('class') : null}};
    }});
}}"""
SCREENS = [(1920, 1080), (1366, 850), (390, 844)]


def hidden_in_first_view(page) -> list[str]:
    return [f"{seen['name']}: {'under ' + str(seen['over']) if seen['inside'] else 'off screen'}"
            for seen in page.evaluate(FIRST_VIEW) if not (seen["inside"] and seen["clear"])]


def hidden_on_each_screen(open_map, html) -> dict:
    hidden = {}
    for width, height in SCREENS:
        page = open_map(html, width, height)
        hidden[f"{width}x{height}"] = hidden_in_first_view(page)
        assert page.errors == []
    return hidden


def test_no_incident_of_the_example_map_is_hidden_in_the_first_view(open_map, example_map):
    assert hidden_on_each_screen(open_map, example_map) == {f"{w}x{h}": [] for w, h in SCREENS}


def test_no_incident_of_a_crowded_map_is_hidden_in_the_first_view(open_map):
    html = to_html(render(crowded(), offline=True), offline=True)
    assert hidden_on_each_screen(open_map, html) == {f"{w}x{h}": [] for w, h in SCREENS}


def test_on_a_phone_the_panels_start_folded_and_open_on_a_tap(open_map, example_map):
    page = open_map(example_map, 390, 844)
    assert page.evaluate("() => document.querySelector('.im-summary').open") is False
    assert not page.locator(".leaflet-control-layers-list").is_visible()
    page.locator(".im-summary summary").click()
    assert page.locator(".im-summary table").is_visible()
    page.locator(".leaflet-control-layers-toggle").click()
    assert page.locator(".leaflet-control-layers-list").is_visible()
