"""Store stage: a built graph file -> a persistent on-disk Oxigraph store that queries reuse.

Public API:
    load_store(store_dir, graph_path) -> int     bulk-load the graph, replacing the store's content; triples
    open_store(store_dir) -> pyoxigraph.Store    the current content, opened read-only
    StoreError

Layout: ``STORE_DIR/current`` is a symlink to ``STORE_DIR/data-N``, an Oxigraph (RocksDB)
folder. ``load_store`` bulk-loads the new graph into a fresh ``data-N+1``, flushes and
closes it, then points ``current`` at it with one atomic rename and deletes the older
folders. So a rebuilt graph replaces the previous content whole: a query sees the old
graph or the new one, never a mix, and a load that fails (bad file, full disk, killed)
leaves the previous store as it was. Concurrent loads are serialised by a lock file. A
long-lived reader (a server) keeps the copy it opened; reopen it after a load.
"""
from __future__ import annotations

import fcntl
import os
import re
import shutil
from pathlib import Path

import pyoxigraph

from .errors import DiplographError

_FORMATS = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
            ".trig": pyoxigraph.RdfFormat.TRIG, ".nq": pyoxigraph.RdfFormat.N_QUADS}
_DATA = re.compile(r"^data-(\d+)$")


class StoreError(DiplographError):
    """A store folder is missing, not a Diplograph store, or a graph could not be loaded into it."""


def _versions(store: Path) -> list[int]:
    return sorted(int(m[1]) for name in os.listdir(store) if (m := _DATA.match(name)))


def load_store(store_dir: str | Path, graph_path: str | Path) -> int:
    """Replace the content of the store at ``store_dir`` by the graph in ``graph_path``.

    The format follows the extension (.ttl, .nt, .trig, .nq). Returns the number of quads
    now in the store. Raises StoreError if the file is missing or does not parse.
    """
    store, graph = Path(store_dir), Path(graph_path)
    if not graph.is_file():
        raise StoreError(f"{graph}: no such graph file")
    fmt = _FORMATS.get(graph.suffix.lower())
    if fmt is None:
        raise StoreError(f"{graph}: unknown format; give a .ttl, .nt, .trig or .nq file")
    if store.exists() and not (store / "current").is_symlink() and any(store.iterdir()) \
            and not (store / ".lock").exists():
        raise StoreError(f"{store}: not empty and not a Diplograph store; refusing to write into it")
    store.mkdir(parents=True, exist_ok=True)
    with open(store / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        version = max(_versions(store), default=0) + 1
        fresh = store / f"data-{version}"
        try:
            db = pyoxigraph.Store(str(fresh))
            db.bulk_load(path=str(graph), format=fmt, base_iri=graph.resolve().as_uri())
            db.flush()
            count = len(db)
            del db  # closes RocksDB before the folder goes live
        except (SyntaxError, OSError) as error:
            shutil.rmtree(fresh, ignore_errors=True)
            raise StoreError(f"{graph}: could not be loaded: {str(error).splitlines()[0]}") from error
        link = store / f".current-{version}"
        if link.is_symlink():
            link.unlink()
        os.symlink(fresh.name, link)
        os.replace(link, store / "current")  # the one step that switches readers to the new graph
        for old in _versions(store):
            if old != version:
                shutil.rmtree(store / f"data-{old}", ignore_errors=True)
    return count


def open_store(store_dir: str | Path) -> pyoxigraph.Store:
    """Open the store's current content read-only (queries only; any number of readers)."""
    current = Path(store_dir) / "current"
    if not current.is_symlink() or not current.resolve().is_dir():
        raise StoreError(f"{store_dir}: not a Diplograph store (load one with `kg load {store_dir} GRAPH.ttl`)")
    try:
        return pyoxigraph.Store.read_only(str(current.resolve()))
    except OSError as error:
        raise StoreError(f"{store_dir}: cannot open the store: {str(error).splitlines()[0]}") from error
