"""A name no gazetteer here holds is placed at its report's focus, at precision 3."""

from geo import Geoparser


def test_an_unknown_street_of_a_local_story_is_placed_at_the_town_the_story_is_about():
    text = ("Torrington police closed Walnut Street after a water main broke. Crews from "
            "Torrington worked overnight, and Litchfield sent a truck.")
    mentions = {m.surface: m for m in Geoparser().find_places(text)}
    street = mentions["Walnut Street"]
    assert (street.status, street.place.name, street.place.admin1, street.precision) == (
        "approximate", "Torrington", "Connecticut", 3)
    assert "focus" in street.reasons[0]
    assert mentions["Torrington"].status == "resolved" and mentions["Torrington"].precision == 1


def test_a_name_given_as_a_place_is_placed_where_the_report_is_when_no_gazetteer_has_it():
    text = "Residents of Quarryhollow and Torrington met in Torrington on Monday."
    start = text.index("Quarryhollow")
    mentions = Geoparser().resolve_at(text, [(start, start + len("Quarryhollow")), (30, 40), (48, 58)])
    assert mentions[0].place.name == "Torrington" and mentions[0].status == "approximate"


def test_a_village_said_to_be_in_another_country_is_never_moved_to_the_reports_focus():
    text = ("Shelling hit Kharkiv and Izium overnight. Russian jets also fired at the "
            "Belarusian village of Kopani, officials in Kharkiv said.")
    kopani = [m for m in Geoparser().find_places(text) if m.surface == "Kopani"]
    assert [(m.status, m.place) for m in kopani] == [("unresolved", None)]


def test_a_report_naming_only_countries_has_no_focus_to_place_a_name_at():
    text = "Aid from France reached Ukraine through the village of Quarryhollow."
    found = [m for m in Geoparser().find_places(text) if m.surface == "Quarryhollow"]
    assert [(m.status, m.place) for m in found] == [("unresolved", None)]


def test_an_incident_is_never_placed_by_the_focus_alone():
    # "Kiev troops" names a government: a report's focus is a reader's guess, not an incident's scene
    from geo.extract import extract_report
    from geo.model import Report

    report = Report("r1", "Kiev troops shelled the village of Quarryhollow on Monday, killing one man. "
                          "Officials in Kyiv and Kyiv said more strikes followed.", date="2022-03-11")
    told = [i for i in extract_report(report, Geoparser()) if i.place_name == "Quarryhollow"]
    assert told and all(i.latitude is None and i.status == "unresolved" for i in told)


def test_a_village_of_a_region_the_sentence_names_is_placed_in_it_not_at_a_focus_elsewhere():
    text = ("Shelling hit Mariupol again, and Mariupol's mayor asked for a corridor. "
            "In the Sumy Oblast, artillery killed two civilians in Kerdylivshchyna village.")
    village = next(m for m in Geoparser().find_places(text) if m.surface == "Kerdylivshchyna")
    assert (village.status, village.place.name, village.precision) == ("approximate", "Sumy Oblast", 3)


def test_the_focus_lies_in_the_state_the_report_names():
    # "Monongahela" twice is the Pennsylvania town to the gazetteer; the story names West Virginia
    text = ("Two hikers were found near the village of Quarrybrook on Sunday. Crews from Monongahela and "
            "Manchester joined the search, and the Monongahela team brought dogs. Rangers in Lewisburg, "
            "West Virginia, led it.")
    village = next(m for m in Geoparser().find_places(text) if m.surface == "Quarrybrook")
    assert (village.status, village.place.name, village.place.admin1) == ("approximate", "Lewisburg", "West Virginia")


def test_a_region_read_with_doubt_does_not_take_the_unknown_place_away_from_the_focus():
    from gazetteer import Place
    from geo.model import Mention, Span
    from geo.report_focus import at_report_focus

    london = Place(4298960, "London", "US", "Kentucky", 37.13, -84.08, "PPL", 8126, admin1_code="US.KY")
    park = Place(5433124, "Park County", "US", "Colorado", 39.12, -105.72, "ADM2", 19083, admin1_code="US.CO")
    mentions = [Mention("d", 0, 6, "London", "resolved", london, 1, sentence=0),
                Mention("d", 20, 35, "Cumberland Falls", "unresolved", None, None, sentence=1),
                Mention("d", 50, 54, "Park", "ambiguous", park, 3, sentence=1)]
    spans = [Span(m.start, m.end, m.surface, None, m.sentence) for m in mentions]
    falls = at_report_focus(mentions, spans)[1]
    assert (falls.status, falls.place.name) == ("approximate", "London")
    # named without doubt, the county would be where the sentence puts the falls
    mentions[2] = Mention("d", 50, 61, "Park County", "resolved", park, 3, sentence=1)
    assert at_report_focus(mentions, spans)[1].place.name == "Park County"
