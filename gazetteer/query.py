"""Read a place name the way reports and spreadsheets write it.

``"Hranitne village (Volnovakha raion)"`` becomes the name ``Hranitne``, the
hint that a populated place is meant, and the qualifier ``Volnovakha raion``;
``"Odessa, Texas"`` becomes ``Odessa`` qualified by ``Texas``; ``"Luhansk airport"``
becomes the town ``Luhansk`` and the facility ``airport`` (looked up whole first: a
gazetteer may know the airport itself); ``"between Siversk and Lyman"`` keeps both ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from .errors import InputError
from .normalize import MAX_NAME_LENGTH, clean_name, name_key

__all__ = ["ParsedName", "parse_name", "Hint", "ADMIN1_WORDS", "FACILITY_WORDS", "check_text"]

Hint = str  # "populated" | "town" | "admin1" | "admin2"

#: "town" is a populated place that its writer tells from a village (gazetteer.rank); the
#: other words say a populated place of any size ("settlement", "township": a small one as
#: often as not).
_HINT_WORDS = {
    "town": ("city", "town"),
    "populated": ("village", "settlement", "hamlet", "urban-type settlement",
                  "urban type settlement", "township"),
    "admin1": ("oblast", "region", "province", "voivodeship", "governorate", "krai", "kray",
               "state", "prefecture", "oblast'"),
    "admin2": ("raion", "rayon", "district", "county", "municipality"),
}
ADMIN1_WORDS = _HINT_WORDS["admin1"]
_SUFFIX = re.compile(
    r"^(?P<name>.+?)\s+(?P<word>" + "|".join(
        re.escape(w) for words in _HINT_WORDS.values() for w in sorted(words, key=len, reverse=True)
    ) + r")$",
    re.IGNORECASE,
)
#: Facilities written after the town they belong to ("Kramatorsk airfield"), longest first.
FACILITY_WORDS = (
    "airport", "airfield", "air base", "airbase", "aerodrome", "heliport",
    "railway station", "train station", "rail station", "bus station", "station",
    "border crossing point", "border crossing", "border checkpoint", "border post", "checkpoint",
    "crossing point", "mine", "power plant", "power station", "monument", "memorial",
)
_FACILITY = re.compile(
    r"^(?P<name>.+?)\s+(?:(?:international|regional|military|main|central)\s+)?(?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(FACILITY_WORDS, key=len, reverse=True))
    + r")$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"^(?:(?:the\s+)?(?:road|highway|area|fields?|section|front|line)\s+)?between\s+"
                      r"(?P<first>.+?)\s+and\s+(?P<second>.+)$", re.IGNORECASE)
#: Type words recognised with one typo too ("vilage", "setlement"): long ones only, as
#: "town" or "city" are one edit from too many words of names, and none one edit from
#: another word names end in ("county": "Basque Country").
_MISSPELLABLE = (("village", "populated"), ("settlement", "populated"), ("oblast", "admin1"),
                 ("region", "admin1"), ("province", "admin1"), ("district", "admin2"))
MIN_MISSPELT_WORD = min(len(word) for word, _ in _MISSPELLABLE)
_PREFIX = re.compile(r"^(?:the\s+)?(?P<word>city|town|village|settlement)\s+of\s+(?P<name>.+)$", re.IGNORECASE)
_PARENTHESES = re.compile(r"\(([^()]*)\)")
# undecodable bytes (read with surrogateescape) or the replacement character
_UNDECODABLE = re.compile("[\ud800-\udfff\ufffd]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: A stray control character or two is a paste's artefact; more is binary data.
MAX_STRAY_CONTROLS = 2


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name split into what to look up and what narrows it.

    >>> parse_name("Hranitne village (Volnovakha raion)")  # doctest: +NORMALIZE_WHITESPACE
    ParsedName(full='Hranitne village', name='Hranitne', hint='populated', qualifiers=('Volnovakha raion',),
               facility=None, between=())
    >>> parse_name("Luhansk International airport").facility
    'airport'
    >>> parse_name("Road between Siversk (Bakhmut raion) and Lyman").between
    ('Siversk (Bakhmut raion)', 'Lyman')
    >>> parse_name("Sumy region").hint
    'admin1'
    >>> parse_name("Odessa, Texas").qualifiers
    ('Texas',)
    """

    full: str
    name: str
    hint: Hint | None
    qualifiers: tuple[str, ...]
    facility: str | None = None  # "airport": ``name`` is the town the facility belongs to
    between: tuple[str, ...] = ()  # both ends of "between X and Y", each a name of its own

    def hint_for(self, key: str) -> Hint | None:
        """The hint for the places found under ``key``.

        "charles city" found whole is a town's own name, not a type word: it says a populated
        place, of no particular size.

        >>> parse_name("charles city").hint_for("charles city"), parse_name("charles city").hint_for("charles")
        ('populated', 'town')
        """
        if self.hint == "town" and self.full != self.name and key == name_key(self.full):
            return "populated"
        return self.hint


@lru_cache(maxsize=50_000)  # a report's names are parsed again at every look; parsing is pure
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
    check_text(text)
    cleaned = clean_name(text)
    if (match := _BETWEEN.match(cleaned)) and not _BETWEEN.match(match["second"]):
        # each end keeps its own qualifiers: "between X (A raion) and Y (B raion)"
        ends = (match["first"], match["second"])
        first = parse_name(ends[0])
        if any(ch.isalnum() for ch in ends[1]):
            return replace(first, full=cleaned, between=ends)
    qualifiers = [clean_name(q) for q in _PARENTHESES.findall(cleaned)]
    cleaned = clean_name(_PARENTHESES.sub(" ", cleaned))
    head, *rest = cleaned.split(",")
    qualifiers.extend(clean_name(q) for q in rest)
    full = clean_name(head)
    if not any(ch.isalnum() for ch in full):
        raise InputError("empty place name" if not text.strip() else f"not a place name: {text!r}")
    name, hint, facility = full, None, None
    if match := _FACILITY.match(full):
        name, hint, facility = match["name"], "populated", " ".join(match["word"].lower().split())
    elif match := _PREFIX.match(full):
        name, hint = match["name"], _hint_of(match["word"])
    elif match := _SUFFIX.match(full):
        name, hint = match["name"], _hint_of(match["word"])
    elif misspelt := _misspelt_type_word(full):
        name, hint = misspelt
    return ParsedName(full, name, hint, tuple(q for q in qualifiers if q), facility)


def _hint_of(word: str) -> Hint:
    """The hint a type word gives: a capitalised "City" or "Town" is the name's own word
    ("Pleasant City", "City of London"), which says a populated place of no particular size.

    >>> _hint_of("town"), _hint_of("City"), _hint_of("Oblast")
    ('town', 'populated', 'admin1')
    """
    hint = next(h for h, words in _HINT_WORDS.items() if word.lower() in words)
    return "populated" if hint == "town" and not word.islower() else hint


def _misspelt_type_word(full: str) -> tuple[str, Hint] | None:
    """The name and hint of ``full`` when its last word is a type word with one typo.

    >>> _misspelt_type_word("Donetskyi vilage")
    ('Donetskyi', 'populated')
    >>> _misspelt_type_word("Nova Vilaga") is None, _misspelt_type_word("Village") is None
    (True, True)
    """
    head, _, last = full.rpartition(" ")
    if not head or len(last) < MIN_MISSPELT_WORD - 1 or not last.isalpha():
        return None
    word = last.lower()
    for known, hint in _MISSPELLABLE:
        # a changed first letter makes another word more often than a typo does
        if word[0] == known[0] and OSA.distance(word, known, score_cutoff=1) <= 1:
            return head, hint
    return None


def check_text(text: str) -> None:
    """Refuse what is not text at all: undecodable bytes, or more control characters than a paste leaves.

    >>> check_text("Lu\\x00tsk")
    >>> check_text("\\x7fELF\\x02\\x01\\x01\\x00")
    Traceback (most recent call last):
    ...
    gazetteer.errors.InputError: not text: 5 control characters in 8 (binary input?)
    """
    if _UNDECODABLE.search(text):
        raise InputError("not text: undecodable bytes (binary input?)")
    controls = len(_CONTROL.findall(text))
    if controls > MAX_STRAY_CONTROLS or controls * 3 > len(text):
        raise InputError(f"not text: {controls} control characters in {len(text)} (binary input?)")
