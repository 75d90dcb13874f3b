"""A cue under a negation in its clause tells no event: "no strikes", "вибухів не було"."""

import pytest

from geo import extract

DAY = "2024-04-02"


@pytest.mark.parametrize("text", [
    "There was no shelling of Marhanets overnight, the mayor said.",
    "Air raid alert over Poltava for two hours, no strikes.",
    "Sumy was not shelled on Monday.",
    "У Полтаві тривога тривала дві години, вибухів не було.",
    "Обстрілів Нікополя цієї ночі не зафіксовано.",
    "Ночью в Сумах обстрелов не было.",
])
def test_a_negated_event_gives_no_incident(text):
    assert extract([text], date=DAY) == []


@pytest.mark.parametrize("text, place", [
    ("No strikes on Poltava, but shelling hit Marhanets.", "Marhanets"),
    ("Після обстрілу Нікополя світла не було.", "Nikopol"),
])
def test_an_event_beside_a_negation_is_still_told(text, place):
    assert [i.name for i in extract([text], date=DAY)] == [place]
