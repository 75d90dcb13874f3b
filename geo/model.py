"""The geoparser's values: reports in, place mentions out.

Frozen dataclasses, so a mention can be hashed, compared and passed between
stages without anyone changing it on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer import Place

__all__ = ["Report", "Span", "Mention", "PRECISION_PLACE", "PRECISION_NEAR", "PRECISION_REGION"]

#: ACLED-style geographic precision: the place itself, near or part of it, only a region.
PRECISION_PLACE = 1
PRECISION_NEAR = 2
PRECISION_REGION = 3


@dataclass(frozen=True, slots=True)
class Report:
    """One document to geoparse: its text and what is known about it.

    ``document`` names it in every output (a file name or a record's ``id``);
    ``html`` says that ``text`` was extracted from HTML, so offsets point into
    the extracted text, not into the markup. ``language`` is the ISO 639-1 code
    of its language when a source or an option says it; None: detected from the text.
    """

    document: str
    text: str
    date: str | None = None
    url: str | None = None
    title: str | None = None
    html: bool = False
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text that may name a place, with the cues found around it.

    Recognition hands these to resolution. ``key`` is the gazetteer key of the
    text, or None when the gazetteer does not know it and only a cue ("the
    village of ...") says it is a place.
    """

    start: int
    end: int
    surface: str
    key: str | None
    sentence: int
    sentence_initial: bool = False
    country_cue: str | None = None      # ISO code of an adjective such as "Belarusian"
    feature_cue: str | None = None      # "populated" | "admin1" | "admin2" from "village", "oblast"...
    near_cue: str | None = None         # "near", "north of"... : precision 2
    facility: str | None = None         # "airfield", "hospital"... right after the name
    locative: bool = False              # after "in", "at", "from"...: a place is expected
    country_alias: str | None = None    # the span is a country code or abbreviation (US, U.K.)
    demonym: bool = False               # "Russian": a country's adjective, a mention only on request
    speaker: bool = False               # "Welch said": more likely a person than a place
    person: bool = False                # the surname of a person named earlier in the report
    acronym: bool = False               # "NSW", "TASS": upper case, four letters or fewer
    name: str | None = None             # the nominative to resolve when the text declines it ("Харкові")
    common: bool = False                # an everyday word of a dictionary opening a sentence ("Атака")
    article_alone: bool = False         # "across the Dnipro": "the" before, no noun after, as rivers are written
    dateline: bool = False              # "Lyman: ...", "Lyman - ...": opens a line before a colon or a dash


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in a document: where, as written, and what it resolved to.

    ``status`` is ``resolved``, ``ambiguous`` (a best guess with rivals as
    likely), ``approximate`` (no gazetteer holds the name: ``place`` is the
    report's focus, at precision 3) or ``unresolved`` (``place`` is None;
    ``reasons`` say why).
    """

    document: str
    start: int
    end: int
    surface: str
    status: str
    place: Place | None
    precision: int | None
    reasons: tuple[str, ...] = field(default=())
    sentence: int = 0
    near: str | None = None        # "near", "north of": the cue that made it precision 2
    facility: str | None = None    # "airfield" in "Lutsk airfield"

    def to_dict(self) -> dict:
        """The JSON shape of ``incidentmap places --json``."""
        place = None
        if self.place is not None:
            p = self.place
            place = {"geonameid": p.geonameid, "name": p.name, "country_code": p.country_code,
                     "admin1": p.admin1, "latitude": p.latitude, "longitude": p.longitude,
                     "feature_code": p.feature_code}
        return {"document": self.document, "start": self.start, "end": self.end,
                "surface": self.surface, "status": self.status, "place": place,
                "precision": self.precision, "reasons": list(self.reasons)}
