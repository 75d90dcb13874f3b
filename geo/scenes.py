"""Which of a sentence's places the event happened at: the finest one, and its dead counted once.

A sentence often names a place and what holds it or lies near it: "Chuhuiv, near Kharkiv",
"Kupiansk in Kharkiv district", "the Saltivka district of Kharkiv", "around Izium, where two
soldiers were killed near Kamianka". The container only says where the event was; coded as a
second incident it would carry the same dead twice. So, among the places of one sentence:

- a place the text sets beside another as its locator (``in``, ``near``, ``district of``,
  ``'s``, ``X, Y region``) and the other are one scene;
- two places of one clause within :data:`NEAR_KM` of each other, not listed side by side
  ("Kharkiv and Chuhuiv") and without figures of their own each, are one scene;
- "between X and Y" is one scene at X, near it (precision 2), as ACLED codes it.

A scene keeps its finest place (a town before a region, a village before a city) and the
one set of figures. Two places each with its own figures ("one killed in Bilozerka, two
wounded in Chornobaivka") stay two incidents, each with its own: a clause's figures go to
the place named in the same comma-separated part when there is one.

The words are the language's (:attr:`~geo.languages.Language.scene_patterns`); a language
without them keeps every place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from gazetteer.rank import distance_km

from .figures import Figures, read_figures
from .languages import Language, language_pattern
from .model import PRECISION_NEAR, Mention

__all__ = ["names_a_front", "NEAR_KM", "LOCATOR_KM", "Scene", "ScenePatterns", "scene_patterns", "scene_figures", "one_scene_each",
           "divide_shared_figures"]

#: Two places of one clause this close are one scene (a village and the town it lies by).
NEAR_KM = 30.0
#: A place the text sets "near" another but farther than this is a namesake, not the one meant.
LOCATOR_KM = 100.0
#: Below this a town's name is often shared (Kamianka, Novoselivka): the gazetteer's best may be another.
NAMESAKE_POPULATION = 50_000
_PARTS = r",\s+|\s+\(|\)\s*"  # a clause's parts, when the language gives no more
_COARSE_CODES = ("ADM", "PCL", "RGN", "CONT")


@dataclass(frozen=True, slots=True)
class Scene:
    """A place the event of a clause may have happened at, with what the clause says of it."""

    mention: Mention
    clause: tuple[int, int]
    event_type: str
    figures: Figures
    figures_from: tuple[int, int] | None  # the span the figures were read from, None without figures
    weapon: str | None = None
    reason: str | None = None  # why the place is the scene, when not "told in the same clause"
    shared: int = 1  # how many scenes the clause's one set of figures was told for


@dataclass(frozen=True, slots=True)
class ScenePatterns:
    """A language's scene wordings, compiled once: what joins a list, "between", "near", a region after."""

    part_break: re.Pattern
    within_gap: re.Pattern | None
    near_gap: re.Pattern | None
    region_after: re.Pattern | None
    between_before: re.Pattern | None
    between_gap: re.Pattern | None
    list_gap: re.Pattern | None


@lru_cache(maxsize=None)
def scene_patterns(language: Language) -> ScenePatterns:
    """The scene wordings of ``language`` (:attr:`~geo.languages.Language.scene_patterns`), compiled."""
    given = language.scene_patterns

    def compiled(key: str, anchor: str) -> re.Pattern | None:
        body = given.get(key)
        return re.compile(anchor.format(body), re.IGNORECASE) if body else None

    return ScenePatterns(re.compile(given.get("part_break", _PARTS), re.IGNORECASE),
                     compiled("within_gap", r"^(?:{})$"), compiled("near_gap", r"^(?:{})$"),
                     compiled("region_after", r"\s*(?:{})\b"),
                     compiled("between_before", r"\b(?:{})\s*$"), compiled("between_gap", r"^(?:{})$"),
                     compiled("list_gap", r"^(?:{})$"))


def names_a_front(text: str, mention: Mention, language: Language) -> bool:
    """Whether ``mention`` names a front's axis ("on the Pokrovsk axis"), not where the event was.

    >>> from geo.languages import ENGLISH
    >>> m = Mention("d", 32, 40, "Pokrovsk", "resolved", None, 1, ())
    >>> names_a_front("Fighting near Ocheretyne on the Pokrovsk axis", m, ENGLISH)
    True
    """
    pattern = language_pattern(language.front_after_pattern)
    return pattern is not None and pattern.match(text, mention.end) is not None


def scene_figures(text: str, mention: Mention, clause: tuple[int, int], sentence: tuple[int, int],
                  places: list[Mention], language: Language) -> tuple[Figures, tuple[int, int] | None]:
    """The figures that belong to ``mention`` and the span they were read from.

    The part of the clause around the place when that part counts its own dead; none when
    other places of the clause claim every count; the clause's otherwise; the sentence's
    when the sentence has only this place.
    """
    start, end = clause
    others = [m for m in places if m is not mention and start <= m.start < end and not _same_place(m, mention)]
    if others:
        parts = _segments(text, start, end, scene_patterns(language).part_break)
        own = next(p for p in parts if p[0] <= mention.start < p[1])
        figures = read_figures(text, *own, language)
        if _counts(figures):
            return figures, own
        if any(_counts(read_figures(text, *part, language)) for part in parts
               if any(part[0] <= m.start < part[1] for m in others)):
            return figures, None  # "one killed in Bilozerka, two wounded in Chornobaivka"
    figures = read_figures(text, start, end, language)
    if not _counts(figures) and len(places) == 1:
        figures, (start, end) = read_figures(text, *sentence, language), sentence
    return figures, ((start, end) if _counts(figures) else None)


def divide_shared_figures(scenes: list[Scene]) -> list[Scene]:
    """Scenes that took one set of figures told for them together, the figures divided.

    "Missiles hit Kharkiv and Lviv, killing three": three dead in all, not three in each.
    As ACLED divides a total told for several places, each gets an even share and the
    first the remainder, so the map's sum is the report's.

    >>> from geo.model import Mention
    >>> a, b = (Mention("d", i, i + 1, "X", "resolved", None, 1, ()) for i in (0, 2))
    >>> told = divide_shared_figures([Scene(a, (0, 9), "shelling", Figures(3, None), (0, 9)),
    ...                               Scene(b, (0, 9), "shelling", Figures(3, None), (0, 9))])
    >>> [(s.figures.fatalities, s.shared) for s in told]
    [(2, 2), (1, 2)]
    """
    groups: dict[tuple[int, int], list[int]] = {}
    for number, scene in enumerate(scenes):
        if scene.figures_from is not None and _counts(scene.figures):
            groups.setdefault(scene.figures_from, []).append(number)
    divided = list(scenes)
    for numbers in groups.values():
        if len(numbers) < 2:
            continue
        for order, number in enumerate(numbers):
            figures = divided[number].figures
            divided[number] = replace(divided[number], shared=len(numbers), figures=replace(
                figures, fatalities=_share(figures.fatalities, len(numbers), order),
                injuries=_share(figures.injuries, len(numbers), order)))
    return divided


def _share(total: int | None, parts: int, order: int) -> int | None:
    if total is None:
        return None
    return total // parts + (total % parts if order == 0 else 0)


def one_scene_each(text: str, scenes: list[Scene], language: Language,
                   named: list[Mention] = ()) -> list[Scene]:
    """The scenes left when each place that only locates another is folded into it.

    Scenes are in the order their places are named in the sentence; ``named`` are all the
    places the sentence names, scenes or not.
    """
    patterns = scene_patterns(language)
    if len(scenes) < 2:
        return scenes
    scenes = list(scenes)
    group = list(range(len(scenes)))  # union-find over the scenes: one group, one scene

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    spans: dict[tuple, set] = {}  # place -> the spans its figures come from, any of its mentions
    for scene in scenes:
        if scene.figures_from is not None:
            spans.setdefault(_key(scene.mention), set()).add(scene.figures_from)
    dropped: set[int] = set()
    doubted: set[int] = set()  # a namesake too far from the place the text sets it near
    near_of: dict[int, str] = {}  # kept in its stead, near it
    for i, a in enumerate(scenes):
        for j in range(i + 1, len(scenes)):
            b = scenes[j]
            if _same_place(a.mention, b.mention) or a.mention.place is None or b.mention.place is None:
                continue
            gap = _gap(text, a.mention, b.mention, scenes)
            if _between(text, a.mention, gap, patterns):
                dropped.add(j)  # "between Bakhmut and Soledar": at Bakhmut, near it
                scenes[i] = replace(a, mention=replace(a.mention, precision=PRECISION_NEAR, near="between"))
                continue
            relation = _relation(text, a, b, gap, patterns, spans)
            if relation == "near" and _km(a.mention, b.mention) > LOCATOR_KM:
                finer, coarser = sorted((i, j), key=lambda k: (_coarseness(scenes[k].mention), k))
                if (scenes[finer].mention.place.population or 0) >= NAMESAKE_POPULATION or any(
                        _km(scenes[finer].mention, other) <= LOCATOR_KM for other in named
                        if other.place is not None and other is not scenes[coarser].mention
                        and not _same_place(other, scenes[finer].mention)):
                    continue  # a town too large to be a namesake, or one near another place named: not one scene
                # "around Izium, where ... near Kamianka", the gazetteer's best Kamianka 400 km
                # away: another one of the name; as ACLED codes a village it cannot find, the
                # event goes to the place it is near, at precision 2
                doubted.add(finer)
                near_of[coarser] = scenes[finer].mention.surface
            if relation is not None:
                group[root(j)] = root(i)
    kept = []
    for i, scene in enumerate(scenes):
        if i in dropped:
            continue
        members = [j for j in range(len(scenes)) if root(j) == root(i) and j not in dropped]
        candidates = [j for j in members if j not in doubted] or members
        finest = min(candidates, key=lambda j: (_coarseness(scenes[j].mention), j))
        if finest != i:
            continue
        if not _counts(scene.figures):  # one set of figures, given to the finest place
            scene = next((replace(scene, figures=scenes[j].figures, figures_from=scenes[j].figures_from)
                          for j in members if _counts(scenes[j].figures)), scene)
        if i in near_of and scene.mention.precision != PRECISION_NEAR:
            scene = replace(scene, mention=replace(
                scene.mention, precision=PRECISION_NEAR, near="near",
                reasons=(f"{near_of[i]!r}, near it, is not a place the gazetteer has there",)
                + scene.mention.reasons))
        kept.append(scene)
    return kept


def _relation(text: str, a: Scene, b: Scene, gap: str, patterns: ScenePatterns, spans: dict) -> str | None:
    """``within`` or ``near`` when the text sets one place as the other's locator; ``nearby``
    when two places of one clause lie close with one set of figures; None otherwise."""
    if patterns.within_gap is not None and patterns.within_gap.match(gap):
        return "within"  # "Kupiansk in Kharkiv district", "the Saltivka district of Kharkiv"
    if patterns.near_gap is not None and patterns.near_gap.match(gap):
        return "near"  # "Chuhuiv, near Kharkiv", "around Izium, where ... near Kamianka"
    if patterns.region_after is not None and patterns.region_after.match(text, b.mention.end) and (
            patterns.list_gap is None or not patterns.list_gap.match(gap) or gap.strip() == ","):
        return "within"  # "Bilozerka, Kherson region": a place before a region word holds the one before
    if _one_event_nearby(a, b, gap, patterns, spans):
        return "nearby"
    return None


def _one_event_nearby(a: Scene, b: Scene, gap: str, patterns: ScenePatterns, spans: dict) -> bool:
    """Two places of one clause, close together, not listed side by side, with one set of figures."""
    if a.clause != b.clause or (patterns.list_gap is not None and patterns.list_gap.match(gap)):
        return False
    if spans.get(_key(a.mention)) and spans.get(_key(b.mention)) and \
            spans[_key(a.mention)] != spans[_key(b.mention)]:
        return False  # each its own dead, wherever in the sentence the place counts them
    return _km(a.mention, b.mention) <= NEAR_KM


def _km(a: Mention, b: Mention) -> float:
    return distance_km(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude)


def _between(text: str, a: Mention, gap: str, patterns: ScenePatterns) -> bool:
    return (patterns.between_before is not None and patterns.between_gap is not None
            and patterns.between_gap.match(gap) is not None
            and patterns.between_before.search(text, max(0, a.start - 40), a.start) is not None)


def _gap(text: str, a: Mention, b: Mention, scenes: list[Scene]) -> str:
    """The text between two places, other places of the sentence cut out ("X, Y and Z")."""
    cut, pieces = a.end, []
    for s in sorted((s.mention for s in scenes), key=lambda m: m.start):
        if a.end <= s.start and s.end <= b.start:
            pieces.append(text[cut:s.start])
            cut = s.end
    pieces.append(text[cut:b.start])
    return "".join(pieces)


def _coarseness(mention: Mention) -> tuple[int, int]:
    place = mention.place
    if place is None:
        return (2, 0)
    return (1 if place.feature_code.startswith(_COARSE_CODES) else 0, place.population or 0)


def _same_place(a: Mention, b: Mention) -> bool:
    return _key(a) == _key(b)


def _key(mention: Mention) -> tuple:
    place = mention.place
    return (place.geonameid, place.name) if place is not None else (None, mention.surface.lower())


def _segments(text: str, start: int, end: int, breaks: re.Pattern) -> list[tuple[int, int]]:
    cuts = [start] + [m.end() for m in breaks.finditer(text, start, end)] + [end]
    return [(x, y) for x, y in zip(cuts, cuts[1:]) if y > x]


def _counts(figures: Figures) -> bool:
    return figures.fatalities is not None or figures.injuries is not None
