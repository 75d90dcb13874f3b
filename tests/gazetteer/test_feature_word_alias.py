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
