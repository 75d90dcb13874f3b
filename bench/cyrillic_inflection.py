"""How well each lemmatiser turns inflected Ukrainian and Russian place names back into gazetteer keys.

For the places of Ukraine in the embedded gazetteer, the one-word Cyrillic
names GeoNames gives them (``UA.zip``, alternate names) are declined by
pymorphy3 into the locative, genitive and instrumental; each lemmatiser of
:mod:`geo.inflection` then gets the declined form back, and we count how often

- ``any``: one of its candidates is a key the gazetteer has for the same place;
- ``first``: the first candidate the gazetteer knows (what recognition keeps) is one.

The declined forms come from pymorphy3 itself, which favours it where its
predictor declines a name wrongly; ``dictionary`` rows count only names its
dictionaries hold, whose forms are right.

    PYTHONPATH=. python bench/cyrillic_inflection.py ../shared/geonames/UA.zip
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import sys
import time
import zipfile
from collections import Counter

from gazetteer import name_key
from gazetteer.index import default_index
from geo.inflection import _analyzer, _both, _morph_nominatives, nominatives, rule_nominatives

_UK = set("іїєґІЇЄҐ")
_RU = set("ыэъёЫЭЪЁ")
_CASES = ("loct", "gent", "ablt")


def _names(path: str, known_ids: set[int]):
    with zipfile.ZipFile(path) as archive, archive.open("UA.txt") as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            row = line.split("\t")
            if row[6] != "P" or int(row[0]) not in known_ids:
                continue
            for name in row[3].split(","):
                if " " in name or "-" in name or not ("\u0400" <= name[:1] <= "\u04ff"):
                    continue
                letters = set(name)
                language = "uk" if letters & _UK else "ru" if letters & _RU else "ru"
                yield int(row[0]), name, language


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zip")
    parser.add_argument("--sample", type=int, default=4000, help="names per language")
    args = parser.parse_args(argv)
    index = default_index(progress=False)
    ids = index._geonameid
    ua_rows = [row for row in range(len(index)) if index.country(row) == "UA"]
    known_ids = {int(ids[row]) for row in ua_rows}
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    _analyzer("uk"), _analyzer("ru")
    load = time.perf_counter() - start
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"pymorphy3 uk+ru dictionaries: load {load:.2f} s, max RSS +{(rss1 - rss0) / 1024:.0f} MB")

    names = list(_names(args.zip, known_ids))
    random.Random(14).shuffle(names)
    by_language: dict[str, list] = {"uk": [], "ru": []}
    for gid, name, language in names:
        if len(by_language[language]) < args.sample:
            by_language[language].append((gid, name))
    for language, sample in by_language.items():
        morph = _analyzer(language)
        tests = []  # (geonameid, form, known to the dictionary)
        for gid, name in sample:
            parses = [p for p in morph.parse(name) if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF")]
            if not parses:
                continue
            parse = parses[0]
            in_dictionary = type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
            for case in _CASES:
                form = parse.inflect({case})
                if form is not None and form.word != parse.word:
                    word = form.word[:1].upper() + form.word[1:]
                    tests.append((gid, word, in_dictionary))
        methods = {"pymorphy3": lambda w, lang=language: _morph_nominatives(w, lang), "rules": rule_nominatives,
                   "both": lambda w, lang=language: nominatives(w, f"pymorphy3:{lang}")}
        for method, lemmatise in methods.items():
            counts: Counter = Counter()
            started = time.perf_counter()
            results = [lemmatise(word) for _, word, _ in tests]
            elapsed = time.perf_counter() - started
            for (gid, word, in_dictionary), candidates in zip(tests, results):
                keys = [name_key(c) for c in candidates[1:]]
                rights = [gid in {int(ids[r]) for r in index.lookup(k)} for k in keys]
                first = next((right for k, right in zip(keys, rights) if index.knows(k)), False)
                for group in ("all", "dictionary" if in_dictionary else "predicted"):
                    counts[group] += 1
                    counts[group, "any"] += any(rights)
                    counts[group, "first"] += first
                counts["candidates"] += len(keys)
            _morph_nominatives.cache_clear(), rule_nominatives.cache_clear(), _both.cache_clear()
            print(f"{language} {method:9s} {len(tests)} forms, {elapsed / max(len(tests), 1) * 1e6:.0f} µs/word "
                  f"uncached, {counts['candidates'] / max(len(tests), 1):.1f} candidates/word")
            for group in ("all", "dictionary", "predicted"):
                n = counts[group]
                if n:
                    print(f"    {group:10s} n={n:5d}  any {counts[group, 'any'] / n:6.1%}  "
                          f"first {counts[group, 'first'] / n:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
