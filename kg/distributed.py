"""Ingest and extraction on a Dask cluster (``kg build --engine dask --scheduler ADDRESS``).

Public API: ``ingest_and_extract(paths, *, scheduler) -> (IngestResult, dict[id, ArticleFacts])``.

The input files are listed here, in the order ``kg.ingest.read_paths`` reads them;
each Dask task reads a batch of files and extracts their articles (a pure
function per article, so where it runs changes nothing). The results come back
in file order and are merged exactly as ``read_paths`` merges them (the first
file that yields an article id wins, articles sorted by id), so resolution and
serialization, which run here afterwards, see the same input as a local build
and write the same bytes. The workers must see the input files at the same
paths (a shared file system) and have Diplograph installed.
"""
from __future__ import annotations

from pathlib import Path

from .errors import DiplographError, InputError
from .ingest import IngestResult, list_files, read_one
from .model import Article, ArticleFacts

#: Files per Dask task: enough work per task to hide the scheduling cost.
FILES_PER_TASK = 16


class ClusterError(DiplographError):
    """The Dask cluster could not be reached or failed."""


def _read_and_extract(batch: list[tuple[Path, str, int]]) -> list[tuple[list[Article], list[InputError], list]]:
    """On a worker: each file's articles, problems and facts (entities, relations, meetings)."""
    from .extract.article import extract
    from .extract.lexicon import load_lexicon

    lex = load_lexicon()
    out = []
    for path, shown, _ in batch:
        articles, problems = read_one(Path(path), shown=shown)
        facts = [extract(a, lex) for a in articles]
        out.append((articles, problems, [(f.entities, f.relations, f.meetings) for f in facts]))
    return out


def ingest_and_extract(paths, *, scheduler: str | object) -> tuple[IngestResult, dict[str, ArticleFacts]]:
    """Read and extract ``paths`` on the cluster at ``scheduler`` (an address or a ``distributed.Client``)."""
    try:
        from distributed import Client
    except ImportError as e:  # pragma: no cover - the dask extra is not installed
        raise ClusterError("--engine dask needs dask.distributed: pip install 'diplograph[dask]'") from e
    files, walk_problems = list_files(paths)
    batches = [files[i:i + FILES_PER_TASK] for i in range(0, len(files), FILES_PER_TASK)]
    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout="30s") if own else scheduler
    except OSError as e:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    try:
        results = client.gather(client.map(_read_and_extract, batches, pure=False)) if batches else []
    finally:
        if own:
            client.close()
    by_id: dict[str, Article] = {}
    facts: dict[str, ArticleFacts] = {}
    problems: list[InputError] = []
    done_walk = 0
    for batch, batch_results in zip(batches, results):
        for (_, _, walk_before), (articles, file_problems, found) in zip(batch, batch_results):
            problems.extend(walk_problems[done_walk:walk_before])  # folder problems, where the walk met them
            done_walk = walk_before
            problems.extend(file_problems)
            for article, (entities, relations, meetings) in zip(articles, found):
                if article.id not in by_id:
                    by_id[article.id] = article
                    facts[article.id] = ArticleFacts(article, entities, relations, meetings)
    problems.extend(walk_problems[done_walk:])
    return IngestResult(articles=[by_id[k] for k in sorted(by_id)], problems=problems), facts
