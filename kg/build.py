"""The one public entry point: files in, graph files out.

Public API: ``build(paths, out_dir, *, page=True, jobs=1, update=False, remove=()) -> BuildReport``.

Data flows one way: ingest -> extract -> resolve -> graph -> export. Output files
(``graph.ttl``, ``graph.html``) are written atomically; when no article could be
read, nothing is written and the previous build stays as it was. ``out_dir/.diplograph/``
(``kg.state``) lists the articles of the graph and the files they came from, and caches
their facts: an unchanged file is not read again (by a local build; a cluster reads what it is
given), an unchanged article not extracted again, and ``update``/``remove`` change the article
set of an existing graph; every build resolves the whole set, as a full build would.
"""
from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .atomic import crash_point
from .errors import DiplographError, InputError
from .export.rdf import write_turtle
from .extract.article import extract
from .extract.lexicon import load_lexicon
from .graph import iter_triples, to_networkx, to_rdf
from .ingest import IngestResult, read_paths
from .model import Article, ArticleFacts
from .resolve import resolve
from .state import PACK_SIZE, BuildState, StateError, lock


class NothingToBuild(DiplographError):
    """No input yielded an article; ``problems`` says why for each input."""

    def __init__(self, message: str, problems: list[InputError]):
        super().__init__(message)
        self.problems = problems


@dataclass
class BuildReport:
    articles: int = 0
    extracted: int = 0  # articles extracted afresh; the others came from the cache
    problems: list[InputError] = field(default_factory=list)
    entities: int = 0
    relations: int = 0
    meetings: int = 0
    triples: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


#: Called with the facts of each batch of articles (up to ``PACK_SIZE``) as soon as they are
#: extracted, in the worker that extracted them: ``kg.state`` caches them there as one pack,
#: so the parent process has less to do.
Record = Callable[[list[ArticleFacts]], None]


def _extract_all(articles: list[Article], record: Record | None = None) -> list[ArticleFacts]:
    lex = load_lexicon()
    out: list[ArticleFacts] = []
    for start in range(0, len(articles), PACK_SIZE):
        batch = [extract(a, lex) for a in articles[start:start + PACK_SIZE]]
        if record is not None:
            record(batch)
        out += batch
    return out


def _extract_chunk(articles: list[Article], record: Record | None = None) -> list[tuple]:
    """In a worker: the facts of ``articles`` without the articles (the parent has them; less to pickle)."""
    return [(f.entities, f.relations, f.meetings) for f in _extract_all(articles, record)]


def extract_articles(articles: list[Article], *, jobs: int = 1, record: Record | None = None) -> list[ArticleFacts]:
    """``extract`` over ``articles`` in ``jobs`` processes: contiguous chunks, many per worker so the
    workers stay busy; each worker loads the lexicon once. ``record`` (picklable) sees each
    chunk's facts where they were extracted."""
    if jobs <= 1 or len(articles) < 2 * jobs:
        return _extract_all(articles, record)
    size = max(1, min(PACK_SIZE, len(articles) // (jobs * 8)))
    chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
    with ProcessPoolExecutor(max_workers=jobs, initializer=load_lexicon) as pool:
        parts = pool.map(partial(_extract_chunk, record=record), chunks)
        facts = [ArticleFacts(a, *found) for chunk, part in zip(chunks, parts) for a, found in zip(chunk, part)]
    return sorted(facts, key=lambda f: f.article.id)


def _extracted(articles: list[Article], record: Record, *, done: dict[str, ArticleFacts],
               jobs: int) -> list[ArticleFacts]:
    """Facts of ``articles``: those a cluster already extracted (recorded here), the rest extracted here."""
    todo = [a for a in articles if a.id not in done]
    fresh = {f.article.id: f for f in extract_articles(todo, jobs=jobs, record=record)} if todo else {}
    from_cluster = [done[a.id] for a in articles if a.id in done]
    for start in range(0, len(from_cluster), PACK_SIZE):
        record(from_cluster[start:start + PACK_SIZE])
    return [done.get(a.id) or fresh[a.id] for a in articles]


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off for the build, back as it was after.

    A build holds millions of long-lived objects (facts, entities, triples) and makes no reference
    cycles worth collecting, yet the collector scans them all again and again as they accumulate:
    that was 40% of an update of a 10,000-article graph. Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build(paths: list[str | Path], out_dir: str | Path, *, page: bool = True, jobs: int = 1,
          update: bool = False, remove: list[str] = (), formats: tuple[str, ...] = ("ttl",),
          engine: str = "local", scheduler: str | object | None = None) -> BuildReport:
    """Build the graph of ``paths`` into ``out_dir``; see the module docstring.

    ``update``: keep the articles already in ``out_dir`` and add (or, for a file read
    again, replace) those of ``paths``. ``remove``: take the articles these ids or
    sources name out of ``out_dir`` (``paths`` is then usually empty). Raises
    ``NothingToBuild`` when no article could be read, ``StateError`` when the state
    in ``out_dir`` is missing (update, remove), unusable, or names no such article.
    ``formats``: the files to write besides ``graph.ttl`` (``kg.export.formats.FORMATS``).
    ``engine="dask"``: ingest and extract on the Dask cluster at ``scheduler`` (``kg.distributed``);
    resolution and serialization run here, and the output is the same bytes as a local build.
    """
    with _no_cycle_collection():
        return _build(paths, out_dir, page=page, jobs=jobs, update=update, remove=remove, formats=formats,
                      engine=engine, scheduler=scheduler)


def _build(paths, out_dir, *, page, jobs, update, remove, formats, engine, scheduler) -> BuildReport:
    report = BuildReport()
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        report.seconds[stage] = round(now - clock, 4)
        clock = now

    extracted: dict[str, ArticleFacts] = {}
    out = Path(out_dir)
    with lock(out):
        state = BuildState.open(out, require=update or bool(remove))
        if engine == "dask" and paths:
            from .distributed import ingest_and_extract

            ingested, extracted = ingest_and_extract(paths, scheduler=scheduler)
        else:
            # files unchanged since the graph's last build are not read again (kg.state)
            ingested = read_paths(paths, known=state) if paths else IngestResult()
        report.problems = list(ingested.problems)
        lap("ingest")
        if not ingested.articles and not remove:
            raise NothingToBuild("no article could be read from the inputs; nothing was written", ingested.problems)
        if remove:
            articles, unmatched = state.select_remove(remove)
            if unmatched:
                raise StateError(f"{out}: no article matches {', '.join(map(repr, unmatched))}; nothing was written")
        elif update:
            articles = state.select_update(ingested.articles)
        else:
            articles = ingested.articles
        report.problems += state.problems
        report.articles = len(articles)
        facts, report.extracted = state.facts(articles, partial(_extracted, done=extracted, jobs=jobs))
        entries = state.entries_of(articles)
        del articles, ingested, extracted  # from here on no article text is needed: a large archive's goes
        lap("extract")
        crash_point("build:extracted")
        kg = resolve(facts)
        del facts
        lap("resolve")
        report.entities = len(kg.entities)
        report.relations = len(kg.relations)
        report.meetings = len(kg.meetings)
        # Plain triples, streamed: kg.export.turtle groups them by subject and writes piece by piece.
        # "graph" is the time to make and group the triples, "turtle" the time to write them.
        written = write_turtle(iter_triples(kg), out / "graph.ttl")
        report.triples = written.triples
        report.outputs["turtle"] = out / "graph.ttl"
        report.seconds["graph"] = round(written.grouped - clock, 4)
        clock = written.grouped
        lap("turtle")
        crash_point("build:turtle")
        if page:
            from .export.page import write_page

            write_page(to_networkx(kg), out / "graph.html", title="Diplograph")
            report.outputs["page"] = out / "graph.html"
            lap("page")
            crash_point("build:page")
        if set(formats) - {"ttl"}:  # kg.export.formats: N-Triples, JSON-LD, TriG, GraphML, Neo4j CSV
            from .export.formats import write_formats

            network = to_networkx(kg) if "graphml" in formats else None
            report.outputs.update(write_formats(to_rdf(kg), out, formats, network=network))
            lap("formats")
        state.commit(entries)
        lap("state")
    return report
