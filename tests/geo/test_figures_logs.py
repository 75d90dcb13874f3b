"""Casualty figures as short logs and posts write them: updated tolls, one person as the
object, a qualified count, ages that are no counts, and "none of them" as a zero."""

import pytest

from geo.figures import read_figures
from geo.languages import ENGLISH, RUSSIAN, UKRAINIAN


@pytest.mark.parametrize("text, fatalities, injuries", [
    # a toll told a few words after "death toll", and an updated count of the injured
    ("UPDATE: the death toll from Friday's drone attack on Sumy has now risen to 9.", 9, None),
    ("The number of wounded in Dnipro has grown to 41.", None, 41),
    # one person as the object of the verb
    ("A shell hit a tractor near Orikhiv, killing the farmer.", 1, None),
    ("An FPV drone hit a car near Beryslav, wounding the driver.", None, 1),
    # a word before who: "three police officers"
    ("Three police officers were wounded and two rescuers were killed.", 2, 3),
    ("A Ukrainian paratrooper was killed in the assault.", 1, None),
])
def test_english_log_figures(text, fatalities, injuries):
    got = read_figures(text, language=ENGLISH)
    assert (got.fatalities, got.injuries) == (fatalities, injuries)


@pytest.mark.parametrize("language, text, fatalities, injuries", [
    (UKRAINIAN, "Кількість загиблих після ракетного удару по Кривому Рогу зросла до 14.", 14, None),
    (UKRAINIAN, "Загинула одна людина, ще четверо дістали поранення.", 1, 4),
    (UKRAINIAN, "Загиблих немає, пошкоджено будинок.", 0, None),
    (UKRAINIAN, "Постраждалих немає.", 0, 0),
    (UKRAINIAN, "Під час обстрілу загинув 47-річний чоловік.", 1, None),
    (RUSSIAN, "Количество погибших после удара по Донецку в понедельник возросло до 6.", 6, None),
    (RUSSIAN, "Раненых нет, повреждена крыша.", None, 0),
    (RUSSIAN, "Пострадавших нет.", 0, 0),
    (RUSSIAN, "При обстреле погиб 52-летний мужчина.", 1, None),
    (RUSSIAN, "Двое мирных жителей получили ранения.", None, 2),
])
def test_cyrillic_post_figures(language, text, fatalities, injuries):
    got = read_figures(text, language=language)
    assert (got.fatalities, got.injuries) == (fatalities, injuries)
