"""The first real input: the two articles of 11 March 2022 in ``../shared/seeds``.

Imports ``../shared/geonames/UA.zip`` into a scratch data directory (the embedded index
is copied, not rebuilt), extracts the incidents with the report date 2022-03-11, and
checks each incident the project was born to get right, printing what it found:

- Lutsk airfield strike, 4 killed, 6 injured; Ivano-Frankivsk airfield strike;
- the hospital near Izyum (precision 2); Volnovakha captured;
- Mariupol, at least 1,582 civilians killed; Dnipro airstrikes, at least 1 killed;
- Kerdylivshchyna shelling, 2 killed; Kopani fired upon, in Belarus or unresolved;
- no incident at Moscow, Geneva or Turkey.

Exit code 0 when every check holds, 1 otherwise. Run::

    python bench/seed_check.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def main() -> int:
    seeds, dump = SHARED / "seeds", SHARED / "geonames" / "UA.zip"
    if not seeds.is_dir() or not dump.is_file():
        print(f"seed_check: {seeds} or {dump} not found (the check needs ../shared)", file=sys.stderr)
        return 2
    from gazetteer import default_index
    from gazetteer.index import index_path

    default_index()
    home = Path(tempfile.mkdtemp(prefix="incidentmap-seeds-"))
    shutil.copy(index_path(), home / index_path().name)
    os.environ["INCIDENTMAP_HOME"] = str(home)
    try:
        from gazetteer.importer import import_files
        from geo import Report, extract

        import_files([dump, SHARED / "geonames" / "admin1CodesASCII.txt"], progress=False)
        reports = [Report(p.name, p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))]
        incidents = extract(reports, date="2022-03-11")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    for i in incidents:
        print(f"  {i.event_type:24} {i.place_name:16} -> {i.name or '(unresolved)':16} {i.country_code or '':2} "
              f"p{i.geo_precision or '-'} killed {i.fatalities} injured {i.injuries} target {i.target}")

    def find(place, types=None):
        return [i for i in incidents if i.place_name == place and (types is None or i.event_type in types)]

    remote = {"airstrike", "missile_or_drone_strike", "shelling", "attack_on_facility"}
    checks = {
        "Lutsk airfield strike, 4 killed, 6 injured": any(
            i.target == "airfield" and (i.fatalities, i.injuries) == (4, 6) for i in find("Lutsk", remote)),
        "Ivano-Frankivsk airfield strike": any(i.target == "airfield" for i in find("Ivano-Frankivsk", remote)),
        "hospital near Izyum, precision 2": any(
            i.target == "hospital" and i.geo_precision == 2 for i in find("Izyum", remote)),
        "Volnovakha captured": bool(find("Volnovakha", {"territory_captured"})),
        "Mariupol, at least 1,582 killed": any(i.fatalities == 1582 for i in find("Mariupol")),
        "Dnipro airstrikes, at least 1 killed": any(i.fatalities == 1 for i in find("Dnipro", {"airstrike"})),
        "Kerdylivshchyna shelling, 2 killed": any(
            i.fatalities == 2 and i.name == "Kerdylivshchyna" for i in find("Kerdylivshchyna", {"shelling"})),
        "Kopani in Belarus or unresolved": bool(find("Kopani")) and all(
            i.country_code in (None, "BY") for i in find("Kopani")),
        "no incident at Moscow, Geneva or Turkey": not any(
            find(place) for place in ("Moscow", "Geneva", "Turkey")),
    }
    for label, held in checks.items():
        print(f"{'ok  ' if held else 'FAIL'} {label}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
