"""Ukrainian: the cues, casualty words and calendar words of news and Telegram posts in Ukrainian.

A first, small table: event cues, counts and calendar words (``geo.events``,
``geo.figures`` and ``geo.dates`` run them as they run English). Patterns are
lower case; stems with ``\\w*`` take every inflected ending.
"""

from __future__ import annotations

from .base import Language
from .cyrillic_places import UKRAINIAN_PLACES

__all__ = ["UKRAINIAN"]

_CUES = (
    ("airstrike", r"авіаудар\w*|авіаналіт\w*|авіабомб\w*|бомбардуван\w*"),
    ("missile_or_drone_strike", r"ракет\w*|дрон\w*|бпла|шахед\w*|удар\w*"),
    ("shelling", r"обстріл\w*|обстрілял\w*|артилер\w*|мінометн\w*"),
    ("explosion", r"вибух\w*"),
    ("casualty_report", r"загину\w*|загибл\w*|поранен\w*|поранил\w*"),
)
_RANKS = {"airstrike": 0, "missile_or_drone_strike": 1, "shelling": 0, "explosion": 1,
          "casualty_report": 3}
_MONTHS = {m: i for i, m in enumerate(
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(), 1)}
_NUMBERS = {"один": 1, "одна": 1, "два": 2, "дві": 2, "двоє": 2, "три": 3, "троє": 3, "чотири": 4,
            "четверо": 4, "п'ять": 5, "п’ять": 5, "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9,
            "дев’ять": 9, "десять": 10}

UKRAINIAN = Language(
    code="uk", name="Ukrainian", script="Cyrillic",
    cues=_CUES, cue_ranks=_RANKS, generic_strike=r"удар\w*", targets={},
    number_pattern=r"\d+|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)),
    number_words=_NUMBERS, vague_numbers={"кілька": 3, "декілька": 3, "десятки": 12},
    qualifier_pattern=r"щонайменше|понад|близько|майже|до",
    who_pattern=r"(?:людин\w*|осіб|особи|цивільн\w*|дит\w*|військов\w*|мешкан\w*)",
    be_pattern=r"було|були",
    killed_pattern=r"загину\w*|загибл\w*|вбит\w*|загиблих",
    injured_pattern=r"поранен\w*|травмован\w*|постражда\w*",
    after_verb_pattern=r"загину\w*|загинула|поранено|поранені|вбито|постраждали",
    toll_pattern=r"кількість\s+загиблих\s+(?:\w+\s+){0,2}?(?:до|становить)",
    months=_MONTHS,
    weekdays={"понеділок": 0, "вівторок": 1, "середу": 2, "середа": 2, "четвер": 3, "п'ятницю": 4,
              "п’ятницю": 4, "суботу": 5, "субота": 5, "неділю": 6, "неділя": 6},
    relative_days={"сьогодні": (0, "day"), "вночі": (0, "day"), "цієї ночі": (0, "day"),
                   "вчора": (1, "day"), "учора": (1, "day"), "минулого тижня": (7, "week")},
    stop_words=frozenset("і й та в у на з що не до від за це як по".split()),
    letters="іїєґ",
    places=UKRAINIAN_PLACES,
)
