"""``incidentmap places`` and ``incidentmap evaluate`` from the command line."""

import json
from pathlib import Path


GOLD = Path(__file__).parent / "fixtures" / "gold" / "regression.jsonl"



def test_places_json_lines(tmp_path, cli):
    report = tmp_path / "report.txt"
    report.write_text("Missiles hit Lutsk. Jets fired at the Belarusian village of Kopani.", encoding="utf-8")
    code, out, _ = cli("places", str(report), "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["surface"], r["status"]) for r in rows] == [("Lutsk", "resolved"), ("Kopani", "unresolved")]
    assert rows[0]["document"] == "report.txt" and rows[0]["precision"] == 1
    text = report.read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["surface"] for r in rows)


def test_places_table(tmp_path, cli):
    report = tmp_path / "r.md"
    report.write_text("Shelling near Izyum.", encoding="utf-8")
    code, out, _ = cli("places", str(report))
    assert code == 0 and "Izyum" in out and "Kharkiv Oblast" in out and out.startswith("document")


def test_places_bad_input(tmp_path, cli):
    bad = tmp_path / "feed.jsonl"
    bad.write_text('{"text": "Kyiv"}\nnot json\n', encoding="utf-8")
    code, _, err = cli("places", str(bad))
    assert code == 2 and "feed.jsonl:2" in err and err.count("\n") == 1
    code, out, err = cli("places", str(bad), "--skip-bad", "--json")
    assert code == 0 and "Kyiv" in out and "skipped" in err


def test_evaluate_json(cli):
    code, out, _ = cli("evaluate", str(GOLD), "--json")
    scores = json.loads(out)
    assert code == 0
    for key in ("precision", "recall", "f1", "acc161", "auc", "median_km", "docs_per_s"):
        assert key in scores
    assert 0 <= scores["f1"] <= 1 and 0 <= scores["acc161"] <= 1 and 0 <= scores["auc"] <= 1


def test_evaluate_a_missing_corpus(cli):
    code, _, err = cli("evaluate", "/no/such/corpus.jsonl")
    assert code == 2 and "Traceback" not in err


INCIDENT_SETS = sorted((Path(__file__).parent / "fixtures" / "incidents").glob("*.jsonl"))


def test_evaluate_incidents_prints_the_table_by_language(cli):
    assert len(INCIDENT_SETS) >= 2  # logs_en, posts_uk_ru, logs_more
    code, out, _ = cli("-q", "evaluate", "--incidents", *map(str, INCIDENT_SETS), "--misses")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:6] == ["group", "reports", "right", "%", "recall", "precision"]
    groups = {line.split()[0]: line.split()[1] for line in lines[1:] if line.strip() and line[0] != " "}
    assert {"all", "en", "uk", "ru", "fr"} <= set(groups) and int(groups["all"]) >= 110
    assert "kinds of miss:" in out and "wrong reports:" in out


def test_evaluate_incidents_json_and_usage(cli):
    code, out, _ = cli("-q", "evaluate", "--incidents", str(INCIDENT_SETS[0]), "--json")
    figures = json.loads(out)
    assert code == 0 and set(figures) == {"all", "en"}
    assert {"reports", "right_share", "located_recall", "precision", "fields"} <= set(figures["all"])
    code, _, err = cli("evaluate")
    assert code == 2 and "--incidents" in err
    code, _, err = cli("evaluate", str(GOLD), "--incidents", str(INCIDENT_SETS[0]))
    assert code == 2 and "one or the other" in err
