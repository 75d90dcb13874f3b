"""``incidentmap``: a thin shell over the library.

Exit codes (also in the README and in ``incidentmap --help``; each command's ``--help``
lists its own, see :mod:`incidentmap.exits`):

====  ==========================================================
0     success; every name resolved
1     an error of the tool or the machine (data directory, index)
2     bad usage or bad input (unknown option, empty name, unknown country)
3     ``resolve``: some name unresolved or ambiguous; ``gazetteer remove``: no place matched
130   interrupted
====  ==========================================================
"""

from __future__ import annotations

import argparse
import logging
import sys

from gazetteer import IncidentMapError

from . import __version__, extract_cmd, gazetteer_cmd, map_cmd, places_cmd, resolve_cmd
from .exits import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_UNRESOLVED, EXIT_USAGE, MAIN_EPILOG

__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_UNRESOLVED"]

_QUIET_HELP = "no progress bars, notes or summary on stderr (errors still)"


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit 2 like every other input error."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse's signature
        self.exit(EXIT_USAGE, f"incidentmap: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="incidentmap", description="Turn incident reports into geocoded incidents and maps, "
                     "offline.", epilog=MAIN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"incidentmap {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help=_QUIET_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for module in (resolve_cmd, gazetteer_cmd, places_cmd, extract_cmd, map_cmd):
        module.register(commands)
    _quiet_everywhere(commands)
    return parser


def _quiet_everywhere(commands: argparse._SubParsersAction) -> None:
    """``-q`` after the command as well as before it (``incidentmap run ... -q``)."""
    for sub in set(commands.choices.values()):
        # SUPPRESS: a command that was not given -q keeps what the main parser read
        sub.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help=_QUIET_HELP)
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                _quiet_everywhere(action)


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
