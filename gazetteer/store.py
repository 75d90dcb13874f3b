"""A small binary container for the index: typed arrays plus a JSON header.

Loading is a read into each section's array and a checksum, which is why the
index starts in milliseconds where parsing JSON takes seconds. Layout::

    magic (8 bytes) | header length (u32) | crc32 of the rest (u32) | header JSON | sections

``bytes`` sections hold UTF-8 blobs; other sections are :mod:`array` typecodes.
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from array import array
from pathlib import Path

from .datadir import atomic_write_bytes
from .errors import IndexCorruptError

__all__ = ["write_sections", "read_sections", "content_checksum", "FORMAT_VERSION"]

MAGIC = b"IMAPIDX\x00"
#: Bump when the layout, or what the builder puts in it, changes: old caches are rebuilt.
FORMAT_VERSION = 9
_PREFIX = struct.Struct("<8sII")


def write_sections(path: Path, sections: dict[str, array | bytes], meta: dict) -> None:
    """Write sections and metadata atomically to ``path``.

    The sections go to the file as they are, not copied into one payload first:
    the index is 70 MB, and a joined copy of it would double the build's memory.
    """
    table, offset = [], 0
    for name, data in sections.items():
        typecode = data.typecode if isinstance(data, array) else "bytes"
        size = len(memoryview(data).cast("B"))
        table.append([name, typecode, offset, size])
        offset += size
    header = json.dumps(
        {"format": FORMAT_VERSION, "byteorder": sys.byteorder, "sections": table, "meta": meta},
        ensure_ascii=False,
    ).encode()
    crc = zlib.crc32(header)
    for data in sections.values():
        crc = zlib.crc32(data, crc)
    atomic_write_bytes(path, [_PREFIX.pack(MAGIC, len(header), crc), header, *sections.values()])


def read_sections(path: Path) -> tuple[dict[str, array | bytes], dict]:
    """Read a file written by :func:`write_sections`.

    Each section is read straight into its own array, and the checksum is
    reckoned as they arrive: the file is never held twice (the whole of it as
    bytes beside the arrays copied from them), which halves the load's peak.

    Raises
    ------
    IndexCorruptError
        When the file is truncated, fails its checksum, or has another format.
    FileNotFoundError
        When there is no file yet.
    """
    with open(path, "rb") as file:
        prefix = file.read(_PREFIX.size)
        if len(prefix) < _PREFIX.size:
            raise IndexCorruptError(f"{path} is truncated")
        magic, header_len, crc = _PREFIX.unpack(prefix)
        if magic != MAGIC:
            raise IndexCorruptError(f"{path} is not an incidentmap index")
        raw_header = file.read(header_len)
        if len(raw_header) < header_len:
            raise IndexCorruptError(f"{path} fails its checksum (truncated or damaged)")
        found = zlib.crc32(raw_header)
        try:
            header = json.loads(raw_header)
        except ValueError as err:
            # a damaged header is told as the checksum failing, when it does
            found = _crc_of_rest(file, found)
            if found != crc:
                raise IndexCorruptError(f"{path} fails its checksum (truncated or damaged)") from err
            raise IndexCorruptError(f"{path} has an unreadable header") from err
        if not isinstance(header, dict) or header.get("format") != FORMAT_VERSION \
                or header.get("byteorder") != sys.byteorder:
            raise IndexCorruptError(f"{path} was written by another version of incidentmap")
        sections: dict[str, array | bytes] = {}
        for name, typecode, _, size in header["sections"]:
            data = _read_exactly(file, typecode, size)
            if data is None:
                raise IndexCorruptError(f"{path} fails its checksum (truncated or damaged)")
            found = zlib.crc32(data, found)
            sections[name] = data
        if _crc_of_rest(file, found) != crc:
            raise IndexCorruptError(f"{path} fails its checksum (truncated or damaged)")
    return sections, header["meta"]


def _read_exactly(file, typecode: str, size: int) -> array | bytes | None:
    """The next ``size`` bytes of ``file`` as a section of ``typecode``; None when the file ends first."""
    if typecode == "bytes":
        data = file.read(size)
        return data if len(data) == size else None
    data = array(typecode)
    if size % data.itemsize:
        return None
    data.frombytes(bytes(data.itemsize))  # one zero item, repeated: no second copy of the section
    data *= size // data.itemsize
    return data if file.readinto(memoryview(data).cast("B")) == size else None


def _crc_of_rest(file, crc: int) -> int:
    """``crc`` carried over whatever is left of ``file`` (nothing, in a sound one)."""
    for piece in iter(lambda: file.read(1 << 20), b""):
        crc = zlib.crc32(piece, crc)
    return crc


def content_checksum(path: Path, verify: bool = True) -> tuple[int, int] | None:
    """``(size, crc32)`` of an index file, or None when it is missing or fails its checksum.

    Two files with the same pair hold the same index, so a process that meets a
    copy of a file it has loaded (another data directory) can share what it loaded.
    ``verify=False`` reads only the prefix: for a file just read and checked whole.
    The check streams the file in 1 MB pieces, so it holds no copy of the index.

    >>> content_checksum(Path("/nonexistent/embedded.idx")) is None
    True
    """
    try:
        with open(path, "rb") as file:
            prefix = file.read(_PREFIX.size)
            if len(prefix) < _PREFIX.size:
                return None
            magic, _, crc = _PREFIX.unpack(prefix)
            if magic != MAGIC:
                return None
            size = _PREFIX.size
            found = 0
            for piece in iter(lambda: file.read(1 << 20), b"") if verify else ():
                found = zlib.crc32(piece, found)
                size += len(piece)
            if not verify:
                size = file.seek(0, 2)
    except OSError:
        return None
    return (size, crc) if not verify or found == crc else None
