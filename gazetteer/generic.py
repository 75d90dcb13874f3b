"""GeoNames names that begin with the word for their own kind: "Hora Savur-Mohyla", "Ozero Lebedyne".

GeoNames often names a hill, a station or a lake of Ukraine as its local map
does, the generic word first: *hora* (hill), *stantsiia* (station), *ozero* (lake).
Reports write the name alone ("Savur-Mohyla", "Nikishyne station"), so an import
also indexes each such name without that word, but only when the word fits the
feature's kind (a village named "Ozerne" or a hill named "Ozero Hora" keeps its
name whole) and only when what is left is a name: letters, no kilometre post
("Platforma 168 km"), not another generic word.

>>> without_generic_word("hora savur mohyla", "HLL")
'savur mohyla'
>>> without_generic_word("hora savur mohyla", "PPL") is None
True
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["without_generic_word", "GENERIC_WORDS"]

#: Transliterated Ukrainian and Russian generic words (as name keys), by the GeoNames
#: feature codes they may lead (a code matches by its start: "PPL" is PPLA and PPLX too).
GENERIC_WORDS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("MT", "HLL", "PK", "MND", "RDGE", "UPLD"),
     frozenset({"hora", "gora", "hory", "gory", "vershyna", "kurhan", "kurgan", "khrebet", "pagorb"})),
    (("RSTN", "RSTP", "RSD"),
     frozenset({"stantsiia", "stantsiya", "stantsija", "stancija", "stanciya", "stanciia", "platforma",
                "rozizd", "rozyizd", "razezd", "razyezd", "zupynochnyi punkt", "zupynochnyy punkt",
                "zupynnyi punkt", "ostanovochnyy punkt", "ostanovochnyi punkt", "ostanovochnyj punkt",
                "zaliznychna stantsiia"})),
    (("LK",), frozenset({"ozero", "ozera"})),
    (("STM",), frozenset({"richka", "rika", "reka", "rechka"})),
    (("RSV",), frozenset({"vodoskhovyshche", "vodokhranilishche"})),
    (("ISL",), frozenset({"ostriv", "ostrov", "ostrovy"})),
    (("RVN",), frozenset({"balka", "yar", "ovrag", "ovrah"})),
    (("AREA", "LCTY"), frozenset({"urochyshche", "urochishche", "urochysche"})),
    (("PPL",), frozenset({"selo", "selyshche", "selishche", "khutor", "khutir", "poselok", "posyolok",
                          "posiolok", "smt"})),
)
_ALL_WORDS = frozenset().union(*(words for _, words in GENERIC_WORDS))
#: Fewer letters left than this are no name ("Hora 2", "Ozero A").
MIN_REST_LETTERS = 3


@lru_cache(maxsize=1 << 14)  # the ranking asks of every candidate's main name
def without_generic_word(key: str, feature_code: str) -> str | None:
    """The :func:`~gazetteer.normalize.name_key` ``key`` without a leading generic word of the
    kind ``feature_code`` is, or None when it has none or the rest is no name.

    Examples
    --------
    >>> without_generic_word("stantsiia nikishyne", "RSTN")
    'nikishyne'
    >>> without_generic_word("zupynochnyi punkt kvitneve", "RSTP")
    'kvitneve'
    >>> without_generic_word("platforma 168 km", "RSTP") is None  # a kilometre post, not a name
    True
    >>> without_generic_word("ozero", "LK") is None
    True
    >>> without_generic_word("ozerne", "PPL") is None
    True
    """
    words = key.split()
    if len(words) < 2:
        return None
    for codes, generic in GENERIC_WORDS:
        if not feature_code.startswith(codes):
            continue
        for size in (2, 1):
            if " ".join(words[:size]) in generic and len(words) > size:
                rest = words[size:]
                return " ".join(rest) if _is_a_name(rest) else None
    return None


def _is_a_name(words: list[str]) -> bool:
    """Letters enough, no digits, and not itself a generic word ("Stantsiia Platforma ...")."""
    text = "".join(words)
    return (text.isalpha() and len(text) >= MIN_REST_LETTERS
            and words[0] not in _ALL_WORDS and " ".join(words[:2]) not in _ALL_WORDS)
