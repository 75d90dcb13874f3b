"""Popup values and tooltip text for an incident, every report string escaped on the way in.

>>> from geo.incidents import Incident, Source
>>> row = Incident("im-1", "shelling", "2022-03-11", "day", "<b>Kharkov</b>", "Kharkiv", 706483,
...                "UA", "Kharkiv Oblast", 49.98, 36.25, 2, fatalities=2,
...                sources=(Source("r1", "Shells hit <img src=x onerror=alert(1)>", 0, 9,
...                                url="javascript:alert(1)"),))
>>> html = "".join(popup_fields(row))
>>> "<img" in html, "&lt;b&gt;Kharkov&lt;/b&gt;" in html, "javascript:" in html
(False, True, False)
"""

from __future__ import annotations

from .escape import escape_text, safe_url
from .style import PRECISION_NOTES

__all__ = ["popup_fields", "POPUP_LABELS", "MAX_SOURCES_SHOWN"]

MAX_SOURCES_SHOWN = 5


#: The rows of a popup, in order; the map's script puts each label beside its value.
POPUP_LABELS = ("Date", "Place as written", "Resolved to", "Precision", "Killed", "Injured", "Target",
                "Figures told")


def popup_fields(incident) -> list[str]:
    """The popup's values, escaped, in the order of :data:`POPUP_LABELS`, then the sources' HTML.

    Empty strings are rows the popup leaves out. The markup around them is fixed (the map's
    script adds it), so nothing from a report reaches the page unescaped.
    """
    values = [
        _date(incident),
        escape_text(incident.place_name),
        _resolved(incident),
        escape_text(PRECISION_NOTES.get(incident.geo_precision, "no coordinates")),
        _figure(incident.fatalities),
        _figure(incident.injuries),
        escape_text(incident.target) if incident.target else "",
        escape_text("; ".join(incident.figures_reported)) if incident.figures_reported else "",
    ]
    sources = "".join(_source(s) for s in incident.sources[:MAX_SOURCES_SHOWN])
    more = len(incident.sources) - MAX_SOURCES_SHOWN
    if more > 0:
        sources += f"<li>and {more} more</li>"
    return values + [sources]


def _date(incident) -> str:
    if not incident.date:
        return ""
    note = {"report": " (the report's date)", "week": " (that week)", "month": " (that month)"}
    return escape_text(incident.date + note.get(incident.date_precision, ""))


def _resolved(incident) -> str:
    if incident.name is None:
        return "not resolved"
    where = ", ".join(p for p in (incident.admin1, incident.country_code) if p)
    geonames = f", GeoNames {incident.geonameid}" if incident.geonameid else ""
    return escape_text(f"{incident.name} ({where}{geonames})")


def _figure(value) -> str:
    return "" if value is None else escape_text(f"{value:,}")


def _source(source) -> str:
    title = escape_text(source.title or source.document)
    url = safe_url(source.url)
    head = f'<a href="{url}" target="_blank" rel="noopener noreferrer">{title}</a>' if url else title
    return f"<li>{head}: <q>{escape_text(source.sentence)}</q></li>"
