"""Weaker spellings of a name: Russian-style folds, near misses within a region, typos in one oblast.

The resolver's spelling searches (a mixin of :class:`gazetteer.resolver.Resolver`,
which holds the index, the sources and the caches they read): "Peski" may stand for
Pisky, "Nikishin" in Donetsk Oblast for Nikishyne, "Kramatorsc" for Kramatorsk when
the text says which oblast it is in.

>>> sorted(name for name in vars(SpellingSearch) if not name.startswith("__"))
['_fuzzy_keys', '_region_keys', '_spelt_in_context', '_transliterated', 'spelt_in_region']
"""

from __future__ import annotations

from dataclasses import replace

from .candidate_rules import same_stem
from .context import Context
from .fuzzy import KeysByLength, allowed_edits, near_keys
from .model import Resolution
from .normalize import name_key
from .query import ParsedName, parse_name
from .rank import Candidate
from .ranking import Ranking, filter_candidates, identity
from .transliteration import ukrainian_keys

__all__ = ["SpellingSearch", "CONTEXT_EXTRA_EDITS", "CONTEXT_FUZZY_LIMIT", "UKRAINE"]

UKRAINE = "UA"
#: When a region is named and none of a name's namesakes lies in it, spellings this many edits
#: further are looked for there: the region holds a small share of the keys, so a looser
#: match in it is no likelier to be chance than the usual one across the world.
CONTEXT_EXTRA_EDITS = 1
CONTEXT_FUZZY_LIMIT = 100


class SpellingSearch:
    """The spelling searches of :class:`gazetteer.resolver.Resolver` (a mixin: it holds no state)."""

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
            weaker += [Candidate(p, "fuzzy", edits) for near_key, edits in near if same_stem(key, near_key)
                       for p in self._find(near_key) if identity(p) not in seen]
        weaker = [c if c.place.source == self.index.name else replace(c, place=self._region_names(c.place))
                  for c in weaker]
        kept = filter_candidates(weaker, context.country, (context.admin1, context.region), [])
        if kept:
            reasons.append(f"no namesake of {parsed.name!r} lies there; a spelling near it does: "
                           f"{kept[0].place.name!r}")
        return kept

    def spelt_in_region(self, name: str, admin1_code: str) -> Resolution:
        """The place of one first-level region whose name is a typo or two from ``name``.

        A text that says which oblast a place is in leaves few names to mistake it for: the
        region's own keys are compared (with rapidfuzz), not every key of the gazetteer, so
        the search costs milliseconds, and it may allow what :meth:`_spelt_in_context` does
        (one edit more when only the ending differs). Meant after the name was not found
        in the region as written.

        >>> from gazetteer.resolver import Resolver
        >>> resolver = Resolver()
        >>> resolver.spelt_in_region("Kramatorsc", "UA.05").place.name
        'Kramatorsk'
        >>> resolver.spelt_in_region("Kramatorsc", "UA.07").place is None
        True
        """
        parsed = parse_name(name)
        key = name_key(parsed.name)
        reasons = [f"looked for within a typo of {parsed.name!r} among the places of {admin1_code}"]
        edits = allowed_edits(key)
        found: dict = {}
        for near_key, distance in near_keys(key, self._region_keys(admin1_code), CONTEXT_FUZZY_LIMIT,
                                            CONTEXT_EXTRA_EDITS):
            if distance > edits and not same_stem(key, near_key):
                continue  # villages of one oblast often differ by a letter inside the stem
            for place in self._find(near_key):
                if place.admin1_code == admin1_code and identity(place) not in found:
                    found[identity(place)] = Candidate(
                        place if place.source == self.index.name else self._region_names(place), "fuzzy", distance)
        candidates = list(found.values())
        if candidates:
            best = min(candidates, key=lambda c: c.edits)
            reasons.append(f"fuzzy match {best.place.name!r} ({best.edits} edit{'s' if best.edits > 1 else ''})")
        return Ranking.of(name, candidates, key, parsed.hint_for(key), None, reasons).resolve()

    def _region_keys(self, admin1_code: str) -> KeysByLength:
        """The keys of one first-level region's places in every source, kept per region."""
        self._refresh_caches()  # an import forgets them
        keys = self._region_key_cache.get(admin1_code)
        if keys is None:
            keys = self._region_key_cache[admin1_code] = KeysByLength(list(dict.fromkeys(
                k for source in self.sources for k in source.region_keys(admin1_code))))
        return keys

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
            keys = self.index.keys_by_length()
            # the local stores' keys after the index's, those the index holds left out (as one
            # grouping of both lists, deduplicated, gave them)
            extra = [k for k in dict.fromkeys(k for source in self.sources if source is not self.index
                                              for k in source.all_keys()) if not self.index.knows(k)]
            self._all_keys = (version, keys.then(extra) if extra else keys)
        return self._all_keys[1]
