"""What every command that reads reports shares: its arguments, the reader, the progress bar."""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

__all__ = ["add_report_arguments", "add_focus_arguments", "row_columns_of", "focus_of_args", "parse_bbox",
           "add_country_argument", "country_of_args", "reports_and_focus",
           "reports_of", "read_args_reports", "is_quiet", "with_progress"]


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reports", metavar="REPORT", nargs="+",
                        help="text, Markdown or HTML file, JSON-lines file, Telegram Desktop export "
                             "(result.json), RSS or Atom feed, a folder of these, or - for stdin")
    parser.add_argument("--skip-bad", action="store_true",
                        help="report a bad JSON line or an unreadable file, export or feed and go on with "
                             "the rest")
    rows = parser.add_argument_group(
        "spreadsheets of events", "each row of a CSV, TSV or JSON-lines REPORT is one event")
    rows.add_argument("--text-column", metavar="NAME",
                      help="the column (or JSON key) with each event's text: it gives the type, figures "
                           "and, without a date column, the date")
    rows.add_argument("--place-column", metavar="NAME",
                      help="the column with each event's place, resolved with the text as context "
                           "(without it, the place comes from the text)")
    rows.add_argument("--date-column", metavar="NAME",
                      help="the column with each event's date (ISO date or datetime)")
    rows.add_argument("--focus", choices=("auto", "none"), default="auto",
                      help="with --place-column: 'auto' (default) finds where the spreadsheet is from "
                           "its place values resolved without doubt, and ranks each name's namesakes by "
                           "distance to it; 'none' reads each row on its own. --near or --bbox name the "
                           "area instead")


def add_focus_arguments(parser: argparse.ArgumentParser) -> None:
    """``--near`` or ``--bbox``: the area the reports are about, a soft prior on every name."""
    area = parser.add_mutually_exclusive_group()
    area.add_argument("--near", metavar="PLACE|LAT,LON",
                      help="the reports are about the area around this place or point: of a name's "
                           "namesakes, the nearer rank higher (a soft preference, not a filter)")
    area.add_argument("--bbox", type=parse_bbox, metavar="W,S,E,N",
                      help="the reports are about this box: a name's namesakes inside it rank higher "
                           "(a soft preference: a name with no place in it resolves outside)")


def add_country_argument(parser: argparse.ArgumentParser) -> None:
    """``--country``: the country the reports are about, a soft preference for its places."""
    parser.add_argument("--country", metavar="COUNTRY",
                        help="the country the reports are about: ISO code, name or adjective (UA, "
                             "Ukraine, Ukrainian); its places rank higher (a soft preference)")


def country_of_args(args: argparse.Namespace, resolver=None) -> str | None:
    """The ISO code of ``--country``, or None; an unknown country fails before any work is done."""
    country = getattr(args, "country", None)
    if not country:
        return None
    if resolver is None:
        from gazetteer import Resolver

        resolver = Resolver()
    return resolver.countries.code(country)


def focus_of_args(args: argparse.Namespace, resolver=None):
    """The focus that ``--near`` or ``--bbox`` name, or None; an unknown or ambiguous place is an error."""
    from geo.focus import area_focus

    if getattr(args, "bbox", None) is not None:
        return args.bbox
    if getattr(args, "near", None):
        return area_focus(near=args.near, resolver=resolver)
    return None


def parse_bbox(text: str):
    """An argparse type: ``W,S,E,N`` in degrees as a :class:`~gazetteer.batch.BatchFocus`."""
    from gazetteer import BatchFocus

    try:
        west, south, east, north = (float(part) for part in text.split(","))
        return BatchFocus.of_bbox(west, south, east, north)
    except ValueError as err:  # InputError is a ValueError too
        raise argparse.ArgumentTypeError(f"expected W,S,E,N in degrees, got {text!r} ({err})") from None


def is_quiet(args: argparse.Namespace) -> bool:
    """Progress bars only on a terminal, and never with --quiet."""
    return getattr(args, "quiet", False) or not sys.stderr.isatty()


def row_columns_of(args: argparse.Namespace):
    """The :class:`~geo.event_rows.RowColumns` the arguments name, or None when the reports are
    not rows; a row file without a named column fails here, before anything is written."""
    from gazetteer import InputError
    from geo.event_rows import RowColumns, check_event_columns

    text = getattr(args, "text_column", None)
    if not text:
        given = [o for o, v in (("--place-column", getattr(args, "place_column", None)),
                                ("--date-column", getattr(args, "date_column", None))) if v]
        if given:
            raise InputError(f"{' and '.join(given)} need{'s' if len(given) == 1 else ''} --text-column "
                             "(the column with each event's text)")
        return None
    columns = RowColumns(text, args.place_column or None, args.date_column or None)
    check_event_columns(args.reports, columns)
    return columns


def read_args_reports(args: argparse.Namespace, columns=None):
    """The reports the arguments name, one at a time (rows of events with ``columns``);
    skipped ones are said on stderr."""
    from geo.event_rows import read_event_rows
    from geo.reports import read_reports

    def skipped(message: str) -> None:
        print(f"incidentmap: skipped {message}", file=sys.stderr)

    if columns is not None:
        return read_event_rows(args.reports, columns, skip_bad=args.skip_bad, on_error=skipped)
    return read_reports(args.reports, skip_bad=args.skip_bad, on_error=skipped)


def reports_and_focus(args: argparse.Namespace, columns=None, focus=None, country: str | None = None,
                      resolver=None):
    """The reports the arguments name, and the focus to read them with: the user's (``--near``,
    ``--bbox``) when given, else for a spreadsheet of events with a place column its batch focus.

    A log of events is about one area while each place value is a bare name: the batch
    focus (:mod:`geo.row_focus`) is on by default for rows with a place column, as for
    ``resolve -``; a text without a place column is a report with its own context.
    A file is read twice (a sample of its place values first); standard input once.
    """
    reports = read_args_reports(args, columns)
    if focus is not None or columns is None or not columns.place or getattr(args, "focus", "auto") == "none":
        return reports, focus
    from geo import Geoparser
    from geo.event_rows import read_event_rows
    from geo.row_focus import rows_focus, rows_with_focus

    parser = Geoparser(resolver)
    if any(str(source) == "-" for source in args.reports):
        found, reports = rows_with_focus(reports, parser, country)
        return reports, found
    return reports, rows_focus(read_event_rows(args.reports, columns, skip_bad=True), parser, country)


def reports_of(args: argparse.Namespace, columns=None):
    """The reports the arguments name, with a progress bar on a terminal."""
    return with_progress(args, read_args_reports(args, columns))


def with_progress(args: argparse.Namespace, reports):
    """``reports`` with a progress bar on a terminal (none with ``--quiet`` or when piped)."""
    return tqdm(reports, desc="reports", unit=" reports", disable=is_quiet(args), leave=False)
