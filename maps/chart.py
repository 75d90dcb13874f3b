"""A small per-day bar chart of incidents by type, as inline SVG: works offline, runs no script.

>>> svg = day_chart({"2022-03-10": {"shelling": 2}, "2022-03-11": {"airstrike": 1, "shelling": 1}})
>>> svg.startswith("<svg") and svg.count("<rect") == 3
True
"""

from __future__ import annotations

from .escape import escape_text
from .style import style_of

__all__ = ["day_chart"]

WIDTH, HEIGHT, MAX_DAYS = 280, 60, 60


def day_chart(counts: dict[str, dict[str, int]]) -> str:
    """Stacked bars, one per day (the last :data:`MAX_DAYS` days that have incidents)."""
    days = sorted(counts)[-MAX_DAYS:]
    if not days:
        return ""
    tallest = max(sum(counts[d].values()) for d in days) or 1
    step = WIDTH / len(days)
    bars = []
    for position, day in enumerate(days):
        y = HEIGHT
        for event_type, count in sorted(counts[day].items()):
            label, colour = style_of(event_type)
            height = HEIGHT * count / tallest
            y -= height
            bars.append(f'<rect x="{position * step:.1f}" y="{y:.1f}" width="{max(step - 1, 1):.1f}" '
                        f'height="{height:.1f}" fill="{colour}"><title>{escape_text(day)}: '
                        f'{escape_text(label)} {count}</title></rect>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'role="img" aria-label="incidents per day">{"".join(bars)}</svg>')
