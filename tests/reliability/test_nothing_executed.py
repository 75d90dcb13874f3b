"""Nothing in the tool evaluates, unpickles or shells out on input: checked over the source."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: what would run a report's text, or a file's bytes, as code or as a command
FORBIDDEN = re.compile(r"\beval\(|\bexec\(|\bpickle\b|\bimport marshal\b|\bmarshal\.loads?\(|shell\s*=\s*True|os\.system\(|os\.popen\(|"
                       r"yaml\.load\(|\bsubprocess\b|__import__\(|compile\(")


#: The one module that starts a process: this interpreter, on a fixed line of code, to build the
#: index apart (an argument list, never a shell; no report text reaches it).
CHILD_PROCESS = {"gazetteer/apart.py": re.compile(r"\bsubprocess\b")}


def test_no_eval_exec_pickle_or_shell_in_the_packages():
    found = []
    for package in ("gazetteer", "geo", "maps", "incidentmap"):
        for path in sorted((ROOT / package).rglob("*.py")):
            allowed = CHILD_PROCESS.get(path.relative_to(ROOT).as_posix())
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#", 1)[0]
                if allowed is not None:
                    code = allowed.sub("", code)
                if FORBIDDEN.search(code) and "re.compile(" not in code:
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_the_child_process_runs_this_interpreter_without_a_shell():
    source = (ROOT / "gazetteer" / "apart.py").read_text(encoding="utf-8")
    assert "subprocess.Popen([sys.executable, " in source
    assert "shell" not in source.replace("no shell", "")
