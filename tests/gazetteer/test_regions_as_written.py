"""First-level regions as a spreadsheet's region column writes them."""

import pytest

from gazetteer import Resolver

CASES = [
    ("Shebekino", "Belgorod", "RU"),         # the region by its capital's name
    ("Rechytsa", "Gomel", "BY"),             # the capital by an alternate name
    ("Rylsk", "Kursk", "RU"),
    ("Babruysk", "Mahilyow", "BY"),          # the capital by its Belarusian name
    ("Bakhmut", "Donestk Oblast", "UA"),     # a typo
    ("Bakhmut", "Donetsk obl.", "UA"),       # an abbreviated region word
    ("Yalta", "Krimea", "UA"),               # a near miss of an alternate name
    ("Kharkiv", "Kharkov region", "UA"),     # an old spelling with a region word
]


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize("name, admin1, country", CASES, ids=[f"{n}-{a}" for n, a, _ in CASES])
def test_a_region_as_written_narrows_the_name(resolver, name, admin1, country):
    result = resolver.resolve(name, admin1=admin1)
    assert result.status == "resolved", result.reasons
    assert result.place.country_code == country
    region = resolver.region(admin1)
    assert region is not None and region.feature_code == "ADM1"
    assert result.place.admin1_code == region.admin1_code


def test_a_region_as_written_still_excludes_places_elsewhere(resolver):
    result = resolver.resolve("Shebekino", admin1="Gomel")
    assert result.place is None and any("excluded" in r for r in result.reasons)


def test_kyiv_is_the_city_first_and_the_oblast_too(resolver):
    # Kyiv City holds the city named Kyiv; a spreadsheet's "Kyiv" may mean the oblast around it
    assert resolver.region("Kyiv").admin1_code == resolver.resolve("Kyiv").place.admin1_code
    brovary = resolver.resolve("Brovary", admin1="Kyiv")
    assert brovary.status == "resolved" and brovary.place.admin1 == "Kyiv Oblast"
    assert resolver.resolve("Kyiv", admin1="Kyiv").place.name == "Kyiv"
    # a region word picks one of the two
    assert resolver.resolve("Brovary", admin1="Kyiv Oblast").status == "resolved"
    assert resolver.resolve("Brovary", admin1="Kyiv City").place is None


def test_an_unknown_region_is_a_reason_and_the_row_is_kept(resolver):
    result = resolver.resolve("Lutsk", admin1="Narnia Province")
    assert result.status == "resolved" and result.place.name == "Lutsk"
    assert any("unknown first-level region 'Narnia Province'" in r and "ignored" in r for r in result.reasons)


@pytest.mark.parametrize("town", ["Atlantis", "Bakhmut"])
def test_a_town_that_is_no_region_s_main_place_names_no_region(resolver, town):
    assert resolver.region(town) is None
    result = resolver.resolve("Lutsk", admin1=town)
    assert result.place.name == "Lutsk"
