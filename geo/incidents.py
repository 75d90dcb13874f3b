"""The incident record: a dated, counted, sourced point feature.

Coordinates are kept as latitude/longitude, like every gazetteer; the one place
that turns them into GeoJSON's longitude/latitude order is :attr:`Incident.lonlat`.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field

from gazetteer import validate_coordinates

__all__ = ["Source", "Incident", "incident_id", "FIELDS", "ADDED_FIELDS"]


@dataclass(frozen=True, slots=True)
class Source:
    """Where an incident was told: the document, and the sentence with its offsets."""

    document: str
    sentence: str
    start: int
    end: int
    url: str | None = None
    title: str | None = None

    def record(self) -> dict:
        """Every field, as the ``sources`` of :meth:`Incident.properties` hold it."""
        return {name: getattr(self, name) for name in _SOURCE_FIELDS}


@dataclass(frozen=True, slots=True)
class Incident:
    """One event at one place on one day, with every source that told it.

    ``geo_precision``: 1 the place itself, 2 near or part of it, 3 only a region
    (coded to its centre). ``fatalities``/``injuries`` are None when not reported,
    never 0 by default; ``figures_estimated`` flags ACLED-style codes for "dozens".
    ``weapon`` is a class of :mod:`geo.weapons` ("cruise_missile", "mlrs"), None when none is told.
    ``date_end`` is the last day when the report gives a span ("from 9 to 12 March",
    "earlier this week"; see :data:`geo.dates.DATE_PRECISIONS`), None for one day.
    """

    id: str
    event_type: str
    date: str | None
    date_precision: str | None
    place_name: str
    name: str | None
    geonameid: int | None
    country_code: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    target: str | None = None
    weapon: str | None = None
    fatalities: int | None = None
    injuries: int | None = None
    figures_estimated: bool = False
    figures_reported: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    confidence: float = 0.5
    status: str = "resolved"
    reasons: tuple[str, ...] = field(default=())
    date_end: str | None = None

    def __post_init__(self):
        if self.latitude is not None or self.longitude is not None:
            if self.latitude is None or self.longitude is None:
                raise ValueError("an incident needs both latitude and longitude, or neither")
            validate_coordinates(self.latitude, self.longitude)
        for name in ("fatalities", "injuries"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ValueError(f"{name} must be a count, not {value!r}")

    @property
    def lonlat(self) -> tuple[float, float] | None:
        """``(longitude, latitude)``, GeoJSON's order: the only lat/lon flip in the project."""
        if self.latitude is None:
            return None
        return (self.longitude, self.latitude)

    @property
    def point(self):
        """The shapely point (longitude first), or None when unresolved."""
        from shapely.geometry import Point

        lonlat = self.lonlat
        return None if lonlat is None else Point(*lonlat)

    def properties(self) -> dict:
        """Every field, JSON-ready (sources as a list of objects).

        Built field by field: :func:`dataclasses.asdict` deep-copies every value and
        was most of the time of writing a million incidents.
        """
        record = {name: getattr(self, name) for name in FIELDS}
        record["sources"] = [source.record() for source in self.sources]
        record["figures_reported"] = list(self.figures_reported)
        record["reasons"] = list(self.reasons)
        return record

    @classmethod
    def from_properties(cls, properties: dict, latitude=None, longitude=None) -> "Incident":
        """The inverse of :meth:`properties`, from any of the formats written."""
        values = {k: properties.get(k) for k in FIELDS if k in properties}
        for key in ("sources", "figures_reported", "reasons"):
            value = values.get(key)
            if isinstance(value, str):
                value = json.loads(value) if value else []
            values[key] = value or []
        values["sources"] = tuple(Source(**s) for s in values["sources"])
        values["figures_reported"] = tuple(values["figures_reported"])
        values["reasons"] = tuple(values["reasons"])
        for key in ("geonameid", "fatalities", "injuries", "geo_precision"):
            values[key] = _integer(values.get(key))
        for key in ("figures_estimated",):
            values[key] = bool(values.get(key)) and values.get(key) not in ("false", "False", "0")
        values["confidence"] = float(values.get("confidence") or 0.0)
        for key in FIELDS:
            if key in values and _missing(values[key]):
                values[key] = None if key not in ("figures_reported", "sources", "reasons") else ()
        values["latitude"] = _number(latitude if latitude is not None else properties.get("latitude"))
        values["longitude"] = _number(longitude if longitude is not None else properties.get("longitude"))
        return cls(**{k: v for k, v in values.items() if k in FIELDS})


FIELDS = tuple(Incident.__dataclass_fields__)
#: Fields added after files were first written: a file without them still reads (as None).
ADDED_FIELDS = ("weapon", "date_end")
_SOURCE_FIELDS = tuple(Source.__dataclass_fields__)


def incident_id(event_type: str, place_key: str, date: str | None) -> str:
    """A stable id: the same event type, place and day always give the same id.

    >>> incident_id("shelling", "geonames:703448", "2022-03-11")
    'im-f4d10a733c7b'
    """
    digest = hashlib.sha1(f"{event_type}|{place_key}|{date or ''}".encode()).hexdigest()[:12]
    return f"im-{digest}"


def _missing(value) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    if type(value).__name__ == "NAType":  # pandas' missing integer
        return True
    return isinstance(value, str) and value == ""


def _integer(value):
    if _missing(value):
        return None
    return int(value)


def _number(value):
    if _missing(value):
        return None
    return float(value)
