"""What a language module gives the pipeline: cue patterns and word lists, no logic.

The engines (:mod:`geo.events`, :mod:`geo.figures`, :mod:`geo.dates`) compile a
language's patterns once and run them the same way for every language; the
pipeline never branches on which language a report is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .cyrillic_places import PlaceWords

__all__ = ["Language", "language_pattern"]


@dataclass(frozen=True, eq=False)
class Language:
    """The cues and word lists of one language the tool reads.

    One value per language, compared by identity (``eq=False``): the engines cache
    their compiled patterns by it, and an identity hash costs nothing per call.

    Every ``*_pattern`` is the body of a regular expression, written in lower case
    (the engines run them over lower-cased text). Dictionaries map the words a
    report writes to numbers: a month, a weekday, a count, days back.

    Parameters
    ----------
    code, name
        ISO 639-1 code and English name ("uk", "Ukrainian").
    cues
        ``(event type, pattern)`` pairs, in order: the first that matches a word decides.
    cue_ranks
        How much a cue type says: lower ranks win a clause (weapons before verbs).
    generic_strike
        The words for a bare "strike", which take the weapon named elsewhere in the clause.
    targets
        Kind of site -> pattern ("hospital": "hospitals?|clinics?").
    number_pattern, number_words, vague_numbers
        Counts as the language writes them; vague ones are coded as ACLED does.
    qualifier_pattern, who_pattern, be_pattern, killed_pattern, injured_pattern,
    after_verb_pattern, toll_pattern
        The parts of the casualty grammar (see :mod:`geo.figures`).
    extra_figure_patterns
        Whole patterns with groups ``n`` (the count), ``what`` (killed or injured word)
        and optionally ``q`` (qualifier), for word orders the common grammar misses.
    weapons
        Weapon class -> pattern ("cruise_missile": "kalibrs?|kh-101"), in order: the first class
        named in a clause wins, so specific classes come before general ones (see
        :mod:`geo.weapons`). Weapon words are event cues too, of the type their class implies.
    weapon_targets
        Words right after a weapon's name that make it the thing hit, not what hit ("a Lancet
        hit a HIMARS launcher", "an S-300 battery was destroyed"): such a weapon is neither
        the incident's weapon nor a cue of its type.
    months, weekdays
        Every written form (inflected too) -> month 1-12 / weekday 0-6 (Monday 0).
    relative_days
        Phrase -> (days back from the report's date, precision of the date).
    date_patterns
        ``(kind, pattern)`` pairs for the ways the language writes a date beyond a month and
        day, a weekday and a relative phrase: a night ("the night of 10 to 11 March"), a
        range of days, a day before its month, a count of days back. The kinds and what
        each means are :mod:`geo.dates`'; a pattern may use ``{day}``, ``{day2}``,
        ``{month}``, ``{month2}``, ``{weekday}``, ``{number}`` and ``{part}``, which the
        engine fills from the tables.
    ordinal_suffix
        What may follow a day's number ("st|nd|rd|th").
    month_parts
        "early", "mid", "late" (of a month) -> (first day, last day).
    date_not_after
        Words after which a date is not the event's ("since|until").
    scene_patterns
        How a sentence sets one place beside another (see :mod:`geo.scenes`):
        ``within_gap`` and ``near_gap`` (the text between a place and the one that holds it,
        " in", " district of", or says what it is near, ", near"), ``region_after`` (a region word after a name), ``between_before``
        and ``between_gap`` ("between X and Y"), ``list_gap`` (places listed side by side),
        ``part_break`` (where a clause splits into parts that may count their own dead).
    stop_words, letters
        Frequent words and distinctive letters, for telling the language of a report.
    script
        "Latin" or "Cyrillic": the alphabet the language is written in.
    dateline_words
        The words a dateline or a title line may hold besides place names, numbers and
        calendar words ("south", "of", "outskirts", "district"): ``Chuhuiv, south of Kharkiv:``.
    dateline_credits
        The agencies and services a wire or post dateline credits, lower-cased, as words of the
        dateline: ``KRAMATORSK, Ukraine (AP) —``, ``ЗАПОРІЖЖЯ (ОВА) —``, ``БЕЛГОРОД, 3 июня /ТАСС/.``
    count_marker_pattern
        A mark logs write between a count and its casualty word ("x" in ``1 x fatality``).
    places
        The words around place names that recognition reads beyond English's
        (prepositions, region and settlement words, the lemmatiser of declined names).
    home_country
        ISO code of the country the language's reports are about when they do not say.
    """

    code: str
    name: str
    script: str
    cues: tuple[tuple[str, str], ...]
    cue_ranks: dict[str, int]
    generic_strike: str
    targets: dict[str, str]
    number_pattern: str
    number_words: dict[str, int]
    vague_numbers: dict[str, int]
    qualifier_pattern: str
    who_pattern: str
    be_pattern: str
    killed_pattern: str
    injured_pattern: str
    after_verb_pattern: str
    toll_pattern: str
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, tuple[int, str]]
    stop_words: frozenset[str] = frozenset()
    letters: str = ""
    weapons: dict[str, str] = field(default_factory=dict)
    weapon_targets: str = ""
    extra_figure_patterns: tuple[str, ...] = ()
    no_one_words: tuple[str, ...] = ()
    #: One person named without a number ("the driver", "a woman"): the words before the casualty word.
    one_person_pattern: str = ""
    #: The casualty words that may come before that one person ("загинув чоловік", "поранено
    #: жінку"): the engine reads the verb, then :attr:`one_person_pattern`, as one killed or hurt.
    one_person_after_pattern: str = ""
    #: "No casualties", "without victims": none killed and none hurt.
    no_casualties_pattern: str = ""
    not_after_number: str = ""
    notes: dict[str, str] = field(default_factory=dict)
    dateline_words: frozenset[str] = frozenset()
    dateline_credits: frozenset[str] = frozenset()
    count_marker_pattern: str = ""
    places: PlaceWords | None = None
    date_patterns: tuple[tuple[str, str], ...] = ()
    ordinal_suffix: str = ""
    month_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    date_not_after: str = ""
    #: The country a report in this language is almost always about ("UA" for Ukrainian), a soft
    #: preference for its places when the caller names none; "" when the language says nothing
    #: (Russian posts tell of Ukraine and Russia alike, English of anywhere).
    home_country: str = ""
    #: The country whose local news a report reads as, by its register rather than its names:
    #: ``register_country`` when at least ``register_min_kinds`` of ``register_patterns`` (each
    #: one kind of sign: a street address, a sheriff, a dollar sum) are in the text. A soft
    #: preference like :attr:`home_country`, which the report's names outweigh when they say
    #: another country.
    register_country: str = ""
    register_patterns: tuple[str, ...] = ()
    register_min_kinds: int = 2
    #: How a sentence sets one place beside another, for the scene choice: ``between_before``
    #: (the words before X in "between X and Y") and ``between_gap`` (the words between X and Y)
    #: make one incident at X, near it. Keys as the English table's where it has them.
    scene_patterns: dict[str, str] = field(default_factory=dict)
    #: The field names a log writes before a place ("Location: Bakhmut"), as a pattern.
    dateline_label_pattern: str = ""
    #: What ends right before a negated event cue ("no ", "was not ", "без "), and what starts
    #: right after one (" не було"): words and spaces only, never past a clause break
    #: (see :mod:`geo.negation`).
    negation_before: str = ""
    negation_after: str = ""
    #: The words before a cue that make it a preposition's object ("після обстрілу"), which
    #: ``negation_after`` then does not negate.
    negation_governed: str = ""
    #: The cue words that tell what an attack left, not an attack ("damaged", "пошкоджено"): a
    #: sentence whose only cues they are ("compensation for homes damaged last year") tells no event.
    consequence_pattern: str = ""
    #: An official's title or a body written after a place that names where the official serves,
    #: not where anything happened ("regional governor", "'s mayor", "health ministry"), and one
    #: written before it ("губернатор", "голова"); a place so titled is a source when
    #: ``speech_pattern`` says it spoke (see :mod:`geo.sources`).
    source_after_pattern: str = ""
    source_before_pattern: str = ""
    speech_pattern: str = ""
    #: What follows a place's name when the name is a front's axis, not where anything happened
    #: ("on the Pokrovsk axis"); Cyrillic names a front by the case of its adjective, which
    #: recognition reads (:attr:`~geo.languages.cyrillic_places.PlaceWords.front_words`).
    front_after_pattern: str = ""
    #: Words that tell an event as background, not the report's news: an anniversary ("a year
    #: after the strike", "річниця"), a year back ("last year", "в прошлом году"), a habit ("have
    #: come under repeated attacks"). A sentence holding one gives no incident unless it names a recent day too
    #: (see :func:`geo.dates.told_as_background`).
    background_pattern: str = ""
    #: Words that open a purpose or a case ("built to protect pupils from strikes", "in case of
    #: an air raid", "щоб захистити", "на случай"): the event words after them tell no event, and
    #: a sentence with none before them tells none (see :func:`geo.events.only_as_purpose`).
    purpose_pattern: str = ""
    #: A month named alone after its preposition ("in september", "у вересні", "в сентябре") ->
    #: month 1-12: another month than the report's is background.
    months_in: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=None)
def language_pattern(body: str) -> re.Pattern | None:
    """One of a language's optional patterns compiled once, case-blind; None when the language has none.

    >>> language_pattern("damaged").search("School DAMAGED.") is not None, language_pattern("")
    (True, None)
    """
    return re.compile(body, re.IGNORECASE) if body else None
