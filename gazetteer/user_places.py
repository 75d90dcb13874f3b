"""The user's own places: local knowledge that no gazetteer has.

A places file is a CSV with a header (``name``, ``latitude``/``lat``,
``longitude``/``lon``/``lng``, ``country``, and optional ``admin1``, ``aliases``
separated by ``;`` and ``feature_code``) or a GeoJSON FeatureCollection of points
with the same properties. Every row is checked before anything is stored.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .model import validate_coordinates
from .normalize import MAX_NAME_LENGTH, clean_name

__all__ = ["UserPlace", "read_places_file", "is_places_file"]

_LAT = ("latitude", "lat")
_LON = ("longitude", "lon", "lng", "long")


@dataclass(frozen=True, slots=True)
class UserPlace:
    """A place as the user gave it; the country is still as written."""

    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str | None = None
    aliases: tuple[str, ...] = ()
    feature_code: str = "PPL"

    def __post_init__(self) -> None:
        name = clean_name(self.name)
        if not name or len(name) > MAX_NAME_LENGTH:
            raise InputError(f"a place needs a name of 1 to {MAX_NAME_LENGTH} characters, got {self.name!r}")
        if not clean_name(self.country or ""):
            raise InputError(f"place {name!r} needs a country")
        lat, lon = validate_coordinates(self.latitude, self.longitude)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "latitude", lat)
        object.__setattr__(self, "longitude", lon)
        object.__setattr__(self, "aliases", tuple(a for a in map(clean_name, self.aliases) if a))


def is_places_file(path: Path) -> bool:
    """Whether ``path`` is a user places file rather than a GeoNames dump.

    >>> is_places_file(Path("checkpoints.geojson")), is_places_file(Path("UA.zip"))
    (True, False)
    """
    return Path(path).suffix.lower() in (".csv", ".geojson", ".json")


def read_places_file(path: Path) -> list[UserPlace]:
    """Every place in a CSV or GeoJSON places file; the first bad row is an error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such file") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path.name}: not UTF-8 text") from err
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
    rows = _geojson_rows(text, path) if path.suffix.lower() in (".geojson", ".json") else _csv_rows(text, path)
    places = []
    for where, fields in rows:
        try:
            places.append(UserPlace(**fields))
        except InputError as err:
            raise InputError(f"{path.name}:{where}: {err}") from err
        except TypeError as err:
            raise InputError(f"{path.name}:{where}: {err}") from err
    if not places:
        raise InputError(f"{path.name}: no places in the file")
    return places


def _csv_rows(text: str, path: Path) -> Iterator[tuple[str, dict]]:
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in reader.fieldnames or ()]
    lat = next((h for h in _LAT if h in header), None)
    lon = next((h for h in _LON if h in header), None)
    if "name" not in header or not lat or not lon:
        raise InputError(f"{path.name}: a places CSV needs name, latitude and longitude columns")
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if isinstance(v, str)}
        if not any(row.values()):
            continue
        yield str(line), {
            "name": row.get("name", ""), "latitude": row.get(lat), "longitude": row.get(lon),
            "country": row.get("country", ""), "admin1": row.get("admin1") or None,
            "aliases": tuple(row.get("aliases", "").replace("|", ";").split(";")),
            "feature_code": row.get("feature_code") or "PPL",
        }


def _geojson_rows(text: str, path: Path) -> Iterator[tuple[str, dict]]:
    try:
        data = json.loads(text)
    except ValueError as err:
        raise InputError(f"{path.name}: not valid JSON ({err})") from err
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError(f"{path.name}: expected a GeoJSON FeatureCollection")
    features = data.get("features") or ()
    if not isinstance(features, list):
        raise InputError(f"{path.name}: features is not a list")
    for number, feature in enumerate(features, start=1):
        where = f"feature {number}"
        feature = feature if isinstance(feature, dict) else {}
        geometry = feature.get("geometry") if isinstance(feature.get("geometry"), dict) else {}
        coordinates = geometry.get("coordinates")
        if geometry.get("type") != "Point" or not isinstance(coordinates, list) or len(coordinates) < 2:
            raise InputError(f"{path.name}:{where}: expected a Point geometry")
        props = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
        aliases = props.get("aliases") or ()
        if isinstance(aliases, str):
            aliases = aliases.split(";")
        elif not isinstance(aliases, (list, tuple)):
            aliases = (aliases,)
        # GeoJSON is longitude first (RFC 7946)
        yield where, {
            "name": str(props.get("name") or ""), "latitude": coordinates[1], "longitude": coordinates[0],
            "country": str(props.get("country") or ""),
            "admin1": str(props["admin1"]) if props.get("admin1") else None,
            "aliases": tuple(str(a) for a in aliases),
            "feature_code": str(props.get("feature_code") or "PPL"),
        }
