"""A town named after a first-level region it is not in does not beat the region (issue 13).

Made-up reports: a village of Illinois is called Kansas; a West Virginia town has
"California" as an alternate name. The states bear those names as their own.
"""

import pytest

from geo.geoparser import Geoparser


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def _placed(parser, text):
    return {m.surface: m.place for m in parser.find_places(text)}


def test_a_state_named_beside_another_state_is_the_state(parser):
    places = _placed(parser, "Farmers from Kansas and Illinois met in Springfield on Monday.")
    assert places["Kansas"].feature_code == "ADM1"
    assert places["Springfield"].admin1 == "Illinois"


def test_a_lone_alternate_name_does_not_beat_the_state_of_that_name(parser):
    text = ("The Kanawha County sheriff said the driver, who moved to Charleston from California "
            "last year, was held in Spencer.")
    places = _placed(parser, text)
    assert places["California"].feature_code == "ADM1" and places["California"].name == "California"
    assert places["Charleston"].admin1 == "West Virginia"
    # the state written after the name still says which California is meant
    written = _placed(parser, "A Wood County man was flown from Parkersburg to a hospital in California, "
                              "West Virginia officials said.")
    assert written["California"].admin1 == "West Virginia"
