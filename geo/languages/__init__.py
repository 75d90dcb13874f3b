"""The languages the tool reads, registered in one table as geopy registers its geocoders.

>>> sorted(LANGUAGES)
['en', 'ru', 'uk']
>>> language_of("en").name
'English'
"""

from __future__ import annotations

import re
from functools import lru_cache

from .base import Language, language_pattern
from .cyrillic_places import PlaceWords
from .english import ENGLISH
from .russian import RUSSIAN
from .ukrainian import UKRAINIAN

__all__ = ["Language", "language_pattern", "LANGUAGES", "language_of", "DEFAULT_LANGUAGE", "ENGLISH", "UKRAINIAN", "RUSSIAN",
           "PLACE_WORDS", "NUMBER_WORDS", "register_country"]

#: Code -> language; a new language is one module and one line here.
LANGUAGES: dict[str, Language] = {language.code: language for language in (ENGLISH, UKRAINIAN, RUSSIAN)}
DEFAULT_LANGUAGE = ENGLISH
#: The place words of every language, for recognition, which reads a report without knowing
#: its language.
PLACE_WORDS: tuple[PlaceWords, ...] = tuple(language.places for language in LANGUAGES.values() if language.places)
#: Every language's one-word counts ("two", "двоє", "several"): a capitalised one opening a
#: sentence ("Two port workers injured.") is a count, never a place's name.
NUMBER_WORDS: frozenset[str] = frozenset(
    word for language in LANGUAGES.values() for word in (*language.number_words, *language.vague_numbers)
    if " " not in word and len(word) > 1)


def language_of(code: str | None) -> Language:
    """The registered language of ``code``; English when ``code`` is None.

    An unregistered code raises ``KeyError``: the caller decides what a language
    the tool does not read means.
    """
    return DEFAULT_LANGUAGE if code is None else LANGUAGES[code]


@lru_cache(maxsize=1)
def _registers() -> tuple[tuple[str, tuple[re.Pattern, ...], int], ...]:
    return tuple((language.register_country, tuple(map(re.compile, language.register_patterns)),
                  language.register_min_kinds)
                 for language in LANGUAGES.values() if language.register_country and language.register_patterns)


def register_country(text: str) -> str | None:
    """The country whose local news ``text`` reads as, by its register alone; None when none.

    >>> register_country("Deputies from the Sheriff's Office were called to the 800 block of Elm Street at 7 p.m.")
    'US'
    >>> register_country("Shelling hit the town at 7 a.m., officials said.") is None
    True
    """
    # every report is read this way, and each search scans the whole text: stop as soon as
    # enough kinds are found, or too few patterns are left to find enough
    for country, patterns, needed in _registers():
        found = 0
        for number, pattern in enumerate(patterns):
            if found + len(patterns) - number < needed:
                break
            if pattern.search(text):
                found += 1
                if found >= needed:
                    return country
    return None
