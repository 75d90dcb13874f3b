"""Extraction over inputs of any size: streamed, resumable, on several processes or a Dask cluster.

Reports (or the rows of a spreadsheet of events, :mod:`geo.event_rows`) are read one at a
time and extracted by an *engine*; their incidents reach
the :class:`~geo.runstate.RunState` in input order, a batch per transaction, so the
result is the same whichever engine ran it and however often the run was resumed.
Engines, all behind one function signature (reports in, each report's incidents out,
in order):

- ``local``: this process;
- ``processes``: N local processes (:mod:`multiprocessing`), each with its own geoparser;
- ``dask``: the workers of a Dask distributed cluster (``local`` starts one here).

>>> import tempfile, pathlib
>>> from geo.model import Report
>>> from geo.runstate import RunState
>>> state = RunState(pathlib.Path(tempfile.mkdtemp()) / "run.state", fingerprint="doc")
>>> reports = [Report("a", "Shelling killed two civilians in Kharkiv on Friday.", date="2022-03-11")]
>>> extract_into(reports, state)
1
>>> [(i.event_type, i.name, i.fatalities) for i in state.incidents()]
[('shelling', 'Kharkiv', 2)]
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from gazetteer import BatchFocus, IncidentMapError

from .event_extract import extract_any
from .extract import reader_of, with_language
from .geoparser import Geoparser
from .incidents import Incident
from .model import Report
from .runstate import RunState

__all__ = ["extract_into", "ENGINES", "DaskError", "DASK_TIMEOUT"]

BATCH = 256  # reports per transaction of the run state, and per Dask task
#: Seconds to wait for a Dask scheduler before giving up (a refused connection is retried until then).
DASK_TIMEOUT = 10.0


class DaskError(IncidentMapError, ConnectionError):
    """The Dask cluster cannot be reached or is not installed."""

    exit_code = 1


def extract_into(reports: Iterable[Report], state: RunState, date=None, engine: str = "local",
                 workers: int | None = None, dask_address: str | None = None,
                 on_batch: Callable[[int, int], object] | None = None, focus: BatchFocus | None = None,
                 country: str | None = None, dask_timeout: float = DASK_TIMEOUT) -> int:
    """Extract ``reports`` into ``state``, skipping those an earlier run committed.

    Returns the number of reports done in all; ``on_batch(reports, incidents)`` hears
    each committed batch (for a progress bar). ``focus`` is the area the reports are
    about (:func:`geo.focus.area_focus`), given to every engine's geoparser; ``country``
    the country they are about (a soft preference), given with every report.
    ``dask_timeout`` is how many seconds the ``dask`` engine waits for its scheduler.
    """
    done = state.reports_done
    remaining = itertools.islice(iter(reports), done, None)
    not_read: list[tuple[int, str, str]] = []

    def with_languages(reports: Iterator[Report]) -> Iterator[Report]:
        # the language is chosen here, once, so that the reports it cannot read are counted
        # whichever engine reads the rest
        for number, report in enumerate(reports, done):
            report = with_language(report)
            if reader_of(report.language) is None:
                not_read.append((number, report.document, report.language))
            yield report

    told = ENGINES[engine](with_languages(remaining), date, workers=workers, dask_address=dask_address,
                           focus=focus, country=country, dask_timeout=dask_timeout)
    while True:
        batch = list(itertools.islice(told, BATCH))
        if not batch:
            return done
        done += len(batch)
        batch_not_read = [row for row in not_read if row[0] < done]
        del not_read[:len(batch_not_read)]
        state.commit((incident for incidents in batch for incident in incidents), reports_done=done,
                     not_read=batch_not_read)
        if on_batch:
            on_batch(len(batch), sum(map(len, batch)))


# -- engines: reports in, each report's incidents out, in input order -------

def _local(reports: Iterator[Report], date, focus: BatchFocus | None = None, country: str | None = None,
           **_) -> Iterator[list[Incident]]:
    parser = Geoparser(focus=focus)
    for report in reports:
        yield extract_any(report, parser, date, country=country)


def _processes(reports: Iterator[Report], date, workers: int | None = None, focus: BatchFocus | None = None,
               country: str | None = None, **_) -> Iterator[list[Incident]]:
    import multiprocessing

    count = workers or os.cpu_count() or 1
    context = multiprocessing.get_context("spawn")
    with context.Pool(count, initializer=_start_worker, initargs=(date, focus, country)) as pool:
        # imap keeps the input order; a chunk is a few reports, so memory stays bounded
        yield from pool.imap(_extract_one, reports, chunksize=8)


def _dask(reports: Iterator[Report], date, dask_address: str | None = None, workers: int | None = None,
          focus: BatchFocus | None = None, country: str | None = None, dask_timeout: float = DASK_TIMEOUT,
          **_) -> Iterator[list[Incident]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise DaskError("--dask needs Dask: pip install 'incidentmap[dask]'") from err
    cluster = None
    try:
        if dask_address in (None, "local"):
            cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(dask_address, timeout=f"{dask_timeout}s")
    except (OSError, TimeoutError) as err:
        raise DaskError(f"cannot reach the Dask scheduler at {dask_address}: {err}") from err
    try:
        # a bounded window of batches in flight: the input is never all in memory
        window: deque = deque()
        batches = iter(lambda: list(itertools.islice(reports, BATCH)), [])
        for batch in batches:
            window.append(client.submit(_extract_batch, batch, date, focus, country, pure=False))
            if len(window) >= 2 * max(1, len(client.scheduler_info().get("workers", {}))):
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


ENGINES = {"local": _local, "processes": _processes, "dask": _dask}

# -- what a worker process runs ---------------------------------------------

_worker_parser: Geoparser | None = None
_worker_date = None
_worker_country: str | None = None


def _start_worker(date, focus: BatchFocus | None = None, country: str | None = None) -> None:
    global _worker_parser, _worker_date, _worker_country
    _worker_parser, _worker_date, _worker_country = Geoparser(focus=focus), date, country


def _extract_one(report: Report) -> list[Incident]:
    return extract_any(report, _worker_parser, _worker_date, country=_worker_country)


def _extract_batch(batch: list[Report], date, focus: BatchFocus | None = None,
                   country: str | None = None) -> list[list[Incident]]:
    global _worker_parser
    if _worker_parser is None or _worker_parser.focus != focus:  # once per Dask worker process and focus
        _worker_parser = Geoparser(focus=focus)
    return [extract_any(report, _worker_parser, date, country=country) for report in batch]
