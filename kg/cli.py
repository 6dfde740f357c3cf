"""Command line: a thin adapter from arguments to the library and back to messages.

Commands: ``kg build``, ``kg query``, ``kg validate``. Library errors become
one-line messages and exit codes; no traceback for a user mistake.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import DiplographError

EXIT_OK, EXIT_FAILED, EXIT_SKIPPED = 0, 1, 3


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplograph")
def main() -> None:
    """Diplograph: knowledge graphs of diplomatic news."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl and graph.html.")
@click.option("--no-page", is_flag=True, help="Write only the Turtle file.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract in this many processes.")
@click.option("--strict", is_flag=True, help="Treat any skipped input as an error: write nothing, exit 1.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
def build(inputs: tuple[Path, ...], out_dir: Path, no_page: bool, jobs: int, strict: bool, quiet: bool) -> None:
    """Build the graph of INPUTS (files or folders of articles: .txt, page dumps, .html, .jsonl).

    \b
    Example:
      kg build kg/samples -o output
    \b
    Exit status: 0 all inputs built; 3 built, but some inputs were skipped
    (each named on stderr); 1 nothing built (no readable article, or a skip
    with --strict). Output files are replaced atomically, so a failed build
    leaves the previous one intact.
    """
    from .build import NothingToBuild, build as run_build
    from .ingest import read_paths

    if strict:
        problems = read_paths(inputs).problems
        for p in problems:
            click.echo(f"error: {p}", err=True)
        if problems:
            click.echo(f"error: {len(problems)} input(s) could not be read; nothing was written (--strict)",
                       err=True)
            sys.exit(EXIT_FAILED)
    try:
        report = run_build(list(inputs), out_dir, page=not no_page, jobs=jobs)
    except NothingToBuild as e:
        for p in e.problems:
            click.echo(f"error: {p}", err=True)
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_FAILED)
    except DiplographError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_FAILED)
    for p in report.problems:
        click.echo(f"skipped: {p}", err=True)
    if not quiet:
        click.echo(f"{report.articles} articles -> {report.entities} entities, {report.meetings} meetings, "
                   f"{report.relations} relations, {report.triples} triples")
        for kind, path in report.outputs.items():
            click.echo(f"wrote {path}")
    sys.exit(EXIT_SKIPPED if report.problems else EXIT_OK)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--engine", type=click.Choice(["auto", "rdflib", "oxigraph"]), default="auto", show_default=True,
              help="auto: oxigraph for files over 5 MB, else rdflib.")
@click.option("--update", "allow_update", is_flag=True, help="Allow SPARQL UPDATE (rewrites GRAPH).")
def query(graph: Path, sparql: str | None, query_file: Path | None, fmt: str, engine: str,
          allow_update: bool) -> None:
    """Run a SPARQL query on GRAPH (a Turtle file). Standard prefixes (dg:, rdfs:, skos:, ...) are predeclared.

    \b
    Example:
      kg query output/graph.ttl 'SELECT ?name WHERE { ?p a dg:Person ; rdfs:label ?name } ORDER BY ?name'
    """
    from .query import format_result, run_query

    if query_file is not None:
        try:
            sparql = query_file.read_text(encoding="utf-8")
        except OSError as e:
            raise click.ClickException(f"{query_file}: {e.strerror or e}")
    if not sparql:
        raise click.UsageError("give a query as an argument or with --file")
    try:
        result = run_query(graph, sparql, engine=engine, allow_update=allow_update)
    except DiplographError as e:
        raise click.ClickException(str(e))
    text = format_result(result, fmt=fmt)
    click.echo(text, nl=not text.endswith("\n"))


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
def validate(graph: Path) -> None:
    """Check GRAPH (a Turtle file) against the SHACL shapes in ontology/.

    \b
    Example:
      kg validate output/graph.ttl
    """
    from .validate import validate as run_validate

    try:
        ok, report = run_validate(graph)
    except DiplographError as e:
        raise click.ClickException(str(e))
    if ok:
        click.echo(f"{graph}: conforms to the Diplograph shapes")
        return
    click.echo(report, err=True)
    sys.exit(EXIT_FAILED)


if __name__ == "__main__":
    main()
