"""Benchmark: time to load the sample graph and a generated 1,000,000-triple graph into each engine.

Run from the repository root (not collected by pytest):
    python3 tests/bench_load.py [--triples 1000000] [--only rdflib,oxigraph-memory,...] [--json out.json]

Engines: rdflib (in-memory Graph, Turtle parser), pyoxigraph in memory (Store().bulk_load)
and on disk (``kg load``: bulk_load into a new folder, then the switch), Virtuoso 7
(private loopback instance, ``ld_dir`` + ``rdf_loader_run`` + ``checkpoint``) and Jena TDB2
(``tdb2.tdbloader`` through tests/jena.sh). Every engine loads the same Turtle file; the
Virtuoso and Jena times are wall-clock and include the JVM start (Jena) and the checkpoint
(Virtuoso), not the server start. The generated graph has the shape of a Diplograph graph
(people, states, meetings with dates and participants, assertions with evidence sentences).
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import pyoxigraph as ox  # noqa: E402
from rdflib import Graph  # noqa: E402

from kg.build import build  # noqa: E402
from kg.store import load_store  # noqa: E402

ENGINES = ("rdflib", "oxigraph-memory", "oxigraph-disk", "virtuoso", "jena-tdb2")
DG, ID = "https://diplograph.org/ontology#", "https://diplograph.org/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV = "http://www.w3.org/ns/prov#wasDerivedFrom"


def generate(path: Path, triples: int, *, seed: int = 7) -> int:
    """Write about ``triples`` triples shaped like a Diplograph graph as Turtle; returns the exact count."""
    rng = random.Random(seed)
    lines: list[str] = []
    people, states = max(triples // 200, 10), 200
    for i in range(states):
        lines += [f"<{ID}state/s{i}> <{RDF_TYPE}> <{DG}State> .", f'<{ID}state/s{i}> <{LABEL}> "State {i}" .',
                  f'<{ID}state/s{i}> <{DG}isoCode> "S{i}" .']
    for i in range(people):
        p = f"<{ID}person/p{i}>"
        lines += [f"{p} <{RDF_TYPE}> <{DG}Person> .", f'{p} <{LABEL}> "Person {i}" .',
                  f'{p} <{DG}title> "Deputy Minister of Foreign Affairs of State {i % states}" .',
                  f"{p} <{DG}represents> <{ID}state/s{i % states}> ."]
    m = 0
    while len(lines) < triples:
        node, article = f"<{ID}meeting/m{m}>", f"<{ID}article/a{m // 3}>"
        a = rng.randrange(people)
        b = (a + 1 + rng.randrange(people - 1)) % people
        day = f"2025-{1 + m % 12:02d}-{1 + m % 28:02d}"
        lines += [f"{node} <{RDF_TYPE}> <{DG}Meeting> .", f"{node} <{DG}participant> <{ID}person/p{a}> .",
                  f"{node} <{DG}participant> <{ID}person/p{b}> .",
                  f'{node} <{DG}date> "{day}"^^<http://www.w3.org/2001/XMLSchema#date> .',
                  f'{node} <{DG}evidence> "Person {a} met Person {b} to discuss bilateral cooperation ({m})." .',
                  f"{node} <{PROV}> {article} .",
                  f"<{ID}assertion/x{m}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <{ID}person/p{a}> .",
                  f"<{ID}assertion/x{m}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <{ID}person/p{b}> .",
                  f"<{ID}assertion/x{m}> <{RDF_TYPE}> <{DG}Assertion> .",
                  f"<{ID}assertion/x{m}> <{PROV}> {article} ."]
        m += 1
    nt = path.with_suffix(".nt")
    nt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = ox.Store()
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    store.dump(str(path), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
               prefixes={"dg": DG, "dgr": ID})
    nt.unlink()
    return len(store)


def timed(function) -> float:
    began = time.perf_counter()
    function()
    return time.perf_counter() - began


def load_rdflib(path: Path, work: Path) -> float:
    return timed(lambda: Graph().parse(path, format="turtle"))


def load_oxigraph_memory(path: Path, work: Path) -> float:
    return timed(lambda: ox.Store().bulk_load(path=str(path), format=ox.RdfFormat.TURTLE))


def load_oxigraph_disk(path: Path, work: Path) -> float:
    return timed(lambda: load_store(work / "oxigraph-store", path))


def load_virtuoso(path: Path, work: Path) -> float:
    from servers import Virtuoso

    server = Virtuoso(work / "virtuoso").start()
    try:
        return server.load(path, "https://diplograph.org/graph/bench")
    finally:
        server.stop()


def load_jena(path: Path, work: Path) -> float:
    from servers import jena

    def run() -> None:
        done = jena("tdb2.tdbloader", "--loc", str(work / "tdb2"), str(path), timeout=1200)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
    return timed(run)


LOADERS = {"rdflib": load_rdflib, "oxigraph-memory": load_oxigraph_memory, "oxigraph-disk": load_oxigraph_disk,
           "virtuoso": load_virtuoso, "jena-tdb2": load_jena}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--only", default=",".join(ENGINES), help="comma-separated engines")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    engines = [e for e in args.only.split(",") if e]
    figures: dict[str, dict[str, float | str]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        work = Path(tmp)
        report = build([ROOT / "kg" / "samples"], work / "sample", page=False)
        graphs = {"sample": (work / "sample" / "graph.ttl", report.triples)}
        began = time.perf_counter()
        big = work / "big.ttl"
        graphs["generated"] = (big, generate(big, args.triples))
        print(f"generated {graphs['generated'][1]:,} triples in {time.perf_counter() - began:.1f} s "
              f"({big.stat().st_size / 1e6:.0f} MB of Turtle)", file=sys.stderr)
        for name, (path, count) in graphs.items():
            figures[name] = {"triples": count}
            for engine in engines:
                scratch = work / f"{name}-{engine}"
                scratch.mkdir()
                try:
                    figures[name][engine] = round(LOADERS[engine](path, scratch), 3)
                except Exception as error:  # noqa: BLE001  (a benchmark reports and goes on)
                    figures[name][engine] = f"failed: {str(error).splitlines()[0][:120]}"
                shutil.rmtree(scratch, ignore_errors=True)
                print(f"{name:9} {engine:16} {figures[name][engine]}", file=sys.stderr)
    print(f"| engine | sample ({figures['sample']['triples']:,} triples) | "
          f"generated ({figures['generated']['triples']:,} triples) |")
    print("| --- | --- | --- |")
    for engine in engines:
        cells = [figures[g][engine] for g in ("sample", "generated")]
        print(f"| {engine} | " + " | ".join(f"{c:.2f} s" if isinstance(c, float) else str(c) for c in cells) + " |")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
