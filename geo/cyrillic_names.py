"""Inflected place names in Cyrillic text: ``у Харкові``, ``під Бахмутом``, ``Донецкой области``.

The recogniser (:mod:`geo.recognize`) hands each capitalised Cyrillic word
here before its own matching, which knows nominatives only. For every
language's place words (:class:`~geo.languages.cyrillic_places.PlaceWords`),
the word's nominative candidates (:func:`geo.inflection.nominatives`) are
looked up as gazetteer keys:

- a region phrase first: one or two capitalised adjectives and a region word after
  them (``Запорізькій області`` -> ``Запорізька область``, ``Ізюмського району``);
- then the longest run of declined words the gazetteer knows (``Великій Новосілці``).

Nothing here names a language: the tables say which words and lemmatiser each one
uses, and a word with letters only another language writes is left to that one.

>>> names = InflectedNames({"kharkiv", "donetskaia oblast"}.__contains__)
>>> from geo.tokens import tokenize
>>> tokens = tokenize("Вибух у Харкові та в Донецкой области.")
>>> names.region(tokens, 5, 5), names.inflected(tokens, 2, 2)
((6, 'donetskaia oblast', 'Донецкая область'), (2, 'kharkiv', 'Харків'))
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice, product

from gazetteer import name_key

from .inflection import dictionary_word, in_case, in_dictionary, is_first_name, is_verb, oblique_nominatives
from .languages import PLACE_WORDS
from .languages.cyrillic_places import PlaceWords
from .span_cues import list_end
from .tokens import Tokens

__all__ = ["InflectedNames", "MAX_INFLECTED_TOKENS", "hromada_centres", "is_abbreviation"]

#: Declined names longer than this are not looked for: "Велика Новосілка", "Кривий Ріг".
MAX_INFLECTED_TOKENS = 3
#: Candidates kept per word of a phrase: the product of a phrase's words stays small.
_PER_WORD = 8
#: Endings of the adjectives that name regions, as list items decline them (uk, ru).
_REGION_ADJECTIVE_ENDINGS = tuple(f"{stem}{ending}" for stem in ("ськ", "цьк", "зьк", "ск", "цк", "зк")
                                  for ending in ("ій", "ої", "ою", "у", "а", "их", "ой", "ую", "ая", "ими"))


class InflectedNames:
    """Finds declined Cyrillic names among capitalised tokens, with the words around them.

    ``knows`` tells whether a gazetteer key names some place.
    """

    def __init__(self, knows: Callable[[str], bool], tables: tuple[PlaceWords, ...] = PLACE_WORDS,
                 countries_of: Callable[[str], frozenset[str]] | None = None,
                 knows_spelling: Callable[[str], bool] | None = None):
        self._knows = knows
        self._knows_spelling = knows_spelling or (lambda key: False)
        self._countries_of = countries_of or (lambda key: frozenset())
        self._tables = tables
        self.locatives = frozenset().union(*(t.locatives for t in tables))
        self.near_words = frozenset().union(*(t.near_words for t in tables))
        self.direction_words = frozenset().union(*(t.direction_words for t in tables))
        self.compass_words = frozenset().union(*(t.compass_words for t in tables))
        self.settlement_words = {w: k for t in tables for w, k in t.settlement_words.items()}
        self.front_words = frozenset().union(*(t.front_words for t in tables))
        self.regions_after_on = {name: region for t in tables for name, region in t.regions_after_on.items()}
        self._regions = [(t, t.region_words) for t in tables]
        self.list_joiners = frozenset().union(",", *(t.list_joiners for t in tables))
        self._foreign = {t.code: frozenset("".join(o.letters for o in tables if o is not t)) for t in tables}

    def region(self, tokens: Tokens, first: int, limit: int) -> tuple[int, str, str] | None:
        """``Донецкой области``: (the region word's last token, key, nominative name), or None.

        An item of a list that one region word closes (``Харківській`` in ``Харківській та
        Сумській областях``) is a region too; its span ends at its own last word.
        """
        words = tokens.text
        for last in range(min(limit, first + 1), first - 1, -1):
            after = last + 1
            if after >= len(tokens.text) or tokens.sentence[after] != tokens.sentence[last]:
                continue
            if words[after].lower() in self.list_joiners:  # ", Сумській та Чернігівській"
                after = list_end(tokens, after, self.list_joiners)
            if after is None or after >= len(tokens.text) or tokens.capital[after]:
                continue
            word = words[after].lower()
            for table, region_words in self._regions:
                if word not in region_words or not self._reads(table, words[first:last + 1]):
                    continue
                nominative, kind = region_words[word]
                found = self._known(words[first:last + 1], table, (nominative,))
                if found is None and kind == "admin3" and first == last:
                    found = self._hromada_centre(words[first], table)
                if found:
                    if after > last + 1:
                        # an item of the list is a region's adjective ("Сумській"), not a town ("Одесі")
                        return (last, *found) if words[last].lower().endswith(_REGION_ADJECTIVE_ENDINGS) else None
                    end = after + 1 if after + 1 < len(tokens.text) and words[after + 1] == "." and word == "обл" else after
                    return end, *found
        return None

    def inflected(self, tokens: Tokens, first: int, limit: int) -> tuple[int, str, str] | None:
        """The longest declined name from ``first``: (last token, key, nominative name), or None."""
        words = tokens.text
        if (words[first].isupper() and len(words[first]) <= 5) or is_abbreviation(words[first]):
            return None  # "ЗСУ", "ООН", "КАБами": abbreviations, declined or not, no names
        for last in range(min(limit, first + MAX_INFLECTED_TOKENS - 1), first - 1, -1):
            if not all(tokens.capital[first:last + 1]):
                continue
            for table in self._readers(words[first]):
                if self._reads(table, words[first:last + 1]):
                    found = self._known(words[first:last + 1], table, (), self._cases(tokens, first, table))
                    if found:
                        return last, *found
        return None

    def declined(self, word: str, key: str) -> tuple[str, str] | None:
        """A word the gazetteer knows as written that a dictionary holds only as another name's
        oblique case: (that name's key, its nominative), when the gazetteer knows it too.

        "Покровська" is a namesake's spelling and the genitive of Покровськ: the genitive is
        what a report writes ("на околицях Покровська").
        """
        for table in self._readers(word):
            for name in oblique_nominatives(word, table.lemmatiser):
                other = name_key(name)
                if other and other != key and self._knows(other):
                    return other, name
        return None

    def settlement_before(self, tokens: Tokens, first: int) -> tuple[str | None, int]:
        """``с. Кам'янка``, ``селище Шевченкове``: the kind the word before says, and where the cue starts."""
        i = first - 1
        stop = i >= 0 and tokens.text[i] == "."
        if stop:
            i -= 1
        if i < 0 or not tokens.word[i] or tokens.sentence[i] != tokens.sentence[first] and not stop:
            return None, first
        word = tokens.text[i].lower()
        if word in self.settlement_words and not tokens.capital[i] and (len(word) > 1 or stop):
            return self.settlement_words[word], i
        return None, first

    def heads_a_post(self, tokens: Tokens, first: int, last: int, key: str | None) -> bool:
        """"Балаклія: пошкоджено школу": a town of the language's countries opening a line before a
        colon or a dash, where a post names where it happened (the dictionaries hold Ukrainian
        towns as everyday words, and "Фото:" folds onto a Swedish village)."""
        after = last + 1
        if key is None or not tokens.initial[first] or after >= len(tokens) or tokens.text[after] not in ":—–-":
            return False
        return self.home_town(tokens.text[first], key)

    def home_town(self, word: str, key: str | None) -> bool:
        """Whether a town of the countries the word's language writes of bears ``key``
        ("Лиман": Lyman; not "Голова", which folds onto a Turkish village)."""
        if key is None:
            return False
        countries = self._countries_of(key)
        return any(countries & table.heading_countries for table in self._readers(word))

    def is_cue(self, word: str) -> bool:
        """A settlement or region word ("Село", "Область"), capitalised at a sentence start."""
        lower = word.lower()
        return lower in self.settlement_words or any(lower in words for _, words in self._regions)

    def cue_before(self, tokens: Tokens, first: int) -> tuple[bool, str | None]:
        """(after a locative preposition, the near word before the name)."""
        i = first - 1
        if i < 0 or not tokens.word[i] or tokens.sentence[i] != tokens.sentence[first]:
            return False, None
        word = tokens.text[i].lower()
        if word in self.direction_words:
            return False, word  # "Чугуїв, південніше Харкова": Kharkiv says where Chuhuiv is
        before = i - 1
        if (word in ("від", "от") and before >= 0 and tokens.sentence[before] == tokens.sentence[first]
                and tokens.text[before].lower() in self.compass_words):
            return False, f"{tokens.text[before].lower()} {word}"  # "на південь від Харкова"
        return word in self.locatives, word if word in self.near_words else None

    def dictionary_word(self, word: str, nominative: str | None = None) -> str | None:
        """"person" or "word" when a dictionary of a language reading ``word`` says so (see
        :func:`geo.inflection.dictionary_word`); a place name in any says None. ``nominative``
        is the name the word was declined to, if it was: a surname of another nominative
        ("Куп'янська", a woman's name, for Куп'янськ) does not make it a person."""
        kinds = [dictionary_word(word, table.lemmatiser, nominative) for table in self._readers(word)
                 if in_dictionary(word, table.lemmatiser)]
        return None if None in kinds else "person" if "person" in kinds else "word" if kinds else None

    def opens_a_full_name(self, tokens: Tokens, first: int, last: int) -> bool:
        """"Сергій Лисак": a first name the dictionary holds, then a capitalised word: a person."""
        after = last + 1
        return (first == last and after < len(tokens) and tokens.capital[after] and tokens.word[after]
                and tokens.sentence[after] == tokens.sentence[last]
                and any(is_first_name(tokens.text[first], table.lemmatiser) for table in self._readers(tokens.text[first])))

    def speaks_after(self, tokens: Tokens, last: int) -> bool:
        """Whether the words after a name make it a speaker or an actor: a verb ("Федоров заявив")
        or a colon ("Буданов: ..."); not a preposition or a conjunction ("Лиман і Кропивницький")."""
        after = last + 1
        if after >= len(tokens.text) or tokens.sentence[after] != tokens.sentence[last]:
            return False
        word = tokens.text[after]
        return word == ":" or (tokens.word[after] and not tokens.capital[after]
                               and any(is_verb(word.lower(), table.lemmatiser) for table in self._readers(word)))

    def _readers(self, word: str) -> list[PlaceWords]:
        """The tables that read ``word``: those whose dictionary holds it, if any does, else all
        whose letters it fits ("Россия" is Russian's; Ukrainian's rules would make a "Росси" of it)."""
        tables = [table for table in self._tables if self._reads(table, [word])]
        known = [table for table in tables if in_dictionary(word, table.lemmatiser)]
        return known or tables

    def _reads(self, table: PlaceWords, words) -> bool:
        """Whether no word has letters that only another language writes."""
        foreign = self._foreign[table.code]
        return not any(letter in foreign for word in words for letter in word.lower())

    def _hromada_centre(self, adjective: str, table: PlaceWords) -> tuple[str, str] | None:
        """"Юнаківська громада": the settlement a hromada is named after, which the gazetteer
        holds where it holds no hromada (Юнаківка, Покровськ, Білопілля, Нікополь)."""
        for form in _word_nominatives(adjective, table.lemmatiser):
            for name in hromada_centres(form):
                key = name_key(name)
                if key and self._knows(key):
                    return key, name
        return None

    @staticmethod
    def _cases(tokens: Tokens, first: int, table: PlaceWords) -> frozenset[str]:
        """The cases the preposition right before the name puts it in, if any."""
        before = first - 1
        if before < 0 or not tokens.word[before] or tokens.sentence[before] != tokens.sentence[first]:
            return frozenset()
        return table.preposition_cases.get(tokens.text[before].lower(), frozenset())

    def _known(self, words, table: PlaceWords, tail: tuple[str, ...],
               cases: frozenset[str] = frozenset()) -> tuple[str, str] | None:
        """The first combination of the words' nominatives (and ``tail``) that the gazetteer knows,
        those that agree with the preposition's ``cases`` first."""
        options = [_word_nominatives(word, table.lemmatiser, cases) for word in words]
        # then a name whose place GeoNames romanises otherwise ("Терновое": Ternovoye)
        for knows in (self._knows, self._knows_spelling):
            for combination in product(*options):
                if not tail and combination == tuple(words):
                    continue  # as written: the recogniser's own matching has looked already
                name = " ".join((*combination, *tail))
                key = name_key(name)
                if key and knows(key):
                    return key, name
        return None


def _word_nominatives(word: str, lemmatiser: str, cases: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """A word's nominative candidates; a hyphenated name's part by part ("Каменке-Днепровской":
    Каменка-Днепровская), as each part declines on its own.

    >>> "Каменка-Днепровская" in _word_nominatives("Каменке-Днепровской", "rules")
    True
    """
    parts = word.split("-")
    if len(parts) == 1 or not all(parts):
        return tuple(islice(in_case(word, lemmatiser, cases), _PER_WORD))
    options = [tuple(islice(in_case(part, lemmatiser, cases), _PER_WORD)) for part in parts]
    return tuple(islice(("-".join(c) for c in product(*options)), _PER_WORD * _PER_WORD))


#: A hromada's adjective ending -> its centre's endings, most common first: Юнаківська громада
#: (Юнаківка), Покровська (Покровськ, Покровське), Білопільська (Білопілля), Нікопольська
#: (Нікополь), Тростянецька (Тростянець), Сумська (Суми), Бахмутська (Бахмут).
_HROMADA_ENDINGS = (
    ("івська", ("івка",)), ("ївська", ("ївка",)), ("ільська", ("ілля", "іль")), ("ецька", ("ець",)),
    ("ська", ("ськ", "ське", "", "ь", "и", "ка")), ("цька", ("цьк", "цьке", "ць")), ("зька", ("зьк", "г", "ж")),
)


def hromada_centres(adjective: str) -> tuple[str, ...]:
    """The settlements a hromada's adjective (nominative, feminine) may be named after.

    >>> hromada_centres("Юнаківська")[:2], "Білопілля" in hromada_centres("Білопільська")
    (('Юнаківка', 'Юнаківськ'), True)
    """
    found: dict[str, None] = {}
    for ending, centres in _HROMADA_ENDINGS:
        if adjective.endswith(ending) and len(adjective) > len(ending) + 1:
            stem = adjective[:-len(ending)]
            found.update(dict.fromkeys(stem + centre for centre in centres))
    return tuple(found)


def is_abbreviation(word: str) -> bool:
    """Whether a word opens with two capital letters, as an abbreviation does with or without a case
    ending ("ЗСУ", "КАБами"); an apostrophe is no letter ("П'ятихатки" is a name).

    >>> is_abbreviation("КАБами"), is_abbreviation("П'ятихатки"), is_abbreviation("Харків")
    (True, False, False)
    """
    letters = [c for c in word[:4] if c.isalpha()][:2]
    return len(letters) == 2 and all(c.isupper() for c in letters)
