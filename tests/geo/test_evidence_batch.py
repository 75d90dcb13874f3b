"""Many names' evidence reckoned at once is each name's evidence, to the last bit."""

from __future__ import annotations

import pytest

from gazetteer import Place
from geo import evidence
from geo.evidence import Evidence


def _place(number: int, name: str, country: str, region: str, lat: float, lon: float,
           feature: str = "PPL", people: int = 1000) -> Place:
    return Place(number, name, country, region, lat, lon, feature, people, admin1_code=f"{country}.{region}")


@pytest.fixture
def report() -> list[tuple[str, list[tuple[Place, float]]]]:
    """Four names, some with namesakes in two countries, one a country itself."""
    return [
        ("oakford", [(_place(1, "Oakford", "US", "IL", 40.1, -89.9), 4.0),
                     (_place(2, "Oakford", "GB", "ENG", 50.9, -3.6), 3.6)]),
        ("millbrook", [(_place(3, "Millbrook", "US", "IL", 40.4, -89.2), 3.1),
                       (_place(4, "Millbrook", "US", "AL", 32.5, -86.4), 3.9),
                       (_place(5, "Millbrook", "CA", "ON", 44.2, -78.4), 3.3)]),
        ("redfield", [(_place(6, "Redfield", "US", "IL", 40.9, -88.8), 2.5)]),
        ("freedonia", [(_place(7, "Freedonia", "FD", "01", 10.0, 10.0, "PCLI", 5_000_000), 7.0)]),
    ]


def _asked(names):
    return [(key, [place for place, _ in found]) for key, found in names]


def test_many_at_once_equal_one_at_a_time(report):
    facts = Evidence(report)
    asked = _asked(report) + [("stranger", [report[0][1][1][0], report[1][1][2][0]])]
    one_by_one = [facts.bonuses(key, places) for key, places in asked]
    assert facts.bonuses_many(asked) == one_by_one
    # closeness counts: a name's Illinois namesake gains from the other Illinois names
    assert one_by_one[1][0] > one_by_one[1][1]


def test_blocks_give_what_one_block_gives(report, monkeypatch):
    facts = Evidence(report)
    asked = _asked(report) * 3
    whole = facts.bonuses_many(asked)
    monkeypatch.setattr(evidence, "BLOCK_CELLS", 1)  # every name a block of its own
    assert facts.bonuses_many(asked) == whole


def test_nothing_asked_or_nothing_known(report):
    assert Evidence(report).bonuses_many([]) == []
    assert Evidence([]).bonuses_many(_asked(report)) == [[0.0] * len(found) for _, found in report]
