"""``incidentmap``: a thin shell over the library.

Exit codes (also in the README and in ``incidentmap --help``):

====  ==========================================================
0     success; every name resolved
1     an error of the tool or the machine (data directory, index)
2     bad usage or bad input (unknown option, empty name, unknown country)
3     done, but some name is unresolved or ambiguous
130   interrupted
====  ==========================================================
"""

from __future__ import annotations

import argparse
import logging
import sys

from gazetteer import IncidentMapError

from . import __version__, extract_cmd, gazetteer_cmd, map_cmd, places_cmd, resolve_cmd

__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_UNRESOLVED"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNRESOLVED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

EPILOG = """exit codes: 0 success, 1 tool or machine error, 2 bad usage or input,
3 some name unresolved or ambiguous, 130 interrupted"""


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit 2 like every other input error."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse's signature
        self.exit(EXIT_USAGE, f"incidentmap: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="incidentmap", description=__doc__.splitlines()[0] if __doc__ else None,
                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.description = "Turn incident reports into geocoded incidents and maps, offline."
    parser.add_argument("--version", action="version", version=f"incidentmap {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bars or notes on stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    resolve_cmd.register(commands, EPILOG)
    gazetteer_cmd.register(commands, EPILOG)
    places_cmd.register(commands, EPILOG)
    extract_cmd.register(commands, EPILOG)
    map_cmd.register(commands, EPILOG)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging(args.quiet)
    try:
        return args.handler(args)
    except IncidentMapError as err:
        _fail(str(err))
        return err.exit_code
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (``| head``): not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except OSError as err:
        _fail(f"{err.strerror or err}: {err.filename}" if err.filename else str(err))
        return EXIT_ERROR


def _fail(message: str) -> None:
    print(f"incidentmap: error: {message}", file=sys.stderr)


def _configure_logging(quiet: bool) -> None:
    logger = logging.getLogger("incidentmap")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("incidentmap: %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.WARNING if quiet else logging.INFO)
