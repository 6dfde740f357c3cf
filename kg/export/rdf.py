"""RDF export: the graph -> Turtle on disk.

Public API: ``turtle(graph) -> str``, ``write_turtle(graph, path) -> Count`` (what was written).
``graph`` is the plain triples of ``kg.graph.triples`` or ``iter_triples`` (fast) or an rdflib
``Graph``; either way the text comes from ``kg.export.turtle``: deterministic, sorted and
grouped, byte-identical for the same graph.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import BNode, Graph, Literal

from ..atomic import write_atomically
from ..graph import Lit, Triple
from .turtle import Count, chunks, serialize

HEADER = ("# Diplograph knowledge graph. Vocabulary: https://diplograph.org/ontology#\n"
          "# Every node and typed edge links to its source article (prov:wasDerivedFrom).\n")


def _plain(graph: Graph) -> Iterable[Triple]:
    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise ValueError("the Turtle writer takes no blank nodes (Diplograph mints none)")
        if isinstance(o, Literal):
            if o.language:
                raise ValueError("the Turtle writer takes no language-tagged literals (Diplograph makes none)")
            yield str(s), str(p), Lit(str(o), str(o.datatype) if o.datatype else "")
        else:
            yield str(s), str(p), str(o)


def _triples(graph: Graph | Iterable[Triple]) -> Iterable[Triple]:
    return _plain(graph) if isinstance(graph, Graph) else graph


def turtle(graph: Graph | Iterable[Triple]) -> str:
    return serialize(_triples(graph), header=HEADER + "\n")


def write_turtle(graph: Graph | Iterable[Triple], path: str | Path) -> Count:
    """Write the Turtle of ``graph`` piece by piece (never the whole text in memory); the ``Count``
    says how many distinct triples were written, and when the last was read."""
    count = Count()
    write_atomically(path, chunks(_triples(graph), header=HEADER + "\n", count=count))
    return count
