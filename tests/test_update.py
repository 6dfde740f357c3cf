"""Growing a graph (issue 7): ``kg add`` / ``kg build --update``, ``kg remove``, the facts cache.

The rule every test checks in the end: whatever path led to an output folder, its
files are byte for byte those of one full ``kg build`` of the same articles.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from articles_factory import article, write_corpus
from kg.build import build
from kg.cli import main
from kg.model import ArticleFacts
from kg.query import run_query
from kg.state import STATE_DIR, BuildState, facts_from_json, facts_to_json

OUTPUTS = ("graph.ttl", "graph.html")


def invoke(*args: object):
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args])


def files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def full_build(tmp_path: Path, *inputs: Path) -> dict[str, bytes]:
    out = tmp_path / f"full-{len(list(tmp_path.iterdir()))}"
    result = invoke("build", *inputs, "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    return files(out)


def graph_of_a(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """``kg build a -o out``: the folder, and its files as built."""
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "a", "-o", out, "-q").exit_code == 0
    return out, files(out)


def labels(out: Path) -> set[str]:
    rows = run_query(out / "graph.ttl", "SELECT ?l WHERE { ?x a dg:Person ; rdfs:label ?l }").rows
    return {label for (label,) in rows}


@pytest.fixture
def corpus(tmp_path: Path) -> dict[str, list[Path]]:
    return {"a": write_corpus(tmp_path / "a", range(0, 4)), "b": write_corpus(tmp_path / "b", range(4, 8))}


def test_update_adds_articles_and_equals_a_full_build(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "a", "-o", out, "-q").exit_code == 0
    before = labels(out)
    result = invoke("add", tmp_path / "b", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.output.startswith("8 articles -> ")
    assert before < labels(out)
    assert files(out) == full_build(tmp_path, tmp_path / "a", tmp_path / "b")


def test_update_flag_of_build_is_kg_add(tmp_path: Path, corpus) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for out in (one, two):
        assert invoke("build", tmp_path / "a", "-o", out, "-q").exit_code == 0
    assert invoke("add", tmp_path / "b", "-o", one, "-q").exit_code == 0
    assert invoke("build", "--update", tmp_path / "b", "-o", two, "-q").exit_code == 0
    assert files(one) == files(two)


def test_update_adding_the_same_article_again_changes_nothing(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "a", tmp_path / "b", "-o", out, "-q").exit_code == 0
    before = files(out)
    manifest = (out / STATE_DIR / "manifest.json").read_bytes()
    for again in (corpus["a"][1], tmp_path / "b", tmp_path / "a"):
        assert invoke("add", again, "-o", out, "-q").exit_code == 0
        assert files(out) == before
        assert (out / STATE_DIR / "manifest.json").read_bytes() == manifest


def test_update_a_changed_file_replaces_only_its_own_facts(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "a", tmp_path / "b", "-o", out, "-q").exit_code == 0
    changed = corpus["a"][0]
    old_text = changed.read_text(encoding="utf-8")
    new_text = old_text.replace("Aibek", "Bolat")
    assert new_text != old_text
    changed.write_text(new_text, encoding="utf-8")
    assert invoke("add", changed, "-o", out, "-q").exit_code == 0
    after = labels(out)
    assert any(name.startswith("Bolat ") for name in after)
    assert not any(name.startswith("Aibek ") for name in after)
    assert files(out) == full_build(tmp_path, tmp_path / "a", tmp_path / "b")


def test_update_keeps_articles_whose_file_is_gone(tmp_path: Path, corpus) -> None:
    out, before = graph_of_a(tmp_path)
    reference = tmp_path / "reference"
    shutil.copytree(tmp_path / "a", reference)
    shutil.rmtree(tmp_path / "a")
    assert invoke("add", tmp_path / "b", "-o", out, "-q").exit_code == 0
    assert files(out) != before
    shutil.copytree(reference, tmp_path / "a")
    assert files(out) == full_build(tmp_path, tmp_path / "a", tmp_path / "b")


def test_update_with_only_bad_input_keeps_everything(tmp_path: Path, corpus) -> None:
    out, before = graph_of_a(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke("add", empty, "-o", out)
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.stderr
    assert files(out) == before


def test_update_refuses_a_graph_without_state(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "a", "-o", out, "-q").exit_code == 0
    shutil.rmtree(out / STATE_DIR)
    before = files(out)
    result = invoke("add", tmp_path / "b", "-o", out)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "no build state" in result.stderr
    assert files(out) == before


def test_update_into_an_empty_folder_is_a_build(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    assert invoke("add", tmp_path / "a", "-o", out, "-q").exit_code == 0
    assert files(out) == full_build(tmp_path, tmp_path / "a")


# --- remove -----------------------------------------------------------------------


def test_remove_by_file_equals_a_build_without_it(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "a", tmp_path / "b", "-o", out, "-q").exit_code == 0
    gone = corpus["b"][0]
    result = invoke("remove", gone, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.output.startswith("7 articles -> ")
    gone.unlink()
    assert files(out) == full_build(tmp_path, tmp_path / "a", tmp_path / "b")


def test_remove_by_id_folder_and_prefix(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "a", tmp_path / "b", "-o", out, "-q").exit_code == 0
    entries = sorted(BuildState.open(out).entries.values(), key=lambda e: e.id)
    by_source = {Path(e.source).name: e.id for e in entries}
    first, second = by_source[corpus["a"][0].name], by_source[corpus["a"][1].name]
    assert invoke("remove", first, second[:8], tmp_path / "b", "-o", out, "-q").exit_code == 0
    assert files(out) == full_build(tmp_path, *corpus["a"][2:])


def test_remove_keeps_entities_other_articles_support(tmp_path: Path) -> None:
    """Two articles about the same two people; removing one leaves both people, with one source."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = article(0)[1]
    (folder / "first.txt").write_text(text, encoding="utf-8")
    (folder / "second.txt").write_text(text.replace("Discuss Cooperation", "Meet Again"), encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("build", folder, "-o", out, "-q").exit_code == 0
    people = labels(out)
    assert invoke("remove", folder / "first.txt", "-o", out, "-q").exit_code == 0
    assert labels(out) == people
    rows = run_query(out / "graph.ttl", "SELECT DISTINCT ?a WHERE { ?p a dg:Person ; prov:wasDerivedFrom ?a }").rows
    assert len(rows) == 1
    assert invoke("remove", folder / "second.txt", "-o", out, "-q").exit_code == 0
    assert labels(out) == set()


def test_remove_unknown_article_changes_nothing(tmp_path: Path, corpus) -> None:
    out, before = graph_of_a(tmp_path)
    result = invoke("remove", "no-such-article", corpus["a"][0], "-o", out)
    assert result.exit_code == 1
    assert "no-such-article" in result.stderr and result.stderr.count("\n") == 1
    assert files(out) == before


def test_remove_without_a_graph_is_an_error(tmp_path: Path) -> None:
    result = invoke("remove", "abc", "-o", tmp_path / "nothing")
    assert result.exit_code == 1
    assert "no article matches" in result.stderr


# --- the facts cache ------------------------------------------------------------


def test_state_cache_is_used_and_gives_the_same_bytes(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    first = build([tmp_path / "a"], out)
    assert first.extracted == 4
    before = files(out)
    again = build([tmp_path / "a"], out)
    assert again.extracted == 0
    assert files(out) == before
    grown = build([tmp_path / "a", tmp_path / "b"], out)
    assert grown.extracted == 4
    assert files(out) == full_build(tmp_path, tmp_path / "a", tmp_path / "b")


def packs(out: Path) -> list[Path]:
    return sorted((out / STATE_DIR / "packs").glob("*.jsonl"))


def cached(out: Path) -> dict[str, bytes]:
    """Each cache entry's record, by content hash, as the packs hold them (the newest pack wins)."""
    entries = {}
    for pack in packs(out):
        for line in pack.read_bytes().splitlines():
            digest, _, record = line.partition(b"\t")
            entries[digest.decode()] = record
    return entries


def rewrite_entry(out: Path, digest: str, record: bytes | None) -> None:
    """Put ``record`` in place of the cached record of ``digest`` (None: take its line out)."""
    for pack in packs(out):
        lines = pack.read_bytes().splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith(digest.encode())]
        if len(kept) < len(lines):
            if record is not None:
                kept.append(digest.encode() + b"\t" + record + b"\n")
            pack.write_bytes(b"".join(kept))


def test_state_cache_is_written_by_the_extraction_workers(tmp_path: Path, corpus) -> None:
    """With --jobs 2 each worker writes its articles' cache entries; the next build extracts none,
    whatever --jobs, and the bytes are those of a one-process build."""
    out = tmp_path / "out"
    first = build([tmp_path / "a", tmp_path / "b"], out, jobs=2)
    assert first.extracted == 8
    assert len(cached(out)) == 8
    # The workers wrote one pack per chunk of work; the commit merged those small packs into one.
    assert len(packs(out)) == 1
    again = build([tmp_path / "a", tmp_path / "b"], out, jobs=1)
    assert again.extracted == 0
    assert files(out) == full_build(tmp_path, tmp_path / "a", tmp_path / "b")


@pytest.mark.parametrize("damage", ["truncate", "garbage", "wrong-shape", "wrong-item", "other-article", "delete",
                                    "pickle", "huge-numbers"])
def test_state_damaged_cache_entry_is_extracted_again(tmp_path: Path, corpus, damage: str) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    reference = files(out)
    entries = cached(out)
    assert len(entries) == 4
    (victim, record), (_, other) = sorted(entries.items())[:2]
    if damage == "truncate":
        record = record[:100]
    elif damage == "garbage":
        record = b"\xff\xfe\x00 not json"
    elif damage == "wrong-shape":
        data = json.loads(record)
        data["facts"]["entities"] = [{"key": 1}]
        record = json.dumps(data).encode()
    elif damage == "wrong-item":  # right shape, but a number among the names
        data = json.loads(record)
        data["facts"]["entities"][0]["aliases"].append(7)
        record = json.dumps(data).encode()
    elif damage == "other-article":
        record = other
    elif damage == "delete":
        record = None
    elif damage == "pickle":  # its bytes hold newlines: the rest of them are not entries
        import pickle
        record = pickle.dumps(ArticleFacts)
    elif damage == "huge-numbers":
        record = b"[" * 100_000 + b"]" * 100_000
    rewrite_entry(out, victim, record)
    report = build([tmp_path / "a"], out)
    assert report.extracted == 1
    assert files(out) == reference
    assert len(cached(out)) == 4
    # An update must also recover the article itself from its file when its entry is damaged.
    rewrite_entry(out, victim, b"{")
    report = build([tmp_path / "b"], out, update=True)
    assert report.problems == []
    assert files(out) == full_build(tmp_path, tmp_path / "a", tmp_path / "b")


def test_state_pack_cut_short_loses_only_its_last_entries(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    reference = files(out)
    (pack,) = packs(out)
    data = pack.read_bytes()
    pack.write_bytes(data[:data.rindex(b"\n", 0, len(data) - 1) + 40])  # the last line cut after its hash
    assert build([tmp_path / "a"], out).extracted == 1
    assert files(out) == reference
    assert len(cached(out)) == 4


def test_state_packs_are_merged_and_the_newest_copy_of_an_entry_wins(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    first = packs(out)
    build([tmp_path / "a"], out)
    assert packs(out) == first  # one pack of live entries stays as it is, however small
    # Four updates of one article each: each commit merges the small packs into one.
    for path in corpus["b"]:
        build([path], out, update=True)
        assert len(packs(out)) == 1
    assert packs(out) != first
    assert len(cached(out)) == 8
    assert files(out) == full_build(tmp_path, tmp_path / "a", tmp_path / "b")
    # A stale copy of an entry in an older pack loses to the newer one, and is dropped at the next commit.
    digest, record = sorted(cached(out).items())[0]
    data = json.loads(record)
    data["extractor"] = "another version"
    old = out / STATE_DIR / "packs" / "00000000-000000000000.jsonl"
    old.write_bytes(digest.encode() + b"\t" + json.dumps(data).encode() + b"\n")
    assert build([tmp_path / "a", tmp_path / "b"], out).extracted == 0
    assert not old.exists()
    assert len(cached(out)) == 8


def test_state_entries_of_the_one_file_per_article_layout_are_moved_into_packs(tmp_path: Path, corpus) -> None:
    """A graph built before packs keeps its cache: the entries are read, then moved into packs."""
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    reference = files(out)
    for digest, record in cached(out).items():
        legacy = out / STATE_DIR / "facts" / digest[:2] / f"{digest}.json"
        legacy.parent.mkdir(parents=True, exist_ok=True)
        legacy.write_bytes(record)
    shutil.rmtree(out / STATE_DIR / "packs")
    for path in corpus["a"]:
        path.unlink()  # only the cache holds the articles now
    report = build([tmp_path / "b"], out, update=True)
    assert report.problems == [] and report.extracted == 4
    assert not (out / STATE_DIR / "facts").exists()
    assert len(cached(out)) == 8
    assert build([], out, remove=[str(corpus["b"][0])]).extracted == 0


def test_state_lost_entry_whose_file_is_gone_is_reported(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    for pack in packs(out):
        pack.write_bytes(b"")
    corpus["a"][0].unlink()
    report = build([tmp_path / "b"], out, update=True)
    assert [p.path for p in report.problems] == [str(corpus["a"][0])]
    assert "lost from the build state" in report.problems[0].problem
    assert report.articles == 7


def test_state_corrupt_manifest_is_a_clear_error(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    (out / STATE_DIR / "manifest.json").write_text('{"format": "diplograph-state", "version": 1, "articles": [{}]}')
    before = files(out)
    result = invoke("add", tmp_path / "b", "-o", out)
    assert result.exit_code == 1
    assert "unreadable build state" in result.stderr and result.stderr.count("\n") == 1
    assert files(out) == before
    # A full build starts the state afresh.
    assert invoke("build", tmp_path / "a", "-o", out, "-q").exit_code == 0


def test_state_facts_round_trip_through_json(tmp_path: Path, corpus) -> None:
    from kg.extract.article import extract
    from kg.extract.lexicon import load_lexicon
    from kg.ingest import read_paths

    lexicon = load_lexicon()
    for a in read_paths([tmp_path / "a", Path(__file__).parents[1] / "kg" / "samples"]).articles:
        facts = extract(a, lexicon)
        back = facts_from_json(json.loads(json.dumps(facts_to_json(facts))))
        assert back == facts
        assert list(back.entities) == list(facts.entities)
    # Each name is checked to be a string, in lists and alone.
    data = facts_to_json(facts)
    for field, bad in (("aliases", ["x", 7]), ("label", None), ("articles", "one")):
        broken = json.loads(json.dumps(data))
        broken["entities"][0][field] = bad
        with pytest.raises(ValueError):
            facts_from_json(broken)
    broken = json.loads(json.dumps(data))
    broken["relations"][0]["sentence"] = ["a list"]
    with pytest.raises(ValueError):
        facts_from_json(broken)


def test_state_unused_cache_entries_are_dropped(tmp_path: Path, corpus) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a", tmp_path / "b"], out)
    assert len(cached(out)) == 8
    build([tmp_path / "a"], out)
    assert len(cached(out)) == 4


def test_state_one_build_at_a_time(tmp_path: Path, corpus) -> None:
    from kg.state import StateError, lock

    out = tmp_path / "out"
    with lock(out):
        with pytest.raises(StateError, match="another kg build"):
            build([tmp_path / "a"], out)
    build([tmp_path / "a"], out)


def test_state_extractor_fingerprint_follows_code_and_data_not_docs(tmp_path: Path, monkeypatch) -> None:
    import kg.state

    repo = Path(kg.state.__file__).resolve().parents[1]
    shutil.copytree(repo / "kg", tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(repo / "ontology" / "data", tmp_path / "ontology" / "data")
    monkeypatch.setattr(kg.state, "_PACKAGE", tmp_path / "kg")
    fingerprint = kg.state.extractor_fingerprint.__wrapped__
    before = fingerprint()
    (tmp_path / "ontology" / "data" / "README.md").write_text("notes\n", encoding="utf-8")
    assert fingerprint() == before
    with open(tmp_path / "ontology" / "data" / "common_words.txt", "a", encoding="utf-8") as f:
        f.write("plenary\n")
    assert fingerprint() != before
    changed = fingerprint()
    with open(tmp_path / "kg" / "extract" / "people.py", "a", encoding="utf-8") as f:
        f.write("\n# a change\n")
    assert fingerprint() != changed


# --- files unchanged since the last build are not read again ---------------------


def age(paths: list[Path], hours: int = 1) -> None:
    """Set the files' modification time ``hours`` back: written well before any build reads them."""
    then = time.time_ns() - hours * 3_600_000_000_000
    for path in paths:
        os.utime(path, ns=(then, then))


@pytest.fixture
def old_corpus(corpus) -> dict[str, list[Path]]:
    age(corpus["a"] + corpus["b"])
    return corpus


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The names of the files read from now on."""
    import kg.ingest

    seen: list[str] = []
    read_one = kg.ingest.read_one

    def counting(path: Path, *, shown: str):
        seen.append(Path(shown).name)
        return read_one(path, shown=shown)

    monkeypatch.setattr(kg.ingest, "read_one", counting)
    return seen


def test_files_unchanged_since_the_last_build_are_not_read_again(tmp_path: Path, old_corpus, reads) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    assert len(reads) == 4
    reads.clear()
    report = build([tmp_path / "a", tmp_path / "b"], out)
    assert sorted(reads) == sorted(p.name for p in old_corpus["b"])
    assert (report.articles, report.extracted) == (8, 4)
    reads.clear()
    assert build([tmp_path / "a", tmp_path / "b"], out).extracted == 0
    assert reads == []
    assert files(out) == full_build(tmp_path, tmp_path / "a", tmp_path / "b")


def test_a_file_changed_since_the_last_build_is_read_again_whatever_its_size_and_time(
        tmp_path: Path, old_corpus, reads) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    victim = old_corpus["a"][0]
    before = victim.stat()
    text = victim.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    victim.write_text(head + "\n\n" + body.replace("met", "saw", 1), encoding="utf-8")  # the same size
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    assert victim.stat().st_size == before.st_size
    reads.clear()
    assert build([tmp_path / "a"], out).extracted == 1
    assert reads == [victim.name]
    assert files(out) == full_build(tmp_path, tmp_path / "a")


def test_a_file_written_just_before_it_was_read_is_read_again(tmp_path: Path, corpus, reads) -> None:
    # Two writes within one tick of the file system's clock leave the same times: a file written
    # moments before it is read is not trusted to be unchanged next time.
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    manifest = json.loads((out / STATE_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"] == []
    reads.clear()
    build([tmp_path / "a"], out)
    assert len(reads) == 4
    age(corpus["a"])
    build([tmp_path / "a"], out)
    reads.clear()
    build([tmp_path / "a"], out)
    assert reads == []


def test_a_file_given_under_another_name_is_read_again(tmp_path: Path, old_corpus, reads, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    build(["a"], out)
    reads.clear()
    build([tmp_path / "a"], out)  # the graph names each article's file as it was given
    assert len(reads) == 4
    assert files(out) == full_build(tmp_path, tmp_path / "a")


def test_an_unread_files_lost_cache_entry_has_it_read_again(tmp_path: Path, old_corpus, reads) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    reference = files(out)
    victim = sorted(cached(out))[0]
    rewrite_entry(out, victim, None)
    reads.clear()
    assert build([tmp_path / "a"], out).extracted == 1
    assert len(reads) == 1
    assert files(out) == reference
    reads.clear()
    build([tmp_path / "a"], out)
    assert reads == []


def test_a_file_with_a_problem_or_a_duplicate_article_is_read_again(tmp_path: Path, old_corpus, reads) -> None:
    twin = tmp_path / "c" / old_corpus["a"][0].name  # the same name and text: the same article id
    twin.parent.mkdir()
    shutil.copy(old_corpus["a"][0], twin)
    bad = tmp_path / "c" / "broken.jsonl"
    bad.write_text('{"title": "No text"}\n', encoding="utf-8")
    age([twin, bad])
    out = tmp_path / "out"
    first = build([tmp_path / "a", tmp_path / "c"], out)
    reads.clear()
    again = build([tmp_path / "a", tmp_path / "c"], out)
    assert sorted(reads) == sorted([twin.name, bad.name])
    assert [p.path for p in again.problems] == [p.path for p in first.problems] == [str(bad)]
    build([tmp_path / "a", tmp_path / "c"], tmp_path / "full")  # the CLI would exit 3 for the bad file
    assert files(out) == files(tmp_path / "full")


def test_an_unread_files_damaged_facts_are_extracted_again_without_reading_it(tmp_path: Path, old_corpus,
                                                                               reads) -> None:
    out = tmp_path / "out"
    build([tmp_path / "a"], out)
    reference = files(out)
    victim, record = sorted(cached(out).items())[0]
    data = json.loads(record)
    data["facts"]["relations"] = [{"kind": 1}]
    rewrite_entry(out, victim, json.dumps(data).encode())
    reads.clear()
    assert build([tmp_path / "a"], out).extracted == 1
    assert reads == []  # its article was still whole in the cache
    assert files(out) == reference
