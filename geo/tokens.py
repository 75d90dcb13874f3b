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
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or punctuation mark, and whether it opens a sentence."""

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


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, each with its offsets and sentence number."""
    tokens: list[Token] = []
    boundary, sentence, previous_end, previous_word = True, 0, 0, ""
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if "\n" in text[previous_end:start] and tokens:
            boundary = True
        if word[0].isalnum():
            if boundary and tokens:
                sentence += 1
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
    return tokens


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
