"""Rewrite the README's example outputs from a fresh build of the sample articles.

Run from the repository root after a change that alters the sample graph:
    python3 tests/update_readme.py
tests/test_readme.py then checks that every session and cookbook answer is real.
"""
from __future__ import annotations

import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.cli import main  # noqa: E402
from kg.query import format_result, run_query  # noqa: E402


def run_session(cmd: str) -> str:
    output = ""
    for part in (p.strip() for p in cmd.split("&&")):
        argv = shlex.split(part)
        if argv[:1] == ["kg"]:
            argv = [str(ROOT / a) if a == "kg/samples" or a.startswith("kg/samples/") else a for a in argv[1:]]
            result = CliRunner().invoke(main, argv)
            if result.exit_code != 0:
                raise SystemExit(f"{cmd}: exit {result.exit_code}\n{result.output}")
            output = result.output
    return output


def main_() -> None:
    readme_path = ROOT / "README.md"
    text = readme_path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        cwd = os.getcwd()
        os.chdir(tmp)
        try:
            def session(m: re.Match) -> str:
                if "pytest" in m["cmd"]:
                    return m.group(0)
                return f"```console\n$ {m['cmd']}\n{run_session(m['cmd'])}```"

            text = re.sub(r"```console\n\$ (?P<cmd>[^\n]+)\n(?P<out>.*?)```", session, text, flags=re.S)
            graph = Path(tmp) / "output" / "graph.ttl"

            def answer(m: re.Match) -> str:
                got = format_result(run_query(graph, m["q"], engine="rdflib"), fmt="table")
                return f"```sparql\n{m['q']}```\n\n```text\n{got.rstrip()}\n```"

            head, cook = text.split("## Cookbook", 1)
            cook_body, rest = cook.split("\n## ", 1)
            cook_body = re.sub(r"```sparql\n(?P<q>.*?)```\n+```text\n(?P<t>.*?)```", answer, cook_body, flags=re.S)
            text = head + "## Cookbook" + cook_body + "\n## " + rest
        finally:
            os.chdir(cwd)
    readme_path.write_text(text, encoding="utf-8")
    print(f"updated {readme_path}")


if __name__ == "__main__":
    main_()
