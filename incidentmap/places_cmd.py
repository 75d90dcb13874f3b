"""``incidentmap places`` and ``incidentmap evaluate``: the geoparser from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tqdm import tqdm

from gazetteer import InputError, Resolver
from geo import Geoparser

from .exits import epilog
from .reports_args import (add_country_argument, add_focus_arguments, add_report_arguments, country_of_args,
                           focus_of_args, is_quiet, reports_of)

__all__ = ["register", "run_places", "run_evaluate"]


def register(commands) -> None:
    places = commands.add_parser(
        "places", help="list every place a report names",
        description="Find and resolve every place mention of the reports. Offsets are character "
                    "offsets into each document's text; for HTML, into the text extracted from it.",
        epilog=epilog("done (unresolved mentions are part of the output)"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_report_arguments(places)
    places.add_argument("--json", action="store_true", help="one JSON object per mention")
    add_country_argument(places)
    add_focus_arguments(places)
    places.add_argument("--demonyms", action="store_true",
                        help="also list country adjectives ('Russian') as mentions of the country")
    places.set_defaults(handler=run_places)

    evaluate = commands.add_parser(
        "evaluate", help="score the geoparser on a gold corpus, or incidents on a development set",
        description="Score recognition (exact-span precision, recall, F1) and resolution (accuracy "
                    "within 161 km, AUC of the error curve, median km) on a JSON-lines gold corpus "
                    "with text and toponyms (start, end, lat, lon). With --incidents, score the "
                    "incidents extracted from short reports against those expected (see geo.incident_eval): "
                    "reports right, located recall and precision within 25 km, field accuracies, by language.",
        epilog=epilog("done"), formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluate.add_argument("corpus", metavar="CORPUS.jsonl", nargs="?",
                          help='one JSON object a line: {"text": ..., "toponyms": [{"start", "end", '
                               '"lat", "lon"}, ...]}')
    evaluate.add_argument("--incidents", nargs="+", metavar="FILE",
                          help='development sets, one report a line: {"id", "lang", "date", "text", '
                               '"incidents": [{"place", "lat", "lon", "event_type", "date", "fatalities", '
                               '"injuries", "weapon"}, ...]}')
    evaluate.add_argument("--misses", action="store_true",
                          help="with --incidents: also list each wrong report and the kinds of miss")
    evaluate.add_argument("--gold-spans", action="store_true",
                          help="resolve the gold mentions: scores resolution alone")
    evaluate.add_argument("--demonyms", action="store_true",
                          help="count country adjectives as mentions, as some corpora annotate them")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object")
    evaluate.set_defaults(handler=run_evaluate)


def run_places(args: argparse.Namespace) -> int:
    resolver = Resolver()
    parser = Geoparser(resolver, demonyms=args.demonyms, focus=focus_of_args(args, resolver))
    country = country_of_args(args, parser.resolver)
    out = sys.stdout
    header = not args.json  # written before the first row: an input that fails first leaves no table
    for report in reports_of(args):
        for mention in parser.find_places(report.text, document=report.document, country=country):
            if args.json:
                out.write(json.dumps(mention.to_dict(), ensure_ascii=False) + "\n")
                continue
            if header:
                out.write(f"{'document':24} {'offsets':>13}  {'surface':24} {'status':10} {'place':24} "
                          f"{'admin1':24} {'cc':2} {'lat':>9} {'lon':>10} p\n")
                header = False
            out.write(_row(mention) + "\n")
    return 0


def _row(mention) -> str:
    place = mention.place
    name, admin1, cc, lat, lon = ("", "", "", "", "") if place is None else (
        place.name, place.admin1 or "", place.country_code, f"{place.latitude:.4f}", f"{place.longitude:.4f}")
    offsets = f"{mention.start}-{mention.end}"
    return (f"{mention.document[:24]:24} {offsets:>13}  {mention.surface[:24]:24} {mention.status:10} "
            f"{name[:24]:24} {admin1[:24]:24} {cc:2} {lat:>9} {lon:>10} {mention.precision or '-'}")


def run_evaluate(args: argparse.Namespace) -> int:
    if args.incidents:
        if args.corpus or args.gold_spans or args.demonyms:
            raise InputError("--incidents scores incidents; a gold corpus, --gold-spans and --demonyms "
                             "are for the geoparser: give one or the other")
        return _evaluate_incidents(args)
    if not args.corpus:
        raise InputError("evaluate needs a gold corpus or --incidents FILE")
    from geo.evaluate import evaluate

    progress = None if is_quiet(args) else (lambda docs: tqdm(docs, desc="documents", unit=" docs", leave=False))
    scores = evaluate(Path(args.corpus), Geoparser(demonyms=args.demonyms), gold_spans=args.gold_spans,
                      progress=progress)
    if args.json:
        print(json.dumps(scores.to_dict()))
        return 0
    figures = scores.to_dict()
    print(f"{scores.documents} documents, {scores.gold} gold toponyms"
          f"{' (gold spans given)' if scores.gold_spans else ''}")
    if not scores.gold_spans:
        print(f"recognition: precision {figures['precision']:.3f}, recall {figures['recall']:.3f}, "
              f"F1 {figures['f1']:.3f} ({scores.matched} of {scores.predicted} predicted spans exact)")
    if scores.acc161 is not None:
        print(f"resolution on {scores.resolved_scored} recognised toponyms with coordinates: "
              f"within 161 km {figures['acc161']:.3f}, AUC {figures['auc']:.3f}, "
              f"median {figures['median_km']:.1f} km")
        split = [f"{label} {figures[key]:.3f} of {count}" for label, key, count in (
            ("countries, first-level regions, continents", "acc161_areas", scores.areas_scored),
            ("other places", "acc161_places", scores.resolved_scored - scores.areas_scored))
            if figures[key] is not None]
        if split:
            print(f"within 161 km by answer: {'; '.join(split)}")
    print(f"speed: {figures['docs_per_s']:,.0f} documents per second")
    return 0


def _evaluate_incidents(args: argparse.Namespace) -> int:
    from geo.incident_eval import describe, read_cases, run_cases, score, table

    cases = [case for path in args.incidents for case in read_cases(Path(path))]
    progress = None if is_quiet(args) else (lambda docs: tqdm(docs, desc="reports", unit=" reports", leave=False))
    verdicts = run_cases(cases, progress=progress)
    languages = sorted({v.case.lang for v in verdicts})
    scores = {"all": score(verdicts), **{lang: score(v for v in verdicts if v.case.lang == lang)
                                         for lang in languages}}
    if args.json:
        record = {name: s.to_dict() for name, s in scores.items()}
        if args.misses:
            record["kinds"] = dict(scores["all"].kinds.most_common())
            record["misses"] = [describe(v) for v in verdicts if not v.right]
        print(json.dumps(record, ensure_ascii=False))
        return 0
    print(table(scores))
    if args.misses:
        print("\nkinds of miss:")
        for kind, count in scores["all"].kinds.most_common():
            print(f"{count:5}  {kind}")
        print("\nwrong reports:")
        for verdict in verdicts:
            if not verdict.right:
                print(describe(verdict))
    return 0
