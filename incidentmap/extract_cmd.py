"""``incidentmap extract``: reports in, incidents out (GeoJSON, GeoPackage, CSV, GeoParquet)."""

from __future__ import annotations

import argparse
import sys

from geo import Geoparser
from geo.dates import parse_iso_date
from geo.extract import extract_report
from geo.dedupe import merge_incidents
from geo.io import FORMATS, write_incidents

from .reports_args import add_report_arguments, reports_of

__all__ = ["register", "run"]


def register(commands, epilog: str) -> None:
    parser = commands.add_parser(
        "extract", help="turn reports into incidents for GIS",
        description="Find the incidents that reports tell (a place plus what happened there), "
                    "merge the same incident told twice, and write them. The format follows "
                    f"the output's extension: {', '.join(FORMATS)}.",
        epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_report_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help=f"where to write the incidents ({', '.join(FORMATS)})")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="the reports' date when they carry none (relative dates resolve against it)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    parser = Geoparser()
    told = []
    for report in reports_of(args):
        told.extend(extract_report(report, parser, args.date))
    incidents = merge_incidents(told)
    path = write_incidents(args.output, incidents)
    located = sum(1 for i in incidents if i.latitude is not None)
    print(f"{len(incidents)} incidents ({located} located, {len(incidents) - located} without coordinates) "
          f"written to {path}", file=sys.stderr)
    return 0


def _date(text: str):
    try:
        return parse_iso_date(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from err
