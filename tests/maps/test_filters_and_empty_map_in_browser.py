"""The date slider filters every layer (heat and rings too); an empty map says so and looks somewhere sensible."""

from conftest import MAP, settle
from geo import Incident, Mention, Source
from gazetteer import Place
from maps import render, to_html


def incident(n, date, lat, lon, precision=1, killed=None):
    said = f"report {n}"
    return Incident(f"im-{n}", "shelling", date, "day", f"Place {n}", f"Place {n}", 1000 + n, "UA",
                    "Kharkiv Oblast", lat, lon, precision, fatalities=killed,
                    sources=(Source(f"doc-{n}", said, 0, len(said)),))


def dated_map():
    return [incident(1, "2022-03-09", 49.9, 36.2, killed=1), incident(2, "2022-03-10", 49.5, 36.8, precision=2),
            incident(3, "2022-03-10", 49.2, 37.3, precision=3), incident(4, "2022-03-11", 48.6, 37.9),
            incident(5, None, 48.9, 38.4)]  # no date: shown whatever the day


SHOWN = f"""() => {{
    const map = {MAP}, im = window.__incidentmap;
    const heat = window[Object.keys(window).find(k => k.startsWith('heat_map_'))];
    return {{heat: heat._latlngs.length, rings: im.rings ? im.rings.getLayers().length : null,
             markers: Object.keys(window).filter(k => k.startsWith('feature_group_sub_group_'))
                 .map(k => window[k].getLayers().length).reduce((a, b) => a + b, 0),
             heatOn: map.hasLayer(heat)}};
}}"""


def test_the_heat_layer_and_the_rings_follow_the_date_slider(open_map):
    page = open_map(to_html(render(dated_map(), offline=True), offline=True))
    page.locator(".leaflet-control-layers-overlays label", has_text="Casualty heat").locator("input").check()
    assert page.evaluate(SHOWN) == {"heat": 5, "rings": 2, "markers": 5, "heatOn": True}
    assert page.locator(".im-empty").count() == 0  # a map with incidents is not said to be empty
    slider = page.locator("input.im-time-range")
    slider.fill("0")  # up to 2022-03-09: that day's incident and the undated one
    settle(page)
    assert page.evaluate(SHOWN) == {"heat": 2, "rings": 0, "markers": 2, "heatOn": True}
    slider.fill("1")
    settle(page)
    assert page.evaluate(SHOWN) == {"heat": 4, "rings": 2, "markers": 4, "heatOn": True}
    slider.fill("3")
    settle(page)
    assert page.evaluate(SHOWN) == {"heat": 5, "rings": 2, "markers": 5, "heatOn": True}
    assert page.errors == []


VIEW = f"""() => {{ const map = {MAP}, b = map.getBounds();
    return {{west: b.getWest(), east: b.getEast(), south: b.getSouth(), north: b.getNorth(), zoom: map.getZoom()}}; }}"""


def test_a_map_with_nothing_says_so_and_shows_the_world(open_map):
    page = open_map(to_html(render([], offline=True), offline=True))
    message = page.locator(".im-empty")
    assert message.is_visible() and "No incidents" in message.inner_text()
    view = page.evaluate(VIEW)
    assert view["west"] <= -120 and view["east"] >= 120 and view["south"] <= -30 and view["north"] >= 60
    assert page.errors == [] and [u for u in page.requests if not u.startswith(("file:", "data:"))] == []


def test_a_map_whose_incidents_have_no_place_shows_the_places_the_reports_name(open_map):
    unplaced = Incident("im-9", "shelling", "2022-03-11", "day", "the front", None, None, None, None,
                        None, None, None)
    izium = Place(707292, "Izium", "UA", "Kharkiv Oblast", 49.21, 37.26, "PPL")
    lozova = Place(702658, "Lozova", "UA", "Kharkiv Oblast", 48.89, 36.32, "PPL")
    mentions = [Mention("doc-9", 0, 5, "Izium", "resolved", izium, 1),
                Mention("doc-9", 9, 15, "Lozova", "resolved", lozova, 1)]
    page = open_map(to_html(render([unplaced], mentions=mentions, offline=True), offline=True))
    message = page.locator(".im-empty")
    assert message.is_visible() and "no coordinates" in message.inner_text()
    assert "places the reports name" in message.inner_text()
    view = page.evaluate(VIEW)
    assert view["west"] < 36.32 and view["east"] > 37.26 and view["south"] < 48.89 and view["north"] > 49.21
    assert view["zoom"] >= 6  # the reports' area, not a continent
    assert page.errors == []

