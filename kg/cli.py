"""Command line: a thin adapter from arguments to the library and back to messages.

Commands: ``kg build``, ``kg add``, ``kg remove``, ``kg query``, ``kg load``, ``kg validate``. Library errors become
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
# readable=False: click would refuse the whole command for one unreadable input; the build
# skips it and names it instead.
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("-o", "--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl and graph.html.")
@click.option("--no-page", is_flag=True, help="Write only the Turtle file.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract in this many processes.")
@click.option("--strict", is_flag=True, help="Treat any skipped input as an error: write nothing, exit 1.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("--format", "formats", default="ttl", show_default=True, callback=lambda _c, _p, v: _formats(v),
              help="Files to write, comma-separated: ttl,nt,jsonld,trig,graphml,neo4j, or all.")
@click.option("-u", "--update", is_flag=True,
              help="Keep the articles already in the output folder and add INPUTS (a file read again "
                   "replaces its old articles).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: ingest and extract on the Dask cluster at --scheduler; resolve and write here.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
def build(inputs: tuple[Path, ...], out_dir: Path, no_page: bool, jobs: int, strict: bool, quiet: bool,
          formats: tuple[str, ...] = ("ttl",), update: bool = False, engine: str = "local",
          scheduler: str | None = None) -> None:
    """Build the graph of INPUTS (files or folders of articles: .txt, page dumps, .html, .jsonl).

    \b
    Example:
      kg build kg/samples -o output
    \b
    Exit status: 0 all inputs built; 3 built, but some inputs were skipped
    (each named on stderr); 1 nothing built (no readable article, or a skip
    with --strict). Output files are replaced atomically, so a failed build
    leaves the previous one intact.

    \b
    The output folder keeps its article list and extracted facts in
    .diplograph/: unchanged articles are not extracted again, and --update
    (or kg add) grows the graph without its old inputs.
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
        if engine == "dask" and not scheduler:
            raise click.UsageError("--engine dask needs --scheduler ADDRESS")
        report = run_build(list(inputs), out_dir, page=not no_page, jobs=jobs, formats=formats, update=update,
                           engine=engine, scheduler=scheduler)
    except NothingToBuild as e:
        for p in e.problems:
            click.echo(f"error: {p}", err=True)
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_FAILED)
    except DiplographError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_FAILED)
    _finish(report, quiet=quiet)


def _add(**options: object) -> None:
    """Add INPUTS to the graph in the output folder (same as kg build --update).

    Adding an article again changes nothing; a file whose content changed
    replaces the articles it gave before, and nothing else. Exit status as
    for kg build.

    \b
    Example:
      kg add new-articles/ -o output
    """
    build.callback(update=True, **options)


# kg add takes every option of kg build (but --update, which it implies).
main.add_command(click.Command("add", callback=_add, help=_add.__doc__,
                               params=[p for p in build.params if p.name != "update"]))


@main.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--out", "out_dir", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder of the graph to remove from.")
@click.option("--no-page", is_flag=True, help="Write only the Turtle file.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
def remove(articles: tuple[str, ...], out_dir: Path, no_page: bool, quiet: bool) -> None:
    """Take ARTICLES (ids, or the files or folders they came from) out of the graph.

    Entities that other articles still mention stay, with only those
    articles' facts. Exit status: 0 removed; 1 nothing changed (an ARTICLE
    that matches nothing, or a folder without a graph).

    \b
    Example:
      kg remove kg/samples/wire.jsonl -o output
    """
    from .build import build as run_build

    try:
        report = run_build([], out_dir, page=not no_page, remove=list(articles))
    except DiplographError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_FAILED)
    _finish(report, quiet=quiet)


def _finish(report, *, quiet: bool) -> None:
    """Name each skipped input, summarize the build, exit 3 if anything was skipped, else 0."""
    for p in report.problems:
        click.echo(f"skipped: {p}", err=True)
    if not quiet:
        click.echo(f"{report.articles} articles -> {report.entities} entities, {report.meetings} meetings, "
                   f"{report.relations} relations, {report.triples} triples")
        for path in report.outputs.values():
            click.echo(f"wrote {path}")
    sys.exit(EXIT_SKIPPED if report.problems else EXIT_OK)


def _formats(spec: str) -> tuple[str, ...]:
    from .export.formats import FormatError, parse_formats

    try:
        return parse_formats(spec)
    except FormatError as e:
        raise click.BadParameter(str(e))


@main.command()
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Query the on-disk store `kg load` made instead of GRAPH (then give only the query).")
@click.option("-f", "--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--engine", type=click.Choice(["auto", "rdflib", "oxigraph"]), default="auto", show_default=True,
              help="auto: oxigraph for files over 5 MB, else rdflib.")
@click.option("--update", "allow_update", is_flag=True, help="Allow SPARQL UPDATE (rewrites GRAPH).")
def query(graph: str | None, sparql: str | None, store_dir: Path | None, query_file: Path | None, fmt: str,
          engine: str, allow_update: bool) -> None:
    """Run a SPARQL query on GRAPH (a Turtle file). Standard prefixes (dg:, rdfs:, skos:, ...) are predeclared.

    \b
    Example:
      kg query output/graph.ttl 'SELECT ?name WHERE { ?p a dg:Person ; rdfs:label ?name } ORDER BY ?name'
      kg query --store store 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from .query import format_result, run_query, run_store_query

    if store_dir is not None and sparql is None:
        graph, sparql = None, graph  # with --store the only argument is the query
    elif store_dir is None and graph is None:
        raise click.UsageError("give a GRAPH file (or --store STORE_DIR) and a query")

    if query_file is not None:
        try:
            sparql = query_file.read_text(encoding="utf-8")
        except OSError as e:
            raise click.ClickException(f"{query_file}: {e.strerror or e}")
    if not sparql:
        raise click.UsageError("give a query as an argument or with --file")
    try:
        if store_dir is not None:
            result = run_store_query(store_dir, sparql, allow_update=allow_update)
        else:
            result = run_query(Path(graph), sparql, engine=engine, allow_update=allow_update)
    except DiplographError as e:
        raise click.ClickException(str(e))
    text = format_result(result, fmt=fmt)
    click.echo(text, nl=not text.endswith("\n"))


@main.command()
@click.argument("store_dir", type=click.Path(path_type=Path))
@click.argument("graph", type=click.Path(path_type=Path))
def load(store_dir: Path, graph: Path) -> None:
    """Put GRAPH (.ttl, .nt, .trig) in an on-disk Oxigraph store at STORE_DIR for `kg query --store`.

    Loading again replaces the store's content in one step (a new copy is bulk-loaded,
    then switched in), so run it after each rebuild; queries see the old or the new graph.

    \b
    Example:
      kg load store output/graph.ttl && kg query --store store 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from .store import load_store

    try:
        count = load_store(store_dir, graph)
    except DiplographError as e:
        raise click.ClickException(str(e))
    unit = "quads" if graph.suffix.lower() in (".trig", ".nq") else "triples"
    click.echo(f"loaded {count} {unit} from {graph} into {store_dir}")


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
