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

from .lexicon import (CALENDAR, CONTINENT_ADJECTIVES, CONNECTORS, CONTRACTION_TAILS, COUNTRY_ABBREVIATIONS, DIRECTIONS,
                      DISEASE_WORDS,
                      FACILITY_WORDS, FEATURE_WORDS, FUNCTION_WORDS, INSTITUTION_WORDS, LOCATIVES, NAMED_FEATURE_WORDS,
                      NEAR_WORDS, NOT_PLACES, REGION_ABBREVIATIONS, SPEECH_VERBS, TITLES,
                      is_common_word, is_first_name, region_abbreviation, singular_demonym)
from .cyrillic_names import InflectedNames
from .inflection import is_cyrillic
from .model import Span
from .tokens import Tokens, split_hyphenated, tokenize

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
        self._inflected = InflectedNames(knows)

    def spans(self, text: str) -> list[Span]:
        tokens = self._tokens(text)
        people = _people_by_form(tokens)
        found: list[Span] = []
        for run in _runs(tokens):
            found.extend(self._spans_in_run(text, tokens, run, people))
        # "Marburg virus": a disease named after a place; the report means the disease by the
        # name alone afterwards ("Marburg kills slowly"), unless it puts something in the place
        # (a country keeps its name: "the Sudan strain" is still written of Sudan)
        diseases = {s.key for s in found if _names_disease(tokens, s) and not self._is_country_name(s.key)}
        found = [s for s in found if s.key not in diseases or (s.locative and not _names_disease(tokens, s))]
        # a name seen in a person's full name ("Oleksiy Danilov") is the person elsewhere ("Danilov")
        return [replace(s, person=True) if s.key in people and not s.country_alias else s
                for s in found if not _joined_by_ampersand(text, s)]

    def spans_at(self, text: str, offsets: list[tuple[int, int]]) -> list[Span]:
        """Spans at given offsets (gold mentions), with their cues read as usual, nothing dropped."""
        tokens = self._tokens(text)
        starts = tokens.start
        spans = []
        for start, end in offsets:
            first = max(bisect_right(starts, start) - 1, 0)
            last = max(bisect_left(starts, end) - 1, first)
            if not len(tokens):
                continue
            region = region_abbreviation(text[start:end])
            key = name_key(region[0] if region else text[start:end]) or None
            span = self._span(text, tokens, first, last, key, keep=True)
            spans.append(replace(span, start=start, end=end, surface=text[start:end]))
        return spans

    def _tokens(self, text: str) -> Tokens:
        tokens = tokenize(text)
        return split_hyphenated(tokens, lambda i: self._cut_hyphenated(tokens, i))

    def _cut_hyphenated(self, tokens: Tokens, i: int) -> bool:
        """Whether a hyphenated word holds a name as a part: "London-based", "Russia-Turkey", "D-Ohio".

        A known whole ("Winston-Salem") and an Arabic-style "al-Qaim" stay whole. When every
        part is capitalised the word is cut only when each part is a name and no capitalised
        word comes right before: "Agence France-Presse", "Joaquin Navarro-Valls" stay whole.
        """
        word = tokens.text[i]
        parts = word.split("-")
        if not any(part[:1].isupper() for part in parts) or parts[0].lower() in _ARABIC_ARTICLES:
            return False
        if self._knows(name_key(word)):
            return False
        if len(parts[0]) == 1 or not all(part[:1].isupper() for part in parts):
            return True  # "Kharkiv-born", "pro-Russian", "D-Charleston"
        if i and tokens.capital[i - 1] and tokens.start[i] - tokens.end[i - 1] <= 1:
            return False
        return all(part in COUNTRY_ABBREVIATIONS or self._country_of(name_key(part))
                   or (self._knows(name_key(part)) and not is_common_word(part)) for part in parts)

    # -- runs -------------------------------------------------------------

    def _spans_in_run(self, text: str, tokens: Tokens, run: _Run, people: set[str]) -> list[Span]:
        spans: list[Span] = []
        i = run.first
        person_end = self._person_end(tokens, run)
        if person_end is not None:
            people.update(name_key(tokens.text[k]) for k in range(run.first, person_end + 1))
            # "Steven Sachs of Alexandria": the person ends at the connector, the place follows
            i = person_end + 1
            while i <= run.last and not tokens.capital[i]:
                i += 1
        if i <= run.last and tokens.text[i] in ("The", "THE") and i < run.last:
            i += 1  # "The Netherlands" is "Netherlands"; "The Mansfield News" starts at Mansfield
        while i <= run.last:
            person_end = self._person_inside(tokens, i, run.last)
            if person_end is not None:
                # "Russian President Vladimir Putin": the title opens a person's name
                people.update(name_key(tokens.text[k]) for k in range(i + 1, person_end + 1))
                i = person_end + 1
                continue
            person_end = self._first_name_inside(tokens, i, run.last) if i > run.first else None
            if person_end is not None:
                # "Anderson County Clerk Dean Johnson": a first name inside the run opens a person's
                people.update(name_key(tokens.text[k]) for k in range(i, person_end + 1))
                i = person_end + 1
                continue
            if is_cyrillic(tokens.text[i]):
                # declined names and the lower-case region words after them ("Донецкой области")
                span, last = self._cyrillic_span(text, tokens, i, run.last)
                if span is not None:
                    spans.append(span)
                i = last + 1
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
            following = tokens.text[last + 1].lower() if last < run.last else ""
            if tokens.text[last] == "City" and following in _CITY_OFFICES and last > i:
                # "Dublin City Council", "Paris City Hall": the town's council, not a "Dublin City"
                town = name_key(_text(tokens, i, last - 1))
                if self._knows(town) and not self._is_country_name(town):
                    span = self._span(text, tokens, i, last - 1, town)
                    if span is not None:
                        spans.append(span)
                    i = last + 2
                    continue
            if (following in NAMED_FEATURE_WORDS and following not in FACILITY_WORDS
                    and not region_abbreviation(tokens.text[i])):  # "the S.C. Highway Patrol"
                # "Wichita Drive", "Kanawha River": named after the place, not at it
                last, key = last + 1, None
            span = self._span(text, tokens, i, last, key)
            if span is not None:
                spans.append(span)
            i = last + 1
        return spans

    def _person_end(self, tokens: Tokens, run: _Run) -> int | None:
        """Where a person's name at the start of the run ends: "Vladimir Putin", "President Zelensky".

        None when the run does not open with a person. A person's name stops at a
        connector, so "President Omar al-Bashir of Sudan" leaves Sudan a place.
        """
        end = run.first
        while end < run.last and tokens.capital[end + 1]:
            end += 1
        before = _previous_word(tokens, run.first)
        if before is not None and tokens.text[before].lower() in TITLES:
            return end
        if tokens.text[run.first].lower() in TITLES and end > run.first:
            return end
        first_word = tokens.text[run.first]
        if (end == run.first or first_word.lower() in FUNCTION_WORDS or not is_first_name(first_word)
                or tokens.text[run.first + 1].lower() in INSTITUTION_WORDS):
            return None
        whole = name_key(_text(tokens, run.first, end))
        return None if self._knows(whole) else end

    def _person_inside(self, tokens: Tokens, i: int, limit: int) -> int | None:
        """A title inside a run ("President") makes the capitalised words after it a person."""
        if tokens.text[i].lower() not in TITLES or i >= limit or not tokens.capital[i + 1]:
            return None
        end = i + 1
        while end < limit and tokens.capital[end + 1]:
            end += 1
        return end

    def _first_name_inside(self, tokens: Tokens, i: int, limit: int) -> int | None:
        """A first name and a capitalised word after it ("Greg Taylor") that no place is called.

        Not a country's name ("Jordan"), nor before an everyday word ("Georgia Medical Center").
        """
        word = tokens.text[i]
        if i >= limit or not tokens.capital[i + 1] or not is_first_name(word) or word.lower() in FUNCTION_WORDS:
            return None
        following = tokens.text[i + 1]
        # "Georgia Medical Center", "Alexandria Country Day School": a place names an institution
        if (is_common_word(following) or self._country_of(name_key(word))
                or self._knows(name_key(_text(tokens, i, i + 1)))):
            return None
        end = i + 1
        while end < limit and tokens.capital[end + 1]:
            end += 1
        return end

    def _longest_match(self, text: str, tokens: Tokens, first: int, limit: int):
        word = tokens.text[first]
        if word in COUNTRY_ABBREVIATIONS:
            return first, name_key(word)
        region = _abbreviated_region(text, tokens, first)
        if region is not None:
            return region
        if not tokens.capital[first]:
            return None  # a connector cannot open a name
        for last in range(min(limit, first + MAX_NAME_TOKENS - 1), first - 1, -1):
            if not tokens.capital[last]:
                continue
            key = name_key(text[tokens.start[first]:tokens.end[last]])
            for candidate in (key, _expand_abbreviation(key), _with_article(key)):
                if candidate and self._knows(candidate):
                    return last, candidate
        key = name_key(word)
        if self._country_of(key):
            return first, key  # "Belarusian": no place, but an adjective of one
        return None

    def _cyrillic_span(self, text: str, tokens: Tokens, first: int, limit: int) -> tuple[Span | None, int]:
        """The place named from ``first`` in Cyrillic, with its cues, and the last token it takes.

        A region phrase first ("Харківської області": "Харківської" alone is the city),
        then the name as written, then declined; an unknown name after a settlement word
        ("в селі Кердилівщина") is a place the gazetteer does not know.
        """
        names = self._inflected
        name = None
        if names.is_cue(tokens.text[first]):
            return None, first  # "Селище Шевченкове", "Область": the cue, capitalised at a sentence start
        found = names.region(tokens, first, limit)
        if found is None:
            matched = self._longest_match(text, tokens, first, limit)
            declined = names.declined(tokens.text[first], matched[1]) if matched and matched[0] == first else None
            if declined is not None:
                found = (first, *declined)  # "Покровська": Покровськ's genitive, not a namesake so spelt
            else:
                found = (*matched, None) if matched is not None else names.inflected(tokens, first, limit)
        settlement, cue_start = names.settlement_before(tokens, first)
        if found is not None:
            last, key, name = found
            after = last + 1
            if after < len(tokens.text) and tokens.text[after].lower() in names.front_words:
                return None, last  # "на Запорожском направлении": a front named after the place
        elif settlement is not None:
            last, key = first, None
        else:
            return None, first
        span = self._span(text, tokens, first, last, key)
        if span is None:
            return None, last
        locative, near = names.cue_before(tokens, cue_start)
        region = names.regions_after_on.get((name or span.surface).lower()) if first == last else None
        if region and first > 0 and tokens.text[first - 1].lower() == "на":
            name = region  # "на Запоріжжі": the region, as Ukrainian and Russian say it
        person = common = False
        if not (locative or near or settlement) and first == last:
            # "Федоров заявив", "Атака на ...": a surname, or an everyday word opening a sentence
            kind = names.dictionary_word(tokens.text[first], name)
            person = kind == "person"
            # a region or country by name stays ("Київщина знову під атакою")
            common = kind == "word" and tokens.initial[first] and not (key and self._is_country_name(key))
        return replace(span, name=name, locative=locative or span.locative, near_cue=near or span.near_cue,
                       feature_cue=settlement or span.feature_cue, person=person or span.person,
                       common=common), last

    def _unknown_with_cue(self, text: str, tokens: Tokens, first: int, limit: int) -> Span | None:
        """A name the gazetteer does not know, after "the village of": still a place mention."""
        if not tokens.capital[first] or self._country_of(name_key(tokens.text[first])):
            return None  # "the Ukrainian city of": an adjective, not an unknown village
        last = first
        while last < limit and tokens.capital[last + 1]:
            last += 1
        # "in Kerdylivshchyna village"
        after = last + 1
        if (after < len(tokens) and tokens.word[after] and not tokens.capital[after]
                and FEATURE_WORDS.get(tokens.text[after].lower()) == "populated"):
            return self._span(text, tokens, first, last, None)
        # "the village of Kopani"
        before = _previous_word(tokens, first)
        if tokens.initial[first] or before is None or tokens.text[before].lower() != "of":
            return None
        feature = _previous_word(tokens, before)
        if feature is None or FEATURE_WORDS.get(tokens.text[feature].lower()) != "populated":
            return None
        return self._span(text, tokens, first, last, None)

    # -- one span and its cues ---------------------------------------------------

    def _span(self, text: str, tokens: Tokens, first: int, last: int, key: str | None,
              keep: bool = False) -> Span | None:
        surface = text[tokens.start[first]:tokens.end[last]]
        end = tokens.end[last]
        single = first == last
        word = tokens.text[first]
        alias = COUNTRY_ABBREVIATIONS.get(word) if single else None
        if (alias is None and key is not None and key == _with_article(name_key(surface)) and self._country_of(key)
                and self._is_country_name(key)):
            alias = self._country_of(key)  # "Republic of Congo", matched as "Republic of the Congo"
        if alias is None and key is not None and not keep:
            if key in CALENDAR or key in NOT_PLACES:
                return None
            if single and (len(key) < 3 or key in FUNCTION_WORDS or key in TITLES
                           or word.endswith(CONTRACTION_TAILS)):
                return None
        if not keep and _MODEL_CODE.match(text, end):
            return None
        if not keep and alias and _is_currency(text, tokens.start[first], end):
            return None  # "US$460", "$US 15 billion": the dollar, not the country
        # "Springfield, Ill.": the state abbreviation keeps its full stop
        if (not surface.endswith(".") and end < len(text) and text[end] == "." and last - first < 3
                and not surface.isupper() and region_abbreviation(surface)):
            end += 1
            surface += "."
        demonym = False
        if key is not None and alias is None:
            adjective = singular_demonym(key) if keep else key
            code = self._country_of(key) or self._country_of(adjective)
            if code and not self._is_country_name(key):
                demonym = True
            elif keep and adjective in CONTINENT_ADJECTIVES:
                demonym = True  # gold spans only: running text drops "African" as a word
        country_cue, feature_cue, near_cue, locative = self._cues_before(tokens, first)
        feature_after, facility = _cues_after(tokens, last)
        if facility is None and last > first and tokens.text[last].lower() in FACILITY_WORDS:
            facility = tokens.text[last].lower()  # "Lutsk Airport", when no gazetteer knows it
        return Span(
            start=tokens.start[first], end=end, surface=surface, key=key,
            sentence=tokens.sentence[first], sentence_initial=tokens.initial[first],
            country_cue=country_cue, feature_cue=feature_cue or feature_after, near_cue=near_cue,
            facility=facility, locative=locative, country_alias=alias, demonym=demonym,
            speaker=_is_speaker(tokens, first, last),
            acronym=single and word.isupper() and len(word) <= 4 and alias is None,
            # "the Hague": an article that is part of the name is no sign of a river
            article_alone=_article_alone(tokens, first, last) and not (key and self._knows(f"the {key}")),
            dateline=tokens.initial[first] and last + 1 < len(tokens.text) and tokens.text[last + 1] in _DATELINE_MARKS,
        )

    def _cues_before(self, tokens: Tokens, first: int):
        """Read back from the name: "the eastern Ukrainian town of", "near", "north of"."""
        country = feature = near = None
        locative = False
        words = []
        i = first - 1
        while i >= 0 and len(words) < _CUE_WINDOW and tokens.sentence[i] == tokens.sentence[first]:
            if tokens.word[i]:
                words.append(tokens.text[i])
            elif tokens.text[i] not in "-–—":
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
            # "the town of Izyum", "Kerdylivshchyna village"; not "City Council", "City Hall"
            if word in FEATURE_WORDS and ((position == 0 and words[0].islower()) or lowered[0] == "of"):
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
#: Words after "X City" that name a town's own offices: "Dublin City Council", "Greer City Hall".
_CITY_OFFICES = frozenset("""council councilman councilwoman councilor councillor hall manager commission
commissioner commissioners schools school office marshal elections attorney clerk court public""".split())
_ARABIC_ARTICLES = frozenset(("al", "el", "ad", "as", "ash", "az", "an", "ar"))


def _describes(word: str, original: str) -> bool:
    """Whether a word between a cue and a name only describes the name ("the eastern Ukrainian town of")."""
    return (word in _ARTICLES or word in FEATURE_WORDS or word in DIRECTIONS or original[0].isupper()
            or word.endswith(("ern", "ian", "ish", "ese", "ed", "ing")) or word in FACILITY_WORDS)


def _cues_after(tokens: Tokens, last: int) -> tuple[str | None, str | None]:
    """"Kerdylivshchyna village", "Kharkiv region", "Lutsk airfield"."""
    j = last + 1
    if j < len(tokens) and tokens.word[j] and tokens.sentence[j] == tokens.sentence[last]:
        word = tokens.text[j].lower()
        if word in FACILITY_WORDS:
            return None, word
        if word in ("air",) and j + 1 < len(tokens) and tokens.text[j + 1].lower() == "base":
            return None, "airbase"
        if word in FEATURE_WORDS and not tokens.capital[j]:
            return FEATURE_WORDS[word], None
    return None, None


_CLOSING = frozenset(".,;:!?)")
_DATELINE_MARKS = frozenset(":-–—|")
_PLACE_PREPOSITIONS = frozenset("near in at on from to into by toward towards across past upstream downstream".split())


def _article_alone(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name stands after a lower-case "the" with no noun after it: "from across the
    Dnipro.", "on the Don near Rostov". Towns go without the article; rivers and regions take it,
    and "the Kyiv government" is the town's government."""
    before = _previous_word(tokens, first)
    if before is None or tokens.text[before] != "the":
        return False
    after = last + 1
    if after >= len(tokens.text) or tokens.sentence[after] != tokens.sentence[last]:
        return True
    if not tokens.word[after]:
        return tokens.text[after] in _CLOSING  # not "the Sligo-based", "the Oxford's"
    return tokens.text[after] in _PLACE_PREPOSITIONS  # not "the Chiefland or Cross City area"


def _is_speaker(tokens: Tokens, first: int, last: int) -> bool:
    """"Welch said", "said Moore": the name speaks, so it is a person's."""
    after = tokens.text[last + 1].lower() if last + 1 < len(tokens) else ""
    before = tokens.text[first - 1].lower() if first > 0 else ""
    return after in SPEECH_VERBS or before in SPEECH_VERBS


def _names_disease(tokens: Tokens, span: Span) -> bool:
    """"Reston ebolavirus", "Marburg virus", "Lassa fever": the word after the name is a pathogen's."""
    if span.key is None or span.country_alias or span.demonym:
        return False
    i = bisect_left(tokens.start, span.end)
    return i < len(tokens) and tokens.text[i].lower() in DISEASE_WORDS


def _is_currency(text: str, start: int, end: int) -> bool:
    """"US$1 million", "$US 15 billion", "NZ$": a country's code written onto its currency's sign."""
    return text.startswith("$", end) or (start and text[start - 1] == "$")


#: "Mil Mi-25", "Bayraktar TB-2": a maker's name before a model code is not a place.
_MODEL_CODE = re.compile(r"\s+[A-Z][A-Za-z]{0,3}-?\d")


_ABBREVIATED = {"st": "saint", "ft": "fort", "mt": "mount", "pt": "point"}


def _expand_abbreviation(key: str) -> str | None:
    """"st petersburg" -> "saint petersburg": how gazetteers spell what news abbreviates."""
    head, _, rest = key.partition(" ")
    return f"{_ABBREVIATED[head]} {rest}" if rest and head in _ABBREVIATED else None


def _with_article(key: str) -> str | None:
    """"republic of congo" -> "republic of the congo": news drops the article that gazetteers keep."""
    return key.replace(" of ", " of the ", 1) if " of " in key and " of the " not in key else None


def _runs(tokens: Tokens):
    """Maximal runs of capitalised words on one line, connectors allowed inside."""
    n = len(tokens)
    text, start, end, initial, word, capital = (tokens.text, tokens.start, tokens.end, tokens.initial,
                                                tokens.word, tokens.capital)
    last = -1
    # only a capitalised word opens a run (the country abbreviations are capitalised too),
    # so the lower-case bulk of a report is skipped in one pass
    for first in [i for i, (w, c) in enumerate(zip(word, capital)) if w and c]:
        if first <= last:
            continue
        last = first
        j = first + 1
        while j < n:
            if (text[j] == "." and text[j - 1] in ("St", "Ft", "Mt", "Pt") and j + 1 < n
                    and capital[j + 1]):
                j += 1  # "St. Petersburg", "Ft. Worth"
                continue
            if (text[j] in ("'", "’") and j + 2 < n and text[j + 1] in ("s", "S") and end[j - 1] == start[j]
                    and end[j] == start[j + 1] and capital[j + 2] and start[j + 2] - end[j + 1] <= 1):
                j += 2  # "People's Republic of China", "Queen Anne's County"
                continue
            if start[j] - end[j - 1] > 1 or initial[j] or not word[j]:
                break
            if capital[j]:
                last = j
                j += 1
                continue
            if text[j] in CONNECTORS and j + 1 < n and capital[j + 1] and start[j + 1] - end[j] <= 1:
                j += 1
                continue
            if (text[j] == "of" and j + 2 < n and text[j + 1] == "the" and capital[j + 2]
                    and start[j + 2] - end[j + 1] <= 1):
                j += 2  # "Democratic Republic of the Congo"
                continue
            break
        yield _Run(first, last)


def _previous_word(tokens: Tokens, index: int) -> int | None:
    """The index of the word before ``index`` in the same sentence, across full stops of titles."""
    i = index - 1
    while i >= 0 and tokens.text[i] == ".":
        i -= 1
    if i < 0 or not tokens.word[i]:
        return None
    return i


def _text(tokens: Tokens, first: int, last: int) -> str:
    return " ".join(tokens.text[first:last + 1])


def _people_by_form(tokens: Tokens) -> set[str]:
    """The keys of names written the way only people's are: "Keith D. Johnson", "Ann Sullivan, 24,".

    A middle initial between two capitalised words, or an age between commas after
    the name, as news reports people; each word of such a name is the person's.
    """
    words, capital, n = tokens.text, tokens.capital, len(tokens)
    people: set[str] = set()
    for i in [i for i, word in enumerate(words) if word in (".", ",")]:
        if (words[i] == "." and 2 <= i < n - 1 and len(words[i - 1]) == 1 and capital[i - 1]
                and capital[i - 2] and tokens.word[i - 2] and len(words[i - 2]) > 1 and capital[i + 1]
                and tokens.word[i + 1] and tokens.end[i - 1] == tokens.start[i]):
            people.update((name_key(words[i - 2]), name_key(words[i + 1])))  # "Keith D. Johnson"
        elif (words[i] == "," and 2 <= i < n - 2 and words[i + 1].isdigit() and len(words[i + 1]) <= 2
                and words[i + 2] == "," and capital[i - 1] and capital[i - 2] and tokens.word[i - 2]
                and tokens.sentence[i - 2] == tokens.sentence[i]):
            people.update((name_key(words[i - 2]), name_key(words[i - 1])))  # "Ann Sullivan, 24,"
    return people


def _joined_by_ampersand(text: str, span: Span) -> bool:
    """"Stevens & Wilkinson", "Hartman & Tyner": firms named after their founders."""
    return text.startswith("&", span.end + 1) or text.startswith("&", span.end) or (
        span.start >= 2 and "&" in text[span.start - 2:span.start])


#: The tokens an abbreviated region can start with: "Ill", "S.C.", and the "W" of "W. Va.".
_REGION_TOKENS = frozenset(
    {*REGION_ABBREVIATIONS, *(k.rstrip(".") for k in REGION_ABBREVIATIONS),
     *(k.split(".")[0] for k in REGION_ABBREVIATIONS if "." in k.rstrip("."))})


def _abbreviated_region(text: str, tokens: Tokens, first: int) -> tuple[int, str] | None:
    """"Springfield, Ill.", "D-S.C.", "the S.C. Highway Patrol", "Wood County, W. Va.": a state's
    or province's abbreviation at ``first``, as its last token and the region's key.

    Written with inner full stops ("S.C.") it is one wherever it stands but after a number
    ("300 B.C."); a single word ("Ill", "Mich") only after a comma or a hyphen, or with its
    full stop before a lower-case word ("Mich. utilities"), where the stop ends no sentence.
    """
    words, n = tokens.text, len(tokens)
    word, last = words[first], first
    if word not in _REGION_TOKENS:
        return None  # most words: one set lookup
    if (len(word) == 1 and first + 2 < n and words[first + 1] == "." and tokens.word[first + 2]
            and tokens.start[first + 2] - tokens.end[first + 1] <= 1):
        word, last = text[tokens.start[first]:tokens.end[first + 2]], first + 2  # "W. Va"
    region = region_abbreviation(word)
    if region is None:
        return None
    before = words[first - 1] if first else ""
    if before in (",", "-"):
        pass
    elif "." in word.rstrip(".") or word.isupper():
        if before[:1].isdigit():
            return None
    elif not (last + 2 < n and words[last + 1] == "." and tokens.end[last] == tokens.start[last + 1]
              and words[last + 2][:1].islower()):
        return None
    return last, name_key(region[0])


def _token_index_after(tokens: Tokens, end: int, start_from: int) -> int:
    i = start_from
    while i < len(tokens) and tokens.start[i] < end:
        i += 1
    return i
