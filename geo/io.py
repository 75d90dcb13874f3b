"""Write and read incidents: GeoJSON, GeoPackage, CSV, GeoParquet and KML, chosen by extension.

Every writer writes to a temporary file beside the target and renames it, so a
run that fails or is killed leaves the old file or the new one, never half of one.

>>> import tempfile, pathlib
>>> from geo.incidents import Incident
>>> row = Incident("im-1", "shelling", "2022-03-11", "day", "Kharkiv", "Kharkiv", 706483, "UA",
...                "Kharkiv Oblast", 49.98, 36.25, 1, fatalities=2)
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> all(read_incidents(write_incidents(folder / f"x{ext}", [row])) == [row] for ext in FORMATS)
True
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from gazetteer import IncidentMapError, InputError, validate_coordinates

from .events import ACLED
from .frame import NESTED_FIELDS, arrow_schema, from_geodataframe, to_geodataframe, to_record_batch
from .incidents import FIELDS, Incident
from .kml import read_kml, write_kml

__all__ = ["write_incidents", "read_incidents", "FORMATS", "OutputError", "to_feature", "check_output",
           "atomic_output", "publish", "clear_stale_temporaries"]

FORMATS = (".geojson", ".gpkg", ".csv", ".parquet", ".kml")
#: Incidents per GeoPackage write: large enough for speed, small enough for flat memory.
BATCH = 10_000
#: ACLED-like columns first in the CSV, then every field of the record.
CSV_COLUMNS = ("event_id_cnty", "event_date", "acled_event_type", "sub_event_type", "country",
               "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities") + tuple(
    f for f in FIELDS if f not in ("latitude", "longitude", "geo_precision", "fatalities", "admin1"))


class OutputError(IncidentMapError, OSError):
    """An output file cannot be written (missing folder, no permission, unknown format)."""

    exit_code = 1


def to_feature(incident: Incident) -> dict:
    """One RFC 7946 Feature: longitude first, no crs member, null geometry when unresolved."""
    lonlat = incident.lonlat
    geometry = None if lonlat is None else {"type": "Point", "coordinates": list(lonlat)}
    return {"type": "Feature", "id": incident.id, "geometry": geometry,
            "properties": incident.properties()}


def write_incidents(path: str | Path, incidents: Iterable[Incident],
                    not_read: list[tuple[str, str]] | None = None) -> Path:
    """Write ``incidents`` to ``path`` in the format its extension names; returns the path.

    ``incidents`` may be any iterable, a generator included: GeoJSON, CSV, KML and
    GeoPackage are written as the incidents come (GeoPackage in batches of
    :data:`BATCH`), so memory does not grow with their number; GeoParquet holds
    them all, as it writes one table.

    ``not_read`` lists the (document, language) of reports in a language the tool does
    not read; GeoJSON carries them as the foreign member ``reports_not_read``, so that
    an empty map says why (the other formats hold incidents only: the summary says it).
    """
    path = Path(path)
    suffix = check_output(path)
    with atomic_output(path, suffix) as temporary:
        if suffix == ".geojson" and not_read:
            _write_geojson(temporary, incidents, not_read)
        else:
            _WRITERS[suffix](temporary, incidents)
    return path


def check_output(path: Path) -> str:
    """The format ``path`` names (its suffix, lower case); :class:`OutputError` when there is
    none or its folder does not exist: said before a long run, not after it."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown output format {suffix or '(none)'}; use one of {', '.join(FORMATS)}")
    if not path.parent.is_dir():
        raise OutputError(f"{path}: folder {path.parent} does not exist")
    return suffix


@contextmanager
def atomic_output(path: Path, suffix: str) -> Iterator[Path]:
    """A temporary file beside ``path`` to write; it takes the name ``path`` when the block ends
    without error, and is removed otherwise: a reader never sees a half-written output.

    Temporary files that a killed run left there are cleared first.
    """
    if not path.parent.is_dir():
        raise OutputError(f"{path}: folder {path.parent} does not exist")
    clear_stale_temporaries(path, suffix)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    except OSError as err:
        raise OutputError(f"{path}: cannot write in {path.parent} ({err.strerror})") from err
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        publish(temporary, path)
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror or err})") from err
    finally:
        temporary.unlink(missing_ok=True)


#: A temporary file older than this was left by a killed run, not by one still writing.
STALE_AFTER_S = 3600


def clear_stale_temporaries(path: Path, suffix: str | None = None, now: float | None = None) -> int:
    """Remove what a killed run left beside ``path`` (``.NAME.XXXXXXXX.SUFFIX``); returns how many.

    Only files of the exact temporary pattern and an hour old or more go: a run
    writing the same output at this moment keeps its own.

    >>> import tempfile, pathlib, os
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in (".map.html.k2j4_x9a.html", ".map.html.bak", "notes.txt"):
    ...     _ = (folder / name).write_text("x")
    ...     os.utime(folder / name, (0, 0))
    >>> clear_stale_temporaries(folder / "map.html"), sorted(p.name for p in folder.iterdir())
    (1, ['.map.html.bak', 'notes.txt'])
    """
    path = Path(path)
    suffix = path.suffix if suffix is None else suffix
    pattern = re.compile(rf"\.{re.escape(path.name)}\.[a-z0-9_]{{8}}{re.escape(suffix)}")
    now = time.time() if now is None else now
    removed = 0
    try:
        leftovers = [p for p in path.parent.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return 0
    for leftover in leftovers:
        try:
            if leftover.is_file() and now - leftover.stat().st_mtime >= STALE_AFTER_S:
                leftover.unlink()
                removed += 1
        except OSError:
            continue  # gone already, or not ours to remove: never a reason to fail a write
    return removed


def publish(temporary: Path, path: Path) -> None:
    """Give a finished temporary file the usual permissions and its final name, atomically."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(temporary, 0o666 & ~mask)
    os.replace(temporary, path)


def read_incidents(path: str | Path) -> list[Incident]:
    """Read incidents back from any format :func:`write_incidents` writes."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"{path}: unknown incidents format {suffix or '(none)'}; use one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        return _READERS[suffix](path)
    except (ValueError, KeyError, TypeError) as err:
        raise InputError(f"{path}: not an incidents file ({err})") from err


def _write_geojson(path: Path, incidents: Iterable[Incident], not_read=None) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"type": "FeatureCollection", "features": [\n')
        for number, incident in enumerate(incidents):
            out.write(",\n" if number else "")
            out.write(json.dumps(to_feature(incident), ensure_ascii=False, allow_nan=False))
        out.write("\n]")
        if not_read:
            rows = [{"document": document, "language": language} for document, language in not_read]
            out.write(',\n"reports_not_read": ' + json.dumps(rows, ensure_ascii=False))
        out.write("}\n")


def _read_geojson(path: Path) -> list[Incident]:
    with open(path, encoding="utf-8") as handle:
        collection = json.load(handle)
    if not isinstance(collection, dict) or not isinstance(collection.get("features"), list):
        raise ValueError("expected a GeoJSON FeatureCollection with a list of features")
    incidents = []
    for number, feature in enumerate(collection["features"], 1):
        if not isinstance(feature, dict):
            raise ValueError(f"feature {number} is not an object")
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            raise ValueError(f"feature {number}: properties is not an object")
        try:
            lat, lon = _latitude_longitude(feature.get("geometry"))
            incidents.append(Incident.from_properties(properties, lat, lon))
        except (ValueError, TypeError, KeyError) as err:
            raise ValueError(f"feature {number}: {err}") from err
    return incidents


def _latitude_longitude(geometry) -> tuple[float | None, float | None]:
    """A GeoJSON point's (latitude, longitude), checked; (None, None) for no geometry."""
    if geometry is None:
        return None, None
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        raise ValueError(f"a {kind!s:.40} geometry; incidents are points")
    coordinates = geometry.get("coordinates")
    if (not isinstance(coordinates, list) or len(coordinates) < 2
            or not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coordinates[:2])):
        raise ValueError("a point needs [longitude, latitude] numbers")
    lon, lat = coordinates[:2]
    return validate_coordinates(lat, lon)


def _write_gpkg(path: Path, incidents: Iterable[Incident]) -> None:
    import pyarrow
    from pyogrio.raw import write_arrow

    path.unlink(missing_ok=True)  # the temporary name exists, empty; GDAL wants to create it
    schema, remaining, failure = arrow_schema(), iter(incidents), []

    def batches():
        while True:
            try:
                batch = to_record_batch(list(islice(remaining, BATCH)), schema)
            except BaseException as err:  # the Arrow stream would tell only "error accessing batch"
                failure.append(err)
                raise
            if not batch.num_rows:
                return
            yield batch

    # one stream of batches, not one write per batch: GDAL opens the file and makes the layer
    # once, then takes batch after batch; reopening it for each was most of GDAL's time. An
    # empty stream still makes the layer, which says what the columns are.
    try:
        write_arrow(pyarrow.RecordBatchReader.from_batches(schema, batches()), path, layer="incidents",
                    driver="GPKG", geometry_type="Point", crs="EPSG:4326", geometry_name="geometry")
    except Exception:
        if failure:  # the incidents' own error (or Ctrl-C), not the stream's
            raise failure[0] from None
        raise


def _read_frame_file(path: Path) -> list[Incident]:
    import geopandas

    return from_geodataframe(geopandas.read_file(path, engine="pyogrio"))


def _write_parquet(path: Path, incidents: Iterable[Incident]) -> None:
    to_geodataframe(incidents).to_parquet(path)


def _read_parquet(path: Path) -> list[Incident]:
    import geopandas

    return from_geodataframe(geopandas.read_parquet(path))


def _write_csv(path: Path, incidents: Iterable[Incident]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for incident in incidents:
            record = incident.properties()
            for key in NESTED_FIELDS:
                record[key] = json.dumps(record[key], ensure_ascii=False)
            acled_type, sub_type = ACLED.get(incident.event_type, ACLED["other"])
            record.update(event_id_cnty=incident.id, event_date=incident.date or "",
                          acled_event_type=acled_type, sub_event_type=sub_type,
                          country=incident.country_code or "", location=incident.name or "")
            writer.writerow({k: ("" if record.get(k) is None else record.get(k)) for k in CSV_COLUMNS})


def _read_csv(path: Path) -> list[Incident]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [Incident.from_properties(row) for row in csv.DictReader(handle)]


_WRITERS = {".geojson": _write_geojson, ".gpkg": _write_gpkg, ".csv": _write_csv, ".parquet": _write_parquet,
            ".kml": write_kml}
_READERS = {".geojson": _read_geojson, ".gpkg": _read_frame_file, ".csv": _read_csv, ".parquet": _read_parquet,
            ".kml": read_kml}
