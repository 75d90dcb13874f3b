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
from .frames import as_incidents
from .layers import FirstView, IncidentPoints, PlaceLabels, PlaceSearch, SummaryPanel, TimeFilter
from .popup import POPUP_LABELS, IncidentTable
from .style import EVENT_STYLES, PRECISION_NOTES, style_of

__all__ = ["render", "as_incidents", "to_html", "MAX_RINGS_SHOWN", "LARGE_MAP", "LABEL_ZOOM", "FEW_PLACES"]

#: Maps with more incidents than this stop clustering at zoom 9 (a region seen whole)
#: instead of at the last zoom level.
LARGE_MAP = 20_000
#: Clusters split and merge with an animation on maps of at most this many incidents.
ANIMATED_UP_TO = 2_000
#: Above this many approximate incidents, their rings are drawn only when the layer is switched on.
MAX_RINGS_SHOWN = 2000
#: Incidents' places are named on the map from this zoom on (a region seen whole)...
LABEL_ZOOM = 7
#: ...and at every zoom on a map of at most this many distinct points.
FEW_PLACES = 30


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
    fmap = folium.Map(location=_centre(located), zoom_start=5 if located else 2, tiles=None, control_scale=True,
                      max_zoom=18, min_zoom=2, prefer_canvas=True)
    # MarkerCluster needs the map's own maxZoom when there is no tile layer to lend one
    fmap.options["max_zoom"] = 18
    if offline:
        from .offline import add_basemap

        add_basemap(fmap, _view(located, mentions))
    else:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap").add_to(fmap)
        folium.TileLayer(xyzservices.providers.Esri.WorldGrayCanvas, name="Light (Esri grey)").add_to(fmap)
    uncertain = sum(1 for i in located if (i.geo_precision or 1) > 1)
    # thousands of rings would hide the map and slow it: then they wait until asked for
    rings = folium.FeatureGroup(name="Uncertainty rings (precision 2 and 3)", show=uncertain <= MAX_RINGS_SHOWN)
    # clusters that animate force a layout per cluster on every zoom: smooth for hundreds, not thousands
    cluster = plugins.MarkerCluster(name="Incidents", control=False, options={
        "maxClusterRadius": 50, "disableClusteringAtZoom": _cluster_until_zoom(len(located)) + 1,
        "animate": len(located) <= ANIMATED_UP_TO})
    fmap.add_child(cluster)
    fmap.add_child(rings)
    counts = Counter(_type_of(i) for i in located)
    types = [t for t in EVENT_STYLES if counts[t]]
    groups = []
    for event_type in types:
        label, _ = style_of(event_type)
        groups.append(plugins.FeatureGroupSubGroup(cluster, name=f"{label} ({counts[event_type]})", show=True))
        fmap.add_child(groups[-1])
    heat_layer = None
    if heat and located:
        # its points come from the markers' data: the map holds no second copy of them
        heat_layer = plugins.HeatMap([], name="Casualty heat", show=False, radius=20)
        fmap.add_child(heat_layer)
    if located:
        table = IncidentTable(types)
        number = {t: n for n, t in enumerate(types)}
        table.extend(located, [number[_type_of(i)] for i in located])
        fmap.add_child(IncidentPoints(
            table, groups, [(escape_text(style_of(t)[0]), style_of(t)[1]) for t in types], cluster, rings,
            heat_layer, [escape_text(label) for label in POPUP_LABELS],
            {k: escape_text(v) for k, v in PRECISION_NOTES.items()}, rings_shown=uncertain <= MAX_RINGS_SHOWN))
    _add_labels(fmap, located, offline)
    if timeline:
        _add_timeline(fmap, located)
    if mentions:
        # with no incident, the places the reports named are what there is to see
        _add_mentions(fmap, mentions, show=not located)
    plugins.Fullscreen().add_to(fmap)
    if tiles:
        # offline there are no tiles to show in it: a blank square that cost every pan and zoom
        plugins.MiniMap(toggle_display=True).add_to(fmap)
    _add_search(fmap, located)
    layer_control = folium.LayerControl(collapsed=False).add_to(fmap)
    fmap.get_root().add_child(_summary(title, incidents, located, mentions))
    # last: it measures the panels and controls that everything above made
    fmap.add_child(FirstView(_view(located, mentions), layer_control.get_name()))
    return fmap


def to_html(fmap: folium.Map, offline: bool = False) -> str:
    """The map as one HTML document; offline, with every asset inlined and no remote link."""
    html = fmap.get_root().render()
    if offline:
        from .offline import inline_assets

        html = inline_assets(html)
    return html


def _cluster_until_zoom(count: int) -> int:
    """The last zoom level whose markers are clustered.

    MarkerCluster builds its tree for every zoom level it clusters, and for 100,000
    incidents that is most of the time to first render: a large map stops at zoom 8,
    where a view spans a few regions; closer, every incident is its own marker and
    incidents at one point share one popup instead of spiderfying. A small map
    clusters up to the street.
    """
    return 8 if count > LARGE_MAP else 17


def _type_of(incident) -> str:
    return incident.event_type if incident.event_type in EVENT_STYLES else "other"


#: The whole inhabited world: the view of a map with nothing to show and no place named.
WORLD = [[-50.0, -170.0], [70.0, 170.0]]


def _view(located, mentions) -> list[list[float]]:
    """The bounds to open on: the incidents; without any, the places the reports named; else the world."""
    points = [(i.latitude, i.longitude) for i in located] or [
        (m.place.latitude, m.place.longitude) for m in mentions or () if m.place is not None]
    if not points:
        return WORLD
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def _centre(located) -> list[float]:
    if not located:
        return [20.0, 0.0]  # the world's middle, not the sea off Africa at (0, 0)
    return [sum(i.latitude for i in located) / len(located), sum(i.longitude for i in located) / len(located)]


def _add_labels(fmap, located, offline: bool) -> None:
    """Names on the map: the incidents' places and, offline (no tiles name them past the tiles'
    extent), the largest cities of the gazetteer."""
    cities = []
    if offline:
        from geo.basemap import major_cities

        from .offline import CITY_POPULATION

        cities = major_cities(CITY_POPULATION)
    if not located and not cities:
        return
    points = {(round(i.latitude, 5), round(i.longitude, 5)) for i in located}
    names = folium.FeatureGroup(name="Place names", show=True)
    names.add_child(PlaceLabels(cities, from_zoom=LABEL_ZOOM, always=len(points) <= FEW_PLACES))
    fmap.add_child(names)


def _add_timeline(fmap, located) -> None:
    dates = [i.date for i in located if i.date]
    if dates:
        fmap.add_child(TimeFilter(dates))


def _add_mentions(fmap, mentions, show: bool = False) -> None:
    layer = folium.FeatureGroup(name="Places mentioned (not incidents)", show=show)
    for mention in mentions:
        if mention.place is None:
            continue
        folium.CircleMarker([mention.place.latitude, mention.place.longitude], radius=4, weight=1,
                            color="#555", fill=True, fill_opacity=0.2,
                            tooltip=escape_text(f"{mention.surface} (mentioned)")).add_to(layer)
    fmap.add_child(layer)


def _add_search(fmap, located) -> None:
    places = {}  # one entry per name: a search finds the place, not each of its incidents
    for incident in located:
        # rounded as the markers' points are, so a found place is their very point
        places.setdefault(incident.name or incident.place_name,
                          (round(incident.latitude, 5), round(incident.longitude, 5)))
    if not places:
        return
    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
         "properties": {"place": escape_text(name)}} for name, (lat, lon) in places.items()]}
    layer = folium.GeoJson(collection, name="Place search", show=False, control=False,
                           marker=folium.CircleMarker(radius=1, weight=0, fill=False, opacity=0))
    fmap.add_child(layer)
    plugins.Search(layer=layer, search_label="place", placeholder="Search a place",
                   collapsed=True).add_to(fmap)
    fmap.add_child(PlaceSearch(layer))


def _summary(title: str, incidents, located, mentions=None) -> SummaryPanel:
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
                        escape_text("Dashed markers and rings: approximate places (precision 2 or 3)."),
                        empty=None if located else escape_text(_empty_note(incidents, mentions)))


def _empty_note(incidents, mentions) -> str:
    """What a map with no incident on it says, and why it looks where it does."""
    why = ("the reports gave no incident" if not incidents else "its one incident has no coordinates"
           if len(incidents) == 1 else f"none of its {len(incidents)} incidents has coordinates")
    named = any(m.place is not None for m in mentions or ())
    return (f"No incidents on this map: {why}. "
            + ("The view shows the places the reports name." if named else "The view shows the world."))
