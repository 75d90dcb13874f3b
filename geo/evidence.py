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

__all__ = ["Evidence", "COUNTRY_WEIGHT", "ADMIN1_WEIGHT", "CLOSENESS_WEIGHT", "JOINT_REGION_WEIGHT", "INSIDE_SHARE"]

#: Bonuses at full support, on the gazetteer's score scale (one point is a tenfold population).
COUNTRY_WEIGHT = 3.0
ADMIN1_WEIGHT = 2.5
CLOSENESS_WEIGHT = 3.0
#: What a place inside a first-level region earns the region, as a share of full closeness:
#: the region's namesake city close by the place still earns as much or more ("Kharkiv" with Izium).
INSIDE_SHARE = 0.5
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
#: Closeness is reckoned for many places at once, in blocks of at most this many place-point cells.
BLOCK_CELLS = 50_000


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
        return self.bonuses_many([(key, places)])[0]

    def bonuses_many(self, requests: Sequence[tuple[str, Sequence[Place]]]) -> list[list[float]]:
        """:meth:`bonuses` for several names at once: what a report's every name asks in one round.

        The closeness of all of them is reckoned in a few array operations instead of
        a dozen per name, which on a report's small arrays cost more than the arithmetic.
        """
        answers: list[list[float] | None] = [None] * len(requests)
        asked = []
        for number, (key, places) in enumerate(requests):
            others = self._names - (key in self._points)
            if others <= 0 or not places:
                answers[number] = [0.0] * len(places)
            else:
                asked.append((number, key, places, others))
        if not asked:
            return answers
        countries, regions, joint_regions = self._country, self._admin1, self._joint
        near_all = self._band.closeness_many([(key, places) for _, key, places, _ in asked])
        for (number, key, places, others), closeness in zip(asked, near_all):
            scale = 1.0 / (others + HALF_SUPPORT)

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
            closeness = closeness / math.sqrt(others)
            answers[number] = [value + near for value, near in zip(values, closeness.tolist())]
        return answers


class _Band:
    """Every name's plausible points as arrays, grouped by name: closeness for many places at once."""

    def __init__(self, points: dict[str, list[tuple[float, float, float, float]]]):
        rows = [found for found in points.values() if found]
        # each name's points are contiguous columns: a maximum per name is one reduceat
        self._columns: dict[str, tuple[int, int]] = {}
        starts, column = [], 0
        for key, found in points.items():
            if found:
                self._columns[key] = (column, column + len(found))
                starts.append(column)
                column += len(found)
        self.size = column
        if not rows:
            return
        table = np.array([point[:4] for found in rows for point in found], dtype=float)
        self._lat, self._lon, self._cos, self._deficit = table[:, 0], table[:, 1], table[:, 2], table[:, 3]
        self._regions = np.array([point[4] for found in rows for point in found], dtype=object)
        self._starts = np.array(starts, dtype=np.intp)

    def closeness(self, key: str, places: Sequence[Place]) -> np.ndarray:
        """What the other names gain at best by lying near each place, their likelier namesakes forgone.

        The joint reading of two names: "Paris" and "Henry County" together are the
        Tennessee pair, whose nearness outweighs the two larger namesakes far apart.
        Summed over the other names, each at its best point; nothing for countries
        and continents, which are near everything and nothing.
        """
        return self.closeness_many([(key, places)])[0]

    def closeness_many(self, requests: Sequence[tuple[str, Sequence[Place]]]) -> list[np.ndarray]:
        """:meth:`closeness` for several names' places, reckoned together in blocks of rows.

        Each place is a row against every point; a row's own name's points are zeroed.
        Rows of many names go through one set of array operations (the same arithmetic
        per element as one name at a time), at most :data:`BLOCK_CELLS` cells at once
        so that a long report does not make a huge matrix.
        """
        results = [np.zeros(len(places)) for _, places in requests]
        if not self.size:
            return results
        block: list[tuple[int, list[int], str]] = []  # request, its rows that count, its key
        cells = 0
        for number, (key, places) in enumerate(requests):
            wanted = [i for i, p in enumerate(places) if not p.feature_code.startswith(("PCL", "CONT"))]
            if not wanted:
                continue
            if block and (cells + len(wanted)) * self.size > BLOCK_CELLS:
                self._fill(block, requests, results)
                block, cells = [], 0
            block.append((number, wanted, key))
            cells += len(wanted)
        if block:
            self._fill(block, requests, results)
        return results

    def _fill(self, block, requests, results) -> None:
        """The closeness of one block of requests' wanted places, written into ``results``."""
        lat = np.array([requests[n][1][i].latitude for n, wanted, _ in block for i in wanted])[:, None]
        lon = np.array([requests[n][1][i].longitude for n, wanted, _ in block for i in wanted])[:, None]
        cos_lat = np.cos(np.radians(lat))
        # in place, in the order of the formula: km = 111.2 * sqrt(dlat^2 + ((dlon * (cos + cos')) / 2)^2),
        # gain = 3 * (1 - log(clip(km) / 25) / log(32)) - deficit; a new array per step cost
        # more than the arithmetic (each a fresh block of memory to fault in)
        gain = np.subtract(lat, self._lat)
        gain *= gain
        dlon = np.subtract(lon, self._lon)
        dlon *= np.add(cos_lat, self._cos)
        dlon /= 2
        dlon *= dlon
        gain += dlon
        np.sqrt(gain, out=gain)
        gain *= _KM_PER_DEGREE
        np.clip(gain, NEAR_KM, FAR_KM, out=gain)
        gain /= NEAR_KM
        np.log(gain, out=gain)
        gain /= _LOG_RANGE
        np.subtract(1.0, gain, out=gain)
        gain *= CLOSENESS_WEIGHT
        gain -= self._deficit
        row = 0
        for number, wanted, key in block:
            # a first-level region's point is the middle of a big area: a place inside it is
            # near it wherever the middle lies ("New York" the state, read with towns all
            # over it, not only with those around its centre)
            for offset, i in enumerate(wanted):
                place = requests[number][1][i]
                if place.feature_code == "ADM1" and place.admin1_code:
                    inside = np.where(self._regions == place.admin1_code,
                                      CLOSENESS_WEIGHT * INSIDE_SHARE - self._deficit, 0.0)
                    np.maximum(gain[row + offset], inside, out=gain[row + offset])
            own = self._columns.get(key)
            if own is not None:
                gain[row:row + len(wanted), own[0]:own[1]] = 0.0
            row += len(wanted)
        best = np.maximum.reduceat(gain, self._starts, axis=1)
        sums = np.maximum(best, 0.0).sum(axis=1).tolist()
        row = 0
        for number, wanted, _ in block:
            result = results[number]
            for i in wanted:
                result[i] = sums[row]
                row += 1


def _shares(ranked: Sequence[tuple[Place, float]]) -> list[tuple[Place, float]]:
    """Split one vote over a name's candidates, best first, as their scores say (a point is tenfold)."""
    top = ranked[0][1]
    weights = [(place, 10.0 ** (score - top)) for place, score in ranked]
    total = sum(w for _, w in weights)
    return [(place, w / total) for place, w in weights if w / total >= MIN_SHARE]


def _plausible_points(ranked: Sequence[tuple[Place, float]]) -> list[tuple[float, float, float, float]]:
    """A name's candidates, best first, that closeness could still favour: point, cos(lat), deficit, region."""
    top = ranked[0][1]
    points = []
    for place, score in ranked:
        deficit = top - score
        if deficit >= CLOSENESS_WEIGHT or place.feature_code.startswith(("PCL", "CONT", "ADM1")):
            continue  # too unlikely to gain, or too big an area to be near anything
        points.append((place.latitude, place.longitude, math.cos(math.radians(place.latitude)), deficit,
                       place.admin1_code or ""))
    return points
