"""Stage four of resolution: filter a name's candidates by context, rank them, decide.

What a query's candidates are, which of them the context keeps and what they score
depend on the query alone; only a prior (what the rest of a report says) changes
between two resolutions of one query. A :class:`Ranking` keeps the part that does
not change, so a resolver can keep it per query and a report's second look at a
name costs one bonus per candidate and one sort.

>>> from gazetteer.model import Place
>>> kharkiv = Place(706483, "Kharkiv", "UA", "Kharkiv Oblast", 49.98, 36.25, "PPLA", 1430885)
>>> namesake = Place(1, "Kharkiv", "RU", "Belgorod Oblast", 50.6, 36.6, "PPL", 20)
>>> ranking = Ranking.of("Kharkiv", [Candidate(kharkiv, "exact"), Candidate(namesake, "exact")],
...                      "kharkiv", None, None, [])
>>> ranking.resolve().place.country_code
'UA'
>>> ranking.resolve(prior=lambda place: 10.0 * (place.country_code == "RU")).place.country_code
'RU'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .borrowed import BORROWED_PENALTY, borrowing, capped
from .model import Place, Resolution
from .normalize import name_key
from .rank import Candidate, distance_km, score

__all__ = ["Ranking", "filter_candidates", "identity", "describe",
           "AMBIGUITY_MARGIN", "AMBIGUITY_KM", "MAX_ALTERNATIVES", "ALTERNATIVE_WINDOW"]

#: Rivals this close in score (a population ratio under 2) and this far apart make a name ambiguous.
AMBIGUITY_MARGIN = 0.3
AMBIGUITY_KM = 100.0
MAX_ALTERNATIVES = 5
#: Rivals a thousand times less likely than the answer are noise, not alternatives.
ALTERNATIVE_WINDOW = 3.0
MAX_EXCLUDED_REASONS = 5
_MATCH_WORDS = {"alias": "exact match of one alternate name only"}


@dataclass(frozen=True, slots=True)
class Ranking:
    """A query's candidates that the context kept, scored without a prior, and the plain answer."""

    query: str
    scored: tuple[Candidate, ...]
    reasons: tuple[str, ...]  # what was said up to the ranking: context, matches, exclusions
    plain: Resolution  # the answer without a prior
    key: str = ""  # the query's folded name
    borrowed: dict | None = None  # towns that borrow a region's name (gazetteer.borrowed), by id

    @classmethod
    def of(cls, query: str, kept: list[Candidate], key: str, hint: str | None,
           near: tuple[float, float] | None, reasons: list[str]) -> Ranking:
        """Score the candidates that the context ``kept`` for a query whose name folds to ``key``."""
        # a town named after a region of its country it is not in took the name: no feature point
        borrowed = borrowing(kept, key)
        variants: dict[str, str] = {}  # the query's and its namesakes' variant keys, folded once each
        scored = tuple(sorted(capped(
            [Candidate(c.place, c.match, c.edits, score(c, key, hint, near, name_key(c.place.name), variants)
                       - BORROWED_PENALTY * (_borrowed_id(c.place) in borrowed))
             for c in kept], key, borrowed), key=_order))
        said = tuple(reasons)
        plain = (_decide(query, scored, list(said)) if scored
                 else Resolution(query, "unresolved", None, (), said))
        return cls(query, scored, said, plain, key, borrowed)

    def resolve(self, prior: Callable[[Place], float] | None = None) -> Resolution:
        """The answer, with ``prior``'s bonus per place added to each score when given."""
        if prior is None or not self.scored:
            return self.plain
        ranked = [Candidate(c.place, c.match, c.edits, c.score + prior(c.place)) for c in self.scored]
        if self.borrowed:
            ranked = capped(ranked, self.key, self.borrowed)  # a lone alias stays below the region
        ranked.sort(key=_order)
        return _decide(self.query, ranked, list(self.reasons))


def _borrowed_id(place: Place) -> object:
    return place.geonameid if place.geonameid is not None else place


def _order(candidate: Candidate) -> tuple:
    # a user's own place first, then the score. Ties (namesake villages of one region, GeoNames
    # population 0 for all) go to the known population, then to the place known by more names
    # (alternate spellings accrue to the places reports and maps mention), the id last
    place = candidate.place
    return (place.source != "user", -candidate.score, -place.population, -place.names,
            place.geonameid or 0)


def filter_candidates(candidates: list[Candidate], country: str | None, regions: tuple,
                      reasons: list[str]) -> list[Candidate]:
    """The candidates within ``country`` and every given region; the excluded are told in ``reasons``.

    Each of ``regions`` is a place, None (no constraint), or a tuple of places of
    which a candidate must lie in one (an empty tuple is no constraint).
    """
    kept, excluded = [], []
    for candidate in candidates:
        why = _exclusion(candidate.place, country, regions)
        if why:
            excluded.append((candidate, why))
        else:
            kept.append(candidate)
    if excluded and not kept:
        reasons.append(f"context excludes all {len(excluded)} candidate(s)")
    for candidate, why in excluded[:MAX_EXCLUDED_REASONS]:
        reasons.append(f"excluded {describe(candidate.place)}: {why}")
    if len(excluded) > MAX_EXCLUDED_REASONS:
        reasons.append(f"excluded {len(excluded) - MAX_EXCLUDED_REASONS} more")
    return kept


def _decide(query: str, ranked, reasons: list[str]) -> Resolution:
    best = ranked[0]
    best_identity = identity(best.place)
    rivals = [c for c in ranked[1:] if identity(c.place) != best_identity]
    alternatives = tuple(c.place for c in rivals[:MAX_ALTERNATIVES]
                         if c.score > best.score - ALTERNATIVE_WINDOW)
    reasons.append(f"{_MATCH_WORDS.get(best.match, best.match + ' match')}: {describe(best.place)}")
    if best.match == "fuzzy":
        # a near miss is a guess: said so, and never "resolved" as if certain
        reasons.append(f"fuzzy match: {query!r} is {best.edits} edit{'s' if best.edits != 1 else ''} "
                       f"from a name of {best.place.name}, not certain; check the spelling")
        return Resolution(query, "ambiguous", best.place, alternatives, tuple(reasons))
    if not rivals:
        reasons.append("only candidate")
        return Resolution(query, "resolved", best.place, alternatives, tuple(reasons))
    runner = rivals[0]
    far = distance_km(best.place.latitude, best.place.longitude,
                      runner.place.latitude, runner.place.longitude)
    if (best.place.source != "user" and best.score - runner.score < AMBIGUITY_MARGIN
            and far > AMBIGUITY_KM):
        reasons.append(f"as likely: {describe(runner.place)}, {far:,.0f} km away; "
                       "add a country, region or point to decide")
        return Resolution(query, "ambiguous", best.place, alternatives, tuple(reasons))
    reasons.append(f"ranked first of {len(ranked)} by context, feature type and population "
                   f"(score {best.score:.2f}; next {describe(runner.place)} {runner.score:.2f})")
    return Resolution(query, "resolved", best.place, alternatives, tuple(reasons))


def _exclusion(place: Place, country: str | None, regions: tuple) -> str | None:
    if country and place.country_code != country:
        return f"not in {country}"
    for region in regions:
        either = region if isinstance(region, tuple) else (region,) if region is not None else ()
        if either and not any(_within(place, r) for r in either):
            return f"not in {' or '.join(r.name for r in either)}"
    return None


def _within(place: Place, region: Place) -> bool:
    """Whether ``place`` is ``region`` or lies in it, by GeoNames admin code."""
    if identity(place) == identity(region):
        return True
    if place.country_code != region.country_code:
        return False
    if region.feature_code == "ADM1":
        return place.admin1_code is not None and place.admin1_code == region.admin1_code
    return place.admin2_code is not None and place.admin2_code == region.admin2_code


def identity(place: Place) -> tuple:
    """The same GeoNames id is the same place, whichever source told it."""
    if place.geonameid is not None:
        return ("geonames", place.geonameid)
    return (place.source, place.name, place.latitude, place.longitude)


def describe(place: Place) -> str:
    """A place in a few words, for reasons: ``Izyum (Kharkiv Oblast, UA; PPL, population 45,884)``."""
    where = ", ".join(p for p in (place.admin1, place.country_code) if p)
    return f"{place.name} ({where}; {place.feature_code}, population {place.population:,})"
