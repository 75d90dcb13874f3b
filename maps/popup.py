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
                "Figures told")

_DATE_NOTES = {"report": " (the report's date)", "week": " (that week)", "month": " (that month)"}
_COLUMNS = ("lat", "lon", "type", "precision", "date", "date_note", "place", "resolved", "killed", "injured",
            "target", "figures", "source_count")


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

    def __len__(self) -> int:
        return len(self._columns["lat"])

    def string(self, raw) -> int:
        """The number of ``raw`` (unescaped) in the table, escaping it the first time it is seen."""
        if raw is None:
            return 0
        number = self._numbers.get(raw)
        if number is None:
            number = self._numbers[raw] = len(self.strings)
            self.strings.append(escape_text(raw))
        return number

    def add(self, incident, type_number: int) -> None:
        """One located incident as a row of the columns."""
        put = self._columns
        put["lat"].append(round(incident.latitude, 5))
        put["lon"].append(round(incident.longitude, 5))
        put["type"].append(type_number)
        put["precision"].append(incident.geo_precision or 1)
        put["date"].append(self.string(incident.date))
        put["date_note"].append(self.string(_DATE_NOTES.get(incident.date_precision) if incident.date else None))
        put["place"].append(self.string(incident.place_name))
        put["resolved"].append(self.string(_resolved(incident)))
        put["killed"].append(-1 if incident.fatalities is None else incident.fatalities)
        put["injured"].append(-1 if incident.injuries is None else incident.injuries)
        put["target"].append(self.string(incident.target))
        put["figures"].append(self.string("; ".join(incident.figures_reported) or None))
        put["source_count"].append(len(incident.sources))
        for source in incident.sources[:MAX_SOURCES_SHOWN]:
            link = safe_url(source.url)
            self.source_strings += [self.string(source.title or source.document),
                                    self._escaped(link), self.string(source.sentence)]

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
