"""First-level regions as spreadsheets write them.

A region (admin1) column says ``Belgorod Oblast``, but also ``Belgorod`` (the
region by its capital), ``Donestk Oblast`` (a typo), ``Crimea`` (an alternate
name) or ``Kyiv`` (the city for the oblast). :class:`RegionFinder` tries, in
order, and stops at the first step that finds a region:

1. names: the text as written, else without its region word and with each
   region word (``Belgorod`` -> ``Belgorod Oblast``), as GeoNames names or
   alternate names of an ADM1;
2. capitals: the region whose main place bears the name: its capital (a PPLA
   or PPLC) or its most populous place (``Belgorod`` -> Belgorod Oblast; not
   ``Bakhmut``, a town of Donetsk Oblast, nor ``Atlantis``, a town of the
   Western Cape);
3. near misses: keys within :func:`~gazetteer.fuzzy.allowed_edits` of the text
   with and without its region word, kept only when they name an ADM1.

Several regions of one country may match (``Kyiv`` is both Kyiv City and Kyiv
Oblast); all are returned, the one that contains a place of that name first,
and a context accepts a place in any of them.

>>> bare_key("Donetska obl.")
'donetska'
>>> bare_key("Oblast")
''
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .fuzzy import near_keys
from .model import Place
from .normalize import name_key, variant_key
from .query import ADMIN1_WORDS, parse_name

__all__ = ["RegionMatch", "RegionFinder", "bare_key", "REGION_WORDS"]

#: Words that say "first-level region" in a key, stripped before comparing names.
REGION_WORDS = frozenset(name_key(w) for w in ADMIN1_WORDS) | {
    "obl", "oblasti", "voblast", "voblasts", "oblys", "oblysy", "reg", "prov"}
#: Region words tried after a bare name: the spellings GeoNames gives first-level regions.
_SUFFIXES = ("oblast", "region", "province", "governorate", "voivodeship", "krai", "state")
#: Places this populous are enough to know each region's largest (a small region's
#: largest place may be missed: it can still be named by its capital or its name).
LARGEST_FROM = 10_000
#: A near miss is looked for among this many nearest keys (places crowd regions out).
_NEAR_LIMIT = 50


@dataclass(frozen=True, slots=True)
class RegionMatch:
    """The regions a text names, best first, and how they were found."""

    regions: tuple[Place, ...]
    how: str  # "name", "capital", "near miss" or how else it was found, for reasons


def bare_key(text: str) -> str:
    """The text's key without the words that only say "region"."""
    return " ".join(w for w in name_key(text).split() if w not in REGION_WORDS)


class RegionFinder:
    """Finds first-level regions through ``find``/``find_variant`` (merged over sources)."""

    def __init__(self, find: Callable[[str], list[Place]], find_variant: Callable[[str], list[Place]],
                 fuzzy_keys: Callable[[], object], populous: Callable[[int], list[Place]] | None = None):
        self._find = find
        self._find_variant = find_variant
        self._fuzzy_keys = fuzzy_keys
        self._populous = populous
        self._largest: dict[tuple, int | None] | None = None

    def _largest_places(self) -> dict[tuple, int | None]:
        """The geonameid of each region's most populous place (of those over ``LARGEST_FROM``)."""
        if self._largest is None:
            self._largest = {}
            for place in self._populous(LARGEST_FROM) if self._populous else ():
                self._largest.setdefault((place.country_code, place.admin1_code), place.geonameid)
        return self._largest

    def find(self, text: str, country: str | None = None) -> RegionMatch | None:
        """The ADM1 regions that ``text`` names, within ``country`` when given, or None."""
        parsed = parse_name(text)
        keys = list(dict.fromkeys(name_key(n) for n in (parsed.full, parsed.name)))
        bare = bare_key(parsed.full)

        def capitals() -> tuple[Place, ...]:
            # looked up only when needed: the first look builds a table of the largest places
            return self._capitals(bare, country) if bare else ()

        if found := self._named(keys[:1], country):
            # the text as written first: "Kyiv Oblast" or "Kyiv City" says which region is meant
            return RegionMatch(_capital_first(found, capitals), "name")
        if not bare:
            return None
        named = list(dict.fromkeys([*keys[1:], bare, *(f"{bare} {word}" for word in _SUFFIXES)]))
        if found := self._named(named, country):
            return RegionMatch(_capital_first(found, capitals), "name")
        if capitals := capitals():
            return RegionMatch(capitals, "by its capital")
        return self._near(keys[0], bare, country)

    def _named(self, keys: list[str], country: str | None) -> tuple[Place, ...]:
        found = [p for key in keys for p in self._find(key) if _fits(p, country)]
        if not found:
            found = [p for key in keys for p in self._find_variant(variant_key(key)) if _fits(p, country)]
        return _one_country(found)

    def _capitals(self, key: str, country: str | None) -> tuple[Place, ...]:
        """The regions whose main place is named ``key``: their capital (PPLA, PPLC), or
        their most populous place (the embedded index calls most capitals PPL)."""
        places = [p for p in self._find(key) if p.feature_code.startswith("PPL") and p.admin1_code
                  and (country is None or p.country_code == country)]
        if not places:
            return ()
        largest = self._largest_places()
        seats = [p for p in places if p.feature_code in ("PPLA", "PPLC")
                 or largest.get((p.country_code, p.admin1_code)) == p.geonameid]
        regions = []
        for seat in sorted(seats, key=lambda p: -p.population):
            regions.extend(r for r in self._find(name_key(seat.admin1 or ""))
                           if r.feature_code == "ADM1" and r.admin1_code == seat.admin1_code)
        return _one_country(regions)

    def _near(self, full: str, bare: str, country: str | None) -> RegionMatch | None:
        keys = self._fuzzy_keys()
        for key in dict.fromkeys((full, bare)):
            for near, _ in near_keys(key, keys, limit=_NEAR_LIMIT):
                tried = [near] if key == full else [near, *(f"{near} {word}" for word in _SUFFIXES)]
                if found := self._named(tried, country):
                    return RegionMatch(found, "near miss")
        return None


def _fits(place: Place, country: str | None) -> bool:
    return place.feature_code == "ADM1" and (country is None or place.country_code == country)


def _one_country(regions: list[Place]) -> tuple[Place, ...]:
    """Distinct regions of the most populous match's country, biggest first."""
    if not regions:
        return ()
    unique: dict[tuple, Place] = {}
    for place in regions:  # the first told wins: sources come highest precedence first
        unique.setdefault((place.country_code, place.admin1_code or place.name), place)
    ordered = sorted(unique.values(), key=lambda p: -p.population)
    country = ordered[0].country_code
    return tuple(p for p in ordered if p.country_code == country)


def _capital_first(found: tuple[Place, ...], capitals: Callable[[], tuple[Place, ...]]) -> tuple[Place, ...]:
    """Kyiv names Kyiv City (which holds the city) before Kyiv Oblast (named after it)."""
    if len(found) < 2:
        return found
    holding = {(p.country_code, p.admin1_code) for p in capitals()}
    return tuple(sorted(found, key=lambda p: (p.country_code, p.admin1_code) not in holding))
