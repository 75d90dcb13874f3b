"""Which language a report is in, and what the tool does with one it does not read."""

import json

import pytest

from geo import Geoparser, Report, extract
from geo.extract import extract_report, reader_of, with_language
from geo.languages.detect import detect_language
from incidentmap.cli import main


@pytest.mark.parametrize("text, code", [
    ("Two civilians were killed when a missile hit a school in Zaporizhzhia.", "en"),
    ("Chuhuiv: apartment block hit overnight. 3 wounded.", "en"),
    ("Explosion near a metro station in Kyiv", "en"),
    ("Вночі ворог атакував Харків дронами, є поранені.", "uk"),
    ("КАБ влучив у багатоповерхівку, троє поранених.", "uk"),
    ("Ночью противник обстрелял Херсон, есть погибшие.", "ru"),
    ("Число погибших возросло до семи.", "ru"),            # no ы э ё: no і either, so Russian
    ("Des frappes ont touché la ville dans la nuit.", "fr"),
    ("Bei dem Raketenangriff wurden zwei Menschen getötet.", "de"),
    ("Dwie osoby zginęły w ostrzale miasta.", "pl"),
    ("Dos civiles murieron por los bombardeos en la ciudad.", "es"),
    ("Due civili sono stati uccisi dai bombardamenti.", "it"),
    ("Έκρηξη σημειώθηκε στο κέντρο της πόλης.", "el"),
    ("انفجار في وسط المدينة", "ar"),
    ("市中心发生爆炸", "zh"),
    ("12:45 — 3/11", None),
])
def test_detect_language(text, code):
    assert detect_language(text) == code


def test_a_mixed_cyrillic_post_is_the_language_of_most_of_it():
    mixed = "Ракета влучила в будинок. Жители этого района эвакуированы, пострадавших нет, ущерб выясняется."
    assert detect_language(mixed) == "ru"
    assert detect_language("Вибухи у місті. Їх чути всюди, є влучання, є поранені. Взрывы слышны.") == "uk"


def test_the_language_a_report_carries_wins_over_detection():
    assert with_language(Report("a", "Kyiv", language="uk")).language == "uk"
    assert with_language(Report("a", "Вночі ворог обстріляв місто.")).language == "uk"
    assert reader_of("fr") is None and reader_of("uk").code == "uk"


POST_UK = "11 березня 2024 року. Вчора ворог обстріляв місто Харків, загинули 2 людини, 5 поранено."
POST_FR = "Des frappes ont touché Kharkiv dans la nuit, deux civils ont été tués."


def test_a_ukrainian_post_is_read_in_ukrainian():
    [incident] = extract([Report("uk-1", POST_UK)])
    assert (incident.event_type, incident.name, incident.date, incident.fatalities, incident.injuries) == \
        ("shelling", "Kharkiv", "2024-03-10", 2, 5)


def test_a_report_in_a_language_not_read_gives_no_incident():
    assert extract_report(Report("fr-1", POST_FR), Geoparser()) == []


def test_extract_says_which_reports_it_did_not_read(tmp_path, capsys):
    source = tmp_path / "posts.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "uk-1", "text": POST_UK}, {"id": "fr-1", "text": POST_FR},
        {"id": "en-1", "text": "Shelling hit Kharkiv.", "language": "de"}]), encoding="utf-8")
    output = tmp_path / "out.geojson"
    assert main(["extract", str(source), "-o", str(output)]) == 0
    collection = json.loads(output.read_text(encoding="utf-8"))
    assert collection["reports_not_read"] == [{"document": "fr-1", "language": "fr"},
                                              {"document": "en-1", "language": "de"}]
    assert [f["properties"]["fatalities"] for f in collection["features"]] == [2]
    assert "2 reports in a language not read for events: de, fr" in capsys.readouterr().err
