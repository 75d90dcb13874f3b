"""What the commands say besides their output: summaries on stderr, counted in words.

The output of a command (the answer of ``resolve``, the table of ``places``, the id of
``gazetteer add``) goes to stdout; a summary of what was done (counts, files written) goes
to stderr, so that a pipe gets only the output, and ``--quiet`` silences it.
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["plural", "summary", "not_read_note"]


def plural(count: int, word: str, many: str | None = None) -> str:
    """``count`` and the word, singular for one.

    >>> plural(1, "incident"), plural(0, "report"), plural(2, "unresolved mention")
    ('1 incident', '0 reports', '2 unresolved mentions')
    >>> plural(3, "was", "were")
    '3 were'
    """
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def summary(args: argparse.Namespace, message: str) -> None:
    """Say ``message`` on stderr, unless ``--quiet``."""
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr)


def not_read_note(not_read: list[tuple[str, str]]) -> str:
    """What a summary says of the reports in a language the tool does not read ('' for none).

    >>> not_read_note([("a", "fr"), ("b", "de"), ("c", "fr")])
    '; 3 reports in a language not read for events: de, fr'
    >>> not_read_note([])
    ''
    """
    if not not_read:
        return ""
    languages = ", ".join(sorted({language or "unknown" for _, language in not_read}))
    return f"; {plural(len(not_read), 'report')} in a language not read for events: {languages}"
