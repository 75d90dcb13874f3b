"""Stage one of the geoparser: find the stretches of text that may name places.

Capitalised runs of tokens are matched against the gazetteer's name keys,
longest first (at most :data:`MAX_NAME_TOKENS` tokens from each position, so
the work is linear in the text). Around each match the cues that news writes
are read: "the Belarusian village of Kopani", "near Izyum", "Sumy Oblast",
"Lutsk airfield". People, organisations, calendar words and adjectives are
dropped here; whether an everyday word such as "Reading" is a place is left to
resolution, which knows how big the place is.
"""

from __future__ import annotations

from collections.abc import Callable
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from gazetteer import name_key

from .lexicon import (CALENDAR, CONNECTORS, CONTRACTION_TAILS, COUNTRY_ABBREVIATIONS, DIRECTIONS,
                      FACILITY_WORDS, FEATURE_WORDS, FUNCTION_WORDS, INSTITUTION_WORDS, LOCATIVES, NAMED_FEATURE_WORDS,
                      NEAR_WORDS, NOT_PLACES, SPEECH_VERBS, TITLES, US_STATE_ABBREVIATIONS,
                      is_first_name)
from .model import Span
from .tokens import Token, tokenize

__all__ = ["Recogniser", "MAX_NAME_TOKENS"]

MAX_NAME_TOKENS = 6
_CUE_WINDOW = 9


@dataclass
class _Run:
    """Consecutive capitalised tokens (with connectors such as "of" inside)."""

    first: int
    last: int  # inclusive


class Recogniser:
    """Finds candidate place spans in text.

    ``knows`` tells whether a gazetteer key names some place; ``countries``
    maps a word to an ISO code when it names or qualifies a country;
    ``is_country_name`` tells a country's name ("Belarus") from its adjective.
    """

    def __init__(self, knows: Callable[[str], bool], country_of: Callable[[str], str | None],
                 is_country_name: Callable[[str], bool]):
        self._knows = knows
        self._country_of = country_of
        self._is_country_name = is_country_name

    def spans(self, text: str) -> list[Span]:
        tokens = tokenize(text)
        people: set[str] = set()
        found: list[Span] = []
        for run in _runs(tokens):
            found.extend(self._spans_in_run(text, tokens, run, people))
        # a surname seen in a full name earlier ("Oleksiy Danilov") is a person later ("Danilov")
        return [replace(s, person=True) if s.key in people and not s.country_alias else s
                for s in found]

    def spans_at(self, text: str, offsets: list[tuple[int, int]]) -> list[Span]:
        """Spans at given offsets (gold mentions), with their cues read as usual, nothing dropped."""
        tokens = tokenize(text)
        starts = [t.start for t in tokens]
        spans = []
        for start, end in offsets:
            first = max(bisect_right(starts, start) - 1, 0)
            last = max(bisect_left(starts, end) - 1, first)
            if not tokens:
                continue
            span = self._span(text, tokens, first, last, name_key(text[start:end]) or None, keep=True)
            spans.append(replace(span, start=start, end=end, surface=text[start:end], demonym=False))
        return spans

    # -- runs -------------------------------------------------------------

    def _spans_in_run(self, text: str, tokens: list[Token], run: _Run, people: set[str]) -> list[Span]:
        spans: list[Span] = []
        i = run.first
        person_end = self._person_end(tokens, run)
        if person_end is not None:
            people.update(name_key(tokens[k].text) for k in range(run.first + 1, person_end + 1))
            # "Steven Sachs of Alexandria": the person ends at the connector, the place follows
            i = person_end + 1
            while i <= run.last and not tokens[i].capitalised:
                i += 1
        if i <= run.last and tokens[i].text in ("The", "THE") and i < run.last:
            i += 1  # "The Netherlands" is "Netherlands"; "The Mansfield News" starts at Mansfield
        while i <= run.last:
            person_end = self._person_inside(tokens, i, run.last)
            if person_end is not None:
                # "Russian President Vladimir Putin": the title opens a person's name
                people.update(name_key(tokens[k].text) for k in range(i + 1, person_end + 1))
                i = person_end + 1
                continue
            matched = self._longest_match(text, tokens, i, run.last)
            if matched is None:
                unknown = self._unknown_with_cue(text, tokens, i, run.last)
                if unknown:
                    spans.append(unknown)
                    i = _token_index_after(tokens, unknown.end, i)
                    continue
                i += 1
                continue
            last, key = matched
            following = tokens[last + 1].text.lower() if last < run.last else ""
            if following in NAMED_FEATURE_WORDS and following not in FACILITY_WORDS:
                # "Wichita Drive", "Kanawha River": named after the place, not at it
                last, key = last + 1, None
            span = self._span(text, tokens, i, last, key)
            if span is not None:
                spans.append(span)
            i = last + 1
        return spans

    def _person_end(self, tokens: list[Token], run: _Run) -> int | None:
        """Where a person's name at the start of the run ends: "Vladimir Putin", "President Zelensky".

        None when the run does not open with a person. A person's name stops at a
        connector, so "President Omar al-Bashir of Sudan" leaves Sudan a place.
        """
        end = run.first
        while end < run.last and tokens[end + 1].capitalised:
            end += 1
        before = _previous_word(tokens, run.first)
        if before is not None and tokens[before].text.lower() in TITLES:
            return end
        if tokens[run.first].text.lower() in TITLES and end > run.first:
            return end
        first_word = tokens[run.first].text
        if (end == run.first or first_word.lower() in FUNCTION_WORDS or not is_first_name(first_word)
                or tokens[run.first + 1].text.lower() in INSTITUTION_WORDS):
            return None
        whole = name_key(_text(tokens, run.first, end))
        return None if self._knows(whole) else end

    def _person_inside(self, tokens: list[Token], i: int, limit: int) -> int | None:
        """A title inside a run ("President") makes the capitalised words after it a person."""
        if tokens[i].text.lower() not in TITLES or i >= limit or not tokens[i + 1].capitalised:
            return None
        end = i + 1
        while end < limit and tokens[end + 1].capitalised:
            end += 1
        return end

    def _longest_match(self, text: str, tokens: list[Token], first: int, limit: int):
        word = tokens[first].text
        if word in COUNTRY_ABBREVIATIONS:
            return first, name_key(word)
        if word in US_STATE_ABBREVIATIONS and first > 0 and tokens[first - 1].text == ",":
            return first, name_key(US_STATE_ABBREVIATIONS[word])  # "Springfield, Ill."
        if not tokens[first].capitalised:
            return None  # a connector cannot open a name
        for last in range(min(limit, first + MAX_NAME_TOKENS - 1), first - 1, -1):
            if not tokens[last].capitalised:
                continue
            key = name_key(text[tokens[first].start:tokens[last].end])
            for candidate in (key, _expand_abbreviation(key)):
                if candidate and self._knows(candidate):
                    return last, candidate
        key = name_key(word)
        if self._country_of(key):
            return first, key  # "Belarusian": no place, but an adjective of one
        return None

    def _unknown_with_cue(self, text: str, tokens: list[Token], first: int, limit: int) -> Span | None:
        """A name the gazetteer does not know, after "the village of": still a place mention."""
        if not tokens[first].capitalised or self._country_of(name_key(tokens[first].text)):
            return None  # "the Ukrainian city of": an adjective, not an unknown village
        last = first
        while last < limit and tokens[last + 1].capitalised:
            last += 1
        # "in Kerdylivshchyna village"
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if (after is not None and after.is_word and not after.capitalised
                and FEATURE_WORDS.get(after.text.lower()) == "populated"):
            return self._span(text, tokens, first, last, None)
        # "the village of Kopani"
        before = _previous_word(tokens, first)
        if tokens[first].initial or before is None or tokens[before].text.lower() != "of":
            return None
        feature = _previous_word(tokens, before)
        if feature is None or FEATURE_WORDS.get(tokens[feature].text.lower()) != "populated":
            return None
        return self._span(text, tokens, first, last, None)

    # -- one span and its cues ---------------------------------------------------

    def _span(self, text: str, tokens: list[Token], first: int, last: int, key: str | None,
              keep: bool = False) -> Span | None:
        surface_tokens = tokens[first:last + 1]
        surface = text[tokens[first].start:tokens[last].end]
        end = tokens[last].end
        single = first == last
        word = surface_tokens[0].text
        alias = COUNTRY_ABBREVIATIONS.get(word) if single else None
        if alias is None and key is not None and not keep:
            if key in CALENDAR or key in NOT_PLACES:
                return None
            if single and (len(key) < 3 or key in FUNCTION_WORDS or key in TITLES
                           or word.endswith(CONTRACTION_TAILS)):
                return None
        if not keep and _MODEL_CODE.match(text, end):
            return None
        # "Springfield, Ill.": the state abbreviation keeps its full stop
        if single and word in US_STATE_ABBREVIATIONS and end < len(text) and text[end] == ".":
            end += 1
            surface += "."
        demonym = False
        if key is not None and alias is None:
            code = self._country_of(key)
            if code and not self._is_country_name(key):
                demonym = True
        country_cue, feature_cue, near_cue, locative = self._cues_before(tokens, first)
        feature_after, facility = _cues_after(tokens, last)
        if facility is None and last > first and tokens[last].text.lower() in FACILITY_WORDS:
            facility = tokens[last].text.lower()  # "Lutsk Airport", when no gazetteer knows it
        return Span(
            start=tokens[first].start, end=end, surface=surface, key=key,
            sentence=tokens[first].sentence, sentence_initial=tokens[first].initial,
            country_cue=country_cue, feature_cue=feature_cue or feature_after, near_cue=near_cue,
            facility=facility, locative=locative, country_alias=alias, demonym=demonym,
            speaker=_is_speaker(tokens, first, last),
            acronym=single and word.isupper() and len(word) <= 4 and alias is None,
        )

    def _cues_before(self, tokens: list[Token], first: int):
        """Read back from the name: "the eastern Ukrainian town of", "near", "north of"."""
        country = feature = near = None
        locative = False
        words = []
        i = first - 1
        while i >= 0 and len(words) < _CUE_WINDOW and tokens[i].sentence == tokens[first].sentence:
            if tokens[i].is_word:
                words.append(tokens[i].text)
            elif tokens[i].text not in "-–—":
                break
            i -= 1
        lowered = [w.lower() for w in words]  # nearest first
        if lowered:
            locative = lowered[0] in LOCATIVES or (len(lowered) > 1 and lowered[0] == "the"
                                                   and lowered[1] in LOCATIVES)
        # "near Izyum", "near the eastern Ukrainian town of Izyum", "north of the port of Mariupol"
        for position, word in enumerate(lowered):
            if not all(_describes(w, original) for w, original in zip(lowered[:position], words)):
                break
            if word in NEAR_WORDS:
                near = word
                break
            if word in ("of", "from") and position + 1 < len(lowered):
                before_of = lowered[position + 1]
                if before_of in DIRECTIONS or before_of in ("outskirts", "suburbs", "west", "east"):
                    near = f"{before_of} {word}"
                    break
        for position, word in enumerate(lowered):
            if word in FEATURE_WORDS and (position == 0 or lowered[0] == "of"):
                feature = FEATURE_WORDS[word]
                # the adjective stands between the article and the feature word:
                # "the Belarusian village of", "the eastern Ukrainian town of"
                for adjective in words[position + 1:position + 4]:
                    if adjective.lower() in ("the", "a", "an"):
                        break
                    key = name_key(adjective)
                    if adjective[0].isupper() and not self._is_country_name(key):
                        code = self._country_of(key)
                        if code:
                            country = code
                            break
                break
        return country, feature, near, locative


_ARTICLES = frozenset(("the", "a", "an", "of"))


def _describes(word: str, original: str) -> bool:
    """Whether a word between a cue and a name only describes the name ("the eastern Ukrainian town of")."""
    return (word in _ARTICLES or word in FEATURE_WORDS or word in DIRECTIONS or original[0].isupper()
            or word.endswith(("ern", "ian", "ish", "ese", "ed", "ing")) or word in FACILITY_WORDS)


def _cues_after(tokens: list[Token], last: int) -> tuple[str | None, str | None]:
    """"Kerdylivshchyna village", "Kharkiv region", "Lutsk airfield"."""
    j = last + 1
    if j < len(tokens) and tokens[j].is_word and tokens[j].sentence == tokens[last].sentence:
        word = tokens[j].text.lower()
        if word in FACILITY_WORDS:
            return None, word
        if word in ("air",) and j + 1 < len(tokens) and tokens[j + 1].text.lower() == "base":
            return None, "airbase"
        if word in FEATURE_WORDS and not tokens[j].capitalised:
            return FEATURE_WORDS[word], None
    return None, None


def _is_speaker(tokens: list[Token], first: int, last: int) -> bool:
    """"Welch said", "said Moore": the name speaks, so it is a person's."""
    after = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
    before = tokens[first - 1].text.lower() if first > 0 else ""
    return after in SPEECH_VERBS or before in SPEECH_VERBS


#: "Mil Mi-25", "Bayraktar TB-2": a maker's name before a model code is not a place.
_MODEL_CODE = re.compile(r"\s+[A-Z][A-Za-z]{0,3}-?\d")


_ABBREVIATED = {"st": "saint", "ft": "fort", "mt": "mount", "pt": "point"}


def _expand_abbreviation(key: str) -> str | None:
    """"st petersburg" -> "saint petersburg": how gazetteers spell what news abbreviates."""
    head, _, rest = key.partition(" ")
    return f"{_ABBREVIATED[head]} {rest}" if rest and head in _ABBREVIATED else None


def _runs(tokens: list[Token]):
    """Maximal runs of capitalised words on one line, connectors allowed inside."""
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        if not (token.is_word and (token.capitalised or token.text in COUNTRY_ABBREVIATIONS)):
            i += 1
            continue
        first = last = i
        j = i + 1
        while j < n:
            gap_ok = tokens[j].start - tokens[j - 1].end <= 1 and not tokens[j].initial
            current = tokens[j]
            if (current.text == "." and tokens[j - 1].text in ("St", "Ft", "Mt", "Pt") and j + 1 < n
                    and tokens[j + 1].capitalised):
                j += 1  # "St. Petersburg", "Ft. Worth"
                continue
            if not gap_ok or not current.is_word:
                break
            if current.capitalised:
                last = j
                j += 1
                continue
            if (current.text in CONNECTORS and j + 1 < n and tokens[j + 1].capitalised
                    and tokens[j + 1].start - current.end <= 1):
                j += 1
                continue
            break
        yield _Run(first, last)
        i = last + 1


def _previous_word(tokens: list[Token], index: int) -> int | None:
    """The index of the word before ``index`` in the same sentence, across full stops of titles."""
    i = index - 1
    while i >= 0 and tokens[i].text == ".":
        i -= 1
    if i < 0 or not tokens[i].is_word:
        return None
    return i


def _text(tokens: list[Token], first: int, last: int) -> str:
    return " ".join(t.text for t in tokens[first:last + 1])


def _token_index_after(tokens: list[Token], end: int, start_from: int) -> int:
    i = start_from
    while i < len(tokens) and tokens[i].start < end:
        i += 1
    return i
