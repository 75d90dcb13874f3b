"""Word lists that tell place names from the other capitalised words of news text.

Small closed lists (months, titles, cue words) live here; the open ones come
from packages: English common words (``english-words``, Webster's 2nd, whose
proper nouns keep their capitals) and first names (``gender-guesser``).
"""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "CALENDAR", "NOT_PLACES", "TITLES", "FEATURE_WORDS", "REGION_WORDS", "FACILITY_WORDS",
    "LOCATIVES", "NEAR_WORDS", "DIRECTIONS", "CONNECTORS", "COUNTRY_ABBREVIATIONS",
    "US_STATE_ABBREVIATIONS", "is_common_word", "is_first_name",
]

CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday christmas easter ramadan eid hanukkah thanksgiving".split())

#: Organisations, news outlets and other capitalised words that gazetteers hold as
#: place names somewhere but news text almost never means as places.
NOT_PLACES = frozenset("""
reuters tass ria interfax ukrinform unian pravda ap afp bbc cnn nbc abc cbs fox msnbc npr pbs
bloomberg nato un eu osce icrc unicef unhcr who wto imf opec kremlin pentagon twitter facebook
telegram youtube instagram tiktok google apple amazon microsoft god allah jesus christ internet
covid sars mers ebola zika aids hiv mr mrs ms dr police army navy isis isil hamas hezbollah
taliban oblast region province state county district city town village congress senate parliament
government ministry president minister governor mayor university college hospital church school
street road avenue airport court north south east west northern southern eastern western central
""".split())

#: Words before a name that make the name a person's.
TITLES = frozenset("""
mr mrs ms miss dr sir lord lady president vice gov governor sen senator rep representative
minister premier chancellor king queen prince princess pope rev reverend father sister brother
gen general col colonel lt lieutenant sgt sergeant capt captain maj major adm admiral cmdr
officer deputy chief mayor judge justice coach prof professor spokesman spokeswoman spokesperson
ambassador secretary commander patriarch archbishop bishop sheikh ayatollah detective agent
""".split())

#: "the village of X", "X village": what kind of place X is.
FEATURE_WORDS = {
    "village": "populated", "town": "populated", "city": "populated", "settlement": "populated",
    "hamlet": "populated", "township": "populated", "suburb": "populated", "capital": "populated",
    "port": "populated", "community": "populated", "municipality": "populated",
    "oblast": "admin1", "region": "admin1", "province": "admin1", "state": "admin1",
    "governorate": "admin1", "krai": "admin1", "republic": "admin1",
    "district": "admin2", "raion": "admin2", "rayon": "admin2", "county": "admin2",
    "parish": "admin2", "hromada": "admin2",
}
REGION_WORDS = frozenset(k for k, v in FEATURE_WORDS.items() if v != "populated")

#: Places inside or beside a settlement: a strike on "the Lutsk airfield" is at Lutsk, precision 2.
FACILITY_WORDS = frozenset("""
airport airfield airbase aerodrome base hospital station plant dam bridge port harbour harbor
depot refinery factory school kindergarten university market checkpoint crossing prison
""".split())

LOCATIVES = frozenset("in at from to into near outside around across throughout toward towards "
                      "via through between within inside on off".split())
#: Cues that put an event near a place rather than at it.
NEAR_WORDS = frozenset("near outside around nearby outskirts close".split())
DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest north-east "
                       "north-west south-east south-west northern southern eastern western".split())
#: Lower-case words allowed inside a multi-word name: "Isle of Wight", "Rostov on Don".
CONNECTORS = frozenset("of de del la le du da dos das upon on am an der sur al el y".split())

#: Country abbreviations as news writes them (upper case only).
COUNTRY_ABBREVIATIONS = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
    "UAE": "AE", "U.A.E.": "AE", "DRC": "CD", "PRC": "CN", "DPRK": "KP", "ROK": "KR",
}

#: AP-style state abbreviations, written after a town: "Springfield, Ill.".
US_STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas",
    "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada",
    "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "W.Va.": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming", "D.C.": "District of Columbia",
}


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from english_words import get_english_words_set

    # lower=False keeps Webster's capitals: "paris" is not a common word, "reading" is
    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def is_common_word(word: str) -> bool:
    """Whether ``word``, lower-cased, is an everyday English word.

    >>> is_common_word("Reading"), is_common_word("Lutsk"), is_common_word("Paris")
    (True, False, False)
    """
    return word.lower() in _common_words()


@lru_cache(maxsize=1)
def _first_names():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known first name (in any of the countries gender-guesser covers).

    >>> is_first_name("Oleksiy"), is_first_name("Lutsk")
    (True, False)
    """
    if not word.isalpha() or len(word) < 2:
        return False
    return _first_names().get_gender(word) != "unknown"
