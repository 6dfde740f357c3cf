"""The benchmark (``tests/bench.py``) at its smallest size, and the Dask engine on a LocalCluster.

The benchmark runs as a smoke test: it must build a generated corpus of 1,000
articles, then the corpus plus 100 new articles over that build, and print its table;
no timing is asserted (CI machines vary).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def test_bench_smoke_1000_articles(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "tests/bench.py", "--sizes", "1000", "--jobs", "1", "2", "--no-page", "--sample", "100",
         "--verify-incremental", "--work", str(tmp_path), "--json", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    print(done.stdout)
    assert "words/s" in done.stdout and "Diplograph extraction" in done.stdout
    result = json.loads(out.read_text())["sizes"]["1000/2"]
    assert result["articles"] == 1000
    assert result["entities"] > 500  # new people keep appearing
    assert result["parsed_triples"] == result["triples"] > 10_000
    # kg build of the corpus plus 100 unseen articles, over the full build's folder: only those are
    # extracted, and the output is the bytes of a build from scratch
    assert result["incremental"]["extracted"] == 100
    assert result["incremental"]["identical"] is True
    # --jobs 1 and 2 took turns; the speed-up of 2 over 1 is the median of their back-to-back ratios
    assert result["extract_speedup"] > 0 and "extraction with --jobs 2 against --jobs 1" in done.stdout


def test_bench_corpus_is_reproducible() -> None:
    from corpus_gen import generate

    assert generate(50, seed=3) == generate(50, seed=3)
    assert generate(50, seed=3) != generate(50, seed=4)


def test_bench_dask_engine_output_is_identical_to_local(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from corpus_gen import write_corpus

    corpus = tmp_path / "corpus"
    write_corpus(120, corpus, per_file=10)
    inputs = [corpus, REPO / "kg" / "samples"]
    local = build(inputs, tmp_path / "local", page=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        report = build(inputs, tmp_path / "dask", page=False, engine="dask", scheduler=cluster.scheduler_address)
    assert report.articles == local.articles > 120
    assert [str(p) for p in report.problems] == [str(p) for p in local.problems]
    assert (tmp_path / "dask" / "graph.ttl").read_bytes() == (tmp_path / "local" / "graph.ttl").read_bytes()



def test_bench_resolve_candidates_miss_no_close_pair() -> None:
    """The pigeonhole filter in ``kg.resolve`` returns every pair ``difflib`` finds close (a superset)."""
    import difflib
    import random

    from kg.resolve import _close_candidates

    rng = random.Random(6)
    letters = "abdeijklmnoprstuvz "
    base = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 24))) for _ in range(150)]
    names = []
    for b in base:  # near misses: one to three edits of each base name
        names.append(b)
        for _ in range(2):
            s = list(b)
            for _ in range(rng.randint(1, 3)):
                k = rng.randrange(len(s) + 1)
                op = rng.randrange(3)
                if op == 0 and s and k < len(s):
                    del s[k]
                elif op == 1:
                    s.insert(k, rng.choice(letters))
                elif s and k < len(s):
                    s[k] = rng.choice(letters)
            names.append("".join(s) or "a")
    for ratio in (0.9, 0.85):
        groups = [n[:1] for n in names]
        found = _close_candidates(names, groups, ratio)
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                if groups[i] != groups[j]:
                    continue
                for x, y in ((names[i], names[j]), (names[j], names[i])):
                    if difflib.SequenceMatcher(None, x, y).ratio() >= ratio:
                        assert (i, j) in found, (ratio, x, y)


def test_bench_close_names_prefilter_agrees_with_difflib() -> None:
    """``kg.resolve._close`` rejects on length and quick_ratio first: the same answers as ``ratio()``."""
    import difflib
    import random

    from kg.resolve import _close

    rng = random.Random(11)
    words = ["".join(rng.choice("aeiklmnorstuvyz") for _ in range(rng.randint(1, 14))) for _ in range(400)]
    near = [w[:k] + rng.choice("aeiky") + w[k + rng.randint(0, 1):] for w in words for k in [rng.randrange(len(w))]]
    for a, b in [*zip(words, words[1:] + words[:1]), *zip(words, near)]:
        for ratio in (0.8, 0.85, 0.9):
            assert _close(a, b, ratio) == (a == b or difflib.SequenceMatcher(None, a, b).ratio() >= ratio), (a, b)
    # equal lengths at the very bound: 2 * 4 / 10 == 0.8
    assert _close("abcdx", "abcdy", 0.8) and not _close("abcxx", "abcyy", 0.8)
