"""The state of a long extraction, on disk: merged incidents and how far the input was read.

A run over millions of reports keeps its merged incidents in a SQLite file beside
the output instead of in memory, and commits, in one transaction, the incidents of
each batch of reports together with the number of reports done. A run killed at any
moment leaves the state of its last batch; ``--resume`` goes on from there, so no
incident is lost or told twice. The output is written from the state at the end, and
the state file removed.

>>> import tempfile, pathlib
>>> from geo.incidents import Incident
>>> row = Incident("im-1", "shelling", "2022-03-11", "day", "Kharkiv", "Kharkiv", 706483, "UA",
...                None, 49.98, 36.25, 1, fatalities=2)
>>> state = RunState(pathlib.Path(tempfile.mkdtemp()) / "run.state", fingerprint="x")
>>> state.commit([row, row], reports_done=1)
>>> [i.fatalities for i in state.incidents()], state.reports_done
([2], 1)
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from gazetteer import InputError

from .dedupe import Merger
from .events import GENERIC_TYPES
from .incidents import Incident

__all__ = ["RunState", "state_path"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS run (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS merged (
    event_type TEXT NOT NULL, place TEXT NOT NULL, day TEXT NOT NULL,
    seq INTEGER NOT NULL, generic INTEGER NOT NULL, incident TEXT NOT NULL,
    PRIMARY KEY (event_type, place, day));
CREATE INDEX IF NOT EXISTS merged_place_day ON merged(place, day, generic, seq);
CREATE INDEX IF NOT EXISTS merged_seq ON merged(seq);
CREATE TABLE IF NOT EXISTS not_read (report INTEGER PRIMARY KEY, document TEXT NOT NULL, language TEXT NOT NULL);
"""
_as_json = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def state_path(output: Path) -> Path:
    """Where the state of a run writing ``output`` lives: a hidden file beside it."""
    return output.with_name(f".{output.name}.state.sqlite")


class RunState:
    """Merged incidents and progress of one run, in SQLite (also the :class:`Merger`'s store)."""

    def __init__(self, path: Path, fingerprint: str, resume: bool = False):
        self.path = Path(path)
        if not resume:
            self.path.unlink(missing_ok=True)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.executescript(_SCHEMA)
            found = self._db.execute("SELECT value FROM run WHERE key = 'fingerprint'").fetchone()
        except sqlite3.DatabaseError as err:
            raise InputError(f"{self.path}: the saved state of an earlier run is damaged ({err}); "
                             "run again without --resume") from err
        if found is None:
            self._db.execute("INSERT INTO run VALUES ('fingerprint', ?), ('done', '0')", (fingerprint,))
        elif found[0] != fingerprint:
            raise InputError(f"{self.path}: the saved run was over other reports or options; "
                             "run again without --resume")
        self._merger = Merger(self)
        self._next_seq = self._following_seq()

    @property
    def reports_done(self) -> int:
        return int(self._db.execute("SELECT value FROM run WHERE key = 'done'").fetchone()[0])

    def commit(self, told: Iterable[Incident], reports_done: int,
               not_read: Iterable[tuple[int, str, str]] = ()) -> None:
        """Merge a batch's incidents and record how many reports are done, all or nothing.

        ``not_read`` are the (number, document, language) of the batch's reports in a
        language the tool does not read; a report number is kept once however often a
        resumed run reads it.
        """
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for incident in told:
                self._merger.add(incident)
            self._db.executemany("INSERT OR IGNORE INTO not_read VALUES (?, ?, ?)", not_read)
            self._db.execute("UPDATE run SET value = ? WHERE key = 'done'", (str(reports_done),))
        except BaseException:
            self._db.execute("ROLLBACK")
            self._next_seq = self._following_seq()
            raise
        self._db.execute("COMMIT")

    def incidents(self) -> Iterator[Incident]:
        """The merged incidents in first-seen order, one at a time."""
        for (text,) in self._db.execute("SELECT incident FROM merged ORDER BY seq"):
            yield _decoded(text)

    def not_read(self) -> list[tuple[str, str]]:
        """(document, language) of every report in a language the tool does not read, in input order."""
        return self._db.execute("SELECT document, language FROM not_read ORDER BY report").fetchall()

    def count(self) -> tuple[int, int]:
        """(incidents, located incidents) merged so far."""
        return self._db.execute("SELECT count(*), coalesce(sum(json_extract(incident, '$.latitude') IS NOT NULL), 0) "
                                "FROM merged").fetchone()

    def remove(self) -> None:
        self._db.close()
        self.path.unlink(missing_ok=True)

    def close(self) -> None:
        self._db.close()

    # -- the Merger's store --------------------------------------------------

    def get(self, key: tuple) -> Incident | None:
        row = self._db.execute("SELECT incident FROM merged WHERE event_type = ? AND place = ? AND day = ?",
                               key).fetchone()
        return None if row is None else _decoded(row[0])

    def _following_seq(self) -> int:
        return self._db.execute("SELECT coalesce(max(seq), 0) + 1 FROM merged").fetchone()[0]

    def put(self, key: tuple, incident: Incident) -> None:
        self._db.execute(
            "INSERT INTO merged VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_type, place, day) "
            "DO UPDATE SET incident = excluded.incident",
            (*key, self._next_seq, key[0] in GENERIC_TYPES, _as_json(incident.properties())))
        self._next_seq += 1

    def pop(self, key: tuple) -> Incident | None:
        found = self.get(key)
        if found is not None:
            self._db.execute("DELETE FROM merged WHERE event_type = ? AND place = ? AND day = ?", key)
        return found

    def typed_at(self, place: str, day: str) -> tuple | None:
        row = self._db.execute("SELECT event_type FROM merged WHERE place = ? AND day = ? AND generic = 0 "
                               "ORDER BY seq LIMIT 1", (place, day)).fetchone()
        return None if row is None else (row[0], place, day)


def _decoded(text: str) -> Incident:
    record = json.loads(text)
    return Incident.from_properties(record, record.get("latitude"), record.get("longitude"))
