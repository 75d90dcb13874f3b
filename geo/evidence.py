"""What the rest of a report says about one of its names: document evidence as a prior.

Each name of a report has a set of candidate places, scored by the gazetteer
alone. A first answer is often the most populous namesake, so counting first
answers scatters the votes: a Missouri story's Monroe, Marion and Linn counties
would each vote for another state. Evidence here is reckoned over candidate
sets instead, as CLIFF's and Mordecai's document features do:

- each other distinct name of the report spreads one vote over its candidates,
  in proportion to their plain scores (a name with one candidate gives it a
  whole vote; "Paris" gives nearly all of its vote to France);
- a country or first-level region earns a bonus that grows with the votes it
  gathers and with the number of names behind them, so one mention of the
  United States is not worth as much as twenty;
- the region that could hold the most names at once (each name counted once,
  whatever its shares) earns a joint bonus: a Missouri story's Monroe, Marion
  and Linn counties each have a namesake in Missouri;
- a candidate near a place that another name may be earns what that name gains
  at best by lying near it, its likelier namesakes forgone (max-product over the
  two candidate sets): "Paris" and "Henry County" read together are the
  Tennessee pair, and the village namesake next to the report's town beats a
  bigger one 400 km off.

A name's own candidates never vote for it.

>>> from gazetteer import Place
>>> izium = Place(707753, "Izium", "UA", "Kharkiv Oblast", 49.21, 37.26, "PPL", 45884, admin1_code="UA.07")
>>> near = Place(1, "Kamianka", "UA", "Kharkiv Oblast", 49.29, 37.05, "PPL", 300, admin1_code="UA.07")
>>> far = Place(2, "Kamianka", "UA", "Cherkasy Oblast", 49.03, 32.10, "PPL", 11000, admin1_code="UA.01")
>>> evidence = Evidence([("izium", [(izium, 6.0)]), ("kamianka", [(near, 3.5), (far, 5.0)])])
>>> bonus = evidence.prior_for("kamianka")
>>> bonus(near) > bonus(far) + 1.5
True
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence

from gazetteer import Place

__all__ = ["Evidence", "COUNTRY_WEIGHT", "ADMIN1_WEIGHT", "CLOSENESS_WEIGHT", "JOINT_REGION_WEIGHT"]

#: Bonuses at full support, on the gazetteer's score scale (one point is a tenfold population).
COUNTRY_WEIGHT = 3.0
ADMIN1_WEIGHT = 2.5
CLOSENESS_WEIGHT = 3.0
#: The region that could hold the most of the report's names, each name counted once.
JOINT_REGION_WEIGHT = 2.0
#: How many names it takes to earn half the full bonus.
HALF_SUPPORT = 1.0
#: Candidates a name spreads its vote over, and the least share that still counts.
VOTING_CANDIDATES = 8
MIN_SHARE = 0.02
#: Closeness is full within this distance and gone beyond the far one.
NEAR_KM, FAR_KM = 25.0, 800.0
_KM_PER_DEGREE = 111.2
_FAR_DEGREES = FAR_KM / _KM_PER_DEGREE
_LOG_RANGE = math.log(FAR_KM / NEAR_KM)
_TOTAL = "\0total"  # no name key holds a NUL


class Evidence:
    """Votes of a report's names, each name given as its key and scored candidates."""

    def __init__(self, names: Sequence[tuple[str, Sequence[tuple[Place, float]]]]):
        self._country: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self._admin1: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self._points: dict[str, list[tuple[float, float, float, float]]] = {}
        could_hold: dict[str, set[str]] = defaultdict(set)  # region -> names with a candidate in it
        for key, candidates in names:
            if key in self._points or not candidates:
                continue
            for place, _ in candidates:
                if place.admin1_code:
                    could_hold[place.admin1_code].add(key)
            for place, share in _shares(candidates):
                self._country[place.country_code][key] += share
                if place.admin1_code:
                    self._admin1[place.admin1_code][key] += share
            self._points[key] = _plausible_points(candidates)
        for table in (self._country, self._admin1):
            for votes in table.values():
                votes[_TOTAL] = sum(votes.values())
        self._names = len(self._points)
        # every name's plausible points in one list by latitude: a place looks only at its band
        self._band = sorted((lat, lon, cos_lat, deficit, key) for key, found in self._points.items()
                            for lat, lon, cos_lat, deficit in found)
        self._band_lats = [point[0] for point in self._band]
        # the joint region vote: the region where the most names could lie at once
        most = max((len(keys) for keys in could_hold.values()), default=0)
        self._joint = {region: keys for region, keys in could_hold.items() if len(keys) == most and most >= 3}

    def prior_for(self, key: str) -> Callable[[Place], float]:
        """The bonus per candidate place of the name ``key``, from every other name."""
        others = self._names - (key in self._points)
        if others <= 0:
            return lambda place: 0.0
        scale = 1.0 / (others + HALF_SUPPORT)
        countries, regions = self._country, self._admin1
        band, band_lats = self._band, self._band_lats
        root = math.sqrt(others)

        def support(votes: dict[str, float] | None) -> float:
            if not votes:
                return 0.0
            return (votes[_TOTAL] - votes.get(key, 0.0)) * scale

        def bonus(place: Place) -> float:
            value = COUNTRY_WEIGHT * support(countries.get(place.country_code))
            if place.admin1_code:
                value += ADMIN1_WEIGHT * support(regions.get(place.admin1_code))
                joint = self._joint.get(place.admin1_code)
                if joint:
                    value += JOINT_REGION_WEIGHT * len(joint - {key}) * scale
            if band and not place.feature_code.startswith(("PCL", "CONT")):
                # more names agreeing is more evidence, though not in proportion
                value += _closeness(place, key, band, band_lats) / root
            return value

        return bonus


def _shares(candidates: Sequence[tuple[Place, float]]) -> list[tuple[Place, float]]:
    """Split one vote over a name's candidates as their scores say (a score point is tenfold)."""
    best = sorted(candidates, key=lambda c: -c[1])[:VOTING_CANDIDATES]
    top = best[0][1]
    weights = [(place, 10.0 ** (score - top)) for place, score in best]
    total = sum(w for _, w in weights)
    return [(place, w / total) for place, w in weights if w / total >= MIN_SHARE]


def _plausible_points(candidates: Sequence[tuple[Place, float]]) -> list[tuple[float, float, float, float]]:
    """A name's candidates that closeness could still favour: point, cos(lat), score deficit."""
    top = max(score for _, score in candidates)
    points = []
    for place, score in sorted(candidates, key=lambda c: -c[1])[:VOTING_CANDIDATES]:
        deficit = top - score
        if deficit >= CLOSENESS_WEIGHT or place.feature_code.startswith(("PCL", "CONT", "ADM1")):
            continue  # too unlikely to gain, or too big an area to be near anything
        points.append((place.latitude, place.longitude, math.cos(math.radians(place.latitude)), deficit))
    return points


def _closeness(place: Place, key: str, band: list[tuple], band_lats: list[float]) -> float:
    """What the other names gain at best by lying near ``place``, their likelier namesakes forgone.

    The joint reading of two names: "Paris" and "Henry County" together are the
    Tennessee pair, whose nearness outweighs the two larger namesakes far apart.
    Summed over the other names, each at its best point.
    """
    lat0, lon0 = place.latitude, place.longitude
    cos_lat = math.cos(math.radians(lat0))
    best: dict[str, float] = {}
    for i in range(bisect_left(band_lats, lat0 - _FAR_DEGREES), bisect_right(band_lats, lat0 + _FAR_DEGREES)):
        lat, lon, cos_other, deficit, name = band[i]
        if name == key:
            continue
        dlon = (lon0 - lon) * (cos_lat + cos_other) / 2
        dlat = lat0 - lat
        km = _KM_PER_DEGREE * math.sqrt(dlat * dlat + dlon * dlon)
        if km >= FAR_KM:
            continue
        near = 1.0 if km <= NEAR_KM else 1.0 - math.log(km / NEAR_KM) / _LOG_RANGE
        gain = CLOSENESS_WEIGHT * near - deficit
        if gain > best.get(name, 0.0):
            best[name] = gain
    return sum(best.values())
