"""Ukrainian and Russian: event cues, targets, casualty figures and dates, read by the same engines as English."""

import datetime as dt

import pytest

from geo.dates import event_date, report_date
from geo.events import find_event_cues, find_target, sentence_event_type
from geo.figures import read_figures
from geo.languages import LANGUAGES, RUSSIAN, UKRAINIAN

THURSDAY = dt.date(2024, 3, 14)


def _type(text, language):
    cues = find_event_cues(text, language=language)
    return sentence_event_type(cues, language) if cues else None


@pytest.mark.parametrize("text, expected", [
    ("Гатили з мінометів по околицях.", "shelling"),
    ("Прильоти по промзоні, працює ППО.", "missile_or_drone_strike"),
    ("Безпілотник вдарив по складу.", "missile_or_drone_strike"),
    ("Росіяни скинули КАБи на село.", "airstrike"),
    ("Літаки скинули бомби на околицю.", "airstrike"),
    ("Здетонував боєкомплект на складі.", "explosion"),
    ("Трактор підірвався, наїхавши на міну.", "explosion"),
    ("Окупанти захопили село після тижня боїв.", "territory_captured"),
    ("Сили оборони звільнили ще одне село.", "territory_captured"),
    ("Запеклі бої тривають біля траси.", "armed_clash"),
    ("Ворог пішов на штурм позицій.", "armed_clash"),
    ("Триває евакуація, відкрито зелений коридор.", "evacuation_or_corridor"),
    ("Зруйновано два склади, пошкоджено дах.", "attack_on_facility"),
    ("Травмований водій, постраждали перехожі.", "casualty_report"),
])
def test_ukrainian_cues(text, expected):
    assert _type(text, UKRAINIAN) == expected


@pytest.mark.parametrize("text, expected", [
    ("Противник обстрелял поселок из минометов.", "shelling"),
    ("Ракетный удар пришелся по окраине.", "missile_or_drone_strike"),
    ("Прилёт в промзону, работает ПВО.", "missile_or_drone_strike"),
    ("Беспилотники атаковали нефтебазу.", "missile_or_drone_strike"),
    ("Авиаудар по позициям у реки.", "airstrike"),
    ("В городе прогремел взрыв.", "explosion"),
    ("Российские войска заняли село.", "territory_captured"),
    ("Войска оккупировали район.", "territory_captured"),
    ("ВСУ освободили поселок на юге.", "territory_captured"),
    ("Тяжелые бои идут третьи сутки.", "armed_clash"),
    ("Эвакуация жителей продолжается.", "evacuation_or_corridor"),
    ("Повреждено здание администрации, разрушено кафе.", "attack_on_facility"),
    ("Погибли трое мирных жителей.", "casualty_report"),
])
def test_russian_cues(text, expected):
    assert _type(text, RUSSIAN) == expected


# A stem that reads the event, beside an ordinary word that shares its letters.
@pytest.mark.parametrize("event, ordinary, language", [
    ("Трактор наїхав на міну.", "Міністр представив нову програму для шкіл.", UKRAINIAN),
    ("Завдали удару по складу.", "Ударна хвиля нової моди прийшла до міста.", UKRAINIAN),
    ("Сили оборони звільнили село.", "Його звільнили з посади минулого тижня.", UKRAINIAN),
    ("Окупанти захопили село.", "Працівники зайняли свої місця.", UKRAINIAN),
    ("Российские войска заняли село.", "Работа заняла пять минут.", RUSSIAN),
    ("ВСУ освободили поселок.", "Его освободили из-под стражи утром.", RUSSIAN),
    ("Машина подорвалась на мине.", "Через пять мин начнется концерт.", RUSSIAN),
    ("Войска установили контроль над селом.", "Ситуация находится под контролем.", RUSSIAN),
])
def test_a_cue_is_not_an_ordinary_word(event, ordinary, language):
    assert find_event_cues(event, language=language) != []
    assert find_event_cues(ordinary, language=language) == []


@pytest.mark.parametrize("text, language, target", [
    ("Ракета влучила в лікарню.", UKRAINIAN, "hospital"),
    ("Пошкоджено дитячий садок і школу.", UKRAINIAN, "kindergarten"),
    ("Удар по багатоповерхівці в центрі.", UKRAINIAN, "apartment building"),
    ("Знеструмлено електропідстанцію після атаки.", UKRAINIAN, "power plant"),
    ("Атакували нафтобазу дронами.", UKRAINIAN, "fuel depot"),
    ("Обстріл залізничного вокзалу.", UKRAINIAN, "railway station"),
    ("Снаряд попал в больницу.", RUSSIAN, "hospital"),
    ("Поврежден жилой дом на окраине.", RUSSIAN, "apartment building"),
    ("Удар по ТЭЦ оставил город без тепла.", RUSSIAN, "power plant"),
    ("Разрушен мост через реку.", RUSSIAN, "bridge"),
    ("Беспилотник атаковал аэродром.", RUSSIAN, "airfield"),
    ("Взрыв на рынке в центре.", RUSSIAN, "market"),
])
def test_targets(text, language, target):
    assert find_target(text, language=language) == target


@pytest.mark.parametrize("text, language, fatalities, injuries", [
    ("Загинули чотирнадцять людей, 6 поранено.", UKRAINIAN, 14, 6),
    ("Внаслідок удару троє загиблих і п'ятеро поранених.", UKRAINIAN, 3, 5),
    ("Двоє людей загинули, ще один поранений.", UKRAINIAN, 2, 1),
    ("Кількість поранених зросла до 9.", UKRAINIAN, None, 9),
    ("Поранення отримали дванадцять мешканців.", UKRAINIAN, None, 12),
    ("Загинули двадцять два військових.", UKRAINIAN, 22, None),
    ("Ніхто не постраждав.", UKRAINIAN, None, 0),
    ("Погибли двое, ранены 5 человек.", RUSSIAN, 2, 5),
    ("На месте обнаружены двое погибших.", RUSSIAN, 2, None),
    ("3 погибших и 8 раненых.", RUSSIAN, 3, 8),
    ("Жертвами стали 3 человека.", RUSSIAN, 3, None),
    ("Число погибших возросло до семи.", RUSSIAN, 7, None),
    ("Ранения получили четверо мирных жителей.", RUSSIAN, None, 4),
    ("Никто не погиб.", RUSSIAN, 0, None),
])
def test_casualty_figures(text, language, fatalities, injuries):
    figures = read_figures(text, language=language)
    assert (figures.fatalities, figures.injuries) == (fatalities, injuries)


@pytest.mark.parametrize("text, language, qualifier", [
    ("Загинули не менше 5 людей.", UKRAINIAN, "не менше"),
    ("Поранено принаймні двох людей.", UKRAINIAN, "принаймні"),
    ("Погибли как минимум четверо.", RUSSIAN, "как минимум"),
    ("Ранены более 10 человек.", RUSSIAN, "более"),
])
def test_qualifiers(text, language, qualifier):
    assert read_figures(text, language=language).qualifier == qualifier


@pytest.mark.parametrize("text, language", [
    ("Загинули 24 лютого, у перший день.", UKRAINIAN),    # a date, not a count
    ("Загинули 30 років тому, під час іншої війни.", UKRAINIAN),
    ("Усім пораненим надали допомогу.", UKRAINIAN),       # "сім" in "усім" is no number
    ("Погибли 9 мая 1945 года миллионы.", RUSSIAN),
    ("Обстрел продолжался 3 часа.", RUSSIAN),
])
def test_no_figure_is_none(text, language):
    figures = read_figures(text, language=language)
    assert (figures.fatalities, figures.injuries) == (None, None)


@pytest.mark.parametrize("sentence, language, day, precision", [
    ("Минулої ночі ворог атакував місто.", UKRAINIAN, "2024-03-13", "day"),
    ("Напередодні обстріляли громаду.", UKRAINIAN, "2024-03-13", "day"),
    ("Зранку пролунали вибухи.", UKRAINIAN, "2024-03-14", "day"),
    ("Позавчора стався вибух.", UKRAINIAN, "2024-03-12", "day"),
    ("11 березня ракета влучила в будинок.", UKRAINIAN, "2024-03-11", "day"),
    ("Во вторник был нанесен удар.", RUSSIAN, "2024-03-12", "day"),
    ("Вчера противник обстрелял поселок.", RUSSIAN, "2024-03-13", "day"),
    ("Этой ночью прогремели взрывы.", RUSSIAN, "2024-03-14", "day"),
    ("Позавчера был прилет.", RUSSIAN, "2024-03-12", "day"),
    ("5 марта беспилотник атаковал город.", RUSSIAN, "2024-03-05", "day"),
])
def test_dates(sentence, language, day, precision):
    assert event_date(sentence, THURSDAY, language) == (day, precision)


def test_report_dates_in_both_languages():
    assert report_date("Харків, 11 березня 2024 року. Обстріл.", language=UKRAINIAN) == dt.date(2024, 3, 11)
    assert report_date("Белгород, 5 марта 2024 г. Обстрел.", language=RUSSIAN) == dt.date(2024, 3, 5)


@pytest.mark.parametrize("language", [UKRAINIAN, RUSSIAN])
def test_weapons_use_the_shared_classes(language):
    classes = {"cruise_missile", "ballistic_missile", "missile", "loitering_munition", "fpv_drone", "drone",
               "glide_bomb", "aerial_bomb", "mlrs", "artillery", "mortar", "cluster_munition", "mine", "small_arms"}
    assert set(language.weapons) == classes


def test_both_languages_are_registered():
    assert LANGUAGES["uk"] is UKRAINIAN and LANGUAGES["ru"] is RUSSIAN


@pytest.mark.parametrize("text, language", [
    ("Біля села на міні підірвався трактор.", UKRAINIAN),
    ("Возле села на мине подорвался трактор.", RUSSIAN),
])
def test_a_vehicle_blown_up_on_a_mine_is_an_explosion_by_a_mine(text, language):
    from geo.weapons import find_weapon

    assert (_type(text, language), find_weapon(text, language=language)) == ("explosion", "mine")
    # "міні-" is "mini", not a mine
    assert find_weapon("Турнір з міні-футболу.", language=UKRAINIAN) is None
