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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["EventCue", "find_event_cues", "find_target", "sentence_event_type", "EVENT_TYPES",
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

# Ordered: the first pattern that matches a word decides its type.
_CUES = [
    ("airstrike", r"air[\s-]?strikes?|air[\s-]?raids?|bomb(?:ed|ing|ings|ers?)|warplanes?|jets?|"
                  r"aircraft|helicopters?|aerial\s+(?:attack|bombardment)s?"),
    ("missile_or_drone_strike", r"missiles?|rockets?|drones?|kamikaze|cruise|ballistic|iskanders?|"
                                r"kalibrs?|shaheds?|high-precision|long-range|precision-guided|strikes?|struck|striking"),
    ("shelling", r"shell(?:ed|ing|ings|s)?|artillery|mortars?|bombard(?:ed|ment|ments)|grads?|"
                 r"multiple\s+rocket\s+launchers?|mlrs|howitzers?"),
    ("explosion", r"explosions?|exploded|blasts?|landmines?|mines?|ieds?|detonat(?:ed|ion)"),
    ("territory_captured", r"captur(?:ed|e|es|ing)|seiz(?:ed|e|ing)|took\s+control|taken\s+control|"
                           r"occupied|fell\s+to|encircled|retook|recaptured|liberated|overran"),
    ("armed_clash", r"fighting|fought|clash(?:es|ed)?|battles?|firefights?|combat|skirmish(?:es)?|"
                    r"counter-?attack(?:s|ed)?|offensive"),
    ("evacuation_or_corridor", r"evacuat(?:ed|ion|ions|e|ing)|humanitarian\s+corridors?|corridors?|"
                               r"evacuees"),
    ("attack_on_facility", r"attack(?:s|ed|ing)?|hit|hits|destroyed|damaged|targeted|fired\s+(?:at|on|upon)|"
                           r"opened\s+fire"),
    ("casualty_report", r"killed|dead|died|deaths?|wounded|injured|injuries|casualties|"
                        r"death\s+toll|lost\s+their\s+lives"),
]
# One word boundary and a letter before the alternatives: the engine tries them only where
# a word starts, not at every character. The patterns are lower case and run over the
# lower-cased text: ignoring case in the engine made them nearly three times slower.
_CUE_PATTERN = r"\b(?=[^\W\d_])(?:" + "|".join(f"(?P<{name}>(?:{body})\\b)" for name, body in _CUES) + ")"
_PATTERN = re.compile(_CUE_PATTERN)
_PATTERN_ANY_CASE = re.compile(_CUE_PATTERN, re.IGNORECASE)

#: Weapon words say more than verbs: "jets fired at" is an airstrike, "missiles hit" a missile strike.
_RANK = {"airstrike": 0, "missile_or_drone_strike": 1, "shelling": 0, "explosion": 1,
         "territory_captured": 0, "armed_clash": 1, "evacuation_or_corridor": 1,
         "attack_on_facility": 2, "casualty_report": 3}
_GENERIC_STRIKE = re.compile(r"strikes?|struck|striking", re.IGNORECASE)

TARGETS = {
    "airfield": r"airfields?|air\s?bases?|airports?|aerodromes?",
    "hospital": r"hospitals?|clinics?|maternity",
    "school": r"schools?|universit(?:y|ies)",
    "kindergarten": r"kindergartens?|nurser(?:y|ies)",
    "apartment building": r"apartment\s+(?:buildings?|blocks?)|residential\s+(?:buildings?|blocks?|areas?)|"
                          r"houses?|homes?",
    "power plant": r"power\s+(?:plants?|stations?)|nuclear\s+plants?|substations?|energy\s+infrastructure",
    "military base": r"military\s+(?:bases?|units?|facilit(?:y|ies))|barracks|training\s+grounds?",
    "bridge": r"bridges?",
    "railway station": r"railway\s+stations?|train\s+stations?",
    "market": r"markets?|shopping\s+(?:centres?|centers?|malls?)",
    "fuel depot": r"fuel\s+depots?|oil\s+depots?|refiner(?:y|ies)",
}
_TARGET_PATTERN = r"\b(?=[^\W\d_])(?:" + "|".join(
    f"(?P<t{i}>(?:{body})\\b)" for i, body in enumerate(TARGETS.values())) + ")"
_TARGET = re.compile(_TARGET_PATTERN)
_TARGET_ANY_CASE = re.compile(_TARGET_PATTERN, re.IGNORECASE)
_TARGET_NAMES = list(TARGETS)


@dataclass(frozen=True, slots=True)
class EventCue:
    """A word that says what happened, where it stands in the text, and its type."""

    event_type: str
    start: int
    end: int
    word: str

    @property
    def rank(self) -> int:
        return _RANK.get(self.event_type, 3)


def find_event_cues(text: str, start: int = 0, end: int | None = None) -> list[EventCue]:
    """Every event cue in ``text[start:end]``, in order, with offsets into ``text``."""
    folded = _lower_case(text)
    pattern, searched = (_PATTERN, folded) if folded is not None else (_PATTERN_ANY_CASE, text)
    cues = []
    for match in pattern.finditer(searched, start, len(text) if end is None else end):
        cues.append(EventCue(match.lastgroup, match.start(), match.end(), text[match.start():match.end()]))
    return cues


@lru_cache(maxsize=2)
def _lower_case(text: str) -> str | None:
    """The text in lower case when that keeps every offset (one character for one), else None."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def sentence_event_type(cues: list[EventCue]) -> str:
    """The type a clause's cues add up to: weapons first, verbs next, casualties last.

    >>> sentence_event_type(find_event_cues("Russian jets fired at the village"))
    'airstrike'
    >>> sentence_event_type(find_event_cues("two civilians were killed by shelling"))
    'shelling'
    """
    best = min(cues, key=lambda c: (c.rank, c.start))
    if best.event_type == "missile_or_drone_strike" and _GENERIC_STRIKE.fullmatch(best.word):
        # a bare "strike" takes the weapon named elsewhere in the clause
        weapons = [c for c in cues if c.event_type in ("airstrike", "shelling") ]
        if weapons:
            return weapons[0].event_type
    return best.event_type


def find_target(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The kind of site a clause names as hit, if any.

    >>> find_target("a strike on the airfield of the city")
    'airfield'
    """
    folded = _lower_case(text)
    pattern, searched = (_TARGET, folded) if folded is not None else (_TARGET_ANY_CASE, text)
    match = pattern.search(searched, start, len(text) if end is None else end)
    if match is None:
        return None
    return _TARGET_NAMES[int(match.lastgroup[1:])]
