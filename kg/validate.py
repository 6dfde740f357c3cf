"""Validation stage: check a built graph against the SHACL shapes of ontology/.

Public API:
    validate(graph, *, shapes=None, ontology=None) -> tuple[bool, str]
        ``graph`` is a path to an RDF file (Turtle unless the suffix says
        otherwise) or an rdflib.Graph. Returns (conforms, report text).
    ONTOLOGY_DIR, ONTOLOGY_PATH, SHAPES_PATH: where the defaults live.

The ontology is mixed into the data graph and no inference is run: SHACL's own
rdf:type/rdfs:subClassOf* test then sees dg:Talks as a dg:Meeting and a dg:Event,
while rdfs:domain/rdfs:range are never applied (they would type a wrongly linked
node into the class the shapes expect and hide the error). See ontology/shapes.ttl.
"""

from __future__ import annotations

from pathlib import Path

import pyshacl
from rdflib import Graph
from rdflib.util import guess_format

from kg.errors import InputError

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_PATH = ONTOLOGY_DIR / "diplograph.ttl"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"

GraphSource = str | Path | Graph


def validate(
    graph: GraphSource,
    *,
    shapes: GraphSource | None = None,
    ontology: GraphSource | None = None,
) -> tuple[bool, str]:
    """Validate ``graph`` against ``shapes`` (default ontology/shapes.ttl).

    ``ontology`` (default ontology/diplograph.ttl) supplies the subclass axioms.
    Raises InputError when a file is missing or is not parseable RDF.
    """
    data_graph = _load(graph)
    shapes_graph = _load(SHAPES_PATH if shapes is None else shapes)
    ont_graph = _load(ONTOLOGY_PATH if ontology is None else ontology)
    conforms, _report_graph, report_text = pyshacl.validate(
        data_graph,
        shacl_graph=shapes_graph,
        ont_graph=ont_graph,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        advanced=False,
    )
    return bool(conforms), str(report_text)


def _load(source: GraphSource) -> Graph:
    if isinstance(source, Graph):
        return source
    path = Path(source)
    if not path.is_file():
        raise InputError(str(path), "no such RDF file")
    graph = Graph()
    try:
        graph.parse(path, format=guess_format(str(path)) or "turtle")
    # rdflib's parsers raise many unrelated exception types for bad input.
    except Exception as error:  # noqa: BLE001
        raise InputError(str(path), f"not parseable RDF: {_first_line(error)}") from error
    return graph


def _first_line(error: Exception) -> str:
    """The error's first line, joined with the next one when it only introduces it."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    if not lines:
        return type(error).__name__
    if lines[0].endswith(":") and len(lines) > 1:
        return f"{lines[0]} {lines[1]}"
    return lines[0]
