"""Word lists that tell place names from the other capitalised words of news text.

Small closed lists (months, titles, cue words) live here; the open ones come
from packages: English common words (``english-words``, Webster's 2nd, whose
proper nouns keep their capitals) and first names (``gender-guesser``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = [
    "CALENDAR", "NOT_PLACES", "DISEASE_WORDS", "FUNCTION_WORDS", "CONTRACTION_TAILS", "SPEECH_VERBS",
    "NAMED_FEATURE_WORDS", "NEWSPAPER_WORDS", "PARK_WORDS", "STREET_ABBREVIATIONS", "COURT_RANKS",
    "INSTITUTION_WORDS", "TITLES", "FEATURE_WORDS", "REGION_WORDS", "FACILITY_WORDS",
    "LOCATIVES", "NEAR_WORDS", "DIRECTIONS", "CONNECTORS", "COUNTRY_ABBREVIATIONS",
    "US_STATE_ABBREVIATIONS", "CANADIAN_PROVINCE_ABBREVIATIONS", "REGION_ABBREVIATIONS",
    "CONTINENT_ADJECTIVES", "region_abbreviation", "is_common_word", "is_common_plural", "is_first_name",
    "singular_demonym",
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
white house capitol hill wall street downing street arab english olympic olympics african asian
european latin center centre islamic jewish muslim christian catholic protestant orthodox sunni shiite shia
inc corp llc ltd plc
""".split()) | {"white house", "capitol hill", "wall street", "downing street", "red cross",
                "united nations", "european union", "security council", "supreme court", "united russia"}

#: Words after a name that make it a disease's or a pathogen's: "Marburg virus", "Lassa fever".
DISEASE_WORDS = frozenset("virus viruses ebolavirus fever strain strains disease haemorrhagic hemorrhagic".split())

#: English function words: capitalised at a sentence start, some are place names somewhere.
FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet for of in on at to from by with about as into like through after
over between out against during without before under around among i me my we us our you your he
him his she her it its they them their this that these those who whom whose which what when where
why how all any both each few more most other some such no not only own same than too very can will
just should now is are was were be been being have has had do does did if then there here also
still even ever never again once while because although though until unless since whether
""".split())
CONTRACTION_TAILS = ("'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "n't", "n’t")

#: Words after a name that make it a person's: "Welch said", "Moore told reporters".
SPEECH_VERBS = frozenset("said says told added wrote asked explained noted stated announced "
                         "argued warned replied recalled insisted".split())

#: Capitalised words after a name that make the whole a street, a river, a park: a
#: different place from the town it is named after.
NAMED_FEATURE_WORDS = frozenset("""
street st road rd avenue ave drive dr boulevard blvd lane ln highway hwy trail way parkway pkwy
court ct place circle plaza square pike turnpike expressway freeway route river creek lake bay
park forest mountain mountains hill hills valley canyon island islands beach falls bridge dam
reservoir harbor harbour airport station mall center centre stadium arena sea ocean gulf strait
channel peninsula desert canal township twp wilderness
""".split())

#: The last word of a street's or a township's name, abbreviated: "Main St.", "Union Twp.".
STREET_ABBREVIATIONS = frozenset("st ave rd dr blvd ln hwy pkwy ct pl sq twp".split())

#: What follows "National" or "State" in a park's name: "Zion National Park", "Elk State Forest".
PARK_WORDS = frozenset("park forest monument seashore lakeshore recreation wildlife preserve battlefield "
                       "grassland grasslands historic wilderness refuge".split())

#: A newspaper's word after a place's name: "the New York Times", "China Daily", "Kyiv Independent".
NEWSPAPER_WORDS = frozenset("times herald post daily tribune journal gazette chronicle courier dispatch "
                            "inquirer telegraph sentinel examiner independent".split())

#: Words that rank a court, not name a place: "Superior Court", "Supreme Court".
COURT_RANKS = frozenset("superior supreme circuit municipal appeals appellate magistrate magistrates probate "
                        "juvenile family federal crown claims chancery county district high".split())

#: Words before a name that make the name a person's.
TITLES = frozenset("""
mr mrs ms miss dr sir lord lady president vice gov governor sen senator rep representative
minister premier chancellor king queen prince princess pope rev reverend father sister brother
gen general col colonel lt lieutenant sgt sergeant capt captain maj major adm admiral cmdr
officer deputy chief mayor judge justice coach prof professor spokesman spokeswoman spokesperson
ambassador secretary commander patriarch archbishop bishop sheikh ayatollah detective agent
sheriff marshal clerk commissioner councilman councilwoman councilor alderman
assemblyman assemblywoman congressman congresswoman sens reps trooper patrolman superintendent principal
chairman chairwoman director treasurer auditor attorney prosecutor coroner ranger pastor
const constable cpl corporal det supt inspector insp investigator atty
""".split())

#: "the village of X", "X village": what kind of place X is.
FEATURE_WORDS = {
    "village": "populated", "town": "populated", "city": "populated", "settlement": "populated",
    "hamlet": "populated", "township": "populated", "suburb": "populated", "capital": "populated",
    "port": "populated", "community": "populated", "municipality": "populated",
    "oblast": "admin1", "obl": "admin1", "region": "admin1", "province": "admin1", "state": "admin1",
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
#: ("IVO", "vic.": an OSINT log's "in the vicinity of")
NEAR_WORDS = frozenset("near outside around nearby outskirts close ivo vic vicinity".split())
DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest north-east "
                       "north-west south-east south-west northern southern eastern western".split())
#: Lower-case words allowed inside a multi-word name: "Isle of Wight", "Rostov on Don".
CONNECTORS = frozenset("of de del la le du da dos das upon on am an der sur al el y".split())

#: Country abbreviations as news writes them (upper case only).
COUNTRY_ABBREVIATIONS = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
    "UAE": "AE", "U.A.E.": "AE", "DRC": "CD", "PRC": "CN", "DPRK": "KP", "ROK": "KR",
}

#: Adjectives of continents, as news writes them of peoples and policies ("African leaders").
CONTINENT_ADJECTIVES = {"african": "Africa", "european": "Europe", "asian": "Asia",
                        "north american": "North America", "south american": "South America"}


def singular_demonym(key: str) -> str:
    """A people's name as its adjective: "palestinians" -> "palestinian" (other keys unchanged).

    >>> singular_demonym("palestinians"), singular_demonym("texas")
    ('palestinian', 'texas')
    """
    return key[:-1] if key.endswith(("ans", "ians", "ers", "is")) and len(key) > 5 else key


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
    "Penn": "Pennsylvania", "Penna": "Pennsylvania", "Wisc": "Wisconsin", "Cal": "California",
}

#: Canadian provinces and territories as news abbreviates them: "Kelowna, B.C.", "Regina, Sask.".
CANADIAN_PROVINCE_ABBREVIATIONS = {
    "Alta": "Alberta", "B.C.": "British Columbia", "Man": "Manitoba", "N.B.": "New Brunswick",
    "N.L.": "Newfoundland and Labrador", "Nfld": "Newfoundland and Labrador", "N.S.": "Nova Scotia",
    "Ont": "Ontario", "P.E.I.": "Prince Edward Island", "Que": "Quebec", "Sask": "Saskatchewan",
    "N.W.T.": "Northwest Territories", "Y.T.": "Yukon",
}

#: Each abbreviated first-level region ("Ill.", "Ont.", "NSW"): its name and its country's code.
REGION_ABBREVIATIONS = {
    **{abbreviation: (name, "US") for abbreviation, name in US_STATE_ABBREVIATIONS.items()},
    **{abbreviation: (name, "CA") for abbreviation, name in CANADIAN_PROVINCE_ABBREVIATIONS.items()},
    "NSW": ("New South Wales", "AU"), "Qld": ("Queensland", "AU"),
}


def region_abbreviation(text: str) -> tuple[str, str] | None:
    """The first-level region an abbreviation stands for, and its country's code.

    Spaces and a missing last full stop do not matter: news writes "W. Va." and "N.Y".

    >>> region_abbreviation("W. Va."), region_abbreviation("Ont."), region_abbreviation("Kyiv")
    (('West Virginia', 'US'), ('Ontario', 'CA'), None)
    """
    compact = text.replace(" ", "")
    return (REGION_ABBREVIATIONS.get(compact) or REGION_ABBREVIATIONS.get(compact.rstrip("."))
            or REGION_ABBREVIATIONS.get(compact + "."))


#: Words that follow a place's name in the names of its institutions: "Alexandria Police".
INSTITUTION_WORDS = frozenset("""
police council city county school schools university college department office hospital church
high public fire sheriff news times post herald journal community area board commission state
national international club center centre republic district region man woman resident residents
native natives mayor government army forces police officials authorities
bureau zoo policemen policeman library museum airport academy court agency authority chamber
association society symphony orchestra theatre theater cathedral regional municipal junior elementary
memorial medical gazette tribune chronicle courier
""".split()) | NAMED_FEATURE_WORDS | frozenset(FEATURE_WORDS)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from english_words import get_english_words_set

    # lower=False keeps Webster's capitals: "paris" is not a common word, "reading" is
    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


@lru_cache(maxsize=1)
def _proper_nouns() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w[:1].isupper())


def is_common_word(word: str) -> bool:
    """Whether ``word``, lower-cased, is an everyday English word.

    >>> is_common_word("Reading"), is_common_word("Lutsk"), is_common_word("Paris")
    (True, False, False)
    """
    lowered = word.lower()
    return lowered in _common_words() or lowered in MODERN_WORDS


#: Everyday words that Webster's of 1934 lacks and some town bears: "Metro Police", "Jo's Cafe".
MODERN_WORDS = frozenset("metro okay mega cafe".split())


def is_common_plural(word: str) -> bool:
    """Whether ``word`` is the plural of an everyday English word ("Samples", "Farms", "Cities").

    Webster's lists words in the singular, so a plural at a sentence start or in a
    heading escapes :func:`is_common_word`.

    >>> is_common_plural("Samples"), is_common_plural("Cities"), is_common_plural("Athens")
    (True, True, False)
    """
    lowered = word.lower()
    if len(lowered) < 5 or not lowered.endswith("s") or lowered.endswith("ss") or word in _proper_nouns():
        return False
    common = _common_words()
    stems = [lowered[:-1]]
    if lowered.endswith("ies"):
        stems.append(lowered[:-3] + "y")
    elif lowered.endswith("es"):
        stems.append(lowered[:-2])
    return any(stem in common for stem in stems)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Every first name of gender-guesser's dictionary, lower-cased.

    Its ``Detector`` knows a name exactly when the name is a key of its table, but it
    builds that table through a slow reader (a second at every start); the set is
    read from the same file directly, by the format its header defines: the name is
    the second field of each line that is not a comment, and a ``+`` in it stands
    for nothing, a space or a hyphen.
    """
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line[0] in "#=":
                continue
            name = line.split(None, 2)[1].lower()
            if "+" in name:
                names.update(name.replace("+", joint) for joint in ("", " ", "-"))
            else:
                names.add(name)
    return frozenset(names)


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known first name (in any of the countries gender-guesser covers).

    >>> is_first_name("Oleksiy"), is_first_name("Lutsk")
    (True, False)
    """
    if not word.isalpha() or len(word) < 2:
        return False
    return word.lower() in _first_names()
