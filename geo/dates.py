"""When it happened: the report's date, then what a sentence says relative to it.

A sentence may name its day several ways at once ("overnight on Tuesday", "yesterday,
11 March"); the most specific expression wins, whatever its position: a night or a range
of named days, then a named day, then a weekday, then a count of days back, then the
loose phrases ("last night", "earlier this week"); between two as specific, the earlier
day ("officials said today that ... yesterday": the telling comes after the event). A night is coded to the day it
began, as ACLED codes an event to the day it started: "last night" and a bare
"overnight" are the day before the report's.

>>> report = report_date("Kyiv, March 11, 2022. Strikes went on.")
>>> report
datetime.date(2022, 3, 11)
>>> event_date("Jets struck on Thursday.", report)
('2022-03-10', 'day')
>>> event_date("Fighting went on last week.", report)
('2022-03-04', 'week')
>>> event_date("The town was shelled.", report)
('2022-03-11', 'report')
>>> event_when("Shelling went on from 7 to 9 March.", report)
When(date='2022-03-07', precision='range', end='2022-03-09')
>>> event_date("On 09.03 a missile hit the port.", report), event_date("Hit at 12.05 on 09.03.2021.", report)
(('2022-03-09', 'day'), ('2021-03-09', 'day'))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .languages import DEFAULT_LANGUAGE, Language, language_pattern

__all__ = ["report_date", "event_date", "event_when", "told_as_background", "When", "parse_iso_date",
           "DATE_PRECISIONS"]

#: From the most precise to the least:
#: ``day``: the text names the day (a night is the day it began);
#: ``range``: the text names several days ("from 9 to 12 March", "last weekend", "in early
#: March"): the date is the first, :attr:`When.end` the last;
#: ``report``: the report's own date, the day it was told;
#: ``week``: "last week", "earlier this week" (the week's first day not after the report's day
#: before, :attr:`When.end` the day before the report's); ``month``: "earlier this month".
DATE_PRECISIONS = ("day", "range", "report", "week", "month")


@dataclass(frozen=True, slots=True)
class When:
    """An event's date, its precision (one of :data:`DATE_PRECISIONS`) and, for a span, its last day."""

    date: str | None
    precision: str | None
    end: str | None = None


# How a kind of expression becomes a date; the kinds in order of specificity, most first.
_KINDS = ("night_of_days", "days", "day", "numeric_day", "night_into", "weekday", "days_ago", "weekend",
          "week_so_far", "month_part", "relative")
_WORDS = re.compile(r"\w+")
# what every language gets from its tables alone
_BUILT_IN = (
    ("day", r"\b{month}\s+{day}\b(?!,?\s+\d{4})"),
    # "11 березня", "5 марта": the day first, as most languages write it
    ("day", r"\b{day}\s+{month}(?![\w.]|,?\s+\d{4})"),
    ("weekday", r"\b{weekday}\b"),
    ("relative", r"\b{relative}\b"),
    # "on 12.05", "12.05.2023", "в ночь на 12.05": the day first, as Ukrainian, Russian and European
    # writers put it; the month in two digits ("3.5 km" is no date), not a time ("at 12.05")
    ("numeric_day", r"(?<![\w.,:/])(?<!\bat\s)(?<!\bо\s)(?<!\bоб\s)(?<!\bв\s)(?P<day>[0-3]?\d)\.(?P<nmonth>[01]\d)"
                    r"(?:\.(?P<year>(?:19|20)?\d\d))?(?![\w,/]|\.\d|\s*(?:%|am\b|pm\b|h\b|hrs\b|год|час))"),
)
#: A sentence with a number written as a day and a month ("12.05") is searched for dates,
#: though it holds no calendar word.
_NUMERIC = re.compile(r"\d\.[01]\d")


@dataclass(frozen=True, slots=True)
class _Calendar:
    """A language's date patterns, compiled once, in order of specificity."""

    dateline: re.Pattern
    rules: tuple[tuple[str, re.Pattern], ...]
    anchors: frozenset[str]
    not_after: re.Pattern | None


def _alternatives(words) -> str:
    # longest first, so that "march" is tried before "mar"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _calendar(language: Language) -> _Calendar:
    month = rf"(?P<month>{_alternatives(language.months)})\.?"
    dateline = re.compile(
        rf"\b{month}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"
        rf"|\b(?P<day2>\d{{1,2}})\s+{month.replace('month', 'month2')}\s+(?P<year2>(?:19|20)\d\d)\b"
        r"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b", re.IGNORECASE)
    suffix = rf"(?:{language.ordinal_suffix})?" if language.ordinal_suffix else ""
    small = [w for w, n in language.number_words.items() if 1 < n <= 31]
    parts = {
        "month": month, "month2": rf"(?P<month2>{_alternatives(language.months)})\.?",
        "day": rf"(?P<day>[0-3]?\d){suffix}", "day2": rf"(?P<day2>[0-3]?\d){suffix}",
        "weekday": rf"(?P<weekday>{_alternatives(language.weekdays)})",
        "relative": rf"(?P<relative>{_alternatives(language.relative_days)})",
        "number": rf"(?P<number>\d{{1,2}}|{_alternatives(small)})" if small else r"(?P<number>\d{1,2})",
        "part": rf"(?P<part>{_alternatives(language.month_parts)})" if language.month_parts else "(?!)",
    }
    fill = lambda body: re.sub(r"\{(\w+)\}", lambda m: parts.get(m.group(1), m.group(0)), body)  # noqa: E731
    given = tuple(language.date_patterns) + _BUILT_IN
    bodies = [(kind, fill(body)) for kind in _KINDS for k, body in given if k == kind]
    rules = tuple((kind, re.compile(body, re.IGNORECASE)) for kind, body in bodies)
    # the words one of which every expression holds: a sentence with none of them, as most
    # are, is not searched rule by rule
    tables = (language.months, language.weekdays, language.relative_days, language.month_parts)
    words = {w for table in tables for key in table for w in key.lower().split()}
    words |= {w for _, body in given for w in _literal_words(body)}
    anchors = frozenset(words - language.stop_words)
    not_after = re.compile(rf"\b(?:{language.date_not_after})\s+(?:the\s+)?$", re.IGNORECASE) \
        if language.date_not_after else None
    return _Calendar(dateline, rules, anchors, not_after)


def _literal_words(body: str) -> set[str]:
    """The words a pattern spells out, leaving out placeholders, escapes and what it only looks around at."""
    kept, depth, skip_from = [], 0, None
    for i, char in enumerate(body):
        if char == "(" and (i == 0 or body[i - 1] != "\\"):
            depth += 1
            if skip_from is None and body.startswith(("(?!", "(?<!", "(?=", "(?<="), i):
                skip_from = depth
        if skip_from is None:
            kept.append(char)
        if char == ")" and (i == 0 or body[i - 1] != "\\"):
            if skip_from == depth:
                skip_from = None
            depth -= 1
    text = re.sub(r"\{\w+\}|\(\?P<\w+>|\\[a-zA-Z]", " ", "".join(kept))
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)}


def parse_iso_date(text: str) -> dt.date:
    """An ISO date (``2022-03-11``); ValueError otherwise."""
    return dt.date.fromisoformat(text.strip())


def report_date(text: str, head: int = 2000, language: Language = DEFAULT_LANGUAGE) -> dt.date | None:
    """The first full date in the report's opening (its dateline), if any."""
    months = language.months
    for match in _calendar(language).dateline.finditer(text, 0, min(len(text), head)):
        try:
            if match.group("iso"):
                return parse_iso_date(match.group("iso"))
            month = match.group("month") or match.group("month2")
            day = match.group("day") or match.group("day2")
            year = match.group("year") or match.group("year2")
            return dt.date(int(year), months[_word(month)], int(day))
        except (ValueError, KeyError):
            continue
    return None


def event_date(sentence: str, report: dt.date | None,
               language: Language = DEFAULT_LANGUAGE) -> tuple[str | None, str | None]:
    """The date a sentence gives its event and its precision, resolved against the report's date.

    >>> event_date("Drones struck overnight on Tuesday.", dt.date(2024, 1, 17))
    ('2024-01-16', 'day')
    """
    when = event_when(sentence, report, language)
    return when.date, when.precision


def event_when(sentence: str, report: dt.date | None, language: Language = DEFAULT_LANGUAGE) -> When:
    """The date a sentence gives its event, with its precision and, for a span, its last day.

    >>> event_when("Missiles hit the city on the night of 10 to 11 March.", dt.date(2023, 3, 11))
    When(date='2023-03-10', precision='day', end=None)
    >>> event_when("The port was hit earlier this week.", dt.date(2023, 3, 31))
    When(date='2023-03-27', precision='week', end='2023-03-30')
    """
    if report is None:
        return When(None, None)
    calendar = _calendar(language)
    if calendar.anchors.isdisjoint(_WORDS.findall(sentence.lower())) and not _NUMERIC.search(sentence):
        return When(report.isoformat(), "report")
    best: tuple[tuple, When] | None = None
    for rank, (kind, pattern) in enumerate(calendar.rules):
        if best is not None and best[0][0] < _KINDS.index(kind):
            break  # a more specific kind has already given the date
        for match in pattern.finditer(sentence):
            if calendar.not_after and calendar.not_after.search(sentence, max(0, match.start() - 20),
                                                                 match.start()):
                continue  # "since 24 February", "until Friday": not the event's day
            try:
                when = _RESOLVE[kind](match, report, language)
            except (KeyError, TypeError, ValueError):
                continue
            if when is None:
                continue
            # ties go to the earlier day: "said today that ... yesterday", "on Tuesday, after Monday's"
            order = (_KINDS.index(kind), DATE_PRECISIONS.index(when.precision), when.date, match.start())
            if best is None or order < best[0]:
                best = (order, when)
    return best[1] if best else When(report.isoformat(), "report")


#: How far before the report's day a full date ("14 July 2022") may be and still be its news.
_NEWS_DAYS = 31
#: How near the report's day a date the sentence names must be for the sentence to be news
#: whatever background words it holds ("struck on Monday, a year after the first strike").
_RECENT_DAYS = 7


@dataclass(frozen=True, slots=True)
class _Background:
    """A language's signs of background, compiled once."""

    words: re.Pattern | None
    years: re.Pattern
    months_in: re.Pattern | None


@lru_cache(maxsize=None)
def _background(language: Language) -> _Background:
    months = _alternatives(language.months)
    suffix = rf"(?:{language.ordinal_suffix})?" if language.ordinal_suffix else ""
    # "2022", "May 2023", "November 14, 2022", "14 липня 2022 року"
    years = re.compile(rf"(?:\b(?P<day>[0-3]?\d){suffix}\s+)?(?:\b(?P<month>{months})\.?\s+)?"
                       rf"(?:(?P<day2>[0-3]?\d){suffix},?\s+)?(?<![\d.,:/-])(?P<year>(?:19|20)\d\d)(?![\d.,:/]\d|\s*%)",
                       re.IGNORECASE)
    words = language_pattern(language.background_pattern)
    months_in = re.compile(rf"(?<!\w)(?P<month>{_alternatives(language.months_in)})(?!\w)(?!,?\s*\d)",
                           re.IGNORECASE) if language.months_in else None
    return _Background(words, years, months_in)


def told_as_background(sentence: str, report: dt.date | None, language: Language = DEFAULT_LANGUAGE) -> bool:
    """Whether a sentence tells an event as background to the report's news, not as its news.

    Background is an event dated clearly before the report's month or year ("in May 2023",
    "in 2022", "In September" told in December), an anniversary, a habit or a purpose (the
    language's :attr:`~geo.languages.base.Language.background_pattern`). A sentence that also
    names a day of the report's week ("on Monday", "overnight") is news all the same.

    >>> report = dt.date(2024, 12, 11)
    >>> told_as_background("In September, a missile attack on Poltava killed 50.", report)
    True
    >>> told_as_background("Russian troops captured Bakhmut in May 2023.", report)
    True
    >>> told_as_background("On Wednesday, shelling killed two in Kherson.", report)
    False
    >>> told_as_background("Missiles hit Lubny on Monday, a year after the strike on the town.", report)
    False
    """
    if report is None:
        return False
    signs = _background(language)
    background = bool(signs.words and signs.words.search(sentence))
    if not background and signs.months_in is not None:
        background = any(language.months_in[_word(m.group("month"))] != report.month
                         for m in signs.months_in.finditer(sentence))
    if not background:
        for match in signs.years.finditer(sentence):
            year, month = int(match.group("year")), match.group("month")
            day = match.group("day") or match.group("day2")
            try:
                if month is None:  # a year alone
                    background = year < report.year
                elif day is None:
                    background = (year, language.months[_word(month)]) < (report.year, report.month)
                else:
                    told = dt.date(year, language.months[_word(month)], int(day))
                    background = (report - told).days > _NEWS_DAYS
            except (KeyError, ValueError):
                continue
            if background:
                break
    if not background:
        return False
    when = event_when(sentence, report, language)
    if when.precision != "report" and when.date is not None:
        named = dt.date.fromisoformat(when.date)
        if dt.timedelta(0) <= report - named <= dt.timedelta(days=_RECENT_DAYS):
            return False  # "struck on Monday, a year after ...": the news, its background beside it
    return True


def _day(report: dt.date, month: int, day: int) -> dt.date:
    found = dt.date(report.year, month, day)
    return found.replace(year=report.year - 1) if found > report else found  # "December 30" in January


def _span(start: dt.date, end: dt.date, report: dt.date, precision: str = "range") -> When:
    if start > report:  # a span told as past that would start in the future is last year's
        start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
    if end < start:  # "28 December to 2 January"
        end = end.replace(year=end.year + 1)
    return When(start.isoformat(), precision, end.isoformat())


def _months(match: re.Match, language: Language) -> tuple[int, int]:
    groups = match.groupdict()
    first = groups.get("month") or groups.get("month2")
    last = groups.get("month2") or groups.get("month")
    return language.months[_word(first)], language.months[_word(last)]


def _weekday_back(match: re.Match, report: dt.date, language: Language) -> dt.date:
    return report - dt.timedelta(days=(report.weekday() - language.weekdays[_word(match.group("weekday"))]) % 7)


def _night_of_days(match, report, language) -> When:
    first, _ = _months(match, language)
    return When(_day(report, first, int(match.group("day"))).isoformat(), "day")


def _days(match, report, language) -> When:
    first, last = _months(match, language)
    start = dt.date(report.year, first, int(match.group("day")))
    return _span(start, dt.date(report.year, last, int(match.group("day2"))), report)


def _named_day(match, report, language) -> When:
    return When(_day(report, _months(match, language)[0], int(match.group("day"))).isoformat(), "day")


def _numeric_day(match, report, language) -> When:
    """ "12.05" the report's year (last year's when that would be after the report), "12.05.23" 2023."""
    day, month, year = int(match.group("day")), int(match.group("nmonth")), match.group("year")
    if year is None:
        return When(_day(report, month, day).isoformat(), "day")
    return When(dt.date(int(year) + (2000 if len(year) == 2 else 0), month, day).isoformat(), "day")


def _night_into(match, report, language) -> When:
    # "overnight into Friday": the night began on Thursday
    return When((_weekday_back(match, report, language) - dt.timedelta(days=1)).isoformat(), "day")


def _weekday(match, report, language) -> When:
    return When(_weekday_back(match, report, language).isoformat(), "day")


def _days_ago(match, report, language) -> When | None:
    number = match.group("number")
    back = int(number) if number.isdigit() else language.number_words[_word(number)]
    return When((report - dt.timedelta(days=back)).isoformat(), "day")


def _weekend(match, report, language) -> When:
    # the Saturday and Sunday before the report's week (ISO weeks start on Monday)
    saturday = report - dt.timedelta(days=report.weekday() + 2)
    return When(saturday.isoformat(), "range", (saturday + dt.timedelta(days=1)).isoformat())


def _week_so_far(match, report, language) -> When:
    # "earlier this week": from the week's Monday to the day before the report's; told on a
    # Monday, only the day before (Sunday) is earlier
    monday = report - dt.timedelta(days=report.weekday())
    before = report - dt.timedelta(days=1)
    return When(min(monday, before).isoformat(), "week", before.isoformat())


def _month_part(match, report, language) -> When:
    first_day, last_day = language.month_parts[_word(match.group("part"))]
    month = _months(match, language)[0]
    start = dt.date(report.year, month, first_day)
    following = dt.date(report.year + month // 12, month % 12 + 1, 1)
    end = min(start.replace(day=1) + dt.timedelta(days=last_day - 1), following - dt.timedelta(days=1))
    return _span(start, end, report)


def _relative(match, report, language) -> When:
    back, precision = language.relative_days[_word(match.group("relative"))]
    return When((report - dt.timedelta(days=back)).isoformat(), precision)


_RESOLVE: dict[str, Callable[[re.Match, dt.date, Language], When | None]] = {
    "night_of_days": _night_of_days, "days": _days, "day": _named_day, "numeric_day": _numeric_day,
    "night_into": _night_into,
    "weekday": _weekday, "days_ago": _days_ago, "weekend": _weekend, "week_so_far": _week_so_far,
    "month_part": _month_part, "relative": _relative,
}


def _word(matched: str) -> str:
    return " ".join(matched.lower().rstrip(".").split())
