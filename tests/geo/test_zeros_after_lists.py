"""'No casualties' after a list of places gives each zeros; other figures stay unshared."""

from geo import extract

DAY = "2024-06-01"


def test_no_casualties_after_a_list_gives_each_place_zeros():
    found = extract(["Artillery fire on: Orikhiv, Huliaipole, Stepnohirsk. No casualties."], date=DAY)
    assert {i.place_name: (i.fatalities, i.injuries) for i in found} == {
        "Orikhiv": (0, 0), "Huliaipole": (0, 0), "Stepnohirsk": (0, 0)}


def test_a_count_after_a_list_is_given_to_no_one_place():
    found = extract(["Artillery fire on: Orikhiv, Huliaipole, Stepnohirsk. Two wounded."], date=DAY)
    # the two wounded are counted once at most, never at each place
    assert sum(i.injuries or 0 for i in found) <= 2


def test_no_one_hurt_means_none_killed_either():
    (incident,) = extract(["Two drones hit a warehouse in Poltava; no one was hurt."], date=DAY)
    assert (incident.fatalities, incident.injuries) == (0, 0)
