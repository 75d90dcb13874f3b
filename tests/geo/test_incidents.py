"""Reports to incidents: types, targets, figures, scenes, merging. Reports written for the tests."""

import pytest

from geo import Report, extract

DAY = "2022-03-11"


def one(text, **kwargs):
    found = extract([text], date=DAY, **kwargs)
    assert len(found) == 1, [(i.event_type, i.place_name) for i in found]
    return found[0]


@pytest.mark.parametrize("text, event_type, place", [
    ("Warplanes bombed the outskirts of Chernihiv on Friday.", "airstrike", "Chernihiv"),
    ("Cruise missiles struck Vinnytsia this morning.", "missile_or_drone_strike", "Vinnytsia"),
    ("Drones attacked fuel depots in Zhytomyr.", "missile_or_drone_strike", "Zhytomyr"),
    ("Artillery shelled Mykolaiv for hours.", "shelling", "Mykolaiv"),
    ("A landmine exploded on a road near Kherson.", "explosion", "Kherson"),
    ("Troops fought street battles in Sievierodonetsk.", "armed_clash", "Sievierodonetsk"),
    ("Separatists captured Volnovakha after a long siege.", "territory_captured", "Volnovakha"),
    ("Buses evacuated civilians from Irpin through a humanitarian corridor.", "evacuation_or_corridor", "Irpin"),
    ("Five civilians were killed in Kramatorsk, the governor said.", "casualty_report", "Kramatorsk"),
])
def test_one_report_per_event_type(text, event_type, place):
    incident = one(text)
    assert (incident.event_type, incident.place_name, incident.country_code) == (event_type, place, "UA")
    assert incident.date == DAY and incident.geo_precision in (1, 2)


@pytest.mark.parametrize("text, target", [
    ("Gunmen attacked a hospital in Izyum.", "hospital"),
    ("A shell hit a kindergarten in Okhtyrka.", "kindergarten"),
    ("A rocket hit an apartment building in Kharkiv.", "apartment building"),
])
def test_the_target_is_named(text, target):
    assert one(text).target == target


def test_figures_come_with_the_incident():
    incident = one("Missiles hit the airfield in Lutsk. Four servicemen were killed and six were injured.")
    assert (incident.fatalities, incident.injuries, incident.target) == (4, 6, "airfield")


def test_no_figure_is_null():
    incident = one("Artillery shelled Mykolaiv for hours.")
    assert incident.fatalities is None and incident.injuries is None


@pytest.mark.parametrize("text", [
    "The two presidents met in Moscow to discuss trade.",
    "Diplomats gathered at a forum in Turkey.",
    "Talks in Geneva ended without agreement.",
    "Officials issued a warning about Odesa.",
])
def test_a_place_merely_mentioned_is_not_an_incident(text):
    assert extract([text], date=DAY) == []


def test_a_whole_country_is_never_the_scene():
    assert extract(["Fighting continued across Ukraine."], date=DAY) == []
    assert [i.name for i in extract(["Fighting continued across Ukraine, and shelling hit Sumy."],
                                     date=DAY)] == ["Sumy"]


def test_a_speaker_is_not_the_scene_but_officials_in_a_town_are():
    assert extract(["Moscow said its missiles struck an airfield."], date=DAY) == []
    assert one("Officials in Mariupol said shelling killed at least 1,582 civilians.").name == "Mariupol"


def test_a_landmark_is_not_an_incident():
    found = extract(["Separatists captured the town of Volnovakha, north of Mariupol."], date=DAY)
    assert [(i.event_type, i.name) for i in found] == [("territory_captured", "Volnovakha")]


def test_the_belarusian_village_is_never_placed_in_ukraine():
    incident = one("Russian jets fired at the Belarusian village of Kopani.")
    assert incident.event_type == "airstrike"
    assert incident.country_code in (None, "BY")
    if incident.latitude is None:
        assert incident.status == "unresolved" and incident.geonameid is None


def test_an_unknown_village_in_a_named_oblast_is_coded_to_the_oblast():
    incident = one("Artillery fire hit the Sumy Oblast, killing two civilians in Zzyzkivka village.")
    assert incident.place_name == "Zzyzkivka" and incident.geo_precision == 3
    assert incident.name == "Sumy Oblast" and incident.status == "region" and incident.fatalities == 2


def test_the_same_event_told_twice_is_one_incident_with_two_sources():
    reports = [Report("a", "Shelling hit Kharkiv on Friday, killing three people."),
               Report("b", "Kharkiv came under shelling on Friday; five people were killed.")]
    (incident,) = extract(reports, date=DAY)
    assert [s.document for s in incident.sources] == ["a", "b"]
    assert incident.fatalities == 3
    assert set(incident.figures_reported) == {"fatalities 3", "fatalities 5"}


def test_a_bare_casualty_report_folds_into_the_strike():
    reports = [Report("a", "Two people were killed in Dnipro on Friday."),
               Report("b", "Airstrikes hit Dnipro on Friday.")]
    (incident,) = extract(reports, date=DAY)
    assert incident.event_type == "airstrike" and incident.fatalities == 2 and len(incident.sources) == 2


def test_ids_are_stable_across_runs():
    text = "Cruise missiles struck Vinnytsia overnight. Artillery shelled Mykolaiv."
    assert [i.id for i in extract([text], date=DAY)] == [i.id for i in extract([text], date=DAY)]


def test_the_dateline_dates_the_report():
    incident = extract(["Kyiv, March 10, 2022 - Shelling hit Sumy yesterday."])[0]
    assert (incident.date, incident.date_precision) == ("2022-03-09", "day")


def test_sources_keep_the_sentence_and_its_offsets():
    text = "Quiet morning. Drones attacked fuel depots in Zhytomyr."
    incident = extract([Report("doc", text, url="https://example.org/x", title="T")], date=DAY)[0]
    (source,) = incident.sources
    assert text[source.start:source.end] == source.sentence
    assert (source.document, source.url, source.title) == ("doc", "https://example.org/x", "T")
