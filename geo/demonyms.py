"""People's names and adjectives of countries and first-level regions.

The country table knows the adjectives ``countryinfo`` lists ("Czech", "Texan" is
not one); news also writes the people of a state or a country ("Ohioans",
"Czechs", "Dagestani") and a country by the first word of its name ("Saudi
officials"). Those forms are read back to the place's own name here, by the
English endings that make them, so that the gazetteer never meets them as names
of their own: a spelling variant of a village ("Saudi": Saoundi) is no reading
of an adjective.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Mapping

from gazetteer import name_key
from gazetteer.model import Place

from .lexicon import is_common_word

__all__ = ["Demonym", "DemonymFinder", "base_names", "IRREGULAR_DEMONYMS"]

#: Peoples' names that no ending leads back to their country's name.
IRREGULAR_DEMONYMS = {"sinhalese": "LK", "maori": "NZ", "kiwis": "NZ", "aussies": "AU",
                      "brits": "GB", "scots": "GB", "flemish": "BE", "walloon": "BE"}

#: Endings of a people's name and what replaces them to give the place's name,
#: most telling first: "Californian" is California's, "Ontarian" Ontario's.
_ENDINGS = (
    ("ian", ("ia", "y", "a", "", "o")),   # Californian, Kentuckian, Canadian, Brazilian, Ontarian
    ("an", ("a", "", "o", "s", "as")),     # Minnesotan, Ohioan, Ontarian (above), Texan, Kansan
    ("er", ("",)),                         # Vermonter, Marylander, New Yorker
    ("i", ("",)),                          # Dagestani
    ("ese", ("",)),
    ("", ("ia",)),                         # Abkhaz, Serb, Croat
)


@dataclass(frozen=True)
class Demonym:
    """What a people's name stands for: ``name`` to resolve in ``country``; ``region``
    when that is a first-level region rather than the country itself."""

    name: str
    country: str
    region: bool


def base_names(key: str) -> list[str]:
    """The names a people's name or adjective may be made from, most likely first.

    >>> base_names("ohioans")[:4]
    ['ohioan', 'ohioa', 'ohio', 'ohioo']
    >>> "texas" in base_names("texan"), "abkhazia" in base_names("abkhaz")
    (True, True)
    """
    stems = [key]
    if key.endswith("s") and not key.endswith("ss"):
        stems.insert(0, key[:-1])  # "Czechs", "Ohioans"
    names: list[str] = []
    for stem in stems:
        if stem != key:
            names.append(stem)
        for ending, replacements in _ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= 3:
                body = stem[:len(stem) - len(ending)]
                names.extend(body + r for r in replacements)
    return [n for n in dict.fromkeys(names) if n != key]


class DemonymFinder:
    """Reads "Ohioans", "Texan", "Czechs", "Saudi" back to the state or country they name.

    ``find`` looks a name key up in the gazetteer, ``knows`` says whether a key names
    any place, ``country_of`` is the country table (names and adjectives to codes),
    ``country_names`` the countries' names by code.
    """

    def __init__(self, find: Callable[[str], list[Place]], knows: Callable[[str], bool],
                 country_of: Callable[[str], str | None], country_names: Mapping[str, str]):
        self._find = find
        self._knows = knows
        self._country_of = country_of
        self._country_names = country_names
        first_words: dict[str, set[str]] = {}
        for code, country in country_names.items():
            words = name_key(country).split()
            if len(words) > 1:
                first_words.setdefault(words[0], set()).add(code)
        # "Saudi": the first word of one country's name, when it is no everyday word ("United")
        self._first_words = {word: codes.pop() for word, codes in first_words.items()
                             if len(codes) == 1 and len(word) > 3 and not is_common_word(word)}
        self.find = lru_cache(maxsize=4096)(self._demonym)

    def _demonym(self, key: str) -> Demonym | None:
        """The place ``key`` stands for as its people's name, or None.

        A key the gazetteer knows as a name is that name ("Milan" is no Milanese of
        Mila); so is one whose reading would be an everyday word ("Northerners").
        """
        if not key or self._knows(key) or is_common_word(key):
            return None
        code = self._country_of(key) or IRREGULAR_DEMONYMS.get(key) or self._first_words.get(key)
        if code:
            return Demonym(self._country_names.get(code, code), code, False)
        for name in base_names(key):
            if is_common_word(name):
                continue
            code = self._country_of(name)
            if code:
                return Demonym(self._country_names.get(code, code), code, False)
            regions = [p for p in self._find(name) if p.feature_code == "ADM1"]
            if regions:
                region = max(regions, key=lambda p: p.population)
                return Demonym(region.name, region.country_code, True)
        return None
