"""Values the gazetteer hands out: places and resolutions.

Both are frozen dataclasses; coordinates are checked when a place is built, so
an invalid coordinate never travels further than the line that made it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

from .errors import InputError

__all__ = ["Place", "Resolution", "Status", "validate_coordinates"]

Status = Literal["resolved", "ambiguous", "unresolved"]


def validate_coordinates(latitude: float, longitude: float) -> tuple[float, float]:
    """Return the pair as floats, or raise :class:`InputError` when out of range.

    >>> validate_coordinates(50.75, 25.35)
    (50.75, 25.35)
    >>> validate_coordinates(91, 0)
    Traceback (most recent call last):
    ...
    gazetteer.errors.InputError: latitude 91.0 is outside -90..90
    """
    try:
        lat, lon = float(latitude), float(longitude)
    except (TypeError, ValueError) as err:
        raise InputError(f"coordinates must be numbers, got {latitude!r}, {longitude!r}") from err
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise InputError(f"coordinates must be finite, got {lat}, {lon}")
    if not -90.0 <= lat <= 90.0:
        raise InputError(f"latitude {lat} is outside -90..90")
    if not -180.0 <= lon <= 180.0:
        raise InputError(f"longitude {lon} is outside -180..180")
    return lat, lon


@dataclass(frozen=True, slots=True)
class Place:
    """A named place with a point.

    ``admin1`` is the name of the first-level region (an oblast, a state);
    ``admin1_code``/``admin2_code`` are GeoNames admin codes (``UA.21``), which
    identify a region across sources whatever its spelling; ``feature_code``
    follows GeoNames (``PPL``, ``PPLC``, ``ADM1``, ``PCLI``...). ``geonameid`` is
    None for places that GeoNames does not know (the user's own, online answers).
    ``names`` is how many distinct names the source knows the place by (0: not
    counted); of namesakes alike in all else, the better known one is meant more often.

    >>> p = Place(702569, "Lutsk", "UA", "Volyn Oblast", 50.75784, 25.35024, "PPLA", 215986)
    >>> p.latitude, p.longitude
    (50.75784, 25.35024)
    """

    geonameid: int | None
    name: str
    country_code: str
    admin1: str | None
    latitude: float
    longitude: float
    feature_code: str
    population: int = 0
    admin2: str | None = None
    admin1_code: str | None = None
    admin2_code: str | None = None
    source: str = "embedded"
    names: int = 0

    def __post_init__(self) -> None:
        lat, lon = validate_coordinates(self.latitude, self.longitude)
        object.__setattr__(self, "latitude", lat)
        object.__setattr__(self, "longitude", lon)

    @property
    def is_admin(self) -> bool:
        """True for countries and administrative regions (coded to their centre)."""
        return self.feature_code.startswith(("ADM", "PCL"))

    def to_dict(self) -> dict:
        """The JSON shape of a place in the CLI's output."""
        return {
            "geonameid": self.geonameid,
            "name": self.name,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "feature_code": self.feature_code,
            "population": self.population,
        }


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer to one query: a place, rivals, and why.

    ``status`` is ``"resolved"`` (``place`` is the answer), ``"ambiguous"``
    (``place`` is the best guess: rivals as likely are in ``alternatives``, or the
    name matched only within a typo or two) or
    ``"unresolved"`` (``place`` is None; ``reasons`` say what was excluded).
    """

    query: str
    status: Status
    place: Place | None
    alternatives: tuple[Place, ...] = ()
    reasons: tuple[str, ...] = field(default=())

    @property
    def resolved(self) -> bool:
        return self.status == "resolved"

    def to_dict(self) -> dict:
        """The CLI's JSON object for this resolution."""
        return {
            "query": self.query,
            "status": self.status,
            "place": self.place.to_dict() if self.place else None,
            "alternatives": [alt.to_dict() for alt in self.alternatives],
            "reasons": list(self.reasons),
        }


