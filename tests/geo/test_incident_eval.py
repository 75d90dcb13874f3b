"""The development-set scorer: matching within 25 km, greedy nearest, extras, misses, fields."""

from collections import namedtuple
from pathlib import Path

import pytest

from gazetteer import InputError
from geo.incident_eval import MATCH_KM, WEAPONS, Case, Expected, Found, judge, match, read_cases, score
from geo.events import EVENT_TYPES

SETS = Path(__file__).parents[1] / "fixtures" / "incidents"
KM_PER_DEGREE = 111.195  # one degree of latitude on the sphere distance_km uses


def _expected(lat, lon=36.0, event_type="shelling", date=("2023-03-14",), fatalities=None, injuries=None,
              weapon=None, place="X"):
    return Expected(place, lat, lon, event_type, date, fatalities, injuries, weapon)


def _case(*expected, lang="en"):
    return Case("t", lang, "2023-03-14", "text", tuple(expected))


def _found(lat, lon=36.0, event_type="shelling", date="2023-03-14", fatalities=None, injuries=None):
    return Found(lat, lon, event_type, date, fatalities, injuries)


def test_match_within_25_km_only():
    case = _case(_expected(50.0))
    near = judge(case, [_found(50.0 + (MATCH_KM - 1) / KM_PER_DEGREE)])
    far = judge(case, [_found(50.0 + (MATCH_KM + 1) / KM_PER_DEGREE)])
    assert near.pairs == ((0, 0),) and near.right
    assert far.pairs == () and not far.right and "incident too far (> 25 km)" in far.kinds


def test_greedy_takes_the_nearest_pair_first():
    # in input order, A would take f0 (5 km) and leave B without a match (f1 is 30 km from B);
    # nearest first, B takes f0 (1 km) and A takes f1 (20 km)
    a, b = _expected(50.0, place="A"), _expected(50.0 + 6 / KM_PER_DEGREE, place="B")
    f0, f1 = _found(50.0 + 5 / KM_PER_DEGREE), _found(50.0 - 20 / KM_PER_DEGREE)
    assert match([a, b], [f0, f1]) == [(0, 1), (1, 0)]
    assert judge(_case(a, b), [f0, f1]).right


def test_each_side_matches_once_and_extras_count_against_precision():
    verdict = judge(_case(_expected(50.0)), [_found(50.0), _found(50.01)])
    assert len(verdict.pairs) == 1 and verdict.kinds == ("extra incident",) and not verdict.right
    scores = score([verdict])
    assert (scores.recall, scores.precision) == (1.0, 0.5)


def test_a_report_expecting_none_counts_its_incidents_against_precision():
    quiet, noisy = judge(_case(lang="fr"), []), judge(_case(lang="fr"), [_found(50.0)])
    assert quiet.right and not noisy.right and noisy.kinds == ("incident where none expected",)
    scores = score([quiet, noisy])
    assert (scores.expected, scores.located, scores.matched, scores.right) == (0, 1, 0, 1)
    assert scores.recall is None and scores.precision == 0.0


def test_missing_incidents_lower_recall_and_incidents_without_coordinates_are_not_counted():
    unlocated = Found(None, None, "shelling", "2023-03-14")
    verdict = judge(_case(_expected(50.0), _expected(48.0)), [_found(50.0), unlocated])
    assert verdict.found == (_found(50.0),) and verdict.kinds == ("expected incident not found",)
    scores = score([verdict])
    assert (scores.recall, scores.precision) == (0.5, 1.0)
    assert judge(_case(_expected(50.0)), [unlocated]).kinds == ("no located incident",)


@pytest.mark.parametrize("found, kind", [
    (_found(50.0, event_type="missile_or_drone_strike", fatalities=2), "event_type shelling -> missile_or_drone_strike"),
    (_found(50.0, date="2023-03-13", fatalities=2), "date wrong"),
    (_found(50.0, fatalities=None), "fatalities missing"),
    (_found(50.0, fatalities=3), "fatalities wrong"),
    (_found(50.0, fatalities=2, injuries=4), "injuries given where none reported"),
])
def test_each_field_of_a_matched_incident_is_scored(found, kind):
    verdict = judge(_case(_expected(50.0, fatalities=2)), [found])
    assert verdict.pairs == ((0, 0),) and verdict.kinds == (kind,)
    assert sum(right for right, _ in score([verdict]).fields.values()) == 3


def test_dates_accept_any_listed_day_and_zero_is_not_none():
    night = _expected(50.0, date=("2023-03-10", "2023-03-11"), fatalities=0)
    assert judge(_case(night), [_found(50.0, date="2023-03-11", fatalities=0)]).right
    assert judge(_case(night), [_found(50.0, date="2023-03-10", fatalities=0)]).right
    assert judge(_case(night), [_found(50.0, date="2023-03-10")]).kinds == ("fatalities missing",)


def test_weapon_is_scored_only_when_the_incidents_have_one():
    armed = namedtuple("Armed", "latitude longitude event_type date fatalities injuries weapon")
    case = _case(_expected(50.0, weapon="mlrs"))
    assert judge(case, [_found(50.0)]).right and "weapon" not in score([judge(case, [_found(50.0)])]).fields
    wrong = judge(case, [armed(50.0, 36.0, "shelling", "2023-03-14", None, None, "artillery")])
    assert wrong.kinds == ("weapon wrong",) and score([wrong]).fields["weapon"] == (0, 1)
    assert judge(case, [armed(50.0, 36.0, "shelling", "2023-03-14", None, None, "mlrs")]).right


def test_read_cases_names_the_line_at_fault(tmp_path):
    bad = tmp_path / "set.jsonl"
    bad.write_text('{"id": "a", "lang": "en", "date": "2023-01-01", "text": "x", "incidents": []}\n'
                   '{"id": "b", "lang": "en", "date": "2023-01-01", "text": "x", "incidents": '
                   '[{"place": "K", "lat": 50, "lon": 36, "event_type": "bombing"}]}\n', encoding="utf-8")
    with pytest.raises(InputError, match="set.jsonl:2.*bombing"):
        read_cases(bad)


def test_the_development_sets_are_well_formed():
    english, posts = read_cases(SETS / "logs_en.jsonl"), read_cases(SETS / "posts_uk_ru.jsonl")
    langs = [c.lang for c in posts]
    assert len(english) >= 65 and langs.count("uk") >= 25 and langs.count("ru") >= 20
    unread = [c for c in posts if c.lang not in ("en", "uk", "ru")]
    assert 3 <= len(unread) <= 5 and not any(c.incidents for c in unread)
    cases = english + posts
    assert len({c.id for c in cases}) == len(cases)
    for item in (i for c in cases for i in c.incidents):
        assert item.event_type in EVENT_TYPES and item.weapon in WEAPONS + (None,)
        assert 44 <= item.latitude <= 56 and 22 <= item.longitude <= 41  # Ukraine and its neighbours
        assert item.date and all(day[:2] == "20" for day in item.date)
