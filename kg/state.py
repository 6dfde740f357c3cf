"""Build state: which articles a graph folder holds, and what extraction found in each.

Public API:

* ``BuildState.open(out_dir, *, require=False) -> BuildState``: the state kept in
  ``out_dir/.diplograph/`` (empty when there is none or it is unreadable; with
  ``require``, ``StateError`` instead when a graph exists without state or the
  manifest is unreadable).
* ``state.articles() -> list[Article]`` (raises nothing: entries that cannot be
  recovered come back as problems from ``state.problems``), ``state.select_update``,
  ``state.select_remove``, ``state.facts(articles, extract)``, ``state.entries_of(articles)``,
  ``state.commit(entries)``; ``state.unchanged`` and ``state.read``, with which
  ``kg.ingest.read_paths`` leaves unchanged files unread (``KnownFiles``); ``PackWriter``,
  which writes the cache entries of a batch of articles (in any process).
* ``content_hash(article)``, ``facts_to_json`` / ``facts_from_json``, ``STATE_DIR``.
* ``lock(out_dir)``: one build at a time per output folder.

Layout of ``DIR/.diplograph/``: ``manifest.json`` lists the articles of the graph
(id, source as given, real path, content hash), sorted by id, and the files they were read
from (real path, name as given, stamp, article ids), sorted by path; ``packs/*.jsonl`` hold
the facts cache: one line per article, ``<content hash>\t<JSON record>``, the record
holding the article and its extracted facts. Each batch of extracted articles (up to
``PACK_SIZE``) is written as one pack, in the process that extracted it: one file per
batch rather than per article keeps the kernel's cost per file out of extraction.
A pack's name starts with the build generation that wrote it; when a hash is in
several packs, the newest wins. Committing a build drops entries no article uses and
merges small packs. Every file is JSON, never pickle, so a corrupt or hostile state
file can at worst be re-extracted, never run code. An entry written by another
version of the extractor (see ``extractor_fingerprint``) is extracted again. Entries
of the older layout (``facts/ab/<hash>.json``, one file per article) are still read,
and moved into packs at the next commit. Every build resolves all the articles of
the manifest, so an update gives byte for byte the graph a full build of the same
articles gives.

A file given again under the same name with the same stamp (size, modification and
change times in nanoseconds, inode: what make and git compare) is not read again: its
articles come back from the cache. A file read cleanly is stamped unless it was
modified within ``RACY_NS`` of being read (it could change again within the same
clock tick; it is then read again next time), or gave a problem (read again, so the
problem is reported again), or gave an article another file gave first.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from .atomic import crash_point, remove_stale_temporaries, write_atomically
from .errors import DiplographError, InputError
from .model import Article, ArticleFacts, Entity, Meeting, Relation

STATE_DIR = ".diplograph"
FORMAT = "diplograph-state"
VERSION = 1
_PACKAGE = Path(__file__).resolve().parent
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
#: Articles per pack file, at most (extraction hands its results over in batches of this size).
PACK_SIZE = 250
_PACK = re.compile(r"^(\d{8})-[0-9a-f]{12}\.jsonl$")
_HEX = frozenset("0123456789abcdef")


#: What the manifest keeps of a file's stat: size, st_mtime_ns, st_ctime_ns, st_ino.
Stamp = tuple[int, int, int, int]
#: A file modified less than this before it was read is not stamped (two writes in one clock tick
#: leave the same modification time).
RACY_NS = 2_000_000_000


def _stamp(path: str) -> Stamp | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@dataclass(frozen=True)
class FileRecord:
    """A file of the graph, as the manifest lists it (by real path): the name it was given as, its stamp
    when it was read, and the ids of the articles it gave."""

    source: str
    stamp: Stamp
    ids: tuple[str, ...]


class StateError(DiplographError):
    """The build state of an output folder is missing where needed, or unusable."""


@dataclass(frozen=True)
class Entry:
    """One article of the graph, as the manifest lists it."""

    id: str
    source: str  # the path as the user gave it (what the graph shows)
    path: str  # its real path when it was read, to recognise the file again
    hash: str  # content_hash of the article


def content_hash(article: Article) -> str:
    """sha256 over every field of the article: any change gives another hash."""
    payload = json.dumps([getattr(article, name) for name in _ARTICLE_FIELDS], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of the code and data that extraction depends on: a change re-extracts every article."""
    digest = hashlib.sha256()
    parts = sorted((_PACKAGE / "extract").glob("*.py")) + [_PACKAGE / "model.py"]
    data = _PACKAGE.parent / "ontology" / "data"
    if data.is_dir():
        # the files the lexicon reads, not the folder's README
        parts += sorted(p for p in data.rglob("*") if p.is_file() and p.suffix in {".tsv", ".json", ".txt"})
    for part in parts:
        digest.update(part.name.encode() + b"\0" + part.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


# --- JSON form of ArticleFacts ------------------------------------------------


def facts_to_json(facts: ArticleFacts) -> dict:
    """A JSON-ready dict; sets become sorted lists, dict order (which resolution reads) is kept."""
    return {
        "article": asdict(facts.article),
        "entities": [
            {"key": e.key, "type": e.type, "label": e.label, "aliases": sorted(e.aliases),
             "titles": sorted(e.titles), "attrs": dict(e.attrs), "articles": sorted(e.articles),
             "evidence": [list(pair) for pair in e.evidence], "as": key}
            for key, e in facts.entities.items()
        ],
        "relations": [asdict(r) for r in facts.relations],
        "meetings": [asdict(m) for m in facts.meetings],
    }


def facts_from_json(data: object) -> ArticleFacts:
    """The facts of ``facts_to_json``; ``ValueError`` for anything else (wrong shape or types)."""
    try:
        return _facts_from_json(data)
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a facts record: {error!r}") from None


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, found {type(value).__name__}")
    return value


def _article_from_json(data: dict) -> Article:
    if not isinstance(data, dict) or set(data) != set(_ARTICLE_FIELDS):
        raise TypeError("not an article record")
    return Article(**{name: _str(data[name]) for name in _ARTICLE_FIELDS})


def _name(value: object) -> str:
    # Keys, labels and sentences repeat across a corpus's facts: one copy of each in memory.
    return sys.intern(value)  # TypeError for anything but a str


def _names(value: object) -> list[str]:
    if type(value) is not list:
        raise TypeError(f"expected a list, found {type(value).__name__}")
    return list(map(sys.intern, value))  # checks each item, as _name does


def _facts_from_json(data: object) -> ArticleFacts:
    if not isinstance(data, dict):
        raise TypeError("not an object")
    facts = ArticleFacts(article=_article_from_json(data["article"]))
    for e in data["entities"]:
        attrs = e["attrs"]
        if not isinstance(attrs, dict):
            raise TypeError("attrs")
        evidence = [tuple(_names(pair)) for pair in e["evidence"]]
        if any(len(pair) != 2 for pair in evidence):
            raise TypeError("evidence")
        facts.entities[_name(e["as"])] = Entity(
            key=_name(e["key"]), type=_name(e["type"]), label=_name(e["label"]), aliases=set(_names(e["aliases"])),
            titles=set(_names(e["titles"])), attrs={_name(k): _name(v) for k, v in attrs.items()},
            articles=set(_names(e["articles"])), evidence=evidence)
    for r in data["relations"]:
        facts.relations.append(Relation(kind=_name(r["kind"]), subject=_name(r["subject"]), object=_name(r["object"]),
                                        article=_name(r["article"]), sentence=_name(r["sentence"])))
    for m in data["meetings"]:
        facts.meetings.append(Meeting(
            key=_name(m["key"]), kind=_name(m["kind"]), participants=_names(m["participants"]),
            article=_name(m["article"]), sentence=_name(m["sentence"]), date=_name(m["date"]),
            place=_name(m["place"]), agreements=_names(m["agreements"])))
    return facts


# --- the state folder ---------------------------------------------------------


def _legacy_path(folder: Path, digest: str) -> Path:
    """Where the older layout kept an article's entry (one file per article)."""
    return folder / "facts" / digest[:2] / f"{digest}.json"


def _is_digest(text: str) -> bool:
    return len(text) == 64 and _HEX.issuperset(text)


#: Where a pack holds one entry: (pack, start, end) byte offsets of the record.
Location = tuple[Path, int, int]


def _scan_packs(folder: Path) -> list[tuple[Path, list[tuple[str, int, int]]]]:
    """Each pack of ``folder/packs``, oldest first, with its entries (hash, start, end of the record).

    A line that is cut short or does not start with a hash is skipped: its article is extracted again.
    """
    try:
        names = sorted(name for name in os.listdir(folder / "packs") if _PACK.match(name))
    except OSError:
        return []
    packs = []
    for name in names:
        path = folder / "packs" / name
        try:
            data = path.read_bytes()
        except OSError:
            continue
        rows, at = [], 0
        while (end := data.find(b"\n", at)) >= 0:
            if data[at + 64:at + 65] == b"\t":
                digest = data[at:at + 64].decode("ascii", "replace")
                if _is_digest(digest):
                    rows.append((digest, at + 65, end))
            at = end + 1
        packs.append((path, rows))
    return packs


def _next_generation(folder: Path) -> int:
    try:
        names = os.listdir(folder / "packs")
    except OSError:
        return 1
    return 1 + max((int(m.group(1)) for m in map(_PACK.match, names) if m), default=0)


def _write_pack(folder: Path, generation: int, lines: list[str]) -> None:
    # No fsync: a pack lost to a power cut is only extracted again.
    write_atomically(folder / "packs" / f"{generation:08d}-{secrets.token_hex(6)}.jsonl", lines, durable=False,
                     label="facts-pack")


class PackWriter:
    """Writes the cache entries of a batch of articles' facts as one pack; a plain picklable
    object, so that extraction workers write their entries themselves."""

    def __init__(self, folder: Path, fingerprint: str, generation: int):
        self.folder = folder
        self.fingerprint = fingerprint
        self.generation = generation

    def __call__(self, batch: list[ArticleFacts]) -> None:
        lines = []
        for facts in batch:
            data = facts_to_json(facts)
            record = {"format": FORMAT, "version": VERSION, "extractor": self.fingerprint,
                      "article": data["article"], "facts": data}
            text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            lines.append(f"{content_hash(facts.article)}\t{text}\n")  # json.dumps escapes every newline
        if lines:
            _write_pack(self.folder, self.generation, lines)


@contextmanager
def lock(out_dir: str | Path) -> Iterator[None]:
    """Hold an exclusive lock on ``out_dir`` (released by the kernel even on SIGKILL)."""
    folder = Path(out_dir) / STATE_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / "lock", "a+b")
    except OSError as error:
        raise StateError(f"{out_dir}: cannot write the output folder: {error.strerror or error}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StateError(f"{out_dir}: another kg build is writing this folder") from None
        try:
            # Nothing else writes here while we hold the lock, so leftovers of a killed build can go.
            remove_stale_temporaries(out_dir)
            remove_stale_temporaries(folder)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class BuildState:
    """The manifest and facts cache of one output folder."""

    def __init__(self, out_dir: Path, entries: dict[str, Entry], files: dict[str, FileRecord] | None = None):
        self.out_dir = out_dir
        self.folder = out_dir / STATE_DIR
        self.entries = entries
        self.files = files or {}  # by real path
        # The files this build saw (by real path): a record for those left unread or read cleanly, None for the
        # others; and the stamp of each file taken before it was read.
        self._seen: dict[str, FileRecord | None] = {}
        self._before: dict[str, Stamp | None] = {}
        # The articles of unread files, with the content hash their entries give and their cached facts when
        # the extractor has not changed since (by article id).
        self._unread: dict[str, tuple[Article, str, ArticleFacts | None]] = {}
        #: Manifest articles that could not be recovered (lost entry, source gone).
        self.problems: list[InputError] = []
        self._articles: dict[str, Article] = {}
        # Entries read to recover an article, kept for ``facts`` so that each is parsed once.
        self._records: dict[str, dict] = {}
        # content_hash of each article ``facts`` saw (by article), for ``entries_of``: hashed once.
        self._digests: dict[str, str] = {}
        self._index: dict[str, Location] | None = None  # where each cached hash is, read when first needed
        self._handles: OrderedDict[Path, BinaryIO] = OrderedDict()  # the packs open for reading, newest last

    @classmethod
    def open(cls, out_dir: str | Path, *, require: bool = False) -> BuildState:
        out = Path(out_dir)
        manifest = out / STATE_DIR / "manifest.json"
        if not manifest.exists():
            if require and (out / "graph.ttl").exists():
                raise StateError(f"{out}: the graph there has no build state ({STATE_DIR}/manifest.json), so it "
                                 "cannot be updated; rebuild it with kg build and all its inputs")
            return cls(out, {})
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("unknown format or version")
            entries = {}
            for row in data["articles"]:
                entry = Entry(*(_str(row[name]) for name in ("id", "source", "path", "hash")))
                entries[entry.id] = entry
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            if not require:  # a full build needs nothing from it, and writes a new one
                return cls(out, {})
            raise StateError(f"{manifest}: unreadable build state ({error}); rebuild the graph with kg build "
                             "and all its inputs") from None
        return cls(out, entries, _files_from_json(data.get("files", [])))

    # --- files unchanged since they were read (kg.ingest.KnownFiles) ---

    def unchanged(self, path: Path, shown: str) -> list[Article] | None:
        """The articles of ``path`` when it is given as before with the stamp it had then, from the cache;
        None when it must be read (and then ``read`` is told what it gave)."""
        real = _real(path)
        stamp = self._before[real] = _stamp(real)
        record = self.files.get(real)
        if record is None or stamp is None or record.stamp != stamp or record.source != shown:
            return None
        found = []
        for key in record.ids:
            entry = self.entries.get(key)
            if entry is None or entry.path != real or entry.source != shown:
                return None
            cached = self._cached_article(entry)
            if cached is None:
                return None
            found.append((*cached, entry.hash))
        self._seen[real] = record
        for article, facts, digest in found:
            self._unread[article.id] = (article, digest, facts)
        return [article for article, _, _ in found]

    def read(self, path: Path, shown: str, articles: list[Article], problems: list[InputError]) -> None:
        real = _real(path)
        before = self._before.pop(real, None)
        clean = not problems and bool(articles) and before is not None and _stamp(real) == before
        if clean and before[1] < time.time_ns() - RACY_NS:
            self._seen[real] = FileRecord(shown, before, tuple(dict.fromkeys(a.id for a in articles)))
        else:
            self._seen[real] = None

    def _cached_article(self, entry: Entry) -> tuple[Article, ArticleFacts | None] | None:
        """The article of ``entry`` as its cache record holds it, and its facts when the extractor that found them
        is this one (made now, so that the record, many times their size, need not be kept or read again)."""
        record = self._read_entry(entry.hash)
        article = _record_article(record) if record is not None else None
        if article is None or article.id != entry.id or article.source != entry.source:
            return None
        return article, _record_facts(record, article, extractor_fingerprint())

    # --- choosing the articles of this build ---

    def articles(self) -> list[Article]:
        """The manifest's articles, read back from the cache (or their source when the entry is lost)."""
        out = []
        for entry in sorted(self.entries.values(), key=lambda e: e.id):
            article = self._recover(entry)
            if article is not None:
                out.append(article)
        return out

    def select_update(self, new: list[Article]) -> list[Article]:
        """The manifest's articles plus ``new``; a file read again replaces every article it gave before."""
        reread = {_real(a.source) for a in new}
        kept = {e.id: e for e in self.entries.values() if e.path not in reread}
        by_id = {a.id: a for a in self._articles_of(kept.values())}
        for article in new:
            by_id.setdefault(article.id, article)
        return [by_id[key] for key in sorted(by_id)]

    def select_remove(self, targets: Iterable[str]) -> tuple[list[Article], list[str]]:
        """The manifest's articles without those that ``targets`` name, and the targets that named none.

        A target is an article id (or a unique prefix of one, 6 characters or more), a
        source as the manifest shows it, or a path whose real path is the article's file
        or a folder above it.
        """
        removed: set[str] = set()
        unmatched = []
        for target in targets:
            found = self._match(target)
            if not found:
                unmatched.append(target)
            removed |= found
        kept = [e for e in self.entries.values() if e.id not in removed]
        return sorted(self._articles_of(kept), key=lambda a: a.id), unmatched

    def _match(self, target: str) -> set[str]:
        if target in self.entries:
            return {target}
        found = {e.id for e in self.entries.values() if target == e.source}
        real = _real(target)
        found |= {e.id for e in self.entries.values() if e.path == real or e.path.startswith(real.rstrip("/") + "/")}
        if not found and len(target) >= 6 and all(c in "0123456789abcdef" for c in target):
            prefixed = {key for key in self.entries if key.startswith(target)}
            if len(prefixed) == 1:
                found = prefixed
        return found

    def _articles_of(self, entries: Iterable[Entry]) -> list[Article]:
        return [a for a in (self._recover(e) for e in entries) if a is not None]

    def _recover(self, entry: Entry) -> Article | None:
        if entry.id in self._articles:
            return self._articles[entry.id]
        record = self._read_entry(entry.hash)
        article = None
        if record is not None:
            self._records[entry.hash] = record
            article = _record_article(record)
        if article is None or article.id != entry.id or content_hash(article) != entry.hash:
            article = self._from_source(entry)
        if article is None:
            self.problems.append(InputError(entry.source, f"article {entry.id} was lost from the build state and "
                                            "its file no longer holds it; add the file again to restore it"))
            return None
        self._articles[entry.id] = article
        return article

    def _from_source(self, entry: Entry) -> Article | None:
        from .ingest import read_paths

        try:
            found = read_paths([entry.path]).articles
        except Exception:  # noqa: BLE001  (a lost entry must never stop the build)
            return None
        for article in found:
            if article.id == entry.id:
                # The manifest names the file as the user first gave it.
                article = Article(**{**asdict(article), "source": entry.source})
                if content_hash(article) == entry.hash:
                    return article
        return None

    # --- facts ---

    def facts(self, articles: list[Article],
              extract: Callable[[list[Article], Callable[[list[ArticleFacts]], None]], list[ArticleFacts]],
              ) -> tuple[list[ArticleFacts], int]:
        """Facts of ``articles`` sorted by id: cached ones read back, the others extracted and cached.

        ``extract(todo, record)`` must call ``record(batch)`` with the facts of the articles it
        extracts, in batches of up to ``PACK_SIZE``, in any process (``record`` pickles; it writes
        one pack per batch). Returns the facts and how many articles were extracted.
        """
        fingerprint = extractor_fingerprint()
        found: dict[str, ArticleFacts] = {}
        todo = []
        for article in articles:
            cached = self._cached_facts(article, fingerprint)
            if cached is None:
                todo.append(article)
            else:
                found[article.id] = cached
        # Entries are written as the facts come, before resolution (which changes meetings in place).
        for facts in extract(todo, PackWriter(self.folder, fingerprint, _next_generation(self.folder))):
            found[facts.article.id] = facts
        return [found[a.id] for a in sorted(articles, key=lambda a: a.id)], len(todo)

    def _cached_facts(self, article: Article, fingerprint: str) -> ArticleFacts | None:
        unread = self._unread.get(article.id)
        if unread is not None and unread[0] is article:  # an unread file's: its entry's hash, its facts read
            self._digests[article.id] = unread[1]
            return unread[2]
        digest = self._digests[article.id] = content_hash(article)
        record = self._records.pop(digest, None) or self._read_entry(digest)
        return _record_facts(record, article, fingerprint) if record is not None else None

    def _read_entry(self, digest: str) -> dict | None:
        if not _is_digest(digest):
            return None
        if self._index is None:
            self._index = {digest: (path, start, end) for path, rows in _scan_packs(self.folder)
                           for digest, start, end in rows}  # the newest pack last: it wins
        try:
            where = self._index.get(digest)
            if where is None:
                record = json.loads(_legacy_path(self.folder, digest).read_bytes())
            else:
                path, start, end = where
                record = json.loads(os.pread(self._handle(path).fileno(), end - start, start))
        except (OSError, ValueError, RecursionError):  # deep nesting exhausts json's recursion
            return None
        return record if isinstance(record, dict) else None

    def _handle(self, path: Path) -> BinaryIO:
        handle = self._handles.pop(path, None) or open(path, "rb")
        self._handles[path] = handle
        if len(self._handles) > 16:  # articles come in id order, which packs mostly follow: a few stay open
            self._handles.popitem(last=False)[1].close()
        return handle

    def _close(self) -> None:
        while self._handles:
            self._handles.popitem()[1].close()
        self._index = None

    # --- committing ---

    def entries_of(self, articles: list[Article]) -> dict[str, Entry]:
        """The manifest entries of ``articles`` (for ``commit``, once their text is no longer needed)."""
        entries = {}
        for a in articles:
            old = self.entries.get(a.id)
            digest = self._digests.get(a.id) or content_hash(a)
            path = old.path if old is not None and old.hash == digest and a.source == old.source else _real(a.source)
            entries[a.id] = Entry(a.id, a.source, path, digest)
        # The build needs no article text after this: let the articles recovered for it go.
        self._close()
        self._articles.clear()
        self._records.clear()
        self._digests.clear()
        self._unread.clear()
        return entries

    def commit(self, entries: dict[str, Entry]) -> None:
        """Record ``entries`` (``entries_of``) as the content of the graph, and drop cache entries nothing uses."""
        rows = [asdict(entries[key]) for key in sorted(entries)]
        files = self._files_of(entries)
        text = json.dumps({"format": FORMAT, "version": VERSION, "articles": rows,
                           "files": [{"path": path, "source": f.source, "stamp": list(f.stamp),
                                      "articles": list(f.ids)} for path, f in sorted(files.items())]},
                          ensure_ascii=False, indent=1)
        crash_point("state:manifest")
        write_atomically(self.folder / "manifest.json", text + "\n")
        self.entries = entries
        self.files = files
        self._collect_garbage({e.hash for e in entries.values()})

    def _files_of(self, entries: dict[str, Entry]) -> dict[str, FileRecord]:
        """The files of the graph ``entries`` holds: those this build saw, and the others the manifest listed,
        as long as every article of the file is in ``entries`` from it."""
        files = {path: f for path, f in {**self.files, **self._seen}.items() if f is not None}
        return {path: f for path, f in files.items() if all(
            (e := entries.get(key)) is not None and e.path == path and e.source == f.source for key in f.ids)}

    def _collect_garbage(self, keep: set[str]) -> None:
        """Drop the entries no article in ``keep`` uses, and merge small packs.

        A pack is rewritten (its live entries into new packs) when it holds an entry that is dead
        or stale (a newer pack holds its hash) or fewer than half of ``PACK_SIZE``; a lone small
        pack with only live entries stays as it is. Entries of the older one-file-per-article layout
        move into packs. New packs are in place before old ones go, so a kill leaves no entry lost.
        """
        self._close()
        remove_stale_temporaries(self.folder / "packs")  # left by a killed build; we hold the lock
        packs = _scan_packs(self.folder)
        newest = {digest: path for path, rows in packs for digest, _, _ in rows}
        loose: list[tuple[Path, list[tuple[str, int, int]]]] = []
        clean = True
        for path, rows in packs:
            live = [row for row in rows if row[0] in keep and newest[row[0]] == path]
            if len(live) < len(rows):
                clean = False
            if len(live) < len(rows) or len(rows) < PACK_SIZE // 2:
                loose.append((path, live))
        legacy = self.folder / "facts"
        moved = sorted(keep - newest.keys()) if legacy.is_dir() else []
        if clean and len(loose) <= 1 and not legacy.is_dir():
            return
        lines = []
        for path, live in loose:
            try:
                data = path.read_bytes()
            except OSError:
                continue
            lines += [f"{digest}\t{data[start:end].decode('utf-8', 'replace')}\n" for digest, start, end in live]
        for digest in moved:
            try:
                text = _legacy_path(self.folder, digest).read_text(encoding="utf-8")
            except (OSError, ValueError):
                continue
            lines.append(f"{digest}\t{text.replace(chr(10), ' ')}\n")  # JSON has "\n" only between tokens
        generation = _next_generation(self.folder)
        for at in range(0, len(lines), PACK_SIZE):
            _write_pack(self.folder, generation, lines[at:at + PACK_SIZE])
        for path, _ in loose:
            try:
                os.unlink(path)
            except OSError:
                pass
        shutil.rmtree(legacy, ignore_errors=True)


def _real(path: str) -> str:
    return os.path.realpath(path)


def _record_article(record: dict) -> Article | None:
    """The article a cache record holds, or None when that part of it is damaged."""
    try:
        return _article_from_json(record.get("article"))
    except (TypeError, KeyError):
        return None


def _record_facts(record: dict, article: Article, fingerprint: str) -> ArticleFacts | None:
    """The facts a cache record holds for ``article``, or None when another extractor found them or they are
    damaged or another article's: the article is then extracted again."""
    if record.get("extractor") != fingerprint:
        return None
    try:
        facts = facts_from_json(record.get("facts"))
    except ValueError:
        return None
    return facts if facts.article == article else None


def _files_from_json(rows: object) -> dict[str, FileRecord]:
    """The manifest's files; none when the list is unreadable (every file is then read again)."""
    try:
        files = {}
        for row in rows:
            stamp = tuple(row["stamp"])
            if len(stamp) != 4 or not all(type(x) is int for x in stamp):
                raise TypeError("stamp")
            files[_str(row["path"])] = FileRecord(_str(row["source"]), stamp, tuple(map(_str, row["articles"])))
        return files
    except (KeyError, TypeError, AttributeError):
        return {}
