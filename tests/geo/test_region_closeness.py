"""A first-level region is near every place inside it, not only the places around its middle."""

from gazetteer import Place

from geo.evidence import Evidence


def _place(number, name, feature, lat, lon, people, region):
    return Place(number, name, "US", "New York State", lat, lon, feature, people, admin1_code=region)


STATE = _place(1, "New York", "ADM1", 43.0, -75.5, 19_000_000, "US.NY")
CITY = _place(2, "New York City", "PPL", 40.71, -74.0, 8_000_000, "US.NY")
# two towns at opposite ends of the state: one on the far east tip, one in the far west
EAST = _place(3, "Montauk", "PPL", 41.03, -71.95, 3_000, "US.NY")
WEST = _place(4, "Jamestown", "PPL", 42.10, -79.24, 29_000, "US.NY")


def test_towns_across_the_state_favour_the_state_over_its_big_city():
    evidence = Evidence([("new york", [(STATE, 8.0), (CITY, 8.0)]),
                         ("montauk", [(EAST, 5.0)]), ("jamestown", [(WEST, 5.0)])])
    state, city = evidence.bonuses("new york", [STATE, CITY])
    assert state > city

