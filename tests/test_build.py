"""End-to-end tests of ``kg build``, ``kg query`` and ``kg validate`` through the CLI.

The articles are short invented press releases written for these tests; the
graph is read back with rdflib, pyoxigraph, the SHACL shapes and SPARQL.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.query import run_query
from kg.validate import validate

GHANA_TITLE = "Kazakhstan and Ghana Agree to Deepen Political Dialogue"
GHANA_MEETING = (
    "Minister of Foreign Affairs of the Republic of Kazakhstan Aibek Tulegenov met with "
    "Minister of Foreign Affairs of the Republic of Ghana Kwame Mensah-Boateng, "
    "who arrived in Astana on an official visit."
)
GHANA = f"""\
# date: 2024-03-14

{GHANA_TITLE}

{GHANA_MEETING}
The ministers reviewed the state of bilateral cooperation and discussed ways to increase trade in agricultural products.
Following the talks, the two parties signed a Memorandum of Understanding on Political Consultations.
"""

CHILE = """\
# date: 2024-05-02

Kazakhstan and Chile Discuss Cooperation in Mining

Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Dana Seitkali held talks with Minister of Foreign Affairs of the Republic of Chile Ignacio Fuenzalida in Santiago.
The sides discussed prospects for cooperation in mining, renewable energy and higher education.
"""

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"

KZ = "https://diplograph.org/id/state/kz"
GH = "https://diplograph.org/id/state/gh"
TULEGENOV = '?a a dg:Person ; rdfs:label "Aibek Tulegenov" .'
MENSAH = '?b a dg:Person ; rdfs:label "Kwame Mensah-Boateng" .'
# Subclasses of dg:Meeting (ontology/diplograph.ttl); the built graph does not
# carry the ontology, so a query for "a meeting" lists them.
MEETING_CLASSES = "dg:Meeting dg:Visit dg:Talks dg:Consultations dg:PhoneCall dg:Signing"


def runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into output unless told not to
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


def invoke(*args: object):
    return runner().invoke(main, [str(arg) for arg in args])


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def assert_clean_failure(result) -> None:
    """A non-zero exit with a message, not a crash."""
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output + result.stderr


def kg_executable() -> str:
    beside = Path(sys.executable).parent / "kg"
    found = str(beside) if beside.is_file() else shutil.which("kg")
    if found is None:
        pytest.skip("the kg command is not installed (pip install -e .)")
    return found


@pytest.fixture
def articles(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    ghana, chile = folder / "ghana.txt", folder / "chile.txt"
    ghana.write_text(GHANA, encoding="utf-8")
    chile.write_text(CHILE, encoding="utf-8")
    return ghana, chile


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """graph.ttl of one build of both articles, shared by the read-only tests."""
    root = tmp_path_factory.mktemp("built")
    (root / "ghana.txt").write_text(GHANA, encoding="utf-8")
    (root / "chile.txt").write_text(CHILE, encoding="utf-8")
    result = invoke("build", root / "ghana.txt", root / "chile.txt", "-o", root / "out")
    assert result.exit_code == 0, result.stderr
    return root / "out" / "graph.ttl"


def ask(graph: Path, body: str) -> bool:
    result = run_query(graph, f"ASK {{ {body} }}")
    return result.rows == [["true"]]


# --- build output -----------------------------------------------------------


def test_build_writes_turtle_and_page(articles: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("build", *articles, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    ttl, page = out / "graph.ttl", out / "graph.html"
    assert ttl.is_file() and page.is_file()
    assert "<html" in page.read_text(encoding="utf-8").lower()

    rdflib_graph = Graph().parse(ttl, format="turtle")
    oxigraph_triples = list(pyoxigraph.parse(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(rdflib_graph) > 0
    assert len(oxigraph_triples) == len(rdflib_graph)


def test_build_leaves_the_cycle_collector_as_it_found_it(articles: tuple[Path, Path], tmp_path: Path,
                                                         monkeypatch) -> None:
    import gc

    from kg import build as build_module

    seen = []
    real = build_module._build
    monkeypatch.setattr(build_module, "_build", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    assert gc.isenabled()
    build_module.build(list(articles), tmp_path / "a", page=False)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(build_module.NothingToBuild):
            build_module.build([tmp_path / "missing.txt"], tmp_path / "b")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(build_module.NothingToBuild):  # an error ends the build: the collector is back on
        build_module.build([tmp_path / "missing.txt"], tmp_path / "b")
    assert gc.isenabled()


def test_build_no_page_writes_only_turtle(articles: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("build", *articles, "-o", out, "--no-page")
    assert result.exit_code == 0, result.stderr
    # .diplograph/ is the build state (kg.state), not output.
    assert sorted(p.name for p in out.iterdir() if p.name != ".diplograph") == ["graph.ttl"]


def test_build_graph_conforms_to_shapes(built: Path) -> None:
    conforms, report = validate(built)
    assert conforms, report
    result = invoke("validate", built)
    assert result.exit_code == 0, result.stderr
    assert "conforms" in result.output


# --- graph content ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(f"{TULEGENOV} {MENSAH}", id="both-people-are-labelled-persons"),
        pytest.param(f"{TULEGENOV} {MENSAH} ?a dg:metWith ?b . ?b dg:metWith ?a .", id="met-with-both-ways"),
        pytest.param(f"{TULEGENOV} ?a dg:represents <{KZ}> . <{KZ}> a dg:State .", id="tulegenov-represents-kz"),
        pytest.param(f"{MENSAH} ?b dg:represents <{GH}> . <{GH}> a dg:State .", id="mensah-represents-gh"),
        pytest.param(
            f"{TULEGENOV} {MENSAH} ?a dg:signed ?agreement . ?b dg:signed ?agreement . ?agreement a dg:Agreement .",
            id="both-signed-one-agreement",
        ),
        pytest.param(
            f"""{TULEGENOV} {MENSAH}
            VALUES ?class {{ {MEETING_CLASSES} }}
            ?meeting a ?class ; dg:participant ?a, ?b ; dg:date "2024-03-14"^^xsd:date .""",
            id="dated-meeting-of-both",
        ),
    ],
)
def test_build_graph_states_the_meeting(built: Path, body: str) -> None:
    assert ask(built, body)


def test_build_graph_does_not_mix_the_two_articles(built: Path) -> None:
    assert not ask(built, f'{TULEGENOV} ?a dg:metWith ?c . ?c rdfs:label "Ignacio Fuenzalida" .')
    assert not ask(built, f"{MENSAH} ?b dg:represents <{KZ}> .")


def test_build_met_with_edge_traces_to_sentence_and_article(built: Path) -> None:
    result = run_query(built, f"""
        SELECT DISTINCT ?evidence ?title WHERE {{
          {TULEGENOV} {MENSAH}
          {{ ?assertion rdf:subject ?a ; rdf:object ?b }} UNION {{ ?assertion rdf:subject ?b ; rdf:object ?a }}
          ?assertion a dg:Assertion ; rdf:predicate dg:metWith ; dg:evidence ?evidence ;
                     prov:wasDerivedFrom ?article .
          ?article a dg:Article ; dcterms:title ?title .
        }}""")
    assert result.rows, "no dg:Assertion with evidence for the metWith edge"
    assert {title for _, title in result.rows} == {GHANA_TITLE}
    for evidence, _ in result.rows:
        assert "Tulegenov" in evidence and "Mensah-Boateng" in evidence
        assert evidence in GHANA


@pytest.mark.parametrize("iri, code, wikidata", [(KZ, "KZ", "Q232"), (GH, "GH", "Q117")])
def test_build_states_carry_iso_code_and_wikidata(built: Path, iri: str, code: str, wikidata: str) -> None:
    result = run_query(built, f"SELECT ?code ?same WHERE {{ <{iri}> dg:isoCode ?code ; schema:sameAs ?same }}")
    assert result.rows == [[code, f"http://www.wikidata.org/entity/{wikidata}"]]


# --- determinism ------------------------------------------------------------


def test_build_is_independent_of_input_order(articles: tuple[Path, Path], tmp_path: Path) -> None:
    ghana, chile = articles
    assert invoke("build", ghana, chile, "-o", tmp_path / "gc", "-q").exit_code == 0
    assert invoke("build", chile, ghana, "-o", tmp_path / "cg", "-q").exit_code == 0
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "gc" / name).read_bytes() == (tmp_path / "cg" / name).read_bytes(), name


def test_build_is_independent_of_hash_seed(articles: tuple[Path, Path], tmp_path: Path) -> None:
    """The real ``kg`` command, in fresh interpreters with different hash seeds."""
    kg = kg_executable()
    ghana, chile = articles
    outputs = []
    for seed, order in (("0", (ghana, chile)), ("4242", (chile, ghana))):
        out = tmp_path / f"seed-{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([kg, "build", *map(str, order), "-o", str(out)],
                              env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        outputs.append(out)
    in_process = tmp_path / "in-process"
    assert invoke("build", ghana, chile, "-o", in_process).exit_code == 0
    for name in ("graph.ttl", "graph.html"):
        expected = (in_process / name).read_bytes()
        assert all((out / name).read_bytes() == expected for out in outputs), name


# --- bad input --------------------------------------------------------------


@pytest.fixture
def bad_inputs(tmp_path: Path) -> tuple[Path, Path]:
    empty, png = tmp_path / "empty.txt", tmp_path / "logo.png"
    empty.write_bytes(b"")
    png.write_bytes(PNG)
    return empty, png


def test_build_skips_bad_inputs_and_exits_3(articles, bad_inputs, tmp_path: Path) -> None:
    ghana, _ = articles
    out = tmp_path / "out"
    result = invoke("build", ghana, *bad_inputs, "-o", out)
    assert result.exit_code == 3, result.stderr
    lines = stderr_lines(result)
    for bad in bad_inputs:
        assert len([line for line in lines if bad.name in line]) == 1, lines
    assert not any(ghana.name in line for line in lines), lines
    assert ask(out / "graph.ttl", f"{TULEGENOV} {MENSAH} ?a dg:metWith ?b .")
    assert (out / "graph.html").is_file()


def test_build_strict_writes_nothing_on_bad_input(articles, bad_inputs, tmp_path: Path) -> None:
    ghana, _ = articles
    out = tmp_path / "out"
    result = invoke("build", "--strict", ghana, *bad_inputs, "-o", out)
    assert result.exit_code == 1
    assert_clean_failure(result)
    for bad in bad_inputs:
        assert bad.name in result.stderr
    assert not (out / "graph.ttl").exists() and not (out / "graph.html").exists()


def test_build_with_nothing_readable_keeps_previous_graph(articles, bad_inputs, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("build", *articles, "-o", out).exit_code == 0
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")}
    result = invoke("build", *bad_inputs, "-o", out)
    assert result.exit_code == 1
    assert_clean_failure(result)
    assert {name: (out / name).read_bytes() for name in before} == before
    assert sorted(p.name for p in out.iterdir() if p.name != ".diplograph") == sorted(before)


def test_build_missing_path_gives_one_line_error(tmp_path: Path) -> None:
    result = invoke("build", tmp_path / "no-such-article.txt", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert_clean_failure(result)
    lines = stderr_lines(result)
    assert lines[0].startswith("error:") and "no-such-article.txt" in lines[0], lines
    assert all(line.startswith("error:") for line in lines), lines
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_build_missing_path_real_command_has_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run([kg_executable(), "build", str(tmp_path / "nowhere.txt"), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() and done.stderr.strip().startswith("error:")


@pytest.mark.parametrize("names", [["no-such-article.txt"], ["empty.txt", "logo.png"]], ids=["missing", "all-bad"])
def test_build_with_nothing_readable_names_each_bad_input(bad_inputs, tmp_path: Path, names: list[str]) -> None:
    """When nothing can be built the user still needs to know which input was wrong."""
    result = invoke("build", *[tmp_path / name for name in names], "-o", tmp_path / "out")
    assert result.exit_code == 1
    for name in names:
        assert name in result.stderr, f"{name} not named on stderr: {result.stderr!r}"


# --- query ------------------------------------------------------------------

PEOPLE = ("SELECT ?name WHERE { ?p a dg:Person ; dg:represents ?s ; rdfs:label ?name . "
          "FILTER(?s IN (<https://diplograph.org/id/state/gh>, <https://diplograph.org/id/state/cl>)) } "
          "ORDER BY ?name")
FOREIGN_MINISTERS = ["Ignacio Fuenzalida", "Kwame Mensah-Boateng"]


def test_query_prints_a_table(built: Path) -> None:
    result = invoke("query", built, PEOPLE)
    assert result.exit_code == 0, result.stderr
    lines = result.output.splitlines()
    assert lines[0].strip() == "name"
    assert set(lines[1].strip()) == {"-"}
    assert [line.strip() for line in lines[2:-1]] == FOREIGN_MINISTERS
    assert lines[-1] == "(2 rows)"


def test_query_prints_csv(built: Path) -> None:
    result = invoke("query", built, "--format", "csv", PEOPLE)
    assert result.exit_code == 0, result.stderr
    assert list(csv.reader(io.StringIO(result.output))) == [["name"]] + [[name] for name in FOREIGN_MINISTERS]


def test_query_prints_json(built: Path) -> None:
    result = invoke("query", built, "--format", "json", PEOPLE)
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.output)
    assert document["head"]["vars"] == ["name"]
    assert [row["name"] for row in document["results"]["bindings"]] == [
        {"type": "literal", "value": name} for name in FOREIGN_MINISTERS
    ]


def test_query_reads_file(built: Path, tmp_path: Path) -> None:
    query_file = tmp_path / "people.rq"
    query_file.write_text(PEOPLE, encoding="utf-8")
    result = invoke("query", built, "--file", query_file, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.output.splitlines()[1:] == FOREIGN_MINISTERS


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?name WHERE { ?p a dg:Person ; rdfs:label ?name ",
        "SELECT ?x WHERE { ?x a nosuchprefix:Thing }",
        "SELEKT ?x WHERE { ?x ?p ?o }",
    ],
    ids=["unclosed-brace", "unknown-prefix", "misspelt-keyword"],
)
def test_query_malformed_gives_one_line_error(built: Path, sparql: str) -> None:
    result = invoke("query", built, sparql)
    assert_clean_failure(result)
    assert len(stderr_lines(result)) == 1, result.stderr
    assert result.stdout == ""


def test_query_missing_graph_gives_one_line_error(tmp_path: Path) -> None:
    result = invoke("query", tmp_path / "nothing.ttl", "ASK { ?s ?p ?o }")
    assert_clean_failure(result)
    assert len(stderr_lines(result)) == 1
    assert "nothing.ttl" in result.stderr


INSERT = 'INSERT DATA { <https://diplograph.org/id/person/x> rdfs:label "Inserted" }'


def test_query_refuses_update_without_flag(built: Path, tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    shutil.copyfile(built, graph)
    before = graph.read_bytes()
    result = invoke("query", graph, INSERT)
    assert_clean_failure(result)
    assert "UPDATE" in result.stderr and len(stderr_lines(result)) == 1
    assert graph.read_bytes() == before


def test_query_update_with_flag_rewrites_graph(built: Path, tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    shutil.copyfile(built, graph)
    result = invoke("query", graph, "--update", INSERT)
    assert result.exit_code == 0, result.stderr
    assert ask(graph, '?x rdfs:label "Inserted"')
    assert ask(graph, f"{TULEGENOV} {MENSAH} ?a dg:metWith ?b .")


# --- help -------------------------------------------------------------------


def test_build_help_documents_exit_statuses() -> None:
    result = invoke("build", "--help")
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    section = text[text.index("Exit status"):]
    for status in ("0", "1", "3"):
        assert re.search(rf"\b{status}\b", section), f"exit status {status} not documented"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_help_has_example(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
    example = result.output[result.output.index("Example"):].splitlines()[1].strip()
    assert example.startswith(f"kg {command} "), example


def test_cli_has_the_documented_commands() -> None:
    assert isinstance(main, click.Group)
    assert {"build", "query", "validate"} <= set(main.commands)
