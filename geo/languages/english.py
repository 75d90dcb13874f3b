"""English: the cues, casualty words and calendar words of news and OSINT logs in English."""

from __future__ import annotations

from .base import Language

__all__ = ["ENGLISH"]

# Ordered: the first pattern that matches a word decides its type.
_CUES = (
    # "air raid alert", "air raid siren": a warning, not a raid
    ("airstrike", r"air[\s-]?strikes?|air[\s-]?raids?\b(?!\s+(?:alarm|alert|siren|warning|shelter)s?\b)|bomb(?:ed|ing|ings|ers?)|warplanes?|jets?|"
                  r"aircraft|helicopters?|aerial\s+(?:attack|bombardment)s?"),
    # weapon names (missiles, Grad, mortars, mines) are cues through the weapon table below,
    # which knows when a weapon is the thing hit ("a HIMARS launcher"), not what hit
    ("missile_or_drone_strike", r"kamikaze|cruise|ballistic|"
                                r"high-precision|long-range|precision-guided|strikes?|struck|striking"),
    ("shelling", r"shell(?:ed|ing|ings|s)?|bombard(?:ed|ment|ments)"),
    # "ordnance went off"; not an alarm or a siren going off
    ("explosion", r"explosions?|exploded|blasts?|ieds?|detonat(?:ed|ion|es|ing)|"
                  r"(?<!alarm\s)(?<!alarms\s)(?<!siren\s)(?<!sirens\s)(?:went|goes|go|gone)\s+off"),
    ("territory_captured", r"captur(?:ed|e|es|ing)|seiz(?:ed|e|ing)|took\s+control|taken\s+control|"
                           r"occupied|fell\s+to|encircled|retook|retaken|recaptured|liberated|overran"),
    ("armed_clash", r"fighting|fought|clash(?:es|ed)?|battles?|firefights?|combat|skirmish(?:es)?|"
                    # "the assault was repelled": ground fighting, whatever was attacked
                    r"counter-?attack(?:s|ed)?|offensive|repel(?:led|ling|s)?|repulsed"),
    ("evacuation_or_corridor", r"evacuat(?:ed|ion|ions|e|ing)|humanitarian\s+corridors?|corridors?|"
                               r"evacuees"),
    # log style: "Rocket motor impacted next to a tram stop", "Damage to a school", "Aftermath in
    # Irpin"; not "the impact of sanctions" nor "in the aftermath of the revolution"
    ("attack_on_facility", r"attack(?:s|ed|ing)?|hit|hits|destroyed|damaged?|targeted|fired\s+(?:at|on|upon)|"
                           r"opened\s+fire|impacted|impacts?(?!\s+(?:of|on\s+the)\b)|(?<!the\s)aftermath"),
    ("casualty_report", r"killed|dead|died|deaths?|wounded|injured|injuries|casualties|fatalit(?:y|ies)|"
                        r"kia|wia|death\s+toll|lost\s+their\s+lives"),
)

# Ordered: the first class named in a clause wins, so the specific come before the general
# ("Grad rockets" is mlrs, "a rocket" alone a missile). Patterns are lower case.
_WEAPONS = {
    "cluster_munition": r"cluster\s+(?:munitions?|bombs?|rounds?|shells?|rockets?|warheads?|ammunition)|"
                        r"bomblets?|submunitions?",
    "cruise_missile": r"kalibrs?|kh-?(?:101|555|22|59|69)s?|x-101s?|tomahawks?|storm\s+shadows?|scalp(?:-eg)?|"
                      r"neptunes?|cruise\s+missiles?",
    "ballistic_missile": r"iskanders?(?:-m)?|tochka(?:-u)?s?|kn-?23s?|atacms|kinzhals?|ballistic\s+missiles?",
    "loitering_munition": r"shaheds?(?:-1[36]6)?|gerans?(?:-2)?|lancets?|switchblades?|"
                          r"(?:kamikaze|loitering|suicide|one-way\s+attack)\s+(?:drones?|uavs?|munitions?)|"
                          r"loitering\s+munitions?",
    "fpv_drone": r"fpvs?",
    "glide_bomb": r"kabs?|umpk|(?:guided|glide|gliding|corrected)\s+(?:aerial\s+|air\s+)?bombs?",
    "mlrs": r"grads?|uragans?|smerch(?:es)?|tornado-s|himars|bm-?(?:21|27|30)s?|mlrs|"
            r"multiple[\s-]+(?:launch\s+)?rocket[\s-]+(?:launchers?|systems?)|rocket\s+artillery",
    "mortar": r"mortars?",
    "artillery": r"artillery|howitzers?|tanks?\s+(?:fire|firing|fired|shells?|rounds?)|self-propelled\s+guns?|"
                 r"\d{3}\s?mm\s+(?:shells?|rounds?)",
    "mine": r"(?<!coal\s)(?:land|anti-personnel\s+|anti-tank\s+|petal\s+|butterfly\s+)?mines?|tripwires?|"
            r"booby[\s-]?traps?(?:ped)?|pfm-1s?",
    "missile": r"missiles?|rockets?|s-300s?",
    "drone": r"drones?|uavs?|quadcopters?|unmanned\s+aerial\s+vehicles?",
    # not "a car bomb", "a bomb shelter", "the bomb disposal squad"
    "aerial_bomb": r"(?<!car\s)(?<!pipe\s)bombs?(?!\s+(?:shelters?|disposal|squads?|threats?|scares?))|"
                   r"fab-?\d{3,4}s?|fabs|"
                   # an aircraft's strike, as the evaluation codes it; not a missile "air strike" alert
                   r"airstrikes?|air[\s-]strikes?|warplanes?|bombers?",
    "small_arms": r"small[\s-]arms(?:\s+fire)?|gunfire|sniper(?:\s+fire)?|machine[\s-]?guns?|rifle\s+fire",
}

#: Besides place names, numbers and calendar words, a dateline says where from where:
#: "Chuhuiv, south of Kharkiv:", "Outskirts of Bakhmut -", "Kherson Oblast, Beryslav district:".
_DATELINE_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east "
    "south-west northern southern eastern western central of near outskirts outside the and in on at ivo vic "
    "city town village settlement district raion region oblast obl province area suburb suburbs km "
    "kilometres kilometers miles from".split())

#: Weapon words say more than verbs: "jets fired at" is an airstrike, "missiles hit" a missile strike.
_RANKS = {"airstrike": 0, "missile_or_drone_strike": 1, "shelling": 0, "explosion": 1,
          "territory_captured": 0, "armed_clash": 1, "evacuation_or_corridor": 1,
          "attack_on_facility": 2, "casualty_report": 3}

_TARGETS = {
    "airfield": r"airfields?|air\s?bases?|airports?|aerodromes?",
    "hospital": r"hospitals?|clinics?|maternity",
    "school": r"schools?|universit(?:y|ies)",
    "kindergarten": r"kindergartens?|nurser(?:y|ies)",
    "apartment building": r"apartment\s+(?:buildings?|blocks?)|residential\s+(?:buildings?|blocks?|areas?)|"
                          r"houses?|homes?",
    "power plant": r"power\s+(?:plants?|stations?)|nuclear\s+plants?|substations?|energy\s+infrastructure",
    "military base": r"military\s+(?:bases?|units?|facilit(?:y|ies))|barracks|training\s+grounds?",
    "bridge": r"bridges?",
    "railway station": r"railway\s+stations?|train\s+stations?",
    "market": r"markets?|shopping\s+(?:centres?|centers?|malls?)",
    "fuel depot": r"fuel\s+depots?|oil\s+depots?|refiner(?:y|ies)",
}

_UNITS = {
    "no": 0, "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "a dozen": 12,
}
#: ACLED's codes for vague quantities.
_VAGUE = {"a few": 3, "few": 3, "several": 10, "many": 10, "scores of": 10, "dozens of": 12,
          "dozens": 12, "hundreds of": 100, "hundreds": 100, "thousands of": 1000, "thousands": 1000}

_NUMBER = (r"\d{1,3}(?:,\d{3})+|\d+\+(?!\w)|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
           r"no\s+one|nobody|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
           r"fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozens(?:\s+of)?|hundreds(?:\s+of)?|"
           r"thousands(?:\s+of)?|several|many|a\s+few|scores\s+of")

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS.update({"sept": 9, "june": 6, "july": 7})

_TO = r"\s*(?:-|–|—|to|into|until|till|through|and)\s*"
# Kinds of :mod:`geo.dates`; the engine fills {day}, {month}, {weekday}, {number}, {part}.
_DATE_PATTERNS = (
    # "the night of 10 to 11 March", "the night from 31 March to 1 April", "the night of March 10-11"
    ("night_of_days", r"\bnight\s+(?:of|from)\s+(?:the\s+)?{day}(?:\s+(?:of\s+)?{month})?" + _TO +
                      r"(?:the\s+)?{day2}(?:\s+of)?\s+{month2}\b"),
    ("night_of_days", r"\bnight\s+(?:of|from)\s+{month}\s+{day}" + _TO + r"(?:{month2}\s+)?{day2}\b"),
    # "between 9 and 12 March", "from 28 February to 2 March", "9-12 March", "on 10 and 11 March"
    ("days", r"\b(?:between|from)\s+(?:the\s+)?{day}(?:\s+(?:of\s+)?{month})?" + _TO +
             r"(?:the\s+)?{day2}(?:\s+of)?\s+{month2}\b"),
    ("days", r"\b{day}(?:\s+of)?\s*(?:-|–|—|and)\s*{day2}(?:\s+of)?\s+{month2}\b"),
    # "March 9-12", "March 9 to 12", "between March 9 and March 12", "March 30 to April 2"
    ("days", r"\b{month}\s+{day}" + _TO + r"(?:{month2}\s+)?{day2}\b(?!,?\s+\d{4}|\s*(?:%|km|people|civilians))"),
    # "11 March", "the 11th of March" (a modal "may" after a count is no month: "2 may be")
    ("day", r"\b{day}(?:\s+of)?\s+{month}\b(?!,?\s+\d{4})(?!\s+(?:be|have|not|also|still|rise)\b)"),
    ("night_into", r"\b(?:over)?night\s+(?:into|to)\s+{weekday}\b"),
    ("days_ago", r"\b{number}\s+days?\s+(?:ago|earlier|before)\b"),
    ("weekend", r"\b(?:last|past)\s+weekend\b|\bover\s+the\s+weekend\b"),
    ("week_so_far", r"\bearlier\s+(?:this|in\s+the)\s+week\b"),
    ("month_part", r"\b(?:the\s+)?{part}(?:\s+of)?(?:\s+|-){month}\b(?!,?\s+\d)"),
)

_REGION_WORDS = r"district|raion|region|oblast|province|county|community|hromada|municipality|area"
# How a sentence sets a place beside the one that only says where it is (see geo.scenes)
_SCENE_PATTERNS = {
    # "Kupiansk in Kharkiv district", "the Saltivka district of Kharkiv", "Kharkiv's Saltivka
    # district", "Bilozerka (Kherson region)": one place holds the other
    "within_gap": (r"\s*,?\s*(?:in|inside)\s+(?:the\s+)?(?:(?:city|" + _REGION_WORDS + r")\s+of\s+)?"
                   r"|\s+(?:neighbou?rhood|microdistrict|suburbs?|quarter|part|" + _REGION_WORDS + r")\s+of\s+"
                   r"(?:the\s+)?(?:city\s+of\s+)?"
                   r"|['’]s\s+(?:[a-z-]+\s+)?|\s*\(\s*"),
    # "Chuhuiv, near Kharkiv", "Kamianka, outside the town of Izium", "around Izium, where two
    # were killed near Kamianka": one place says where the other is
    "near_gap": (r"\s*,?\s*(?:near|outside|close\s+to|by|on\s+the\s+outskirts\s+of|"
                 r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+"
                 r"(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?"
                 r"|\s*,\s*where\s.*"),
    # the parts of a clause that may each count their own dead: "one killed in Bilozerka, two
    # wounded in Chornobaivka", "killed two in Nikopol and wounded five in Marhanets"
    "part_break": r",\s+|\s+\(|\)\s*|\s+and\s+(?=(?:killed|killing|wounded|wounding|injured|injuring|left)\b)",
    "region_after": _REGION_WORDS,
    # "the Kyivskyi district" of a city the sentence names (see geo.city_districts)
    "city_district": r"district|raion|neighbou?rhood|microdistrict",
    "city_district_gap": r"\s+of\s+(?:the\s+)?(?:city\s+of\s+)?",
    "between_before": r"between(?:\s+the\s+(?:villages?|towns?|settlements?|cities)\s+of)?",
    "between_gap": r"\s+and\s+(?:the\s+(?:village|town|settlement|city)\s+of\s+)?",
    "list_gap": r"[\s,/]*(?:(?:and|or|&|as\s+well\s+as|plus)\b[\s,]*)?",
}

#: What only American local news writes, one pattern a kind of sign: a house number and a
#: street, "the 800 block of", a county, parish or township office, a dollar sum, "7 p.m.".
# A number's word boundary is written "\d(?<!\w\d)" (a digit with no word character before it),
# not "\b\d": a pattern that opens with a digit lets the regex engine skip to the digits, where
# one that opens with "\b" is tried at every position of the report.
_US_LOCAL_REGISTER = (
    r"\d(?<!\w\d)\d{0,4} (?:[NSEW]\.? )?(?:[A-Z][A-Za-z]+ ){1,3}(?:St|Ave|Rd|Dr|Blvd|Ln|Street|Avenue|Road|Drive|Lane|Boulevard)\b",
    r"\d(?<!\w\d)\d* block of\b",
    r"\b(?:City Council|County Commission\w*|[Ss]heriff|Police Department|[Pp]olice [Cc]hief|Board of Education|"
    r"school board|state Rep\.|state Sen\.|Gov\.|[Dd]istrict [Aa]ttorney|[Hh]igh [Ss]chool|Parish|Township|"
    r"Interstate|I-\d+)\b",
    r"\$\d",
    r"\d(?<!\w\d)\d?(?::\d\d)? [ap]\.m\.",
)

ENGLISH = Language(
    code="en", name="English", script="Latin",
    cues=_CUES, cue_ranks=_RANKS, generic_strike=r"strikes?|struck|striking", targets=_TARGETS,
    number_pattern=_NUMBER, number_words=_UNITS, vague_numbers=_VAGUE,
    no_one_words=("no one", "nobody"),
    # "one man killed and his wife injured": a relative hurt beside the one killed is one more
    one_person_pattern=(r"(?:(?:a|an|the|one|his|her|their)\s+)?(?:(?:young|elderly|local|civilian|\d+-year-old|[a-z]+)\s+)?"
                        r"(?:man|woman|child|boy|girl|driver|civilian|soldier|serviceman|resident|deminer|worker|"
                        r"pensioner|teenager|person|officer|volunteer|medic|paramedic|journalist|farmer|policeman|"
                        r"firefighter|rescuer|fisherman|guard|marine|paratrooper|policewoman|passenger|pedestrian|"
                        r"cyclist|motorist|teacher|nurse|doctor|shepherd|electrician|railway\s+worker|"
                        # not "a woman and her son were killed": two people, with a plural verb
                        r"(?:grandson|granddaughter|neighbou?r|relative|wife|husband|son|daughter|mother|father|"
                        r"brother|sister|grandmother|grandfather)(?!\s+(?:were|are|have)\b))"),
    # "no one was injured" says no injury (read as 0 injured); "no casualties", "no one was hurt" neither
    no_casualties_pattern=(r"\bno\s+(?:casualties|victims|fatalities\s+or\s+injuries)\b|\bwithout\s+casualties\b|"
                           # a log's "no cas.", "0 cas."
                           r"\b(?:no|0)\s+cas\b|"
                           # "no one was hurt", "nobody was harmed": no harm of any kind
                           r"\b(?:no\s+one|nobody)\s+(?:was|were|has\s+been|had\s+been|got)\s+(?:hurt|harmed)\b"),
    qualifier_pattern=r"at\s+least|more\s+than|over|about|around|nearly|almost|up\s+to|some",
    who_pattern=(r"(?:more\s+)?(?:civilians?|people|persons?|children|soldiers?|servicemen|troops|"
                 r"residents?|others?|men|women|policemen|officers|firefighters|workers|fighters|militants|"
                 r"rescuers|medics|volunteers|marines|paratroopers|passengers|pensioners|miners|farmers|"
                 r"of\s+them|ukrainians?|russians?)"),
    be_pattern=r"were|was|are|is|have\s+been|has\s+been|had\s+been|been|got",
    killed_pattern=r"killed|dead|died|deaths?|killing|lost\s+their\s+lives|fatalit(?:y|ies)|perished|kia",
    injured_pattern=r"injur(?:ed|ies|ing)|wounded|wounding|hurt|hospitali[sz]ed|wia",
    count_marker_pattern=r"x",
    after_verb_pattern=r"killing|killed|kills|injuring|wounding|injured|wounded|left",
    # "the death toll from Saturday's strike on Uman has risen to 7": a few words, no clause break
    toll_pattern=r"death\s+toll\s+(?:[\w'’-]+\s+){0,10}?(?:to|at|of|is|was|stands\s+at)",
    extra_figure_patterns=(
        # "the number of injured has risen to 34", "the number of dead reached 5"
        r"\bnumber\s+of\s+(?:the\s+)?(?P<what>injured|wounded|dead|killed|fatalities|deaths)\s+"
        r"(?:[\w'’-]+\s+){0,6}?(?:to|at|is|was|reached|stands\s+at)\s+(?:(?P<q>at\s+least|over|more\s+than)\s+)?"
        r"(?P<n>" + _NUMBER + r")\b(?![-‐‑]\w)",
        # "killing the driver", "wounded a 60-year-old woman": one person as the object, no number
        r"\b(?P<what>killing|injuring|wounding|killed|injured|wounded)\s+(?:a|an|the|one)\s+"
        r"(?:(?:young|elderly|local|civilian|\d+-year-old|[a-z]+)\s+)?"
        r"(?:man|woman|child|boy|girl|driver|civilian|soldier|resident|worker|pensioner|teenager|person|"
        r"farmer|passenger|pedestrian|cyclist|motorist|volunteer|medic|policeman|firefighter|rescuer)\b"
        # not "killing a woman and her son" (two); but "killing a woman and injuring two men" is one
        r"(?!\s+(?:and|or)\s+(?!(?:injuring|wounding|killing|injured|wounded|killed|leaving|left)\b))",
    ),
    not_after_number=r"km|kilometres|kilometers|miles|metres|meters|%|per",
    months=_MONTHS,
    weekdays={d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())},
    relative_days={
        "today": (0, "day"), "earlier today": (0, "day"), "tonight": (0, "day"), "this morning": (0, "day"),
        # a night is coded to the day it began (as ACLED codes an event): the report's day before
        "overnight": (1, "day"), "last night": (1, "day"),
        "yesterday": (1, "day"), "a day earlier": (1, "day"),
        "a day before": (1, "day"), "the day before": (1, "day"), "the day before yesterday": (2, "day"),
        "last week": (7, "week"), "this week": (0, "week"), "a week ago": (7, "week"),
        "last month": (0, "month"), "earlier this month": (0, "month"),
    },
    stop_words=frozenset("the of and in to a was were is on at by for with from near after".split()),
    weapons=_WEAPONS,
    weapon_targets=r"launchers?|batter(?:y|ies)|positions?|crews?|depots?|warehouses?|radars?",
    dateline_words=_DATELINE_WORDS,
    dateline_credits=frozenset("ap reuters afp upi cnn bbc dpa efe ansa xinhua bloomberg interfax tass ria novosti ukrinform unian rfe rl".split()),
    date_patterns=_DATE_PATTERNS,
    ordinal_suffix=r"st|nd|rd|th",
    month_parts={"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
                 "middle": (11, 20), "late": (21, 31), "end": (21, 31)},
    date_not_after=r"since|until|till|before",
    scene_patterns=_SCENE_PATTERNS,
    register_country="US", register_patterns=_US_LOCAL_REGISTER,
    dateline_label_pattern=r"location|place|where|area|settlement|town|village|city",
    # "no shelling", "no new strikes", "no reports of explosions", "was not shelled", "wasn't hit"
    negation_before=(r"\b(?:no|not|never|without|nor)\s+(?:(?:new|further|more|other|reported|russian|enemy|"
                     r"heavy|major|significant|any|reports?\s+of|signs?\s+of)\s+){0,2}"
                     r"|\b(?:was|were|is|are|has|have|had|did|does|do)\s+not\s+(?:been\s+)?"
                     r"|\b[a-z]+n['’]t\s+(?:been\s+)?"),
    # "shelling was not reported", "explosions weren't heard"
    negation_after=(r"\s+(?:was|were|has|have)(?:\s+not|n['’]t)\s+(?:been\s+)?"
                    r"(?:reported|recorded|heard|registered|observed)\b"),
    # damage as an attribute ("compensation for damaged homes") or dated back ("homes damaged last
    # year"): a later story; "school damaged." and "Damage to a school gym" caption the attack
    # "the Odesa regional governor", "Kharkiv's mayor", "the Gaza health ministry", "Kherson regional administration"
    source_after_pattern=(r"(?:['’]s)?\s+(?:(?:regional|oblast|city|municipal|provincial|district|local|military|"
                          r"civil|civil-military|state|health|interior|emergency|emergencies|defen[cs]e|"
                          r"prosecutor['’]?s?)\s+){0,3}(?:governor|chief|head|mayor|minister|administration|authorities|"
                          r"officials?|police|ministry|council|prosecutors?|office|spokesm[ae]n|spokeswoman|"
                          r"spokesperson|emergency\s+service)\b"),
    speech_pattern=r"\b(?:said|says|say|told|reported|announced|wrote|posted|confirmed|according\s+to|citing)\b",
    consequence_pattern=(r"\b(?:for|of|the|their|its|to|with|about|repair|repairing|rebuilding|restoring)\s+damaged\b"
                         r"|\bdamaged\s+(?:last\s+(?:year|spring|summer|autumn|fall|winter|month|week)|earlier"
                         r"|previously|in\s+(?:19|20)\d\d|(?:\w+\s+)?(?:years?|months?|weeks?)\s+ago)\b"),
    # "on the Pokrovsk axis", "in the Kupiansk direction", "the Bakhmut sector"
    front_after_pattern=r"\s+(?:axis|axes|directions?|sectors?|front)\b",
    background_pattern=(r"\banniversary\b|\b(?:a|one|two|three|four|five|\d+)\s+years?\s+(?:after|since)\b"
                        r"|\bmarked\s+(?:a|one|two|three|four|five|\d+)\s+years?\b|\b(?:last|previous)\s+year\b"
                        r"|\b(?:a|one|two|three|four|five|\d+|several|many)\s+years?\s+ago\b"
                        r"|\b(?:has|have)\s+(?:also\s+)?(?:repeatedly\s+)?(?:come|been)\s+under\s+(?:repeated|regular|"
                        r"frequent|constant|daily|persistent)\b"),
    purpose_pattern=(r"\bto\s+(?:protect|shield|guard|shelter)\s+(?:\w+\s+){0,3}?(?:from|against)\b"
                     r"|\bin\s+(?:case|the\s+event)\s+of\b"),
    months_in={f"in {m}": i for m, i in _MONTHS.items() if len(m) > 3 or m == "may"},
)
