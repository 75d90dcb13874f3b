"""The language of a report, cheaply: its alphabet, its distinctive letters, its frequent words.

Every report goes through :func:`detect_language` before it is read, so the test must
cost next to nothing for English: one pass over the opening letters to tell the
alphabet, one over its words to count the frequent ones. Within Cyrillic the letters
that one language has and another lacks decide (``і ї є ґ`` Ukrainian, ``ы э ё``
Russian), the majority when a post mixes them, the frequent words when no such letter
occurs. Latin text is English unless the words of another language outnumber the
English ones; other alphabets name the language most written in them.

Measured against ``lingua-language-detector`` 2.1 on 49 posts of one to three lines in
en, uk, ru, fr, de, pl, es, it: lingua named 49 right (48 with all its languages), this
47 (two short German and Italian posts read as English, which the tool then reads as
before); lingua took 6 s and some 240 MB to load eight languages (28 s and 1 GB for all)
and ~0.4 ms a call, this ~10 µs and nothing to load. Not worth a dependency whose only
work is naming languages the tool does not read.

>>> detect_language("Shelling hit the market in Kharkiv on Friday.")
'en'
>>> detect_language("Вночі ворог атакував Харків дронами.")
'uk'
>>> detect_language("Ночью противник обстрелял Херсон.")
'ru'
>>> detect_language("Des frappes ont touché la ville de Kharkiv dans la nuit.")
'fr'
>>> detect_language("12:45") is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .english import ENGLISH
from .russian import RUSSIAN
from .ukrainian import UKRAINIAN

__all__ = ["detect_language"]

_HEAD = 1000  # the opening says what language a report is in; a long one need not be read to the end
_ANY_LETTER = re.compile(r"[A-Za-z]")
# runs, not letters: counting the letters of a few hundred runs makes no list of a thousand
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]+")
_CYRILLIC = re.compile(r"[\u0400-\u052F]+")
_WORD = re.compile(r"\w+")

# Frequent words of Latin-script languages: each list is a language's commonest short words
# that are not common English words too.
_LATIN_WORDS = {
    "en": ENGLISH.stop_words | frozenset("it that this has have had are be been not but its their".split()),
    "fr": frozenset("le la les de des du un une et est en dans pour sur par au aux qui que ont été il elle ne "
                    "pas plus se ce cette son sa ses avec selon près après".split()),
    "de": frozenset("der die das und ist nicht ein eine einen im in den dem mit von sich auf wurde wurden bei "
                    "am zu zum zur des haben hat nach aus auch um".split()),
    "es": frozenset("el la los las de del un una y en por con que se fue han según cerca tras para al su sus "
                    "es muy".split()),
    "it": frozenset("il lo la gli le di della del dei delle un una e è nel nella sono per che con stati stata "
                    "ha hanno vicino alla al dopo intorno i".split()),
    "pt": frozenset("o os a as de da do das dos um uma em no na e não com que foi foram para por ao perto "
                    "após".split()),
    "pl": frozenset("w z i na się nie do że jest przez od po został została zostało zostały są ze we "
                    "pobliżu".split()),
    "nl": frozenset("de het een en van is niet op zijn werd werden bij met voor naar door".split()),
    "sv": frozenset("och att det som är en ett på av för med inte har till".split()),
    "da": frozenset("og det er en et på af for med ikke har til blev".split()),
    "cs": frozenset("a je se na v ve že to by byl byla jsou z ze do pro".split()),
    "ro": frozenset("și în de la cu pe un o este au fost din că care".split()),
    "tr": frozenset("ve bir bu da de ile için olarak olan çok ise".split()),
    "hu": frozenset("a az és egy hogy nem is van volt meg már".split()),
    "fi": frozenset("ja on ei se että oli hän ovat".split()),
    "id": frozenset("dan yang di ini itu dengan untuk dari tidak akan".split()),
    "vi": frozenset("và của là có không được trong những người một".split()),
}
# Letters a Latin-script language writes and English does not: two votes for a letter of one
# language only, one for a letter several share (é: French, Spanish, Italian, Portuguese).
_LATIN_LETTERS = {"de": "ßäöü", "fr": "çœêû", "es": "ñ¿¡", "pt": "ãõ", "pl": "ąęłńśźż", "cs": "ěřů",
                  "ro": "șță", "tr": "ğış", "hu": "őű", "vi": "ơưđạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửữựỳỵỷỹ",
                  "sv": "å", "da": "æø"}
_SHARED_LETTERS = {"é": ("fr", "es", "it", "pt"), "è": ("fr", "it"), "à": ("fr", "it", "pt"),
                   "ì": ("it",), "ò": ("it",), "ù": ("it", "fr"), "á": ("es", "pt", "cs", "hu"),
                   "í": ("es", "pt", "cs", "hu"), "ó": ("es", "pt", "pl", "hu"), "ú": ("es", "pt", "cs", "hu"),
                   "ç": ("fr", "pt", "tr"), "â": ("fr", "pt", "ro"), "î": ("fr", "ro"), "č": ("cs",), "š": ("cs",)}
# Words that English writes too ("die", "war", "in") or that an abbreviation makes ("E. Ukraine")
# are no vote for another language: English headlines are full of them.
_ENGLISH_TOO = frozenset("a e i o y in on an am as at is it be do so no he we me us or to of die war also hat "
                         "den son per con come men mine will kind".split())
_LANGUAGES_OF_WORD: dict[str, tuple[str, ...]] = {}
for _language, _words in _LATIN_WORDS.items():
    for _word in _words if _language == "en" else _words - _ENGLISH_TOO:
        _LANGUAGES_OF_WORD[_word] = _LANGUAGES_OF_WORD.get(_word, ()) + (_language,)
#: The words that vote for a language other than English: an ASCII text with none of them is English.
_FOREIGN_WORDS = frozenset(word for word, languages in _LANGUAGES_OF_WORD.items() if languages != ("en",))
_LETTER_LANGUAGE = {char: language for language, chars in _LATIN_LETTERS.items() for char in chars}
_FOREIGN_LETTERS = frozenset(_LETTER_LANGUAGE) | frozenset(_SHARED_LETTERS)
_CYRILLIC_LETTERS = {"uk": UKRAINIAN.letters, "ru": RUSSIAN.letters, "be": "ў", "sr": "ђћџ", "mk": "ѓќѕ",
                     "kk": "әғқңөұүһ"}
_CYRILLIC_WORDS = {"uk": UKRAINIAN.stop_words, "ru": RUSSIAN.stop_words,
                   "bg": frozenset("са се че като от ще е това която който".split())}
# Other alphabets: the language most written in each (code point ranges, first match wins).
_SCRIPTS = (
    (0x0370, 0x03FF, "el"), (0x0530, 0x058F, "hy"), (0x0590, 0x05FF, "he"), (0x0600, 0x06FF, "ar"),
    (0x0900, 0x097F, "hi"), (0x0980, 0x09FF, "bn"), (0x0B80, 0x0BFF, "ta"), (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"), (0x3040, 0x30FF, "ja"), (0x4E00, 0x9FFF, "zh"), (0xAC00, 0xD7AF, "ko"),
)
_PERSIAN, _URDU = set("پچژگ"), set("ٹڈڑےں")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in; None when it has no words.

    >>> detect_language("Обстріл: Харків, 11 березня. Зруйновано будинок.")
    'uk'
    >>> detect_language("Ein Drohnenangriff auf die Stadt wurde in der Nacht gemeldet.")
    'de'
    >>> detect_language("Ракета влучила в будинок. Жители района эвакуированы, ущерб выясняется.")
    'ru'
    """
    return _detect(text)


# the geoparser asks for a report's language, then extraction asks again for the same text:
# the last few answers are kept (a pure function of the text; the text hashes once)
@lru_cache(maxsize=8)
def _detect(text: str) -> str | None:
    head = text[:_HEAD]
    if head.isascii():  # most English reports: no letter outside ASCII, nothing to count
        if not _ANY_LETTER.search(head):
            return None
        lowered = head.lower()
        # no foreign letter and no word of another language: nothing could outvote English
        words = _WORD.findall(lowered)  # found once: the vote below counts the same words
        return "en" if _FOREIGN_WORDS.isdisjoint(words) else _latin(lowered, words)
    latin, cyrillic = sum(map(len, _LATIN.findall(head))), sum(map(len, _CYRILLIC.findall(head)))
    others: dict[str, int] = {}
    if len(head) > 2 * (latin + cyrillic):  # mostly neither: which other alphabet
        for char in head:
            if char.isalpha() and (script := _script(ord(char))):
                others[script] = others.get(script, 0) + 1
    other, count = max(others.items(), key=lambda item: item[1], default=(None, 0))
    if count > max(latin, cyrillic):
        return _refine(other, head)
    if cyrillic > latin:
        return _cyrillic(head.lower())
    if latin:
        return _latin(head.lower())
    return None


def _script(code: int) -> str | None:
    for low, high, language in _SCRIPTS:
        if low <= code <= high:
            return language
    return None


def _refine(language: str, text: str) -> str:
    """Arabic letters write Persian and Urdu too; Han characters with kana are Japanese."""
    if language == "ar":
        letters = set(text)
        return "ur" if letters & _URDU else "fa" if letters & _PERSIAN else "ar"
    if language == "zh" and any(0x3040 <= ord(c) <= 0x30FF for c in text):
        return "ja"
    return language


def _cyrillic(text: str) -> str:
    letters = {language: sum(text.count(c) for c in chars) for language, chars in _CYRILLIC_LETTERS.items()}
    words = _WORD.findall(text)
    votes = {language: sum(1 for w in words if w in stop) for language, stop in _CYRILLIC_WORDS.items()}
    if "ъ" in text and not letters["ru"] - text.count("ъ") and votes["bg"] > votes["ru"]:
        return "bg"  # Bulgarian writes ъ often, ы and э never
    if letters["be"] and letters["uk"] and not text.count("и"):
        return "be"  # і and ў, and no и
    # a distinctive letter is a strong vote; frequent words decide when none occurs
    scores = {language: 3 * letters.get(language, 0) + votes.get(language, 0) for language in
              (*_CYRILLIC_LETTERS, "bg")}
    best = max(scores, key=scores.get)
    # no letter and no word of either: Russian, for Ukrainian writes і in nearly every sentence
    return best if scores[best] > scores["ru"] else "ru"


def _latin(text: str, words: list[str] | None = None) -> str:
    """The Latin-script language of lower-cased ``text``, whose ``words`` the caller may have found."""
    scores = dict.fromkeys(_LATIN_WORDS, 0)
    # each distinct word looked up once, with its count: the same sums as a lookup per word
    for word, count in Counter(_WORD.findall(text) if words is None else words).items():
        for language in _LANGUAGES_OF_WORD.get(word, ()):
            scores[language] += count
    english = scores.pop("en")
    # mostly empty: English has none of them, and ASCII text cannot
    present = frozenset() if text.isascii() else _FOREIGN_LETTERS.intersection(text)
    for language in {_LETTER_LANGUAGE[c] for c in present if c in _LETTER_LANGUAGE}:
        scores[language] += 2
    for char in present.intersection(_SHARED_LETTERS):
        for language in _SHARED_LETTERS[char]:
            scores[language] += 1
    best = max(scores, key=scores.get)
    # English unless another language's words clearly outnumber English ones: a headline of
    # names and numbers, with no frequent word at all, is read as English as before
    return best if scores[best] >= 2 and scores[best] > english else "en"
