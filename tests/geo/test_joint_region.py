"""The joint region vote counts a name only where one of its likely readings lies."""

from gazetteer import Place
from geo.evidence import Evidence
from geo.joint_region import JOINT_REACH, joint_regions


def town(number, name, state, lat, lon, population):
    return Place(number, name, "US", state, lat, lon, "PPL", population, admin1_code="US." + state)


# A made-up report: a trucker from "Ashford" was stopped near "Greyport" on his way from
# "Millbank" to "Stonebridge" with a load for "Fairmead": four cities of four states, far
# apart. Each of the four also names a hamlet in Kansas, thousands of times less likely
# than the city; "Greyport" is a town in Oregon and a town in Kansas, nearly alike.
REPORT = [
    ("ashford", [(town(1, "Ashford", "OH", 40.0, -83.0, 400_000), 7.6), (town(2, "Ashford", "KS", 38.5, -98.0, 40), 3.1)]),
    ("millbank", [(town(3, "Millbank", "PA", 40.4, -76.0, 250_000), 7.4), (town(4, "Millbank", "KS", 38.6, -98.2, 30), 3.0)]),
    ("stonebridge", [(town(5, "Stonebridge", "GA", 33.5, -84.0, 300_000), 7.5),
                     (town(6, "Stonebridge", "KS", 38.4, -97.8, 50), 3.2)]),
    ("fairmead", [(town(7, "Fairmead", "TX", 31.0, -97.0, 350_000), 7.5), (town(8, "Fairmead", "KS", 38.7, -98.3, 20), 2.9)]),
    ("greyport", [(town(9, "Greyport", "OR", 44.5, -122.0, 60_000), 5.9), (town(10, "Greyport", "KS", 38.5, -98.1, 40_000), 5.7)]),
]


def test_unlikely_namesakes_hold_no_name_in_a_region():
    assert all(found[0][1] - score > JOINT_REACH for _, found in REPORT[:4] for _, score in found[1:])
    assert joint_regions(dict(REPORT)) == {}


def test_hamlets_of_one_state_do_not_pull_a_name_there():
    evidence = Evidence(REPORT).recast()
    (oregon, plain_oregon), (kansas, plain_kansas) = REPORT[4][1]
    bonus_oregon, bonus_kansas = evidence.bonuses("greyport", [oregon, kansas])
    assert plain_oregon + bonus_oregon > plain_kansas + bonus_kansas
