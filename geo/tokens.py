"""Split report text into word tokens with offsets, and mark sentence starts.

One compiled regular expression walks the text once; everything after works on
the token list, so the cost of recognition stays linear in the text.

>>> [t.text for t in tokenize("Strikes hit Ivano-Frankivsk and the U.S. embassy.")]
['Strikes', 'hit', 'Ivano-Frankivsk', 'and', 'the', 'U.S.', 'embassy', '.']
>>> [t.text for t in tokenize("Dr. Smith left. Lutsk was hit") if t.initial]
['Dr', 'Lutsk']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Token", "tokenize", "sentence_spans"]

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


class Token(NamedTuple):
    """A word, number or punctuation mark, and whether it opens a sentence.

    A named tuple, not a dataclass: a report has thousands of tokens, and a tuple is
    made several times faster; it is as immutable.
    """

    text: str
    start: int
    end: int
    initial: bool
    sentence: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def capitalised(self) -> bool:
        """Starts with a capital, or is an Arabic-style ``al-Qaim`` with a capital after the article."""
        text = self.text
        if text[0].isupper():
            return True
        head, _, tail = text.partition("-")
        return bool(tail) and head in ("al", "el", "ad", "as", "ash", "az", "an", "ar") and tail[0].isupper()


def tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of ``text``, each with its offsets and sentence number."""
    # recognition and extraction both read a report's tokens: the last few are kept, but a
    # huge report's are not, so memory stays small
    return _tokenize_kept(text) if len(text) <= _KEPT_UP_TO else _tokenize(text)


_KEPT_UP_TO = 200_000


@lru_cache(maxsize=4)
def _tokenize_kept(text: str) -> tuple[Token, ...]:
    return _tokenize(text)


def _tokenize(text: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    boundary, sentence, previous_end, previous_word = True, 0, 0, ""
    length = 0  # tokens in the current sentence
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if "\n" in text[previous_end:start] and tokens:
            boundary = True
        length += 1
        if length > 2 * MAX_SENTENCE_TOKENS or (length > MAX_SENTENCE_TOKENS and word in _CLAUSE_ENDS):
            boundary = True
        if word[0].isalnum():
            if boundary and tokens:
                sentence += 1
                length = 1
            tokens.append(Token(word, start, end, boundary, sentence))
            boundary = False
            previous_word = word
        else:
            tokens.append(Token(word, start, end, False, sentence))
            if word in _ENDS_SENTENCE and not (
                    word == "." and (previous_word.lower() in _ABBREVIATIONS or len(previous_word) == 1)
                    and previous_end == start):
                boundary = True
            previous_word = word if word not in _ENDS_SENTENCE else previous_word
        previous_end = end
    return tuple(tokens)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each sentence, numbered as :func:`tokenize` numbers them.

    >>> text = "Lutsk was hit. Kyiv too."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Lutsk was hit.', 'Kyiv too.']
    """
    spans: list[list[int]] = []
    for token in tokenize(text):
        if token.sentence == len(spans):
            spans.append([token.start, token.end])
        else:
            spans[token.sentence][1] = token.end
    return [(start, end) for start, end in spans]
