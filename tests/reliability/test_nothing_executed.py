"""Nothing in the tool evaluates, unpickles or shells out on input: checked over the source."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: what would run a report's text, or a file's bytes, as code or as a command
FORBIDDEN = re.compile(r"\beval\(|\bexec\(|\bpickle\b|\bimport marshal\b|\bmarshal\.loads?\(|shell\s*=\s*True|os\.system\(|os\.popen\(|"
                       r"yaml\.load\(|\bsubprocess\b|__import__\(|compile\(")


def test_no_eval_exec_pickle_or_shell_in_the_packages():
    found = []
    for package in ("gazetteer", "geo", "maps", "incidentmap"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#", 1)[0]
                if FORBIDDEN.search(code) and "re.compile(" not in code:
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []
