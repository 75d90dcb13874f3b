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


def _spread_report() -> list[tuple[str, list[tuple[Place, float]]]]:
    """Names over three states and two countries, enough of them for numpy's eightfold sum."""
    spots = [("IL", 40.1, -89.9), ("IL", 41.2, -88.1), ("IN", 39.8, -86.2), ("IN", 40.6, -85.4),
             ("OH", 40.0, -83.0), ("OH", 41.4, -81.7), ("ON", 43.6, -79.4)]
    names, number = [], 100
    for i in range(12):
        found = []
        for j in range(3):
            region, lat, lon = spots[(i + 2 * j) % len(spots)]
            country = "CA" if region == "ON" else "US"
            # scores close enough that every point stays plausible, offsets so no two sums tie
            found.append((_place(number, f"Name{i}", country, region, lat + 0.13 * i, lon - 0.07 * j), 4.0 - 0.4 * j))
            number += 1
        names.append((f"name{i}", found))
    state = _place(number, "Ohio", "US", "OH", 40.2, -82.7, "ADM1", 11_000_000)
    names.append(("ohio", [(state, 6.0), (_place(number + 1, "Ohio", "US", "IL", 41.6, -89.5), 2.0)]))
    return names


def test_plain_rows_give_what_numpy_blocks_give(monkeypatch):
    # the plain Python rows of a small report sum in numpy's order: not one bit apart
    facts = Evidence(_spread_report())
    asked = _asked(_spread_report())
    monkeypatch.setattr(evidence, "PLAIN_CELLS", 0)
    by_numpy = facts.bonuses_many(asked)
    monkeypatch.setattr(evidence, "PLAIN_CELLS", 10**9)
    assert facts.bonuses_many(asked) == by_numpy
    assert any(value > 0 for values in by_numpy for value in values)


def test_recast_is_the_evidence_of_the_rescored_names():
    names = _spread_report()
    first = Evidence(names)
    asked = [(key, [place for place, _ in found]) for key, found in names if len(found) >= 2]
    bonuses = dict(zip((key for key, _ in asked), first.bonuses_many(asked)))
    rescored = [(key, [(place, score + bonus) for (place, score), bonus in zip(found, bonuses[key])]
                 if key in bonuses else found) for key, found in names]
    asked_all = _asked(names)
    assert first.recast().bonuses_many(asked_all) == Evidence(rescored).bonuses_many(asked_all)
