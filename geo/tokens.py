"""Split report text into word tokens with offsets, and mark sentence starts.

One compiled regular expression walks the text once; everything after works on
the token list, so the cost of recognition stays linear in the text.

>>> tokenize("Strikes hit Ivano-Frankivsk and the U.S. embassy.").text
('Strikes', 'hit', 'Ivano-Frankivsk', 'and', 'the', 'U.S.', 'embassy', '.')
>>> tokens = tokenize("Dr. Smith left. Lutsk was hit")
>>> [word for word, initial in zip(tokens.text, tokens.initial) if initial]
['Dr', 'Lutsk']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain
from operator import itemgetter

__all__ = ["Tokens", "tokenize", "sentence_spans", "capitalised", "split_hyphenated"]

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.[A-Z][a-z]\."        # U.S., D.C., U.K., W.Va.
    # words; "Canada's" stops before 's, and "D-S.C." before the abbreviation
    r"|[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+|['’]?-(?![A-Z]\.)[^\W\d_]+)*"
    r"|\d+(?:[.,:]\d+)*"                        # numbers and times
    r"|[^\w\s]",                                # one punctuation mark
)
#: Each token with the text before it: only white space and underscores are not tokens.
_GAP_AND_TOKEN = re.compile(r"([\s_]*+)(" + _TOKEN.pattern + ")")
_ENDS_SENTENCE = frozenset(".!?")
#: A full stop after these does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt sgt st mt ft gov sen rep capt maj prof rev jr sr inc co corp no vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec ave blvd rd lt cmdr adm sgt pvt u s "
    "const cpl det supt insp sens reps atty "
    # OSINT logs' shorthand: "Kharkiv Obl.", "vic. Hlyboke", "res. area", "evac. vehicle", "no cas."
    "obl vic res evac civ mil cas approx infra govt".split())
#: Past this many tokens a sentence ends at the next comma, semicolon or colon, and past
#: twice as many anywhere: text scraped without full stops (a 10 MB line) would otherwise
#: be one sentence, and the work done per sentence grows with the square of its length.
MAX_SENTENCE_TOKENS = 400
_CLAUSE_ENDS = frozenset(",;:")


@dataclass(frozen=True, slots=True)
class Tokens:
    """A report's tokens as parallel tuples: token ``i`` is ``text[i]`` at ``start[i]:end[i]``.

    Columns, not one object per token: a report has thousands of tokens, and
    making an object for each was a third of the time tokenizing took.
    ``initial`` says the token opens a sentence, ``sentence`` numbers it,
    ``word`` says it starts with a letter, ``capital`` that it is capitalised
    (or an Arabic-style ``al-Qaim`` with a capital after the article).
    """

    text: tuple[str, ...]
    start: tuple[int, ...]
    end: tuple[int, ...]
    initial: tuple[bool, ...]
    sentence: tuple[int, ...]
    word: tuple[bool, ...]
    capital: tuple[bool, ...]

    def __len__(self) -> int:
        # the per-token rules write len(tokens.text): this method is a Python call, asked
        # some hundred thousand times per thousand reports
        return len(self.text)


_ARTICLES = ("al", "el", "ad", "as", "ash", "az", "an", "ar")
_ELISIONS = ("'", "\u2019")


def capitalised(text: str) -> bool:
    """Starts with a capital, or is an Arabic-style ``al-Qaim`` or an elided ``d'Ivoire`` with a capital after the article.

    >>> capitalised("Izyum"), capitalised("al-Qaim"), capitalised("d'Ivoire"), capitalised("near")
    (True, True, True, False)
    >>> capitalised("d'you")
    False
    """
    if text[0].isupper():
        return True
    if text[1:2] in _ELISIONS:
        # "Côte d'Ivoire", "Val d'Oise": the article is elided, the name goes on capitalised
        return text[0] in "dl" and text[2:3].isupper()
    head, _, tail = text.partition("-")
    return bool(tail) and head in _ARTICLES and tail[0].isupper()


def split_hyphenated(tokens: Tokens, cut: Callable[[int], bool]) -> Tokens:
    """The tokens with the hyphenated words that ``cut`` picks (by index) cut at their hyphens.

    "London-based", "Russia-Turkey", "pro-Russian": the name is a part of the word.
    Each part keeps its offsets; a hyphen becomes a token of its own.

    >>> split_hyphenated(tokenize("Kharkiv-born Ivano-Frankivsk"), lambda i: i == 0).text
    ('Kharkiv', '-', 'born', 'Ivano-Frankivsk')
    """
    text = tokens.text
    picked = [i for i, word in enumerate(text) if "-" in word and len(word) > 1 and cut(i)]
    if not picked:
        return tokens
    old = (text, tokens.start, tokens.end, tokens.initial, tokens.sentence, tokens.word, tokens.capital)
    columns: list[list] = [[] for _ in old]
    previous = 0
    for i in picked:
        for column, values in zip(columns, old):
            column.extend(values[previous:i])
        previous = i + 1
        offset = tokens.start[i]
        for n, part in enumerate(_HYPHEN.split(text[i])):
            if part:
                for column, value in zip(columns, (part, offset, offset + len(part), tokens.initial[i] and not n,
                                                   tokens.sentence[i], part[0].isalpha(), part[0].isupper())):
                    column.append(value)
                offset += len(part)
    for column, values in zip(columns, old):
        column.extend(values[previous:])
    return Tokens(*map(tuple, columns))


_HYPHEN = re.compile("(-)")


def tokenize(text: str) -> Tokens:
    """The tokens of ``text``, each with its offsets and sentence number."""
    # recognition and extraction both read a report's tokens: the last few are kept, but a
    # huge report's are not, so memory stays small
    return _tokenize_kept(text) if len(text) <= _KEPT_UP_TO else _tokenize(text)


_KEPT_UP_TO = 200_000


@lru_cache(maxsize=4)
def _tokenize_kept(text: str) -> Tokens:
    return _tokenize(text)


def _tokenize(text: str) -> Tokens:
    # one regular expression finds the words and the gaps before them in C, and offsets
    # are running sums of their lengths: no Python work per token but a few comprehensions
    pairs = _GAP_AND_TOKEN.findall(text)
    words, gaps = list(map(itemgetter(1), pairs)), list(map(itemgetter(0), pairs))
    firsts = list(map(itemgetter(0), words))
    offsets = list(accumulate(map(len, chain.from_iterable(pairs))))
    initials = _sentence_openers(words, gaps, list(map(str.isalnum, firsts)))
    if _longest_sentence(initials) > MAX_SENTENCE_TOKENS:
        initials = _sentence_openers_bounded(words, gaps)
    # a sentence opens at each initial token but the first
    sentences = tuple(accumulate(initials[1:], initial=0)) if words else ()
    capital = list(map(str.isupper, firsts))
    for i in [i for i, first in enumerate(firsts) if first in "aedl"]:
        capital[i] = capitalised(words[i])  # "al-Qaim", "d'Ivoire"
    return Tokens(tuple(words), tuple(offsets[0::2]), tuple(offsets[1::2]), tuple(initials),
                  sentences, tuple(map(str.isalpha, firsts)), tuple(capital))


def _sentence_openers(words: list[str], gaps: list[str], alnum: list[bool]) -> list[bool]:
    """Which words open a sentence: the first after a line break or a full stop that ends one."""
    pending = [i for i, gap in enumerate(gaps) if i and "\n" in gap]
    for i in [i for i, w in enumerate(words) if w in _ENDS_SENTENCE]:
        if words[i] == "." and not gaps[i]:
            before = i - 1
            while before >= 0 and words[before] in _ENDS_SENTENCE:
                before -= 1
            previous = words[before] if before >= 0 else ""
            if len(previous) == 1 or previous.lower() in _ABBREVIATIONS:
                continue  # "Dr. Smith", "J. Smith"
        pending.append(i + 1)
    initials = [False] * len(words)
    for i in [0, *pending]:  # a boundary waits for the next word or number
        while i < len(words) and not alnum[i]:
            i += 1
        if i < len(words):
            initials[i] = True
    return initials


def _longest_sentence(initials: list[bool]) -> int:
    opens = [0, *[i for i, initial in enumerate(initials) if initial and i], len(initials)]
    return max(b - a for a, b in zip(opens, opens[1:]))


def _sentence_openers_bounded(words: list[str], gaps: list[str]) -> list[bool]:
    """As :func:`_sentence_openers`, also ending a sentence past :data:`MAX_SENTENCE_TOKENS` tokens.

    A token at a time, as only text without full stops comes here.
    """
    initials = [False] * len(words)
    boundary, previous_word = True, ""
    length = 0  # tokens in the current sentence
    for i, word in enumerate(words):
        if i and "\n" in gaps[i]:
            boundary = True
        length += 1
        if length > 2 * MAX_SENTENCE_TOKENS or (length > MAX_SENTENCE_TOKENS and word in _CLAUSE_ENDS):
            boundary = True
        if word[0].isalnum():
            if boundary:
                initials[i] = True
                length = 1 if i else length
                boundary = False
            previous_word = word
        elif word in _ENDS_SENTENCE:
            if not (word == "." and not gaps[i]
                    and (len(previous_word) == 1 or previous_word.lower() in _ABBREVIATIONS)):
                boundary = True
        else:
            previous_word = word
    return initials


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each sentence, numbered as :func:`tokenize` numbers them.

    >>> text = "Lutsk was hit. Kyiv too."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Lutsk was hit.', 'Kyiv too.']
    """
    tokens = tokenize(text)
    spans: list[tuple[int, int]] = []
    sentence, first = 0, 0
    # the tokens where a sentence opens; the one before each closes the previous sentence
    for i in [i for i, initial in enumerate(tokens.initial) if initial and i]:
        if tokens.sentence[i] != sentence:
            spans.append((tokens.start[first], tokens.end[i - 1]))
            sentence, first = tokens.sentence[i], i
    if tokens.text:
        spans.append((tokens.start[first], tokens.end[-1]))
    return spans
