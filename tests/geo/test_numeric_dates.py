"""A day and a month written in figures, the day first: "on 03.04", "03.04.2023", "в ночь на 03.04"."""

import pytest

from geo import extract

DAY = "2024-04-05"


@pytest.mark.parametrize("text, date", [
    ("On 03.04 a missile hit a warehouse in Poltava.", "2024-04-03"),
    ("Shelling of Marhanets, 02.04.2023: two wounded.", "2023-04-02"),
    ("В ночь на 03.04 дроны атаковали Сумы.", "2024-04-03"),
    ("03.04 ворог обстріляв Нікополь.", "2024-04-03"),
    ("A strike on Sumy on 28.12 killed one.", "2023-12-28"),
])
def test_a_day_and_month_in_figures_date_the_event(text, date):
    (incident,) = extract([text], date=DAY)
    assert incident.date == date and incident.date_precision == "day"


@pytest.mark.parametrize("text", [
    "A missile hit Poltava at 12.05, officials said.",
    "Shelling hit Marhanets, 3.5 km from the river.",
])
def test_a_time_or_a_distance_is_no_date(text):
    (incident,) = extract([text], date=DAY)
    assert incident.date == DAY and incident.date_precision != "day"
