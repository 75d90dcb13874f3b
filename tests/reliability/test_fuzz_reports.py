"""Reports of any kind: random Unicode, control characters, NUL bytes, lone surrogates,
mixed scripts, broken JSON lines, huge lines. A result or one clear error, never a traceback."""

import json
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from .conftest import assert_clean_outcome, fuzz, run_cli

FUZZ = fuzz(150)

# words a report is made of, so that random text also reaches the geoparser's deeper stages
WORDS = st.sampled_from(["Kharkiv", "Lutsk", "near", "shelling", "killed", "two", "civilians", "in", "the",
                         "Belarusian", "village", "of", "Kopani", "Oblast", "(Sumy region)", "Springfield,",
                         "Ill.", "on", "Friday", "airfield", "Київ", "Ελλάδα", "北京", "دمشق", "\u202e", "\u200b",
                         ",", ".", ";", "'", '"', "<script>", "{{", "}}", "${x}", "1,582", "dozens", "\t", "\n"])
REPORT_TEXT = st.one_of(
    st.text(max_size=400),  # any code point but lone surrogates
    st.lists(WORDS, max_size=80).map(" ".join),
    st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=60).map("".join),
)


@FUZZ
@given(text=REPORT_TEXT, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_report_text_is_read(shared_home, tmp_path_factory, text, suffix):
    folder = tmp_path_factory.mktemp("report")
    report = folder / f"report{suffix}"
    report.write_text(text, encoding="utf-8")
    code, out, err = run_cli("places", report, "--json")
    assert_clean_outcome("report text", code, err, allowed={0, 2})
    if code == 0:
        for line in out.splitlines():
            mention = json.loads(line)
            assert text[mention["start"]:mention["end"]] == mention["surface"] or suffix == ".html"
    code, out, err = run_cli("extract", report, "-o", folder / "incidents.geojson")
    assert_clean_outcome("report text", code, err, allowed={0, 2})


@FUZZ
@given(data=st.binary(max_size=300))
def test_any_bytes_are_a_report_or_one_clear_error(shared_home, tmp_path_factory, data):
    report = tmp_path_factory.mktemp("bytes") / "report.txt"
    report.write_bytes(data)
    code, _, err = run_cli("places", report)
    assert_clean_outcome("report bytes", code, err, allowed={0, 2})
    if b"\x00" in data:
        assert code == 2 and "binary" in err


@FUZZ
@given(text=st.text(max_size=40), surrogate=st.integers(0xD800, 0xDFFF))
def test_a_lone_surrogate_is_not_utf8_and_says_so(shared_home, tmp_path_factory, text, surrogate):
    report = tmp_path_factory.mktemp("surrogate") / "report.txt"
    report.write_bytes((text + chr(surrogate)).encode("utf-8", "surrogatepass"))
    code, _, err = run_cli("extract", report, "-o", report.with_suffix(".geojson"))
    assert_clean_outcome("report bytes", code, err, allowed={2})
    assert "not UTF-8" in err or ("\x00" in text and "binary" in err)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=10)
REPORT_RECORDS = st.fixed_dictionaries(
    {"text": st.one_of(REPORT_TEXT, JSON_VALUES)},
    optional={"id": JSON_VALUES, "date": st.one_of(st.dates().map(str), JSON_VALUES),
              "url": st.one_of(st.just("javascript:alert(1)"), JSON_VALUES), "title": JSON_VALUES})
JSON_LINE = st.one_of(
    REPORT_RECORDS.map(json.dumps),
    JSON_VALUES.map(json.dumps),
    st.text(max_size=60),  # not JSON at all
    REPORT_RECORDS.map(lambda r: json.dumps(r)[:-3]),  # cut short
)


@FUZZ
@given(lines=st.lists(JSON_LINE, max_size=6), skip_bad=st.booleans())
def test_any_json_lines(shared_home, tmp_path_factory, lines, skip_bad):
    folder = tmp_path_factory.mktemp("jsonl")
    source = folder / "reports.jsonl"
    source.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8")
    code, _, err = run_cli("extract", source, "-o", folder / "incidents.csv",
                           *(["--skip-bad"] if skip_bad else []))
    assert_clean_outcome("JSON lines", code, err, allowed={0, 2})
    if skip_bad:
        assert code == 0, err


def test_a_10_mb_single_line_ends_without_a_hang(tmp_path):
    """Ten megabytes in one line, place names and noise: the geoparser is linear, so it ends."""
    line = ("Shelling near Kharkiv killed two; the Belarusian village of Kopani heard jets; " * 40 +
            "xq" * 2000 + " ") * 40
    report = tmp_path / "huge.txt"
    report.write_text((line * (10_000_000 // len(line) + 1))[:10_000_000], encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "incidentmap", "places", str(report)], capture_output=True,
                          text=True, timeout=600)
    assert_clean_outcome("10 MB line", done.returncode, done.stderr, allowed={0})
    assert done.stdout.count("Kharkiv") > 1000


def test_a_long_report_without_full_stops_is_cut_into_sentences():
    """Scraped text with no full stop must not be one sentence: work per sentence is quadratic."""
    from geo.tokens import MAX_SENTENCE_TOKENS, sentence_spans

    text = "shelling near Kharkiv killed two, " * 3000
    spans = sentence_spans(text)
    assert len(spans) > 3000 * 6 // (2 * MAX_SENTENCE_TOKENS)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
