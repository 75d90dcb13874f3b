"""Short reports as OSINT logs write them: datelines, title lines, terse casualty counts, weapons.

Every line here is written for the test; each goes end to end through
:func:`geo.extract.extract` with a report date.
"""

from dataclasses import replace

import pytest

from geo import Report, extract
from geo.dedupe import merge_incidents
from geo.io import read_incidents, write_incidents

DAY = "2023-05-10"


@pytest.fixture(scope="module")
def told():
    from geo.geoparser import Geoparser

    parser = Geoparser()

    def run(text):
        return extract([Report("log", text)], date=DAY, parser=parser)

    return run


def only(incidents):
    assert len(incidents) == 1, [(i.place_name, i.event_type) for i in incidents]
    return incidents[0]


@pytest.mark.parametrize("text, place, event_type", [
    ("Chuhuiv, south of Kharkiv: Apartment block hit.", "Chuhuiv", "attack_on_facility"),
    ("Sumy: Damage to a school gym", "Sumy", "attack_on_facility"),
    ("Balakliia: Aftermath of shelling this morning", "Balakliia", "shelling"),
    ("Mykolaiv: Strike on a queue of people outside a grocery store", "Mykolaiv", "missile_or_drone_strike"),
    ("Pokrovsk, eastern outskirts: impacts next to the bus depot", "Pokrovsk", "attack_on_facility"),
])
def test_a_datelines_place_is_the_scene_of_a_line_that_names_none(told, text, place, event_type):
    incident = only(told(text))
    assert (incident.place_name, incident.event_type, incident.date) == (place, event_type, DAY)
    assert incident.latitude is not None


def test_a_dateline_at_a_dash_takes_the_weapon_and_figures_after_it(told):
    incident = only(told("Kharkiv - rocket motor impacted next to a bus stop, 1 dead"))
    assert (incident.place_name, incident.event_type, incident.weapon, incident.fatalities) == (
        "Kharkiv", "missile_or_drone_strike", "missile", 1)


def test_a_place_the_line_names_itself_wins_over_the_dateline(told):
    incident = only(told("Kharkiv Oblast: Grad rockets hit Kupiansk overnight"))
    assert (incident.place_name, incident.event_type, incident.weapon) == ("Kupiansk", "shelling", "mlrs")


def test_a_title_line_is_the_place_of_the_log_lines_under_it(told):
    incidents = told("Izium\nImpact next to a bakery\n1 x fatality 3 x wounded\n"
                     "Sumy\nDrone hit a power substation")
    by_place = {i.place_name: i for i in incidents}
    assert sorted(by_place) == ["Izium", "Sumy"]
    assert (by_place["Izium"].fatalities, by_place["Izium"].injuries) == (1, 3)
    assert (by_place["Sumy"].event_type, by_place["Sumy"].weapon) == ("missile_or_drone_strike", "drone")


def test_a_title_stops_at_a_blank_line(told):
    # the second paragraph names no place: it is not an event at Odesa
    incident = only(told("Odesa\nDrone debris fell on a port warehouse\n\n"
                         "Missiles were launched from the sea, the navy said."))
    assert (incident.place_name, incident.weapon) == ("Odesa", "drone")


@pytest.mark.parametrize("text, fatalities, injuries", [
    ("Kherson — 2 KIA, 5 WIA", 2, 5),
    ("Odesa: 1x KIA after a strike on the port", 1, None),
    ("Dnipro: missile strike. killed: 3, injured: 12", 3, 12),
    ("Zaporizhzhia: shelling of the embankment, 3 dead", 3, None),
    ("Bakhmut: 2 dead, 7 injured", 2, 7),
    ("Kramatorsk: artillery fire, casualties: 2 killed 4 wounded", 2, 4),
    ("Nikopol: shelling of the riverside (1 killed)", 1, None),
    ("Sloviansk: 1 x fatality 12 x wounded after a rocket impact", 1, 12),
])
def test_casualties_as_logs_write_them(told, text, fatalities, injuries):
    incident = only(told(text))
    assert (incident.fatalities, incident.injuries) == (fatalities, injuries)
    assert incident.place_name == text.split(":")[0].split(" —")[0]


@pytest.mark.parametrize("text, place, weapon, event_type", [
    ("Kalibr missiles hit an oil depot in Lviv", "Lviv", "cruise_missile", "missile_or_drone_strike"),
    ("An Iskander landed in the port of Odesa", "Odesa", "ballistic_missile", "missile_or_drone_strike"),
    ("Shahed drones attacked energy sites in Kyiv", "Kyiv", "loitering_munition", "missile_or_drone_strike"),
    ("FPV drone hit a car in Kherson", "Kherson", "fpv_drone", "missile_or_drone_strike"),
    ("Two KABs dropped on Vovchansk", "Vovchansk", "glide_bomb", "airstrike"),
    ("Grad rockets fired at Nikopol", "Nikopol", "mlrs", "shelling"),
    ("HIMARS strike on a depot in Nova Kakhovka", "Nova Kakhovka", "mlrs", "shelling"),
    ("A mortar round landed in a yard in Vuhledar", "Vuhledar", "mortar", "shelling"),
    ("A tractor drove over a landmine near Izium", "Izium", "mine", "explosion"),
    ("Sniper fire wounded a man in Avdiivka", "Avdiivka", "small_arms", "armed_clash"),
])
def test_weapons_onto_the_taxonomy(told, text, place, weapon, event_type):
    incident = only(told(text))
    assert (incident.place_name, incident.weapon, incident.event_type) == (place, weapon, event_type)


@pytest.mark.parametrize("text, weapon, event_type", [
    ("A Lancet struck a HIMARS launcher outside Kramatorsk", "loitering_munition", "missile_or_drone_strike"),
    ("FPV drones hit a mortar crew and a Grad battery near Bakhmut", "fpv_drone", "missile_or_drone_strike"),
])
def test_a_weapon_named_as_the_thing_hit_is_not_what_hit(told, text, weapon, event_type):
    incident = only(told(text))
    assert (incident.weapon, incident.event_type) == (weapon, event_type)


def test_cluster_munitions_from_a_grad_are_shelling_at_one_place(told):
    incident = only(told("Cluster munitions from a Grad hit Kharkiv"))
    assert (incident.place_name, incident.weapon, incident.event_type) == (
        "Kharkiv", "cluster_munition", "shelling")


def test_the_more_specific_weapon_is_kept_when_merging_and_files_keep_it(told, tmp_path):
    general, specific = told("A missile hit Lviv"), told("Lviv: Kalibr impact near the station")
    assert [i.weapon for i in general + specific] == ["missile", "cruise_missile"]
    merged = only(merge_incidents([general[0], replace(specific[0], event_type=general[0].event_type)]))
    assert merged.weapon == "cruise_missile"
    for suffix in (".geojson", ".csv", ".gpkg", ".kml"):
        path = write_incidents(tmp_path / f"out{suffix}", [merged])
        assert [i.weapon for i in read_incidents(path)] == ["cruise_missile"], suffix


def test_the_map_popup_shows_the_weapon(told):
    from maps.popup import POPUP_LABELS, IncidentTable

    table = IncidentTable(["airstrike"])
    table.add(only(told("Two KABs dropped on Vovchansk")), type_number=0)
    assert "Weapon" in POPUP_LABELS
    assert table.strings[table.columns()["weapon"][0]] == "glide bomb"


@pytest.mark.parametrize("text, place, fatalities, injuries", [
    # a sentence of a place alone, opening a line, stands over the sentences after it
    ("Kherson. Shelling of a residential quarter. 1 killed, 3 wounded.", "Kherson", 1, 3),
    # a log's field name before the place
    ("Location: Bakhmut\nArtillery fire on the city centre, 2 civilians killed.", "Bakhmut", 2, None),
    # a town whose name is also a first name, as a dateline
    ("Lyman: the town was shelled with MLRS, one wounded.", "Lyman", None, 1),
    # "50+": at least fifty
    ("Strike on Kramatorsk railway station, 50+ killed", "Kramatorsk", 50, None),
])
def test_log_lines_as_analysts_write_them(told, text, place, fatalities, injuries):
    incident = only(told(text))
    assert (incident.place_name, incident.fatalities, incident.injuries) == (place, fatalities, injuries)


@pytest.mark.parametrize("text, event_type", [
    ("An Iskander with a cluster warhead struck a street in Pokrovsk, 2 killed", "missile_or_drone_strike"),
    ("Kalibr missiles carrying submunitions hit the port of Odesa", "missile_or_drone_strike"),
    ("Cluster munitions fell on the market in Kherson, 3 wounded", "shelling"),
])
def test_a_payload_is_the_weapon_and_its_carrier_the_type(told, text, event_type):
    incident = only(told(text))
    assert (incident.weapon, incident.event_type) == ("cluster_munition", event_type)


@pytest.mark.parametrize("text, killed", [
    # words that say where may lead a heading's place
    ("Near Hlukhiv: mortar fire after midnight, one man killed.", 1),
    ("Outskirts of Hlukhiv: mortars again, two men killed.", 2),
    ("Біля Глухова: мінометний обстріл, загинув чоловік.", 1),
    ("Возле Глухова: минометный обстрел, погибли двое мужчин.", 2),
])
def test_a_heading_may_open_with_words_that_say_where(told, text, killed):
    (incident,) = told(text)
    assert (incident.name, incident.fatalities, incident.geo_precision) == ("Hlukhiv", killed, 2)


@pytest.mark.parametrize("text", [
    "Чугуїв, південніше Харкова: ракетний удар, двоє поранених.",
    "Чугуев, южнее Харькова: ракетный удар, двое раненых.",
    "Чугуїв, на південь від Харкова: ракетний удар, двоє поранених.",
])
def test_a_place_set_beside_a_heading_place_only_says_where_it_is(told, text):
    assert [i.name for i in told(text)] == ["Chuhuyiv"]


@pytest.mark.parametrize("text, place, killed, injured", [
    # "Obl." is the oblast and ends no sentence; "IVO" and "vic." say "in the vicinity of"
    ("Darivka (Kherson Obl.): a drone hit a minibus, 1 KIA, 3 WIA.", "Darivka", 1, 3),
    ("Artillery fire IVO Kupiansk overnight, 2 WIA.", "Kupyansk", None, 2),
    ("Drone drop on a car vic. Kupiansk, Kharkiv Obl. - 1x KIA.", "Kupyansk", 1, None),
    # a log's "no cas." and "0 cas." are no one killed or hurt
    ("Zhovti Vody: drone strike on the substation, no cas.", "Zhovti Vody", 0, 0),
    ("Zhovti Vody: drone strike on the substation, 0 cas.", "Zhovti Vody", 0, 0),
])
def test_osint_shorthand(told, text, place, killed, injured):
    (incident,) = told(text)
    assert (incident.name, incident.fatalities, incident.injuries) == (place, killed, injured)


def test_a_raion_after_a_village_is_its_district_not_a_second_scene(told):
    # "Kupiansk raion" is the district, which says where Petropavlivka is
    (incident,) = told("Petropavlivka, Kupiansk raion - rockets hit houses overnight, 3 WIA.")
    assert (incident.name, incident.injuries) == ("Petropavlivka", 3)


@pytest.mark.parametrize("text, region", [
    # the gazetteer holds this village only in another oblast: the oblast written after it wins
    ("A drone dropped a grenade near Hlyboke, Kharkiv Oblast, wounding two.", "Kharkiv Oblast"),
    ("Обстріл Понятівки Херсонської області: загинула жінка.", "Kherson Oblast"),
    ("Drone drop vic. Hlyboke, Kharkiv Obl. - 2x WIA.", "Kharkiv Oblast"),
])
def test_the_oblast_written_after_a_name_beats_a_namesake_elsewhere(told, text, region):
    (incident,) = told(text)
    assert (incident.name, incident.geo_precision) == (region, 3)


@pytest.mark.parametrize("text, killed, injured", [
    # one person as the object, then the next verb: "killing a woman and injuring two men"
    ("A drone struck a van in Kherson, killing a pensioner and injuring three women.", 1, 3),
    ("Shelling of Kherson killed an elderly man and wounded a boy.", 1, 1),
])
def test_casualty_wordings(told, text, killed, injured):
    (incident,) = told(text)
    assert (incident.name, incident.fatalities, incident.injuries) == ("Kherson", killed, injured)


@pytest.mark.parametrize("text", [
    "Warplanes bombed the market in Idlib on Tuesday, killing five.",
    "An airstrike on a house in Idlib killed five people.",
])
def test_an_aircrafts_strike_is_an_aerial_bomb(told, text):
    (incident,) = told(text)
    assert (incident.event_type, incident.weapon) == ("airstrike", "aerial_bomb")


@pytest.mark.parametrize("text", [
    "Near Kupiansk an enemy assault was repelled, 2 KIA.",
    "Defenders repulsed an attack on their trenches near Kupiansk.",
])
def test_a_repelled_assault_is_ground_fighting(told, text):
    (incident,) = told(text)
    assert incident.event_type == "armed_clash"
