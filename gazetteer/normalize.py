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
from collections.abc import Iterable
from functools import lru_cache

from unidecode import unidecode

__all__ = ["name_key", "name_keys", "variant_key", "variant_keys", "clean_name", "MAX_NAME_LENGTH",
           "is_indexable_script", "indexable_names", "spelled_out", "initialism"]

#: Longer inputs are not place names; refusing them keeps the fuzzy pass bounded.
MAX_NAME_LENGTH = 200

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʹ`´\u02bb\u02bc\u2032\""), None)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# The folds of many names at once run over one text, names parted by a character
# that no rewrite makes, removes or merges with a neighbour (NFKC leaves NUL alone).
_SEPARATOR = "\x00"
_NON_ALNUM_OR_SEPARATOR = re.compile(r"[^a-z0-9\x00]+")
# For ASCII text, name_key's last steps in one table: apostrophes out, letters
# lower-cased, every other character but the separator a space (runs of spaces
# are then made one, as the pattern's ``+`` does).
_ASCII_KEY_CHARACTERS = {
    **{c: " " for c in range(128)},
    **{ord(c): c for c in "abcdefghijklmnopqrstuvwxyz0123456789" + _SEPARATOR},
    **{ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    **{c: None for c in _APOSTROPHES if c < 128},
}
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
_BEFORE_ITS_DOUBLE = re.compile(r"(?=([a-z])\1).")  # "ss" to "s" as a deletion: no call per match


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


def name_keys(names: list[str]) -> list[str]:
    """``[name_key(name) for name in names]``, each fold done once over all the names joined.

    The index build folds a million names: a handful of passes over one text
    cost a fraction of a million calls. A name holding the separator (NUL), or
    transliterated to one, is folded on its own.

    >>> name_keys(["Kyïv", "Маріуполь", "the Hague", "Kam’yanets’-Podil’s’kyy"])
    ['kyiv', 'mariupol', 'hague', 'kamyanets podilskyy']
    """
    fold = name_key.__wrapped__
    text = _SEPARATOR.join(names)
    if text.count(_SEPARATOR) != len(names) - 1:
        return [fold(name) for name in names]
    if not text.isascii():
        # only the non-ASCII names, as name_key does: NFKC and unidecode leave ASCII as it is
        foreign = [i for i, name in enumerate(names) if not name.isascii()]
        folded = unicodedata.normalize("NFKC", _SEPARATOR.join([names[i] for i in foreign])).translate(_ASCII)
        if folded.count(_SEPARATOR) != len(foreign) - 1:
            return [fold(name) for name in names]
        names = list(names)
        for i, name in zip(foreign, folded.split(_SEPARATOR)):
            names[i] = name
        text = _SEPARATOR.join(names)
    if text.isascii():  # as transliterated names are: one pass of a table, then the runs of spaces
        text = text.translate(_ASCII_KEY_CHARACTERS)
        while "  " in text:
            text = text.replace("  ", " ")
    else:
        text = _NON_ALNUM_OR_SEPARATOR.sub(" ", text.translate(_APOSTROPHES).lower())
    keys = text.split(_SEPARATOR)
    return [key[4:] if key.startswith("the ") else key for key in map(str.strip, keys)] if names else []


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


def variant_keys(keys: list[str]) -> list[str]:
    """``[variant_key(key) for key in keys]``, each rewrite done once over all the keys joined.

    No rule reaches over a newline, so the keys joined by newlines rewrite as
    each would on its own; a key holding a newline is rewritten on its own.

    >>> variant_keys(["izyum", "kharkov", "odessa"])
    ['izum', 'harkov', 'odesa']
    """
    text = "\n".join(keys)
    if text.count("\n") != len(keys) - 1:
        return [variant_key(key) for key in keys]
    for old, new in _VARIANT_RULES:
        if old in text:
            text = text.replace(old, new)
    return _BEFORE_ITS_DOUBLE.sub("", text).split("\n") if keys else []


def is_indexable_script(name: str) -> bool:
    """Whether a gazetteer name is in a script that English reports use.

    >>> is_indexable_script("Київ"), is_indexable_script("キエフ")
    (True, False)
    """
    return bool(_INDEXABLE.match(name))


def indexable_names(names: Iterable[str]) -> list[str]:
    """The names, in their order, that :func:`is_indexable_script` keeps (none empty).

    >>> indexable_names(["Київ", "", "キエフ", "Kyiv"])
    ['Київ', 'Kyiv']
    """
    match = _INDEXABLE.match  # the build asks of a million names: no call of ours per name
    return [name for name in names if name and match(name)]


#: Words that English-language news shortens in place names, as keys: first words, then last words.
_SHORT_FIRST = {"st": "saint", "mt": "mount", "ft": "fort", "pt": "point"}
_SHORT_LAST = {"co": "county", "twp": "township"}


def spelled_out(key: str) -> str | None:
    """The key with a shortened word of a place name written in full, or None if it has none.

    GeoNames writes "Saint Cloud" and "Mount Pleasant"; news writes "St. Cloud",
    "Mt. Pleasant", "Platte Co.". The short form is at best a lone alternate name
    of one namesake, so the full form is looked up as well.

    >>> spelled_out(name_key("Mt. Pleasant")), spelled_out(name_key("Platte Co.")), spelled_out("kyiv")
    ('mount pleasant', 'platte county', None)
    """
    words = key.split()
    if len(words) < 2:
        return None
    first, last = _SHORT_FIRST.get(words[0]), _SHORT_LAST.get(words[-1])
    if first is None and last is None:
        return None
    return " ".join([first or words[0], *words[1:-1], last or words[-1]])


_INITIALISM = re.compile(r"(?:[A-Za-z]\.\s?){2,}")


def initialism(text: str) -> str | None:
    """The letters of a dotted initialism ("L.A.", "N.Y.C."), or None for any other text.

    Its letters are few, yet the dots make it a name written short on purpose, not a
    word: "L.A." is Los Angeles, where "La" is an article.

    >>> initialism("N.Y.C."), initialism("L. A."), initialism("La"), initialism("U.S")
    ('NYC', 'LA', None, None)
    """
    stripped = text.strip()
    if not _INITIALISM.fullmatch(stripped):
        return None
    return "".join(ch for ch in stripped if ch.isalpha())
