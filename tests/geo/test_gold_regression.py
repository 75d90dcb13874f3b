"""A regression floor on a small gold set written for the project (tests/fixtures/gold)."""

from pathlib import Path

from geo import Geoparser
from geo.evaluate import error_auc, evaluate

GOLD = Path(__file__).parent.parent / "fixtures" / "gold" / "regression.jsonl"
# Floors a little under what the geoparser measured when they were set (F1 0.973, acc161 1.0).
F1_FLOOR, ACC161_FLOOR = 0.92, 0.94


def test_recognition_and_resolution_stay_above_their_floors():
    scores = evaluate(GOLD, Geoparser())
    assert scores.documents == 14 and scores.gold == 36
    assert scores.f1 >= F1_FLOOR, f"F1 {scores.f1:.3f} (P {scores.precision:.3f}, R {scores.recall:.3f})"
    assert scores.acc161 >= ACC161_FLOOR, f"acc161 {scores.acc161:.3f}, median {scores.median_km:.1f} km"


def test_gold_spans_score_resolution_alone():
    scores = evaluate(GOLD, Geoparser(), gold_spans=True)
    assert scores.predicted == scores.gold == scores.matched
    assert scores.acc161 >= ACC161_FLOOR, f"acc161 {scores.acc161:.3f}"


def test_the_error_curve_area():
    assert error_auc([0.0]) == 0.0
    assert round(error_auc([20039.0]), 6) == 1.0
    assert 0.0 < error_auc([161.0]) < 0.6


def test_accuracy_is_split_between_areas_and_other_places(tmp_path):
    # Canada's point as an encyclopedia gives it (about 900 km from GeoNames' own): the error is
    # the corpus's convention for an area, and the split says so; Lutsk's is a place's error
    text = "Canada sent aid to Lutsk."
    corpus = tmp_path / "gold.jsonl"
    corpus.write_text('{"text": "%s", "toponyms": [{"start": 0, "end": 6, "lat": 60.0, "lon": -95.0}, '
                      '{"start": 19, "end": 24, "lat": 50.75, "lon": 25.34}]}\n' % text)
    scores = evaluate(corpus, Geoparser(), gold_spans=True)
    assert (scores.resolved_scored, scores.areas_scored) == (2, 1)
    assert (scores.acc161, scores.acc161_areas, scores.acc161_places) == (0.5, 0.0, 1.0)
