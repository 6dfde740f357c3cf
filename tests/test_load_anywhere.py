"""Load anywhere: every export round-trips, the store works, real servers give the cookbook's answers.

Engines exercised: rdflib and pyoxigraph (parsing, embedded and on-disk store), Debian's
Virtuoso 7 through its HTTP SPARQL endpoint, Jena ARQ, riot and TDB2, rapper; networkx and
the csv module for the GraphML and Neo4j files (Neo4j itself is not available here).
"""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import subprocess
from pathlib import Path

import networkx as nx
from hypothesis import given, settings, strategies as st
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD

from kg.cli import main
from kg.export.formats import FormatError, article_graphs, parse_formats, write_formats
from kg.export.neo4j import ARRAY_DELIMITER
from kg.graph import DG, PREFIXES
from kg.query import _check_query, format_result, run_query, run_store_query
from kg.store import StoreError, load_store
from servers import Virtuoso, free_port, jena, require, sparql_json_rows, with_prefixes
from test_readme import README, cookbook

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "kg" / "samples"
GRAPH_IRI = "https://diplograph.org/graph/samples"
RDF_FORMATS = {"graph.nt": ("nt", ox.RdfFormat.N_TRIPLES), "graph.jsonld": ("json-ld", ox.RdfFormat.JSON_LD),
               "graph.trig": ("trig", ox.RdfFormat.TRIG)}
COOKBOOK = cookbook()
COOKBOOK_IDS = [heading for heading, _, _ in COOKBOOK]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("anywhere") / "output"
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "--format", "all", "--no-page"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def turtle(built: Path) -> Graph:
    return Graph().parse(built / "graph.ttl", format="turtle")


def _from_oxigraph(path: Path, fmt: ox.RdfFormat) -> Graph:
    graph = Graph()
    for quad in ox.parse(path=str(path), format=fmt):
        graph.add(tuple(_rdflib(term) for term in (quad.subject, quad.predicate, quad.object)))
    return graph


def _rdflib(term) -> object:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


# --- formats -----------------------------------------------------------------


def test_formats_build_writes_every_file(built: Path) -> None:
    for name in ["graph.ttl", "graph.nt", "graph.jsonld", "graph.trig", "graph.graphml", "neo4j/load.cypher"]:
        assert (built / name).is_file(), name


@pytest.mark.parametrize("name", sorted(RDF_FORMATS))
def test_formats_rdf_is_isomorphic_to_turtle_with_rdflib(built: Path, turtle: Graph, name: str) -> None:
    rdflib_format, _ = RDF_FORMATS[name]
    if rdflib_format == "trig":
        dataset = Dataset()
        dataset.parse(built / name, format="trig")
        graph = Graph()
        for s, p, o, _ in dataset.quads():
            graph.add((s, p, o))
    else:
        graph = Graph().parse(built / name, format=rdflib_format)
    assert isomorphic(graph, turtle)


@pytest.mark.parametrize("name", sorted(RDF_FORMATS) + ["graph.ttl"])
def test_formats_rdf_is_isomorphic_to_turtle_with_pyoxigraph(built: Path, turtle: Graph, name: str) -> None:
    fmt = RDF_FORMATS.get(name, (None, ox.RdfFormat.TURTLE))[1]
    assert isomorphic(_from_oxigraph(built / name, fmt), turtle)


def test_formats_jsonld_context_gives_short_keys(built: Path) -> None:
    document = json.loads((built / "graph.jsonld").read_text(encoding="utf-8"))
    context = document["@context"]
    assert context["label"] == {"@id": "rdfs:label"} or context["label"] == "rdfs:label"
    assert context["metWith"] == {"@id": "dg:metWith", "@type": "@id"}
    assert context["dg:date"] == {"@id": "dg:date", "@type": "xsd:date"}  # dcterms:date shares the local name
    person = next(n for n in document["@graph"] if n.get("@type") == "dg:Person")
    assert "label" in person and "wasDerivedFrom" in person


def test_formats_trig_has_one_named_graph_per_article(built: Path, turtle: Graph) -> None:
    dataset = Dataset()
    dataset.parse(built / "graph.trig", format="trig")
    articles = set(turtle.subjects(RDF.type, DG.Article))
    names = {g.identifier for g in dataset.graphs() if g.identifier != dataset.default_graph.identifier}
    names.discard(URIRef("urn:x-rdflib:default"))
    assert names == articles
    for article in articles:
        graph = dataset.graph(article)
        assert (article, RDF.type, DG.Article) in graph
        for assertion in graph.subjects(RDF.type, DG.Assertion):
            assert graph.value(assertion, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) == article
            s, p, o = (graph.value(assertion, x) for x in (RDF.subject, RDF.predicate, RDF.object))
            assert (s, p, o) in graph, "the edge an assertion supports is in the article's graph"
    default = [t for name, t in article_graphs(turtle) if name is None]
    assert not [t for t in default if t[1] == RDF.type and t[2] in (DG.Assertion, DG.Meeting, DG.Article)]


def test_formats_trig_drop_one_article_in_a_store(built: Path, turtle: Graph) -> None:
    store = ox.Store()
    store.load(path=str(built / "graph.trig"), format=ox.RdfFormat.TRIG)
    article = sorted(turtle.subjects(RDF.type, DG.Article))[0]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a prov:wasDerivedFrom <%s> }" % article
    prefixes = {k: str(v) for k, v in PREFIXES.items()}

    def derived() -> int:
        return int(next(iter(store.query(count, prefixes=prefixes, use_default_graph_as_union=True)))["n"].value)

    assert derived() > 0
    store.update(f"DROP GRAPH <{article}>")
    assert derived() == 0
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) > 0


def test_formats_are_deterministic(turtle: Graph, tmp_path: Path) -> None:
    for name in ("a", "b"):
        write_formats(turtle, tmp_path / name, ("nt", "jsonld", "trig", "neo4j"))
    for path in sorted((tmp_path / "a").rglob("*")):
        if path.is_file():
            assert path.read_bytes() == (tmp_path / "b" / path.relative_to(tmp_path / "a")).read_bytes(), path


def test_formats_parse_names() -> None:
    assert parse_formats("nt,trig") == ("ttl", "nt", "trig")
    assert parse_formats("all") == ("ttl", "nt", "jsonld", "trig", "graphml", "neo4j")
    with pytest.raises(FormatError, match="unknown format owl"):
        parse_formats("ttl,owl")


def test_formats_cli_refuses_unknown_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(tmp_path), "--format", "xml"])
    assert result.exit_code == 2 and "unknown format xml" in result.output
    assert not (tmp_path / "graph.ttl").exists()


def test_formats_graphml_reads_back_with_networkx(built: Path, turtle: Graph) -> None:
    network = nx.read_graphml(built / "graph.graphml", force_multigraph=True)
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    assert network.number_of_nodes() > 50
    for node, data in network.nodes(data=True):
        assert turtle.value(URIRef(node), label).toPython() == data["label"], node
        assert (URIRef(node), RDF.type, DG[data["type"]]) in turtle, node
    edges = {(u, d["kind"], v) for u, v, d in network.edges(data=True)}
    typed = {(str(s), p.removeprefix(str(DG)), str(o)) for s, p, o in turtle
             if p in {DG[k] for k in ("metWith", "signed", "represents", "partyTo", "participant", "heldIn",
                                      "resultedIn")}}
    for u, kind, v in edges:
        assert (u, kind, v) in typed, (u, kind, v)
    # metWith is drawn once per pair; the RDF states both directions.
    assert {(u, k, v) for u, k, v in typed if k != "metWith"} <= edges
    assert all((u, k, v) in edges or (v, k, u) in edges for u, k, v in typed if k == "metWith")


def _expand(short: str) -> URIRef:
    prefix, _, local = short.partition("__")
    namespaces = {p: str(ns) for p, ns in PREFIXES.items()} | {"wd": "http://www.wikidata.org/entity/"}
    return URIRef(namespaces[prefix] + local)


def test_formats_neo4j_csv_reads_back_to_the_same_graph(built: Path, turtle: Graph) -> None:
    folder = built / "neo4j"
    graph = Graph()
    for path in sorted(folder.glob("nodes_*.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        assert header[:2] == ["uri:ID", ":LABEL"], path
        for row in rows[1:]:
            node = URIRef(row[0])
            labels = row[1].split(ARRAY_DELIMITER)
            assert labels[0] == "Resource"
            for label in labels[1:]:
                graph.add((node, RDF.type, _expand(label)))
            for column, cell in zip(header[2:], row[2:]):
                key, kind = column.split(":")
                values = cell.split(ARRAY_DELIMITER) if kind.endswith("[]") else [cell]
                for value in filter(None, values):
                    datatype = XSD.date if kind.startswith("date") else None
                    graph.add((node, _expand(key), Literal(value, datatype=datatype)))
    for path in sorted(folder.glob("relationships_*.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        assert rows[0] == [":START_ID", ":END_ID", ":TYPE"], path
        for start, end, kind in rows[1:]:
            graph.add((URIRef(start), _expand(kind), URIRef(end)))
    # Neo4j has no xsd:anyURI: article URLs are plain strings there.
    expected = Graph()
    for s, p, o in turtle:
        if isinstance(o, Literal) and o.datatype == XSD.anyURI:
            o = Literal(str(o))
        expected.add((s, p, o))
    assert isomorphic(graph, expected)


def test_formats_neo4j_cypher_loads_every_file(built: Path) -> None:
    script = (built / "neo4j" / "load.cypher").read_text(encoding="utf-8")
    assert "CREATE CONSTRAINT resource_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;" in script
    for path in (built / "neo4j").glob("*.csv"):
        assert f"LOAD CSV WITH HEADERS FROM 'file:///{path.name}' AS row" in script, path.name
    assert "date(row.`dg__date:date`)" in script


# --- validity ----------------------------------------------------------------


def test_validity_rapper_accepts_the_turtle(built: Path) -> None:
    require("rapper")
    done = subprocess.run(["rapper", "-i", "turtle", "-c", str(built / "graph.ttl")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_validity_riot_accepts_the_turtle_and_trig(built: Path, tmp_path: Path) -> None:
    require("java", "unzip", "/usr/share/java/jena-arq.jar")
    done = jena("riot", "--validate", str(built / "graph.ttl"), str(built / "graph.trig"), str(built / "graph.nt"))
    assert done.returncode == 0 and not re.search(r"WARN|ERROR", done.stderr + done.stdout), done.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text('<http://x/a> <http://x/d> "2025-13-45"^^<http://www.w3.org/2001/XMLSchema#date> .\n')
    done = jena("riot", "--validate", str(bad))
    assert done.returncode != 0 and "not valid for datatype" in done.stderr, "riot catches ill-typed literals"


# --- the on-disk store ---------------------------------------------------------


def test_store_load_query_and_replace(built: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    runner = CliRunner()
    result = runner.invoke(main, ["load", str(store), str(built / "graph.ttl")])
    assert result.exit_code == 0, result.output
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    full = len(Graph().parse(built / "graph.ttl"))
    assert run_store_query(store, count).rows == [[str(full)]]
    small = tmp_path / "small"
    assert runner.invoke(main, ["build", str(SAMPLES / "kyrgyz_china.txt"), "-o", str(small), "--no-page"]).exit_code == 0
    assert runner.invoke(main, ["load", str(store), str(small / "graph.ttl")]).exit_code == 0
    assert run_store_query(store, count).rows == [[str(len(Graph().parse(small / "graph.ttl")))]]
    assert sorted(p.name for p in store.iterdir() if p.name.startswith("data-")) == ["data-2"]
    result = runner.invoke(main, ["query", "--store", str(store), count])
    assert result.exit_code == 0 and result.output.splitlines()[-1] == "(1 row)"


def test_store_failed_load_keeps_the_previous_graph(built: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    load_store(store, built / "graph.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://x/a> <http://x/b> .\n")
    with pytest.raises(StoreError, match="could not be loaded"):
        load_store(store, bad)
    assert run_store_query(store, "ASK { ?s a dg:Person }").rows == [["true"]]
    assert sorted(p.name for p in store.iterdir() if p.name.startswith("data-")) == ["data-1"]


def test_store_is_read_only_by_default(built: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    load_store(store, built / "graph.ttl")
    result = CliRunner().invoke(main, ["query", "--store", str(store), "DELETE WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1 and "read-only" in result.output
    result = CliRunner().invoke(main, ["query", "--store", str(tmp_path / "nothing"), "ASK {}"])
    assert result.exit_code == 1 and "not a Diplograph store" in result.output


@pytest.fixture(scope="module")
def store(built: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("store") / "store"
    load_store(folder, built / "graph.ttl")
    return folder


@pytest.mark.parametrize("entry", COOKBOOK, ids=COOKBOOK_IDS)
def test_store_gives_the_cookbook_answers(store: Path, entry) -> None:
    _, query, expected = entry
    assert format_result(run_store_query(store, query)).rstrip("\n") == expected.rstrip("\n")


# --- real servers --------------------------------------------------------------


def _embedded(built: Path, query: str) -> list[list[tuple[str, str] | None]]:
    return _texts(run_query(built / "graph.ttl", query, engine="oxigraph").terms)


def _texts(rows) -> list[list[tuple[str, str] | None]]:
    # Engines agree on kinds and values; datatypes of computed values (COUNT) may differ in name only.
    return [[(t.kind, t.value) if t is not None else None for t in row] for row in rows]


def _server_rows(query: str, document: dict) -> list:
    plan = _check_query(query)
    variables, rows = sparql_json_rows(document)
    return _texts(rows if plan.ordered else sorted(rows, key=lambda r: [(t is not None, t.value if t else "")
                                                                        for t in r]))


@pytest.fixture(scope="module")
def virtuoso(built: Path, tmp_path_factory):
    require("virtuoso-t", "isql-vt", "/etc/virtuoso-opensource-7/virtuoso.ini")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso")).start()
    try:
        server.load(built / "graph.ttl", GRAPH_IRI)
        yield server
    finally:
        server.stop()


def test_virtuoso_holds_every_triple(virtuoso: Virtuoso, turtle: Graph) -> None:
    document = virtuoso.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", GRAPH_IRI)
    assert sparql_json_rows(document)[1][0][0].value == str(len(turtle))


@pytest.mark.parametrize("entry", COOKBOOK, ids=COOKBOOK_IDS)
def test_virtuoso_gives_the_cookbook_answers(virtuoso: Virtuoso, built: Path, entry) -> None:
    _, query, _ = entry
    document = virtuoso.select(_check_query(query).sparql, GRAPH_IRI)
    got, expected = _server_rows(query, document), _embedded(built, query)
    assert sorted(got, key=repr) == sorted(expected, key=repr)
    # Virtuoso orders strings by its own collation, which places some non-ASCII characters
    # (an en dash) differently from SPARQL's code point order: compare the order of the rest.
    def ascii_rows(rows):
        return [row for row in rows if repr(row).isascii()]

    assert ascii_rows(got) == ascii_rows(expected)


@pytest.mark.parametrize("entry", COOKBOOK, ids=COOKBOOK_IDS)
def test_jena_arq_gives_the_cookbook_answers(built: Path, tmp_path: Path, entry) -> None:
    require("java", "unzip", "/usr/share/java/jena-arq.jar")
    _, query, _ = entry
    rq = tmp_path / "q.rq"
    rq.write_text(with_prefixes(_check_query(query).sparql), encoding="utf-8")
    done = jena("arq", "--data", str(built / "graph.ttl"), "--query", str(rq), "--results=json")
    assert done.returncode == 0, done.stderr
    assert _server_rows(query, json.loads(done.stdout)) == _embedded(built, query)


# --- the README's commands ------------------------------------------------------


def _readme_shell_blocks() -> list[str]:
    section = README.split("## Load it anywhere", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)```", section, re.S)


def test_readme_load_anywhere_shell_commands_run(built: Path, tmp_path: Path) -> None:
    """Run every ``sh`` block of the section as written, on free loopback ports instead of the defaults."""
    require("virtuoso-t", "isql-vt", "java", "unzip", "/usr/share/java/jena-arq.jar", "oxigraph", "curl")
    blocks = _readme_shell_blocks()
    assert len(blocks) == 3, "Oxigraph, Virtuoso and Jena blocks"
    shutil.copytree(built, tmp_path / "output", ignore=shutil.ignore_patterns(".diplograph"))
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    load_store(tmp_path / "store", built / "graph.ttl")
    ports = {"1111": str(free_port()), "8890": str(free_port()), "7878": str(free_port())}
    env = dict(os.environ, VIRT_PORT=ports["1111"], VIRT_HTTP=ports["8890"])
    triples = str(len(Graph().parse(built / "graph.ttl")))
    for block in blocks:
        script = block
        for default, port in ports.items():
            script = script.replace(f":{default}", f":{port}")
        out, err = tmp_path / "stdout", tmp_path / "stderr"
        # Its own process group, so a server the block started in the background never outlives it.
        with open(out, "w") as stdout, open(err, "w") as stderr:
            shell = subprocess.Popen(["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, env=env,
                                     stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, start_new_session=True)
        try:
            returncode = shell.wait(timeout=300)
        finally:
            try:
                os.killpg(shell.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            if "virtuoso.sh start" in block:
                subprocess.run(["sh", "tests/virtuoso.sh", "stop", "vdb"], cwd=tmp_path, env=env,
                               capture_output=True, timeout=60)
        stdout_text = out.read_text()
        assert returncode == 0, (block, stdout_text, err.read_text())
        if "count(*)" in block.lower() and "tdb2" not in block:
            assert stdout_text.split()[-1] == triples, (block, stdout_text)
        assert "Error" not in stdout_text, (block, stdout_text)


# --- properties on random graphs --------------------------------------------------

_NODES = st.sampled_from([URIRef(f"https://diplograph.org/id/person/p{i}") for i in range(4)]
                         + [URIRef("http://www.wikidata.org/entity/Q232")])
_PREDICATES = st.sampled_from([DG.metWith, DG.title, DG.date, URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
                               RDF.type, URIRef("https://schema.org/sameAs")])
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n"), min_size=1,
                max_size=20)
_OBJECTS = st.one_of(_NODES, _TEXT.map(Literal), st.dates().map(lambda d: Literal(d.isoformat(), datatype=XSD.date)),
                     st.sampled_from([DG.Person, DG.State]))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_NODES, _PREDICATES, _OBJECTS), min_size=1, max_size=25))
def test_formats_round_trip_any_graph(tmp_path_factory, triples) -> None:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    folder = tmp_path_factory.mktemp("random")
    write_formats(graph, folder, ("nt", "jsonld", "trig"))
    for name, (rdflib_format, ox_format) in RDF_FORMATS.items():
        assert isomorphic(_from_oxigraph(folder / name, ox_format), graph), name
        if rdflib_format != "trig":
            assert isomorphic(Graph().parse(folder / name, format=rdflib_format), graph), name
