"""Near misses, too-short names and binary noise: none of them is answered as if certain."""

import pytest

from gazetteer import InputError, Resolver, resolve


@pytest.mark.parametrize("typo, meant", [("Kramatrosk", "Kramatorsk"), ("Melitopl", "Melitopol"),
                                         ("Lutks", "Lutsk")])
def test_a_typo_gives_the_near_place_as_a_guess_not_as_resolved(typo, meant):
    result = resolve(typo)
    assert result.place is not None and result.place.name == meant
    assert result.status == "ambiguous"
    assert any("fuzzy" in r and "not certain" in r for r in result.reasons), result.reasons


def test_a_typo_stays_a_guess_within_a_country():
    result = Resolver().resolve("Kramatrosk", country="UA")
    assert result.place.name == "Kramatorsk" and result.status == "ambiguous"


@pytest.mark.parametrize("name", ["A", "ab", "Å", "Ia", "US"])
def test_one_or_two_letters_name_no_town(name):
    result = resolve(name)
    assert result.status == "unresolved" and result.place is None
    assert any("too short" in r for r in result.reasons), result.reasons


def test_two_letters_may_still_spell_a_country_and_three_letters_a_town():
    uk = resolve("UK")
    assert uk.place.feature_code.startswith("PCL") and uk.place.country_code == "GB"
    assert resolve("Ufa").place.country_code == "RU"
    assert resolve("Ely").place.country_code == "GB"
    # the short-name rule is no bar to a town of that name
    assert resolve("US").place is None


@pytest.mark.parametrize("noise", ["\x00\x01Lutsk\x02\x03\x04", "\udcd0\udcd1Kyiv", "Sumy\ufffd",
                                   "\x7fELF\x02\x01\x01\x00Izium"])
def test_binary_noise_around_a_name_is_not_text(noise):
    with pytest.raises(InputError) as caught:
        resolve(noise)
    assert "not text" in str(caught.value) and "\n" not in str(caught.value)
    # a stray control character or two is a paste's artefact, dropped
    assert resolve("Lu\x00tsk").place.name == "Lutsk"
