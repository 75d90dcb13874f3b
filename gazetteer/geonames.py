"""Read GeoNames dump files as a stream of typed rows.

Handles the files GeoNames publishes: country and ``allCountries`` dumps (``XX.zip``
or ``XX.txt``, 19 tab-separated columns), ``alternateNamesV2`` (10 columns; the older
``alternateNames`` has 8), ``admin1CodesASCII.txt`` and ``admin2Codes.txt``. Rows
are yielded one at a time, so memory does not grow with the file; every malformed
line raises :class:`~gazetteer.errors.InputError` naming the file and line.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .model import validate_coordinates

__all__ = ["DumpRow", "AlternateName", "AdminCode", "dump_kind", "read_dump",
           "read_alternate_names", "read_admin_codes", "open_text"]

#: alternateNames "languages" that are not names: links, postcodes, airport codes...
NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt",
                       "unlc", "tcid", "phon", "piny"})


@dataclass(frozen=True, slots=True)
class DumpRow:
    """One line of a GeoNames dump (the columns incidentmap uses)."""

    geonameid: int
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    admin2_code: str
    population: int


@dataclass(frozen=True, slots=True)
class AlternateName:
    geonameid: int
    language: str
    name: str


@dataclass(frozen=True, slots=True)
class AdminCode:
    """A line of admin1CodesASCII / admin2Codes: ``UA.21`` -> ``Sumy``."""

    code: str
    name: str
    geonameid: int


def dump_kind(path: Path) -> str:
    """What a GeoNames file holds, from its name.

    >>> [dump_kind(Path(p)) for p in ("UA.zip", "admin1CodesASCII.txt", "alternateNamesV2.zip")]
    ['places', 'admin1', 'alternates']
    """
    stem = path.name.lower()
    if stem.startswith("admin1codes"):
        return "admin1"
    if stem.startswith("admin2codes"):
        return "admin2"
    if stem.startswith("alternatenames"):
        return "alternates"
    if stem.startswith("countryinfo"):
        return "countryinfo"
    return "places"


@contextmanager
def open_text(path: Path) -> Iterator[io.TextIOBase]:
    """Open a ``.txt`` file, or the data member of a GeoNames ``.zip``, as UTF-8 text."""
    path = Path(path)
    try:
        if path.suffix.lower() != ".zip":
            with open(path, encoding="utf-8", newline="\n") as fh:
                yield fh
            return
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and m != "readme.txt"]
            if len(members) != 1:
                raise InputError(f"{path.name}: expected one data file in the archive, found {len(members)}")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    except zipfile.BadZipFile as err:
        raise InputError(f"{path.name}: not a readable zip archive ({err})") from err
    except (EOFError, zlib.error) as err:
        raise InputError(f"{path.name}: the archive is truncated or damaged") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path.name}: not UTF-8 text ({err.reason})") from err
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such file") from err
    except IsADirectoryError as err:
        raise InputError(f"{path}: is a directory") from err


def read_dump(path: Path, known_countries: set[str] | None = None) -> Iterator[DumpRow]:
    """Rows of a GeoNames place dump; an unknown country code is an error."""
    with open_text(path) as lines:
        for number, fields in _split(lines, path, (19,)):
            try:
                lat, lon = validate_coordinates(fields[4], fields[5])
                row = DumpRow(
                    geonameid=int(fields[0]), name=fields[1], asciiname=fields[2],
                    alternatenames=tuple(a for a in fields[3].split(",") if a),
                    latitude=lat, longitude=lon, feature_class=fields[6], feature_code=fields[7],
                    country_code=fields[8], admin1_code=fields[10], admin2_code=fields[11],
                    population=int(fields[14] or 0),
                )
            except ValueError as err:
                raise InputError(f"{path.name}:{number}: bad number ({err})") from err
            if not row.name:
                raise InputError(f"{path.name}:{number}: empty name")
            if known_countries is not None and row.country_code and row.country_code not in known_countries:
                raise InputError(f"{path.name}:{number}: unknown country code {row.country_code!r}")
            yield row


def read_alternate_names(path: Path) -> Iterator[AlternateName]:
    """Names from alternateNamesV2 (or the older alternateNames), without links and codes."""
    with open_text(path) as lines:
        for number, fields in _split(lines, path, (10, 8)):
            if fields[2] in NOT_NAMES or not fields[3]:
                continue
            try:
                yield AlternateName(int(fields[1]), fields[2], fields[3])
            except ValueError as err:
                raise InputError(f"{path.name}:{number}: bad geonameid {fields[1]!r}") from err


def read_admin_codes(path: Path) -> Iterator[AdminCode]:
    """Lines of admin1CodesASCII.txt or admin2Codes.txt."""
    with open_text(path) as lines:
        for number, fields in _split(lines, path, (4,)):
            try:
                yield AdminCode(fields[0], fields[1], int(fields[3] or 0))
            except ValueError as err:
                raise InputError(f"{path.name}:{number}: bad geonameid {fields[3]!r}") from err


def _split(lines, path: Path, widths: tuple[int, ...]) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in widths:
            expected = " or ".join(map(str, widths))
            raise InputError(f"{path.name}:{number}: expected {expected} tab-separated columns, "
                             f"found {len(fields)}")
        yield number, fields
