"""Map layers as thin classes: they hold configuration; the JavaScript lives in templates/."""

from __future__ import annotations

from pathlib import Path

from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from .escape import script_json
from .popup import MAX_SOURCES_SHOWN
from .style import PRECISION_RING_KM

__all__ = ["IncidentPoints", "SummaryPanel", "TimeFilter", "PlaceLabels", "OfflineTiles", "PlaceSearch", "FirstView"]

_TEMPLATES = Path(__file__).with_name("templates")


def _template(name: str) -> Template:
    return Template((_TEMPLATES / name).read_text(encoding="utf-8"))


class _Rendered(Element):
    """Text already rendered: placed in the page as it is, never parsed as a template again.

    branca wraps what a macro rendered in a new template and renders it once more; for
    our data that would be slow (a large map is tens of megabytes to lex) and would let
    ``{{...}}`` in a report reach Jinja.
    """

    def __init__(self, text: str):
        super().__init__("")
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _Layer(MacroElement):
    """A macro element whose header, html and script go into the page rendered once."""

    def render(self, **kwargs):
        figure = self.get_root()
        assert isinstance(figure, Figure), "a layer renders inside a Figure"
        for part, section in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            macro = self._template.module.__dict__.get(part)
            if macro is not None:
                section.add_child(_Rendered(macro(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class IncidentPoints(_Layer):
    """Every incident marker of the map, drawn by one script into its event type's layer.

    ``table`` is an :class:`~maps.popup.IncidentTable` (strings escaped already);
    ``groups`` the clustered layer of each type, in the table's type order. Popups and
    tooltips are built from the columns when they open, through one handler on the
    cluster, so no popup or tooltip object exists per marker. Uncertainty rings are
    drawn when their layer is first shown; the heat layer gets its points from here.
    """

    _template = _template("incident_points.js")

    def __init__(self, table, groups, styles: list[tuple[str, str]], cluster, rings, heat, labels,
                 notes: dict[int, str], rings_shown: bool, same_point_max: int = 20):
        super().__init__()
        self._name = "IncidentPoints"
        # JSON in its own element: JSON.parse reads megabytes faster than the script parser
        self.data = script_json({"strings": table.strings, "source_table": table.source_strings, **table.columns()})
        self.max_sources = MAX_SOURCES_SHOWN
        self.styles = script_json([list(style) for style in styles])
        self.labels = script_json(list(labels))
        self.notes = script_json({str(k): v for k, v in notes.items()})
        self.ring_km = script_json({str(k): v for k, v in PRECISION_RING_KM.items()})
        self.groups = ", ".join(group.get_name() for group in groups)
        self.cluster = cluster.get_name()
        self.rings = rings.get_name() if rings is not None else "null"
        self.rings_shown = "true" if rings_shown else "false"
        self.heat = heat.get_name() if heat is not None else "null"
        self.same_point_max = int(same_point_max)


class SummaryPanel(_Layer):
    """Title, date range, counts per event type and a per-day bar chart; every string escaped.

    A map with no incident says so over the map, in ``empty``.
    """

    _template = _template("summary.html")

    def __init__(self, title: str, period: str, totals: str, rows: list[tuple[str, str, str]],
                 chart: str, precision_note: str, empty: str | None = None):
        super().__init__()
        self._name = "SummaryPanel"
        self.title, self.period, self.totals = title, period, totals
        self.rows, self.chart, self.precision_note = rows, chart, precision_note
        #: the message of a map with no incident on it (escaped), shown over the map
        self.empty = empty


class TimeFilter(_Layer):
    """A slider over the incident dates: the map shows the incidents up to the chosen day."""

    _template = _template("time_filter.js")

    def __init__(self, dates: list[str]):
        super().__init__()
        self._name = "TimeFilter"
        self.dates = script_json(sorted(set(dates)))


class PlaceLabels(_Layer):
    """Names on the map: each incident's place beside its marker (from ``from_zoom`` on, or at
    every zoom when ``always``) and, offline, the largest cities; one collision pass per view.

    A place label never covers a marker: it stands to the right of its point, else to the
    left, else it is hidden; a city label that meets a place label or a marker is hidden.
    The places come from :class:`IncidentPoints` (escaped there); city names are set as text.
    """

    _template = _template("place_labels.js")

    def __init__(self, cities: list[tuple[str, float, float]] = (), from_zoom: int = 7, always: bool = False,
                 max_labels: int = 300):
        super().__init__()
        self._name = "PlaceLabels"
        self.cities = script_json([list(c) for c in cities])
        self.from_zoom = int(from_zoom)
        self.always = "true" if always else "false"
        self.max_labels = int(max_labels)


class OfflineTiles(_Layer):
    """Basemap tiles carried in the page (a :class:`~maps.tiles.TileSet`), drawn by a Leaflet tile
    layer that reads them from it; the last zoom they reach is stretched beyond."""

    _template = _template("offline_tiles.js")

    def __init__(self, tiles):
        super().__init__()
        self._name = "OfflineTiles"
        self.tiles = script_json(tiles.tiles)
        self.max_native_zoom = int(tiles.max_zoom)
        self.attribution = script_json(tiles.attribution)


class PlaceSearch(_Layer):
    """What the place search needs beyond Folium's control: its points off the map, and a found
    place's popup opened. Added to the map after the :class:`folium.plugins.Search` control."""

    _template = _template("place_search.js")

    def __init__(self, layer):
        super().__init__()
        self._name = "PlaceSearch"
        self.layer = layer.get_name()
        self.control = layer.get_name() + "searchControl"  # the name Folium's Search gives it


class FirstView(_Layer):
    """The view the map opens on: ``bounds`` fitted inside what the panels leave free.

    Runs after the panels and controls exist, so it measures them as the browser laid
    them out; on a narrow screen it folds the summary and the layer list first.
    ``layer_control`` is the name of Folium's layer control.
    """

    _template = _template("first_view.js")

    def __init__(self, bounds: list[list[float]], layer_control: str, max_zoom: int = 10, narrow: int = 700):
        super().__init__()
        self._name = "FirstView"
        self.bounds = script_json(bounds)
        self.layer_control = layer_control
        self.max_zoom = int(max_zoom)
        self.narrow = int(narrow)
