"""Export stage, property graph: the RDF graph -> CSV files for Neo4j and a Cypher load script.

Public API:
    write_neo4j(rdf, folder) -> list[Path]
    property_graph(rdf) -> PropertyGraph    the nodes and relationships the files hold
    short_name(iri) -> str                  "https://diplograph.org/ontology#Person" -> "dg__Person"
    ARRAY_DELIMITER

The mapping has the shape neosemantics (n10s) gives the Turtle with
``handleVocabUris: "SHORTEN"`` (prefixes are ours: n10s names some its own way, ``dct__``):
every resource is a node labelled ``Resource`` plus its RDF classes (``dg__Person``), keyed by
its IRI in ``uri``; each literal-valued predicate is a property (``rdfs__label``; a list when a
node of that kind has several values; dates as Neo4j dates); each IRI-valued predicate other
than ``rdf:type`` is a relationship (``dg__metWith``). Nothing is dropped: the reified
``dg:Assertion`` nodes keep ``rdf__subject`` / ``rdf__predicate`` / ``rdf__object``
relationships, and IRIs with no description (Wikidata items, properties named by an
assertion) are bare ``Resource`` nodes.

Files, in the ``neo4j-admin database import`` header layout: ``nodes_<Labels>.csv`` (one per
set of classes: ``uri:ID``, ``:LABEL``, then ``key:type`` columns) and
``relationships_<type>.csv`` (``:START_ID``, ``:END_ID``, ``:TYPE``). List values, and a node's
labels in ``:LABEL``, are joined with U+001F, which no literal of the graph contains (kg.graph
strips control characters), so pass ``--array-delimiter=U+001F`` to neo4j-admin. ``load.cypher`` creates the uniqueness
constraint and loads the same files with ``LOAD CSV`` from Neo4j's import folder.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ..atomic import write_atomically
from ..graph import PREFIXES

ARRAY_DELIMITER = "\x1f"
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda kv: -len(kv[0]))
_NAMESPACES.append(("http://www.wikidata.org/entity/", "wd"))


def short_name(iri: str) -> str:
    """n10s's SHORTEN form of a vocabulary IRI: ``prefix__local``."""
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns) and iri[len(ns):].replace("_", "").isalnum():
            return f"{prefix}__{iri[len(ns):]}"
    return "".join(c if c.isalnum() else "_" for c in iri)


@dataclass
class NodeGroup:
    labels: tuple[str, ...]  # "Resource" and the short names of the node's classes
    columns: list[tuple[str, str]] = field(default_factory=list)  # (property, neo4j type)
    rows: list[list[str]] = field(default_factory=list)  # uri, then one cell per column

    @property
    def file_name(self) -> str:
        kinds = [label.partition("__")[2] or label for label in self.labels if label != "Resource"]
        return f"nodes_{'_'.join(kinds) or 'Resource'}.csv"


@dataclass
class PropertyGraph:
    nodes: list[NodeGroup]
    relationships: dict[str, list[tuple[str, str]]]  # type -> sorted (start uri, end uri)


def property_graph(rdf: Graph) -> PropertyGraph:
    resources: set[URIRef] = set()
    for s, p, o in rdf:
        if isinstance(s, URIRef):
            resources.add(s)
        if isinstance(o, URIRef) and p != RDF.type:
            resources.add(o)
    groups: dict[tuple[str, ...], list[URIRef]] = {}
    for node in resources:
        classes = sorted(short_name(str(t)) for t in rdf.objects(node, RDF.type))
        groups.setdefault(("Resource", *classes), []).append(node)
    nodes = [_node_group(rdf, labels, members) for labels, members in sorted(groups.items())]
    relationships: dict[str, list[tuple[str, str]]] = {}
    for s, p, o in rdf:
        if isinstance(o, URIRef) and p != RDF.type:
            relationships.setdefault(short_name(str(p)), []).append((str(s), str(o)))
    return PropertyGraph(nodes, {kind: sorted(pairs) for kind, pairs in sorted(relationships.items())})


def _node_group(rdf: Graph, labels: tuple[str, ...], members: list[URIRef]) -> NodeGroup:
    values: dict[URIRef, dict[str, list[Literal]]] = {}
    for node in members:
        for p, o in rdf.predicate_objects(node):
            if isinstance(o, Literal):
                values.setdefault(node, {}).setdefault(short_name(str(p)), []).append(o)
    keys = sorted({key for props in values.values() for key in props})
    group = NodeGroup(labels)
    for key in keys:
        literals = [o for props in values.values() for o in props.get(key, [])]
        is_date = all(o.datatype == XSD.date for o in literals)
        many = any(len(props.get(key, [])) > 1 for props in values.values())
        group.columns.append((key, ("date" if is_date else "string") + ("[]" if many else "")))
    for node in sorted(members, key=str):
        props = values.get(node, {})
        row = [str(node)]
        for key, _ in group.columns:
            row.append(ARRAY_DELIMITER.join(sorted(str(o) for o in props.get(key, []))))
        group.rows.append(row)
    return group


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def write_neo4j(rdf: Graph, folder: str | Path) -> list[Path]:
    """Write the node and relationship CSV files and ``load.cypher`` into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    pg = property_graph(rdf)
    written: list[Path] = []
    cypher = [
        "// Load the Diplograph graph into Neo4j 5: copy this folder's CSV files into the import folder",
        "// and run `cypher-shell -f load.cypher`. The same files load offline with",
        "// `neo4j-admin database import full --array-delimiter=U+001F --nodes=... --relationships=...`.",
        "CREATE CONSTRAINT resource_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;",
    ]
    for group in pg.nodes:
        header = ["uri:ID", ":LABEL"] + [f"{key}:{kind}" for key, kind in group.columns]
        rows = [[row[0], ARRAY_DELIMITER.join(group.labels), *row[1:]] for row in group.rows]
        path = folder / group.file_name
        write_atomically(path, _csv(header, rows))
        written.append(path)
        sets = [f"n:{label}" for label in group.labels if label != "Resource"]
        for (key, kind), column in zip(group.columns, header[2:]):
            cell = f"row.`{column}`"
            value = "date(x)" if kind.startswith("date") else "x"
            if kind.endswith("[]"):
                sets.append(f"n.{key} = [x IN split({cell}, '\\u001F') | {value}]")
            else:
                sets.append(f"n.{key} = {value.replace('x', cell)}")
        cypher.append(f"LOAD CSV WITH HEADERS FROM 'file:///{group.file_name}' AS row\n"
                      f"MERGE (n:Resource {{uri: row.`uri:ID`}})"
                      + (f"\nSET {', '.join(sets)}" if sets else "") + ";")
    for kind, pairs in pg.relationships.items():
        name = f"relationships_{kind}.csv"
        write_atomically(folder / name, _csv([":START_ID", ":END_ID", ":TYPE"], [[s, o, kind] for s, o in pairs]))
        written.append(folder / name)
        cypher.append(f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row\n"
                      f"MATCH (a:Resource {{uri: row.`:START_ID`}}), (b:Resource {{uri: row.`:END_ID`}})\n"
                      f"MERGE (a)-[:{kind}]->(b);")
    write_atomically(folder / "load.cypher", "\n".join(cypher) + "\n")
    written.append(folder / "load.cypher")
    for stale in set(folder.glob("*_*.csv")) - set(written):  # left by a previous, larger build
        stale.unlink()
    return written
