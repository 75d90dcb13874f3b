"""The incidents of a map as compact columns: every report string escaped once, stored once.

A map of 100,000 incidents repeats the same places, dates, regions, titles and
links over and over; each distinct string goes into one table and the columns
hold its number. The map's script builds a popup from the columns only when it
opens, with fixed markup around values that are escaped already.

>>> from geo.incidents import Incident, Source
>>> row = Incident("im-1", "shelling", "2022-03-11", "day", "<b>Kharkov</b>", "Kharkiv", 706483,
...                "UA", "Kharkiv Oblast", 49.98, 36.25, 2, fatalities=2,
...                sources=(Source("r1", "Shells hit <img src=x onerror=alert(1)>", 0, 9,
...                                url="javascript:alert(1)"),))
>>> table = IncidentTable(["shelling"])
>>> table.add(row, type_number=0)
>>> text = "".join(table.strings)
>>> "<img" in text, "&lt;b&gt;Kharkov&lt;/b&gt;" in text, "javascript:" in text
(False, True, False)
>>> table.columns()["killed"], table.columns()["precision"]
([2], [2])
"""

from __future__ import annotations

from .escape import escape_text, safe_url

__all__ = ["IncidentTable", "POPUP_LABELS", "MAX_SOURCES_SHOWN"]

MAX_SOURCES_SHOWN = 5

#: The rows of a popup, in order; the map's script puts each label beside its value.
POPUP_LABELS = ("Date", "Place as written", "Resolved to", "Precision", "Killed", "Injured", "Target",
                "Weapon", "Figures told")

_DATE_NOTES = {"report": " (the report's date)", "week": " (that week)", "month": " (that month)"}
_COLUMNS = ("lat", "lon", "type", "precision", "date", "date_note", "place", "resolved", "killed", "injured",
            "target", "weapon", "figures", "source_count")


class IncidentTable:
    """Columns of numbers and one table of escaped strings (string 0 is the empty string)."""

    def __init__(self, types: list[str]):
        self.types = types
        self.strings: list[str] = [""]
        self._numbers: dict[str, int] = {"": 0}
        self._columns: dict[str, list] = {name: [] for name in _COLUMNS}
        #: per source shown (at most MAX_SOURCES_SHOWN an incident, in row order):
        #: title, link (0 when not an http(s) URL), sentence
        self.source_strings: list[int] = []
        self._resolved: dict[tuple, str] = {}
        self._links: dict[str | None, int] = {}

    def __len__(self) -> int:
        return len(self._columns["lat"])

    def add(self, incident, type_number: int) -> None:
        """One located incident as a row of the columns."""
        self.extend([incident], [type_number])

    def extend(self, incidents: list, type_numbers: list[int]) -> None:
        """Located incidents as rows, column by column: the hot loop of a large map."""
        put, numbers = self._columns, self._strings_of
        put["lat"] += [round(i.latitude, 5) for i in incidents]
        put["lon"] += [round(i.longitude, 5) for i in incidents]
        put["type"] += type_numbers
        put["precision"] += [i.geo_precision or 1 for i in incidents]
        put["date"] += numbers(i.date for i in incidents)
        put["date_note"] += numbers(_DATE_NOTES.get(i.date_precision) if i.date else None for i in incidents)
        put["place"] += numbers(i.place_name for i in incidents)
        resolved = self._resolved
        for incident in incidents:
            key = (incident.name, incident.admin1, incident.country_code, incident.geonameid)
            if key not in resolved:
                resolved[key] = _resolved(incident)
        put["resolved"] += numbers(resolved[(i.name, i.admin1, i.country_code, i.geonameid)] for i in incidents)
        put["killed"] += [-1 if i.fatalities is None else i.fatalities for i in incidents]
        put["injured"] += [-1 if i.injuries is None else i.injuries for i in incidents]
        put["target"] += numbers(i.target for i in incidents)
        put["weapon"] += numbers(i.weapon.replace("_", " ") if i.weapon else None for i in incidents)
        put["figures"] += numbers("; ".join(i.figures_reported) or None for i in incidents)
        put["source_count"] += [len(i.sources) for i in incidents]
        shown = [s for i in incidents for s in i.sources[:MAX_SOURCES_SHOWN]]
        links = self._links
        for source in shown:
            if source.url not in links:
                links[source.url] = self._escaped(safe_url(source.url))
        titles = numbers(s.title or s.document for s in shown)
        sentences = numbers(s.sentence for s in shown)
        self.source_strings += [n for triple in zip(titles, (links[s.url] for s in shown), sentences) for n in triple]

    def _strings_of(self, values) -> list[int]:
        """The numbers of raw strings (None is string 0), escaping each new one once."""
        known, strings, out = self._numbers, self.strings, []
        for value in values:
            number = known.get(value) if value is not None else 0
            if number is None:
                number = known[value] = len(strings)
                strings.append(escape_text(value))
            out.append(number)
        return out

    def columns(self) -> dict[str, list]:
        return self._columns

    def _escaped(self, text: str | None) -> int:
        # safe_url has escaped it already: store it as it is, under a key no raw string has
        if not text:
            return 0
        key = "\x00url\x00" + text
        number = self._numbers.get(key)
        if number is None:
            number = self._numbers[key] = len(self.strings)
            self.strings.append(text)
        return number


def _resolved(incident) -> str:
    if incident.name is None:
        return "not resolved"
    where = ", ".join(p for p in (incident.admin1, incident.country_code) if p)
    geonames = f", GeoNames {incident.geonameid}" if incident.geonameid else ""
    return f"{incident.name} ({where}{geonames})"
