"""Incidents as KML for Google Earth: one placemark each, with a name, a description and a point.

Written by hand, not through GDAL's KML driver: that driver folds field names
case-insensitively, so the incident's ``id`` and ``name`` clash with KML's own
and come back renamed. Here every field goes in ``ExtendedData`` (Google Earth
shows them in the balloon; ``id`` and ``name`` as ``incident_id`` and
``resolved_name``) and reads back exactly.

Report text is untrusted, and escaped twice where Google Earth renders HTML:
the description is HTML (Google Earth shows it as such in the balloon), each
line HTML-escaped, then the whole XML-escaped; a document style makes the
balloon show the description alone, so the ``ExtendedData`` values (XML-escaped
once, read back exactly) are never rendered as HTML. A ``<script>`` or ``&`` in
a sentence is shown as text, never taken as markup.

>>> from geo.incidents import Incident
>>> row = Incident("im-1", "shelling", "2022-03-11", "day", "Kharkiv", "Kharkiv", 706483, "UA",
...                "Kharkiv Oblast", 49.98, 36.25, 1, target="a <b> & c", fatalities=2)
>>> placemark_name(row)
'Shelling in Kharkiv, 2022-03-11'
>>> description(row)
'<b>shelling at Kharkiv (Kharkiv Oblast, UA), 2022-03-11</b><br>2 killed<br>target: a &lt;b&gt; &amp; c'
>>> "target: a &amp;lt;b&amp;gt; &amp;amp; c" in placemark(row)
True
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

from .frame import NESTED_FIELDS
from .incidents import ADDED_FIELDS, FIELDS, Incident

__all__ = ["write_kml", "read_kml", "placemark", "placemark_name", "description"]

_NS = "{http://www.opengis.net/kml/2.2}"
#: Fields whose names KML readers take as the placemark's own (GDAL folds case: ``name`` is ``Name``).
_DATA_NAMES = {"id": "incident_id", "name": "resolved_name"}
_FIELD_NAMES = {data: field for field, data in _DATA_NAMES.items()}
_STYLE = "incident"
#: Source sentences shown in a description: a balloon, not the whole record (that is in ExtendedData).
SENTENCES = 3
#: The dates KML's ``<when>`` takes (year, month or day); anything else gets no time stamp.
_WHEN = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# characters XML 1.0 forbids even escaped: a report may carry them, a KML reader would stop there
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value) -> str:
    return escape(_NOT_XML.sub("\ufffd", str(value)))


def placemark_name(incident: Incident) -> str:
    """What Google Earth labels the point with: the event, the place and the date."""
    what = incident.event_type.replace("_", " ").capitalize()
    where = incident.name or incident.place_name
    return f"{what} in {where}" + (f", {incident.date}" if incident.date else "")


def description(incident: Incident) -> str:
    """The balloon's HTML: type, place and date, figures, target, then what the reports said,
    a line each, every line's text HTML-escaped."""
    place = ", ".join(p for p in (incident.admin1, incident.country_code) if p)
    parts = [f"{incident.event_type.replace('_', ' ')} at {incident.name or incident.place_name}"
             + (f" ({place})" if place else "") + (f", {incident.date}" if incident.date else "")]
    figures = [f"{n:,} {word}" for n, word in ((incident.fatalities, "killed"), (incident.injuries, "injured"))
               if n is not None]
    if figures:
        parts.append(", ".join(figures) + (" (estimated)" if incident.figures_estimated else ""))
    if incident.target:
        parts.append(f"target: {incident.target}")
    if incident.weapon:
        parts.append(f"weapon: {incident.weapon.replace('_', ' ')}")
    if incident.latitude is None:
        parts.append("no coordinates")
    parts += [f'"{source.sentence}"' for source in incident.sources[:SENTENCES]]
    lines = [html.escape(part, quote=False) for part in parts]
    return f"<b>{lines[0]}</b>" + "".join(f"<br>{line}" for line in lines[1:])


def placemark(incident: Incident) -> str:
    """One ``<Placemark>``, escaped: every field in ``ExtendedData``, a point when located."""
    lines = ["<Placemark>", f"<styleUrl>#{_STYLE}</styleUrl>",
             f"<name>{_text(placemark_name(incident))}</name>",
             f"<description>{_text(description(incident))}</description>"]
    if incident.date and _WHEN.fullmatch(incident.date):
        lines.append(f"<TimeStamp><when>{incident.date}</when></TimeStamp>")
    lines.append("<ExtendedData>")
    for key, value in incident.properties().items():
        if key in NESTED_FIELDS:
            value = json.dumps(value, ensure_ascii=False)
        text = "" if value is None else repr(value) if isinstance(value, float) else str(value)
        lines.append(f"<Data name={quoteattr(_DATA_NAMES.get(key, key))}><value>{_text(text)}</value></Data>")
    lines.append("</ExtendedData>")
    if incident.lonlat is not None:
        lon, lat = incident.lonlat
        lines.append(f"<Point><coordinates>{lon!r},{lat!r}</coordinates></Point>")
    lines.append("</Placemark>\n")
    return "\n".join(lines)


def write_kml(path: Path, incidents: Iterable[Incident], title: str = "incidents") -> None:
    """Write ``incidents`` as one KML document, as they come (memory does not grow with them)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n'
                  f"<Document>\n<name>{_text(title)}</name>\n"
                  # the balloon shows the description only: ExtendedData values are not HTML-escaped
                  f'<Style id="{_STYLE}"><BalloonStyle><text>$[description]</text></BalloonStyle></Style>\n')
        for incident in incidents:
            out.write(placemark(incident))
        out.write("</Document>\n</kml>\n")


def read_kml(path: Path) -> list[Incident]:
    """The incidents :func:`write_kml` wrote, from their ``ExtendedData`` and points.

    A placemark without the fields (drawn in Google Earth, say) is a ValueError naming it.
    """
    incidents = []
    try:
        for _, element in ElementTree.iterparse(path):
            if element.tag != f"{_NS}Placemark":
                continue
            number = len(incidents) + 1
            properties = {_FIELD_NAMES.get(data.get("name"), data.get("name")): data.findtext(f"{_NS}value") or ""
                          for data in element.iter(f"{_NS}Data")}
            missing = [k for k in FIELDS if k not in properties and k not in ADDED_FIELDS]
            if missing:
                raise ValueError(f"placemark {number} has no {', '.join(missing[:3])} data: not an incidents file")
            lat = lon = None
            coordinates = element.findtext(f"{_NS}Point/{_NS}coordinates")
            if coordinates:
                lon, lat = (float(c) for c in coordinates.strip().split(",")[:2])
            incidents.append(Incident.from_properties(properties, lat, lon))
            element.clear()  # what was read is not kept: memory stays flat
    except ElementTree.ParseError as err:
        raise ValueError(f"not KML ({err})") from err
    return incidents
