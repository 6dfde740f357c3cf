"""Query stage: SPARQL over a built Turtle file, with rdflib or pyoxigraph.

Public API:
    run_query(path, sparql, *, engine="auto", allow_update=False) -> QueryResult
    run_store_query(store_dir, sparql, *, allow_update=False) -> QueryResult   (a kg.store store)
    format_result(result, *, fmt="table") -> str          fmt: table | csv | json
    QueryResult, Term                                       plain dataclasses
    PREFIXES                                                prefixes every query may use undeclared
    ENGINES, FORMATS, AUTO_OXIGRAPH_BYTES

Both engines give the same rows for the same query, run after run: every query
is first parsed and translated by rdflib's SPARQL parser (so syntax errors read
the same whatever the engine), result terms are reduced to plain strings,
``SELECT *`` columns are sorted by name, and rows are sorted unless the query has
an ORDER BY. A top-level ORDER BY gets the projected variables appended as
tie-breakers, so tied rows, and which of them a LIMIT keeps, depend neither on
the engine nor on Python's hash seed (SPARQL leaves only the relative order of
blank nodes and of literals of unrelated datatypes to the engine).

The standard prefixes are passed to the engines as default prefixes (rdflib's
initNs, oxigraph's ``prefixes=``) rather than pasted into the text, so a PREFIX
the query declares wins and error positions match the text the user wrote.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from pyparsing import ParseException, ParseResults
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

from kg.errors import InputError, QueryError

PREFIXES: dict[str, str] = {
    "dg": "https://diplograph.org/ontology#",
    "dgr": "https://diplograph.org/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
}
ENGINES = ("auto", "rdflib", "oxigraph")
FORMATS = ("table", "csv", "json")
AUTO_OXIGRAPH_BYTES = 5 * 1024 * 1024

_XSD_STRING = PREFIXES["xsd"] + "string"
_RDF_LANG_STRING = PREFIXES["rdf"] + "langString"
_UPDATE_KEYWORDS = {
    "INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH",
}
# Skips comments and the prologue to reach the keyword that names the operation.
_FIRST_KEYWORD = re.compile(
    r"(?:\s|#[^\n]*|PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*([A-Za-z]+)",  # one space at a time: linear
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Term:
    """One RDF term of a result, as SPARQL JSON results describe it."""

    kind: str  # "uri", "literal" or "bnode"
    value: str
    datatype: str | None = None
    lang: str | None = None

    @property
    def text(self) -> str:
        return f"_:{self.value}" if self.kind == "bnode" else self.value


@dataclass
class QueryResult:
    """Variables and rows of plain strings (IRIs in full, literals' lexical forms).

    ``form`` is SELECT, ASK, CONSTRUCT, DESCRIBE or UPDATE; ``terms`` parallels
    ``rows`` with the kind, datatype and language of each value (None if unbound).
    """

    variables: list[str]
    rows: list[list[str | None]]
    form: str = "SELECT"
    terms: list[list[Term | None]] = field(default_factory=list, repr=False)


def run_query(
    path: str | Path,
    sparql: str,
    *,
    engine: str = "auto",
    allow_update: bool = False,
) -> QueryResult:
    """Run ``sparql`` over the Turtle file at ``path``.

    Raises QueryError for a malformed query, an unknown engine or an update
    without ``allow_update``; InputError when the file is missing or not Turtle.
    With ``allow_update=True`` an update is applied and the file rewritten.
    """
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    update = _update_keyword(sparql)
    if update and not allow_update:
        raise QueryError(f"refused: {update} is a SPARQL UPDATE and queries are read-only")
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such Turtle file")
    if engine == "auto":
        engine = "oxigraph" if path.stat().st_size > AUTO_OXIGRAPH_BYTES else "rdflib"

    if update:
        _check_update(sparql)
        _run_update(path, sparql, engine=engine)
        return QueryResult(variables=[], rows=[], form="UPDATE")

    plan = _check_query(sparql)
    if engine == "oxigraph":
        result = _query_oxigraph(path, plan.sparql)
    else:
        result = _query_rdflib(path, plan.query)
    return _normalise(result, plan)


def run_store_query(store_dir: str | Path, sparql: str, *, allow_update: bool = False) -> QueryResult:
    """Run ``sparql`` on the on-disk Oxigraph store that ``kg.store.load_store`` made.

    Nothing is parsed again. The store is opened read-only; with ``allow_update`` an update
    is applied to the store's current content in place. Raises QueryError as run_query does,
    kg.store.StoreError when ``store_dir`` is not a store.
    """
    from kg.store import StoreError, open_store

    update = _update_keyword(sparql)
    if update and not allow_update:
        raise QueryError(f"refused: {update} is a SPARQL UPDATE and queries are read-only")
    if update:
        _check_update(sparql)
        current = Path(store_dir) / "current"
        if not current.is_symlink():
            raise StoreError(f"{store_dir}: not a Diplograph store")
        try:
            pyoxigraph.Store(str(current.resolve())).update(sparql, prefixes=PREFIXES)
        except SyntaxError as error:
            raise QueryError(f"malformed SPARQL update: {_one_line(error)}") from error
        return QueryResult(variables=[], rows=[], form="UPDATE")
    plan = _check_query(sparql)
    return _normalise(_query_oxigraph(open_store(store_dir), plan.sparql), plan)


def format_result(result: QueryResult, *, fmt: str = "table") -> str:
    """Render ``result`` as an aligned table, CSV, or SPARQL 1.1 JSON results."""
    if fmt == "table":
        return _format_table(result)
    if fmt == "csv":
        return _format_csv(result)
    if fmt == "json":
        return _format_json(result)
    raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


# --- checking ---------------------------------------------------------------


@dataclass
class _Plan:
    sparql: str  # the text the engines run (tie-breakers added to ORDER BY)
    query: object  # rdflib's translation of that text, run by the rdflib engine
    form: str
    star: bool
    ordered: bool


def _update_keyword(sparql: str) -> str | None:
    """The update operation the text starts with (INSERT, DROP ...), or None for a query."""
    match = _FIRST_KEYWORD.match(sparql)
    keyword = match.group(1).upper() if match else ""
    return keyword if keyword in _UPDATE_KEYWORDS else None


def _check_query(sparql: str) -> _Plan:
    body = _parse(sparql)[1]
    form = body.name.removesuffix("Query").upper()
    # CompValue.get returns the key itself for a missing key, hence the `in` tests.
    star = form == "SELECT" and "projection" not in body
    ordered = form == "SELECT" and "orderby" in body
    query = _translate(_parse(sparql))
    if ordered:
        names = [str(var) for var in query.algebra["PV"]]
        tie_breakers = " ".join(f"?{name}" for name in (sorted(names) if star else names))
        tied = _append_to_order_by(sparql, tie_breakers)
        if tied is not None:
            sparql, query = tied, _translate(_parse(tied))
    return _Plan(sparql=sparql, query=query, form=form, star=star, ordered=ordered)


def _parse(sparql: str) -> ParseResults:
    try:
        return parseQuery(sparql)
    except ParseException as error:
        raise QueryError(f"malformed SPARQL: {_one_line(error)}") from error


def _translate(tree: ParseResults) -> object:
    try:
        return translateQuery(tree, initNs=PREFIXES)
    # rdflib reports unknown prefixes and bad aggregates with bare Exceptions.
    except Exception as error:  # noqa: BLE001
        raise QueryError(f"malformed SPARQL: {_one_line(error)}") from error


def _check_update(sparql: str) -> None:
    try:
        translateUpdate(parseUpdate(sparql), initNs=PREFIXES)
    except Exception as error:  # noqa: BLE001  (see _translate)
        raise QueryError(f"malformed SPARQL update: {_one_line(error)}") from error


# Just enough of SPARQL's lexis to tell keywords from strings, IRIs, names, comments.
_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>"{3}(?:[^"\\]|\\.|"(?!""))*"{3} | '{3}(?:[^'\\]|\\.|'(?!''))*'{3}
                  | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\s]*>)
      | (?P<name>[?$]\w+ | [A-Za-z_][\w.-]*:[\w.:%-]* | :[\w.:%-]* | [A-Za-z_]\w*)
      | (?P<open>[{(\[])
      | (?P<close>[})\]])
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


def _append_to_order_by(sparql: str, keys: str) -> str | None:
    """Insert ``keys`` at the end of the top-level ORDER BY clause; None if there is none."""
    depth, in_order_by = 0, False
    for token in _TOKEN.finditer(sparql):
        kind, word = token.lastgroup, token.group().upper()
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        elif kind == "name" and depth == 0:
            if word == "ORDER":
                in_order_by = True
            elif in_order_by and word in ("LIMIT", "OFFSET", "VALUES"):
                return f"{sparql[:token.start()]}{keys} {sparql[token.start():]}"
    # The newline ends a trailing comment that would otherwise swallow the keys.
    return f"{sparql}\n{keys}\n" if in_order_by else None


def _one_line(error: Exception) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    if not lines:
        return type(error).__name__
    if lines[0].endswith(":") and len(lines) > 1:
        return f"{lines[0]} {lines[1]}"
    return lines[0]


# --- engines ----------------------------------------------------------------


def _load_rdflib(path: Path) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    # rdflib's Turtle parser raises several unrelated types for bad input.
    except Exception as error:  # noqa: BLE001
        raise InputError(str(path), f"not valid Turtle: {_one_line(error)}") from error
    return graph


def _load_oxigraph(path: Path) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    try:
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE,
                   base_iri=path.resolve().as_uri())
    except SyntaxError as error:
        raise InputError(str(path), f"not valid Turtle: {_one_line(error)}") from error
    return store


def _query_rdflib(path: Path, query: object) -> QueryResult:
    result = _load_rdflib(path).query(query)
    if result.type == "ASK":
        return _ask(bool(result.askAnswer))
    if result.type == "SELECT":
        variables = [str(var) for var in result.vars]
        terms = [[_rdflib_term(value) for value in row] for row in result]
        return QueryResult(variables=variables, rows=[], terms=terms)
    triples = [[_rdflib_term(t) for t in triple] for triple in result.graph]
    return QueryResult(variables=["subject", "predicate", "object"], rows=[], form=result.type, terms=triples)


def _query_oxigraph(path: Path | pyoxigraph.Store, sparql: str) -> QueryResult:
    store = path if isinstance(path, pyoxigraph.Store) else _load_oxigraph(path)
    try:
        # The union default graph: a store loaded from TriG answers as graph.ttl would.
        result = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {_one_line(error)}") from error
    if isinstance(result, pyoxigraph.QueryBoolean):
        return _ask(bool(result))
    if isinstance(result, pyoxigraph.QuerySolutions):
        variables = [var.value for var in result.variables]
        terms = [[_oxigraph_term(solution[var]) for var in result.variables] for solution in result]
        return QueryResult(variables=variables, rows=[], terms=terms)
    triples = [[_oxigraph_term(t.subject), _oxigraph_term(t.predicate), _oxigraph_term(t.object)]
               for t in result]
    return QueryResult(variables=["subject", "predicate", "object"], rows=[], form="CONSTRUCT", terms=triples)


def _run_update(path: Path, sparql: str, *, engine: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        if engine == "oxigraph":
            store = _load_oxigraph(path)
            try:
                store.update(sparql, prefixes=PREFIXES)
            except SyntaxError as error:
                raise QueryError(f"malformed SPARQL update: {_one_line(error)}") from error
            store.dump(temporary, format=pyoxigraph.RdfFormat.TURTLE,
                       from_graph=pyoxigraph.DefaultGraph(), prefixes=PREFIXES)
        else:
            graph = _load_rdflib(path)
            graph.update(sparql, initNs=PREFIXES)
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace, override=False)
            graph.serialize(temporary, format="turtle")
        # Replace in one step so a failed update never leaves half a file.
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def _rdflib_term(value: object) -> Term | None:
    if value is None:
        return None
    if isinstance(value, URIRef):
        return Term("uri", str(value))
    if isinstance(value, BNode):
        return Term("bnode", str(value))
    if isinstance(value, Literal):
        datatype = str(value.datatype) if value.datatype is not None else None
        return _literal(str(value), datatype, value.language)
    return Term("literal", str(value))


def _oxigraph_term(value: object) -> Term | None:
    if value is None:
        return None
    if isinstance(value, pyoxigraph.NamedNode):
        return Term("uri", value.value)
    if isinstance(value, pyoxigraph.BlankNode):
        return Term("bnode", value.value)
    if isinstance(value, pyoxigraph.Literal):
        return _literal(value.value, value.datatype.value, value.language)
    return Term("literal", str(value))  # an RDF-star quoted triple


def _literal(lexical: str, datatype: str | None, lang: str | None) -> Term:
    # Plain and language-tagged literals carry no datatype in SPARQL JSON results.
    if lang or datatype in (_XSD_STRING, _RDF_LANG_STRING):
        datatype = None
    return Term("literal", lexical, datatype, lang or None)


def _ask(answer: bool) -> QueryResult:
    term = Term("literal", "true" if answer else "false", PREFIXES["xsd"] + "boolean")
    return QueryResult(variables=["ask"], rows=[], form="ASK", terms=[[term]])


# --- making engines agree ---------------------------------------------------


def _normalise(result: QueryResult, plan: _Plan) -> QueryResult:
    variables, terms = result.variables, result.terms
    if plan.star:
        order = sorted(range(len(variables)), key=lambda i: variables[i])
        variables = [variables[i] for i in order]
        terms = [[row[i] for i in order] for row in terms]
    if plan.form in ("CONSTRUCT", "DESCRIBE"):
        terms = list({tuple(row): list(row) for row in terms}.values())
    if not plan.ordered:
        terms = sorted(terms, key=_row_key)
    rows = [[term.text if term else None for term in row] for row in terms]
    return QueryResult(variables=variables, rows=rows, form=plan.form, terms=terms)


def _row_key(row: list[Term | None]) -> tuple:
    return tuple((term is not None, term.text if term else "", term.kind if term else "") for term in row)


# --- formats ----------------------------------------------------------------


def _format_table(result: QueryResult) -> str:
    count = len(result.rows)
    footer = f"({count} row{'' if count == 1 else 's'})"
    if not result.variables:
        return footer + "\n"
    # Evidence sentences may hold newlines or tabs; keep one line per row.
    cells = [[_one_cell(value) for value in row] for row in result.rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(result.variables)]
    lines = [
        "  ".join(name.ljust(width) for name, width in zip(result.variables, widths)).rstrip(),
        "  ".join("-" * width for width in widths),
    ]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in cells]
    lines.append(footer)
    return "\n".join(lines) + "\n"


def _one_cell(value: str | None) -> str:
    if value is None:
        return ""
    return value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")


def _format_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.variables)
    writer.writerows([["" if value is None else value for value in row] for row in result.rows])
    return buffer.getvalue()


def _format_json(result: QueryResult) -> str:
    if result.form == "ASK":
        document: dict = {"head": {}, "boolean": bool(result.rows) and result.rows[0][0] == "true"}
    else:
        terms = result.terms or [
            [None if value is None else Term("literal", value) for value in row] for row in result.rows
        ]
        bindings = [
            {name: _json_term(term) for name, term in zip(result.variables, row) if term is not None}
            for row in terms
        ]
        document = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _json_term(term: Term) -> dict[str, str]:
    binding = {"type": term.kind, "value": term.value}
    if term.datatype:
        binding["datatype"] = term.datatype
    if term.lang:
        binding["xml:lang"] = term.lang
    return binding
