"""What every command that reads reports shares: its arguments, the reader, the progress bar."""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

__all__ = ["add_report_arguments", "reports_of", "read_args_reports", "is_quiet"]


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reports", metavar="REPORT", nargs="+",
                        help="text, Markdown or HTML file, folder, JSON-lines file, or - for stdin")
    parser.add_argument("--skip-bad", action="store_true",
                        help="report a bad JSON line or unreadable file and go on with the rest")


def is_quiet(args: argparse.Namespace) -> bool:
    """Progress bars only on a terminal, and never with --quiet."""
    return getattr(args, "quiet", False) or not sys.stderr.isatty()


def read_args_reports(args: argparse.Namespace):
    """The reports the arguments name, one at a time; skipped ones are said on stderr."""
    from geo.reports import read_reports

    return read_reports(args.reports, skip_bad=args.skip_bad,
                        on_error=lambda message: print(f"incidentmap: skipped {message}", file=sys.stderr))


def reports_of(args: argparse.Namespace):
    """The reports the arguments name, with a progress bar on a terminal."""
    return tqdm(read_args_reports(args), desc="reports", unit=" reports", disable=is_quiet(args), leave=False)
