"""The languages the tool reads, registered in one table as geopy registers its geocoders.

>>> sorted(LANGUAGES)
['en', 'ru', 'uk']
>>> language_of("en").name
'English'
"""

from __future__ import annotations

from .base import Language
from .cyrillic_places import PlaceWords
from .english import ENGLISH
from .russian import RUSSIAN
from .ukrainian import UKRAINIAN

__all__ = ["Language", "LANGUAGES", "language_of", "DEFAULT_LANGUAGE", "ENGLISH", "UKRAINIAN", "RUSSIAN",
           "PLACE_WORDS"]

#: Code -> language; a new language is one module and one line here.
LANGUAGES: dict[str, Language] = {language.code: language for language in (ENGLISH, UKRAINIAN, RUSSIAN)}
DEFAULT_LANGUAGE = ENGLISH
#: The place words of every language, for recognition, which reads a report without knowing
#: its language.
PLACE_WORDS: tuple[PlaceWords, ...] = tuple(language.places for language in LANGUAGES.values() if language.places)


def language_of(code: str | None) -> Language:
    """The registered language of ``code``; English when ``code`` is None.

    An unregistered code raises ``KeyError``: the caller decides what a language
    the tool does not read means.
    """
    return DEFAULT_LANGUAGE if code is None else LANGUAGES[code]
