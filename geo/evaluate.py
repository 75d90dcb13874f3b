"""Score the geoparser on gold corpora: recognition P/R/F1, resolution error in km.

The corpus format is one JSON object per line with ``text`` and ``toponyms``,
each toponym with ``start``, ``end`` and gold ``lat``/``lon`` (null when the
annotators gave none). Scores follow the geoparsing literature (Gritta et al.
2018; Mordecai 3): exact-span recognition; accuracy within 161 km and the AUC
of the error curve on recognised gold toponyms that have coordinates.

The accuracy is also split by what the answer is: a country, first-level region,
continent or world region (an *area*), or any other place. Corpora put an area's
point where their source does (GeoVirus takes Wikipedia's, LGL GeoNames'), often
hundreds of kilometres apart for the same country, so the split shows how much of
the error is that convention and how much is a wrong place.

>>> round(error_auc([0.0, 20039.0]), 3)
0.5
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from gazetteer import InputError
from gazetteer.rank import distance_km

from .geoparser import Geoparser

__all__ = ["Scores", "evaluate", "read_corpus", "error_auc"]

#: Half the Earth's circumference: the largest possible error, given to unresolved mentions.
MAX_ERROR_KM = 20039.0
ACCURACY_KM = 161.0
#: Feature codes of the answers scored as areas (see the module's docstring).
AREA_CODES = ("PCL", "ADM1", "CONT", "RGN", "TERR")


@dataclass(frozen=True, slots=True)
class Scores:
    documents: int
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    resolved_scored: int
    acc161: float | None
    auc: float | None
    median_km: float | None
    docs_per_s: float
    gold_spans: bool
    #: The accuracy over answers that are areas, and over the other answers (unresolved included).
    areas_scored: int = 0
    acc161_areas: float | None = None
    acc161_places: float | None = None

    def to_dict(self) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(self).items()}


def error_auc(errors_km: Iterable[float]) -> float:
    """The area under the error curve: the mean of ln(1 + km) / ln(20039); lower is better."""
    values = [math.log1p(min(km, MAX_ERROR_KM)) / math.log1p(MAX_ERROR_KM) for km in errors_km]
    return sum(values) / len(values)


def read_corpus(path: Path) -> Iterator[dict]:
    """The documents of a gold corpus, with the line number in any error."""
    try:
        handle = open(path, encoding="utf-8")
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from err
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
                text, toponyms = document["text"], document["toponyms"]
                gold = [(int(t["start"]), int(t["end"]), t.get("lat"), t.get("lon")) for t in toponyms]
            except (ValueError, KeyError, TypeError) as err:
                raise InputError(f"{path}:{number}: not a gold document ({err})") from err
            yield {"id": str(document.get("doc_id", number)), "text": text, "gold": gold}


def evaluate(path: Path, parser: Geoparser | None = None, gold_spans: bool = False,
             progress=None) -> Scores:
    """Run the geoparser over a gold corpus and score it."""
    parser = parser or Geoparser()
    documents = list(read_corpus(path))
    gold_total = predicted_total = matched = 0
    errors: list[float] = []
    area_errors: list[float] = []
    elapsed = 0.0
    for document in progress(documents) if progress else documents:
        text, gold = document["text"], document["gold"]
        spans = [(s, e) for s, e, _, _ in gold]
        started = time.perf_counter()
        if gold_spans:
            mentions = parser.resolve_at(text, spans, document=document["id"])
        else:
            mentions = parser.find_places(text, document=document["id"])
        elapsed += time.perf_counter() - started
        found = {(m.start, m.end): m for m in mentions}
        gold_total += len(gold)
        predicted_total += len(found)
        for start, end, lat, lon in gold:
            mention = found.get((start, end))
            if mention is None:
                continue
            matched += 1
            if lat is None or lon is None:
                continue
            place = mention.place
            errors.append(MAX_ERROR_KM if place is None else
                          distance_km(float(lat), float(lon), place.latitude, place.longitude))
            if place is not None and place.feature_code.startswith(AREA_CODES):
                area_errors.append(errors[-1])
    precision = matched / predicted_total if predicted_total else 0.0
    recall = matched / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    within = sum(km <= ACCURACY_KM for km in errors)
    areas_within = sum(km <= ACCURACY_KM for km in area_errors)
    places = len(errors) - len(area_errors)
    return Scores(
        documents=len(documents), gold=gold_total, predicted=predicted_total, matched=matched,
        precision=precision, recall=recall, f1=f1, resolved_scored=len(errors),
        acc161=within / len(errors) if errors else None,
        auc=error_auc(errors) if errors else None,
        median_km=statistics.median(errors) if errors else None,
        docs_per_s=len(documents) / elapsed if elapsed else 0.0, gold_spans=gold_spans,
        areas_scored=len(area_errors),
        acc161_areas=areas_within / len(area_errors) if area_errors else None,
        acc161_places=(within - areas_within) / places if places else None,
    )
