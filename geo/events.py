"""What happened: event cues in a sentence, typed on a small taxonomy that maps onto ACLED's.

============================  =====================================================
event type                    ACLED event type / sub-event type
============================  =====================================================
``airstrike``                 Explosions/Remote violence / Air/drone strike
``missile_or_drone_strike``   Explosions/Remote violence / Shelling/artillery/missile attack
``shelling``                  Explosions/Remote violence / Shelling/artillery/missile attack
``explosion``                 Explosions/Remote violence / Remote explosive/landmine/IED
``attack_on_facility``        Violence against civilians / Attack
``armed_clash``               Battles / Armed clash
``territory_captured``        Battles / Non-state actor overtakes territory
``evacuation_or_corridor``    Strategic developments / Other
``casualty_report``           Violence against civilians / Attack (figures only)
``other``                     Strategic developments / Other
============================  =====================================================

>>> [c.word for c in find_event_cues("Missiles struck the airfield and shelling went on.")]
['Missiles', 'struck', 'shelling']
>>> [(c.word, c.event_type) for c in find_event_cues("KAB dropped on a school")]
[('KAB', 'airstrike')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .languages import DEFAULT_LANGUAGE, ENGLISH, Language, language_pattern
from .negation import negated
from .per_text import per_text
from .weapons import PAYLOAD_WEAPONS, WEAPON_EVENT_TYPES, used_weapon_pattern, used_weapon_tail

__all__ = ["EventCue", "find_event_cues", "find_target", "sentence_event_type", "only_consequences", "only_as_purpose", "EVENT_TYPES",
           "GENERIC_TYPES", "ACLED"]

ACLED = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "missile_or_drone_strike": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosion": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "attack_on_facility": ("Violence against civilians", "Attack"),
    "armed_clash": ("Battles", "Armed clash"),
    "territory_captured": ("Battles", "Non-state actor overtakes territory"),
    "evacuation_or_corridor": ("Strategic developments", "Other"),
    "casualty_report": ("Violence against civilians", "Attack"),
    "other": ("Strategic developments", "Other"),
}
EVENT_TYPES = tuple(ACLED)
#: Types that say little about how: a more specific type told of the same place and day wins.
GENERIC_TYPES = ("attack_on_facility", "casualty_report", "other")
#: The English table, kept under its old name.
TARGETS = ENGLISH.targets


@dataclass(frozen=True, slots=True)
class _Patterns:
    """A language's cue and target patterns, compiled once."""

    cues: re.Pattern
    cues_any_case: re.Pattern
    #: the cues' alternatives in one flat list, without groups: finds where a cue starts
    #: (see :func:`_flat`); ``cues`` then tells its type there
    scan: re.Pattern
    scan_any_case: re.Pattern
    targets: re.Pattern
    targets_any_case: re.Pattern
    target_names: tuple[str, ...]
    generic_strike: re.Pattern
    #: cue group name -> rank (a language's rank of its type; payloads last but casualties)
    ranks: dict
    #: cue group name -> event type ("w3" -> "shelling" for a weapon word)
    group_types: dict
    #: the cue groups of payload weapons ("a cluster warhead")
    payloads: frozenset = frozenset()


#: A payload's cue ranks after every weapon and verb, before the casualty words.
_PAYLOAD_RANK = 2


@lru_cache(maxsize=None)
def _patterns(language: Language) -> _Patterns:
    # One word boundary and a letter before the alternatives: the engine tries them only where
    # a word starts, not at every character. The patterns are lower case and run over the
    # lower-cased text: ignoring case in the engine made them nearly three times slower.
    # A weapon word is a cue of the type its class implies ("KAB" an airstrike), after the
    # language's own cues, which decide first where both match.
    weapons = [(f"w{i}", WEAPON_EVENT_TYPES[name], body) for i, (name, body) in enumerate(language.weapons.items())
               if name in WEAPON_EVENT_TYPES]
    payloads = {f"w{i}" for i, name in enumerate(language.weapons) if name in PAYLOAD_WEAPONS}
    cues = r"\b(?=[^\W\d_])(?:" + "|".join(
        [f"(?P<{name}>(?:{body})\\b)" for name, body in language.cues]
        + [f"(?P<{group}>{used_weapon_pattern(body, language)})" for group, _, body in weapons]) + ")"
    group_types = {name: name for name, _ in language.cues} | {group: kind for group, kind, _ in weapons}
    # a payload ("a cluster warhead") says what was inside, not what carried it: "an Iskander
    # with a cluster warhead" is a missile strike; the payload types a clause only on its own
    group_ranks = {group: _PAYLOAD_RANK if group in payloads else language.cue_ranks.get(kind, 3)
                   for group, kind in group_types.items()}
    targets = r"\b(?=[^\W\d_])(?:" + "|".join(
        f"(?P<t{i}>(?:{body})\\b)" for i, body in enumerate(language.targets.values())) + ")"
    scan = _flat([(body, r"\b") for _, body in language.cues]
                 + [(body, used_weapon_tail(language)) for _, _, body in weapons])
    return _Patterns(re.compile(cues), re.compile(cues, re.IGNORECASE), re.compile(scan),
                     re.compile(scan, re.IGNORECASE), re.compile(targets),
                     re.compile(targets, re.IGNORECASE), tuple(language.targets),
                     re.compile(language.generic_strike, re.IGNORECASE), group_ranks, group_types,
                     frozenset(payloads))


def _flat(bodies: list[tuple[str, str]]) -> str:
    r"""The alternatives of every body, in order, each with its body's tail, as one alternation without groups.

    It matches where the grouped pattern does, and the same text: the first alternative
    that matches wins in both. The engine skips an alternative that opens with another
    letter at a glance, but enters every group: with the weapons' groups added, the
    grouped pattern tried some fifty groups at each word, three times slower.

    >>> _flat([("air[|]raids?|jets?", r"\b"), ("shell(?:ed|s)?", r"\b")])
    '\\b(?=[^\\W\\d_])(?:air[|]raids?\\b|jets?\\b|shell(?:ed|s)?\\b)'
    """
    return r"\b(?=[^\W\d_])(?:" + "|".join(f"{alternative}{tail}" for body, tail in bodies
                                             for alternative in _alternatives(body)) + ")"


def _alternatives(body: str) -> list[str]:
    """``body`` split at the bars outside any group or character class.

    >>> _alternatives(r"a(?:b|c)|[|]d|[]|]e|[\\]|]f|g\\|h")
    ['a(?:b|c)', '[|]d', '[]|]e', '[\\\\]|]f', 'g\\\\|h']
    """
    parts, depth, cut, at = [], 0, 0, 0
    while at < len(body):
        char = body[at]
        if char == "\\":
            at += 1  # the escaped character is no bar, bracket or parenthesis
        elif char == "[":
            at += 2 if body.startswith("^", at + 1) else 1
            at += body[at] == "]"  # "[]...]": a bracket first is a member
            while body[at] != "]":
                at += 2 if body[at] == "\\" else 1
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(body[cut:at])
            cut = at + 1
        at += 1
    parts.append(body[cut:])
    return parts


@dataclass(frozen=True, slots=True)
class EventCue:
    """A word that says what happened, where it stands in the text, and its type."""

    event_type: str
    start: int
    end: int
    word: str
    rank: int = 3
    payload: bool = False  # a payload weapon's word ("cluster"): says what was carried, not by what


def find_event_cues(text: str, start: int = 0, end: int | None = None,
                    language: Language = DEFAULT_LANGUAGE) -> list[EventCue]:
    """Every event cue in ``text[start:end]``, in order, with offsets into ``text``.

    A negated cue tells no event and is left out (:mod:`geo.negation`):

    >>> [c.word for c in find_event_cues("No shelling in Nikopol, but a strike hit Marhanets.")]
    ['strike', 'hit']
    """
    return list(_event_cues(text, start, end, language))


@per_text  # a sentence's cues, then each clause's: often the same stretch of text
def _event_cues(text: str, start: int, end: int | None, language: Language) -> tuple[EventCue, ...]:
    patterns = _patterns(language)
    folded = _lower_case(text)
    pattern, scan, searched = ((patterns.cues, patterns.scan, folded) if folded is not None
                               else (patterns.cues_any_case, patterns.scan_any_case, text))
    ranks, types = patterns.ranks, patterns.group_types
    stop = len(text) if end is None else end
    cues = []
    for found in scan.finditer(searched, start, stop):
        # the grouped pattern at the same place matches the same text and names its type
        match = pattern.match(searched, found.start(), stop)
        if negated(searched, match.start(), match.end(), language):
            continue  # "no shelling", "вибухів не було"
        kind = types[match.lastgroup]
        cues.append(EventCue(kind, match.start(), match.end(), text[match.start():match.end()],
                             ranks[match.lastgroup], match.lastgroup in patterns.payloads))
    return tuple(cues)


@lru_cache(maxsize=2)
def _lower_case(text: str) -> str | None:
    """The text in lower case when that keeps every offset (one character for one), else None."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def sentence_event_type(cues: list[EventCue], language: Language = DEFAULT_LANGUAGE,
                        weapon: str | None = None) -> str:
    """The type a clause's cues add up to: weapons first, verbs next, casualties last.

    ``weapon`` is the weapon the sentence names when the clause names none: a bare
    "strike" takes its type ("second strike of the day: a KAB hit the district").

    >>> sentence_event_type(find_event_cues("Russian jets fired at the village"))
    'airstrike'
    >>> sentence_event_type(find_event_cues("two civilians were killed by shelling"))
    'shelling'
    >>> sentence_event_type(find_event_cues("second strike of the day"), weapon="glide_bomb")
    'airstrike'
    """
    best = min(cues, key=lambda c: (c.rank, c.start))
    generic = _patterns(language).generic_strike
    if best.event_type == "missile_or_drone_strike" and generic.fullmatch(best.word):
        # a bare "strike" takes the weapon named elsewhere in the clause, else in the sentence;
        # not a payload's when a missile carried it ("удар ракетами ATACMS с кассетной боевой частью")
        carried = any(c.event_type == "missile_or_drone_strike" and not c.payload and not generic.fullmatch(c.word)
                      for c in cues)
        weapons = [c.event_type for c in cues if c.event_type in ("airstrike", "shelling")
                   and not (carried and c.payload)]
        if not (carried and weapon in PAYLOAD_WEAPONS):
            weapons += [kind for kind in (WEAPON_EVENT_TYPES.get(weapon),) if kind in ("airstrike", "shelling")]
        if weapons:
            return weapons[0]
    return best.event_type


def only_consequences(cues: list[EventCue], text: str, language: Language = DEFAULT_LANGUAGE) -> bool:
    """Whether every cue tells only what an earlier attack left, so no event is told.

    "Officials discussed compensation for damaged homes", "homes damaged last year": damage
    as an attribute or dated back is a later story; "Kharkiv: school damaged." captions the
    attack itself, as a log writes it.

    >>> text = "owners of homes damaged last year asked for compensation"
    >>> only_consequences(find_event_cues(text), text)
    True
    >>> text = "Kharkiv: school damaged."
    >>> only_consequences(find_event_cues(text), text)
    False
    """
    pattern = language_pattern(language.consequence_pattern)
    if not cues or pattern is None:
        return False
    return all(any(m.start() <= c.start < m.end()
                   for m in pattern.finditer(text, max(0, c.start - _CONSEQUENCE_REACH), c.end + _CONSEQUENCE_REACH))
               for c in cues)


def only_as_purpose(cues: list[EventCue], text: str, start: int, end: int,
                    language: Language = DEFAULT_LANGUAGE) -> bool:
    """Whether every cue of a sentence stands after the words of a purpose or a case.

    "A school opened on Monday, built to protect pupils from strikes": what it is built
    against happened nowhere.

    >>> text = "A school opened on Monday, built to protect pupils from missile strikes."
    >>> only_as_purpose(find_event_cues(text), text, 0, len(text))
    True
    >>> text = "A missile hit the shelter built to protect pupils from strikes."
    >>> only_as_purpose(find_event_cues(text), text, 0, len(text))
    False
    """
    pattern = language_pattern(language.purpose_pattern)
    if not cues or pattern is None:
        return False
    first = pattern.search(text, start, end)
    return first is not None and all(c.start >= first.end() for c in cues)


#: How far before and after a cue its attribute or its date may stand.
_CONSEQUENCE_REACH = 40


def find_target(text: str, start: int = 0, end: int | None = None,
                language: Language = DEFAULT_LANGUAGE) -> str | None:
    """The kind of site a clause names as hit, if any.

    >>> find_target("a strike on the airfield of the city")
    'airfield'
    """
    patterns = _patterns(language)
    folded = _lower_case(text)
    pattern, searched = (patterns.targets, folded) if folded is not None else (patterns.targets_any_case, text)
    match = pattern.search(searched, start, len(text) if end is None else end)
    if match is None:
        return None
    return patterns.target_names[int(match.lastgroup[1:])]
