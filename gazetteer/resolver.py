"""Resolve a place name to one place: look up, filter by context, rank, decide.

Each stage hands the next a typed value: :class:`~gazetteer.query.ParsedName`,
then :class:`~gazetteer.rank.Candidate` lists, then a
:class:`~gazetteer.model.Resolution`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path

from .candidate_rules import (MIN_VARIANT_LENGTH, around_town, article_variants,
                              country_over_its_regions, countrys_own_name, lone_alias_ids, merge_places,
                              short_name, the_facility, water_by_its_name)
from .context import Context, find_region, read_context
from .countries import CountryTable
from .facilities import between, facility_reason
from .fuzzy import KeysByLength, near_keys
from .index import EmbeddedIndex, default_index, index_path
from .local import GeoNamesSource, LocalStore, UserSource
from .online import OnlineGeocoder
from .model import Place, Resolution
from .normalize import initialism, name_key, spelled_out, variant_key
from .query import ParsedName, parse_name
from .rank import Candidate
from .ranking import Ranking, filter_candidates, identity
from .regions import RegionFinder
from .sources import PlaceSource
from .spellings import SpellingSearch

__all__ = ["Resolver", "Context", "resolve"]

CANDIDATE_CACHE_SIZE = 50_000


class Resolver(SpellingSearch):
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
        self._spelling_cache: dict[str, bool] = {}
        self._ranking_cache: dict[tuple, Ranking] = {}
        self._region_key_cache: dict[str, KeysByLength] = {}
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

    def knows_spelling(self, key: str) -> bool:
        """Whether a place's name is a spelling variant of ``key`` ("ternovoe" of Ternovoye,
        :func:`~gazetteer.normalize.variant_key`): a looser :meth:`knows`, for declined names."""
        folded = variant_key(key)
        if len(folded) < MIN_VARIANT_LENGTH:
            return False
        if not self._pinned:
            self._refresh_caches()
        known = self._spelling_cache.get(folded)
        if known is None:
            if len(self._spelling_cache) >= CANDIDATE_CACHE_SIZE:
                self._spelling_cache.clear()
            known = self._spelling_cache[folded] = bool(self._find_variant(folded))
        return known

    def knows(self, key: str) -> bool:
        """Whether any source has a place whose name folds to ``key`` (a :func:`name_key`)."""
        # recognition asks this for every capitalised stretch of every length, tens of
        # thousands of times per hundred reports: a pinned resolver skips the version check
        if not self._pinned:
            self._refresh_caches()
        known = self._known_cache.get(key)
        if known is None:
            if len(self._known_cache) >= CANDIDATE_CACHE_SIZE * 4:
                self._known_cache.clear()
            known = self._known_cache[key] = any(source.knows(key) for source in self.sources)
        return known

    def pinned(self) -> _Pinned:
        """Look the stores' version up once for a whole document, not once per lookup.

        A lookup checks whether an import changed the local store (a file system call);
        a geoparser makes thousands of lookups per document, and a change in the middle
        of one document may wait for the next.

        >>> resolver = Resolver()
        >>> with resolver.pinned() as pinned:
        ...     pinned is resolver
        True
        """
        return _Pinned(self)

    def _refresh_caches(self) -> None:
        """Forget what was looked up when an import or a user place changed the local store."""
        if self._pinned:
            return
        version = self._stores_version()
        if version != self._cache_version:
            self._candidate_cache.clear()
            self._known_cache.clear()
            self._spelling_cache.clear()
            self._ranking_cache.clear()
            self._region_key_cache.clear()
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
            candidates = short_name(parsed.name, key, candidates, reasons)
            if parsed.hint is None:
                candidates = country_over_its_regions(candidates, key, reasons)
                candidates = water_by_its_name(candidates, key, reasons)
            if candidates and parsed.facility and key != name_key(parsed.full):
                reasons.append(facility_reason(parsed.facility, parsed.name))
            kept = filter_candidates(candidates, context.country, (context.admin1, context.region), reasons)
            if not kept and candidates and (context.admin1 or context.region):
                kept = self._spelt_in_context(parsed, candidates, context, fuzzy, reasons)
            kept = around_town(kept, context, reasons)
            kept = the_facility(parsed, kept, reasons)
            ranking = Ranking.of(name, kept, key, parsed.hint_for(key), context.near, reasons)
            if len(self._ranking_cache) >= CANDIDATE_CACHE_SIZE:
                self._ranking_cache.clear()
            self._ranking_cache[cache_key] = ranking
        return ranking

    def _online_place(self, place: Place) -> Place:
        """Give an online answer the region code the context filters compare."""
        region = self.region(place.admin1, place.country_code) if place.admin1 else None
        if region is None:
            return place
        return replace(place, admin1=region.name, admin1_code=region.admin1_code)

    # -- stages ---------------------------------------------------------

    def _context(self, parsed: ParsedName, country, admin1, near, reasons) -> Context:
        return read_context(self, self._regions, parsed, country, admin1, near, reasons)

    def region(self, text: str, country: str | None = None,
               levels: tuple[str, ...] = ("ADM1",), within: Collection[str] = (),
               near: tuple[float, float, float] | None = None) -> Place | None:
        """The region (or, with other ``levels``, the place) that ``text`` names, or None
        (see :func:`gazetteer.context.find_region`)."""
        return find_region(self._regions, self.sources, text, country, levels, within, near)

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
        return merge_places(place for source in self.sources for place in source.find(key))

    def _find_variant(self, key: str) -> list[Place]:
        return merge_places(place for source in self.sources for place in source.find_variant(key))

    def _stores(self) -> list[LocalStore]:
        return list({id(s.store): s.store for s in self.sources if hasattr(s, "store")}.values())

    def _stores_version(self) -> tuple:
        return tuple(store.version() for store in self._stores())

    def _candidates(self, parsed: ParsedName, reasons: list[str],
                    fuzzy: bool = True) -> tuple[list[Candidate], str]:
        # "N.Y.C.": GeoNames writes the initialism undotted
        short = initialism(parsed.name)
        held: list[Candidate] = []
        for text in dict.fromkeys((parsed.full, parsed.name, *article_variants(parsed.name), *filter(None, [short]))):
            key = name_key(text)
            found = merge_places(place for source in self.sources for place in source.find(key))
            spelled = spelled_out(key)
            if spelled:  # "St. Cloud" is "Saint Cloud": the places named in full are found too
                found = merge_places([*found, *(place for source in self.sources for place in source.find(spelled))])
            exact = countrys_own_name(found, key)
            seen = {identity(p) for p in found}
            variant = variant_key(key)
            # short keys fold onto too many names to be spelling variants of each other
            variants = [] if len(variant) < MIN_VARIANT_LENGTH else [
                p for p in merge_places(place for source in self.sources for place in source.find_variant(variant))
                if identity(p) not in seen]
            if exact or variants:
                lone = lone_alias_ids(self.sources, key, spelled)
                if text != parsed.name and not variants and all(
                        p.geonameid in lone or name_key(p.name) != key for p in exact):
                    # "Richmond town" is one village's alternate name only, "London town" an old
                    # name of Londontowne: the places named Richmond or London are looked up too,
                    # and they compete with them ("Charles City" is its town's own name, and stays)
                    held = held or [Candidate(p, "alias" if p.geonameid in lone else "exact") for p in exact]
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
                         for p in merge_places(place for source in self.sources for place in source.find(near_key)))
        if found:
            reasons.append(f"no exact match; fuzzy match {found[0].place.name!r} "
                           f"({found[0].edits} edit{'s' if found[0].edits > 1 else ''})")
        return found, key

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


class _Pinned:
    """The context of :meth:`Resolver.pinned`: a class, not a generator, for every document
    enters it, and a short headline's whole geoparsing costs a few hundred microseconds."""

    __slots__ = ("_resolver", "_outer", "_held")

    def __init__(self, resolver: Resolver):
        self._resolver = resolver
        self._outer = False
        self._held: list[LocalStore] = []

    def __enter__(self) -> Resolver:
        resolver = self._resolver
        self._outer = resolver._pinned
        if self._outer:
            return resolver  # pinned already, by the caller: it unpins
        # held first: the version check then reads the held answer (one file system call, not two)
        self._held = [store for store in resolver._stores() if store.hold()]
        try:
            resolver._refresh_caches()
        except BaseException:
            self._release()
            raise
        resolver._pinned = True
        return resolver

    def __exit__(self, *exc) -> None:
        if not self._outer:
            self._resolver._pinned = False
            self._release()

    def _release(self) -> None:
        for store in self._held:
            store.release()
        self._held = []
