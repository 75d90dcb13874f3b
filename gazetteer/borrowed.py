"""Towns named after a first-level region they do not lie in: the name is borrowed.

"Kansas" is a state and a village of Illinois; "California" is the main name of a
state and an old alternate name of a West Virginia town. The state bears the name
as its own; the town took it. A populated place scores a point for its feature
type and a first-level region none (see :mod:`gazetteer.rank`), so a report that
names Illinois would lift the village over the state. Here a populated place that
borrows the main name of a first-level region of its own country, elsewhere in that
country, loses its feature point, and is never lifted above that region by what the
rest of a report says (:func:`capped`).

The namesake city inside its region keeps everything: "New York" in New York State,
"Auckland" in the Auckland Region are the places the regions are named after.

>>> from gazetteer.model import Place
>>> from gazetteer.rank import Candidate
>>> state = Place(4273857, "Kansas", "US", None, 38.5, -98.5, "ADM1", 2373266, admin1_code="US.KS")
>>> village = Place(4897018, "Kansas", "US", "Illinois", 39.55, -87.94, "PPL", 744, admin1_code="US.IL")
>>> capital = Place(4393217, "Kansas City", "US", "Missouri", 39.1, -94.6, "PPL", 475378, admin1_code="US.MO")
>>> borrowing([Candidate(state, "exact"), Candidate(village, "exact")], "kansas")
{4897018: 'exact'}
>>> borrowing([Candidate(village, "exact"), Candidate(capital, "exact")], "kansas")
{}
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Place
from .normalize import name_key
from .rank import Candidate

__all__ = ["borrowing", "capped", "BORROWED_PENALTY", "regions_named"]

#: What a borrowed name costs a town: the feature-type point a populated place scores.
BORROWED_PENALTY = 1.0
_CAPITALS = ("PPLC",)
#: How far below the region a capped town stays: more than the margin that makes a name ambiguous
#: (gazetteer.ranking.AMBIGUITY_MARGIN), so that the town is no rival.
_BELOW = 0.5


def regions_named(candidates: Iterable[Candidate], key: str) -> dict[str, set[str]]:
    """Per country, the first-level regions among ``candidates`` whose main name folds to ``key``."""
    named: dict[str, set[str]] = {}
    for candidate in candidates:
        place = candidate.place
        if place.feature_code == "ADM1" and place.admin1_code and name_key(place.name) == key:
            named.setdefault(place.country_code, set()).add(place.admin1_code)
    return named


def borrowing(candidates: list[Candidate], key: str) -> dict[object, str]:
    """The populated places (by GeoNames id, else the place) that borrow a region's name, with their match.

    A populated place borrows the name when its country has a first-level region
    whose main name is the query's, and the place does not lie in that region.
    A country's capital is left alone ("Washington" the city, not the state).
    """
    named = regions_named(candidates, key)
    if not named:
        return {}
    found: dict[object, str] = {}
    for candidate in candidates:
        place = candidate.place
        regions = named.get(place.country_code)
        if (regions and place.feature_code.startswith("PPL") and place.feature_code not in _CAPITALS
                and place.admin1_code not in regions):
            found[_id(place)] = candidate.match
    return found


def capped(ranked: list[Candidate], key: str, borrowed: dict[object, str]) -> list[Candidate]:
    """``ranked`` (in the same order: the caller sorts) with each town that borrows the name
    kept below the best region bearing it, whatever a prior added to either.

    A region written beside the name ("Kansas, Illinois") excludes the state before
    ranking, and the town is then free to win.

    >>> from gazetteer.model import Place
    >>> state = Place(5332921, "California", "US", None, 37.2, -119.5, "ADM1", 39581093, admin1_code="US.CA")
    >>> town = Place(4826717, "Spencer", "US", "West Virginia", 38.8, -81.35, "PPL", 2200, admin1_code="US.WV")
    >>> ranked = [Candidate(town, "alias", score=9.0), Candidate(state, "exact", score=8.1)]
    >>> [(c.place.name, c.score) for c in capped(ranked, "california", borrowing(ranked, "california"))]
    [('Spencer', 7.6), ('California', 8.1)]
    """
    if not borrowed:
        return ranked
    regions = regions_named(ranked, key)
    ceiling = max((c.score for c in ranked if c.place.feature_code == "ADM1"
                   and c.place.admin1_code in regions.get(c.place.country_code, ())), default=None)
    if ceiling is None:
        return ranked
    return [Candidate(c.place, c.match, c.edits, min(c.score, ceiling - _BELOW))
            if _id(c.place) in borrowed else c for c in ranked]


def _id(place: Place) -> object:
    return place.geonameid if place.geonameid is not None else place
