"""Nominative candidates of inflected Cyrillic place names: ``Харкові`` -> ``Харків``.

Ukrainian and Russian decline place names: ``у Харкові``, ``біля Ізюма``,
``під Бахмутом``, ``в Мариуполе``, ``на Харківщині``. The gazetteer files names
in the nominative, so recognition asks for the nominative forms a word may
stand for and keeps those the gazetteer knows.

Two lemmatisers give the candidates, named by a language's place words
(:class:`geo.languages.cyrillic_places.PlaceWords`):

- ``pymorphy3:uk`` / ``pymorphy3:ru``: the morphological dictionaries of
  pymorphy3, whose predictor also declines villages no dictionary holds by
  analogy with known words; the nominative keeps the word's gender, so
  ``Шевченковому`` gives ``Шевченкове`` as well as ``Шевченків``. The suffix
  rules' candidates follow the dictionaries' ones.
- ``rules``: suffix rules (:data:`SUFFIX_RULES`), a rough fallback used when
  pymorphy3 is not installed.

Both are cached per word; only words in Cyrillic script come here.

>>> "Харків" in nominatives("Харкові", "pymorphy3:uk")
True
>>> "Харків" in nominatives("Харкові", "rules")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["nominatives", "rule_nominatives", "is_cyrillic", "SUFFIX_RULES", "morphology_available",
           "dictionary_word", "in_dictionary", "oblique_nominatives", "is_verb"]


def is_cyrillic(word: str) -> bool:
    """Whether a word starts with a Cyrillic letter.

    >>> is_cyrillic("Харків"), is_cyrillic("Kharkiv")
    (True, False)
    """
    return "\u0400" <= word[:1] <= "\u04ff"


#: ending -> the endings that may replace it; "" drops the ending. Longest endings first.
#: Ukrainian: a closed last syllable turns о/е into і (Харків, Харкова), so the stem's last
#: vowel is also tried as і (see :func:`rule_nominatives`).
SUFFIX_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ському", ("ське", "ський", "ськ")), ("ської", ("ська",)), ("ській", ("ська",)),
    ("ською", ("ська",)), ("ського", ("ський", "ське", "ськ")), ("ським", ("ський", "ське")),
    ("ской", ("ская",)), ("ском", ("ский", "ское", "ск")), ("ского", ("ский", "ское")),
    ("ому", ("е", "ий", "ое")), ("ого", ("ий", "е", "ое")), ("ім", ("ий", "е")),
    ("ій", ("а",)), ("ої", ("а",)), ("ою", ("а", "")),
    ("ові", ("",)), ("еві", ("ь", "")), ("єві", ("й", "")), ("ом", ("", "о")), ("ем", ("ь", "")),
    ("єм", ("й",)), ("ах", ("и", "ы")), ("ях", ("і", "и")),
    ("ці", ("ка", "к", "ця")), ("зі", ("га", "г")), ("сі", ("ха", "са", "х")), ("ке", ("ка",)),
    ("ії", ("ія",)), ("ью", ("ь",)),
    ("ой", ("а", "ая", "ой")), ("ей", ("я", "ь")),
    ("і", ("", "а", "я", "ь", "о", "е")), ("и", ("а", "")), ("ы", ("а", "ы")),
    ("е", ("", "ь", "а", "я", "е")), ("а", ("", "ь", "о")), ("я", ("ь", "й", "я")),
    ("у", ("", "а", "ь")), ("ю", ("ь", "я", "й")), ("ї", ("я",)),
)

_ALTERNATION = str.maketrans({"о": "і", "е": "і", "є": "ї"})


@lru_cache(maxsize=1 << 14)
def rule_nominatives(word: str) -> tuple[str, ...]:
    """The nominative forms that suffix rules give for ``word``, the word itself first.

    >>> rule_nominatives("Бахмутом")[:2]
    ('Бахмутом', 'Бахмут')
    >>> "Одеса" in rule_nominatives("Одесі"), "Маріуполь" in rule_nominatives("Маріуполі")
    (True, True)
    >>> "Новоселівка" in rule_nominatives("Новоселівці")
    True
    """
    lower = word.lower()
    found: dict[str, None] = {word: None}
    for ending, replacements in SUFFIX_RULES:
        if not lower.endswith(ending) or len(lower) - len(ending) < 2:
            continue
        stem = word[:len(word) - len(ending)]
        for replacement in replacements:
            found[stem + replacement] = None
            if not replacement:
                # Харков-а -> Харків: the closed syllable's і
                vowel = max(stem.rfind(v) for v in "оеє")
                if vowel >= len(stem) - 3 and vowel > 0:
                    found[stem[:vowel] + stem[vowel].translate(_ALTERNATION) + stem[vowel + 1:]] = None
    return tuple(found)


@lru_cache(maxsize=2)
def _analyzer(language: str):
    import pymorphy3  # about 30 MB of dictionaries: loaded on the first Cyrillic word

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=1)
def morphology_available() -> bool:
    """Whether pymorphy3 and its dictionaries can be loaded."""
    try:
        _analyzer("uk")
        _analyzer("ru")
    except Exception:  # not installed, or a dictionary missing: the rules stand in
        return False
    return True


#: Parts of speech that name places: nouns and the adjectives of "Запорізька область".
_NAMING = frozenset(("NOUN", "ADJF"))


@lru_cache(maxsize=1 << 14)
def _morph_nominatives(word: str, language: str) -> tuple[str, ...]:
    found: dict[str, None] = {word: None}
    capital = word[:1].isupper()
    for parse in _analyzer(language).parse(word):
        if parse.tag.POS not in _NAMING:
            continue
        forms = [parse.normal_form]
        inflected = parse.inflect({"nomn"})  # keeps the gender: Шевченковому -> Шевченкове
        if inflected is not None:
            forms.insert(0, inflected.word)
        for form in forms:
            found[form[:1].upper() + form[1:] if capital else form] = None
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def _agreeing_nominatives(word: str, language: str, cases: frozenset[str]) -> tuple[str, ...]:
    """The nominatives of the parses whose case is one of ``cases``."""
    found: dict[str, None] = {}
    capital = word[:1].isupper()
    for parse in _analyzer(language).parse(word):
        if parse.tag.POS not in _NAMING or parse.tag.case not in cases:
            continue
        inflected = parse.inflect({"nomn"})
        for form in ([inflected.word] if inflected is not None else []) + [parse.normal_form]:
            found[form[:1].upper() + form[1:] if capital else form] = None
    return tuple(found)


def in_case(word: str, lemmatiser: str, cases: frozenset[str]) -> tuple[str, ...]:
    """:func:`nominatives`, those that a preposition's ``cases`` agree with first: after "под"
    (instrumental) "Покровском" is Покровск before the village Покровское.

    >>> in_case("Покровском", "pymorphy3:ru", frozenset({"ablt"}))[:2]
    ('Покровском', 'Покровск')
    """
    found = nominatives(word, lemmatiser)
    tool, _, language = lemmatiser.partition(":")
    if not cases or tool != "pymorphy3" or not morphology_available():
        return found
    agreeing = _agreeing_nominatives(word, language, cases)
    return tuple(dict.fromkeys((found[0], *agreeing, *found[1:])))


def nominatives(word: str, lemmatiser: str) -> tuple[str, ...]:
    """The nominative forms ``word`` may stand for, most likely first, the word itself first of all.

    ``lemmatiser`` is ``"pymorphy3:<code>"`` or ``"rules"``; pymorphy3 falls back to the
    rules when it is not installed.

    >>> nominatives("Харьковщине", "pymorphy3:ru")[:2]
    ('Харьковщине', 'Харьковщина')
    """
    tool, _, language = lemmatiser.partition(":")
    if tool == "pymorphy3" and morphology_available():
        return _both(word, language)
    return rule_nominatives(word)


@lru_cache(maxsize=1 << 14)
def _both(word: str, language: str) -> tuple[str, ...]:
    # a word of the dictionaries is what they say ("Россия" is no "Росси"); for a word they
    # only predict, the rules follow and recover villages the predictor declines wrongly
    # (measured in bench/cyrillic_inflection.py)
    if _in_dictionary(word, language):
        if _geographic(word, language):
            return _morph_nominatives(word, language)
        # the rules after them: a village the dictionary holds as another word ("Бурлуці", a surname)
        return tuple(dict.fromkeys((*_morph_nominatives(word, language), *possessive_nominatives(word),
                                    *rule_nominatives(word))))
    return tuple(dict.fromkeys((*_morph_nominatives(word, language), *rule_nominatives(word),
                                *possessive_nominatives(word))))


_POSSESSIVE = re.compile(r"^(.+?(?:ов|ев|ин|ів|їв))(?:ым|ом|ого|ому|им|а|у)$")


def possessive_nominatives(word: str) -> tuple[str, ...]:
    """The short possessive adjective a declined form stands for, as in "Часов Яр", "Часів Яр":
    dictionaries hold "часовой" (a sentry), not the possessive that names the town.

    >>> possessive_nominatives("Часовым"), possessive_nominatives("Часового")
    (('Часов', 'Часів'), ('Часов', 'Часів'))
    >>> possessive_nominatives("Одесі")
    ()
    """
    match = _POSSESSIVE.match(word)
    if match is None or len(match.group(1)) < 4:
        return ()
    stem = match.group(1)
    # Ukrainian closes the last syllable's о/е into і: Часового, Часів
    closed = stem[:-2] + stem[-2].translate(_ALTERNATION) + stem[-1]
    return tuple(dict.fromkeys((stem, closed)))


@lru_cache(maxsize=1 << 14)
def _geographic(word: str, language: str) -> bool:
    """Whether the dictionary holds the word as a place's name ("Россия"): its forms are the place's."""
    return any("Geox" in parse.tag for parse in _analyzer(language).parse(word))


@lru_cache(maxsize=1 << 14)
def _in_dictionary(word: str, language: str) -> bool:
    return any(type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
               for parse in _analyzer(language).parse(word))


def in_dictionary(word: str, lemmatiser: str) -> bool:
    """Whether the lemmatiser's dictionary holds ``word`` (rules hold no word).

    >>> in_dictionary("Россия", "pymorphy3:ru"), in_dictionary("Россия", "pymorphy3:uk")
    (True, False)
    """
    tool, _, language = lemmatiser.partition(":")
    return tool == "pymorphy3" and morphology_available() and _in_dictionary(word, language)


@lru_cache(maxsize=1 << 14)
def oblique_nominatives(word: str, lemmatiser: str) -> tuple[str, ...]:
    """The nouns ``word`` declines when the dictionary holds it as a thing's name in an oblique case only.

    "Покровська" is the genitive of Покровськ (and a woman's surname, and an adjective; never
    a thing named so): a namesake spelt "Pokrovska" is not what it says. A word that is also
    a nominative noun ("Сум", "Суми") gives none.

    >>> oblique_nominatives("Покровська", "pymorphy3:uk"), oblique_nominatives("Суми", "pymorphy3:uk")
    (('Покровськ',), ())
    """
    tool, _, language = lemmatiser.partition(":")
    if tool != "pymorphy3" or not morphology_available():
        return ()
    nouns = [p for p in _analyzer(language).parse(_dictionary_spelling(word))
             if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer" and p.tag.POS == "NOUN"
             and "inan" in p.tag and "Surn" not in p.tag]
    if not nouns or any("nomn" in p.tag for p in nouns):
        return ()
    capital = word[:1].isupper()
    forms = dict.fromkeys(_written_as(p.normal_form, word) for p in nouns)
    return tuple(f[:1].upper() + f[1:] if capital else f for f in forms)


def _dictionary_spelling(word: str) -> str:
    """The word with the apostrophe the dictionaries write ("Куп’янська" is "Куп'янська")."""
    return word.replace("’", "'").replace("ʼ", "'")


def _written_as(form: str, word: str) -> str:
    """``form`` with the apostrophe ``word`` is written with."""
    mark = next((m for m in ("’", "ʼ") if m in word), None)
    return form.replace("'", mark) if mark else form


@lru_cache(maxsize=1 << 14)
def dictionary_word(word: str, lemmatiser: str, nominative: str | None = None) -> str | None:
    """What the dictionaries say a capitalised word is, when not a place: "person", "word" or None.

    ``"person"``: a surname or patronymic ("Федоров"); ``"word"``: an everyday word of the
    dictionary ("Атака", "Сили"; Ukrainian's dictionary marks no place names, so Харків is one
    too); None: a place name (Russian's ``Geox``) or a word no dictionary holds.

    ``nominative`` is the name the word was declined to, if it was: the word is a person's
    only if it is that surname's form.

    >>> dictionary_word("Федоров", "pymorphy3:uk"), dictionary_word("Россия", "pymorphy3:ru")
    ('person', None)
    >>> dictionary_word("Куп'янська", "pymorphy3:uk", "Куп'янськ")
    'word'
    """
    tool, _, language = lemmatiser.partition(":")
    if tool != "pymorphy3" or not morphology_available():
        return None
    parses = [p for p in _analyzer(language).parse(word)
              if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"]
    if not parses or any("Geox" in p.tag for p in parses):
        return None
    # a surname only when the place was not found under another nominative: "Куп'янська" is a
    # woman's surname, but declined to Куп'янськ it is the town's genitive
    surnames = [p for p in parses if "Surn" in p.tag or "Patr" in p.tag]
    if surnames and (nominative is None or any(
            p.normal_form == _dictionary_spelling(nominative).lower() for p in surnames)):
        return "person"
    return "word"


@lru_cache(maxsize=1 << 12)
def is_first_name(word: str, lemmatiser: str) -> bool:
    """Whether the dictionary holds ``word`` as a first name and not as a place's name.

    >>> is_first_name("Сергій", "pymorphy3:uk"), is_first_name("Харків", "pymorphy3:uk")
    (True, False)
    """
    tool, _, language = lemmatiser.partition(":")
    if tool != "pymorphy3" or not morphology_available():
        return False
    parses = _analyzer(language).parse(word)
    return any("Name" in p.tag for p in parses) and not any("Geox" in p.tag for p in parses)


@lru_cache(maxsize=1 << 12)
def is_verb(word: str, lemmatiser: str) -> bool:
    """Whether the dictionary reads ``word`` as a verb: what a person's surname is followed by.

    >>> is_verb("заявив", "pymorphy3:uk"), is_verb("під", "pymorphy3:uk"), is_verb("сообщил", "pymorphy3:ru")
    (True, False, True)
    """
    tool, _, language = lemmatiser.partition(":")
    if tool != "pymorphy3" or not morphology_available():
        return False
    return any(p.tag.POS in ("VERB", "INFN") for p in _analyzer(language).parse(word)
               if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer")
