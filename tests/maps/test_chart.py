"""The per-day chart: a calendar axis with dates, and counts."""

import re

from maps.chart import MAX_BARS, day_chart

TEXTS = re.compile(r"<text[^>]*>([^<]*)</text>")
BARS = re.compile(r'<rect x="([0-9.]+)"[^>]*><title>([^<]*)</title>')


def test_the_axes_say_the_dates_and_the_counts():
    svg = day_chart({"2022-03-01": {"shelling": 1}, "2022-03-05": {"airstrike": 3, "shelling": 1},
                     "2022-03-09": {"shelling": 2}})
    texts = TEXTS.findall(svg)
    assert {"2022-03-01", "2022-03-09", "4", "0"} <= set(texts)  # first and last day, tallest bar, zero


def test_days_without_incidents_are_gaps_on_the_axis():
    svg = day_chart({"2022-03-01": {"shelling": 1}, "2022-03-05": {"shelling": 1}, "2022-03-06": {"shelling": 1}})
    x = {title.split(":")[0]: float(position) for position, title in BARS.findall(svg)}
    assert abs((x["2022-03-05"] - x["2022-03-01"]) - 4 * (x["2022-03-06"] - x["2022-03-05"])) < 0.5


def test_a_long_period_is_drawn_in_bars_of_several_days_and_keeps_every_incident():
    counts = {f"2022-{month:02d}-{day:02d}": {"shelling": 1} for month in range(1, 13) for day in (1, 15)}
    svg = day_chart(counts)
    bars = BARS.findall(svg)
    assert 0 < len(bars) <= MAX_BARS
    assert sum(int(title.rsplit(" ", 1)[1]) for _, title in bars) == len(counts)
    assert "2022-01-01" in TEXTS.findall(svg) and " to " in bars[0][1]


def test_dates_that_are_not_days_are_left_out_not_drawn_as_text():
    svg = day_chart({"<b>soon</b>": {"shelling": 1}, "2022-03-11": {"shelling": 1}})
    assert "soon" not in svg and len(BARS.findall(svg)) == 1
