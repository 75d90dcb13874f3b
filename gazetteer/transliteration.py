"""Russian-style Latin spellings of Ukrainian places, folded towards the Ukrainian ones.

Reports and older English sources spell Ukrainian places from their Russian names:
``Semenovka`` for Semenivka, ``Peski`` for Pisky, ``Kirovskoye`` for Kirovske,
``Uglegorsk`` for Vuhlehirsk. :func:`variant_key` already folds the romanisation habits
(``g``/``h``, ``y``/``i``, ``kh``/``h``); what it cannot fold is the languages' own
differences: endings (``-ovka``/``-ivka``, ``-skoye``/``-ske``, ``-ino``/``-yne``,
``-ovo``/``-ove``) and the Ukrainian ``i`` where Russian keeps ``o`` or ``e`` in a closed
syllable (``gorsk``/``hirsk``, ``pesk``/``pisk``). :func:`ukrainian_keys` gives the few
Ukrainian-style variant keys a name may stand for; the resolver looks them up as weaker
candidates than the name's own spellings.

:func:`district_town_keys` reads a district named by its adjective, as Russian and
Ukrainian do (``Yasinovatsky district``, ``Starobeshivskyi raion``), back to the town it
is named after (Yasynuvata, Starobesheve), as variant keys.

>>> variant_key("semenivka") in ukrainian_keys("semenovka")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import variant_key

__all__ = ["ukrainian_keys", "district_town_keys"]

# Russian endings and their Ukrainian counterparts, on the variant key (y and j are i, g is h,
# ye is e, kh is h, ts is c, doubled letters single): longest first, one per word.
_ENDINGS = (
    ("skoie", "ske"), ("skoe", "ske"), ("ckoe", "cke"), ("skaia", "ska"), ("ckaia", "cka"),
    ("oie", "e"), ("oe", "e"), ("aia", "a"), ("ovka", "ivka"), ("evka", "ivka"), ("iovka", "ivka"),
    ("ino", "ine"), ("ovo", "ove"), ("evo", "eve"), ("ovsk", "ivsk"), ("ovo", "ove"),
    ("ie", "ia"), ("ii", "i"), ("oi", "i"),
)
# a vowel before two consonants (or a final consonant) is closed: Ukrainian has i there
_CLOSED = re.compile(r"[oe](?=[bcdfhklmnprstvz]{2}|[bcdfhklmnprstvz]$)")
_VOWELS = frozenset("aeiou")
# on the name key, before variant_key folds "tsk" away: Yasinovatsky, Starobeshivskyi, Amvrosiivskoho
_ADJECTIVE = re.compile(r"^(?P<stem>[a-z]{3,}?)(?:s|c)?k(?:yi|yy|iy|ij|ii|y|i|oi|oy|ogo|oho|a|e)$")
_MAX_KEYS = 6
# adjective endings on the name key, after a consonant: masculine Ukrainian and Russian (Pivdennyi,
# Pivdennyy, Severnyj, Lugovoy) and neuter (Pivdenne, Russian Yuzhnoye); the plural -y of nouns
# (Pisky, Shumy) is one letter, so it is no adjective here
_MASCULINE = re.compile(r"(?<=[bcdfghklmnprstvz])(?:yi|yy|iy|ij|yj|ii|oi|oy)$")
_NEUTER = re.compile(r"(?<=[bcdfghklmnprstvz])(?:oye|oie|oe|e)$")
_MIN_STEM = 4


@lru_cache(maxsize=1 << 14)
def ukrainian_keys(key: str, other_gender: bool = False) -> tuple[str, ...]:
    """The variant keys a Russian-style :func:`~gazetteer.normalize.name_key` may stand for in
    Ukrainian, the name's own variant key left out (none for a name with nothing to fold).

    With ``other_gender``, an adjective as the last word is also read in the other gender
    (``Pivdennyy`` for Pivdenne): villages named alike but for the gender are often distinct
    places (Zelene and Zelenyi), so the resolver asks this only when no namesake is found.

    Examples
    --------
    >>> variant_key("pisky") in ukrainian_keys("peski")
    True
    >>> variant_key("vuhlehirsk") in ukrainian_keys("uglegorsk")
    True
    >>> variant_key("kirovske") in ukrainian_keys("kirovskoye")
    True
    >>> variant_key("chornukhyne") in ukrainian_keys("chernukhino")
    True
    >>> ukrainian_keys("kyiv")
    ()
    >>> ukrainian_keys("pivdennyy"), ukrainian_keys("pivdennyy", other_gender=True)
    ((), ('pivdene',))
    """
    own = variant_key(key)
    words = own.split()
    if not words or not words[-1] or len(own) < 4:
        return ()
    options = [_word_options(word) for word in words]
    gender = _other_gender(key.split()[-1]) if other_gender else None
    if gender and len(key.split()) == len(words):
        options[-1] = list(dict.fromkeys([*options[-1], variant_key(gender)]))
    keys = [""]
    for choices in options:
        keys = [f"{k} {c}".strip() for k in keys for c in choices][: _MAX_KEYS * 2]
    found = [k for k in dict.fromkeys(keys) if k != own]
    return tuple(found[:_MAX_KEYS])


def _other_gender(word: str) -> str | None:
    """A name key's adjective in the other gender Ukrainian names places by: masculine for neuter
    and neuter for masculine (``pivdennyy``: ``pivdenne``), or None for a word that is none.

    >>> _other_gender("pivdennyy"), _other_gender("pivnichne"), _other_gender("pisky")
    ('pivdenne', 'pivnichnyi', None)
    """
    for pattern, other in ((_MASCULINE, "e"), (_NEUTER, "yi")):
        match = pattern.search(word)
        if match and match.start() >= _MIN_STEM:
            return word[: match.start()] + other
    return None


def _word_options(word: str) -> list[str]:
    """One word's spellings: as written, its Ukrainian ending, and with the closed vowel raised."""
    ended = word
    for old, new in _ENDINGS:
        if word.endswith(old) and len(word) > len(old) + 1:
            ended = word[: -len(old)] + new
            break
    if ended.startswith("cern"):  # черн- is чорн- in Ukrainian: Chernukhino, Chornukhyne
        ended = "corn" + ended[4:]
    if ended.startswith("u") and len(ended) > 4:  # угле-/вугле-: Ukrainian puts v before an initial u
        ended = "v" + ended
    raised = _raise_last_closed(ended)
    return list(dict.fromkeys(w for w in (word, ended, raised) if w))


def _raise_last_closed(word: str) -> str:
    """The last closed o or e of the stem as i (``pesk`` > ``pisk``, ``horsk`` > ``hirsk``)."""
    matches = [m.start() for m in _CLOSED.finditer(word) if m.start() > 0]
    if not matches:
        return word
    at = matches[-1]
    return word[:at] + "i" + word[at + 1:]


@lru_cache(maxsize=1 << 12)
def district_town_keys(adjective: str) -> tuple[str, ...]:
    """Variant keys of the towns a district's adjective may be named after (most likely first).

    ``adjective`` is a :func:`~gazetteer.normalize.name_key` (``yasinovatsky``); a word
    that is not an adjective gives nothing.

    Examples
    --------
    >>> variant_key("starobesheve") in district_town_keys("starobeshivskiy")
    True
    >>> variant_key("popasna") in district_town_keys("popasnyansky")
    True
    >>> variant_key("novoazovsk") in district_town_keys("novoazovsky")
    True
    >>> variant_key("amvrosiivka") in district_town_keys("amvrosievsky")
    True
    >>> district_town_keys("donetsk")
    ()
    """
    words = adjective.split()
    match = _ADJECTIVE.match(words[-1]) if words else None
    if match is None:
        return ()
    stem = match.group("stem")
    head = " ".join(words[:-1] + [""])
    towns = [stem + "sk", stem, stem + "a", stem + "ka", stem + "e", stem + "ove", stem + "ivka"]
    if stem.endswith(("ov", "ev", "iv")):
        base = stem[:-2]
        towns += [base + "ove", base + "eve", base + "ivka", base + "ivsk", base + "ive", base + "iv"]
    if stem.endswith("an") and len(stem) > 4:
        towns += [stem[:-2] + "a", stem[:-2] + "e"]
    if stem[-1] not in _VOWELS:
        towns.append(stem + "e")
    return tuple(dict.fromkeys(variant_key(head + t) for t in towns))
