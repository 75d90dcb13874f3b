"""The README's console examples are what the commands print: each one is run and compared.

A ``console`` block in README.md (or a page of docs/) is a run of ``$ incidentmap ...`` lines,
each followed by what it prints (stdout, then stderr). A command may read stdin from
``printf '...' |``; a comment saying ``exit N`` is the exit code it must end with (else 0);
``...`` in the shown output stands for text left out (paths, versions). The commands run in
order, in-process, from a scratch folder that sees the checkout's ``examples/``, on a data
directory holding only the embedded default.
"""

import doctest
import io
import re
import shlex
import sys
from pathlib import Path

import pytest

from incidentmap.cli import main

ROOT = Path(__file__).parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def console_blocks(text: str) -> list[list[tuple[str, str]]]:
    """Each ``console`` block of a Markdown text as (command line, shown output) pairs.

    >>> console_blocks("```console\\n$ incidentmap resolve X   # exit 3\\nX: unresolved\\n\\n$ b\\n```\\n")
    [[('incidentmap resolve X   # exit 3', 'X: unresolved\\n'), ('b', '')]]
    """
    blocks = []
    for block in re.findall(r"^```console\n(.*?)^```", text, flags=re.S | re.M):
        pairs: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                pairs.append((line[2:], []))
            elif pairs:
                pairs[-1][1].append(line)
        blocks.append([(command, "".join(f"{line}\n" for line in "\n".join(shown).strip("\n").splitlines()))
                       for command, shown in pairs])
    return blocks


def parse(line: str) -> tuple[list[str], str | None, int]:
    """A command line as (incidentmap's arguments, stdin or None, the exit code it must end with)."""
    comment = re.search(r"\s#\s(.*)$", line)
    expected = re.search(r"\bexit (\d+)", comment.group(1)) if comment else None
    words = shlex.split(line, comments=True)
    stdin = None
    if "|" in words:
        cut = words.index("|")
        producer, words = words[:cut], words[cut + 1:]
        assert producer[0] == "printf" and len(producer) == 2, f"the tour cannot run {line!r}"
        stdin = producer[1].encode().decode("unicode_escape")
    assert words[0] == "incidentmap", f"the tour shows a command the test cannot run: {line!r}"
    return words[1:], stdin, int(expected.group(1)) if expected else 0


BLOCKS = [(f"{page.name}:{n}", block) for page in PAGES if page.exists()
          for n, block in enumerate(console_blocks(page.read_text(encoding="utf-8")), 1)]


def test_the_readme_has_a_tour():
    assert any(name.startswith("README.md:") and block for name, block in BLOCKS)


@pytest.mark.parametrize("name, block", BLOCKS, ids=[name for name, _ in BLOCKS])
def test_every_command_prints_what_the_page_shows(name, block, home, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    checker, differences = doctest.OutputChecker(), []
    for line, shown in block:
        argv, stdin, code_wanted = parse(line)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((stdin or "").encode()), encoding="utf-8"))
        try:
            code = main(argv)
        except SystemExit as raised:
            code = raised.code
        out, err = capsys.readouterr()
        # trailing blanks do not survive an editor: compare what is left of each line
        printed = "".join(f"{text.rstrip()}\n" for text in (out + err).splitlines())
        if code != code_wanted or not checker.check_output(shown, printed, doctest.ELLIPSIS):
            example = doctest.Example(line, shown)
            differences.append(f"$ {line}\nexit {code}, wanted {code_wanted}\n"
                               + checker.output_difference(example, printed, doctest.ELLIPSIS))
    assert not differences, f"{name}: the page and the commands differ\n" + "\n".join(differences)
