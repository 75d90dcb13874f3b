"""When it happened: the report's date, then what a sentence says relative to it.

>>> report = report_date("Kyiv, March 11, 2022. Strikes went on.")
>>> report
datetime.date(2022, 3, 11)
>>> event_date("Jets struck on Thursday.", report)
('2022-03-10', 'day')
>>> event_date("Fighting went on last week.", report)
('2022-03-04', 'week')
>>> event_date("The town was shelled.", report)
('2022-03-11', 'report')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .languages import DEFAULT_LANGUAGE, Language

__all__ = ["report_date", "event_date", "parse_iso_date", "DATE_PRECISIONS"]

#: ``day``: the text names the day; ``report``: the report's own date, the day it was told;
#: ``week`` / ``month``: "last week", "earlier this month".
DATE_PRECISIONS = ("day", "report", "week", "month")



@dataclass(frozen=True, slots=True)
class _Calendar:
    """A language's date patterns, compiled once."""

    dateline: re.Pattern
    in_text: re.Pattern


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
    in_text = re.compile(
        rf"\b{month}\s+(?P<day>\d{{1,2}})\b(?!,?\s+\d{{4}})"
        # "11 March", "11 березня": the day first, as most languages write it
        rf"|\b(?P<day2>\d{{1,2}})\s+{month.replace('month', 'month2')}(?![\w.]|\s+\d{{4}})"
        rf"|\b(?P<weekday>{_alternatives(language.weekdays)})\b"
        rf"|\b(?P<relative>{_alternatives(language.relative_days)})\b", re.IGNORECASE)
    return _Calendar(dateline, in_text)


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
    """The date a sentence gives its event, resolved against the report's date."""
    if report is None:
        return None, None
    for match in _calendar(language).in_text.finditer(sentence):
        if match.group("weekday"):
            back = (report.weekday() - language.weekdays[_word(match.group("weekday"))]) % 7
            return (report - dt.timedelta(days=back)).isoformat(), "day"
        if match.group("month") or match.group("month2"):
            month = language.months.get(_word(match.group("month") or match.group("month2")))
            try:
                day = dt.date(report.year, month, int(match.group("day") or match.group("day2")))
            except (TypeError, ValueError):
                continue
            if day > report:  # "December 30" in a January report is last year's
                day = day.replace(year=report.year - 1)
            return day.isoformat(), "day"
        back, precision = language.relative_days[_word(match.group("relative"))]
        return (report - dt.timedelta(days=back)).isoformat(), precision
    return report.isoformat(), "report"


def _word(matched: str) -> str:
    return " ".join(matched.lower().rstrip(".").split())
