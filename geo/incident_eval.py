"""Score extracted incidents against a development set of short reports.

Each line of a set is one report with the incidents an analyst would code from it::

    {"id": "log-001", "lang": "en", "date": "2023-03-14", "text": "...",
     "incidents": [{"place": "Chuhuiv", "lat": 49.83, "lon": 36.69,
                    "event_type": "missile_or_drone_strike", "date": "2023-03-14",
                    "fatalities": 1, "injuries": null, "weapon": "ballistic_missile"}]}

``event_type`` is one of :data:`geo.events.EVENT_TYPES`. ``date`` is a day, or a list of
the days an analyst would accept (a night from one day to the next, "earlier this week").
``fatalities``/``injuries``/``weapon`` are null when the report gives none, and then the
extractor must give none either. A report in a language the tool does not read expects
no incident.

Weapons are coded on a small closed taxonomy, the most specific the report allows:

======================  ==========================================================
``cruise_missile``      Kalibr, Kh-101, Kh-555, Storm Shadow
``ballistic_missile``   Iskander, Kinzhal, KN-23, Tochka-U
``missile``             a missile of no named kind, S-300 fired at the ground
``loitering_munition``  Shahed / Geran, Lancet
``fpv_drone``           FPV drones
``drone``               a drone or UAV of no named kind, a drone dropping grenades
``glide_bomb``          KAB / UMPK guided glide bombs
``aerial_bomb``         unguided bombs, "airstrike" by aircraft
``mlrs``                Grad, Uragan, Smerch, Tornado, HIMARS rockets
``artillery``           tube artillery, howitzers, tank fire, "shells"
``mortar``              mortars
``cluster_munition``    any weapon said to carry cluster submunitions
``mine``                landmines, anti-tank mines, tripwires
``small_arms``          rifles, machine guns, sniper fire
======================  ==========================================================

Event types follow how the harm was done: missiles and drones of any kind are
``missile_or_drone_strike``; bombs from aircraft, glide bombs included, ``airstrike``;
tube artillery, mortars and multiple rocket launchers ``shelling``; mines and blasts of no
named weapon ``explosion``; fighting and sniper fire ``armed_clash``. A night from one day to
the next accepts both days; "overnight on Tuesday" is that Tuesday; "earlier this week" any day
of the week before the report's; a range every day in it. The place is the finest one the
report names for the event ("near the village of Kamianka" around Izium: Kamianka, once).

Matching: within one report, expected and extracted incidents (with coordinates) pair
greedily, nearest pair first, when they lie within :data:`MATCH_KM`. Located recall is
matched / expected; precision is matched / extracted with coordinates (any incident from
a report that expects none counts against it). A report is *right* when every expected
incident is matched with every scored field right and no located incident is extra.

>>> case = Case("t-1", "en", "2023-03-14", "Kharkiv: shelling, 2 dead.",
...             (Expected("Kharkiv", 49.98, 36.25, "shelling", ("2023-03-14",), 2, None, None),))
>>> verdict = judge(case, [Found(49.99, 36.23, "shelling", "2023-03-14", 2, None)])
>>> verdict.right, verdict.kinds
(True, ())
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer import InputError
from gazetteer.rank import distance_km

from .events import EVENT_TYPES

__all__ = ["MATCH_KM", "WEAPONS", "FIELDS", "Expected", "Case", "Found", "Verdict", "Scores",
           "read_cases", "match", "judge", "score", "run_cases", "describe", "table"]

MATCH_KM = 25.0
WEAPONS = ("cruise_missile", "ballistic_missile", "missile", "loitering_munition", "fpv_drone", "drone",
           "glide_bomb", "aerial_bomb", "mlrs", "artillery", "mortar", "cluster_munition", "mine",
           "small_arms")
#: The fields scored on a matched incident; ``weapon`` only when the extractor has one.
FIELDS = ("event_type", "date", "fatalities", "injuries", "weapon")
_ABSENT = object()


@dataclass(frozen=True, slots=True)
class Expected:
    """One incident an analyst codes from a report. ``date`` holds the accepted days."""

    place: str
    latitude: float
    longitude: float
    event_type: str
    date: tuple[str, ...] | None
    fatalities: int | None
    injuries: int | None
    weapon: str | None


@dataclass(frozen=True, slots=True)
class Case:
    """One report of the set and what it should give."""

    id: str
    lang: str
    date: str
    text: str
    incidents: tuple[Expected, ...]


@dataclass(frozen=True, slots=True)
class Found:
    """The fields of an extracted incident the scorer reads (any object with them will do)."""

    latitude: float | None
    longitude: float | None
    event_type: str
    date: str | None
    fatalities: int | None = None
    injuries: int | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one report fared: pairs (expected index, found index), wrong fields, kinds of miss."""

    case: Case
    found: tuple
    pairs: tuple[tuple[int, int], ...]
    wrong: dict = field(default_factory=dict)       # expected index -> {field: (expected, found)}
    scored: tuple[str, ...] = FIELDS[:4]
    kinds: tuple[str, ...] = ()

    @property
    def right(self) -> bool:
        return not self.kinds


@dataclass(frozen=True, slots=True)
class Scores:
    """Totals over verdicts; ``fields`` maps a field to (right, matched)."""

    reports: int
    right: int
    expected: int
    located: int
    matched: int
    fields: dict
    kinds: Counter

    @property
    def recall(self) -> float | None:
        return self.matched / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        return self.matched / self.located if self.located else None

    def to_dict(self) -> dict:
        ratio = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
        return {"reports": self.reports, "right": self.right, "right_share": ratio(self.right, self.reports),
                "expected": self.expected, "located": self.located, "matched": self.matched,
                "located_recall": ratio(self.matched, self.expected),
                "precision": ratio(self.matched, self.located),
                "fields": {k: ratio(r, n) for k, (r, n) in self.fields.items()}}


def read_cases(path: Path) -> list[Case]:
    """The reports of a development set, checked; InputError names the line at fault."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from err
    cases = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                cases.append(_case(json.loads(line)))
            except (ValueError, KeyError, TypeError) as err:
                raise InputError(f"{path}:{number}: not a development-set report ({err})") from err
    return cases


def _case(record: dict) -> Case:
    expected = []
    for item in record["incidents"]:
        if item["event_type"] not in EVENT_TYPES:
            raise ValueError(f"unknown event_type {item['event_type']!r}")
        if item.get("weapon") is not None and item["weapon"] not in WEAPONS:
            raise ValueError(f"unknown weapon {item['weapon']!r}")
        day = item.get("date")
        expected.append(Expected(str(item["place"]), float(item["lat"]), float(item["lon"]), item["event_type"],
                                 None if day is None else tuple([day] if isinstance(day, str) else day),
                                 item.get("fatalities"), item.get("injuries"), item.get("weapon")))
    return Case(str(record["id"]), str(record["lang"]), str(record["date"]), str(record["text"]), tuple(expected))


def match(expected: Sequence[Expected], found: Sequence) -> list[tuple[int, int]]:
    """Pairs (expected index, found index), nearest first, each side used once, within 25 km.

    >>> e = [Expected("A", 50.0, 36.0, "shelling", None, None, None, None),
    ...      Expected("B", 50.1, 36.0, "shelling", None, None, None, None)]
    >>> match(e, [Found(50.09, 36.0, "shelling", None), Found(51.0, 36.0, "shelling", None)])
    [(1, 0)]
    """
    pairs = sorted((distance_km(e.latitude, e.longitude, f.latitude, f.longitude), i, j)
                   for i, e in enumerate(expected) for j, f in enumerate(found))
    used_e, used_f, chosen = set(), set(), []
    for km, i, j in pairs:
        if km <= MATCH_KM and i not in used_e and j not in used_f:
            used_e.add(i)
            used_f.add(j)
            chosen.append((i, j))
    return sorted(chosen)


def judge(case: Case, incidents: Iterable) -> Verdict:
    """Match a report's extracted incidents to what it should give, and say what is wrong."""
    found = tuple(i for i in incidents if i.latitude is not None and i.longitude is not None)
    # weapon is scored only once the extractor codes one (an attribute of its incidents)
    weapons = bool(found) and all(getattr(f, "weapon", _ABSENT) is not _ABSENT for f in found)
    scored = FIELDS if weapons else FIELDS[:4]
    pairs = match(case.incidents, found)
    wrong, kinds = {}, []
    for i, j in pairs:
        expected, got = case.incidents[i], found[j]
        bad = {}
        for name in scored:
            want, have = getattr(expected, name), getattr(got, name, None)
            ok = (have in want) if name == "date" and want is not None else have == want
            if not ok:
                bad[name] = (list(want) if name == "date" and want else want, have)
                kinds.append(_field_kind(name, want, have))
        if bad:
            wrong[i] = bad
    missing = len(case.incidents) - len(pairs)
    extra = len(found) - len(pairs)
    if missing and not found:
        kinds.append("no located incident")
    elif missing and extra:
        kinds.append("incident too far (> 25 km)")  # a place was found, the wrong one
    elif missing:
        kinds.append("expected incident not found")
    elif extra:
        kinds.append("extra incident" if case.incidents else "incident where none expected")
    return Verdict(case, found, tuple(pairs), wrong, scored, tuple(kinds))


def _field_kind(name: str, want, have) -> str:
    if name == "event_type":
        return f"event_type {want} -> {have}"
    if name == "date":
        return "date missing" if have is None else "date wrong"
    if want is None:
        return f"{name} given where none reported"
    return f"{name} missing" if have is None else f"{name} wrong"


def score(verdicts: Iterable[Verdict]) -> Scores:
    """Totals over a set of verdicts.

    >>> case = Case("t", "en", "2023-03-14", "x", (Expected("A", 50.0, 36.0, "shelling", None, 1, None, None),))
    >>> s = score([judge(case, [Found(50.0, 36.0, "shelling", None, 2), Found(48.0, 35.0, "shelling", None)])])
    >>> (s.recall, s.precision, s.fields["fatalities"], s.right)
    (1.0, 0.5, (0, 1), 0)
    """
    reports = right = expected = located = matched = 0
    fields: dict[str, list[int]] = {}
    kinds: Counter = Counter()
    for verdict in verdicts:
        reports += 1
        right += verdict.right
        expected += len(verdict.case.incidents)
        located += len(verdict.found)
        matched += len(verdict.pairs)
        for name in verdict.scored:
            total = fields.setdefault(name, [0, 0])
            total[1] += len(verdict.pairs)
            total[0] += sum(1 for i, _ in verdict.pairs if name not in verdict.wrong.get(i, {}))
        kinds.update(verdict.kinds)
    return Scores(reports, right, expected, located, matched, {k: tuple(v) for k, v in fields.items()}, kinds)


def run_cases(cases: Iterable[Case], parser=None, progress=None) -> list[Verdict]:
    """Extract each report's incidents (merged within the report) and judge them."""
    from .dedupe import merge_incidents
    from .extract import extract_report
    from .geoparser import Geoparser
    from .model import Report

    parser = parser or Geoparser()
    cases = list(cases)
    verdicts = []
    for case in progress(cases) if progress else cases:
        report = Report(document=case.id, text=case.text, date=case.date)
        verdicts.append(judge(case, merge_incidents(extract_report(report, parser))))
    return verdicts


def describe(verdict: Verdict) -> str:
    """A wrong report for error analysis: its text, what was expected, what was found.

    >>> case = Case("t-2", "en", "2023-03-14", "Izium: 2 KIA.",
    ...             (Expected("Izium", 49.21, 37.28, "casualty_report", ("2023-03-14",), 2, None, None),))
    >>> print(describe(judge(case, [])))
    t-2 [en] Izium: 2 KIA.
      expected Izium casualty_report 2023-03-14 killed 2: not found
      kinds: no located incident
    """
    case = verdict.case
    lines = [f"{case.id} [{case.lang}] {case.text}"]
    matched = dict(verdict.pairs)
    for i, item in enumerate(case.incidents):
        told = _told(item.place, item.event_type, "|".join(item.date or ()) or None, item.fatalities,
                     item.injuries, item.weapon)
        if i not in matched:
            lines.append(f"  expected {told}: not found")
            continue
        got = verdict.found[matched[i]]
        wrong = ", ".join(f"{k} {w!r} got {h!r}" for k, (w, h) in verdict.wrong.get(i, {}).items())
        lines.append(f"  expected {told}: {'wrong ' + wrong if wrong else 'right'}"
                     f" (found {getattr(got, 'name', None) or '?'})")
    for j, got in enumerate(verdict.found):
        if j not in matched.values():
            lines.append("  extra " + _told(getattr(got, "name", None) or "?", got.event_type, got.date,
                                            got.fatalities, got.injuries, getattr(got, "weapon", None))
                         + f" at {got.latitude:.3f},{got.longitude:.3f}")
    lines.append("  kinds: " + "; ".join(verdict.kinds))
    return "\n".join(lines)


def _told(place, event_type, day, fatalities, injuries, weapon) -> str:
    parts = [str(place), str(event_type), day or "no date"]
    parts += [f"killed {fatalities}"] if fatalities is not None else []
    parts += [f"injured {injuries}"] if injuries is not None else []
    parts += [f"weapon {weapon}"] if weapon else []
    return " ".join(parts)


def table(scores: dict) -> str:
    """One row per group of :class:`Scores` (overall, then each language), as text.

    >>> print(table({"all": Scores(2, 1, 2, 2, 1, {"event_type": (1, 1)}, Counter())}))
    group  reports  right %  recall  precision  type  date  killed  injured  weapon
    all          2     50.0   0.500      0.500  1.00     -       -        -       -
    """
    header = ("group  reports  right %  recall  precision  type  date  killed  injured  weapon")
    rows = [header]
    for name, s in scores.items():
        share = lambda key: f"{s.fields[key][0] / s.fields[key][1]:.2f}" if s.fields.get(key, (0, 0))[1] else "-"  # noqa: E731
        ratio = lambda value: "-" if value is None else f"{value:.3f}"  # noqa: E731
        rows.append(f"{name:5}  {s.reports:7}  {100 * s.right / s.reports if s.reports else 0:7.1f}  "
                    f"{ratio(s.recall):>6}  {ratio(s.precision):>9}  {share('event_type'):>4}  {share('date'):>4}  "
                    f"{share('fatalities'):>6}  {share('injuries'):>7}  {share('weapon'):>6}")
    return "\n".join(rows)
