"""Resolve a place name to one place: look up, filter by context, rank, decide.

Each stage hands the next a typed value: :class:`~gazetteer.query.ParsedName`,
then :class:`~gazetteer.rank.Candidate` lists, then a
:class:`~gazetteer.model.Resolution`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from .countries import CountryTable
from .errors import InputError
from .facilities import between, facility_features, facility_reason
from .fuzzy import KeysByLength, near_keys
from .index import EmbeddedIndex, default_index, index_path
from .local import GeoNamesSource, LocalStore, UserSource
from .online import OnlineGeocoder
from .model import Place, Resolution, validate_coordinates
from .normalize import initialism, name_key, spelled_out, variant_key
from .query import ParsedName, parse_name
from .rank import Candidate, distance_km
from .ranking import Ranking, filter_candidates, identity
from .regions import RegionFinder
from .sources import PRECEDENCE, PlaceSource
from .transliteration import district_town_keys, ukrainian_keys

__all__ = ["Resolver", "Context", "resolve"]

MIN_VARIANT_LENGTH = 4
#: Names of fewer letters ("A", "ab") are abbreviations or noise, not places; they
#: may still name a country or first-level region exactly ("UK").
MIN_NAME_LETTERS = 3
CANDIDATE_CACHE_SIZE = 50_000
#: How gazetteers name a second-level region after its town: "Volnovakha Raion".
DISTRICT_WORDS = ("raion", "rayon", "district")
#: A qualifier that names no region may name the town a district was named after (a raion
#: centre is PPLA2) or any other town: the place is looked for near it.
#: How far a former district's villages lie from the town it was named after.
DISTRICT_RADIUS_KM = 50.0
UKRAINE = "UA"
#: When a region is named and none of a name's namesakes lies in it, spellings this many edits
#: further are looked for there: the region holds a small share of the keys, so a looser
#: match in it is no likelier to be chance than the usual one across the world.
CONTEXT_EXTRA_EDITS = 1
CONTEXT_FUZZY_LIMIT = 100
#: Letters of an ending that a Russian-style or shortened spelling may drop or change ("-ino", "-yne").
STEM_ENDING = 2
TOWN_LEVELS = ("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPL")


@dataclass(frozen=True, slots=True)
class Context:
    """What narrows a query: a country, a first-level region, a region at any level, a point.

    ``admin1`` holds every first-level region the context's text names: one as a rule,
    two when a region is named after a city that is a region itself (``Kyiv``: Kyiv
    City and Kyiv Oblast); a place in any of them fits.
    """

    country: str | None = None
    admin1: tuple[Place, ...] = ()
    region: Place | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None  # a district named after its town: places this close to it


class Resolver:
    """Resolves names against a gazetteer index.

    >>> resolver = Resolver()                      # doctest: +SKIP
    >>> resolver.resolve("Kopani", country="BY").status  # doctest: +SKIP
    'unresolved'
    """

    def __init__(self, index: EmbeddedIndex | None = None, store: LocalStore | None = None,
                 sources: list[PlaceSource] | None = None, online: OnlineGeocoder | None = None):
        self.online = online
        self._index = index
        self._store = store
        self._sources = sources
        self._all_keys: tuple | None = None
        # names met before: the places they match do not change while a resolver lives
        self._candidate_cache: dict[tuple, tuple] = {}
        self._known_cache: dict[str, bool] = {}
        self._ranking_cache: dict[tuple, Ranking] = {}
        self._cache_version: tuple | None = None
        self._pinned = False
        self._regions = RegionFinder(self._find, self._find_variant, self._fuzzy_keys,
                                     lambda people: self.index.populous(people))

    @property
    def index(self) -> EmbeddedIndex:
        if self._index is None:
            self._index = default_index()
        return self._index

    @property
    def sources(self) -> list[PlaceSource]:
        """The backends asked for every name, highest precedence first."""
        if self._sources is None:
            store = self._store or LocalStore()
            self._sources = [UserSource(store), GeoNamesSource(store), self.index]
        return self._sources

    @property
    def countries(self) -> CountryTable:
        return CountryTable(self.index.country_aliases, self.index.country_names)

    def knows(self, key: str) -> bool:
        """Whether any source has a place whose name folds to ``key`` (a :func:`name_key`)."""
        self._refresh_caches()
        known = self._known_cache.get(key)
        if known is None:
            if len(self._known_cache) >= CANDIDATE_CACHE_SIZE * 4:
                self._known_cache.clear()
            known = self._known_cache[key] = any(source.knows(key) for source in self.sources)
        return known

    @contextmanager
    def pinned(self):
        """Look the stores' version up once for a whole document, not once per lookup.

        A lookup checks whether an import changed the local store (a file system call);
        a geoparser makes thousands of lookups per document, and a change in the middle
        of one document may wait for the next.
        """
        if self._pinned:
            yield self
            return
        with ExitStack() as stores:
            # held first: the version check then reads the held answer (one file system call, not two)
            for store in self._stores():
                stores.enter_context(store.held())
            self._refresh_caches()
            self._pinned = True
            try:
                yield self
            finally:
                self._pinned = False

    def _refresh_caches(self) -> None:
        """Forget what was looked up when an import or a user place changed the local store."""
        if self._pinned:
            return
        version = self._stores_version()
        if version != self._cache_version:
            self._candidate_cache.clear()
            self._known_cache.clear()
            self._ranking_cache.clear()
            self._cache_version = version

    def resolve(self, name: str, country: str | None = None, admin1: str | None = None,
                near: tuple[float, float] | None = None,
                prior: Callable[[Place], float] | None = None, fuzzy: bool = True) -> Resolution:
        """Resolve ``name``, narrowed by a country (code, name or adjective), a region, a point.

        ``prior`` is soft context: a bonus per candidate place, on the score's
        scale (one point is worth a tenfold population), added before ranking.
        The geoparser passes what the rest of a report says this way.
        ``fuzzy=False`` skips the typo pass (the geoparser's choice: in running
        text a near miss is more often another word than a misspelt place).

        Raises :class:`~gazetteer.errors.InputError` for an unusable name (empty,
        too long, not text) or context (an unknown country, a qualifier that
        contradicts it); a name that matches nothing is an unresolved resolution,
        an unknown ``admin1`` a reason, and a typo's answer an ambiguous one.
        """
        ends = parse_name(name).between
        if ends:
            return between(name, *self._ends(ends, country, admin1, near, prior, fuzzy))
        ranking = self._ranking(name, country, admin1, near, fuzzy)
        result = ranking.resolve(prior)
        if result.status == "unresolved" and self.online is not None:
            parsed = parse_name(name)
            context = self._context(parsed, country, admin1, near, [])
            reasons = [*result.reasons, f"offline sources have no answer; asked {self.online.provider}"]
            # an online geocoder may know the facility itself, not only its town
            asked = parsed.full if parsed.facility else parsed.name
            found = [Candidate(self._online_place(p), "exact")
                     for p in self.online.geocode(asked, context.country)]
            if not found:
                reasons.append(f"{self.online.provider} knows no {asked!r} either")
            kept = filter_candidates(found, context.country, (context.admin1, context.region), reasons)
            result = Ranking.of(name, kept, name_key(parsed.name), parsed.hint, context.near, reasons).resolve(prior)
        return result

    def _ends(self, ends, country, admin1, near, prior, fuzzy) -> list[Resolution]:
        """Both ends of "between X and Y", each ranked by distance to the other's answer.

        The two ends of one road are near each other: of two Zarichnes, the one near Kreminna.
        """
        first, second = (self.resolve(end, country, admin1, near, prior, fuzzy) for end in ends)
        if near is not None:
            return [first, second]
        if second.place is not None:
            first = self.resolve(ends[0], country, admin1, (second.place.latitude, second.place.longitude),
                                 prior, fuzzy)
        if first.place is not None:
            second = self.resolve(ends[1], country, admin1, (first.place.latitude, first.place.longitude),
                                  prior, fuzzy)
        return [first, second]

    def ranking(self, name: str, country: str | None = None, admin1: str | None = None,
                near: tuple[float, float] | None = None, fuzzy: bool = False) -> Ranking:
        """Every candidate of the query that its context keeps, with its plain score.

        What a report says about its other names is reckoned over these
        (:mod:`geo.evidence`); :meth:`resolve` with a ``prior`` decides.
        """
        return self._ranking(name, country, admin1, near, fuzzy)

    def _ranking(self, name: str, country: str | None, admin1: str | None,
                 near: tuple[float, float] | None, fuzzy: bool) -> Ranking:
        """The query's candidates, filtered and scored: kept per query, as they depend on it alone."""
        self._refresh_caches()
        cache_key = (name, country, admin1, None if near is None else tuple(near), fuzzy)
        ranking = self._ranking_cache.get(cache_key)
        if ranking is None:
            parsed = parse_name(name)
            reasons: list[str] = []
            context = self._context(parsed, country, admin1, near, reasons)
            candidates, key, found_reasons = self._cached_candidates(parsed, fuzzy)
            reasons.extend(found_reasons)
            if not candidates:
                reasons.append(f"no place named {parsed.name!r} in the gazetteer")
            candidates = _short_name(parsed.name, key, candidates, reasons)
            if parsed.hint is None:
                candidates = _country_over_its_regions(candidates, key, reasons)
            if candidates and parsed.facility and key != name_key(parsed.full):
                reasons.append(facility_reason(parsed.facility, parsed.name))
            kept = filter_candidates(candidates, context.country, (context.admin1, context.region), reasons)
            if not kept and candidates and (context.admin1 or context.region):
                kept = self._spelt_in_context(parsed, candidates, context, fuzzy, reasons)
            kept = _around(kept, context, reasons)
            kept = _the_facility(parsed, kept, reasons)
            ranking = Ranking.of(name, kept, key, parsed.hint, context.near, reasons)
            if len(self._ranking_cache) >= CANDIDATE_CACHE_SIZE:
                self._ranking_cache.clear()
            self._ranking_cache[cache_key] = ranking
        return ranking

    def _spelt_in_context(self, parsed: ParsedName, excluded: list[Candidate], context: Context,
                          fuzzy: bool, reasons: list[str]) -> list[Candidate]:
        """Weaker spellings of the name that lie in the context's region, when no namesake does.

        "Nikishin" in Donetsk Oblast: the only Nikishin is in Luhansk Oblast, while Nikishyne
        lies in Donetsk Oblast. A report naming the region means a place in it, so the
        Russian-style folds and near misses the exact namesakes otherwise shadow are asked too.
        """
        key = name_key(parsed.name)
        seen = {identity(c.place) for c in excluded}
        weaker = self._transliterated(key, set(seen), [], other_gender=True)
        if fuzzy:
            # only another ending of the same stem: villages of one oblast often differ from each
            # other by a letter or two inside the stem (Stepanivka, Stepnivka), rarely at its end
            near = near_keys(key, self._fuzzy_keys(), CONTEXT_FUZZY_LIMIT, CONTEXT_EXTRA_EDITS)
            weaker += [Candidate(p, "fuzzy", edits) for near_key, edits in near if _same_stem(key, near_key)
                       for p in self._find(near_key) if identity(p) not in seen]
        weaker = [c if c.place.source == self.index.name else replace(c, place=self._region_names(c.place))
                  for c in weaker]
        kept = filter_candidates(weaker, context.country, (context.admin1, context.region), [])
        if kept:
            reasons.append(f"no namesake of {parsed.name!r} lies there; a spelling near it does: "
                           f"{kept[0].place.name!r}")
        return kept

    def _online_place(self, place: Place) -> Place:
        """Give an online answer the region code the context filters compare."""
        region = self.region(place.admin1, place.country_code) if place.admin1 else None
        if region is None:
            return place
        return replace(place, admin1=region.name, admin1_code=region.admin1_code)

    # -- stages ---------------------------------------------------------

    def _context(self, parsed: ParsedName, country, admin1, near, reasons) -> Context:
        code = self.countries.code(country) if country else None
        if code:
            reasons.append(f"country {code} from context {country!r}")
        region, radius = None, None
        for qualifier in parsed.qualifiers:
            found = self.countries.find(qualifier)
            if found and code and found != code:
                raise InputError(f"{qualifier!r} contradicts country {code}")
            if found:
                code = found
                reasons.append(f"country {code} from {qualifier!r}")
                continue
            region = self.region(qualifier, code, levels=("ADM1", "ADM2"))
            if region is None and near is None:
                # "Recreation centre (Borova)": a town as qualifier says where to look
                town = self.region(qualifier, code, levels=TOWN_LEVELS)
                if town is not None:
                    near = (town.latitude, town.longitude)
                    if parse_name(qualifier).hint == "admin2":
                        # a former district, named after its centre: its villages lie around it
                        radius = DISTRICT_RADIUS_KM
                    code = code or town.country_code
                    reasons.append(f"near {town.name} ({town.country_code}) from {qualifier!r}")
                    continue
            if region is None:
                reasons.append(f"qualifier {qualifier!r} names no country, region or town; ignored")
            else:
                code = code or region.country_code
                reasons.append(f"within {region.name} ({region.country_code}) from {qualifier!r}")
        admin1_places: tuple[Place, ...] = ()
        if admin1:
            # a soft preference: an unknown region is said and ignored, never a lost row
            match = self._regions.find(admin1, code)
            if match is None:
                where = f" in {code}" if code else ""
                reasons.append(f"unknown first-level region {admin1!r}{where}; ignored")
            else:
                admin1_places = match.regions
                code = code or admin1_places[0].country_code
                how = "" if match.how == "name" else f" ({match.how})"
                reasons.append(f"within {' or '.join(r.name for r in admin1_places)} "
                               f"from context {admin1!r}{how}")
        if near is not None:
            near = validate_coordinates(*near)
            reasons.append(f"ranked by distance to {near[0]:.4f}, {near[1]:.4f}")
        return Context(code, admin1_places, region, near, radius)

    def region(self, text: str, country: str | None = None,
               levels: tuple[str, ...] = ("ADM1",), within: Collection[str] = (),
               near: tuple[float, float, float] | None = None) -> Place | None:
        """The region (or, with other ``levels``, the place) that ``text`` names, or None.

        A first-level region (the default ``levels``) may be named as spreadsheets
        do: by an alternate name, its capital, or a near miss (see
        :mod:`gazetteer.regions`); of two regions named alike (Kyiv City and Kyiv
        Oblast) the one holding the place of that name comes first. ``within`` keeps
        the places in those admin1 codes, ``near`` (latitude, longitude, km) those
        within that distance of a point (a city's own districts).
        """
        if levels == ("ADM1",):
            match = self._regions.find(text, country)
            return match.regions[0] if match else None
        parsed = parse_name(text)
        names = [parsed.full, parsed.name]
        if parsed.hint == "admin2":
            # "Volnovakha district" is GeoNames' "Volnovakha Raion": the region words are synonyms
            names += [f"{parsed.name} {word}" for word in DISTRICT_WORDS]
        keys = [name_key(n) for n in dict.fromkeys(names)]
        lookups = [(s.find, k) for k in keys for s in self.sources]
        lookups += [(s.find_variant, variant_key(k)) for k in keys for s in self.sources]
        if parsed.hint == "admin2":
            # "Yasinovatsky district": a district named by its adjective is named after a town
            towns = district_town_keys(name_key(parsed.name))
            lookups += [(s.find_variant, k) for k in towns for s in self.sources]
            lookups += [(s.find_variant, u) for k in towns[:2] for u in ukrainian_keys(k) for s in self.sources]
        lookups += [(s.find_variant, u) for k in keys[-1:] for u in ukrainian_keys(k) for s in self.sources]
        for find, key in lookups:
            places = [p for p in find(key) if p.feature_code in levels
                      and (country is None or p.country_code == country)
                      and (not within or p.admin1_code in within)
                      and (near is None or distance_km(near[0], near[1], p.latitude, p.longitude) <= near[2])]
            if places:
                return max(places, key=lambda p: (p.feature_code == levels[0], p.population))
        return None

    def _cached_candidates(self, parsed: ParsedName, fuzzy: bool):
        """Candidates depend on the name alone, so a name met again costs one dict lookup."""
        self._refresh_caches()
        cache_key = (parsed.full, parsed.name, fuzzy)
        cached = self._candidate_cache.get(cache_key)
        if cached is None:
            reasons: list[str] = []
            candidates, key = self._candidates(parsed, reasons, fuzzy)
            candidates = [c if c.place.source == self.index.name else replace(c, place=self._region_names(c.place))
                          for c in candidates]
            if len(self._candidate_cache) >= CANDIDATE_CACHE_SIZE:
                self._candidate_cache.clear()
            cached = self._candidate_cache[cache_key] = (candidates, key, tuple(reasons))
        return cached

    def _find(self, key: str) -> list[Place]:
        return _merge(place for source in self.sources for place in source.find(key))

    def _find_variant(self, key: str) -> list[Place]:
        return _merge(place for source in self.sources for place in source.find_variant(key))

    def _stores(self) -> list[LocalStore]:
        return list({id(s.store): s.store for s in self.sources if hasattr(s, "store")}.values())

    def _stores_version(self) -> tuple:
        return tuple(store.version() for store in self._stores())

    def _candidates(self, parsed: ParsedName, reasons: list[str],
                    fuzzy: bool = True) -> tuple[list[Candidate], str]:
        # "N.Y.C.": GeoNames writes the initialism undotted
        short = initialism(parsed.name)
        held: list[Candidate] = []
        for text in dict.fromkeys((parsed.full, parsed.name, *_article_variants(parsed.name), *filter(None, [short]))):
            key = name_key(text)
            found = _merge(place for source in self.sources for place in source.find(key))
            spelled = spelled_out(key)
            if spelled:  # "St. Cloud" is "Saint Cloud": the places named in full are found too
                found = _merge([*found, *(place for source in self.sources for place in source.find(spelled))])
            exact = _countrys_own_name(found, key)
            seen = {identity(p) for p in found}
            variant = variant_key(key)
            # short keys fold onto too many names to be spelling variants of each other
            variants = [] if len(variant) < MIN_VARIANT_LENGTH else [
                p for p in _merge(place for source in self.sources for place in source.find_variant(variant))
                if identity(p) not in seen]
            if exact or variants:
                lone = _lone(self.sources, key, spelled)
                if text != parsed.name and not variants and all(p.geonameid in lone for p in exact):
                    # "Richmond town" is one village's alternate name only: the places named
                    # Richmond are looked up too, and that village competes with them as an alias
                    held = held or [Candidate(p, "alias") for p in exact]
                    continue
                if variants and not exact:
                    reasons.append(f"spelling variant of {variants[0].name!r}")
                own = ([Candidate(p, "alias" if p.geonameid in lone else "exact") for p in exact]
                       + [Candidate(p, "variant") for p in variants]
                       + self._transliterated(key, seen | {identity(p) for p in variants}, []))
                ids = {identity(c.place) for c in own}
                return own + [c for c in held if identity(c.place) not in ids], key
        if held:
            return held, name_key(parsed.full)
        key = name_key(parsed.name)
        folded = self._transliterated(key, set(), reasons, other_gender=True)
        if folded:
            return folded, key
        found = []
        for near_key, edits in near_keys(key, self._fuzzy_keys()) if fuzzy else ():
            found.extend(Candidate(p, "fuzzy", edits)
                         for p in _merge(place for source in self.sources for place in source.find(near_key)))
        if found:
            reasons.append(f"no exact match; fuzzy match {found[0].place.name!r} "
                           f"({found[0].edits} edit{'s' if found[0].edits > 1 else ''})")
        return found, key

    def _transliterated(self, key: str, seen: set, reasons: list[str],
                        other_gender: bool = False) -> list[Candidate]:
        """Places whose Ukrainian name the Russian-style ``key`` may stand for ("Peski": Pisky),
        weaker than the name's own spellings: a namesake spelt as written comes first.
        ``other_gender`` also reads an adjective in the other gender ("Pivdennyy": Pivdenne),
        asked only when no namesake is found (a Zelene and a Zelenyi are two villages)."""
        found = []
        for folded in ukrainian_keys(key, other_gender):
            for place in self._find_variant(folded):
                # the fold reads Ukrainian names from Russian ones: a match elsewhere is chance
                if place.country_code == UKRAINE and identity(place) not in seen:
                    seen.add(identity(place))
                    found.append(Candidate(place, "transliteration"))
        if found:
            reasons.append(f"Ukrainian spelling of a Russian-style name: {found[0].place.name!r}")
        return found

    def _fuzzy_keys(self) -> KeysByLength:
        version = self._stores_version()
        if self._all_keys is None or self._all_keys[0] != version:
            keys = self.index.all_keys()
            extra = [k for source in self.sources if source is not self.index for k in source.all_keys()]
            self._all_keys = (version, KeysByLength(list(dict.fromkeys(keys + extra)) if extra else keys))
        return self._all_keys[1]

    def _region_names(self, place: Place) -> Place:
        """Name regions as the embedded index does, whichever source told the place.

        The same oblast is "Sumy Oblast" in one source and "Sumska Oblast" in another;
        one spelling keeps grouping by region consistent in every output.
        """
        if place.source == self.index.name:
            return place
        admin1 = self.index.region_name(place.admin1_code) if place.admin1_code else None
        admin2 = self.index.region_name(place.admin2_code) if place.admin2_code else None
        if (admin1 or place.admin1, admin2 or place.admin2) == (place.admin1, place.admin2):
            return place
        return replace(place, admin1=admin1 or place.admin1, admin2=admin2 or place.admin2)


def _around(candidates: list[Candidate], context: Context, reasons: list[str]) -> list[Candidate]:
    """Keep the candidates within the context's radius, when any is; all of them otherwise."""
    if context.radius_km is None or context.near is None:
        return candidates
    close = [c for c in candidates
             if distance_km(*context.near, c.place.latitude, c.place.longitude) <= context.radius_km]
    if close and len(close) < len(candidates):
        reasons.append(f"kept {len(close)} of {len(candidates)} candidates within "
                       f"{context.radius_km:.0f} km of the district's town")
    return close or candidates


def _same_stem(key: str, other: str) -> bool:
    """Whether two keys differ, once romanisation is folded, only in their last letters.

    >>> _same_stem("nikishin", "nikishyne"), _same_stem("stepanivka", "stepnivka")
    (True, False)
    """
    a, b = variant_key(key), variant_key(other)
    common = len(os.path.commonprefix([a, b]))
    return common >= MIN_VARIANT_LENGTH and common >= max(len(a), len(b)) - STEM_ENDING


def _the_facility(parsed: ParsedName, candidates: list[Candidate], reasons: list[str]) -> list[Candidate]:
    """Keep the facility itself when the gazetteer knows one of that name and kind.

    "Marynivka border checkpoint": a border post named Marynivka is the checkpoint, where the
    village of that name (or a namesake village) is only near it.
    """
    codes = facility_features(parsed.facility)
    found = [c for c in candidates if c.place.feature_code in codes] if codes else []
    if not found:
        return candidates
    reasons.append(f"the {parsed.facility} itself: {found[0].place.name} ({found[0].place.feature_code})")
    return found


def _short_name(name: str, key: str, candidates: list[Candidate], reasons: list[str]) -> list[Candidate]:
    """Keep, for a name of one or two letters, only a country or region it spells exactly."""
    letters = sum(ch.isalpha() for ch in key)
    if letters >= MIN_NAME_LETTERS or not candidates:
        return candidates
    dotted = initialism(name) is not None  # "L.A.": an alias written short on purpose
    kept = [c for c in candidates if c.match in ("exact", "alias") and dotted or c.match == "exact"
            and (c.place.feature_code in ("ADM1", "ZN") or c.place.feature_code.startswith("PCL"))]
    if not kept:
        reasons.append(f"{name!r} is too short to name a place ({letters} letter{'s' if letters != 1 else ''}; "
                       f"at least {MIN_NAME_LETTERS} unless it names a country or region)")
    return kept


def _lone(sources, key: str, spelled: str | None) -> frozenset:
    """The ids of places that ``key`` (and its ``spelled`` out form) reach through a lone
    alternate name only: a place named "Saint Cloud" is no lone alias of "St. Cloud"."""
    lone = frozenset().union(*(source.lone_aliases(key) for source in sources))
    if not spelled:
        return lone
    by_key = {p.geonameid for source in sources for p in source.find(key)}
    by_spelled = {p.geonameid for source in sources for p in source.find(spelled)}
    spelled_lone = frozenset().union(*(source.lone_aliases(spelled) for source in sources))
    return frozenset(g for g in by_key | by_spelled
                     if (g not in by_key or g in lone) and (g not in by_spelled or g in spelled_lone))


def _countrys_own_name(places: list[Place], key: str) -> list[Place]:
    """A country's own name means the country, not a place that bears it only as an alternate
    name ("Mexico" is not Mexico City); namesakes that bear it as their own name stay."""
    if not any(p.feature_code.startswith("PCL") and name_key(p.name) == key for p in places):
        return places
    return [p for p in places if name_key(p.name) == key or variant_key(name_key(p.name)) == variant_key(key)]


def _country_over_its_regions(candidates: list[Candidate], key: str, reasons: list[str]) -> list[Candidate]:
    """A country's own name, unqualified, means the country, not a region of it named alike.

    "Mexico" is the country; the State of Mexico is what "Mexico state" names. The
    region's point lies among the country's towns, so a report's other names would
    otherwise pull the bare name to it.
    """
    countries = {c.place.country_code for c in candidates
                 if c.place.feature_code.startswith("PCL") and name_key(c.place.name) == key}
    if not countries:
        return candidates
    kept = [c for c in candidates
            if not (c.place.country_code in countries and c.place.feature_code.startswith("ADM"))]
    if len(kept) < len(candidates):
        reasons.append("a country's own name, unqualified: the country, not its region named alike")
    return kept


def _article_variants(name: str) -> tuple[str, ...]:
    """The name with "the" put in after "of", or taken out: reports write both.

    >>> _article_variants("Democratic Republic of Congo"), _article_variants("Isle of the Dead")
    (('Democratic Republic of the Congo',), ('Isle of Dead',))
    """
    words = name.split()
    for i, word in enumerate(words[:-1]):
        if word.lower() == "of":
            if words[i + 1].lower() == "the":
                return (" ".join(words[:i + 1] + words[i + 2:]),)
            return (" ".join(words[:i + 1] + ["the"] + words[i + 1:]),)
    return ()


def _merge(places) -> list[Place]:
    """Drop duplicates of one place from several sources, keeping the highest precedence."""
    best: dict[tuple, Place] = {}
    for place in places:
        key = identity(place)
        kept = best.get(key)
        if kept is None or PRECEDENCE[place.source] > PRECEDENCE[kept.source]:
            best[key] = place
    return list(best.values())


_default: Resolver | None = None
_default_for: Path | None = None


def resolve(name: str, country: str | None = None, admin1: str | None = None,
            near: tuple[float, float] | None = None) -> Resolution:
    """Resolve one name with the default offline gazetteer.

    Examples
    --------
    >>> r = resolve("Izium", country="UA")
    >>> r.status, r.place.name, r.place.admin1
    ('resolved', 'Izyum', 'Kharkiv Oblast')
    >>> resolve("Kopani", country="Belarusian").place is None
    True
    """
    global _default, _default_for
    # one default resolver per data directory: its local store is that directory's, and two
    # directories may share one loaded index, so the index alone does not tell them apart
    if _default is None or _default_for != index_path():
        _default, _default_for = Resolver(), index_path()
    return _default.resolve(name, country=country, admin1=admin1, near=near)
