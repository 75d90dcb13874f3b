"""What was used: weapon words mapped onto a small taxonomy, kept as a field of the incident.

=======================  ===========================  =====================================
weapon class             event type it implies        examples (English table)
=======================  ===========================  =====================================
``cruise_missile``       ``missile_or_drone_strike``  Kalibr, Kh-101, Storm Shadow
``ballistic_missile``    ``missile_or_drone_strike``  Iskander, Tochka-U, ATACMS
``loitering_munition``   ``missile_or_drone_strike``  Shahed, Geran, Lancet
``fpv_drone``            ``missile_or_drone_strike``  FPV
``glide_bomb``           ``airstrike``                KAB, guided aerial bomb, UMPK
``cluster_munition``     ``shelling``                 cluster munitions, submunitions
``mlrs``                 ``shelling``                 Grad, Uragan, Smerch, HIMARS
``mortar``               ``shelling``                 mortar rounds
``artillery``            ``shelling``                 howitzer, tank fire
``mine``                 ``explosion``                landmine, tripwire
``missile``              ``missile_or_drone_strike``  missile, rocket, S-300
``drone``                ``missile_or_drone_strike``  drone, UAV, quadcopter
``aerial_bomb``          ``airstrike``                bomb, FAB-500
``small_arms``           ``armed_clash``              gunfire, sniper
=======================  ===========================  =====================================

A language lists its classes in this order: the first class named in a clause
wins, so the specific ones (Grad) come before the general ones (rocket).

>>> find_weapon("Grad rockets hit the market")
'mlrs'
>>> find_weapon("A drone dropped a bomb on a car; then a Shahed hit the depot", 0, 35)
'drone'
>>> find_weapon("Shelling went on.") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .languages import DEFAULT_LANGUAGE, Language

__all__ = ["find_weapon", "is_weapon_name", "WEAPON_EVENT_TYPES", "GENERAL_WEAPONS", "PAYLOAD_WEAPONS",
           "more_specific_weapon",
           "typed_by_weapon", "used_weapon_pattern", "used_weapon_tail"]

#: Weapon class -> the event type it implies when the cue words say less.
WEAPON_EVENT_TYPES = {
    "cruise_missile": "missile_or_drone_strike", "ballistic_missile": "missile_or_drone_strike",
    "loitering_munition": "missile_or_drone_strike", "fpv_drone": "missile_or_drone_strike",
    "glide_bomb": "airstrike", "cluster_munition": "shelling", "mlrs": "shelling", "mortar": "shelling",
    "artillery": "shelling", "mine": "explosion", "missile": "missile_or_drone_strike",
    "drone": "missile_or_drone_strike", "aerial_bomb": "airstrike", "small_arms": "armed_clash",
}
#: The types of weapons fired or dropped from afar: what a blast told with them was.
_FIRED = frozenset({"missile_or_drone_strike", "shelling", "airstrike"})
#: Classes that say what a weapon carried, not what carried it: named first ("an Iskander with a
#: cluster warhead" is a cluster munition), but the carrier types the event.
PAYLOAD_WEAPONS = frozenset({"cluster_munition"})
#: Classes that say less than another class could ("a rocket" may be a Grad's).
GENERAL_WEAPONS = frozenset({"missile", "drone", "aerial_bomb", "artillery", "small_arms"})


@dataclass(frozen=True, slots=True)
class _Weapons:
    pattern: re.Pattern | None
    classes: tuple[str, ...]


def used_weapon_pattern(body: str, language: Language) -> str:
    """A weapon class's pattern that skips the weapon named as the thing hit ("a HIMARS launcher").

    >>> import re
    >>> from geo.languages import DEFAULT_LANGUAGE as en
    >>> bool(re.search(used_weapon_pattern("himars", en), "a lancet hit a himars launcher"))
    False
    >>> bool(re.search(used_weapon_pattern("himars", en), "himars struck the bridge"))
    True
    """
    return f"(?:{body}){used_weapon_tail(language)}"


def used_weapon_tail(language: Language) -> str:
    """What must follow a weapon's name for it to be what hit: a word's end, and no target word."""
    if not language.weapon_targets:
        return "\\b"
    return f"\\b(?!\\s+(?:{language.weapon_targets})\\b)"


@lru_cache(maxsize=None)
def _weapons(language: Language) -> _Weapons:
    classes = tuple(language.weapons)
    if not classes:
        return _Weapons(None, ())
    # one pass over the clause finds every weapon word; the class order decides among them
    body = r"\b(?=[^\W\d_])(?:" + "|".join(
        f"(?P<w{i}>{used_weapon_pattern(language.weapons[name], language)})" for i, name in enumerate(classes)) + ")"
    return _Weapons(re.compile(body), classes)


def find_weapon(text: str, start: int = 0, end: int | None = None,
                language: Language = DEFAULT_LANGUAGE) -> str | None:
    """The weapon class ``text[start:end]`` names, the first in the language's order; None if none."""
    weapons = _weapons(language)
    if weapons.pattern is None:
        return None
    clause = text[start:len(text) if end is None else end].lower()
    best = None
    for match in weapons.pattern.finditer(clause):
        number = int(match.lastgroup[1:])
        if best is None or number < best:
            best = number
            if number == 0:
                break
    return None if best is None else weapons.classes[best]


def is_weapon_name(name: str, language: Language = DEFAULT_LANGUAGE) -> bool:
    """Whether ``name`` is all a weapon's name: "Grad" on its own names a rocket launcher, not a town.

    >>> is_weapon_name("Grad"), is_weapon_name("Kharkiv")
    (True, False)
    """
    pattern = _weapons(language).pattern
    return pattern is not None and pattern.fullmatch(name.lower()) is not None


def more_specific_weapon(first: str | None, second: str | None) -> str | None:
    """Of two weapons told of one incident, the one that says more; the first on a tie.

    >>> more_specific_weapon("missile", "cruise_missile"), more_specific_weapon("mlrs", None)
    ('cruise_missile', 'mlrs')
    """
    if first is None or (first in GENERAL_WEAPONS and second is not None and second not in GENERAL_WEAPONS):
        return second if second is not None else first
    return first


def typed_by_weapon(event_type: str, weapon: str | None) -> str:
    """The type of a told "explosion" when a weapon of another kind is named with it.

    "Explosions were heard: ballistic missiles hit the city" tells how the blasts came;
    a mine's explosion stays one.

    >>> typed_by_weapon("explosion", "ballistic_missile"), typed_by_weapon("explosion", "mine")
    ('missile_or_drone_strike', 'explosion')
    >>> typed_by_weapon("shelling", "drone")
    'shelling'
    """
    implied = WEAPON_EVENT_TYPES.get(weapon) if weapon else None
    if event_type == "explosion" and implied in _FIRED:
        return implied
    return event_type
