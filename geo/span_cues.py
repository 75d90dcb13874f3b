"""What the tokens around a capitalised run say: the cues and tests stage one of the
geoparser (:mod:`geo.recognize`) reads beside each name.

Runs of capitalised tokens, the words before and after a name ("the airfield", "said"),
money, diseases, abbreviated regions and people named earlier in a report.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from gazetteer import name_key

from .lexicon import (CONNECTORS, DIRECTIONS, DISEASE_WORDS, FACILITY_WORDS, FEATURE_WORDS,
                      REGION_ABBREVIATIONS, SPEECH_VERBS, region_abbreviation)
from .model import Span
from .tokens import Tokens

__all__ = ["ABBREVIATED", "ARABIC_ARTICLES", "ARTICLES", "CITY_OFFICES", "CLOSING", "DATELINE_MARKS",
           "HOLIDAY", "MODEL_CODE", "CAPITALISED_REGION_WORDS", "PLACE_PREPOSITIONS", "REGION_TOKENS", "Run", "abbreviated_region",
           "alone_after_article", "capitalised_runs", "cues_after", "describes", "expand_abbreviation",
           "is_currency", "is_speaker", "joined_by_ampersand", "list_end", "list_head", "PLURAL_HEADS",
           "names_disease", "people_by_form", "place_expected",
           "previous_word", "saints_house", "states_body", "token_index_after", "token_text", "town_called", "with_article"]


@dataclass
class Run:
    """Consecutive capitalised tokens (with connectors such as "of" inside)."""

    first: int
    last: int  # inclusive



ARTICLES = frozenset(("the", "a", "an", "of"))
#: Words after "X City" that name a town's own offices: "Dublin City Council", "Greer City Hall".
CITY_OFFICES = frozenset("""council councilman councilwoman councilor councillor hall manager commission
commissioner commissioners schools school office marshal elections attorney clerk court public""".split())
ARABIC_ARTICLES = frozenset(("al", "el", "ad", "as", "ash", "az", "an", "ar"))


def describes(word: str, original: str) -> bool:
    """Whether a word between a cue and a name only describes the name ("the eastern Ukrainian town of")."""
    return (word in ARTICLES or word in FEATURE_WORDS or word in DIRECTIONS or original[0].isupper()
            or word.endswith(("ern", "ian", "ish", "ese", "ed", "ing")) or word in FACILITY_WORDS)


def cues_after(tokens: Tokens, last: int) -> tuple[str | None, str | None]:
    """"Kerdylivshchyna village", "Kharkiv region", "Lutsk airfield", "Sumy and Chernihiv regions"."""
    j = last + 1
    if j < len(tokens.text) and tokens.word[j] and tokens.sentence[j] == tokens.sentence[last]:
        word = tokens.text[j].lower()
        if word in FACILITY_WORDS:
            return None, word
        if word in ("air",) and j + 1 < len(tokens.text) and tokens.text[j + 1].lower() == "base":
            return None, "airbase"
        # a capitalised "Town" or "County" may be part of a name the gazetteer lacks; a first-level
        # region's word is written capitalised as often as not ("Donetsk Region", "Kharkiv Oblast")
        if word in FEATURE_WORDS and (not tokens.capital[j] or word in CAPITALISED_REGION_WORDS):
            return FEATURE_WORDS[word], None
    head = list_head(tokens, last)
    if head in FACILITY_WORDS:
        return None, head
    return FEATURE_WORDS.get(head), None


#: Plural heads of a list of names: "the Kharkiv, Sumy and Chernihiv regions", "Clay and Wilkin counties".
PLURAL_HEADS = {(word[:-1] + "ies" if word.endswith("y") else word + "es" if word.endswith(("sh", "ch"))
                 else word + "s"): word for word in (*FEATURE_WORDS, *FACILITY_WORDS)}
_LIST_JOINERS = frozenset(("and", "or", "&", ","))
_LIST_REACH = 30


def list_head(tokens: Tokens, last: int) -> str | None:
    """The singular of the plural word that closes the list a name is an item of, or None.

    Only names, commas and "and"/"or" may stand between: a name is an item of
    "Kharkiv, Sumy and Chernihiv regions", not of "Kharkiv, where two regions".

    >>> from geo.tokens import tokenize
    >>> tokens = tokenize("Shelling hit the Kharkiv, Sumy and Chernihiv regions and Lutsk.")
    >>> list_head(tokens, 3), list_head(tokens, 5), list_head(tokens, 7), list_head(tokens, 10)
    ('region', 'region', 'region', None)
    >>> list_head(tokenize("Kharkiv, where two regions met"), 0) is None
    True
    """
    closing = list_end(tokens, last + 1, _LIST_JOINERS)
    return None if closing is None else PLURAL_HEADS.get(tokens.text[closing])


def list_end(tokens: Tokens, start: int, joiners: frozenset[str]) -> int | None:
    """The first token from ``start`` past a list's other names and its ``joiners`` (lower case):
    the word that closes the list, or None when a joiner comes last or the sentence ends.

    >>> from geo.tokens import tokenize
    >>> tokens = tokenize("Sumy, Poltava and Chernihiv regions")
    >>> list_end(tokens, 1, frozenset((",", "and")))
    5
    >>> list_end(tokenize("Sumy and then"), 1, frozenset(("and",))) is None
    True
    """
    sentence = tokens.sentence[start] if start < len(tokens.text) else None
    for j in range(start, min(len(tokens.text), start + _LIST_REACH)):
        if tokens.sentence[j] != sentence:
            return None
        word = tokens.text[j]
        if tokens.capital[j] or word == "-" or word.lower() in joiners:
            continue
        return j if tokens.text[j - 1].lower() not in joiners else None
    return None


#: Nouns whose "of" is followed by a place: "the mayor of Boston", "residents of Esperance".
PLACE_OF_NOUNS = frozenset("""mayor governor residents resident inhabitants citizens natives people streets
centre center heart area resort outskirts suburbs""".split())
#: Words after a name that make it a place: "Esperance residents", "a Reading native", a town's
#: own bodies ("the Concord Police Department", "Hope City Council").
PLACE_FOLLOWERS = frozenset("""resident residents native natives police policemen sheriff fire council
mayor schools township regional municipal""".split())


def place_expected(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the words around a name expect a place as much as "in" does.

    "the mayor of Boston", "residents of Esperance", "Esperance residents": a common
    word so placed is the town's name, not the word.

    >>> from geo.tokens import tokenize
    >>> tokens = tokenize("The mayor of Boston met Reading residents.")
    >>> place_expected(tokens, 3, 3), place_expected(tokens, 5, 5), place_expected(tokens, 4, 4)
    (True, True, False)
    """
    before = previous_word(tokens, first)
    if before is not None and tokens.text[before] == "of":
        noun = previous_word(tokens, before)
        if noun is not None and tokens.text[noun].lower() in PLACE_OF_NOUNS:
            return True
    after = last + 1
    return (after < len(tokens.text) and tokens.sentence[after] == tokens.sentence[last]
            and tokens.text[after].lower() in PLACE_FOLLOWERS)


#: region words that say what the name before them is even when capitalised
CAPITALISED_REGION_WORDS = frozenset(("oblast", "obl", "region", "raion", "rayon"))
CLOSING = frozenset(".,;:!?)")
DATELINE_MARKS = frozenset(":-–—|")
PLACE_PREPOSITIONS = frozenset("near in at on from to into by toward towards across past upstream downstream".split())


def alone_after_article(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name stands after a lower-case "the" with no noun after it: "from across the
    Dnipro.", "on the Don near Rostov". Towns go without the article; rivers and regions take it,
    and "the Kyiv government" is the town's government."""
    before = previous_word(tokens, first)
    if before is None or tokens.text[before] != "the":
        return False
    after = last + 1
    if after >= len(tokens.text) or tokens.sentence[after] != tokens.sentence[last]:
        return True
    if not tokens.word[after]:
        return tokens.text[after] in CLOSING  # not "the Sligo-based", "the Oxford's"
    return tokens.text[after] in PLACE_PREPOSITIONS  # not "the Chiefland or Cross City area"


def is_speaker(tokens: Tokens, first: int, last: int) -> bool:
    """"Welch said", "said Moore": the name speaks, so it is a person's.

    Not "a man of Tyler said" (where the speaker is from), nor "said Monroe Mayor Jim Cole"
    (the town's officer speaks).

    >>> from geo.tokens import tokenize
    >>> tokens = tokenize("Welch said that Jim Cole of Tyler said so, said Monroe Mayor Ann Lee.")
    >>> is_speaker(tokens, 0, 0), is_speaker(tokens, 6, 6), is_speaker(tokens, 11, 11)
    (True, False, False)
    """
    after = tokens.text[last + 1].lower() if last + 1 < len(tokens.text) else ""
    before = tokens.text[first - 1].lower() if first > 0 else ""
    if after in SPEECH_VERBS:
        return before not in PLACE_PREPOSITIONS and before != "of"
    return before in SPEECH_VERBS and not (last + 1 < len(tokens.text) and tokens.capital[last + 1])


def names_disease(tokens: Tokens, span: Span) -> bool:
    """"Reston ebolavirus", "Marburg virus", "Lassa fever": the word after the name is a pathogen's."""
    if span.key is None or span.country_alias or span.demonym:
        return False
    i = bisect_left(tokens.start, span.end)
    return i < len(tokens.text) and tokens.text[i].lower() in DISEASE_WORDS


def is_currency(text: str, start: int, end: int) -> bool:
    """"US$1 million", "$US 15 billion", "NZ$": a country's code written onto its currency's sign."""
    return text.startswith("$", end) or (start and text[start - 1] == "$")


#: "Mil Mi-25", "Bayraktar TB-2": a maker's name before a model code is not a place.
MODEL_CODE = re.compile(r"[ \t\u00a0]+[A-Z][A-Za-z]{0,3}-?\d")
#: "St. Patrick's Day", "Valentine's Day": a name whose day it is is a holiday, not a place.
HOLIDAY = re.compile(r"['’]s\s+Day\b")
#: "St. John's Lutheran", "St. Mary's High School": a church or a school named for its saint.
_SAINT = re.compile(r"(?:St\.?|Saint) [A-Z][a-z]+")
_OWNS_A_NAME = re.compile(r"['’]s\s+([A-Z][a-z]+)")
_SAINTS_HOUSES = frozenset("""church cathedral chapel basilica abbey parish catholic lutheran episcopal
methodist baptist orthodox anglican presbyterian united school high elementary academy college
university hospital health medical regional home cemetery""".split())


def saints_house(surface: str, text: str, end: int) -> bool:
    """Whether "St. John" is the saint whose church, school or hospital follows, not a town.

    >>> saints_house("St. John", "at St. John's Lutheran Church", 11)
    True
    >>> saints_house("St. Paul", "St. Paul's Mayor said", 8), saints_house("St. Petersburg", "St. Petersburg's Pulkovo", 14)
    (False, False)
    """
    owned = _OWNS_A_NAME.match(text, end)
    return bool(owned and owned.group(1).lower() in _SAINTS_HOUSES and _SAINT.fullmatch(surface))


ABBREVIATED = {"st": "saint", "ft": "fort", "mt": "mount", "pt": "point"}


def expand_abbreviation(key: str) -> str | None:
    """"st petersburg" -> "saint petersburg": how gazetteers spell what news abbreviates."""
    head, _, rest = key.partition(" ")
    return f"{ABBREVIATED[head]} {rest}" if rest and head in ABBREVIATED else None


def with_article(key: str) -> str | None:
    """"republic of congo" -> "republic of the congo": news drops the article that gazetteers keep."""
    return key.replace(" of ", " of the ", 1) if " of " in key and " of the " not in key else None


def capitalised_runs(tokens: Tokens, names_across_and: Callable[[str], bool] | None = None):
    """Maximal runs of capitalised words on one line, connectors allowed inside.

    An "and" joins a run only into a name that ``names_across_and`` knows, given the text
    from the run's start or the word before "and" to one or two words after it: "Bosnia and
    Herzegovina", "St. Kitts and Nevis" are one name; "Texas and Ohio" stay two runs.
    """
    n = len(tokens.text)
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
            if text[j] == "and" and names_across_and is not None and j + 1 < n and capital[j + 1] and any(
                    names_across_and(token_text(tokens, k, b)) for k in {first, j - 1}
                    for b in range(j + 1, min(j + 3, n)) if capital[b]):
                j += 1
                continue
            if (text[j] == "of" and j + 2 < n and text[j + 1] == "the" and capital[j + 2]
                    and start[j + 2] - end[j + 1] <= 1):
                j += 2  # "Democratic Republic of the Congo"
                continue
            break
        yield Run(first, last)


def states_body(tokens: Tokens, last: int, key: str, is_region: Callable[[str], bool]) -> bool:
    """"the Florida Highway Patrol", "the Kentucky Court of Appeals": a body of the state, which
    is the place meant, not a road or a court house named after it."""
    after = last + 2
    return (after < len(tokens.text) and tokens.text[after] in ("Patrol", "of") and tokens.capital[last + 1]
            and is_region(key))


#: "the City of Richmond", "Town of Hempstead": the municipality, named as the town is.
_MUNICIPALITY_WORDS = frozenset(("City", "Town", "Village", "Borough"))


def town_called(tokens: Tokens, first: int, last: int) -> str | None:
    """The town a "City of X" names: X, so that its namesakes are ranked as X's are.

    GeoNames keeps "City of Richmond" only for Virginia's independent city; in a Kentucky
    story the City of Richmond is Richmond, Kentucky.
    """
    if last < first + 2 or tokens.text[first] not in _MUNICIPALITY_WORDS or tokens.text[first + 1] != "of":
        return None
    return token_text(tokens, first + 2, last)


def previous_word(tokens: Tokens, index: int) -> int | None:
    """The index of the word before ``index`` in the same sentence, across full stops of titles."""
    i = index - 1
    while i >= 0 and tokens.text[i] == ".":
        i -= 1
    # "Sen. Smith" is one sentence; "... the Judge. Columbus attorney ..." is two
    if i < 0 or not tokens.word[i] or tokens.sentence[i] != tokens.sentence[index]:
        return None
    return i


def token_text(tokens: Tokens, first: int, last: int) -> str:
    return " ".join(tokens.text[first:last + 1])


def people_by_form(tokens: Tokens) -> set[str]:
    """The keys of names written the way only people's are: "Keith D. Johnson", "Ann Sullivan, 24,".

    A middle initial between two capitalised words, or an age between commas after
    the name, as news reports people; each word of such a name is the person's.
    """
    words, capital, n = tokens.text, tokens.capital, len(tokens.text)
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


def joined_by_ampersand(text: str, span: Span) -> bool:
    """"Stevens & Wilkinson", "Hartman & Tyner": firms named after their founders."""
    return text.startswith("&", span.end + 1) or text.startswith("&", span.end) or (
        span.start >= 2 and "&" in text[span.start - 2:span.start])


#: The tokens an abbreviated region can start with: "Ill", "S.C.", and the "W" of "W. Va.".
REGION_TOKENS = frozenset(
    {*REGION_ABBREVIATIONS, *(k.rstrip(".") for k in REGION_ABBREVIATIONS),
     *(k.split(".")[0] for k in REGION_ABBREVIATIONS if "." in k.rstrip("."))})


def abbreviated_region(text: str, tokens: Tokens, first: int) -> tuple[int, str] | None:
    """"Springfield, Ill.", "D-S.C.", "the S.C. Highway Patrol", "Wood County, W. Va.": a state's
    or province's abbreviation at ``first``, as its last token and the region's key.

    Written with inner full stops ("S.C.") it is one wherever it stands but after a number
    ("300 B.C."); a single word ("Ill", "Mich") only after a comma or a hyphen, or with its
    full stop before a lower-case word ("Mich. utilities"), where the stop ends no sentence.
    """
    words = tokens.text
    word, last = words[first], first
    if word not in REGION_TOKENS:
        return None  # most words: one set lookup
    n = len(words)
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


def token_index_after(tokens: Tokens, end: int, start_from: int) -> int:
    i = start_from
    while i < len(tokens.text) and tokens.start[i] < end:
        i += 1
    return i
