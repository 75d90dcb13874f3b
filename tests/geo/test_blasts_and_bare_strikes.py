"""Blast verbs ("went off", "detonated") and a bare "strike" typed by the weapon the sentence names."""

import pytest

from geo import extract

DAY = "2024-03-09"


@pytest.mark.parametrize("text", [
    "A grenade left in a shed went off in Balakliia, killing a man.",
    "Old ordnance detonated in a field near Balakliia.",
])
def test_a_blast_verb_tells_an_explosion(text):
    (incident,) = extract([text], date=DAY)
    assert (incident.name, incident.event_type) == ("Balakliya", "explosion")


def test_an_alarm_going_off_is_no_blast():
    assert extract(["The air raid siren went off in Poltava at noon."], date=DAY) == []


@pytest.mark.parametrize("text, event_type", [
    ("Sumy, 09:10 - third strike this morning: a guided bomb hit a school in Okhtyrka.", "airstrike"),
    ("Sumy, 09:10 - another strike: Grad rockets hit a school in Okhtyrka.", "shelling"),
])
def test_a_bare_strike_takes_the_type_of_the_weapon_named_after_it(text, event_type):
    found = {i.name: i.event_type for i in extract([text], date=DAY)}
    assert found["Sumy"] == event_type
