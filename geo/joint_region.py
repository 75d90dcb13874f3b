"""The region that could hold the most of a report's names at once: the joint region vote.

A Missouri story's Monroe, Marion and Linn counties each have a namesake in
Missouri, and no other state holds all three; that region earns a bonus
(:data:`geo.evidence.JOINT_REGION_WEIGHT`) for every name's candidates in it.

A name counts for a region only through a namesake that is not far less likely
than the name's best reading (:data:`JOINT_REACH`). Big cities of many states
share their names with hamlets; a handful of such names in one report would
otherwise all "fit" the one state that has hamlets of each, and that state would
pull the report's truly ambiguous names to itself. Villages named alike all over
a country score close to each other, so each still counts wherever it may lie.

>>> from gazetteer import Place
>>> def town(number, name, state, population, score):
...     return Place(number, name, "US", state, 40.0, -90.0, "PPL", population, admin1_code="US." + state), score
>>> cities = {"ashford": [town(1, "Ashford", "OH", 400_000, 7.6), town(2, "Ashford", "KS", 40, 3.1)],
...           "millbank": [town(3, "Millbank", "PA", 250_000, 7.4), town(4, "Millbank", "KS", 30, 3.0)],
...           "fairmead": [town(5, "Fairmead", "TX", 350_000, 7.5), town(6, "Fairmead", "KS", 20, 2.9)]}
>>> joint_regions(cities)
{}
>>> villages = {"monroe": [town(11, "Monroe", "MO", 300, 3.5), town(12, "Monroe", "OH", 500, 3.7)],
...             "marion": [town(13, "Marion", "MO", 400, 3.6), town(14, "Marion", "IA", 900, 4.0)],
...             "linn": [town(15, "Linn", "MO", 200, 3.3), town(16, "Linn", "KS", 300, 3.5)]}
>>> {region: sorted(keys) for region, keys in joint_regions(villages).items()}
{'US.MO': ['linn', 'marion', 'monroe']}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from gazetteer import Place

__all__ = ["joint_regions", "JOINT_REACH", "JOINT_LEAST_NAMES"]

#: A namesake this much less likely than the name's best reading (ten thousand times, on the
#: gazetteer's score scale) holds the name in no region. Measured on LGL and GeoVirus: at
#: 3 one GeoVirus report's Andean villages lose their common province.
JOINT_REACH = 4.0
#: Fewer names than this in one region are no joint reading.
JOINT_LEAST_NAMES = 3


def joint_regions(names: Mapping[str, Sequence[tuple[Place, float]]]) -> dict[str, set[str]]:
    """The first-level regions that could hold the most names at once, each with those names.

    ``names`` maps each name's key to its scored candidates. Empty when no region
    holds at least :data:`JOINT_LEAST_NAMES` names.
    """
    could_hold: dict[str, set[str]] = defaultdict(set)  # region -> names with a likely enough candidate in it
    for key, candidates in names.items():
        if not candidates:
            continue
        top = max(score for _, score in candidates)
        for place, score in candidates:
            if place.admin1_code and score >= top - JOINT_REACH:
                could_hold[place.admin1_code].add(key)
    most = max((len(keys) for keys in could_hold.values()), default=0)
    if most < JOINT_LEAST_NAMES:
        return {}
    return {region: keys for region, keys in could_hold.items() if len(keys) == most}
