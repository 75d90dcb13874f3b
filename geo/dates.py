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

__all__ = ["report_date", "event_date", "parse_iso_date", "DATE_PRECISIONS"]

#: ``day``: the text names the day; ``report``: the report's own date, the day it was told;
#: ``week`` / ``month``: "last week", "earlier this month".
DATE_PRECISIONS = ("day", "report", "week", "month")

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATELINE = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"
                       rf"|\b(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>(?:19|20)\d\d)\b"
                       r"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b", re.IGNORECASE)
_IN_TEXT = re.compile(rf"\b(?:on\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})\b(?!,?\s+\d{{4}})"
                      r"|\b(?:on\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                      r"|\b(?P<relative>yesterday|today|tonight|this\s+morning|overnight|last\s+night|"
                      r"last\s+week|earlier\s+this\s+week|this\s+week|last\s+month|earlier\s+this\s+month|"
                      r"a\s+day\s+(?:earlier|before)|the\s+day\s+before)\b", re.IGNORECASE)


def parse_iso_date(text: str) -> dt.date:
    """An ISO date (``2022-03-11``); ValueError otherwise."""
    return dt.date.fromisoformat(text.strip())


def report_date(text: str, head: int = 2000) -> dt.date | None:
    """The first full date in the report's opening (its dateline), if any."""
    for match in _DATELINE.finditer(text, 0, min(len(text), head)):
        try:
            if match.group("iso"):
                return parse_iso_date(match.group("iso"))
            month = match.group("month") or match.group("month2")
            day = match.group("day") or match.group("day2")
            year = match.group("year") or match.group("year2")
            return dt.date(int(year), _MONTHS[month.lower().rstrip(".")[:4] if month.lower().startswith("sept")
                                              else month.lower().rstrip(".")[:3]], int(day))
        except (ValueError, KeyError):
            continue
    return None


def event_date(sentence: str, report: dt.date | None) -> tuple[str | None, str | None]:
    """The date a sentence gives its event, resolved against the report's date."""
    if report is None:
        return None, None
    for match in _IN_TEXT.finditer(sentence):
        if match.group("weekday"):
            back = (report.weekday() - _WEEKDAYS[match.group("weekday").lower()]) % 7
            return (report - dt.timedelta(days=back)).isoformat(), "day"
        if match.group("month"):
            month = _MONTHS.get(match.group("month").lower().rstrip(".")[:3])
            try:
                day = dt.date(report.year, month, int(match.group("day")))
            except (TypeError, ValueError):
                continue
            if day > report:  # "December 30" in a January report is last year's
                day = day.replace(year=report.year - 1)
            return day.isoformat(), "day"
        relative = " ".join(match.group("relative").lower().split())
        if relative in ("today", "tonight", "this morning", "overnight"):
            return report.isoformat(), "day"
        if relative in ("yesterday", "last night", "a day earlier", "a day before", "the day before"):
            return (report - dt.timedelta(days=1)).isoformat(), "day"
        if relative == "last week":
            return (report - dt.timedelta(days=7)).isoformat(), "week"
        if relative in ("this week", "earlier this week"):
            return report.isoformat(), "week"
        return report.isoformat(), "month"
    return report.isoformat(), "report"
