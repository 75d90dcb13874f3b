"""A wire report's dateline and its sources are where the news came from, not where it happened.

1. a dateline city ("SUMY, Ukraine (AP) —", "LONDON (Reuters) -", "ЗАПОРІЖЖЯ (ОВА) —", a TASS
   credit between slashes) is no scene of what the sentence places elsewhere, and takes no share
   of its figures;
2. a place in an official's title ("the Sumy regional governor said", "Kharkiv's mayor said",
   "голова Сумської ОВА") or in a ministry's name ("the Gaza health ministry said") is no scene either;
3. unless it is the only place the report names for the event: then the event happened there.
"""

import pytest

from geo import extract

DAY = "2024-06-14"


def _told(text):
    return sorted((i.name, i.fatalities, i.injuries) for i in extract([text], date=DAY))


# -- 1. datelines ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("SUMY, Ukraine (AP) — Russian jets dropped glide bombs on Krasnopillia late on Tuesday, "
     "wounding four residents, officials said.", [("Krasnopillya", None, 4)]),
    ("LONDON (Reuters) - A Ukrainian drone struck an oil depot in Shebekino overnight, "
     "wounding two workers, local officials said.", [("Shebekino", None, 2)]),
    ("ЗАПОРІЖЖЯ (ОВА) — окупанти вдарили по Степногірську, поранено трьох людей.",
     [("Stepnohirsk", None, 3)]),
    ("БЕЛГОРОД, 5 июня /ТАСС/. Беспилотник атаковал Шебекино, ранены двое.", [("Shebekino", None, 2)]),
])
def test_a_dateline_city_takes_no_share(text, expected):
    assert _told(text) == expected


# -- 2. officials' titles and ministries -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Artillery shells hit Vilkhivka on Sunday, killing two and wounding five, the Odesa "
     "regional governor said.", [("Vilkhivka", 2, 5)]),
    ("A glide bomb struck a grocery in Zolochiv at noon, wounding six shoppers, Kharkiv's mayor said.",
     [("Zolochiv", None, 6)]),
    ("Russian guided bombs fell on Velyka Pysarivka, injuring three, the Sumy regional "
     "administration said.", [("Velyka Pysarivka", None, 3)]),
    ("An Israeli strike on a school in Khan Younis killed seven people and wounded 15, "
     "the Gaza health ministry said.", [("Khān Yūnis", 7, 15)]),
    ("Под обстрел попала Суджа. Погибла женщина, трое ранены, сообщил губернатор Курской области.",
     [("Sudzha", 1, 3)]),
])
def test_a_place_in_a_source_takes_no_share(text, expected):
    assert _told(text) == expected


# -- 3. the only place ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("DNIPRO, Ukraine (AP) — A ballistic missile slammed into a high-rise on Thursday, killing three.",
     "Dnipro"),
    ("A cruise missile hit a warehouse, killing three workers, Dnipro's mayor said.", "Dnipro"),
    ("Dnipro Mayor Borys Filatov said a cruise missile hit a warehouse at dawn, killing three workers.",
     "Dnipro"),
])
def test_the_only_place_named_is_the_scene(text, name):
    assert [(i.name, i.fatalities) for i in extract([text], date=DAY)] == [(name, 3)]


def test_a_dateline_stands_for_its_own_sentence_only():
    # a story's later sentences without a place of their own did not happen at the dateline city
    text = ("KHARKIV, Ukraine (AP) — Russian guns shelled the village of Lyptsi on Friday, killing a man. "
            "Russian forces launched a cross-border offensive in the area in spring.")
    assert [i.name for i in extract([text], date=DAY)] == ["Lyptsi"]


def test_a_credited_dateline_is_no_scene_beside_the_sentences_own_place():
    # the story was filed in Kharkiv; the mine went off near a village the sentence names
    text = ("KHARKIV, Ukraine (AP) — A tractor driver died on Friday when his tractor hit a mine near the "
            "village of Dvorichna, police said.")
    assert [i.name for i in extract([text], date="2024-04-26")] == ["Dvorichna"]


@pytest.mark.parametrize("text", [
    "За добу ворог 12 разів обстріляв прикордоння Сумщини. Під обстріл потрапили Хотінь і Юнаківка.",
    "Shelling hit Sumy Oblast's border areas overnight. Khotin and Yunakivka came under shelling.",
])
def test_a_regions_count_summed_up_by_its_settlements_is_no_incident_of_its_own(text):
    assert sorted(i.name for i in extract([text], date="2024-07-23")) == ["Khotin", "Yunakivka"]


def test_a_regions_own_casualties_keep_its_incident():
    text = "Shelling across Sumy Oblast overnight killed three. In Khotin one man was wounded."
    assert "Sumy Oblast" in [i.name for i in extract([text], date="2024-07-23")]
