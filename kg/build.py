"""The one public entry point: files in, graph files out.

Public API: ``build(paths, out_dir, *, page=True, jobs=1) -> BuildReport``.

Data flows one way: ingest -> extract -> resolve -> graph -> export. Output files
(``graph.ttl``, ``graph.html``) are written atomically; when no article could be
read, nothing is written and the previous build stays as it was.
"""
from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DiplographError, InputError
from .export.rdf import write_turtle
from .extract.article import extract
from .extract.lexicon import load_lexicon
from .graph import to_networkx, to_rdf
from .ingest import read_paths
from .model import Article, ArticleFacts
from .resolve import resolve


class NothingToBuild(DiplographError):
    """No input yielded an article; ``problems`` says why for each input."""

    def __init__(self, message: str, problems: list[InputError]):
        super().__init__(message)
        self.problems = problems


@dataclass
class BuildReport:
    articles: int = 0
    problems: list[InputError] = field(default_factory=list)
    entities: int = 0
    relations: int = 0
    meetings: int = 0
    triples: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def _extract_all(articles: list[Article]) -> list[ArticleFacts]:
    lex = load_lexicon()
    return [extract(a, lex) for a in articles]


def extract_articles(articles: list[Article], *, jobs: int = 1) -> list[ArticleFacts]:
    if jobs <= 1 or len(articles) < 2 * jobs:
        return _extract_all(articles)
    chunks = [articles[i::jobs] for i in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(_extract_all, chunks))
    facts = [f for part in parts for f in part]
    return sorted(facts, key=lambda f: f.article.id)


def build(paths: list[str | Path], out_dir: str | Path, *, page: bool = True, jobs: int = 1) -> BuildReport:
    report = BuildReport()
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        report.seconds[stage] = round(now - clock, 4)
        clock = now

    ingested = read_paths(paths)
    report.problems = ingested.problems
    report.articles = len(ingested.articles)
    lap("ingest")
    if not ingested.articles:
        raise NothingToBuild("no article could be read from the inputs; nothing was written", ingested.problems)
    facts = extract_articles(ingested.articles, jobs=jobs)
    lap("extract")
    kg = resolve(facts)
    lap("resolve")
    rdf = to_rdf(kg)
    report.entities = len(kg.entities)
    report.relations = len(kg.relations)
    report.meetings = len(kg.meetings)
    report.triples = len(rdf)
    lap("graph")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    write_turtle(rdf, out / "graph.ttl")
    report.outputs["turtle"] = out / "graph.ttl"
    lap("turtle")
    if page:
        from .export.page import write_page

        write_page(to_networkx(kg), out / "graph.html", title="Diplograph")
        report.outputs["page"] = out / "graph.html"
        lap("page")
    return report
