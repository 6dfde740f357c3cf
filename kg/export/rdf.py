"""RDF export: an rdflib graph -> Turtle on disk.

Public API: ``turtle(graph) -> str``, ``write_turtle(graph, path)``.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ..atomic import write_atomically


def turtle(graph: Graph) -> str:
    header = ("# Diplograph knowledge graph. Vocabulary: https://diplograph.org/ontology#\n"
              "# Every node and typed edge links to its source article (prov:wasDerivedFrom).\n")
    return header + graph.serialize(format="turtle")


def write_turtle(graph: Graph, path: str | Path) -> None:
    write_atomically(path, turtle(graph))
