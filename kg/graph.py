"""The graph stage: a resolved ``KnowledgeGraph`` -> RDF (rdflib) and networkx.

Public API: ``iri(key)``, ``triples(kg) -> set[Triple]`` (plain data: ``Lit`` literals and IRI
strings, the fast path to Turtle), ``iter_triples(kg)`` (the same, streamed), ``to_rdf(kg) ->
rdflib.Graph``, ``to_networkx(kg) -> nx.MultiDiGraph``, and the namespaces ``DG`` (vocabulary)
and ``DGR`` (minted resources).

The shape of the RDF is documented in ``ontology/VOCABULARY.md``. IRIs come from
canonical keys, so the same entity gets the same IRI in every build; no blank
nodes are used, so the output is deterministic.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

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


class Lit(NamedTuple):
    """A literal as plain data: lexical form and datatype IRI ("" for a plain string)."""

    value: str
    datatype: str = ""


#: A triple as plain data: subject and predicate IRIs, and an object IRI (``str``) or ``Lit``.
Triple = tuple[str, str, "str | Lit"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XSD_DATE, _XSD_ANYURI = str(XSD.date), str(XSD.anyURI)
_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_DERIVED = str(PROV.wasDerivedFrom)
_D = str(DG)
_DGR = str(DGR)


def _text(value: str) -> Lit:
    # Literals never carry control characters other than tab and newline.
    return Lit(_CONTROL.sub(" ", value))


def _date(value: str) -> Lit | None:
    return Lit(value, _XSD_DATE) if _DATE.match(value or "") else None


def _iri(key: str) -> str:
    return _iri_cached(key)


@lru_cache(maxsize=1 << 20)
def _iri_cached(key: str) -> str:
    return str(iri(key))


def _article_iri(article_id: str) -> str:
    return f"{_DGR}article/{article_id}"


def triples(kg: KnowledgeGraph) -> set[Triple]:
    """Every triple of the graph, as plain data (the fast path to Turtle: ``kg.export.turtle``)."""
    return set(iter_triples(kg))


def iter_triples(kg: KnowledgeGraph) -> Iterator[Triple]:
    """The triples of ``triples(kg)`` one by one (a few more than once), never all in memory."""
    buffer: list[Triple] = []
    add = buffer.append
    for aid in sorted(kg.articles):
        a = kg.articles[aid]
        node = _article_iri(aid)
        add((node, _TYPE, _D + "Article"))
        if a.title:
            add((node, str(DCTERMS.title), _text(a.title)))
        if d := _date(a.date):
            add((node, str(DCTERMS.date), d))
        if a.url:
            add((node, str(SCHEMA.url), Lit(a.url, _XSD_ANYURI)))
        if a.source:
            add((node, _D + "sourceFile", _text(a.source)))
        if a.outlet:
            add((node, str(DCTERMS.publisher), _text(a.outlet)))
        yield from buffer
        buffer.clear()
    represented: dict[str, list[str]] = {}
    for r in kg.relations:
        if r.kind == "represents":
            represented.setdefault(r.subject, []).append(r.object)
    for key in sorted(kg.entities):
        _entity(add, kg.entities[key], kg, sorted(represented.get(key, ())))
        yield from buffer
        buffer.clear()
    for r in kg.relations:
        s, o, p = _iri(r.subject), _iri(r.object), _D + r.kind
        add((s, p, o))
        if r.kind in SYMMETRIC:
            add((o, p, s))
        h = hashlib.sha1("\x1f".join((r.kind, r.subject, r.object, r.article, r.sentence)).encode()).hexdigest()
        node = f"{_DGR}assertion/{h[:20]}"
        add((node, _TYPE, _D + "Assertion"))
        add((node, str(RDF.subject), s))
        add((node, str(RDF.predicate), p))
        add((node, str(RDF.object), o))
        add((node, _D + "evidence", _text(r.sentence)))
        add((node, _DERIVED, _article_iri(r.article)))
        yield from buffer
        buffer.clear()
    for m in kg.meetings:
        node = _iri(m.key)
        add((node, _TYPE, _D + "Meeting"))  # queries need no reasoner to find every kind
        add((node, _TYPE, _D + m.kind))
        names = [kg.entities[p].label for p in m.participants if p in kg.entities]
        add((node, _LABEL, _text(f"{_KIND_LABEL.get(m.kind, m.kind)}: {' and '.join(names)}")))
        for p in m.participants:
            add((node, _D + "participant", _iri(p)))
        if d := _date(m.date):
            add((node, _D + "date", d))
        if m.place:
            add((node, _D + "heldIn", _iri(m.place)))
        for a in m.agreements:
            add((node, _D + "resultedIn", _iri(a)))
        add((node, _D + "evidence", _text(m.sentence)))
        add((node, _DERIVED, _article_iri(m.article)))
        yield from buffer
        buffer.clear()


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The graph as an rdflib ``Graph`` (for SPARQL, SHACL and the other export formats)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o in iter_triples(kg):
        obj = (Literal(o.value, datatype=URIRef(o.datatype)) if o.datatype else Literal(o.value)) \
            if isinstance(o, Lit) else URIRef(o)
        g.add((URIRef(s), URIRef(p), obj))
    return g


_KIND_LABEL = {"Meeting": "Meeting", "Talks": "Talks", "Visit": "Visit", "Consultations": "Consultations",
               "PhoneCall": "Phone call", "Signing": "Signing"}
_WIKIDATA = re.compile(r"^Q\d+$")


def _entity(add, e: Entity, kg: KnowledgeGraph, states: list[str]) -> None:
    node = _iri(e.key)
    add((node, _TYPE, _D + e.type))
    add((node, _LABEL, _text(e.label)))
    for alias in sorted(e.aliases - {e.label}):
        add((node, _ALT, _text(alias)))
    for aid in sorted(e.articles):
        add((node, _DERIVED, _article_iri(aid)))
    if e.type == "State" and e.attrs.get("iso"):
        add((node, _D + "isoCode", Lit(e.attrs["iso"].upper())))
    if _WIKIDATA.match(e.attrs.get("wikidata", "")):
        add((node, str(SCHEMA.sameAs), str(WD[e.attrs["wikidata"]])))
    if e.type == "Organization":
        if e.attrs.get("acronym"):
            add((node, _D + "acronym", _text(e.attrs["acronym"])))
        if e.attrs.get("partOf", "").startswith("state:") and e.attrs["partOf"] in kg.entities:
            add((node, _D + "partOf", _iri(e.attrs["partOf"])))
        hq = e.attrs.get("headquarters")
        if hq and f"place:{slug(hq)}" in kg.entities:
            add((node, _D + "headquarteredIn", _iri(f"place:{slug(hq)}")))
    if e.type == "Person":
        # ``states``: the objects of every represents edge of this person, sorted, one per edge
        for title in sorted(e.titles):
            role = f"{_DGR}role/{e.key.partition(':')[2]}-{slug(title, limit=60)}"
            add((node, _D + "title", _text(title)))
            add((node, _D + "holdsRole", role))
            add((role, _TYPE, _D + "Role"))
            add((role, _LABEL, _text(title)))
            if len(states) == 1:
                add((role, _D + "roleOf", _iri(states[0])))


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """The graph the page draws: entities and meetings as nodes, typed edges with evidence."""
    g = nx.MultiDiGraph()
    infos: dict[str, dict[str, str]] = {}

    def article_info(aid: str) -> dict[str, str]:
        # one dict per article, shared by every node that cites it (a state may cite thousands)
        info = infos.get(aid)
        if info is None:
            a = kg.articles.get(aid)
            info = infos[aid] = {"title": aid, "date": "", "source": "", "url": ""} if a is None else \
                {"title": a.title or a.source, "date": a.date, "source": a.source, "url": a.url}
        return info

    represents: dict[str, list[str]] = {}
    for r in kg.relations:
        if r.kind == "represents" and r.object.startswith("state:"):
            represents.setdefault(r.subject, []).append(_iri(r.object))
    for key in sorted(kg.entities):
        e = kg.entities[key]
        states = sorted(set(represents.get(key, [])))
        if e.type == "State":
            states = [_iri(key)]
        g.add_node(_iri(key), type=e.type, label=e.label, aliases=sorted(e.aliases), titles=sorted(e.titles),
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
        g.add_edge(_iri(a), _iri(b), key=kind, kind=kind, evidence=ev)
    for m in kg.meetings:
        node = _iri(m.key)
        names = [kg.entities[p].label for p in m.participants if p in kg.entities]
        info = article_info(m.article)
        states = sorted({s for p in m.participants for s in represents.get(p, [])})
        g.add_node(node, type="Meeting", label=f"{_KIND_LABEL.get(m.kind, m.kind)}: {' and '.join(names)}",
                   aliases=[], titles=[], articles=[info], date=m.date, states=states)
        ev = [{"article_title": info["title"], "date": m.date, "sentence": m.sentence, "source": info["source"]}]
        for p in m.participants:
            g.add_edge(node, _iri(p), key="participant", kind="participant", evidence=ev)
        if m.place:
            g.add_edge(node, _iri(m.place), key="heldIn", kind="heldIn", evidence=ev)
        for ag in m.agreements:
            g.add_edge(node, _iri(ag), key="resultedIn", kind="resultedIn", evidence=ev)
    return g
