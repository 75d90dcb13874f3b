"""Dotted initialisms that GeoNames holds as a place's alternate name: "L.A.", "N.Y.C."."""

from gazetteer import Resolver

from geo import Geoparser


def test_a_dotted_initialism_of_two_letters_is_a_name():
    result = Resolver().resolve("L.A.")
    assert result.place is not None and result.place.name == "Los Angeles", result.reasons
    # undotted, two letters stay too short to name a town
    assert Resolver().resolve("La").place is None or Resolver().resolve("La").place.name != "Los Angeles"


def test_an_initialism_is_found_undotted():
    from gazetteer.normalize import initialism

    assert initialism("S. F.") == "SF" and initialism("Sr.") is None
    result = Resolver().resolve("N.Y.C.")
    assert result.place is not None and result.place.name == "New York City", result.reasons


def test_running_text_keeps_dotted_initialisms_of_places():
    text = "After a week in L.A. the band flew on to N.Y.C. for two shows."
    found = {m.surface: m.place for m in Geoparser().find_places(text)}
    assert found.get("L.A.") is not None and found["L.A."].admin1 == "California"
    assert found.get("N.Y.C.") is not None and found["N.Y.C."].name == "New York City"
