"""Tests of ontology/diplograph.ttl, ontology/shapes.ttl and kg.validate."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace

from kg.errors import InputError
from kg.validate import ONTOLOGY_PATH, SHAPES_PATH, validate

DG = Namespace("https://diplograph.org/ontology#")

CLASSES = [
    "Person", "State", "Organization", "Event", "Agreement", "Place", "Meeting", "Visit",
    "Talks", "Consultations", "PhoneCall", "Signing", "Article", "Assertion", "Role",
]
PROPERTIES = [
    "metWith", "signed", "represents", "memberOf", "partyTo", "invitedTo", "participatedIn",
    "headquarteredIn", "partOf", "participant", "date", "heldIn", "resultedIn", "evidence",
    "title", "holdsRole", "roleOf", "isoCode", "acronym", "sourceFile",
]

# A small graph shaped like ontology/VOCABULARY.md; the meeting is typed only
# dg:Consultations, so it is checked as a Meeting and an Event through the ontology.
CONFORMING = """\
@base <https://diplograph.org/id/> .
@prefix dg: <https://diplograph.org/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .

<person/alibek-bakayev> a dg:Person ;
    rdfs:label "Alibek Bakayev" ;
    skos:altLabel "Alibek Bakaev", "Bakayev" ;
    dg:title "Deputy Minister of Foreign Affairs" ;
    dg:holdsRole <role/alibek-bakayev-deputy-minister-of-foreign-affairs> ;
    dg:represents <state/kz> ;
    dg:metWith <person/aruni-wijewardane> ;
    dg:participatedIn <meeting/3f2a-1> ;
    dg:invitedTo <event/astana-international-forum> ;
    prov:wasDerivedFrom <article/3f2a> .

<person/aruni-wijewardane> a dg:Person ;
    rdfs:label "Aruni Wijewardane" ;
    dg:represents <state/lk> ;
    dg:metWith <person/alibek-bakayev> ;
    prov:wasDerivedFrom <article/3f2a> .

<role/alibek-bakayev-deputy-minister-of-foreign-affairs> a dg:Role ;
    rdfs:label "Deputy Minister of Foreign Affairs" ;
    dg:roleOf <state/kz> .

<state/kz> a dg:State ;
    rdfs:label "Kazakhstan" ; skos:altLabel "Republic of Kazakhstan", "Kazakh" ;
    dg:isoCode "KZ" ;
    dg:memberOf <org/sco> ;
    dg:signed <agreement/visa-waiver> ;
    dg:partyTo <agreement/visa-waiver> ;
    schema:sameAs <http://www.wikidata.org/entity/Q232> .

<state/lk> a dg:State ; rdfs:label "Sri Lanka" ; dg:isoCode "LK" .

<org/sco> a dg:Organization ;
    rdfs:label "Shanghai Cooperation Organisation" ;
    dg:acronym "SCO" ;
    dg:headquarteredIn <place/beijing> .

<org/mfa-kz> a dg:Organization ;
    rdfs:label "Ministry of Foreign Affairs of Kazakhstan" ;
    dg:partOf <state/kz> .

<place/beijing> a dg:Place ; rdfs:label "Beijing" .
<place/astana> a dg:Place ; rdfs:label "Astana" .

<event/astana-international-forum> a dg:Event ; rdfs:label "Astana International Forum" .

<agreement/visa-waiver> a dg:Agreement ; rdfs:label "Agreement on visa waiver" .

<meeting/3f2a-1> a dg:Consultations ;
    rdfs:label "Consultations of Alibek Bakayev and Aruni Wijewardane" ;
    dg:participant <person/alibek-bakayev>, <person/aruni-wijewardane>, <state/kz> ;
    dg:date "2024-04-11"^^xsd:date ;
    dg:heldIn <place/astana> ;
    dg:resultedIn <agreement/visa-waiver> ;
    dg:evidence "The second round of Kazakh-Sri Lankan political consultations was held." ;
    prov:wasDerivedFrom <article/3f2a> .

<assertion/9c1e> a dg:Assertion ;
    rdf:subject <person/alibek-bakayev> ;
    rdf:predicate dg:metWith ;
    rdf:object <person/aruni-wijewardane> ;
    dg:evidence "The second round of Kazakh-Sri Lankan political consultations was held." ;
    prov:wasDerivedFrom <article/3f2a> .

<article/3f2a> a dg:Article ;
    dcterms:title "Kazakhstan and Sri Lanka Intend to Strengthen Bilateral Cooperation" ;
    dcterms:date "2024-04-11"^^xsd:date ;
    schema:url "https://astanatimes.com/2024/04/x"^^xsd:anyURI ;
    dg:sourceFile "corpus/seeds/003_5d660a483205698d.txt" ;
    dcterms:publisher "The Astana Times" .
"""

ASSERTION_EVIDENCE = (
    '    rdf:object <person/aruni-wijewardane> ;\n'
    '    dg:evidence "The second round of Kazakh-Sri Lankan political consultations was held." ;\n'
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(text, encoding="utf-8")
    return path


def test_ontology_parses_with_rdflib_and_pyoxigraph(ontology: Graph) -> None:
    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY_PATH), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(ontology) > 100
    assert (None, RDF.type, OWL.Ontology) in ontology
    assert any(ontology.objects(None, OWL.versionInfo))


def test_ontology_shapes_parse() -> None:
    shapes = Graph().parse(SHAPES_PATH, format="turtle")
    assert len(shapes) > 50


@pytest.mark.parametrize("name", CLASSES + PROPERTIES)
def test_ontology_every_term_has_label_and_comment(ontology: Graph, name: str) -> None:
    term = DG[name]
    assert ontology.value(term, RDFS.label) is not None
    assert ontology.value(term, RDFS.comment) is not None


@pytest.mark.parametrize("name", CLASSES)
def test_ontology_every_class_is_declared(ontology: Graph, name: str) -> None:
    assert (DG[name], RDF.type, OWL.Class) in ontology


def test_ontology_declares_no_undocumented_dg_terms(ontology: Graph) -> None:
    declared = {str(s).removeprefix(str(DG)) for s in ontology.subjects() if str(s).startswith(str(DG))}
    assert declared == set(CLASSES + PROPERTIES)


def test_ontology_meeting_is_an_event(ontology: Graph) -> None:
    assert (DG.Meeting, RDFS.subClassOf, DG.Event) in ontology
    for name in ["Visit", "Talks", "Consultations", "PhoneCall", "Signing"]:
        assert (DG[name], RDFS.subClassOf, DG.Meeting) in ontology


def test_ontology_met_with_is_symmetric(ontology: Graph) -> None:
    assert (DG.metWith, RDF.type, OWL.SymmetricProperty) in ontology


def test_ontology_aligns_by_subclass_not_equivalence(ontology: Graph) -> None:
    assert not list(ontology.triples((None, OWL.equivalentClass, None)))
    schema = Namespace("https://schema.org/")
    assert (DG.Person, RDFS.subClassOf, schema.Person) in ontology
    assert (DG.Assertion, RDFS.subClassOf, RDF.Statement) in ontology


def test_validate_conforming_graph(tmp_path: Path) -> None:
    conforms, report = validate(write(tmp_path, CONFORMING))
    assert conforms, report


def test_validate_accepts_rdflib_graph() -> None:
    graph = Graph().parse(data=CONFORMING, format="turtle")
    conforms, report = validate(graph)
    assert conforms, report


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        pytest.param('    rdfs:label "Aruni Wijewardane" ;\n', "", "rdfs:label", id="person-without-label"),
        pytest.param('    rdfs:label "Aruni Wijewardane" ;\n',
                     '    rdfs:label "Aruni Wijewardane", "A. Wijewardane" ;\n', "rdfs:label",
                     id="person-with-two-labels"),
        pytest.param('<state/lk> a dg:State ; rdfs:label "Sri Lanka" ; dg:isoCode "LK" .',
                     '<state/lk> a dg:State ; rdfs:label "Sri Lanka" ; dg:isoCode "LK" ; '
                     "dg:metWith <person/alibek-bakayev> .", "dg:metWith", id="met-with-from-state"),
        pytest.param("    dg:metWith <person/alibek-bakayev> ;\n",
                     "    dg:metWith <person/alibek-bakayev>, <state/kz> ;\n", "dg:metWith",
                     id="met-with-to-state"),
        pytest.param('    dg:date "2024-04-11"^^xsd:date ;\n    dg:heldIn',
                     '    dg:date "2024-04-11" ;\n    dg:heldIn', "xsd:date", id="meeting-date-string"),
        pytest.param("    dg:participant <person/alibek-bakayev>, <person/aruni-wijewardane>, <state/kz> ;\n",
                     "", "participant", id="meeting-without-participant"),
        pytest.param("    dg:participant <person/alibek-bakayev>, <person/aruni-wijewardane>, <state/kz> ;\n",
                     "    dg:participant <place/astana> ;\n", "participant", id="meeting-participant-place"),
        pytest.param('    rdfs:label "Consultations of Alibek Bakayev and Aruni Wijewardane" ;\n', "",
                     "rdfs:label", id="meeting-subclass-without-label"),
        pytest.param(ASSERTION_EVIDENCE, "    rdf:object <person/aruni-wijewardane> ;\n", "evidence",
                     id="assertion-without-evidence"),
        pytest.param('dg:isoCode "LK"', 'dg:isoCode "lk"', "ISO", id="lowercase-iso-code"),
        pytest.param("    dg:represents <state/lk> ;\n", "    dg:represents <place/astana> ;\n",
                     "dg:represents", id="represents-a-place"),
        pytest.param('    dg:sourceFile "corpus/seeds/003_5d660a483205698d.txt" ;\n', "", None,
                     id="article-with-url-only-is-fine"),
        pytest.param('    schema:url "https://astanatimes.com/2024/04/x"^^xsd:anyURI ;\n'
                     '    dg:sourceFile "corpus/seeds/003_5d660a483205698d.txt" ;\n', "",
                     "sourceFile", id="article-without-source"),
        pytest.param("<person/aruni-wijewardane> a dg:Person", "<person/Aruni_W> a dg:Person",
                     "person/", id="person-iri-not-a-slug"),
    ],
)
def test_validate_reports_violation(tmp_path: Path, old: str, new: str, message: str | None) -> None:
    assert old in CONFORMING
    conforms, report = validate(write(tmp_path, CONFORMING.replace(old, new)))
    if message is None:
        assert conforms, report
    else:
        assert not conforms
        assert message in report


def test_validate_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such RDF file"):
        validate(tmp_path / "absent.ttl")


def test_validate_bad_turtle_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not parseable RDF"):
        validate(write(tmp_path, "<a> <b> ."))
