"""Read a place name the way reports and spreadsheets write it.

``"Hranitne village (Volnovakha raion)"`` becomes the name ``Hranitne``, the
hint that a populated place is meant, and the qualifier ``Volnovakha raion``;
``"Odessa, Texas"`` becomes ``Odessa`` qualified by ``Texas``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError
from .normalize import MAX_NAME_LENGTH, clean_name

__all__ = ["ParsedName", "parse_name", "Hint"]

Hint = str  # "populated" | "admin1" | "admin2"

_HINT_WORDS = {
    "populated": ("city", "town", "village", "settlement", "hamlet", "urban-type settlement",
                  "urban type settlement", "township"),
    "admin1": ("oblast", "region", "province", "voivodeship", "governorate", "krai", "kray",
               "state", "prefecture", "oblast'"),
    "admin2": ("raion", "rayon", "district", "county", "municipality"),
}
_SUFFIX = re.compile(
    r"^(?P<name>.+?)\s+(?P<word>" + "|".join(
        re.escape(w) for words in _HINT_WORDS.values() for w in sorted(words, key=len, reverse=True)
    ) + r")$",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^(?:the\s+)?(?P<word>city|town|village|settlement)\s+of\s+(?P<name>.+)$", re.IGNORECASE)
_PARENTHESES = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name split into what to look up and what narrows it.

    >>> parse_name("Hranitne village (Volnovakha raion)")
    ParsedName(full='Hranitne village', name='Hranitne', hint='populated', qualifiers=('Volnovakha raion',))
    >>> parse_name("Sumy region").hint
    'admin1'
    >>> parse_name("Odessa, Texas").qualifiers
    ('Texas',)
    """

    full: str
    name: str
    hint: Hint | None
    qualifiers: tuple[str, ...]


def parse_name(text: str) -> ParsedName:
    """Validate and split a place name.

    Raises
    ------
    InputError
        When the name is empty, too long, or nothing but punctuation.
    """
    if not isinstance(text, str):
        raise InputError(f"a place name must be text, got {type(text).__name__}")
    if len(text) > MAX_NAME_LENGTH:
        raise InputError(f"place name too long ({len(text):,} characters; at most {MAX_NAME_LENGTH})")
    cleaned = clean_name(text)
    qualifiers = [clean_name(q) for q in _PARENTHESES.findall(cleaned)]
    cleaned = clean_name(_PARENTHESES.sub(" ", cleaned))
    head, *rest = cleaned.split(",")
    qualifiers.extend(clean_name(q) for q in rest)
    full = clean_name(head)
    if not any(ch.isalnum() for ch in full):
        raise InputError("empty place name" if not text.strip() else f"not a place name: {text!r}")
    name, hint = full, None
    if match := _PREFIX.match(full):
        name, hint = match["name"], "populated"
    elif match := _SUFFIX.match(full):
        word = match["word"].lower()
        name = match["name"]
        hint = next(h for h, words in _HINT_WORDS.items() if word in words)
    return ParsedName(full, name, hint, tuple(q for q in qualifiers if q))
