"""Whether a place a sentence names is where its event happened: a rule set of incident reading.

Not a speaker ("Moscow said"), a source ("the Odesa regional governor said"), a government
("Kiev troops"), a landmark for another place ("Volnovakha, north of Mariupol"), a front's axis
beside another place, a whole country, a weapon named like a village ("РСЗВ «Град»"), nor the
place a facility is named after ("the Dnipro hydroelectric plant in Zaporizhzhia").

>>> from geo.model import Mention
>>> text = "Moscow said missiles hit Kharkiv."
>>> moscow, kharkiv = (Mention("d", 0, 6, "Moscow", "resolved", None, 1, ()),
...                    Mention("d", 25, 32, "Kharkiv", "resolved", None, 1, ()))
>>> can_be_the_scene(text, moscow, [moscow, kharkiv]), can_be_the_scene(text, kharkiv, [moscow, kharkiv])
(False, True)
"""

from __future__ import annotations

import re

from .capitals import names_its_government
from .languages import DEFAULT_LANGUAGE, PLACE_WORDS, Language
from .lexicon import FACILITY_WORDS
from .model import Mention
from .scenes import names_a_front
from .sources import names_a_source
from .weapons import is_weapon_name

__all__ = ["can_be_the_scene"]

# "Moscow said", "according to Kyiv", "Russia's defence ministry"; an official's title
# ("Ivano-Frankivsk Mayor ... said") is a source's, see geo.sources
_SPEAKS_AFTER = re.compile(r"\s*(?:said|says|say|told|reported|claimed|announced|warned|denied|"
                           r"accused|confirmed|stated|['’]s\s+(?:[A-Z]\w*\s+)*(?:ministry|minister|"
                           r"government|president|officials?|military|army|forces|defen[cs]e|foreign|[A-Z]))\b")
_SPEAKS_BEFORE = re.compile(r"(?:according\s+to|citing|quoted|told)\s+(?:the\s+)?$", re.IGNORECASE)
#: The words that put an event near a place, not say where another place lies ("north of"):
#: "near" and every language's own ("біля", "поблизу", "возле").
_NEAR_SCENE = frozenset({"near"}).union(*(words.near_words for words in PLACE_WORDS))
# the rest of a facility's name, then where it stands: " hydroelectric plant in ", " airport near "
_FACILITY_IN = re.compile(r"\s+(?:(?!(?:and|or|a|an|the|of|to|with|on|by)\s)[a-z][\w-]*\s+){0,3}?(?:" + "|".join(sorted(FACILITY_WORDS)) +
                          r")s?\s+(?:in|at|near|outside)\s+(?:the\s+)?$")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# the word before an opening quote right before a name: "РСЗВ «", "MLRS \""
_QUOTED_AFTER = re.compile(r"([^\W\d_][\w-]*)\s*[«\"“„‘']$")
_QUOTES_CLOSE = "»\"”“’'"


def can_be_the_scene(text: str, mention: Mention, mentions: list[Mention],
                      language: Language = DEFAULT_LANGUAGE) -> bool:
    """Whether the event may have happened at ``mention``: not a speaker, a source or a landmark."""
    located = _LOCATIVE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if (_SPEAKS_AFTER.match(text, mention.end) and not located) or _SPEAKS_BEFORE.search(
            text, max(0, mention.start - 40), mention.start):
        return False  # "Moscow said", "according to Kyiv"; but "officials in Mariupol said" is a scene
    if names_its_government(text, mention.start, mention.end, mention.place):
        return False  # "Kiev troops shelled ...", "... - Kyiv": the government, not the city
    if names_a_source(text, mention, language) and any(
            m is not mention and m.place is not None and not names_a_source(text, m, language)
            and can_be_the_scene(text, m, mentions, language) for m in mentions):
        # "shells hit Tiahynka, the Kherson regional administration said": where the news came
        # from; alone ("a missile hit a school, Kharkiv's mayor said") it is where it happened
        return False
    if mention.near and mention.near not in _NEAR_SCENE and any(
            m.start < mention.start and m.place is not None and m is not mention
            and not names_its_government(text, m.start, m.end, m.place) for m in mentions):
        return False  # "Volnovakha, north of Mariupol": Mariupol only says where Volnovakha is
    if names_a_front(text, mention, language) and any(
            m is not mention and m.place is not None and not m.place.feature_code.startswith(("PCL", "CONT"))
            and not names_a_front(text, m, language) for m in mentions):
        # "near Ocheretyne on the Pokrovsk axis": the front is named after the town; alone ("30
        # soldiers killed in the Kupiansk direction") it is all a report says, and analysts code it so
        return False
    if mention.place is not None and mention.place.feature_code.startswith(("PCL", "CONT")):
        return False  # as ACLED: an event is coded to a region at least, never to a whole country
    if is_weapon_name(mention.surface, language) or _quoted_after_weapon(text, mention, language):
        return False  # "cluster munitions from Grad", "РСЗВ «Град»": the launcher, not a village called Grad
    if any(m.start > mention.end and m.place is not None and _FACILITY_IN.match(text, mention.end, m.start)
           for m in mentions):
        return False  # "the Dnipro hydroelectric plant in Zaporizhzhia": named after one place, in another
    return True


def _quoted_after_weapon(text: str, mention: Mention, language: Language) -> bool:
    """Whether ``mention`` is a name in quotes after a weapon word: ``РСЗВ «Град»``, ``MLRS "Grad"``."""
    quote = _QUOTED_AFTER.search(text, max(0, mention.start - 40), mention.start)
    return (quote is not None and mention.end < len(text) and text[mention.end] in _QUOTES_CLOSE
            and is_weapon_name(quote.group(1), language))
