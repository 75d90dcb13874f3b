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
from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

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
            ranked = sorted(candidates, key=lambda c: -c[1])[:VOTING_CANDIDATES]
            for place, share in _shares(ranked):
                self._country[place.country_code][key] += share
                if place.admin1_code:
                    self._admin1[place.admin1_code][key] += share
            self._points[key] = _plausible_points(ranked)
        for table in (self._country, self._admin1):
            for votes in table.values():
                votes[_TOTAL] = sum(votes.values())
        self._names = len(self._points)
        self._band = _Band(self._points)
        # the joint region vote: the region where the most names could lie at once
        most = max((len(keys) for keys in could_hold.values()), default=0)
        self._joint = {region: keys for region, keys in could_hold.items() if len(keys) == most and most >= 3}

    def prior_for(self, key: str) -> Callable[[Place], float]:
        """The bonus per candidate place of the name ``key``, from every other name.

        :meth:`bonuses` gives the same for many candidates at once, far faster.
        """
        return lambda place: float(self.bonuses(key, [place])[0])

    def bonuses(self, key: str, places: Sequence[Place]) -> list[float]:
        """The bonus of each of ``places``, candidates of the name ``key``, from every other name."""
        others = self._names - (key in self._points)
        if others <= 0 or not places:
            return [0.0] * len(places)
        scale = 1.0 / (others + HALF_SUPPORT)
        countries, regions, joint_regions = self._country, self._admin1, self._joint

        def support(votes: dict[str, float] | None) -> float:
            if not votes:
                return 0.0
            return (votes[_TOTAL] - votes.get(key, 0.0)) * scale

        values = []
        for place in places:
            value = COUNTRY_WEIGHT * support(countries.get(place.country_code))
            if place.admin1_code:
                value += ADMIN1_WEIGHT * support(regions.get(place.admin1_code))
                joint = joint_regions.get(place.admin1_code)
                if joint:
                    value += JOINT_REGION_WEIGHT * (len(joint) - (key in joint)) * scale
            values.append(value)
        # more names agreeing is more evidence, though not in proportion
        closeness = self._band.closeness(key, places) / math.sqrt(others)
        return [value + near for value, near in zip(values, closeness.tolist())]


class _Band:
    """Every name's plausible points as arrays, grouped by name: closeness for many places at once."""

    def __init__(self, points: dict[str, list[tuple[float, float, float, float]]]):
        rows = [(code, lat, lon, cos_lat, deficit) for code, found in enumerate(points.values())
                for lat, lon, cos_lat, deficit in found]
        self._code_of = {key: code for code, key in enumerate(points)}
        self.size = len(rows)
        if not rows:
            return
        table = np.array(rows, dtype=float)
        self._name = table[:, 0].astype(int)
        self._lat, self._lon, self._cos, self._deficit = table[:, 1], table[:, 2], table[:, 3], table[:, 4]
        # each name's points are contiguous: a maximum per name is one reduceat
        self._starts = np.flatnonzero(np.r_[True, self._name[1:] != self._name[:-1]])

    def closeness(self, key: str, places: Sequence[Place]) -> np.ndarray:
        """What the other names gain at best by lying near each place, their likelier namesakes forgone.

        The joint reading of two names: "Paris" and "Henry County" together are the
        Tennessee pair, whose nearness outweighs the two larger namesakes far apart.
        Summed over the other names, each at its best point; nothing for countries
        and continents, which are near everything and nothing.
        """
        result = np.zeros(len(places))
        if not self.size:
            return result
        wanted = [i for i, p in enumerate(places) if not p.feature_code.startswith(("PCL", "CONT"))]
        if not wanted:
            return result
        lat = np.array([places[i].latitude for i in wanted])[:, None]
        lon = np.array([places[i].longitude for i in wanted])[:, None]
        cos_lat = np.cos(np.radians(lat))
        dlat = lat - self._lat
        dlon = (lon - self._lon) * (cos_lat + self._cos) / 2
        km = _KM_PER_DEGREE * np.sqrt(dlat * dlat + dlon * dlon)
        near = 1.0 - np.log(np.clip(km, NEAR_KM, FAR_KM) / NEAR_KM) / _LOG_RANGE
        gain = CLOSENESS_WEIGHT * near - self._deficit
        own = self._code_of.get(key)
        if own is not None:
            gain[:, self._name == own] = 0.0
        best = np.maximum.reduceat(gain, self._starts, axis=1)
        result[wanted] = np.maximum(best, 0.0).sum(axis=1)
        return result


def _shares(ranked: Sequence[tuple[Place, float]]) -> list[tuple[Place, float]]:
    """Split one vote over a name's candidates, best first, as their scores say (a point is tenfold)."""
    top = ranked[0][1]
    weights = [(place, 10.0 ** (score - top)) for place, score in ranked]
    total = sum(w for _, w in weights)
    return [(place, w / total) for place, w in weights if w / total >= MIN_SHARE]


def _plausible_points(ranked: Sequence[tuple[Place, float]]) -> list[tuple[float, float, float, float]]:
    """A name's candidates, best first, that closeness could still favour: point, cos(lat), deficit."""
    top = ranked[0][1]
    points = []
    for place, score in ranked:
        deficit = top - score
        if deficit >= CLOSENESS_WEIGHT or place.feature_code.startswith(("PCL", "CONT", "ADM1")):
            continue  # too unlikely to gain, or too big an area to be near anything
        points.append((place.latitude, place.longitude, math.cos(math.radians(place.latitude)), deficit))
    return points
