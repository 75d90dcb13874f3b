"""Where incidentmap keeps its caches: ``$INCIDENTMAP_HOME`` or the user data dir."""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Iterable
from pathlib import Path

from .errors import DataDirError

__all__ = ["data_dir", "atomic_write_bytes"]

ENV_VAR = "INCIDENTMAP_HOME"


def data_dir(create: bool = True) -> Path:
    """Return the data directory, creating it when asked.

    ``$INCIDENTMAP_HOME`` wins; otherwise the platform's user data directory
    (``~/.local/share/incidentmap`` on Linux).

    Raises
    ------
    DataDirError
        When the directory cannot be created or is not writable.
    """
    configured = os.environ.get(ENV_VAR)
    if configured:
        path = Path(configured).expanduser()
    else:
        import platformdirs  # imported late: only needed without the variable

        path = Path(platformdirs.user_data_dir("incidentmap", appauthor=False))
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise DataDirError(f"cannot create data directory {path}: {err.strerror}") from err
        if not os.access(path, os.W_OK | os.X_OK):
            raise DataDirError(f"data directory {path} is not writable (set {ENV_VAR} to another)")
    return path


def atomic_write_bytes(path: Path, payload: bytes | Iterable[bytes | array]) -> None:
    """Write ``payload`` (bytes, or pieces of it in order) to ``path`` through a temporary file and a rename.

    A reader sees either the old file or the new one, never a torn one.
    """
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise DataDirError(f"cannot write in {path.parent}: {err.strerror}") from err
    try:
        os.fchmod(fd, 0o644)  # mkstemp's 0600 would hide a shared data dir from other users
        with os.fdopen(fd, "wb") as fh:
            for piece in [payload] if isinstance(payload, (bytes, bytearray)) else payload:
                fh.write(piece)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        _unlink_quietly(tmp)
        raise DataDirError(f"cannot write {path}: {err.strerror}") from err
    except BaseException:
        _unlink_quietly(tmp)
        raise


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
