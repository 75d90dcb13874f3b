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
from collections.abc import Callable, Sequence
from operator import itemgetter

from gazetteer import Place

from .joint_region import joint_regions

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
#: A block of at most this many cells is reckoned in plain Python: numpy's cost per call
#: (a dozen calls per block) is more than the arithmetic of a small report.
PLAIN_CELLS = 300
#: Beyond this difference of latitude a point is farther than FAR_KM (a margin for rounding).
_FAR_DEGREES = FAR_KM / _KM_PER_DEGREE * 1.001


class Evidence:
    """Votes of a report's names, each name given as its key and scored candidates."""

    def __init__(self, names: Sequence[tuple[str, Sequence[tuple[Place, float]]]]):
        given: dict[str, Sequence[tuple[Place, float]]] = {}  # a name told twice votes once, as told first
        for key, candidates in names:
            if candidates and key not in given:
                given[key] = candidates
        self._joint = joint_regions(given)  # the region where the most names could lie at once
        self._plain = given  # the scores as given, which every recast starts from
        self._tally({key: _votes(candidates) for key, candidates in given.items()})

    def _tally(self, votes: dict[str, tuple[list[tuple[str, str, float]], list[tuple]]]) -> None:
        """The tables of votes per country and region, from each name's shares and plausible points."""
        self._votes = votes
        self._country: dict[str, dict[str, float]] = {}
        self._admin1: dict[str, dict[str, float]] = {}
        for key, (shares, _) in votes.items():
            for country, region, share in shares:
                tally = self._country.setdefault(country, {})
                tally[key] = tally.get(key, 0.0) + share
                if region:
                    tally = self._admin1.setdefault(region, {})
                    tally[key] = tally.get(key, 0.0) + share
        for table in (self._country, self._admin1):
            for tally in table.values():
                # summed in the order the names came: another order may differ in the last bit
                tally[_TOTAL] = sum(tally.values())
        self._points = {key: points for key, (_, points) in votes.items()}
        self._names = len(self._points)
        self._band = _Band(self._points)

    def recast(self) -> Evidence:
        """The evidence again, each name's candidates scored with what the other names say here.

        "Gainesville" in a Texas story votes for Texas once the other names have said so.
        The same names and places as this evidence: the joint region vote is kept, and so
        are the votes of names with one candidate (nothing to recast).

        >>> from gazetteer import Place
        >>> def town(number, region, lat, lon):
        ...     return Place(number, "Town", "US", region, lat, lon, "PPL", 5000, admin1_code="US." + region)
        >>> names = [("austin", [(town(1, "TX", 30.3, -97.7), 6.0)]), ("waco", [(town(2, "TX", 31.5, -97.1), 4.0)]),
        ...          ("paris", [(town(3, "KY", 38.2, -84.3), 4.0), (town(4, "TX", 33.7, -95.6), 3.9)])]
        >>> first = Evidence(names)
        >>> paris_ky, paris_tx = first.recast().bonuses("paris", [names[2][1][0][0], names[2][1][1][0]])
        >>> paris_tx > paris_ky
        True
        """
        asked = [(key, [place for place, _ in found]) for key, found in self._plain.items() if len(found) >= 2]
        votes = dict(self._votes)
        for (key, _), bonuses in zip(asked, self.bonuses_many(asked)):
            votes[key] = _votes([(place, score + bonus) for (place, score), bonus in zip(self._plain[key], bonuses)])
        again = Evidence.__new__(Evidence)
        again._joint, again._plain = self._joint, self._plain
        again._tally(votes)
        return again

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

        The closeness of all of them is reckoned together (see :meth:`_Band.closeness_many`).
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
            root = math.sqrt(others)  # more names agreeing is more evidence, though not in proportion
            # each country's and region's terms once per name (a name's hundred namesakes share a few)
            by_country, by_region, values = {}, {}, []
            for place, near in zip(places, closeness):
                if (code := place.country_code) not in by_country:
                    by_country[code] = COUNTRY_WEIGHT * _support(countries.get(code), key, scale)
                value = by_country[code]
                if region := place.admin1_code:
                    if region not in by_region:
                        joint = joint_regions.get(region)
                        shared = JOINT_REGION_WEIGHT * (len(joint) - (key in joint)) * scale if joint else 0.0
                        by_region[region] = (ADMIN1_WEIGHT * _support(regions.get(region), key, scale), shared)
                    admin1, shared = by_region[region]
                    value = value + admin1 + shared  # added in the order as before; 0.0 without a joint region
                values.append(value + near / root)
            answers[number] = values
        return answers


class _Band:
    """Every name's plausible points, grouped by name: closeness for many places at once."""

    def __init__(self, points: dict[str, list[tuple[float, float, float, float, str]]]):
        # the names with points, in order: a name's best point is one column of the sums
        self._named = [(key, found) for key, found in points.items() if found]
        self.size = sum(len(found) for _, found in self._named)
        self._arrays = None  # numpy's copy of the points, made when a block first needs it

    def closeness(self, key: str, places: Sequence[Place]) -> list[float]:
        """What the other names gain at best by lying near each place, their likelier namesakes forgone.

        The joint reading of two names: "Paris" and "Henry County" together are the
        Tennessee pair, whose nearness outweighs the two larger namesakes far apart.
        Summed over the other names, each at its best point; nothing for countries
        and continents, which are near everything and nothing.
        """
        return self.closeness_many([(key, places)])[0]

    def closeness_many(self, requests: Sequence[tuple[str, Sequence[Place]]]) -> list[list[float]]:
        """:meth:`closeness` for several names' places, reckoned together in blocks of rows.

        Each place is a row against every point; a row's own name's points count for
        nothing. Rows of many names go through one set of array operations, at most
        :data:`BLOCK_CELLS` cells at once so that a long report does not make a huge
        matrix; a block of at most :data:`PLAIN_CELLS` cells is reckoned in plain Python.
        Both give the same sums to the last bit (the same arithmetic in the same order).
        """
        results = [[0.0] * len(places) for _, places in requests]
        if not self.size:
            return results
        block: list[tuple[int, list[int], str]] = []  # request, its rows that count, its key
        cells = 0
        for number, (key, places) in enumerate(requests):
            wanted = [i for i, p in enumerate(places) if not p.feature_code.startswith(("PCL", "CONT"))]
            if not wanted:
                continue
            if block and (cells + len(wanted)) * self.size > BLOCK_CELLS:
                self._fill_block(block, cells, requests, results)
                block, cells = [], 0
            block.append((number, wanted, key))
            cells += len(wanted)
        if block:
            self._fill_block(block, cells, requests, results)
        return results

    def _fill_block(self, block, rows: int, requests, results) -> None:
        if rows * self.size <= PLAIN_CELLS:
            for number, wanted, key in block:
                places, result = requests[number][1], results[number]
                for i in wanted:
                    result[i] = self._row(places[i], key)
        else:
            self._fill(block, requests, results)

    def _row(self, place: Place, own: str) -> float:
        """The closeness of one place, a candidate of the name ``own``, in plain Python.

        The arithmetic of :meth:`_fill`, step for step; a point farther than
        :data:`FAR_KM` gains nothing (the closeness there is 0 less the point's deficit)
        and is passed over, most often on its latitude alone.
        """
        lat, lon = place.latitude, place.longitude
        cos_lat = math.cos(math.radians(lat))
        region = place.admin1_code if place.feature_code == "ADM1" and place.admin1_code else None
        bests = []
        for key, points in self._named:
            best = 0.0  # the sums count no loss: a point that gains nothing is worth nothing
            if key != own:
                for p_lat, p_lon, p_cos, deficit, p_region in points:
                    d_lat = lat - p_lat
                    if -_FAR_DEGREES < d_lat < _FAR_DEGREES:
                        d_lon = (lon - p_lon) * (p_cos + cos_lat) / 2
                        km = math.sqrt(d_lat * d_lat + d_lon * d_lon) * _KM_PER_DEGREE
                        if km < FAR_KM:
                            gain = CLOSENESS_WEIGHT * (1.0 - math.log(max(km, NEAR_KM) / NEAR_KM) / _LOG_RANGE) - deficit
                            if gain > best:
                                best = gain
                    if region is not None and p_region == region:
                        inside = CLOSENESS_WEIGHT * INSIDE_SHARE - deficit
                        if inside > best:
                            best = inside
            bests.append(best)
        return _pairwise_sum(bests, 0, len(bests))

    def _fill(self, block, requests, results) -> None:
        """The closeness of one block of requests' wanted places, written into ``results``."""
        import numpy as np  # only for a large block: its import alone costs a third of a second

        if self._arrays is None:
            table = np.array([point[:4] for _, found in self._named for point in found], dtype=float)
            regions = np.array([point[4] for _, found in self._named for point in found], dtype=object)
            starts, columns, column = [], {}, 0
            for key, found in self._named:  # each name's points are contiguous: a maximum per name is one reduceat
                starts.append(column)
                columns[key] = (column, column + len(found))
                column += len(found)
            self._arrays = (table[:, 0], table[:, 1], table[:, 2], table[:, 3], regions,
                            np.array(starts, dtype=np.intp), columns)
        p_lat, p_lon, p_cos, deficit, regions, starts, columns = self._arrays
        rows = [requests[n][1][i] for n, wanted, _ in block for i in wanted]
        lat = np.array([place.latitude for place in rows])[:, None]
        lon = np.array([place.longitude for place in rows])[:, None]
        cos_lat = np.cos(np.radians(lat))
        # in place, in the order of the formula: km = 111.2 * sqrt(dlat^2 + ((dlon * (cos + cos')) / 2)^2),
        # gain = 3 * (1 - log(clip(km) / 25) / log(32)) - deficit; a new array per step cost
        # more than the arithmetic (each a fresh block of memory to fault in)
        gain = np.subtract(lat, p_lat)
        gain *= gain
        dlon = np.subtract(lon, p_lon)
        dlon *= np.add(cos_lat, p_cos)
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
        gain -= deficit
        # a first-level region's point is the middle of a big area: a place inside it is
        # near it wherever the middle lies ("New York" the state, read with towns all
        # over it, not only with those around its centre)
        for row, place in enumerate(rows):
            if place.feature_code == "ADM1" and place.admin1_code:
                inside = np.where(regions == place.admin1_code, CLOSENESS_WEIGHT * INSIDE_SHARE - deficit, 0.0)
                np.maximum(gain[row], inside, out=gain[row])
        row = 0
        for number, wanted, key in block:
            own = columns.get(key)
            if own is not None:
                gain[row:row + len(wanted), own[0]:own[1]] = 0.0
            row += len(wanted)
        best = np.maximum.reduceat(gain, starts, axis=1)
        sums = np.maximum(best, 0.0).sum(axis=1).tolist()
        row = 0
        for number, wanted, _ in block:
            result = results[number]
            for i in wanted:
                result[i] = sums[row]
                row += 1


def _support(votes: dict[str, float] | None, key: str, scale: float) -> float:
    """The share of a country's or region's votes that the names other than ``key`` cast."""
    return (votes[_TOTAL] - votes.get(key, 0.0)) * scale if votes else 0.0


def _pairwise_sum(values: list[float], start: int, count: int) -> float:
    """``values[start:start + count]`` summed as numpy sums a row: the same bits as :meth:`_Band._fill`.

    Fewer than eight values one after another; up to 128 in eight running sums
    then added in pairs; more split in halves.

    >>> tenths = [0.1 * i for i in range(1, 9)]
    >>> _pairwise_sum(tenths, 0, 8), sum(tenths)
    (3.6, 3.6000000000000005)
    >>> import numpy as np
    >>> _pairwise_sum(tenths, 0, 8) == float(np.array(tenths).sum())
    True
    """
    if count < 8:
        total = 0.0
        for i in range(start, start + count):
            total += values[i]
        return total
    if count <= 128:
        sums = values[start:start + 8]
        i = 8
        while i < count - count % 8:
            for j in range(8):
                sums[j] += values[start + i + j]
            i += 8
        total = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7]))
        for i in range(i, count):
            total += values[start + i]
        return total
    half = count // 2
    half -= half % 8
    return _pairwise_sum(values, start, half) + _pairwise_sum(values, start + half, count - half)


def _votes(candidates: Sequence[tuple[Place, float]]) -> tuple[list[tuple[str, str, float]], list[tuple]]:
    """A name's vote: its share per candidate (country, region, share), and its plausible points."""
    if len(candidates) == 1:  # a whole vote for its one place: nothing to rank or split
        place, _ = candidates[0]
        ranked = candidates
        shares = [(place.country_code, place.admin1_code, 1.0)]
    else:
        # reverse keeps equal scores in the order given, as the stable sort on minus the score did
        ranked = sorted(candidates, key=itemgetter(1), reverse=True)[:VOTING_CANDIDATES]
        shares = _shares(ranked)
    return shares, _plausible_points(ranked)


def _shares(ranked: Sequence[tuple[Place, float]]) -> list[tuple[str, str, float]]:
    """Split one vote over a name's candidates, best first, as their scores say (a point is tenfold)."""
    top = ranked[0][1]
    weights = [10.0 ** (score - top) for _, score in ranked]
    total = sum(weights)
    return [(place.country_code, place.admin1_code, weight / total)
            for (place, _), weight in zip(ranked, weights) if weight / total >= MIN_SHARE]


def _plausible_points(ranked: Sequence[tuple[Place, float]]) -> list[tuple[float, float, float, float, str]]:
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
