"""Export stage, other formats: the built graph -> files beside ``graph.ttl`` for other tools.

Public API:
    FORMATS                                     every format name ``kg build --format`` accepts
    parse_formats(spec) -> tuple[str, ...]      "nt,trig" / "all" -> checked names (FormatError if unknown)
    write_formats(rdf, out_dir, formats, *, network=None) -> dict[str, Path]
    ntriples(rdf) -> bytes, trig(rdf) -> bytes, jsonld(rdf) -> str, graphml(network) -> str
    article_graphs(rdf) -> list[(graph name or None, triple)]   how TriG splits the graph

Files: ``graph.nt`` (N-Triples), ``graph.jsonld`` (JSON-LD with a context of short keys),
``graph.trig`` (TriG, one named graph per article), ``graph.graphml`` (GraphML for Gephi and
networkx) and ``neo4j/`` (CSV files for ``neo4j-admin database import`` plus ``load.cypher``;
see ``kg.export.neo4j``). Every file is written with ``write_atomically`` and is
deterministic: triples, nodes, edges and keys are sorted, so a rebuild gives the same bytes.

How TriG splits the graph: an article's named graph (named by the article's IRI) holds the
facts that article is the provenance of: the article node, its meetings, its ``dg:Assertion``
nodes, the typed edges those assertions support (both directions of a symmetric
``dg:metWith``) and the ``prov:wasDerivedFrom`` links from entities to it. Everything else,
the descriptions of entities shared by all articles (types, labels, titles, roles, ISO codes,
Wikidata links, ``dg:partOf``...), is in the default graph. An edge stated by two articles
is in both of their graphs, so ``DROP GRAPH <article>`` removes exactly what only that
article says, and the union of all graphs is ``graph.ttl``.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from ..atomic import write_atomically
from ..errors import DiplographError
from ..graph import DG, PREFIXES, SYMMETRIC

FORMATS = ("ttl", "nt", "jsonld", "trig", "graphml", "neo4j")
FILE_NAMES = {"ttl": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld", "trig": "graph.trig",
              "graphml": "graph.graphml", "neo4j": "neo4j"}
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()} | {"wd": "http://www.wikidata.org/entity/"}


class FormatError(DiplographError):
    """An unknown output format was asked for."""


def parse_formats(spec: str) -> tuple[str, ...]:
    """``"ttl,nt"`` -> ("ttl", "nt"); ``"all"`` -> every format. ``ttl`` is always included."""
    names = [part.strip().lower() for part in spec.split(",") if part.strip()]
    if "all" in names:
        return FORMATS
    unknown = sorted(set(names) - set(FORMATS))
    if unknown:
        raise FormatError(f"unknown format {', '.join(unknown)}: choose from {', '.join(FORMATS)} or all")
    return tuple(f for f in FORMATS if f in names or f == "ttl")


def write_formats(rdf: Graph, out_dir: str | Path, formats: tuple[str, ...] | list[str], *,
                  network: nx.MultiDiGraph | None = None) -> dict[str, Path]:
    """Write each of ``formats`` except ``ttl`` (written by kg.export.rdf) into ``out_dir``."""
    out = Path(out_dir)
    written: dict[str, Path] = {}
    for fmt in formats:
        path = out / FILE_NAMES[fmt]
        if fmt == "nt":
            write_atomically(path, ntriples(rdf))
        elif fmt == "jsonld":
            write_atomically(path, jsonld(rdf))
        elif fmt == "trig":
            write_atomically(path, trig(rdf))
        elif fmt == "graphml":
            if network is None:
                raise FormatError("GraphML needs the networkx graph of the build")
            write_atomically(path, graphml(network))
        elif fmt == "neo4j":
            from .neo4j import write_neo4j

            write_neo4j(rdf, path)
        else:
            continue
        written[fmt] = path
    return written


# --- RDF formats -------------------------------------------------------------


def _ox(term: object) -> object:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def _sorted_triples(triples) -> list[ox.Triple]:
    converted = [ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in triples]
    return sorted(converted, key=str)


def ntriples(rdf: Graph) -> bytes:
    """Canonical N-Triples, one triple a line, lines sorted."""
    return ox.serialize(_sorted_triples(rdf), format=ox.RdfFormat.N_TRIPLES)


def article_graphs(rdf: Graph) -> list[tuple[URIRef | None, tuple]]:
    """Each triple with the graph TriG puts it in: an article IRI, or None for the default graph."""
    article_of: dict[URIRef, URIRef] = {}
    for article in rdf.subjects(RDF.type, DG.Article):
        article_of[article] = article
    for node in set(rdf.subjects(RDF.type, DG.Assertion)) | set(rdf.subjects(RDF.type, DG.Meeting)):
        source = rdf.value(node, PROV.wasDerivedFrom)
        if source is not None:
            article_of[node] = source
    edges: dict[tuple, set[URIRef]] = {}
    for assertion in rdf.subjects(RDF.type, DG.Assertion):
        s, p, o = (rdf.value(assertion, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        article = article_of.get(assertion)
        if None in (s, p, o) or article is None:
            continue
        edges.setdefault((s, p, o), set()).add(article)
        if p in {DG[k] for k in SYMMETRIC}:
            edges.setdefault((o, p, s), set()).add(article)
    placed: list[tuple[URIRef | None, tuple]] = []
    for triple in rdf:
        s, p, o = triple
        if s in article_of:
            placed.append((article_of[s], triple))
        elif p == PROV.wasDerivedFrom and (o, RDF.type, DG.Article) in rdf:
            placed.append((o, triple))
        elif triple in edges:
            placed.extend((article, triple) for article in sorted(edges[triple]))
        else:
            placed.append((None, triple))
    return placed


def trig(rdf: Graph) -> bytes:
    """TriG: the default graph of shared descriptions, then one named graph per article, sorted."""
    quads = []
    for name, (s, p, o) in article_graphs(rdf):
        graph = ox.DefaultGraph() if name is None else ox.NamedNode(str(name))
        quads.append(ox.Quad(_ox(s), _ox(p), _ox(o), graph))
    quads.sort(key=lambda q: ("" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name),
                              str(q.triple)))
    # dgr: is left out because its names hold "/" (escaped as "\/" in prefixed names).
    prefixes = {prefix: ns for prefix, ns in sorted(_PREFIXES.items()) if prefix != "dgr"}
    body = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes).decode("utf-8")
    # The serializer writes prefixes in hash order; write them sorted for byte-identical files.
    lines = body.split("\n")
    while lines and lines[0].startswith("@prefix "):
        lines.pop(0)
    header = ["# Diplograph knowledge graph: one named graph per source article; shared entity",
              "# descriptions in the default graph. The union of all graphs is graph.ttl."]
    header += [f"@prefix {prefix}: <{ns}> ." for prefix, ns in prefixes.items()]
    return "\n".join(header + lines).encode("utf-8")


# --- JSON-LD -----------------------------------------------------------------


def _curie(iri: str) -> str:
    for prefix, ns in sorted(_PREFIXES.items(), key=lambda kv: -len(kv[1])):
        rest = iri[len(ns):]
        if iri.startswith(ns) and rest and ":" not in rest and "#" not in rest:
            return f"{prefix}:{rest}"
    return iri


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def jsonld_context(rdf: Graph) -> dict[str, object]:
    """Prefixes plus one short key per property (its local name; the CURIE where two clash),
    with the value type (``@id`` or a datatype) when every value of that property has it."""
    context: dict[str, object] = dict(sorted(_PREFIXES.items()))
    predicates = sorted({p for p in rdf.predicates() if p != RDF.type})
    by_local: dict[str, list[URIRef]] = {}
    for p in predicates:
        by_local.setdefault(_local(str(p)), []).append(p)
    for p in predicates:
        local = _local(str(p))
        key = local if len(by_local[local]) == 1 and local not in _PREFIXES else _curie(str(p))
        kinds = {("@id" if isinstance(o, URIRef) else
                  _curie(str(o.datatype)) if isinstance(o, Literal) and o.datatype and not o.language
                  else "plain") for o in rdf.objects(None, p)}
        term: dict[str, str] = {"@id": _curie(str(p))}
        if len(kinds) == 1 and "plain" not in kinds:
            term["@type"] = kinds.pop()
        if "@type" in term:
            context[key] = term
        elif key != term["@id"]:
            context[key] = term["@id"]
    return context


def jsonld(rdf: Graph) -> str:
    """JSON-LD: ``{"@context": ..., "@graph": [one object per subject, sorted]}``."""
    context = jsonld_context(rdf)
    term_of: dict[str, tuple[str, object]] = {}
    for key, term in context.items():
        if key in _PREFIXES:
            continue
        iri = term["@id"] if isinstance(term, dict) else term
        prefix, _, rest = iri.partition(":")
        full = _PREFIXES[prefix] + rest if prefix in _PREFIXES else iri
        term_of[full] = (key, term.get("@type") if isinstance(term, dict) else None)
    nodes = []
    for s in sorted(set(rdf.subjects()), key=str):
        node: dict[str, object] = {"@id": _curie(str(s))}
        types = sorted(_curie(str(t)) for t in rdf.objects(s, RDF.type) if isinstance(t, URIRef))
        if types:
            node["@type"] = types[0] if len(types) == 1 else types
        for p in sorted({p for p, o in rdf.predicate_objects(s) if p != RDF.type or not isinstance(o, URIRef)},
                        key=str):
            key, coerced = term_of.get(str(p), (_curie(str(p)), None)) if p != RDF.type else ("rdf:type", None)
            objects = [o for o in rdf.objects(s, p) if p != RDF.type or not isinstance(o, URIRef)]
            values = [_jsonld_value(o, coerced) for o in sorted(objects, key=lambda o: (str(o), repr(o)))]
            node[key] = values[0] if len(values) == 1 else values
        nodes.append(node)
    document = {"@context": context, "@graph": nodes}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _jsonld_value(o: object, coerced: object) -> object:
    if isinstance(o, URIRef):
        return _curie(str(o)) if coerced == "@id" else {"@id": str(o)}
    assert isinstance(o, Literal)
    if coerced is not None:
        return str(o)
    if o.language:
        return {"@value": str(o), "@language": o.language}
    if o.datatype is not None and o.datatype != XSD.string:
        return {"@value": str(o), "@type": str(o.datatype)}
    return str(o)


# --- GraphML -----------------------------------------------------------------


def _flat(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def graphml(network: nx.MultiDiGraph) -> str:
    """GraphML of the page's graph; list and dict attributes become JSON strings."""
    flat = nx.MultiDiGraph()
    for node in sorted(network.nodes):
        flat.add_node(node, **{k: _flat(v) for k, v in sorted(network.nodes[node].items())})
    for u, v, key, data in sorted(network.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        flat.add_edge(u, v, key=key, **{k: _flat(val) for k, val in sorted(data.items())})
    return "\n".join(nx.generate_graphml(flat, prettyprint=True)) + "\n"
