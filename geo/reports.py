"""Read reports: text, Markdown, HTML, folders, JSON lines, Telegram exports, feeds, stdin.

HTML is reduced to its visible text (scripts, styles and the head dropped), so
mention offsets point into the extracted text, not into the markup. A Telegram
Desktop export (``result.json``, :mod:`geo.telegram`) gives a report per message, an
RSS or Atom feed (:mod:`geo.feeds`) one per item.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.html").write_text("<p>Shelling in <b>Kharkiv</b></p><script>alert(1)</script>")
>>> [(r.document, r.text.strip(), r.html) for r in read_reports([folder / "a.html"])]
[('a.html', 'Shelling in Kharkiv', True)]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from gazetteer import InputError

from .feeds import FEED_ROOTS, count_feed_items, feed_reports, feed_root
from .htmltext import html_to_text
from .model import Report
from .telegram import count_telegram_messages, is_telegram_export, looks_like_telegram, telegram_reports

__all__ = ["read_reports", "count_reports", "html_to_text", "REPORT_SUFFIXES", "SNIFFED_SUFFIXES"]

REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson", ".rss", ".atom")
#: In a folder, a file with these suffixes is read only when its first bytes show a Telegram
#: export or a feed: package manifests, settings and other XML lying there are not reports.
SNIFFED_SUFFIXES = (".json", ".xml")
_JSON_LINES = (".jsonl", ".ndjson")
_HTML = (".html", ".htm")
_COUNTED_LINES = (*_JSON_LINES, ".csv", ".tsv", ".tab")  # a line a report, or a row an event
_FEEDS = (".rss", ".atom")
_BINARY_PROBE = 8192
_HEAD = 4096  # enough for a feed's prolog or an export's name, type and id before "messages"


def read_reports(sources: Iterable[str | Path], skip_bad: bool = False,
                 on_error: Callable[[str], None] | None = None) -> Iterator[Report]:
    """Every report in ``sources`` (paths, folders, or ``-`` for stdin), in order.

    Bad input raises :class:`~gazetteer.errors.InputError` with the file (and line)
    named, unless ``skip_bad``: then ``on_error`` hears the message and reading goes on.
    """
    for source in sources:
        if str(source) == "-":
            yield from _guarded(lambda: _read_stdin(skip_bad, on_error), skip_bad, on_error)
            continue
        path = Path(source)
        if path.is_dir():
            for file in _report_files(path):
                yield from _guarded(lambda file=file: _read_file(file, skip_bad, on_error), skip_bad, on_error)
        elif path.is_file():
            yield from _guarded(lambda: _read_file(path, skip_bad, on_error), skip_bad, on_error)
        else:
            _bad(f"{path}: no such file or folder", skip_bad, on_error)


def count_reports(sources: Iterable[str | Path]) -> int | None:
    """About how many reports ``sources`` hold (a JSON-lines file counts its lines), for a
    progress bar's estimate; None when it cannot be known (stdin) or a source is missing."""
    total = 0
    for source in sources:
        path = Path(source)
        if str(source) == "-" or not path.exists():
            return None
        for file in _report_files(path) if path.is_dir() else [path]:
            # a line a report, or a row an event
            kind = "jsonl" if file.suffix.lower() in _COUNTED_LINES else _kind(file)
            counter = {"jsonl": lambda block: block.count(b"\n"), "telegram": count_telegram_messages,
                       "feed": count_feed_items}.get(kind)
            if counter is None:
                total += 1
                continue
            try:
                with open(file, "rb") as handle:
                    # a match cut by a block's end is missed: an estimate
                    total += sum(counter(block) for block in iter(lambda: handle.read(1 << 20), b""))
            except OSError:
                return None
    return total


def _kind(path: Path) -> str:
    """How to read ``path``: ``jsonl``, ``telegram``, ``feed``, ``html`` or ``text``. A .json
    file named is a Telegram export or an error; an .xml file is a feed if its root says so,
    otherwise text as before."""
    suffix = path.suffix.lower()
    if suffix in _JSON_LINES:
        return "jsonl"
    if suffix in _FEEDS:
        return "feed"
    if suffix == ".json":
        return "telegram"
    if suffix == ".xml" and feed_root(_head(path)) in FEED_ROOTS:
        return "feed"
    return "html" if suffix in _HTML else "text"


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(_HEAD)
    except OSError:
        return b""


def _report_files(folder: Path) -> list[Path]:
    """The report files in ``folder`` and below, in order; hidden files and folders are not reports."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and _is_report_file(p)
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def _is_report_file(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return True
    if suffix == ".json":
        return looks_like_telegram(_head(path))
    return suffix == ".xml" and feed_root(_head(path)) in FEED_ROOTS


def _guarded(read, skip_bad, on_error) -> Iterator[Report]:
    try:
        yield from read()
    except InputError as err:
        if not skip_bad:
            raise
        if on_error:
            on_error(str(err))


def _bad(message: str, skip_bad: bool, on_error) -> None:
    if not skip_bad:
        raise InputError(message)
    if on_error:
        on_error(message)


def _read_file(path: Path, skip_bad: bool, on_error) -> Iterator[Report]:
    kind = _kind(path)
    if kind == "jsonl":
        try:
            handle = open(path, "rb")
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror})") from err
        with handle:
            yield from _json_lines(path.name, handle, skip_bad, on_error)
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
    if kind == "feed":
        yield from feed_reports(path.name, data)
        return
    text = _decode(path.name, data)
    if kind == "telegram":
        yield from telegram_reports(path.name, _json_document(path.name, text))
    elif kind == "html":
        yield Report(document=path.name, text=html_to_text(text), html=True)
    else:
        yield Report(document=path.name, text=text)


def _json_document(name: str, text: str):
    try:
        return json.loads(text)
    except ValueError as err:  # JSONDecodeError says the line and column
        raise InputError(f"{name}: bad JSON ({err})") from None


def _read_stdin(skip_bad: bool, on_error) -> Iterator[Report]:
    data = sys.stdin.buffer.read()
    if feed_root(data[:_HEAD]) in FEED_ROOTS:
        yield from feed_reports("stdin", data)
        return
    text = _decode("stdin", data)
    if looks_like_telegram(data[:_HEAD]):
        try:
            document = json.loads(text)
        except ValueError:  # JSON lines, one of them with a "messages" key
            document = None
        if is_telegram_export(document):
            yield from telegram_reports("stdin", document)
            return
    if text.lstrip().startswith("{"):
        yield from _json_lines("stdin", data.splitlines(keepends=True), skip_bad, on_error)
    elif text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        yield Report(document="stdin", text=html_to_text(text), html=True)
    else:
        yield Report(document="stdin", text=text)


def _decode(name: str, data: bytes) -> str:
    if b"\x00" in data[:_BINARY_PROBE]:
        raise InputError(f"{name}: a binary file, not a report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not UTF-8 text at byte {err.start} "
                         "(convert it first, e.g. iconv -f cp1251 -t utf-8)") from err


def _json_lines(name: str, lines, skip_bad: bool, on_error) -> Iterator[Report]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(_decode(f"{name}:{number}", raw))
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError('expected an object with a "text" string')
        except (ValueError, InputError) as err:
            _bad(f"{name}:{number}: bad JSON line ({err})", skip_bad, on_error)
            continue
        yield Report(document=str(record.get("id") or f"{name}:{number}"), text=record["text"],
                     date=_optional(record.get("date")), url=_optional(record.get("url")),
                     title=_optional(record.get("title")),
                     language=(_optional(record.get("language")) or "").lower() or None)


def _optional(value) -> str | None:
    return None if value is None else str(value)
