"""The README tells the truth: its sessions and cookbook answers are real output."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import format_result, run_query

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def cookbook() -> list[tuple[str, str, str]]:
    """(heading, query, expected table) for each cookbook entry."""
    out = []
    section = README.split("## Cookbook", 1)[1].split("\n## ", 1)[0]
    for m in re.finditer(r"### (?P<h>[^\n]+)\n.*?```sparql\n(?P<q>.*?)```\n+```text\n(?P<t>.*?)```", section, re.S):
        out.append((m["h"], m["q"], m["t"]))
    return out


def console_sessions() -> list[tuple[str, str]]:
    return [(m["cmd"], m["out"]) for m in re.finditer(r"```console\n\$ (?P<cmd>[^\n]+)\n(?P<out>.*?)```", README, re.S)]


@pytest.fixture(scope="module")
def sample_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample")
    result = CliRunner().invoke(main, ["build", str(ROOT / "kg" / "samples"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out / "graph.ttl"


def test_readme_cookbook_has_the_questions_users_ask():
    headings = [h for h, _, _ in cookbook()]
    assert len(headings) >= 6, headings


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("entry", cookbook(), ids=[h for h, _, _ in cookbook()])
def test_readme_cookbook_answer_is_real(sample_graph, entry, engine):
    _, query, expected = entry
    got = format_result(run_query(sample_graph, query, engine=engine), fmt="table")
    assert got.rstrip("\n") == expected.rstrip("\n")


def test_readme_sessions_are_real(sample_graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sessions = console_sessions()
    assert sessions
    for cmd, expected in sessions:
        parts = [p.strip() for p in cmd.split("&&")]
        for part in parts:
            argv = shlex.split(part)
            if argv[:1] == ["kg"]:
                argv = [str(ROOT / a) if a == "kg/samples" or a.startswith("kg/samples/") else a for a in argv[1:]]
                result = CliRunner().invoke(main, argv)
                assert result.exit_code == 0, (cmd, result.output)
                if part == parts[-1] and expected.strip():
                    assert result.output.rstrip("\n") == expected.rstrip("\n"), cmd


def test_readme_test_command_is_what_ci_runs():
    test_cmd = "sh tests/setup.sh && python3 -m pytest"
    assert f"$ {test_cmd}" in README
    assert test_cmd in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_documents_every_command():
    for name in main.commands:
        assert f"`kg {name}" in README, name
