"""Ingest stage: files and folders of press releases -> ``kg.model.Article``.

Public API:

* ``read_paths(paths, *, known=None) -> IngestResult``: every article found under ``paths``
  (files or folders, read recursively), sorted by id, each id once; a file
  that cannot be read becomes one ``InputError`` in ``problems`` and the
  others are still read. It never raises for a bad file. ``known`` (a
  ``KnownFiles``, such as ``kg.state.BuildState``'s) gives the articles of a file
  unchanged since it was last read, so that the file is not read again.
* ``read_file(path) -> list[Article]``: the articles of one file, in file
  order; raises ``InputError`` on the file's first problem.
* ``IngestResult``; ``SUFFIXES`` (what a folder walk picks up).

Formats, by extension and content: plain text (``.txt``, ``.text``, ``.md``,
or no extension) with optional ``# url:``/``# date:``/``# source:`` header
lines, page dumps of many dated items inside such files, HTML (``.html``,
``.htm``) and JSON Lines (``.jsonl``). Ids are stable: sha256 over the file
name (no folder), the title and the text.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kg.errors import InputError
from kg.ingest.decode import read_text
from kg.ingest.items import Item, to_article
from kg.ingest.jsonl import parse_jsonl
from kg.ingest.pages import parse_html
from kg.ingest.plain import parse_plain
from kg.model import Article

__all__ = ["IngestResult", "KnownFiles", "SUFFIXES", "list_files", "read_file", "read_one", "read_paths"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
#: Extensions read when walking a folder. A file without an extension is read
#: only when it is named directly.
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass
class IngestResult:
    """Articles sorted by id (each id once) and one problem per unreadable input."""

    articles: list[Article] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)


class KnownFiles(Protocol):
    """Files read before: ``unchanged`` gives the articles of a file that has not changed since (or None, and
    then the file is read), ``read`` is told what a file gave when it was read."""

    def unchanged(self, path: Path, shown: str) -> list[Article] | None: ...

    def read(self, path: Path, shown: str, articles: list[Article], problems: list[InputError]) -> None: ...


def read_paths(paths: Iterable[str | Path], *, known: KnownFiles | None = None) -> IngestResult:
    """Read every file and folder in ``paths``; bad files become ``problems``."""
    by_id: dict[str, Article] = {}
    files, walk_problems = list_files(paths)
    problems: list[InputError] = []
    done = 0
    for path, shown, before in files:
        problems.extend(walk_problems[done:before])  # folder problems, where the walk met them
        done = before
        articles = known.unchanged(path, shown) if known is not None else None
        if articles is None:
            articles, file_problems = read_one(path, shown=shown)
            problems.extend(file_problems)
            if known is not None:
                known.read(path, shown, articles, file_problems)
        for article in articles:
            by_id.setdefault(article.id, article)
    problems.extend(walk_problems[done:])
    return IngestResult(articles=[by_id[key] for key in sorted(by_id)], problems=problems)


def list_files(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, str, int]], list[InputError]]:
    """The files ``read_paths`` reads, in its order, each once, as (path, shown name, how many of the
    walk's problems came before it); and the walk's problems (missing or unlistable folders)."""
    files: list[tuple[Path, str, int]] = []
    problems: list[InputError] = []
    seen_files: set[str] = set()
    seen_dirs: set[str] = set()
    for given in paths:
        for path, shown in _expand(given, seen_dirs, problems):
            real = os.path.realpath(path)
            if real in seen_files:  # the same file reached twice (symlink, repeated path)
                continue
            seen_files.add(real)
            files.append((path, shown, len(problems)))
    return files, problems


def read_file(path: str | Path) -> list[Article]:
    """The articles of one file, in file order; raises ``InputError`` for any problem."""
    path = Path(path)
    if path.is_dir():
        raise InputError(str(path), "is a directory (read_paths reads folders)")
    articles, problems = read_one(path, shown=str(path))
    if problems:
        raise problems[0]
    return articles


def _expand(
    given: str | Path, seen_dirs: set[str], problems: list[InputError]
) -> Iterator[tuple[Path, str]]:
    """``given`` itself as it was written, or the files under it when it is a folder."""
    path = Path(given)
    if path.is_dir():
        yield from ((found, str(found)) for found in _walk(path, seen_dirs, problems))
    else:
        yield path, os.fspath(given)  # missing files are reported when read


def _walk(folder: Path, seen_dirs: set[str], problems: list[InputError]) -> Iterator[Path]:
    # Real paths, not names, so that a symlink pointing back up ends the walk.
    real = os.path.realpath(folder)
    if real in seen_dirs:
        return
    seen_dirs.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as error:
        problems.append(InputError(str(folder), f"cannot list folder: {error.strerror or error}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen_dirs, problems)
        elif entry.suffix.lower() in SUFFIXES:
            yield entry


def read_one(path: Path, *, shown: str) -> tuple[list[Article], list[InputError]]:
    try:
        text = read_text(path, shown=shown)
        items, problems = _parse(text, suffix=path.suffix.lower(), shown=shown)
    except InputError as error:
        return [], [error]
    if not items and not problems:
        problems = [InputError(shown, "no article text found")]
    return [to_article(item, source=shown) for item in items], problems


def _parse(text: str, *, suffix: str, shown: str) -> tuple[list[Item], list[InputError]]:
    if suffix in HTML_SUFFIXES or (suffix in TEXT_SUFFIXES | {""} and _looks_like_html(text)):
        return parse_html(text), []
    if suffix in JSONL_SUFFIXES or (suffix == "" and text.lstrip().startswith("{")):
        return parse_jsonl(text, shown=shown)
    if suffix in TEXT_SUFFIXES or suffix == "":
        return parse_plain(text, markdown=suffix == ".md"), []
    expected = ", ".join(sorted(SUFFIXES))
    raise InputError(shown, f"unsupported file type {suffix!r} (expected {expected} or none)")


def _looks_like_html(text: str) -> bool:
    start = text.lstrip()[:200].lower()
    return start.startswith(("<!doctype html", "<html"))
