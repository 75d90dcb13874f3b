"""``incidentmap extract``: reports in, incidents out (GeoJSON, GeoPackage, CSV, GeoParquet, KML).

The run streams: reports are read one at a time, merged incidents and progress are kept
in a state file beside the output (committed a batch at a time), and the output is
written from it at the end, so memory does not grow with the input and ``--resume``
goes on after a kill without losing or repeating an incident.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from tqdm import tqdm

from geo.dates import parse_iso_date
from geo.io import FORMATS, check_output, write_incidents
from geo.reports import count_reports
from geo.runstate import RunState, state_path
from geo.stream import DASK_TIMEOUT, extract_into

from .console import not_read_note, plural, summary
from .exits import epilog
from .reports_args import (add_country_argument, add_focus_arguments, add_report_arguments, country_of_args,
                           focus_of_args, is_quiet, reports_and_focus, row_columns_of)

__all__ = ["register", "run"]


def register(commands) -> None:
    parser = commands.add_parser(
        "extract", help="turn reports into incidents for GIS",
        description="Find the incidents that reports tell (a place plus what happened there), "
                    "merge the same incident told twice, and write them. The format follows "
                    f"the output's extension: {', '.join(FORMATS)}. The run streams and can be resumed.",
        epilog=epilog("done (incidents without coordinates are part of the output)",
                      interrupted="interrupted (the reports done are kept for --resume)"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_report_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help=f"where to write the incidents ({', '.join(FORMATS)})")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="the reports' date when they carry none (relative dates resolve against it)")
    parser.add_argument("--resume", action="store_true",
                        help="go on with an interrupted run over the same reports and options")
    parser.add_argument("--workers", type=_positive, metavar="N", default=1,
                        help="extract on N local processes (same result, same order)")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="extract on a Dask cluster: tcp://scheduler:8786, or 'local' for one on this machine")
    parser.add_argument("--dask-timeout", type=_seconds, metavar="SECONDS", default=DASK_TIMEOUT,
                        help=f"how long to wait for the Dask scheduler (default {DASK_TIMEOUT:g})")
    add_country_argument(parser)
    add_focus_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    check_output(output)
    focus = focus_of_args(args)  # a bad --near or --country fails before any state is made
    country = country_of_args(args)
    columns = row_columns_of(args)  # a missing column fails before any state is made
    reports, read_with = reports_and_focus(args, columns, focus, country)  # a file's first pass, before the state
    state = RunState(state_path(output), _fingerprint(args, country, columns), resume=args.resume)
    resumed = state.reports_done
    engine = "dask" if args.dask else "processes" if args.workers > 1 else "local"
    quiet = is_quiet(args)
    total = None if quiet else count_reports(args.reports)
    try:
        with tqdm(total=total, initial=resumed, desc="reports", unit=" reports", disable=quiet, leave=False) as bar:
            found = state.count()[0]

            def advance(reports: int, incidents: int) -> None:
                nonlocal found
                found += incidents
                bar.update(reports)
                bar.set_postfix(told=found, refresh=False)

            done = extract_into(reports, state, args.date, engine=engine, workers=args.workers,
                                dask_address=args.dask, on_batch=advance, focus=read_with, country=country,
                                dask_timeout=args.dask_timeout)
        count, located = state.count()
        not_read = state.not_read()
        path = write_incidents(output, state.incidents(), not_read)
    except KeyboardInterrupt:
        # what the last batch committed is kept: --resume goes on from there
        kept = state.reports_done
        state.close()
        print(f"incidentmap: {plural(kept, 'report')} {'is' if kept == 1 else 'are'} saved; "
              "run the same command with --resume to go on", file=sys.stderr)
        raise
    except Exception:
        state.remove()  # bad input or a failed write: a fresh run is what comes next
        raise
    state.remove()
    again = f", {resumed:,} of them done before --resume" if resumed else ""
    if read_with is not focus:
        again += f"; names ranked near {read_with.label} (the rows' batch focus; --focus none reads each row alone)"
    summary(args, f"{plural(count, 'incident')} ({located:,} located, {count - located:,} without coordinates) "
                  f"from {plural(done, 'report')}{again}{not_read_note(not_read)}, written to {path}")
    return 0


def _fingerprint(args: argparse.Namespace, country: str | None = None, columns=None) -> str:
    """What a resumed run must share with the one it resumes: the reports and the options."""
    sources = []
    for source in args.reports:
        path = Path(source)
        stat = path.stat() if source != "-" and path.is_file() else None
        sources.append([str(path.resolve()) if source != "-" else "-",
                        stat.st_size if stat else None, stat.st_mtime_ns if stat else None])
    options = {"reports": sources, "date": str(args.date), "skip_bad": args.skip_bad}
    # a focus changes the answers: a run resumed with another would mix two; none keeps old fingerprints
    near, bbox = getattr(args, "near", None), getattr(args, "bbox", None)
    if near or bbox:
        options["focus"] = [near, bbox.bbox if bbox else None]
    if country:
        options["country"] = country
    if columns is not None:  # rows read with other columns are other events
        options["columns"] = [columns.text, columns.place, columns.date]
        if getattr(args, "focus", "auto") == "none":  # rows read each on its own give other answers
            options["row_focus"] = "none"
    text = json.dumps(options)
    return hashlib.sha256(text.encode()).hexdigest()


def _date(text: str):
    try:
        return parse_iso_date(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from err


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = float("nan")
    if not seconds > 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}")
    return seconds


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of workers: {text!r}")
    return int(text)
