"""The words around place names in Ukrainian and Russian: prepositions, region and settlement words.

Recognition (:mod:`geo.recognize`) reads these as it reads the English cues of
:mod:`geo.lexicon`: ``у Харкові`` puts something in a place, ``біля Ізюма`` is
near one, ``с. Кам'янка`` is a village, ``Донецкой области`` a first-level
region. Words are lower case, full stops of abbreviations dropped (``обл.`` is
``обл``). The colloquial names of oblasts (``Харківщина``) are the gazetteer's
alternate names (``gazetteer/data/region_names.tsv``), not listed here.

>>> UKRAINIAN_PLACES.region_words["області"]
('область', 'admin1')
>>> RUSSIAN_PLACES.lemmatiser
'pymorphy3:ru'
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["PlaceWords", "UKRAINIAN_PLACES", "RUSSIAN_PLACES"]


@dataclass(frozen=True, eq=False)
class PlaceWords:
    """The place cues of one language written in Cyrillic.

    Parameters
    ----------
    code
        ISO 639-1 code of the language.
    lemmatiser
        How inflected names are turned into nominatives: ``"pymorphy3:<code>"`` or
        ``"rules"`` (see :func:`geo.inflection.nominatives`).
    letters
        Letters only this language writes: a word with another language's letters is
        not declined by this one's lemmatiser.
    locatives
        Prepositions that put something in or at a place (``у``, ``в``, ``на``).
    near_words
        Prepositions that put something near a place (``біля``, ``під``): precision 2.
    region_words
        Every written form of a region word after a name -> (its nominative, kind):
        ``області`` -> (``область``, ``admin1``).
    settlement_words
        Words before a name that make it a settlement (``село``, ``с``, ``смт``) -> kind.
    front_words
        Words after a name that make it a front, not a place (``напрямку``, ``направлении``).
    regions_after_on
        Names that after ``на`` mean their region (``на Запоріжжі``): nominative -> region name.
    list_joiners
        Words that join the names of a list (``Харківській та Сумській областях``).
    preposition_cases
        The cases a preposition puts a name in (pymorphy3's tags): after ``под`` the
        instrumental, so ``под Покровском`` is Покровск, not the village Покровское.
    direction_words
        Words that set a place beside another ("Чугуїв, південніше Харкова"), and the compass
        nouns of "на південь від Харкова": the second place only says where the first is.
    heading_countries
        Where a post's heading town lies ("Балаклія: ..."): a dictionary word there is a place
        when a town of these countries bears it, not one far off that it folds onto ("Фото": Fotö).
    """

    code: str
    lemmatiser: str
    letters: str = ""
    locatives: frozenset[str] = frozenset()
    near_words: frozenset[str] = frozenset()
    region_words: dict[str, tuple[str, str]] = field(default_factory=dict)
    settlement_words: dict[str, str] = field(default_factory=dict)
    #: Words after a name that make it a front, not a place: "на Запорізькому напрямку".
    front_words: frozenset[str] = frozenset()
    #: Names that after "на" mean their region, not the town: "на Запоріжжі" (nominative key -> region).
    regions_after_on: dict[str, str] = field(default_factory=dict)
    #: "Харківській, Сумській та Чернігівській областях": the region word closes the whole list.
    list_joiners: frozenset[str] = frozenset()
    preposition_cases: dict[str, frozenset[str]] = field(default_factory=dict)
    heading_countries: frozenset[str] = frozenset()
    direction_words: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()


def _cases(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """``{"ablt": "під над"}`` -> each preposition's cases (a preposition may govern two)."""
    found: dict[str, set[str]] = {}
    for case, words in table.items():
        for word in words.split():
            found.setdefault(word, set()).add(case)
    return {word: frozenset(cases) for word, cases in found.items()}


def _forms(nominative: str, kind: str, endings: str) -> dict[str, tuple[str, str]]:
    """Each ending added to a stem: ``("область", "admin1", "область області")``."""
    return {form: (nominative, kind) for form in endings.split()}


UKRAINIAN_PLACES = PlaceWords(
    code="uk", lemmatiser="pymorphy3:uk", letters="іїєґ",
    locatives=frozenset("у в на з із зі від до по через".split()),
    near_words=frozenset("біля під поблизу поруч неподалік коло поряд довкола навколо".split()),
    front_words=frozenset("напрямку напрямок напрямі напрямках".split()),
    regions_after_on={"запоріжжя": "Zaporizhzhia Oblast"},
    list_joiners=frozenset("та і й або чи".split()),
    heading_countries=frozenset({"UA"}),
    direction_words=frozenset("північніше південніше східніше західніше північно-східніше північно-західніше "
                              "південно-східніше південно-західніше".split()),
    compass_words=frozenset("північ південь схід захід північний-схід північний-захід південний-схід "
                            "південний-захід".split()),
    preposition_cases=_cases({"ablt": "під над за перед між", "loct": "у в на", "gent":
                              "біля поблизу від до з із зі коло поруч неподалік довкола навколо"}),
    region_words={**_forms("область", "admin1", "область області областю обл областях областей областям областями"),
                  **_forms("район", "admin2", "район району районі районом р-н райони районах районів"),
                  **_forms("громада", "admin3", "громада громади громаді громаду громадою громадах")},
    settlement_words={w: "populated" for w in
                      "село селі села селом с місто місті міста містом м селище селищі селища "
                      "селищем смт сел".split()},
)

RUSSIAN_PLACES = PlaceWords(
    code="ru", lemmatiser="pymorphy3:ru", letters="ыэъё",
    locatives=frozenset("в во на из со от до по через".split()),
    near_words=frozenset("возле около под близ вблизи рядом неподалеку неподалёку".split()),
    front_words=frozenset("направлении направление направлениях направления".split()),
    regions_after_on={"запорожье": "Zaporizhzhia Oblast"},
    list_joiners=frozenset("и или".split()),
    heading_countries=frozenset({"UA", "RU", "BY"}),
    direction_words=frozenset("севернее южнее восточнее западнее северо-восточнее северо-западнее "
                              "юго-восточнее юго-западнее".split()),
    compass_words=frozenset("север юг восток запад северо-восток северо-запад юго-восток юго-запад".split()),
    preposition_cases=_cases({"ablt": "под над за перед между", "loct": "в во на", "gent":
                              "у возле около близ вблизи из от до без неподалеку неподалёку", "datv": "по к"}),
    region_words={**_forms("область", "admin1", "область области областью обл областях областей областям областями"),
                  **_forms("район", "admin2", "район района районе районом р-н районы районах районов")},
    settlement_words={w: "populated" for w in
                      "село селе села селом с город городе города городом г поселок посёлок "
                      "поселке посёлке поселка посёлка пгт деревня деревне деревни д".split()},
)
