"""Namesake villages of one oblast that GeoNames gives no population: which one a name means."""

from pathlib import Path

import pytest


DUMP = Path(__file__).parent.parent / "fixtures" / "geonames" / "UA_ties.txt"


@pytest.fixture
def resolver(resolver_over):
    return resolver_over(DUMP)


@pytest.mark.parametrize("admin1", [None, "Donetsk oblast"])
def test_of_namesakes_alike_in_all_else_the_one_known_by_more_names_is_meant(resolver, admin1):
    # made-up villages: the lower id is known by its name alone, the other by five spellings more
    place = resolver.resolve("Kvitolypivka village", country="UA", admin1=admin1).place
    assert place is not None and place.geonameid == 90000102, place
    assert place.names > 1
