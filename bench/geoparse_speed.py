"""Geoparsing and extraction speed on news documents, side by side with geotext.

Documents: the LGL corpus (``../shared/corpora/LGL.jsonl``, 588 US local news articles,
about 2 KB each) and GeoVirus (229 WikiNews articles). Ours, end to end, is what
``incidentmap extract`` does per document: ``Geoparser.find_places`` then
``extract_report``, then the merge; the peer is geotext (``pip install geotext``), a
gazetteer-only city and country finder, the one peer of the field that runs here. Both
run in this process, one core, the index loaded before timing (geotext's load is
also before timing); best of three passes. Ours is timed twice: with every cache of
names empty (cold), and after geoparsing the other corpus untimed (a long run's steady
state: common names met before, these documents not), and over the same documents
a second time (every name met: what caching alone could give). Recognition
is scored too (exact spans, as ``incidentmap evaluate``), so speed is not bought with
accuracy.

Run::

    python bench/geoparse_speed.py [corpus.jsonl ...] [--passes 3]
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"
DEFAULT = [SHARED / "LGL.jsonl", SHARED / "GeoVirus.jsonl"]


def ours(documents, passes: int, warm_with=()) -> tuple[float, set]:
    """Seconds of the best pass, and the spans found.

    Each pass starts from a new geoparser over a newly loaded index, with every cache
    of names emptied (cold), then geoparses ``warm_with`` untimed first when given: the
    steady state of a long run, where common names were met in earlier reports but
    these documents were not.
    """
    from gazetteer import Resolver, name_key
    from gazetteer.index import EmbeddedIndex, index_path
    from geo import Geoparser
    from geo.dedupe import merge_incidents
    from geo.extract import extract_report
    from geo.lexicon import is_first_name
    from geo.model import Report

    best, spans = float("inf"), set()
    for _ in range(passes):
        name_key.cache_clear()
        is_first_name.cache_clear()
        # loaded afresh, before timing: its places made are not kept from the last pass
        parser = Geoparser(Resolver(index=EmbeddedIndex.load_or_build(index_path())))
        for doc in warm_with:
            parser.find_places(doc["text"])
        started = time.perf_counter()
        told, spans = [], set()
        for doc in documents:
            mentions = parser.find_places(doc["text"], document=doc["id"])
            told += extract_report(Report(doc["id"], doc["text"]), parser, "2022-03-11", mentions=mentions)
            spans |= {(doc["id"], m.start, m.end) for m in mentions}
        merge_incidents(told)
        best = min(best, time.perf_counter() - started)
    return best, spans


def geotext(documents, passes: int) -> tuple[float, set]:
    from geotext import GeoText

    GeoText("Paris")  # its gazetteer loads on first use
    best, spans = float("inf"), set()
    for _ in range(passes):
        started = time.perf_counter()
        spans = set()
        for doc in documents:
            found = GeoText(doc["text"])
            # geotext gives names, not offsets: each name's every occurrence counts as its span
            for name in set(found.cities + found.countries):
                at = doc["text"].find(name)
                while at >= 0:
                    spans.add((doc["id"], at, at + len(name)))
                    at = doc["text"].find(name, at + len(name))
        best = min(best, time.perf_counter() - started)
    return best, spans


def f1(found: set, gold: set) -> float:
    hits = len(found & gold)
    precision, recall = hits / len(found) if found else 0.0, hits / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if hits else 0.0


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("corpora", nargs="*", type=Path, default=DEFAULT)
    options.add_argument("--passes", type=int, default=3)
    args = options.parse_args()
    from geo.evaluate import read_corpus

    print(f"Python {platform.python_version()}, one core, best of {args.passes} passes")
    print("| corpus | docs | KB/doc | way | docs/s | KB/s | recognition F1 | speed against geotext |")
    print("|---|---|---|---|---|---|---|---|")
    loaded = []
    for corpus in args.corpora:
        if not corpus.exists():
            print(f"missing: {corpus}", file=sys.stderr)
            return 2
        loaded.append((corpus, list(read_corpus(corpus))))
    for number, (corpus, documents) in enumerate(loaded):
        others = [doc for n, (_, docs) in enumerate(loaded) if n != number for doc in docs]
        gold = {(d["id"], s, e) for d in documents for s, e, _, _ in d["gold"]}
        kb = sum(len(d["text"].encode()) for d in documents) / 1024
        rows = [("incidentmap (geoparse + extract), cold caches", *ours(documents, args.passes))]
        if others:
            rows.append((f"incidentmap, after {len(others)} other documents",
                         *ours(documents, args.passes, warm_with=others)))
        # the ceiling of caching: every name and every place of these documents met before
        rows.append(("incidentmap, the same documents a second time",
                     *ours(documents, args.passes, warm_with=documents)))
        try:
            rows.append(("geotext (cities, countries)", *geotext(documents, args.passes)))
        except ImportError:
            print("geotext is not installed (pip install geotext): peer skipped", file=sys.stderr)
        peer = rows[-1][1] if rows[-1][0].startswith("geotext") else None
        for way, seconds, spans in rows:
            ratio = f"{peer / seconds:.3f}x" if peer and way.startswith("incidentmap") else ""
            print(f"| {corpus.stem} | {len(documents)} | {kb / len(documents):.1f} | {way} | "
                  f"{len(documents) / seconds:,.0f} | {kb / seconds:,.0f} | {f1(spans, gold):.3f} | {ratio} |",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
