"""A feature word after a name ("Richmond town", from "the city of Richmond") must not let a
place that bears the whole only as an alternate name push out the places named so."""

from gazetteer import Resolver

from geo import Geoparser


def test_the_plain_names_places_compete_with_a_lone_alias_of_the_full_form():
    ranking = Resolver().ranking("Richmond town")
    names = {c.place.name for c in ranking.scored}
    assert "Richmond" in names, names
    assert Resolver().resolve("Richmond town").place.name == "Richmond"


def test_the_city_of_a_name_in_running_text():
    text = "Council staff in the city of Oxford will collect garden waste from Monday."
    found = {m.surface: m.place for m in Geoparser().find_places(text)}
    assert found["Oxford"] is not None and found["Oxford"].name == "Oxford", found


def test_an_old_name_of_one_town_that_holds_the_type_word_competes_with_the_places_named_so():
    # "London Town" is an old name of Londontowne, Maryland: "London town" is still London
    result = Resolver().resolve("London town")
    assert result.place.name == "London" and result.place.population > 300_000
    # a town whose own name holds the word stays itself
    assert Resolver().resolve("Charles City").place.name == "Charles City"
