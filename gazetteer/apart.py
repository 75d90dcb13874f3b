"""Build the embedded index in a child process, so that the build's memory goes back to the system.

The build reads 235,000 places and a million names, and its Python objects,
once freed, stay in the process's heap: a first ``incidentmap run`` that built
its index in-process kept that heap beside the index, the map and the export
libraries (483 MB at peak against 335 MB for a later run). Built in a child, the
heap is handed back whole when the child ends, and the caller reads the file the
child wrote, as any later run does.

The child is a fresh interpreter that imports this module from the caller's
own ``sys.path`` (a ``gazetteer`` folder in the working directory is not
ours), not a :mod:`multiprocessing` worker: a spawned worker imports the
caller's main script again, which a script without a ``__main__`` guard
cannot bear. Its progress bars go to the
caller's stderr; a failure comes back as one line on its stdout. When no
child can be started (no interpreter path, as in some embedded Pythons), the
index is built in-process, as before.

>>> import inspect
>>> list(inspect.signature(build_apart).parameters)
['path', 'progress']
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from .errors import BuildCrashedError, IncidentMapError

__all__ = ["build_index_file", "build_apart"]

log = logging.getLogger("incidentmap")

_CHILD = ("import json, sys; sys.path[:] = json.loads(sys.argv[1]); "
          "from gazetteer.apart import _main; raise SystemExit(_main(sys.argv[2:]))")


def build_index_file(path: Path, progress: bool | None = None) -> None:
    """Build the embedded index and write it to ``path`` (atomically)."""
    from .build import build_embedded
    from .errors import DataDirError
    from .store import write_sections

    folder = Path(path).parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        # ten seconds of build for a file that cannot be written: say so first
        raise DataDirError(f"cannot write in {folder}")
    built = build_embedded(progress=progress)
    write_sections(path, built.sections, built.meta)


def build_apart(path: Path, progress: bool | None = None) -> None:
    """Run :func:`build_index_file` in a fresh child process and wait for it.

    Raises
    ------
    IncidentMapError
        With the child's own message, when the build fails there.
    BuildCrashedError
        When the child dies without a word (killed, out of memory).
    """
    if not sys.executable:
        build_index_file(path, progress)
        return
    flag = {None: "auto", True: "on", False: "off"}[progress]
    try:
        # the child imports from this process's own path, not from its working directory
        child = subprocess.Popen([sys.executable, "-c", _CHILD, json.dumps(sys.path), str(path), flag],
                                 stdout=subprocess.PIPE, text=True)
    except OSError as err:
        log.debug("no child process for the build (%s); building in this one", err)
        build_index_file(path, progress)
        return
    try:
        said = child.communicate()[0].strip().splitlines()
    except BaseException:
        # Ctrl-C reached the child too: let it remove its temporary file before it goes
        try:
            child.wait(timeout=10)
        finally:
            child.kill()
        raise
    if child.returncode:
        if said:
            raise IncidentMapError(said[-1])
        raise BuildCrashedError(f"the index build stopped without finishing (exit {child.returncode}; "
                                "out of memory?)")


def _main(argv: list[str]) -> int:
    path, flag = argv
    try:
        build_index_file(Path(path), {"auto": None, "on": True, "off": False}[flag])
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # every failure goes back to the caller as one line
        print(f"cannot build the index: {err}", flush=True)
        return 1
    return 0
