"""Places in Ukrainian and Russian reports, declined as the sentence needs (short texts written for the tests)."""

from pathlib import Path

import pytest

from gazetteer import Resolver
from geo import find_places
from geo.inflection import nominatives, rule_nominatives


def placed(text):
    return [(m.surface, m.place.name if m.place else None, m.place.admin1 if m.place else None)
            for m in find_places(text)]


def only(text, surface):
    found = [m for m in find_places(text) if m.surface == surface]
    assert len(found) == 1, placed(text)
    return found[0]


@pytest.mark.parametrize("text, surface, name", [
    ("Уночі у Харкові пролунали три вибухи.", "Харкові", "Kharkiv"),
    ("Ворог знову вдарив по позиціях під Бахмутом.", "Бахмутом", "Bakhmut"),
    ("Бої тривають біля Ізюма вже тиждень.", "Ізюма", "Izyum"),
    ("Сирени лунали в Маріуполі та Краматорську.", "Маріуполі", "Mariupol"),
    ("Сирени лунали в Маріуполі та Краматорську.", "Краматорську", "Kramatorsk"),
    ("Рятувальники працюють в Новоселівці з ранку.", "Новоселівці", "Novoselivka"),
    ("Ночью в Харькове прогремели взрывы.", "Харькове", "Kharkiv"),
    ("Обстрел продолжался в Мариуполе до утра.", "Мариуполе", "Mariupol"),
    ("Бои идут возле Изюма.", "Изюма", "Izyum"),
])
def test_a_declined_city_or_village_is_found_and_resolved(text, surface, name):
    assert only(text, surface).place.name == name


@pytest.mark.parametrize("text, surface, oblast", [
    ("Вибухи пролунали на Харківщині вночі.", "Харківщині", "Kharkiv Oblast"),
    ("Окупанти обстріляли громади на Донеччині.", "Донеччині", "Donetsk Oblast"),
    ("Київщина знову під атакою дронів.", "Київщина", "Kyiv Oblast"),
    ("Ракети збили над Сумщиною.", "Сумщиною", "Sumy Oblast"),
    ("Удар прийшовся у Запорізькій області.", "Запорізькій області", "Zaporizhzhia Oblast"),
    ("Знеструмлено кілька сіл Херсонської області.", "Херсонської області", "Kherson Oblast"),
    ("В Донецкой области погибли двое мирных жителей.", "Донецкой области", "Donetsk Oblast"),
    ("Беспилотники атаковали Харьковщину.", "Харьковщину", "Kharkiv Oblast"),
])
def test_an_oblast_by_its_adjective_or_its_colloquial_name_is_the_oblast(text, surface, oblast):
    mention = only(text, surface)
    assert (mention.place.name, mention.place.feature_code) == (oblast, "ADM1")


def test_a_region_word_after_the_adjective_keeps_it_from_the_city():
    # "Донецька" alone names the city; with "область" it is the oblast
    mention = only("Донецька область залишається під обстрілами.", "Донецька область")
    assert mention.place.feature_code == "ADM1"


def test_the_oblasts_colloquial_name_resolves_as_a_name():
    assert Resolver().resolve("Харківщина").place.name == "Kharkiv Oblast"
    assert Resolver().resolve("Луганщина").place.name == "Luhansk Oblast"


def test_a_near_word_makes_precision_two_and_a_preposition_in_keeps_one():
    near = only("Загинув військовий під Бахмутом.", "Бахмутом")
    inside = only("Загинув військовий у Бахмуті.", "Бахмуті")
    assert (near.precision, near.near) == (2, "під")
    assert inside.precision == 1


def test_a_declined_district_after_a_village_picks_the_village_there():
    # the Kam'yanka of Izmail district (Odesa Oblast), not the larger one in Cherkasy Oblast
    mention = only("Уламки впали в с. Кам'янка Ізмаїльського району.", "Кам'янка")
    assert mention.place.admin1 == "Odesa Oblast"


def test_a_settlement_word_before_a_nominative_name_is_a_cue_not_a_place():
    found = placed("Селище Шевченкове обстріляли з артилерії.")
    assert [surface for surface, _, _ in found] == ["Шевченкове"]
    assert found[0][1] == "Shevchenkove"


def test_words_capitalised_at_a_sentence_start_are_not_places():
    text = ("Сьогодні ЗСУ відбили атаку біля Ізюма. Повітряні сили збили шість дронів. Атака тривала годину. "
            "Россия снова обстреляла Херсон. Федоров заявив про удар.")
    found = placed(text)
    # the country is named as in English ("Russia shelled Kherson"); the words and the surname are not
    assert [surface for surface, _, _ in found] == ["Ізюма", "Россия", "Херсон"], found
    assert [name for _, name, _ in found] == ["Izyum", "Russia", "Kherson"]


@pytest.mark.parametrize("word, nominative", [
    ("Харкові", "Харків"), ("Києві", "Київ"), ("Одесі", "Одеса"), ("Маріуполі", "Маріуполь"),
    ("Новоселівці", "Новоселівка"), ("Мариуполе", "Мариуполь"), ("Бахмутом", "Бахмут"),
])
def test_the_suffix_rules_give_back_the_nominative(word, nominative):
    assert nominative in rule_nominatives(word)


def test_the_dictionary_keeps_an_adjectives_gender():
    assert "Шевченкове" in nominatives("Шевченковому", "pymorphy3:uk")



@pytest.mark.parametrize("text, surface, name, admin1", [
    # the genitive of a town that a namesake abroad is spelt as ("Pokrovska" in Yakutia)
    ("Ворог обстріляв околиці Покровська вночі.", "Покровська", "Pokrovsk", "Donetsk Oblast"),
    # the genitive of a town that is also a woman's surname, with the dictionary's apostrophe
    ("Триває обстріл Куп'янська з артилерії.", "Куп'янська", "Kupyansk", "Kharkiv Oblast"),
])
def test_a_towns_genitive_is_the_town_before_a_namesake_or_a_surname(text, surface, name, admin1):
    mention = only(text, surface)
    assert (mention.place.name, mention.place.admin1) == (name, admin1)
    # a surname on its own is still a person's: "Федоров" is no place
    assert not find_places("Федоров заявив про обстріл.")


@pytest.mark.parametrize("text, names", [
    # a front named after a place is not the place: the village the sentence names is
    ("На Запорожском направлении у Работино идут бои.", []),
    ("На Покровському напрямку тривають бої біля Авдіївки.", ["Авдіївки"]),
    # the place itself stays
    ("Обстріл Запоріжжя: загинула жінка.", ["Запоріжжя"]),
])
def test_a_front_named_after_a_place_is_no_place(text, names):
    from geo import Geoparser

    assert [m.surface for m in Geoparser().find_places(text)] == names


@pytest.mark.parametrize("text, name, feature", [
    # "на Запоріжжі" is the region; "у Запоріжжі" the city
    ("На Запоріжжі ворог обстріляв кілька сіл.", "Zaporizhzhia Oblast", "ADM1"),
    ("У Запоріжжі пролунали вибухи.", "Zaporizhzhya", "PPL"),
    ("На Запорожье обстреляли несколько сёл.", "Zaporizhzhia Oblast", "ADM1"),
])
def test_on_zaporizhzhia_is_the_region(text, name, feature):
    from geo import Geoparser

    place = Geoparser().find_places(text)[0].place
    assert (place.name, place.feature_code) == (name, feature)


def test_a_post_in_ukrainian_prefers_ukraines_namesake_when_no_country_is_given():
    # Krynki in Poland is bigger than Krynky on the Dnipro; a post in Ukrainian is about Ukraine
    (mention,) = find_places("Біля Кринок тривають бої.")
    assert (mention.place.country_code, mention.place.admin1) == ("UA", "Kherson Oblast")


@pytest.mark.parametrize("text, surface, oblast", [
    # the "people's republics" proclaimed in 2014 are read as the oblasts they claim
    ("Мобилизация объявлена в ДНР и ЛНР.", "ДНР", "Donetsk Oblast"),
    ("Мобилизация объявлена в ДНР и ЛНР.", "ЛНР", "Luhansk Oblast"),
    ("Обстріли в Донецькій Народній Республіці тривали всю ніч.", "Донецькій Народній Республіці", "Donetsk Oblast"),
    ("Shelling in the DPR killed two, officials said.", "DPR", "Donetsk Oblast"),
    # Crimea in Ukrainian ("Крим"), which the registry packages hold in Russian only
    ("Вибухи в Криму та Севастополі.", "Криму", "Avtonomna Respublika Krym"),
])
def test_the_proclaimed_republics_are_their_oblasts_and_crimea_is_read_in_ukrainian(text, surface, oblast):
    found = {m.surface: m.place for m in find_places(text) if m.place}
    assert found[surface].name == oblast


@pytest.mark.parametrize("text, names", [
    # towns that dictionaries also hold as surnames are people only where a person stands
    ("Росіяни обстріляли Лиман і Кропивницький.", ["Lyman", "Kropyvnytskyi"]),
    ("Обстріл Енергодара тривав усю ніч.", ["Enerhodar"]),
    ("Федоров заявив про обстріл.", []),
    ("Буданов: удар був успішним.", []),
])
def test_a_surname_the_dictionary_holds_is_a_town_unless_a_person_stands_there(text, names):
    assert [m.place.name for m in find_places(text) if m.place] == names


@pytest.mark.parametrize("text, surface, name", [
    # a hyphenated name declines part by part
    ("Уночі в Кам'янці-Дніпровській горіла лікарня.", "Кам'янці-Дніпровській", "Kamyanka-Dniprovska"),
    ("В Каменке-Днепровской повреждена школа.", "Каменке-Днепровской", "Kamyanka-Dniprovska"),
    ("Пожежа в Новгороді-Сіверському тривала до ранку.", "Новгороді-Сіверському", "Novhorod-Siverskyi"),
    # a name of capitalised parts opening a log line is no everyday word nor a surname
    ("Новгород-Сіверський: уламки дрона впали на дах.", "Новгород-Сіверський", "Novhorod-Siverskyi"),
    # a possessive adjective of a town's name ("Часов Яр"), which dictionaries hold as another word
    ("Под Часовым Яром идут тяжёлые бои.", "Часовым Яром", "Chasiv Yar"),
    ("Бои у Часового Яра не стихают.", "Часового Яра", "Chasiv Yar"),
    # к before the locative's і becomes ц: Бурлук, у Бурлуці
    ("У Великому Бурлуці пошкоджено магазин.", "Великому Бурлуці", "Velykyi Burluk"),
])
def test_compound_and_alternating_names_decline_to_their_town(text, surface, name):
    assert only(text, surface).place.name == name


@pytest.mark.parametrize("text, surface, country, feature", [
    ("Уламки ракети знайшли у Польщі.", "Польщі", "PL", "PCLI"),
    ("Обломки ракеты нашли в Польше.", "Польше", "PL", "PCLI"),
    ("Білорусь стягує техніку до кордону.", "Білорусь", "BY", "PCLI"),
    # Russia's border oblasts as Ukrainian posts write them
    ("ЗСУ вдарили по Білгородській області.", "Білгородській області", "RU", "ADM1"),
    ("Вибухи пролунали на Бєлгородщині.", "Бєлгородщині", "RU", "ADM1"),
    ("Дрони атакували Курську область.", "Курську область", "RU", "ADM1"),
    ("Взрывы в Гомельской области слышали ночью.", "Гомельской области", "BY", "ADM1"),
])
def test_countries_and_foreign_regions_by_their_ukrainian_and_russian_names(text, surface, country, feature):
    place = only(text, surface).place
    assert (place.country_code, place.feature_code) == (country, feature)


def test_a_countrys_name_in_another_script_does_not_make_its_adjective_a_place():
    # "Сомали" folds to the key of the English adjective "Somali"
    assert "Somali" not in [m.surface for m in find_places("Somali refugees crowded the camps in Kenya.")]


@pytest.mark.parametrize("text, surface, name", [
    # a hromada is named after its centre, which the gazetteer holds where it holds no hromada
    ("Юнаківська громада зазнала дев'яти обстрілів.", "Юнаківська громада", "Yunakivka"),
    ("Ворог скинув бомби на Білопільську громаду.", "Білопільську громаду", "Bilopillia"),
    ("У Нікопольській громаді пошкоджено лінію електропередач.", "Нікопольській громаді", "Nikopol"),
])
def test_a_hromada_is_placed_at_the_settlement_it_is_named_after(text, surface, name):
    assert only(text, surface).place.name == name


@pytest.mark.parametrize("text, surface, name", [
    # "под" takes the instrumental: Покровск, not the village Покровское ("в Покровском")
    ("Тяжёлые бои идут под Покровском.", "Покровском", "Pokrovsk"),
])
def test_a_prepositions_case_picks_the_nominative(text, surface, name):
    place = only(text, surface).place
    assert (place.name, place.country_code) == (name, "UA")


@pytest.mark.parametrize("text, surface, name", [
    # a post names its town before a colon; the Ukrainian dictionary holds towns as everyday words
    ("Балаклія: уламки ракети пошкодили склад.", "Балаклія", "Balakliya"),
    ("Лиман: ворог обстріляв околиці.", "Лиман", "Lyman"),
    ("Балаклея: обломки ракеты повредили склад.", "Балаклея", "Balakliya"),
])
def test_a_town_heading_a_post_is_a_place(text, surface, name):
    assert only(text, surface).place.name == name


@pytest.mark.parametrize("text", [
    "Фото: рятувальники на місці удару.",  # "Фото" folds onto a Swedish village: no town of Ukraine
    "Буданов: ворог готує новий наступ.",  # a person speaks
])
def test_a_heading_word_or_a_speaker_is_no_place(text):
    assert placed(text) == []


def test_an_abbreviation_with_a_case_ending_is_no_place():
    # "КАБами": guided bombs, declined; not Kaba in Hungary
    assert [s for s, _, _ in placed("Лозова: ворог атакував місто КАБами.")] == ["Лозова"]


@pytest.fixture
def with_a_stream_named_bilyi(home, tmp_path):
    """A stream "Білий" imported (a made-up row): its key is the declined adjective's ("Білій")."""
    import zipfile

    from gazetteer.importer import import_files
    from gazetteer.local import LocalStore
    from geo import Geoparser

    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(Path(__file__).parent.parent / "fixtures" / "geonames" / "UA_stream_bilyi.txt", "UA.txt")
    import_files([archive])
    return Geoparser(Resolver(store=LocalStore()))


def test_a_longer_declined_name_beats_a_word_known_alone(with_a_stream_named_bilyi):
    # "Білій Церкві" is Bila Tserkva, not the stream "Білий" nor the adjective's "Біла"
    found = with_a_stream_named_bilyi.find_places("Ракета влучила в об'єкт у Білій Церкві.")
    assert [(m.surface, m.place.name) for m in found] == [("Білій Церкві", "Bila Tserkva")]


@pytest.mark.parametrize("text, surface", [
    # Russian "-ое" folds to "-oe", GeoNames romanises it "-oye" ("Ternovoye"): a spelling of it
    ("Под Терновым третий день идут бои.", "Терновым"),
])
def test_a_declined_name_reaches_a_place_romanised_otherwise(text, surface):
    place = only(text, surface).place
    assert place.country_code == "UA" and place.name.startswith("Ternov")


@pytest.mark.parametrize("text, expected", [
    # a first name before a surname is a person ("Сергій": no village Serhii); a title opening the
    # sentence that folds onto a foreign village is a word ("Голова": not Gölova in Turkey)
    ("Голова ОВА Сергій Лисак повідомив про удар по Нікополю.", ["Нікополю"]),
    ("Лиман знову під обстрілом.", ["Лиман"]),
])
def test_first_names_and_titles_opening_a_sentence_are_no_places(text, expected):
    assert [s for s, _, _ in placed(text)] == expected


@pytest.mark.parametrize("text, surface", [
    # an apostrophe after the first letter is no second capital: a name, not an abbreviation
    ("У П'ятихатках пролунали вибухи.", "П'ятихатках"),
    ("Бої точаться біля П'ятихаток.", "П'ятихаток"),
])
def test_a_name_with_an_apostrophe_is_no_abbreviation(text, surface):
    assert only(text, surface).place.name == "Pyatykhatky"
