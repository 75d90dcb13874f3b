"""Weapon systems' names that Ukrainian and Russian reports write as they are, in Latin letters
or transliterated: "ракеты Storm Shadow", "ракетами ATACMS", "по Горловке выпустили HIMARS".

Kept apart from the languages' own stems because both Cyrillic tables need the same names;
each language table joins them into its class (see :mod:`geo.weapons`). Lower case.
"""

from __future__ import annotations

__all__ = ["NAMED_SYSTEMS"]

#: Weapon class -> the pattern of its systems' names as Cyrillic reports borrow them.
NAMED_SYSTEMS = {
    "cruise_missile": r"storm\s+shadows?|scalp(?:-eg)?|kalibrs?|tomahawks?|neptunes?|kh-?(?:101|555|22|59|69)|"
                      r"сторм\s+шедоу|шторм\s+ш[еэ]доу|скальп\w*",
    "ballistic_missile": r"atacms|iskanders?(?:-m)?|kinzhals?|kn-?23|tochka(?:-u)?|атакмс",
    "loitering_munition": r"shaheds?(?:-1[36]6)?|gerans?(?:-2)?|lancets?",
    "mlrs": r"himars|mlrs|m142|m270|grads?|uragans?|smerch|tornado-s|bm-?(?:21|27|30)",
}
