"""Exit codes of the ``incidentmap`` commands, and the help text that lists each command's own.

Every command exits 0, 1, 2 or 130 alike; only ``resolve`` (a name unresolved or
ambiguous) and ``gazetteer remove`` (no place matched) use 3, each with its own meaning,
so each command's ``--help`` says only the codes it can return.

>>> print(epilog("every report read"))
exit codes: 0 every report read, 1 tool or machine error, 2 bad usage or input,
130 interrupted
"""

from __future__ import annotations

__all__ = ["EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_UNRESOLVED", "EXIT_INTERRUPTED", "epilog",
           "MAIN_EPILOG"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNRESOLVED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def epilog(success: str, three: str | None = None, interrupted: str = "interrupted") -> str:
    """The ``exit codes:`` paragraph of a command's help; ``three`` is what 3 means, if it can."""
    codes = [f"{EXIT_OK} {success}", f"{EXIT_ERROR} tool or machine error", f"{EXIT_USAGE} bad usage or input"]
    if three:
        codes.append(f"{EXIT_UNRESOLVED} {three}")
    codes.append(f"{EXIT_INTERRUPTED} {interrupted}")
    text = "exit codes: " + ", ".join(codes)
    # wrapped by hand: the parsers keep the epilog's line breaks (RawDescriptionHelpFormatter)
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 80:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


MAIN_EPILOG = epilog("success", "resolve: a name unresolved or ambiguous; gazetteer remove: no place "
                                "matched") + "\n(each command's --help lists its own)"
