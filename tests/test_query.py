"""Tests of kg.query: both engines, the output formats, refusals and errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import InputError, QueryError
from kg.query import QueryResult, format_result, run_query

TURTLE = """\
@base <https://diplograph.org/id/> .
@prefix dg: <https://diplograph.org/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .

<person/ana> a dg:Person ; rdfs:label "Ana" ; dg:represents <state/kz> ;
    dg:metWith <person/bo>, <person/cy> .
<person/bo> a dg:Person ; rdfs:label "Bo" ; dg:represents <state/lk> ;
    dg:metWith <person/ana> .
<person/cy> a dg:Person ; rdfs:label "Cy" ; dg:metWith <person/ana> .
<person/dee> a dg:Person ; rdfs:label "Dee" ; dg:represents <state/kz> .
<state/kz> a dg:State ; rdfs:label "Kazakhstan" ; dg:isoCode "KZ" .
<state/lk> a dg:State ; rdfs:label "Sri Lanka"@en ; dg:isoCode "LK" .
<meeting/a1-1> a dg:Talks ; dg:participant <person/ana>, <person/bo> ;
    dg:date "2024-04-11"^^xsd:date ; dg:evidence "Ana met Bo.\\nThey talked." .
<meeting/a2-1> a dg:Visit ; dg:participant <person/ana>, <person/cy> ;
    dg:date "2023-12-01"^^xsd:date .
<meeting/a3-1> a dg:PhoneCall ; dg:participant <person/bo> .
"""

QUERIES = {
    "order-by": "SELECT ?p ?l WHERE { ?p a dg:Person ; rdfs:label ?l } ORDER BY DESC(?l)",
    "count-group-by": """
        SELECT ?p (COUNT(?other) AS ?n) WHERE { ?p dg:metWith ?other }
        GROUP BY ?p ORDER BY DESC(?n) ?p""",
    "tied-order-with-limit": """
        SELECT ?state ?p WHERE { ?p dg:represents ?state } ORDER BY ?state LIMIT 1""",
    "optional": """
        SELECT ?m ?d WHERE { ?m dg:participant <https://diplograph.org/id/person/bo> OPTIONAL { ?m dg:date ?d } }""",
    "filter-dates": """
        SELECT ?m ?d WHERE { ?m dg:date ?d FILTER(?d >= "2024-01-01"^^xsd:date) }""",
    "no-order": "SELECT ?s ?o WHERE { ?s dg:metWith ?o }",
    "select-star": "SELECT * WHERE { ?p dg:represents ?s . ?s dg:isoCode ?iso }",
    "language-literal": "SELECT ?l WHERE { <https://diplograph.org/id/state/lk> rdfs:label ?l }",
    "ask": "ASK { ?ana rdfs:label 'Ana' ; dg:metWith ?bo . ?bo rdfs:label 'Bo' }",
    "construct": "CONSTRUCT { ?o dg:metWith ?s } WHERE { ?s dg:metWith ?o }",
    "own-prefix": """
        PREFIX dg: <https://diplograph.org/ontology#>
        PREFIX x: <https://diplograph.org/id/person/>
        SELECT ?l WHERE { x:ana rdfs:label ?l }""",
}


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_engines_agree(graph_file: Path, name: str) -> None:
    by_rdflib = run_query(graph_file, QUERIES[name], engine="rdflib")
    by_oxigraph = run_query(graph_file, QUERIES[name], engine="oxigraph")
    assert by_rdflib.variables == by_oxigraph.variables
    assert by_rdflib.rows == by_oxigraph.rows
    assert by_rdflib.terms == by_oxigraph.terms
    assert by_rdflib.rows, "every query in QUERIES has results"


def test_query_order_by_is_kept(graph_file: Path) -> None:
    result = run_query(graph_file, QUERIES["order-by"])
    assert [row[1] for row in result.rows] == ["Dee", "Cy", "Bo", "Ana"]


def test_query_count_group_by(graph_file: Path) -> None:
    result = run_query(graph_file, QUERIES["count-group-by"])
    person = "https://diplograph.org/id/person/"
    assert result.variables == ["p", "n"]
    assert result.rows == [[person + "ana", "2"], [person + "bo", "1"], [person + "cy", "1"]]


def test_query_ties_under_limit_are_broken_by_projected_values(graph_file: Path) -> None:
    result = run_query(graph_file, QUERIES["tied-order-with-limit"])
    person = "https://diplograph.org/id/person/"
    assert result.rows == [["https://diplograph.org/id/state/kz", person + "ana"]]


def test_query_optional_leaves_none(graph_file: Path) -> None:
    result = run_query(graph_file, QUERIES["optional"])
    meeting = "https://diplograph.org/id/meeting/"
    assert result.rows == [[meeting + "a1-1", "2024-04-11"], [meeting + "a3-1", None]]


def test_query_filter_on_dates(graph_file: Path) -> None:
    result = run_query(graph_file, QUERIES["filter-dates"])
    assert result.rows == [["https://diplograph.org/id/meeting/a1-1", "2024-04-11"]]


def test_query_without_order_by_is_sorted(graph_file: Path) -> None:
    rows = run_query(graph_file, QUERIES["no-order"]).rows
    assert rows == sorted(rows) and len(rows) == 4


def test_query_select_star_columns_sorted(graph_file: Path) -> None:
    assert run_query(graph_file, QUERIES["select-star"]).variables == ["iso", "p", "s"]


def test_query_ask(graph_file: Path) -> None:
    result = run_query(graph_file, QUERIES["ask"])
    assert (result.form, result.rows) == ("ASK", [["true"]])
    assert run_query(graph_file, "ASK { <https://diplograph.org/id/person/dee> dg:metWith ?x }").rows == [["false"]]


def test_query_construct_gives_triples(graph_file: Path) -> None:
    result = run_query(graph_file, QUERIES["construct"])
    assert result.variables == ["subject", "predicate", "object"]
    assert len(result.rows) == 4
    assert all(row[1] == "https://diplograph.org/ontology#metWith" for row in result.rows)


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_query_declared_prefix_wins(graph_file: Path, engine: str) -> None:
    sparql = "PREFIX dgr: <https://diplograph.org/id/person/> SELECT ?l WHERE { dgr:ana rdfs:label ?l }"
    assert run_query(graph_file, sparql, engine=engine).rows == [["Ana"]]


def test_query_format_table(graph_file: Path) -> None:
    text = format_result(run_query(graph_file, QUERIES["optional"]), fmt="table")
    lines = text.splitlines()
    assert lines[0].split() == ["m", "d"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].endswith("2024-04-11")
    assert lines[3].rstrip() == "https://diplograph.org/id/meeting/a3-1"
    assert lines[-1] == "(2 rows)"
    assert lines[2].index("2024") == lines[0].index("d")


def test_query_format_table_keeps_one_line_per_row(graph_file: Path) -> None:
    result = run_query(graph_file, "SELECT ?e WHERE { ?m dg:evidence ?e }")
    assert format_result(result).splitlines() == ["e", "-" * 25, "Ana met Bo.\\nThey talked.", "(1 row)"]


def test_query_format_csv(graph_file: Path) -> None:
    result = run_query(graph_file, QUERIES["optional"])
    rows = list(csv.reader(io.StringIO(format_result(result, fmt="csv"))))
    assert rows == [["m", "d"], [result.rows[0][0], "2024-04-11"], [result.rows[1][0], ""]]


def test_query_format_json_select(graph_file: Path) -> None:
    document = json.loads(format_result(run_query(graph_file, QUERIES["optional"]), fmt="json"))
    assert document["head"] == {"vars": ["m", "d"]}
    first, second = document["results"]["bindings"]
    assert first["m"] == {"type": "uri", "value": "https://diplograph.org/id/meeting/a1-1"}
    assert first["d"] == {
        "type": "literal", "value": "2024-04-11", "datatype": "http://www.w3.org/2001/XMLSchema#date",
    }
    assert "d" not in second


def test_query_format_json_language_and_plain_literals(graph_file: Path) -> None:
    lk = json.loads(format_result(run_query(graph_file, QUERIES["language-literal"]), fmt="json"))
    assert lk["results"]["bindings"] == [{"l": {"type": "literal", "value": "Sri Lanka", "xml:lang": "en"}}]
    ana = json.loads(format_result(run_query(graph_file, QUERIES["own-prefix"]), fmt="json"))
    assert ana["results"]["bindings"] == [{"l": {"type": "literal", "value": "Ana"}}]


def test_query_format_json_ask(graph_file: Path) -> None:
    assert json.loads(format_result(run_query(graph_file, QUERIES["ask"]), fmt="json")) == {
        "head": {}, "boolean": True,
    }


def test_query_format_unknown_raises(graph_file: Path) -> None:
    with pytest.raises(QueryError, match="unknown format"):
        format_result(QueryResult(variables=[], rows=[]), fmt="xml")


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize(
    "update",
    [
        'INSERT DATA { <https://diplograph.org/id/person/eve> a dg:Person ; rdfs:label "Eve" }',
        "# a comment first\nPREFIX ex: <http://example.org/>\ndelete where { ?s dg:metWith ?o }",
        "CLEAR DEFAULT",
        "DROP ALL",
        "LOAD <http://example.org/data.ttl>",
    ],
)
def test_query_update_refused_by_default(graph_file: Path, engine: str, update: str) -> None:
    before = graph_file.read_bytes()
    with pytest.raises(QueryError, match="read-only") as raised:
        run_query(graph_file, update, engine=engine)
    assert "\n" not in str(raised.value)
    assert graph_file.read_bytes() == before


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_query_update_applied_when_allowed(graph_file: Path, engine: str) -> None:
    update = 'INSERT DATA { <https://diplograph.org/id/person/eve> a dg:Person ; rdfs:label "Eve" }'
    result = run_query(graph_file, update, engine=engine, allow_update=True)
    assert result.form == "UPDATE"
    graph = Graph().parse(graph_file, format="turtle")
    eve = URIRef("https://diplograph.org/id/person/eve")
    assert (eve, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Eve")) in graph
    assert len(graph) == len(Graph().parse(data=TURTLE, format="turtle")) + 2
    assert not [p for p in graph_file.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize(
    ("sparql", "expected"),
    [
        ("SELEC ?x WHERE { ?x ?y ?z }", "malformed SPARQL"),
        ("SELECT ?x WHERE {\n  ?x ?y\n}", "line:2"),
        ("SELECT ?x WHERE { ?x a nope:Thing }", "nope"),
        (" " * 60 + "{ ?x ?y ?z }", "malformed SPARQL"),  # once took hours: every split of the spaces was tried
    ],
)
def test_query_malformed_raises_one_line(graph_file: Path, engine: str, sparql: str, expected: str) -> None:
    with pytest.raises(QueryError) as raised:
        run_query(graph_file, sparql, engine=engine)
    message = str(raised.value)
    assert expected in message
    assert "\n" not in message


def test_query_unknown_engine_raises(graph_file: Path) -> None:
    with pytest.raises(QueryError, match="unknown engine"):
        run_query(graph_file, "ASK {}", engine="blazegraph")


def test_query_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        run_query(tmp_path / "absent.ttl", "ASK {}")


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_query_bad_turtle_raises_input_error(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(InputError, match="not valid Turtle"):
        run_query(path, "ASK {}", engine=engine)


def test_query_auto_engine_picks_oxigraph_for_large_files(graph_file: Path, monkeypatch) -> None:
    import kg.query

    calls: list[str] = []
    real = kg.query._query_oxigraph
    monkeypatch.setattr(kg.query, "_query_oxigraph", lambda *a: calls.append("oxigraph") or real(*a))
    run_query(graph_file, QUERIES["ask"])
    assert calls == []
    monkeypatch.setattr(kg.query, "AUTO_OXIGRAPH_BYTES", 10)
    run_query(graph_file, QUERIES["ask"])
    assert calls == ["oxigraph"]
