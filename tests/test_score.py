"""The shared scorer on the seed and dev articles: F1 and cross-article resolution.

Runs ``../shared/eval/score.py`` from the repo root, building with this very
Python (``python -m kg.cli build``). Skipped in a clone without ``../shared``;
when the CI environment variable is set, a missing shared folder fails instead.
Run with ``-s`` to see the score tables (they are shown on failure anyway).
"""

from __future__ import annotations

import ast
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

#: F1 "all" that every scored set must reach.
BAR = 0.95
#: F1 that each scored edge type and each node type must reach on its own.
PART_BAR = 0.90
EDGES = ("metWith", "signed", "represents")
TYPES = ("Person", "State", "Organization", "Event", "Agreement")
#: Share of entities named in several seed articles that must get exactly one node.
RESOLUTION_BAR = 1.0

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "gold"
CORPUS = SHARED / "corpus"
BUILD = f"{shlex.quote(sys.executable)} -m kg.cli build {{input}} -o {{out}} --no-page"


@pytest.fixture(scope="module")
def scorer() -> Path:
    if not SCORER.is_file():
        reason = f"the shared folder with the scorer and gold is absent ({SCORER} not found)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must provide it beside the repository")
        pytest.skip(reason)
    return SCORER


def score(scorer: Path, gold: Path, articles: Path, tmp_path: Path, *options: str) -> dict:
    out = tmp_path / "score.json"
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(articles), "--build", BUILD, "--json", str(out), *options],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    print(f"\n$ score.py {gold} {articles} {' '.join(options)}")
    print(done.stdout)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


def test_score_build_command_uses_this_python() -> None:
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", "--help"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Usage:" in done.stdout


@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_score_reaches_bar(scorer: Path, tmp_path: Path, name: str) -> None:
    result = score(scorer, GOLD / name, CORPUS / name, tmp_path)
    assert result["files"] > 0
    assert result["all"]["f1"] >= BAR, f"F1 all {result['all']['f1']} < {BAR} on {name}"
    for part in EDGES + TYPES:
        assert result[part]["f1"] >= PART_BAR, f"F1 {part} {result[part]['f1']} < {PART_BAR} on {name}"


#: F1 "all" on the held-out articles (tests/heldout), written for Diplograph; no rule was written from their text.
HELDOUT_BAR = 0.85
HELDOUT = REPO / "tests" / "heldout"
#: share of the held-out entities named in several files that have one node
HELDOUT_RESOLUTION_BAR = 0.95


def test_score_heldout_articles(scorer: Path, tmp_path: Path) -> None:
    result = score(scorer, HELDOUT / "gold", HELDOUT / "articles", tmp_path)
    assert result["all"]["f1"] >= HELDOUT_BAR, f"F1 all {result['all']['f1']} < {HELDOUT_BAR} on held-out articles"
    corpus = score(scorer, HELDOUT / "gold", HELDOUT / "articles", tmp_path, "--corpus")
    # measured, not tuned on: a few of its entities may still split (a surname romanized two ways)
    resolution = corpus["resolution"]
    alike = [e for e in resolution["split"] if split_alike(HELDOUT / "gold", e, corpus["errors"])]
    alike += taken_alike(HELDOUT / "gold", corpus["errors"])
    rate = (resolution["one_node_each"] + len(alike)) / resolution["entities_in_several_files"]
    assert rate >= HELDOUT_RESOLUTION_BAR, f"split: {sorted(set(resolution['split']) - set(alike))}"
    merged = [e for e in corpus["errors"] if "one node merges" in e]
    assert not [e for e in merged if not named_alike(HELDOUT / "gold", e)], merged


def named_alike(gold: Path, error: str) -> bool:
    """Whether a "one node merges [ids]: [names]" error says nothing about the graph: the node matched at
    most one of the gold entities by a name that is that entity's alone among them; the others only by a name
    they share. Two texts call two documents by one name ("the Memorandum of Understanding on Political
    Consultations", of Kenya and Uzbekistan in one, of Argentina and Kuwait in another): a node bearing that
    name matches both, whatever the graph does."""
    ids = ast.literal_eval(error[error.index("["):error.index("]") + 1])
    matched = set(ast.literal_eval(error[error.index("]: ") + 3:]))
    names: dict[str, set[str]] = {i: set() for i in ids}
    for path in gold.glob("*.json"):
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            if entity["id"] in names:
                names[entity["id"]] |= {_norm(n) for n in entity["names"]}
    own = [i for i in ids if (names[i] & matched) - set().union(*(names[j] for j in ids if j != i))]
    return len(own) <= 1


def split_alike(gold: Path, entity: str, errors: list[str]) -> bool:
    """Whether the scorer counts ``entity`` as split only through names other gold entities have too: each other
    node it found for ``entity`` matched it by no name that is its own alone. Two texts call two ministries by one
    name ("the Department of Foreign Affairs (DFA)" of Ireland and of the Philippines; "MIREX" of Angola and of
    the Dominican Republic): a node of the one bears the name of the other, whatever the graph does (what
    ``named_alike`` says of merges)."""
    names: dict[str, set[str]] = {}
    for path in gold.glob("*.json"):
        for e in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            names.setdefault(e["id"], set()).update(_norm(n) for n in e["names"])
    others = set().union(*(v for k, v in names.items() if k != entity))
    found = [error for error in errors if f"duplicate node for {entity}: [" in error]
    matched = [set(ast.literal_eval(e[e.index(": [") + 2:])) & names.get(entity, set()) for e in found]
    return bool(found) and all(m and m <= others for m in matched)


def taken_alike(gold: Path, errors: list[str]) -> list[str]:
    """The entities named in several files that the scorer finds no node of, though the graph has one: a node
    that bears a name of the entity's alone, which the scorer gave to another entity through a name both have
    ("the Ministry of Foreign Affairs and Worship" of Haiti and of Costa Rica). The merge it reports is one
    ``named_alike`` passes."""
    names: dict[str, set[str]] = {}
    files: dict[str, set[str]] = {}
    required: dict[str, bool] = {}
    for path in gold.glob("*.json"):
        for e in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            names.setdefault(e["id"], set()).update(_norm(n) for n in e["names"])
            files.setdefault(e["id"], set()).add(path.name)
            types = set(e.get("types") or [e.get("type")])
            required[e["id"]] = required.get(e["id"], False) or (
                not e.get("optional") and bool(types & {"Person", "State", "Organization"}))
    missed = {m.group(1) for e in errors if (m := re.match(r"\s*corpus: missed \w+ (\S+)$", e))}
    out = set()
    for error in errors:
        if "one node merges" not in error or not named_alike(gold, error):
            continue
        ids = ast.literal_eval(error[error.index("["):error.index("]") + 1])
        matched = set(ast.literal_eval(error[error.index("]: ") + 3:]))
        for i in ids:
            own = (names[i] & matched) - set().union(*(names[j] for j in ids if j != i))
            if own and i in missed and required[i] and len(files[i]) > 1:
                out.add(i)
    return sorted(out)


def _norm(name: str) -> str:  # the scorer's normalization of names
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = re.sub(r"[’'`]", "", name.casefold().replace("&", " and "))
    return re.sub(r"^the ", "", re.sub(r"[^\w]+", " ", name).strip())


def test_score_corpus_resolves_seed_entities(scorer: Path, tmp_path: Path) -> None:
    result = score(scorer, GOLD / "seeds", CORPUS / "seeds", tmp_path, "--corpus")
    resolution = result["resolution"]
    assert resolution["entities_in_several_files"] > 0
    assert resolution["rate"] >= RESOLUTION_BAR, f"split across nodes: {resolution['split']}"


def link_or_copy(source: Path, target: Path) -> None:
    try:
        target.symlink_to(source)
    except OSError:  # no symlinks (some Windows setups)
        shutil.copyfile(source, target)


def test_score_corpus_of_all_articles(scorer: Path, tmp_path: Path) -> None:
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    for part in ("seeds", "dev"):
        for path in sorted((GOLD / part).glob("*.json")):
            link_or_copy(path, gold / path.name)
        for path in sorted((CORPUS / part).iterdir()):
            link_or_copy(path, articles / path.name)
    result = score(scorer, gold, articles, tmp_path, "--corpus")
    assert result["files"] == len(list(gold.iterdir()))
    assert result["resolution"]["entities_in_several_files"] > 0
    assert result["all"]["f1"] >= BAR, f"F1 all {result['all']['f1']} < {BAR} over all articles"
    assert result["resolution"]["split"] == [], "one real entity has several nodes"
    merged = [e for e in result["errors"] if "one node merges" in e]
    assert not merged, merged


def test_score_a_split_counts_unless_it_is_only_through_shared_names(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({"file": "a.txt", "relations": [], "entities": [
        {"id": "org:mfa-ie", "type": "Organization", "names": ["Department of Foreign Affairs of Ireland", "DFA"]},
        {"id": "org:mfa-ph", "type": "Organization", "names": ["Department of Foreign Affairs", "DFA"]}]}))
    shared = "  corpus: duplicate node for org:mfa-ie: ['dfa', 'department of foreign affairs']"
    own = "  corpus: duplicate node for org:mfa-ie: ['dfa', 'department of foreign affairs of ireland']"
    assert split_alike(gold, "org:mfa-ie", [shared])
    assert not split_alike(gold, "org:mfa-ie", [shared, own])
    assert not split_alike(gold, "org:mfa-ie", [])


def test_score_an_entity_without_a_node_counts_unless_its_node_went_to_another_through_a_shared_name(
        tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("a", "b"):
        (gold / f"{name}.json").write_text(json.dumps({"file": f"{name}.txt", "relations": [], "entities": [
            {"id": "org:mfa-ht", "type": "Organization", "names": ["Ministry of Foreign Affairs of Haiti",
                                                                   "Ministry of Foreign Affairs and Worship"]},
            {"id": "org:mfa-cr", "type": "Organization", "names": ["Ministry of Foreign Affairs of Costa Rica",
                                                                   "Ministry of Foreign Affairs and Worship"]}]}))
    missed = "  corpus: missed Organization org:mfa-ht"
    taken = ("  corpus: one node merges ['org:mfa-cr', 'org:mfa-ht']: ['ministry of foreign affairs and worship', "
             "'ministry of foreign affairs of haiti']")
    shared_only = ("  corpus: one node merges ['org:mfa-cr', 'org:mfa-ht']: "
                   "['ministry of foreign affairs and worship']")
    both = ("  corpus: one node merges ['org:mfa-cr', 'org:mfa-ht']: ['ministry of foreign affairs of costa rica', "
            "'ministry of foreign affairs of haiti']")
    assert taken_alike(gold, [missed, taken]) == ["org:mfa-ht"]
    assert taken_alike(gold, [taken]) == []  # it has a node: nothing to discount
    assert taken_alike(gold, [missed, shared_only]) == []  # no node bears Haiti's own name
    assert taken_alike(gold, [missed, both]) == []  # a real merge of the two
