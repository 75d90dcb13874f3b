"""Read reports: text, Markdown, HTML, folders, JSON lines, stdin.

HTML is reduced to its visible text (scripts, styles and the head dropped), so
mention offsets point into the extracted text, not into the markup.

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
from html.parser import HTMLParser
from pathlib import Path

from gazetteer import InputError

from .model import Report

__all__ = ["read_reports", "count_reports", "html_to_text", "REPORT_SUFFIXES"]

REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson")
_JSON_LINES = (".jsonl", ".ndjson")
_HTML = (".html", ".htm")
_BINARY_PROBE = 8192


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
            if file.suffix.lower() not in _JSON_LINES:
                total += 1
                continue
            try:
                with open(file, "rb") as handle:
                    total += sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
            except OSError:
                return None
    return total


def _report_files(folder: Path) -> list[Path]:
    """The report files in ``folder`` and below, in order; hidden files and folders are not reports."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


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
    if path.suffix.lower() in _JSON_LINES:
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
    text = _decode(path.name, data)
    if path.suffix.lower() in _HTML:
        yield Report(document=path.name, text=html_to_text(text), html=True)
    else:
        yield Report(document=path.name, text=text)


def _read_stdin(skip_bad: bool, on_error) -> Iterator[Report]:
    data = sys.stdin.buffer.read()
    text = _decode("stdin", data)
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


class _TextExtractor(HTMLParser):
    _SKIPPED = {"script", "style", "noscript", "template", "head", "svg", "iframe"}
    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "header", "footer", "blockquote", "pre", "ul", "ol", "table", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIPPED and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page: blocks become lines; scripts and styles are dropped."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return "".join(extractor.parts)
