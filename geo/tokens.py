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
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain

__all__ = ["Tokens", "tokenize", "sentence_spans", "capitalised"]

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.[A-Z][a-z]\."        # U.S., D.C., U.K., W.Va.
    r"|[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+|['’]?-[^\W\d_]+)*"  # words; "Canada's" stops before 's
    r"|\d+(?:[.,:]\d+)*"                        # numbers and times
    r"|[^\w\s]",                                # one punctuation mark
)
_ENDS_SENTENCE = frozenset(".!?")
#: A full stop after these does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt sgt st mt ft gov sen rep capt maj prof rev jr sr inc co corp no vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec ave blvd rd lt cmdr adm sgt pvt u s".split())
#: Past this many tokens a sentence ends at the next comma, semicolon or colon, and past
#: twice as many anywhere: text scraped without full stops (a 10 MB line) would otherwise
#: be one sentence, and the work done per sentence grows with the square of its length.
MAX_SENTENCE_TOKENS = 400
_CLAUSE_ENDS = frozenset(",;:")


@dataclass(frozen=True, slots=True)
class Tokens:
    """A report's tokens as parallel tuples: token ``i`` is ``text[i]`` at ``start[i]:end[i]``.

    Columns, not one object per token: a report has thousands of tokens, and
    making an object for each was a third of the time geoparsing took.
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
        return len(self.text)


_ARTICLES = ("al", "el", "ad", "as", "ash", "az", "an", "ar")


def capitalised(text: str) -> bool:
    """Starts with a capital, or is an Arabic-style ``al-Qaim`` with a capital after the article.

    >>> capitalised("Izyum"), capitalised("al-Qaim"), capitalised("near")
    (True, True, False)
    """
    if text[0].isupper():
        return True
    head, _, tail = text.partition("-")
    return bool(tail) and head in _ARTICLES and tail[0].isupper()


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
    # the regular expression finds the words and the gaps between them in C; offsets are
    # running sums of their lengths; only the sentence numbering is a Python loop, and it
    # does a few comparisons per token (a report has thousands of tokens)
    words = _TOKEN.findall(text)
    gaps = _TOKEN.split(text)  # the text before each word, then after the last
    offsets = list(accumulate(chain.from_iterable(zip(map(len, gaps), map(len, words)))))
    initials, sentences = [False] * len(words), [0] * len(words)
    boundary, sentence, previous_word = True, 0, ""
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
                if i:
                    sentence += 1
                    length = 1
                boundary = False
            previous_word = word
        elif word in _ENDS_SENTENCE:
            if not (word == "." and not gaps[i]
                    and (len(previous_word) == 1 or previous_word.lower() in _ABBREVIATIONS)):
                boundary = True
        else:
            previous_word = word
        sentences[i] = sentence
    return Tokens(tuple(words), tuple(offsets[0::2]), tuple(offsets[1::2]), tuple(initials),
                  tuple(sentences), tuple(w[0].isalpha() for w in words), tuple(map(capitalised, words)))


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
