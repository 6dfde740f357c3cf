"""Real RDF servers and tools for the tests and the load benchmark: a private Virtuoso, Jena.

Public API:
    free_port() -> int                      a free TCP port on 127.0.0.1
    require(*commands)                      fail (or, with DIPLOGRAPH_NO_SERVERS=1, skip) if a tool is missing
    Virtuoso(folder).start() / .load(path, graph) / .select(sparql, graph) / .stop()
    jena(*args, timeout=...) -> CompletedProcess     Debian's Jena jars through tests/jena.sh
    sparql_json_rows(document) -> (variables, rows of Term)   SPARQL JSON results -> kg.query Terms
    with_prefixes(sparql)                   the query with kg.query.PREFIXES declared in its text

Virtuoso is Debian's ``virtuoso-opensource`` (7.2), started as a private instance whose
database, ini and log live under one folder, listening on 127.0.0.1 only, on ports
picked free at start. Every wait is bounded. Facts about Debian's packages (no password
prompt at install: dba/dba; ``isql-vt`` exits 0 when a statement fails, so its output is
checked; Jena needs the Xerces bundles fix in tests/jena.sh) come from ``shared/recipes``.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.query import PREFIXES, Term

ROOT = Path(__file__).resolve().parents[1]
NO_SERVERS = os.environ.get("DIPLOGRAPH_NO_SERVERS") == "1"
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
JENA_JARS = Path("/usr/share/java/jena-arq.jar")


def require(*commands: str) -> None:
    """Every command (or absolute file) must exist; else a clear failure, or a skip when allowed."""
    missing = [c for c in commands if not (Path(c).exists() if c.startswith("/") else shutil.which(c))]
    if not missing:
        return
    message = (f"missing {', '.join(missing)}: run `sh tests/setup.sh` (installs virtuoso-opensource and "
               f"Jena from Debian), or set DIPLOGRAPH_NO_SERVERS=1 to skip the server tests")
    if NO_SERVERS:
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def with_prefixes(sparql: str) -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + sparql


class Virtuoso:
    """A private Virtuoso under ``folder``: ``start()``, ``load()``, ``select()``, ``stop()``."""

    def __init__(self, folder: Path):
        self.folder = Path(folder).resolve()
        self.sql_port = free_port()
        self.http_port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def isql(self, statements: str, *, timeout: float = 120) -> str:
        done = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"EXEC={statements}"],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
        out = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in out:
            raise RuntimeError(f"isql failed: {out.strip()[-2000:]}")
        return out

    def start(self, *, wait: float = 60) -> "Virtuoso":
        db, data = self.folder / "db", self.folder / "data"
        db.mkdir(parents=True, exist_ok=True)
        data.mkdir(exist_ok=True)
        lines = []
        for line in VIRTUOSO_INI.read_text().splitlines():
            key = line.split("=", 1)[0].strip()
            if key == "ServerPort":
                port = self.sql_port if line.split("=", 1)[1].strip() == "1111" else self.http_port
                line = f"ServerPort = 127.0.0.1:{port}"
            elif key == "DirsAllowed":
                line = f"DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, {data}"
            elif key == "ResultSetMaxRows":
                line = "ResultSetMaxRows = 1000000"
            lines.append(line.replace("/var/lib/virtuoso-opensource-7/db", str(db)))
        (self.folder / "virtuoso.ini").write_text("\n".join(lines) + "\n")
        self.log = open(self.folder / "virtuoso.log", "wb")
        self.process = subprocess.Popen(
            ["virtuoso-t", "+configfile", str(self.folder / "virtuoso.ini"), "+foreground"],
            cwd=db, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                self.isql("status('');", timeout=10)
                return self
            except (RuntimeError, subprocess.TimeoutExpired):
                time.sleep(0.5)
        self.stop()
        log = (self.folder / "virtuoso.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"Virtuoso did not start within {wait:.0f} s:\n{log}")

    def load(self, path: Path, graph: str) -> float:
        """Bulk-load ``path`` (Turtle, N-Triples...) into ``graph``; returns the seconds it took."""
        target = self.folder / "data" / Path(path).name
        shutil.copyfile(path, target)
        began = time.perf_counter()
        self.isql(f"ld_dir('{target.parent}', '{target.name}', '{graph}'); rdf_loader_run(); checkpoint;",
                  timeout=600)
        seconds = time.perf_counter() - began
        errors = self.isql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        if "0 Rows" not in errors:
            raise RuntimeError(f"Virtuoso could not load {path}:\n{errors}")
        return seconds

    def select(self, sparql: str, graph: str, *, timeout: float = 60) -> dict:
        """SPARQL JSON results of ``sparql`` (standard prefixes declared) over ``graph``, via HTTP."""
        body = urllib.parse.urlencode({"query": with_prefixes(sparql), "default-graph-uri": graph}).encode()
        request = urllib.request.Request(self.endpoint, data=body,
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))

    def stop(self, *, wait: float = 30) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", "EXEC=shutdown();"],
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=wait)
        except subprocess.TimeoutExpired:
            pass
        try:
            self.process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=wait)
        self.log.close()


def jena(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", str(ROOT / "tests" / "jena.sh"), *args], capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def sparql_json_rows(document: dict) -> tuple[list[str], list[list[Term | None]]]:
    variables = document["head"]["vars"]
    rows = []
    for binding in document["results"]["bindings"]:
        row = []
        for name in variables:
            value = binding.get(name)
            if value is None:
                row.append(None)
                continue
            kind = {"typed-literal": "literal"}.get(value["type"], value["type"])
            row.append(Term(kind, value["value"], value.get("datatype"), value.get("xml:lang")))
        rows.append(row)
    return variables, rows
