"""Turn place names as reports write them into lookup keys.

Two keys per name:

- :func:`name_key` folds case, diacritics, apostrophes, hyphens and script
  (Cyrillic is transliterated), so ``Kyïv``, ``KYIV`` and ``Київ``-style spellings
  meet the gazetteer's own alternate names.
- :func:`variant_key` goes further and folds the romanisation habits that
  differ between Ukrainian, Russian and older English spellings
  (``Izyum``/``Izium``, ``Odessa``/``Odesa``, ``Kharkov``/``Kharkiv``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

__all__ = ["name_key", "variant_key", "clean_name", "MAX_NAME_LENGTH", "is_indexable_script"]

#: Longer inputs are not place names; refusing them keeps the fuzzy pass bounded.
MAX_NAME_LENGTH = 200

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʹ`´\u02bb\u02bc\u2032\""), None)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff\ud800-\udfff]")
# Latin (with extensions), Cyrillic, Greek, punctuation and spaces: names in
# other scripts transliterate to keys too unlike what English news writes.
_INDEXABLE = re.compile(r"^[\u0020-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff\u2010-\u2019\u02b9-\u02bc]+$")

# Ordered rewrites for variant_key: romanisation habits, longest first.
_VARIANT_RULES = [
    ("shch", "sc"), ("sch", "sc"), ("tch", "c"), ("kh", "h"), ("zh", "z"), ("sh", "s"),
    ("ch", "c"), ("ts", "c"), ("tz", "c"), ("gh", "g"), ("ck", "k"), ("q", "k"),
    ("w", "v"), ("ph", "f"), ("g", "h"), ("x", "ks"),
    ("yi", "i"), ("iy", "i"), ("yy", "i"), ("ii", "i"), ("ij", "i"),
    ("ye", "e"), ("je", "e"), ("ie", "e"),
    ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ou", "u"),
    ("ya", "a"), ("ia", "a"), ("ja", "a"),
    ("yo", "o"), ("io", "o"), ("jo", "o"),
    ("y", "i"), ("j", "i"),
]
_DOUBLED = re.compile(r"([a-z])\1+")


def _first_letter(match: re.Match) -> str:
    return match.group(1)


class _Transliteration(dict):
    """unidecode's replacement of each character, looked up once and kept, for ``str.translate``.

    unidecode replaces character by character without context, so translating
    with this table gives its result in C rather than in a Python loop per
    character (the index build folds about half a million non-ASCII names).

    >>> "Kyïv Київ".translate(_ASCII) == unidecode("Kyïv Київ")
    True
    """

    def __missing__(self, ordinal: int) -> str:
        replacement = self[ordinal] = unidecode(chr(ordinal))
        return replacement


_ASCII = _Transliteration()


def clean_name(text: str) -> str:
    """Strip, collapse whitespace and drop control characters.

    >>> clean_name("  Ivano\\tFrankivsk \\x00")
    'Ivano Frankivsk'
    """
    return " ".join(_CONTROL.sub("", text).split())


@lru_cache(maxsize=1 << 16)  # a pure function called for every candidate of every lookup
def name_key(name: str) -> str:
    """Fold a name to its lookup key: lower-case ASCII words separated by spaces.

    Examples
    --------
    >>> name_key("Ivano-Frankivsk")
    'ivano frankivsk'
    >>> name_key("Kyïv") == name_key("KYIV") == "kyiv"
    True
    >>> name_key("Маріуполь")
    'mariupol'
    >>> name_key("Kam’yanets’-Podil’s’kyy")
    'kamyanets podilskyy'
    >>> name_key("the Netherlands")
    'netherlands'
    """
    if not name.isascii():
        name = unicodedata.normalize("NFKC", name).translate(_ASCII)
    key = _NON_ALNUM.sub(" ", name.translate(_APOSTROPHES).lower()).strip()
    if key.startswith("the "):
        key = key[4:]
    return key


def variant_key(key: str) -> str:
    """Fold a :func:`name_key` further, across romanisation systems.

    Examples
    --------
    >>> variant_key("izyum") == variant_key("izium")
    True
    >>> variant_key("odessa") == variant_key("odesa")
    True
    >>> variant_key("kryvyy rih") == variant_key("kryvyi rih")
    True
    >>> variant_key("lutsk") == variant_key("lviv")
    False
    """
    for old, new in _VARIANT_RULES:
        if old in key:
            key = key.replace(old, new)
    return _DOUBLED.sub(_first_letter, key)  # a function: a template is re-expanded at every call


def is_indexable_script(name: str) -> bool:
    """Whether a gazetteer name is in a script that English reports use.

    >>> is_indexable_script("Київ"), is_indexable_script("キエフ")
    (True, False)
    """
    return bool(_INDEXABLE.match(name))
