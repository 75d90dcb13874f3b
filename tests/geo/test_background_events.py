"""What a report recalls beside its news is no incident of the report's date.

A month or a year clearly before the report's, an anniversary, a habit, a purpose: the
sentence tells background. The report's own event, even dated days back, is still told.
"""

import pytest

from geo import extract

DAY = "2024-11-20"  # a Wednesday


@pytest.mark.parametrize("text", [
    # a month alone, earlier than the report's
    "In August, a ballistic missile strike on Sumy killed 14 civilians.",
    # a month and an earlier year
    "Ukrainian troops retook Kupiansk in September 2022 after a swift counteroffensive.",
    # a full date two years back
    "A cruise missile hit a shopping centre in Kremenchuk on 27 June 2022, killing 22.",
    # an anniversary
    "Residents of Chernihiv marked the anniversary of the shelling of the city centre.",
    "Two years after the missile strike on Dnipro, relatives laid flowers at the apartment block.",
    # a habit summed up over the year
    "Villages near Nikopol have come under constant artillery fire this year.",
    # a purpose, no event
    "The new bunker in Zaporizhzhia was built to protect workers from drone attacks.",
    # last year
    "Drone strikes damaged the port of Reni last year.",
])
def test_background_sentence_gives_no_incident(text):
    assert extract([text], date=DAY) == []


@pytest.mark.parametrize("text", [
    "У серпні ракетний удар по Сумах забрав життя 14 людей.",
    "Минулого року дрони атакували порт у Рені.",
    "У Чернігові відзначили річницю обстрілу центру міста.",
    "В сентябре ракетный удар по Сумам унес жизни 14 человек.",
    "В прошлом году беспилотники атаковали порт Рени.",
    "В Чернигове отметили годовщину обстрела центра города.",
])
def test_background_in_ukrainian_and_russian_gives_no_incident(text):
    assert extract([text], date=DAY) == []


def test_the_reports_own_event_stays_beside_its_background():
    text = ("Russian shelling killed three people in Kupiansk on Monday, the regional governor said. "
            "In August, a guided bomb attack on Kharkiv killed seven people.")
    incidents = extract([text], date=DAY)
    assert [(i.name, i.date, i.fatalities) for i in incidents] == [("Kupyansk", "2024-11-18", 3)]


def test_the_reports_own_event_stays_beside_its_background_in_ukrainian():
    text = "Вчора ворог обстріляв Нікополь, загинула жінка. Минулого року дрони атакували Рені."
    incidents = extract([text], date=DAY)
    assert [(i.name, i.date, i.fatalities) for i in incidents] == [("Nikopol", "2024-11-19", 1)]



@pytest.mark.parametrize("text", [
    # a day of the report's week does not make a purpose an event
    "Odesa unveiled a new metro shelter on Tuesday, designed to shield residents from missile strikes.",
    "У Харкові в понеділок відкрили підземну школу, щоб захистити дітей від ракетних ударів.",
    "В Белгороде во вторник установили бетонные укрытия на случай обстрелов.",
])
def test_a_purpose_tells_no_event(text):
    assert extract([text], date=DAY) == []
