"""Popup and tooltip HTML for an incident, every report string escaped on the way in.

>>> from geo.incidents import Incident, Source
>>> row = Incident("im-1", "shelling", "2022-03-11", "day", "<b>Kharkov</b>", "Kharkiv", 706483,
...                "UA", "Kharkiv Oblast", 49.98, 36.25, 2, fatalities=2,
...                sources=(Source("r1", "Shells hit <img src=x onerror=alert(1)>", 0, 9,
...                                url="javascript:alert(1)"),))
>>> html = popup_html(row)
>>> "<img" in html, "&lt;b&gt;Kharkov&lt;/b&gt;" in html, "javascript:" in html
(False, True, False)
>>> tooltip_text(row)
'Shelling: &lt;b&gt;Kharkov&lt;/b&gt;'
"""

from __future__ import annotations

from .escape import escape_text, safe_url
from .style import PRECISION_NOTES, style_of

__all__ = ["popup_html", "tooltip_text", "MAX_SOURCES_SHOWN"]

MAX_SOURCES_SHOWN = 5


def tooltip_text(incident) -> str:
    label, _ = style_of(incident.event_type)
    return f"{escape_text(label)}: {escape_text(incident.place_name)}"


def popup_html(incident) -> str:
    """The popup of one incident: type, date, place as written and as resolved, figures, sources."""
    label, colour = style_of(incident.event_type)
    rows = [
        ("Date", _date(incident)),
        ("Place as written", escape_text(incident.place_name)),
        ("Resolved to", _resolved(incident)),
        ("Precision", escape_text(PRECISION_NOTES.get(incident.geo_precision, "no coordinates"))),
        ("Killed", _figure(incident.fatalities)),
        ("Injured", _figure(incident.injuries)),
        ("Target", escape_text(incident.target) if incident.target else ""),
    ]
    if incident.figures_reported:
        rows.append(("Figures told", escape_text("; ".join(incident.figures_reported))))
    body = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows if value)
    sources = "".join(_source(s) for s in incident.sources[:MAX_SOURCES_SHOWN])
    more = len(incident.sources) - MAX_SOURCES_SHOWN
    if more > 0:
        sources += f"<li>and {more} more</li>"
    return (f'<div class="im-popup"><h4 style="color:{colour}">{escape_text(label)}</h4>'
            f"<table>{body}</table><ol class=\"im-sources\">{sources}</ol></div>")


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
