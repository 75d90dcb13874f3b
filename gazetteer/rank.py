"""Score candidate places for a query and explain the score.

A score is a sum of readable parts, on the scale of ``log10(population)``:
one point is worth a tenfold population.

========================  ==========================================
part                      value
========================  ==========================================
population                ``log10(population)`` (a village of unknown population: 100)
feature type              populated place +1, capital +1.5, country +1.5, region 0,
                          sea, ocean, world region +6
the query's own name      +0.5 when it is the place's main name or a spelling of it
                          (or the main name without a generic word: "Hora X", a hill)
hinted type               +3 when "region", "raion", "village"... agrees ("town" or
                          "city": not with a place counted under 1,000 people)
lone alternate name       -1.5 (reached through one alternate name only)
spelling variant          -1.5 (an exact spelling always comes first)
Russian-style spelling    -2 (a Ukrainian name read from a Russian-style one)
fuzzy match               -3 per edit
distance to ``near``      ``-2 * log10(1 + km / 25)``
========================  ==========================================
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .generic import without_generic_word
from .model import Place
from .normalize import variant_key

__all__ = ["Candidate", "score", "distance_km", "MATCH_PENALTY", "TOWN_MIN_POPULATION"]

MATCH_PENALTY = {"exact": 0.0, "alias": -1.5, "variant": -1.5, "transliteration": -2.0, "fuzzy": -3.0}
_HINTED_FEATURES = {"populated": ("PPL",), "town": ("PPL",), "admin1": ("ADM1",), "admin2": ("ADM2", "ADM3")}
#: A place counted under this many people is a village, whatever else it is: what "town" or
#: "city" does not name. Its namesake of unknown population (GeoNames' 0) may be the town.
TOWN_MIN_POPULATION = 1000
EARTH_RADIUS_KM = 6371.0088
#: Seas, oceans and regions of the shipped world regions table: as likely as a city of a million.
WIDE_FEATURES = frozenset({"OCN", "SEA", "GULF", "BAY", "CHN", "STRT", "RGN", "PEN", "MTS", "ZN"})
WIDE_FEATURE_BONUS = 6.0
#: The population a populated place of unknown population is scored as.
UNKNOWN_VILLAGE = 100


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place that matched the query, how it matched, and its score."""

    place: Place
    match: str  # "exact" | "alias" | "variant" | "transliteration" | "fuzzy"
    edits: int = 0
    score: float = 0.0


def _variant(key: str, variants: dict[str, str] | None) -> str:
    """:func:`variant_key`, remembered in ``variants`` when given."""
    if variants is None:
        return variant_key(key)
    folded = variants.get(key)
    if folded is None:
        folded = variants[key] = variant_key(key)
    return folded


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine).

    >>> round(distance_km(50.45, 30.52, 49.99, 36.23))  # Kyiv to Kharkiv
    409
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def score(candidate: Candidate, key: str, hint: str | None,
          near: tuple[float, float] | None, main_name_key: str, variants: dict[str, str] | None = None) -> float:
    """The candidate's score for a query whose name folds to ``key``.

    ``variants`` keeps the :func:`variant_key` of each key met while one query's candidates
    are scored: the query's own key, and the main name that its namesakes share, are folded once.
    """
    place = candidate.place
    code = place.feature_code
    # GeoNames writes 0 for "not known", and most such places are villages, not empty fields
    value = math.log10(max(place.population, UNKNOWN_VILLAGE if code.startswith("PPL") else 1))
    if code == "PPLC" or code.startswith("PCL"):
        value += 1.5
    elif code in WIDE_FEATURES:
        value += WIDE_FEATURE_BONUS  # the Black Sea, the Middle East: meant more than any namesake
    elif code.startswith("PPL"):
        value += 1.0
    if (main_name_key == key or (len(key) >= 5 and _variant(main_name_key, variants) == _variant(key, variants))
            or without_generic_word(main_name_key, code) == key):
        # its own name, or a spelling of it ("Sloviansk" of Slovyansk), or it without the word
        # for its kind ("Savur-Mohyla" of Hora Savur-Mohyla), not an alternate name
        value += 0.5
    if hint and code.startswith(_HINTED_FEATURES[hint]) and not (
            hint == "town" and 0 < place.population < TOWN_MIN_POPULATION):
        value += 3.0
    value += MATCH_PENALTY[candidate.match] * max(candidate.edits, 1)
    if near is not None:
        km = distance_km(near[0], near[1], place.latitude, place.longitude)
        value -= 2.0 * math.log10(1.0 + km / 25.0)
    return value
