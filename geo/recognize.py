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
from bisect import bisect_left, bisect_right
from dataclasses import replace

from gazetteer import name_key
from gazetteer.normalize import initialism

from .lexicon import (CALENDAR, CONTINENT_ADJECTIVES, CONTRACTION_TAILS, COUNTRY_ABBREVIATIONS, COURT_RANKS,
                      FACILITY_WORDS, FEATURE_WORDS, FUNCTION_WORDS, INSTITUTION_WORDS, NAMED_FEATURE_WORDS,
                      NEWSPAPER_WORDS, NOT_PLACES, PARK_WORDS, REGION_WORDS, STREET_ABBREVIATIONS, TITLES,
                      is_common_word,
                      region_abbreviation, singular_demonym)
from .cues_before import cues_before
from .cyrillic_names import InflectedNames
from .demonyms import Demonym
from .inflection import is_cyrillic
from .languages import NUMBER_WORDS
from .model import Span
from .cyrillic_spans import CyrillicSpans
from .person_rules import PersonRules
from .span_cues import (ARABIC_ARTICLES, CITY_OFFICES, DATELINE_MARKS, HOLIDAY, MODEL_CODE, Run,
                        abbreviated_region, alone_after_article, capitalised_runs, cues_after,
                        expand_abbreviation, is_currency, is_speaker, joined_by_ampersand, names_disease,
                        people_by_form, place_expected, previous_word, saints_house, states_body,
                        token_index_after, token_text, town_called, with_article)
from .tokens import Tokens, split_hyphenated, tokenize

__all__ = ["Recogniser", "MAX_NAME_TOKENS"]

#: Capitalised shorthand of logs that opens no name: "IVO" (in the vicinity of).
LOG_SHORTHAND = frozenset(("IVO",))
#: Words after a name that make it a building's or a firm's, which no report locates by.
BUILDING_WORDS = frozenset(("center", "centre", "channel", "mall", "arena"))
#: Words that open a feature's name ("Lake Lanier", "Fort Hood"): the next word is no place of its own.
_FEATURE_HEADS = frozenset(("Lake", "Fort", "Mount", "Camp"))
#: Capitalised words after dotted initials that are no surname: "L.A. Times", "L.A. Monday", "L.A. Then".
_NOT_SURNAMES = INSTITUTION_WORDS | CALENDAR | FUNCTION_WORDS

MAX_NAME_TOKENS = 6

#: What opens the possessive of "St. Patrick's Day" and "St. John's Lutheran" (span_cues.HOLIDAY, saints_house).
_APOSTROPHES = ("'", "’")


class Recogniser(PersonRules, CyrillicSpans):
    """Finds candidate place spans in text.

    ``knows`` tells whether a gazetteer key names some place; ``countries``
    maps a word to an ISO code when it names or qualifies a country;
    ``is_country_name`` tells a country's name ("Belarus") from its adjective.
    """

    def __init__(self, knows: Callable[[str], bool], country_of: Callable[[str], str | None],
                 is_country_name: Callable[[str], bool], demonym_of: Callable[[str], Demonym | None] | None = None,
                 countries_of: Callable[[str], frozenset[str]] | None = None,
                 knows_spelling: Callable[[str], bool] | None = None):
        self._knows = knows
        self._country_of = country_of
        self._is_country_name = is_country_name
        self._demonym_of = demonym_of or (lambda key: None)
        self._inflected = InflectedNames(knows, countries_of=countries_of, knows_spelling=knows_spelling)

    def spans(self, text: str) -> list[Span]:
        tokens = self._tokens(text)
        people = people_by_form(tokens)
        found: list[Span] = []
        for run in capitalised_runs(tokens, self._names_across_and):
            found.extend(self._spans_in_run(text, tokens, run, people))
        # "Marburg virus": a disease named after a place; the report means the disease by the
        # name alone afterwards ("Marburg kills slowly"), unless it puts something in the place
        # (a country keeps its name: "the Sudan strain" is still written of Sudan)
        diseases = {s.key for s in found if names_disease(tokens, s) and not self._is_country_name(s.key)}
        found = [s for s in found if s.key not in diseases or (s.locative and not names_disease(tokens, s))]
        # a name seen in a person's full name ("Oleksiy Danilov") is the person elsewhere ("Danilov")
        return [replace(s, person=True) if s.key in people and not s.country_alias else s
                for s in found if not joined_by_ampersand(text, s)]

    def spans_at(self, text: str, offsets: list[tuple[int, int]]) -> list[Span]:
        """Spans at given offsets (gold mentions), with their cues read as usual, nothing dropped."""
        tokens = self._tokens(text)
        starts = tokens.start
        spans = []
        for start, end in offsets:
            first = max(bisect_right(starts, start) - 1, 0)
            last = max(bisect_left(starts, end) - 1, first)
            if not len(tokens.text):
                continue
            region = region_abbreviation(text[start:end])
            key = name_key(region[0] if region else text[start:end]) or None
            span = self._span(text, tokens, first, last, key, keep=True)
            spans.append(replace(span, start=start, end=end, surface=text[start:end]))
        return spans

    def _names_across_and(self, written: str) -> bool:
        """Whether a stretch with "and" inside is one name: "Bosnia and Herzegovina"."""
        key = name_key(written)
        return any(candidate and self._knows(candidate) for candidate in (key, expand_abbreviation(key)))

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
        if not any(part[:1].isupper() for part in parts) or parts[0].lower() in ARABIC_ARTICLES:
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

    def _spans_in_run(self, text: str, tokens: Tokens, run: Run, people: set[str]) -> list[Span]:
        spans: list[Span] = []
        i = run.first
        from_place = False
        person_end = None if tokens.text[run.first] in LOG_SHORTHAND else self._person_end(text, tokens, run)
        if person_end is not None:
            people.update(name_key(tokens.text[k]) for k in range(run.first, person_end + 1))
            # "Steven Sachs of Alexandria": the person ends at the connector, the place follows
            i = person_end + 1
            while i <= run.last and not tokens.capital[i]:
                i += 1
            # where the person is from is a place as surely as after "in"
            from_place = i <= run.last and tokens.text[i - 1].lower() in ("of", "from")
        first_place = i
        if i <= run.last and tokens.text[i] in ("The", "THE") and i < run.last:
            i += 1  # "The Netherlands" is "Netherlands"; "The Mansfield News" starts at Mansfield
        while i <= run.last:
            person_end = self._person_inside(text, tokens, i, run.last)
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
            if i < run.last and name_key(token_text(tokens, i, i + 1)) in NOT_PLACES:
                i += 2  # "United Russia", "Red Cross": an organisation whose name holds a place's
                continue
            if tokens.text[i] in LOG_SHORTHAND:
                i += 1  # "IVO Andriivka": a log's "in the vicinity of", a cue and no name
                continue
            matched = self._longest_match(text, tokens, i, run.last)
            if tokens.initial[i] and tokens.text[i].lower() in NUMBER_WORDS and (matched is None or matched[0] == i):
                i += 1  # "Two port workers injured.": a count opening a sentence, not "Two" port
                continue
            if tokens.text[i] in _FEATURE_HEADS and i < run.last and (matched is None or matched[0] == i):
                # "Lake Lanier", "Fort Hood": a lake or a base no gazetteer here knows, not Lanier
                # County, nor Hood County and a town that "Fort" names
                matched = (i + 1, None)
            if matched is None:
                unknown = self._unknown_with_cue(text, tokens, i, run.last)
                if unknown:
                    spans.append(unknown)
                    i = token_index_after(tokens, unknown.end, i)
                    continue
                i += 1
                continue
            last, key = matched
            region = self._region_written_after(tokens, last, key)
            following = tokens.text[last + 1].lower() if last < run.last else ""
            if tokens.text[last] == "City" and following in CITY_OFFICES and last > i:
                # "Dublin City Council", "Paris City Hall": the town's council, not a "Dublin City"
                town = name_key(token_text(tokens, i, last - 1))
                if self._knows(town) and not self._is_country_name(town):
                    span = self._span(text, tokens, i, last - 1, town)
                    if span is not None:
                        spans.append(span)
                    i = last + 2
                    continue
            after_following = tokens.text[last + 2].lower() if last + 1 < run.last else ""
            if (following in NEWSPAPER_WORDS and after_following not in ("school", "schools")) or (
                    following == "state" and after_following in NEWSPAPER_WORDS):
                i = last + 2  # "the New York Times", "Lansing State Journal": a newspaper, not a place
                continue
            if i >= 2 and tokens.text[i - 1] == "of" and tokens.text[i - 2].lower() in NEWSPAPER_WORDS:
                i = last + 1  # "the Times of India"
                continue
            if following == "court" and i == last and tokens.text[i].lower() in COURT_RANKS:
                i = last + 2  # "Superior Court", "Supreme Court": a court's rank, not a town's name
                continue
            if following in BUILDING_WORDS and last < run.last:
                i = last + 2  # "the Durant Center", "the Discovery Channel": a building or a firm, no place
                continue
            if (following in NAMED_FEATURE_WORDS and following not in FACILITY_WORDS
                    and not (i == last and key in FUNCTION_WORDS)  # "In St. Louis": no "In Street"
                    and not region_abbreviation(tokens.text[i])  # "the S.C. Highway Patrol"
                    and not states_body(tokens, last, key, self._is_country_name)
                    # "the Lincoln County Court": the county's court, in the county
                    and not (following == "court" and tokens.text[last].lower() in FEATURE_WORDS)):
                # "Wichita Drive", "Kanawha River": named after the place, not at it
                last, key = last + 1, None
            elif following in ("national", "state") and last + 1 < run.last and \
                    tokens.text[last + 2].lower() in PARK_WORDS:
                last, key = last + 2, None  # "Zion National Park", "Monongahela National Forest"
            span = self._span(text, tokens, i, last, key)
            town = town_called(tokens, i, last) if span is not None and key is not None else None
            if town is not None and self._knows(name_key(town)):
                span = replace(span, name=town)
            elif span is not None and region is not None:
                # "Kupiansk raion", "Hubei province": the district or region, not its town (the
                # mention stays the name, as annotators mark it)
                span = replace(span, name=region)
            if span is not None:
                spans.append(span)
            i = last + 1
        if from_place and spans and spans[0].start == tokens.start[first_place]:
            spans[0] = replace(spans[0], locative=True)
        return spans

    def _longest_match(self, text: str, tokens: Tokens, first: int, limit: int):
        word = tokens.text[first]
        if word in COUNTRY_ABBREVIATIONS:
            return first, name_key(word)
        region = abbreviated_region(text, tokens, first)
        if region is not None:
            return region
        if not tokens.capital[first]:
            return None  # a connector cannot open a name
        knows, capital, starts, ends = self._knows, tokens.capital, tokens.start, tokens.end
        for last in range(min(limit, first + MAX_NAME_TOKENS - 1), first - 1, -1):
            if not capital[last]:
                continue
            written = text[starts[first]:ends[last]]
            key = name_key(written)
            # "N.Y.C.": GeoNames writes it undotted (an initialism has full stops: most stretches have none)
            short = initialism(written) if "." in written else None
            if short and last + 1 < len(tokens.text) and capital[last + 1] and not tokens.initial[last + 1] \
                    and tokens.text[last + 1].lower() not in _NOT_SURNAMES:
                continue  # "B.B. King": a person's initials before the surname, not "L.A. Times"
            # the spellings in order, each made only when the one before is unknown
            if key and knows(key):
                return last, key
            for candidate in (expand_abbreviation(key), with_article(key)):
                if candidate and knows(candidate):
                    return last, candidate
            if short and (candidate := name_key(short)) and knows(candidate):
                return last, candidate
            if last > first and self._country_of(key):
                return last, key  # "Sri Lankan", "North Korean": no place, but an adjective of one
        key = name_key(word)
        if self._country_of(key) or self._demonym_of(key):
            return first, key  # "Belarusian", "Ohioans": no place, but an adjective of one
        return None

    def _unknown_with_cue(self, text: str, tokens: Tokens, first: int, limit: int) -> Span | None:
        """A name the gazetteer does not know, after "the village of": still a place mention."""
        if not tokens.capital[first] or self._country_of(name_key(tokens.text[first])):
            return None  # "the Ukrainian city of": an adjective, not an unknown village
        last = first
        while last < limit and tokens.capital[last + 1]:
            last += 1
        # "in Kerdylivshchyna village"
        after = last + 1
        if (after < len(tokens.text) and tokens.word[after] and not tokens.capital[after]
                and FEATURE_WORDS.get(tokens.text[after].lower()) == "populated"):
            return self._span(text, tokens, first, last, None)
        # "the village of Kopani"
        before = previous_word(tokens, first)
        if tokens.initial[first] or before is None or tokens.text[before].lower() != "of":
            return None
        feature = previous_word(tokens, before)
        if feature is None or FEATURE_WORDS.get(tokens.text[feature].lower()) != "populated":
            return None
        return self._span(text, tokens, first, last, None)

    # -- one span and its cues ---------------------------------------------------

    def _region_written_after(self, tokens: Tokens, last: int, key: str | None) -> str | None:
        """The key of the region's name that a lower-case region word after the name makes with it,
        when the gazetteer knows it ("Kupiansk raion": Kupiansk Raion)."""
        after = last + 1
        if (key is None or after >= len(tokens.text) or tokens.capital[after]
                or tokens.sentence[after] != tokens.sentence[last]):
            return None
        word = tokens.text[after].lower()
        if word not in REGION_WORDS:
            return None
        longer = f"{key} {word}"
        return longer if self._knows(longer) else None

    def _span(self, text: str, tokens: Tokens, first: int, last: int, key: str | None,
              keep: bool = False) -> Span | None:
        surface = text[tokens.start[first]:tokens.end[last]]
        end = tokens.end[last]
        single = first == last
        word = tokens.text[first]
        alias = COUNTRY_ABBREVIATIONS.get(word) if single else None
        if (alias is None and key is not None and key == with_article(name_key(surface)) and self._country_of(key)
                and self._is_country_name(key)):
            alias = self._country_of(key)  # "Republic of Congo", matched as "Republic of the Congo"
        if alias is None and key is not None and not keep:
            if key in CALENDAR or key in NOT_PLACES:
                return None
            if single and (len(key) < 3 or key in FUNCTION_WORDS or key in TITLES
                           or word.endswith(CONTRACTION_TAILS)):
                return None
        # a model code follows after a space, a holiday or a saint's house after an apostrophe:
        # the character after the name says which patterns can match at all
        after = text[end:end + 1]
        if not keep and ((after.isspace() and MODEL_CODE.match(text, end)) or (after in _APOSTROPHES and (
                HOLIDAY.match(text, end) or saints_house(surface, text, end)))):
            return None
        if not keep and alias and is_currency(text, tokens.start[first], end):
            return None  # "US$460", "$US 15 billion": the dollar, not the country
        # "Springfield, Ill.", "Main St.": an abbreviation keeps its full stop
        if (not surface.endswith(".") and end < len(text) and text[end] == "." and (
                (last - first < 3 and not surface.isupper() and region_abbreviation(surface))
                or (last > first and tokens.text[last].lower() in STREET_ABBREVIATIONS))):
            end += 1
            surface += "."
        demonym = False
        region = country_cue = None
        if key is not None and alias is None:
            adjective = singular_demonym(key) if keep else key
            code = self._country_of(key) or self._country_of(adjective)
            if code and not self._is_country_name(key):
                demonym = True
            elif keep and adjective in CONTINENT_ADJECTIVES:
                demonym = True  # gold spans only: running text drops "African" as a word
            elif not code and (people := self._demonym_of(key)):
                # "Ohioans", "Czechs": the state's or the country's own name is resolved
                demonym, country_cue = True, people.country
                region = people.name if people.region else None
        cue, feature_cue, near_cue, locative = cues_before(tokens, first, self._country_of, self._is_country_name)
        if feature_cue == "holder":  # a country or region: left to the name, or said when no gazetteer knows it
            feature_cue = None if key is not None else "admin1"
        country_cue = country_cue or cue
        feature_after, facility = cues_after(tokens, last)
        if facility is None and last > first and tokens.text[last].lower() in FACILITY_WORDS:
            facility = tokens.text[last].lower()  # "Lutsk Airport", when no gazetteer knows it
        return Span(
            start=tokens.start[first], end=end, surface=surface, key=key,
            sentence=tokens.sentence[first], sentence_initial=tokens.initial[first],
            country_cue=country_cue, feature_cue=feature_cue or feature_after, near_cue=near_cue,
            facility=facility, locative=locative or place_expected(tokens, first, last), country_alias=alias,
            demonym=demonym,
            speaker=is_speaker(tokens, first, last),
            # "L.A.": dots write a place's name short, where "NATO" names an organisation
            acronym=single and word.isupper() and len(word) <= 4 and alias is None and not initialism(word),
            # "the Hague": an article that is part of the name is no sign of a river
            article_alone=alone_after_article(tokens, first, last) and not (key and self._knows(f"the {key}")),
            dateline=tokens.initial[first] and last + 1 < len(tokens.text) and tokens.text[last + 1] in DATELINE_MARKS,
            name=region,
        )
