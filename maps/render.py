"""Incidents to a Folium map: one layer per event type, clustered, with legend and summary.

>>> from geo.incidents import Incident
>>> row = Incident("im-1", "shelling", "2022-03-11", "day", "Kharkiv", "Kharkiv", 706483, "UA",
...                "Kharkiv Oblast", 49.98, 36.25, 1, fatalities=2)
>>> m = render([row], title="<i>Test</i>")
>>> html = m.get_root().render()
>>> "Shelling (1)" in html, "<i>Test</i>" in html
(True, False)
"""

from __future__ import annotations

from collections import Counter, defaultdict

import folium
import xyzservices
from folium import plugins

from .chart import day_chart
from .escape import escape_text
from .layers import IncidentPoints, SummaryPanel, TimeFilter
from .popup import POPUP_LABELS, popup_fields
from .style import EVENT_STYLES, style_of

__all__ = ["render", "as_incidents", "to_html"]


def as_incidents(data) -> list:
    """Incidents from a list of :class:`geo.Incident` or a GeoDataFrame that geo wrote."""
    if hasattr(data, "geometry") and hasattr(data, "columns"):
        from geo import from_geodataframe

        return from_geodataframe(data)
    return list(data)


def render(data, title: str = "Incidents", mentions=None, heat: bool = True,
           timeline: bool = True, offline: bool = False) -> folium.Map:
    """A :class:`folium.Map` of ``data`` (incidents or a GeoDataFrame), ready to save or show.

    ``mentions`` (geoparser mentions) become a faint layer of places named but not
    incidents, off by default. ``offline=True`` draws country outlines and cities
    instead of tiles; save it with :func:`to_html` ``(fmap, offline=True)``.
    """
    tiles = not offline
    incidents = as_incidents(data)
    located = [i for i in incidents if i.latitude is not None]
    fmap = folium.Map(location=_centre(located), zoom_start=5, tiles=None, control_scale=True,
                      max_zoom=18, prefer_canvas=True)
    # MarkerCluster needs the map's own maxZoom when there is no tile layer to lend one
    fmap.options["max_zoom"] = 18
    if offline:
        from geo.basemap import major_cities

        from .offline import CITY_POPULATION, add_basemap

        add_basemap(fmap, major_cities(CITY_POPULATION))
    else:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap").add_to(fmap)
        folium.TileLayer(xyzservices.providers.Esri.WorldGrayCanvas, name="Light (Esri grey)").add_to(fmap)
    rings = folium.FeatureGroup(name="Uncertainty rings (precision 2 and 3)", show=True)
    cluster = plugins.MarkerCluster(name="Incidents", control=False, options={"maxClusterRadius": 50})
    fmap.add_child(cluster)
    fmap.add_child(rings)
    by_type: dict[str, list] = defaultdict(list)
    for incident in located:
        by_type[incident.event_type if incident.event_type in EVENT_STYLES else "other"].append(incident)
    for event_type in EVENT_STYLES:
        group = by_type.get(event_type)
        if not group:
            continue
        label, colour = style_of(event_type)
        layer = plugins.FeatureGroupSubGroup(cluster, name=f"{label} ({len(group)})", show=True)
        fmap.add_child(layer)
        points = [[i.latitude, i.longitude, i.geo_precision or 1, i.date or "", *popup_fields(i)]
                  for i in group]
        layer.add_child(IncidentPoints(points, escape_text(label), colour, POPUP_LABELS, rings))
    if heat and located:
        weights = [[i.latitude, i.longitude, 1 + (i.fatalities or 0) + (i.injuries or 0)] for i in located]
        plugins.HeatMap(weights, name="Casualty heat", show=False, radius=20).add_to(fmap)
    if timeline:
        _add_timeline(fmap, located)
    if mentions:
        _add_mentions(fmap, mentions)
    plugins.Fullscreen().add_to(fmap)
    plugins.MiniMap(toggle_display=tiles, tile_layer=_minimap_tiles(tiles)).add_to(fmap)
    _add_search(fmap, located)
    folium.LayerControl(collapsed=False).add_to(fmap)
    fmap.get_root().add_child(_summary(title, incidents, located))
    if located:
        lats = [i.latitude for i in located]
        lons = [i.longitude for i in located]
        fmap.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], max_zoom=10)
    return fmap


def to_html(fmap: folium.Map, offline: bool = False) -> str:
    """The map as one HTML document; offline, with every asset inlined and no remote link."""
    html = fmap.get_root().render()
    if offline:
        from .offline import inline_assets

        html = inline_assets(html)
    return html


def _centre(located) -> list[float]:
    if not located:
        return [0.0, 0.0]
    return [sum(i.latitude for i in located) / len(located), sum(i.longitude for i in located) / len(located)]


def _minimap_tiles(tiles: bool):
    if tiles:
        return None
    # MiniMap needs a tile layer; a blank 1x1 tile serves when the map is offline
    blank = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMC"
             "AO+ip1sAAAAASUVORK5CYII=")
    return folium.TileLayer(tiles=blank, attr="blank")


def _add_timeline(fmap, located) -> None:
    dates = [i.date for i in located if i.date]
    if dates:
        fmap.add_child(TimeFilter(dates))


def _add_mentions(fmap, mentions) -> None:
    layer = folium.FeatureGroup(name="Places mentioned (not incidents)", show=False)
    for mention in mentions:
        if mention.place is None:
            continue
        folium.CircleMarker([mention.place.latitude, mention.place.longitude], radius=4, weight=1,
                            color="#555", fill=True, fill_opacity=0.2,
                            tooltip=escape_text(f"{mention.surface} (mentioned)")).add_to(layer)
    fmap.add_child(layer)


def _add_search(fmap, located) -> None:
    places = {}
    for incident in located:
        places.setdefault((incident.latitude, incident.longitude), escape_text(incident.name or incident.place_name))
    if not places:
        return
    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
         "properties": {"place": name}} for (lat, lon), name in places.items()]}
    layer = folium.GeoJson(collection, name="Place search", show=True, control=False,
                           marker=folium.CircleMarker(radius=1, weight=0, fill=False, opacity=0))
    fmap.add_child(layer)
    plugins.Search(layer=layer, search_label="place", placeholder="Search a place",
                   collapsed=True).add_to(fmap)


def _summary(title: str, incidents, located) -> SummaryPanel:
    counts = Counter(i.event_type for i in located)
    per_day: dict[str, Counter] = defaultdict(Counter)
    for incident in located:
        if incident.date:
            per_day[incident.date][incident.event_type] += 1
    dates = sorted(per_day)
    period = f"{dates[0]} to {dates[-1]}" if dates else "no dates"
    rows = [(colour, escape_text(label), str(counts[t])) for t, (label, colour) in EVENT_STYLES.items()
            if counts[t]]
    unlocated = len(incidents) - len(located)
    totals = f"{len(located)} incidents on the map" + (f", {unlocated} without coordinates" if unlocated else "")
    return SummaryPanel(escape_text(title), escape_text(period), escape_text(totals), rows,
                        day_chart({d: dict(c) for d, c in per_day.items()}),
                        escape_text("Dashed markers and rings: approximate places (precision 2 or 3)."))
