"""A small per-day bar chart of incidents by type, as inline SVG: works offline, runs no script.

The days run on a real calendar axis (a day without incidents is a gap, not
skipped), labelled with the first, middle and last dates; the count axis says
the tallest bar's count. A long period is drawn in bars of several days.

>>> svg = day_chart({"2022-03-10": {"shelling": 2}, "2022-03-12": {"airstrike": 1, "shelling": 1}})
>>> svg.startswith("<svg") and svg.count("<rect") == 3
True
>>> [label for label in ("2022-03-10", "2022-03-12", ">2<", ">0<") if label in svg] == [
...     "2022-03-10", "2022-03-12", ">2<", ">0<"]
True
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from .escape import escape_text
from .style import style_of

__all__ = ["day_chart", "MAX_BARS"]

#: The chart's size; the plot leaves room on the left for counts and below for dates.
WIDTH, HEIGHT, LEFT, TOP, BOTTOM = 280, 86, 26, 6, 18
#: At most this many bars: a longer period is drawn in bars of several days each.
MAX_BARS = 60
_TEXT = 'font-family="sans-serif" font-size="10" fill="#333"'


def day_chart(counts: dict[str, dict[str, int]]) -> str:
    """Stacked bars by type on a calendar axis; keys that are not ISO days are left out."""
    days: dict[dt.date, Counter] = {}
    for key, by_type in counts.items():
        try:
            day = dt.date.fromisoformat(str(key)[:10])
        except ValueError:
            continue  # "2022-03", or text a user's file had: counted in the totals, not drawn
        days.setdefault(day, Counter()).update(by_type)
    if not days:
        return ""
    first, last = min(days), max(days)
    per_bar = -(-((last - first).days + 1) // MAX_BARS)  # days in one bar, rounded up
    bars = [Counter() for _ in range((last - first).days // per_bar + 1)]
    for day, by_type in days.items():
        bars[(day - first).days // per_bar].update(by_type)
    tallest = max(sum(bar.values()) for bar in bars)
    plot_width, plot_height = WIDTH - LEFT - 2, HEIGHT - TOP - BOTTOM
    step = plot_width / len(bars)
    base = TOP + plot_height
    parts = [f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - 2}" y2="{base}" stroke="#666"/>',
             f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{base}" stroke="#666"/>',
             f'<text x="{LEFT - 3}" y="{TOP + 8}" text-anchor="end" {_TEXT}>{tallest}</text>',
             f'<text x="{LEFT - 3}" y="{base}" text-anchor="end" {_TEXT}>0</text>']
    for position, bar in enumerate(bars):
        start = first + dt.timedelta(days=position * per_bar)
        end = min(start + dt.timedelta(days=per_bar - 1), last)
        when = start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"
        y = base
        for event_type, count in sorted(bar.items()):
            label, colour = style_of(event_type)
            height = plot_height * count / tallest
            y -= height
            parts.append(f'<rect x="{LEFT + position * step:.1f}" y="{y:.1f}" width="{max(step - 1, 1):.1f}" '
                         f'height="{height:.1f}" fill="{colour}"><title>{when}: '
                         f'{escape_text(label)} {count}</title></rect>')
    parts += _date_labels(first, per_bar, len(bars), step, base)
    period = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" role="img" '
            f'aria-label="incidents per day, {period}, at most {tallest} in a bar">{"".join(parts)}</svg>')


def _date_labels(first: dt.date, per_bar: int, bars: int, step: float, base: float) -> list[str]:
    """Ticks and dates under the first, middle and last bars (fewer when they would overlap)."""
    chosen = [0] if bars < 2 else [0, bars - 1]
    if bars >= 5:
        chosen.insert(1, bars // 2)
    anchors = {0: "start", bars - 1: "end"}
    labels = []
    for position in chosen:
        x = LEFT + (position + 0.5) * step
        anchor = anchors.get(position, "middle") if bars > 1 else "middle"
        text_x = LEFT if anchor == "start" else WIDTH - 2 if anchor == "end" else x
        day = first + dt.timedelta(days=position * per_bar)
        labels.append(f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 3}" stroke="#666"/>'
                      f'<text x="{text_x:.1f}" y="{base + 13}" text-anchor="{anchor}" {_TEXT}>'
                      f'{day.isoformat()}</text>')
    return labels
