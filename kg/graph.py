"""The graph stage: a resolved ``KnowledgeGraph`` -> RDF (rdflib) and networkx.

Public API: ``iri(key)``, ``to_rdf(kg) -> rdflib.Graph``, ``to_networkx(kg) -> nx.MultiDiGraph``,
and the namespaces ``DG`` (vocabulary) and ``DGR`` (minted resources).

The shape of the RDF is documented in ``ontology/VOCABULARY.md``. IRIs come from
canonical keys, so the same entity gets the same IRI in every build; no blank
nodes are used, so the output is deterministic.
"""
from __future__ import annotations

import hashlib
import re

import networkx as nx
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .extract.text import slug
from .model import Entity, KnowledgeGraph

DG = Namespace("https://diplograph.org/ontology#")
DGR = Namespace("https://diplograph.org/id/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

PREFIXES = {"dg": DG, "dgr": DGR, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD, "prov": PROV,
            "dcterms": DCTERMS, "schema": SCHEMA, "owl": OWL, "org": ORG, "sem": SEM, "foaf": FOAF}

_SEGMENT = {"person": "person", "state": "state", "org": "org", "event": "event", "agreement": "agreement",
            "place": "place", "meeting": "meeting", "article": "article"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SYMMETRIC = {"metWith"}


def iri(key: str) -> URIRef:
    kind, _, rest = key.partition(":")
    segment = _SEGMENT.get(kind, "thing")
    rest = re.sub(r"[^A-Za-z0-9._-]", "-", rest) or "x"
    return DGR[f"{segment}/{rest}"]


def article_iri(article_id: str) -> URIRef:
    return DGR[f"article/{article_id}"]


def _text(value: str) -> Literal:
    # Literals never carry control characters other than tab and newline.
    return Literal(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", value))


def _date(value: str) -> Literal | None:
    return Literal(value, datatype=XSD.date) if _DATE.match(value or "") else None


def to_rdf(kg: KnowledgeGraph) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for aid in sorted(kg.articles):
        a = kg.articles[aid]
        node = article_iri(aid)
        g.add((node, RDF.type, DG.Article))
        if a.title:
            g.add((node, DCTERMS.title, _text(a.title)))
        if d := _date(a.date):
            g.add((node, DCTERMS.date, d))
        if a.url:
            g.add((node, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        if a.source:
            g.add((node, DG.sourceFile, _text(a.source)))
        if a.outlet:
            g.add((node, DCTERMS.publisher, _text(a.outlet)))
    for key in sorted(kg.entities):
        _entity(g, kg.entities[key], kg)
    for r in kg.relations:
        s, o, p = iri(r.subject), iri(r.object), DG[r.kind]
        g.add((s, p, o))
        if r.kind in SYMMETRIC:
            g.add((o, p, s))
        h = hashlib.sha1("\x1f".join((r.kind, r.subject, r.object, r.article, r.sentence)).encode()).hexdigest()
        node = DGR[f"assertion/{h[:20]}"]
        g.add((node, RDF.type, DG.Assertion))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, DG.evidence, _text(r.sentence)))
        g.add((node, PROV.wasDerivedFrom, article_iri(r.article)))
    for m in kg.meetings:
        node = iri(m.key)
        g.add((node, RDF.type, DG.Meeting))  # queries need no reasoner to find every kind
        g.add((node, RDF.type, DG[m.kind]))
        names = [kg.entities[p].label for p in m.participants if p in kg.entities]
        g.add((node, RDFS.label, _text(f"{_KIND_LABEL.get(m.kind, m.kind)}: {' and '.join(names)}")))
        for p in m.participants:
            g.add((node, DG.participant, iri(p)))
        if d := _date(m.date):
            g.add((node, DG.date, d))
        if m.place:
            g.add((node, DG.heldIn, iri(m.place)))
        for a in m.agreements:
            g.add((node, DG.resultedIn, iri(a)))
        g.add((node, DG.evidence, _text(m.sentence)))
        g.add((node, PROV.wasDerivedFrom, article_iri(m.article)))
    return g


_KIND_LABEL = {"Meeting": "Meeting", "Talks": "Talks", "Visit": "Visit", "Consultations": "Consultations",
               "PhoneCall": "Phone call", "Signing": "Signing"}


def _entity(g: Graph, e: Entity, kg: KnowledgeGraph) -> None:
    node = iri(e.key)
    g.add((node, RDF.type, DG[e.type]))
    g.add((node, RDFS.label, _text(e.label)))
    for alias in sorted(e.aliases - {e.label}):
        g.add((node, SKOS.altLabel, _text(alias)))
    for aid in sorted(e.articles):
        g.add((node, PROV.wasDerivedFrom, article_iri(aid)))
    if e.type == "State" and e.attrs.get("iso"):
        g.add((node, DG.isoCode, Literal(e.attrs["iso"].upper())))
    if re.match(r"^Q\d+$", e.attrs.get("wikidata", "")):
        g.add((node, SCHEMA.sameAs, WD[e.attrs["wikidata"]]))
    if e.type == "Organization":
        if e.attrs.get("acronym"):
            g.add((node, DG.acronym, _text(e.attrs["acronym"])))
        if e.attrs.get("partOf", "").startswith("state:") and e.attrs["partOf"] in kg.entities:
            g.add((node, DG.partOf, iri(e.attrs["partOf"])))
        hq = e.attrs.get("headquarters")
        if hq and f"place:{slug(hq)}" in kg.entities:
            g.add((node, DG.headquarteredIn, iri(f"place:{slug(hq)}")))
    if e.type == "Person":
        states = sorted(r.object for r in kg.relations if r.kind == "represents" and r.subject == e.key)
        for title in sorted(e.titles):
            role = DGR[f"role/{e.key.partition(':')[2]}-{slug(title, limit=60)}"]
            g.add((node, DG.title, _text(title)))
            g.add((node, DG.holdsRole, role))
            g.add((role, RDF.type, DG.Role))
            g.add((role, RDFS.label, _text(title)))
            if len(states) == 1:
                g.add((role, DG.roleOf, iri(states[0])))


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """The graph the page draws: entities and meetings as nodes, typed edges with evidence."""
    g = nx.MultiDiGraph()

    def article_info(aid: str) -> dict[str, str]:
        a = kg.articles.get(aid)
        if a is None:
            return {"title": aid, "date": "", "source": "", "url": ""}
        return {"title": a.title or a.source, "date": a.date, "source": a.source, "url": a.url}

    represents: dict[str, list[str]] = {}
    for r in kg.relations:
        if r.kind == "represents" and r.object.startswith("state:"):
            represents.setdefault(r.subject, []).append(str(iri(r.object)))
    for key in sorted(kg.entities):
        e = kg.entities[key]
        states = sorted(set(represents.get(key, [])))
        if e.type == "State":
            states = [str(iri(key))]
        g.add_node(str(iri(key)), type=e.type, label=e.label, aliases=sorted(e.aliases), titles=sorted(e.titles),
                   articles=[article_info(a) for a in sorted(e.articles)], date="", states=states)
    evidence: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for r in kg.relations:
        a, b = r.subject, r.object
        if r.kind in SYMMETRIC and b < a:
            a, b = b, a
        info = article_info(r.article)
        evidence.setdefault((r.kind, a, b), []).append(
            {"article_title": info["title"], "date": info["date"], "sentence": r.sentence, "source": info["source"]})
    for (kind, a, b), ev in sorted(evidence.items()):
        g.add_edge(str(iri(a)), str(iri(b)), key=kind, kind=kind, evidence=ev)
    for m in kg.meetings:
        node = str(iri(m.key))
        names = [kg.entities[p].label for p in m.participants if p in kg.entities]
        info = article_info(m.article)
        states = sorted({s for p in m.participants for s in represents.get(p, [])})
        g.add_node(node, type="Meeting", label=f"{_KIND_LABEL.get(m.kind, m.kind)}: {' and '.join(names)}",
                   aliases=[], titles=[], articles=[info], date=m.date, states=states)
        ev = [{"article_title": info["title"], "date": m.date, "sentence": m.sentence, "source": info["source"]}]
        for p in m.participants:
            g.add_edge(node, str(iri(p)), key="participant", kind="participant", evidence=ev)
        if m.place:
            g.add_edge(node, str(iri(m.place)), key="heldIn", kind="heldIn", evidence=ev)
        for ag in m.agreements:
            g.add_edge(node, str(iri(ag)), key="resultedIn", kind="resultedIn", evidence=ev)
    return g
