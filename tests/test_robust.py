"""Nothing lost, nothing injected (issue 7): bad input, hostile text, crashes, determinism.

Bad inputs go through the real command line, next to good files that must still
be built. Hostile strings go into the graph both through the pipeline and straight
into a ``KnowledgeGraph``, and the Turtle is read back by rdflib, pyoxigraph and
Debian's ``rapper``. The crash test kills ``kg add`` with SIGKILL at named points
(``DIPLOGRAPH_CRASH_AT``, see ``kg.atomic.crash_point``) and at times spread over
a run, and checks each output is the old complete file or the new one.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from articles_factory import article, write_corpus
from kg.cli import main
from kg.export.rdf import turtle
from kg.extract.text import slug
from kg.graph import to_networkx, to_rdf
from kg.model import Article, Entity, KnowledgeGraph, Meeting, Relation
from kg.query import run_query
from kg.validate import validate

ROOT = Path(__file__).resolve().parents[1]
STATE = ".diplograph"


def invoke(*args: object):
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args])


def kg_command() -> list[str]:
    """The installed ``kg``, or the module when the package is not installed."""
    beside = Path(sys.executable).parent / "kg"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("kg")
    return [found] if found else [sys.executable, "-m", "kg.cli"]


def titles(graph: Path) -> set[str]:
    rows = run_query(graph, "SELECT ?t WHERE { ?a a dg:Article ; dcterms:title ?t }").rows
    return {t for (t,) in rows}


def temporaries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.name.endswith(".tmp"))


# --- bad input -----------------------------------------------------------------

GOOD_TITLES = {article(i)[1].split("\n")[2] for i in range(3)}
HTML_TITLE = "Deeply Nested Page"
JSONL_TITLE = "Talks Reported on the Wire"
UTF16_TITLE = "Talks in Genève Reported in UTF-16"
UTF16_NOBOM_TITLE = "Talks in Genève Without a Byte Order Mark"
LATIN1_TITLE = "Talks in Genève Saved in Latin-1"
BODY = ("Minister of Foreign Affairs of the Republic of Kazakhstan Aibek Tulegenov met with "
        "Minister of Foreign Affairs of the Republic of Ghana Kwame Mensah in Accra.\n")


def nested_html(depth: int) -> str:
    return (f"<!doctype html><html><head><title>{HTML_TITLE}</title>"
            "<script>document.write('SCRIPT-TEXT')</script><style>p {{ color: red }} /* STYLE-TEXT */</style>"
            "</head><body>" + "<div><section>" * depth + f"<h1>{HTML_TITLE}</h1><p>{BODY}</p>"
            "<script>var injected = 'SCRIPT-TEXT';</script>" + "</section></div>" * depth + "</body></html>")


def make_inputs(folder: Path) -> dict[str, tuple[Path, str | None]]:
    """Every kind of input the issue lists: name -> (path, expected problem or None when it is read)."""
    folder.mkdir(parents=True, exist_ok=True)
    good = write_corpus(folder / "good", range(3))
    made: dict[str, tuple[Path, str | None]] = {f"good-{i}": (p, None) for i, p in enumerate(good)}

    def put(name: str, data: bytes, problem: str | None) -> None:
        path = folder / name
        path.write_bytes(data)
        made[name] = (path, problem)

    put("empty.txt", b"", "empty file")
    put("blank.txt", b" \n\t\n", "empty file (only whitespace)")
    put("logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary file (PNG image), not text")
    put("bundle.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(64), "binary file (ZIP archive), not text")
    put("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "binary file (PDF document), not text")
    put("report-as-text.txt", b"%PDF-1.4\n1 0 obj\n", "binary file (PDF document), not text")
    put("invalid-utf8.txt", b"Talks\n\n" + bytes(range(0x80, 0x100)) * 4 + bytes(range(1, 9)) * 8,
        "not valid UTF-8 text")
    put("utf16.txt", f"{UTF16_TITLE}\n\n{BODY}".encode("utf-16"), None)
    put("utf16-nobom.txt", f"{UTF16_NOBOM_TITLE}\n\n{BODY}".encode("utf-16-le"), None)
    put("utf16be-nobom.txt", f"{UTF16_NOBOM_TITLE} Too\n\n{BODY}".encode("utf-16-be"), None)
    put("latin1.txt", f"{LATIN1_TITLE}\n\n{BODY}".encode("latin-1"), None)
    put("big.txt", b"Minister met minister. " * (50 * 1024 * 1024 // 23 + 1), None)  # one 50 MB line
    made["big.txt"] = (made["big.txt"][0], "too large (50.0 MB); the limit is 20 MB")
    put("nested.html", nested_html(5000).encode(), None)
    put("wire.jsonl", (json.dumps({"title": JSONL_TITLE, "text": BODY}) + "\n{not json\n[1, 2]\n"
                       + json.dumps({"title": "no text"}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n").encode(),
        None)
    loop = folder / "loop"
    loop.mkdir()
    (loop / "up").symlink_to("..")  # walking it would never end
    (loop / "self.txt").symlink_to("self.txt")  # ELOOP when opened
    made["loop/self.txt"] = (loop / "self.txt", "cannot be read: Too many levels of symbolic links")
    made["missing.txt"] = (folder / "missing.txt", "does not exist")
    return made


JSONL_PROBLEMS = ["line 2: not valid JSON", "line 3: expected a JSON object, found list", 'line 4: no "text" string',
                  "line 5: JSON nested too deeply"]


def test_robust_every_bad_input_is_named_once_and_the_good_ones_are_built(tmp_path: Path) -> None:
    made = make_inputs(tmp_path / "in")
    out = tmp_path / "out"
    named = [path for path, _ in made.values()] + [tmp_path / "in" / "loop"]
    result = invoke("build", *named, "-o", out)
    assert result.exit_code == 3, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert all(line.startswith("skipped: ") for line in lines), lines
    for name, (path, problem) in made.items():
        mine = [line for line in lines if line.startswith(f"skipped: {path}:")]
        if name == "wire.jsonl":
            assert len(mine) == len(JSONL_PROBLEMS), lines
            for line, expected in zip(mine, JSONL_PROBLEMS):
                assert expected in line
        elif problem is None:
            assert mine == [], (name, mine)
        else:
            assert mine == [f"skipped: {path}: {problem}"], (name, lines)
    assert len(lines) == sum(1 for _, p in made.values() if p) + len(JSONL_PROBLEMS)
    built = titles(out / "graph.ttl")
    expected = GOOD_TITLES | {HTML_TITLE, JSONL_TITLE, UTF16_TITLE, UTF16_NOBOM_TITLE,
                              f"{UTF16_NOBOM_TITLE} Too", LATIN1_TITLE}
    assert built == expected
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "SCRIPT-TEXT" not in ttl and "STYLE-TEXT" not in ttl
    assert (out / "graph.html").is_file()


def test_robust_folder_of_bad_inputs(tmp_path: Path) -> None:
    """The same inputs found by walking a folder: what is not an article extension is not even read."""
    make_inputs(tmp_path / "in")
    result = invoke("build", tmp_path / "in", "-o", tmp_path / "out")
    assert result.exit_code == 3, result.stderr
    for name in ("empty.txt", "invalid-utf8.txt", "big.txt", "self.txt", "wire.jsonl"):
        assert name in result.stderr
    for name in ("logo.png", "bundle.zip", "report.pdf"):
        assert name not in result.stderr  # not article files: the walk passes them by
    assert "utf16.txt" not in result.stderr and "nested.html" not in result.stderr
    assert len(titles(tmp_path / "out" / "graph.ttl")) == 9


@pytest.mark.parametrize("name", ["empty.txt", "logo.png", "bundle.zip", "report.pdf", "invalid-utf8.txt",
                                  "big.txt", "loop/self.txt", "missing.txt", "wire.jsonl"])
def test_robust_strict_turns_each_skip_into_an_error(tmp_path: Path, name: str) -> None:
    made = make_inputs(tmp_path / "in")
    out = tmp_path / "out"
    result = invoke("build", "--strict", made["good-0"][0], made[name][0], "-o", out)
    assert result.exit_code == 1
    assert str(made[name][0]) in result.stderr
    assert not (out / "graph.ttl").exists()


def test_robust_nothing_readable_exits_1_and_keeps_the_previous_graph(tmp_path: Path) -> None:
    made = make_inputs(tmp_path / "in")
    out = tmp_path / "out"
    assert invoke("build", made["good-0"][0], "-o", out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = [path for name, (path, problem) in made.items() if problem and name != "wire.jsonl"]
    result = invoke("build", *bad, "-o", out)
    assert result.exit_code == 1
    assert len([line for line in result.stderr.splitlines() if line.startswith("error: ")]) == len(bad) + 1
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_robust_deep_html_does_not_recurse(tmp_path: Path) -> None:
    """100,000 nested elements, closed and unclosed: read, never a RecursionError."""
    closed = tmp_path / "closed.html"
    closed.write_text(nested_html(100_000), encoding="utf-8")
    unclosed = tmp_path / "unclosed.html"
    unclosed.write_text("<html><body>" + "<div><b><i>" * 50_000 + f"<p>{BODY}</p>", encoding="utf-8")
    result = invoke("build", closed, unclosed, "-o", tmp_path / "out", "--no-page")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("where", ["a-file", "under-a-file"])
def test_robust_unwritable_output_folder_is_one_line(tmp_path: Path, where: str) -> None:
    good = write_corpus(tmp_path / "in", range(1))[0]
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    out = blocker if where == "a-file" else blocker / "out"
    result = invoke("build", good, "-o", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {out}: cannot write the output folder: Not a directory"]
    assert blocker.read_text() == "not a folder"


# --- an unreadable file, for real ---------------------------------------------


def _without_root_powers() -> list[str]:
    """A command prefix under which the file mode counts: root loses CAP_DAC_OVERRIDE/READ_SEARCH."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to test an unreadable file as root"
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]


def test_robust_unreadable_file_is_skipped_by_the_real_command(tmp_path: Path) -> None:
    """Not skipped as root: the command runs without the capabilities that let root read anything."""
    good = write_corpus(tmp_path / "in", range(1))[0]
    locked = tmp_path / "in" / "locked.txt"
    locked.write_text(article(1)[1], encoding="utf-8")
    locked.chmod(0)
    out = tmp_path / "out"
    try:
        probe = subprocess.run([*_without_root_powers(), sys.executable, "-c", f"open({str(locked)!r}).read()"],
                               capture_output=True, text=True, timeout=60)
        assert probe.returncode != 0 and "Permission denied" in probe.stderr, probe.stderr
        done = subprocess.run([*_without_root_powers(), *kg_command(), "build", str(good), str(locked),
                               "-o", str(out)], capture_output=True, text=True, timeout=300)
    finally:
        locked.chmod(0o644)
    assert done.returncode == 3, done.stderr
    assert done.stderr.splitlines() == [f"skipped: {locked}: cannot be read: permission denied"]
    assert titles(out / "graph.ttl") == {article(0)[1].split("\n")[2]}


# --- hostile text ---------------------------------------------------------------

HOSTILE = [
    'Quote " and \' apostrophe',
    "Back\\slash \\n \\u0041 \\",
    "New\nline and\r\nCRLF and tab\t",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    'Triple """ quotes \'\'\' here """',
    "@prefix evil: <http://evil.example/> . evil:x evil:y evil:z .",
    "> ] ) } ; . # not a comment",
    "Алибек Бакаев",
    "李明 / 王芳",
    "محمد بن سلمان",
    "Ελένη Παπαδοπούλου",
    "🇰🇿 Diplomat 🤝🏽 emoji 👩‍👩‍👧",
    "Control \x00\x01\x1b\x7f chars",
    "Lone surrogate-free astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\u2028line separator\u2029paragraph",
    "</script><!-- <script>",
    "{{ jinja }} {% raw %} ${template}",
]
INJECTED_MARKUP = ["<script>alert", "<img src=x", "</script><!--", "onerror=alert(1)>"]


def hostile_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    article_ids = []
    for i, text in enumerate(HOSTILE):
        aid = f"{i:016x}"
        article_ids.append(aid)
        kg.articles[aid] = Article(id=aid, text=text, title=text, date="2024-01-02", source=f"in/{text}.txt",
                                   url=f"https://example.org/{text}", outlet=text)
    kz = Entity("state:kz", "State", "Kazakhstan", {"Kazakh"}, set(), {"iso": "kz", "wikidata": "Q232"},
                set(article_ids), [])
    kg.entities[kz.key] = kz
    people = []
    for i, text in enumerate(HOSTILE):
        for kind in ("Person", "Organization", "Event", "Agreement", "Place"):
            prefix = {"Person": "person", "Organization": "org", "Event": "event", "Agreement": "agreement",
                      "Place": "place"}[kind]
            key = f"{prefix}:{slug(text)}-{i}"
            kg.entities[key] = Entity(key, kind, text, {text + " alias", f"«{text}»"},
                                      {text, f"Minister of {text}"} if kind == "Person" else set(),
                                      {"acronym": text} if kind == "Organization" else {},
                                      {article_ids[i]}, [(article_ids[i], text)])
            if kind == "Person":
                people.append(key)
                kg.relations.append(Relation("represents", key, "state:kz", article_ids[i], text))
    for i, (a, b) in enumerate(zip(people, people[1:])):
        kg.relations.append(Relation("metWith", a, b, article_ids[i], HOSTILE[i]))
        kg.meetings.append(Meeting(f"meeting:{article_ids[i]}-{i}", "Talks", [a, b], article_ids[i], HOSTILE[i],
                                   date="2024-01-02", place=f"place:{slug(HOSTILE[i])}-{i}"))
    kg.relations.sort(key=lambda r: (r.kind, r.subject, r.object, r.article, r.sentence))
    return kg


@pytest.fixture(scope="module")
def hostile_turtle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Graph, Path]:
    graph = to_rdf(hostile_graph())
    path = tmp_path_factory.mktemp("hostile") / "graph.ttl"
    path.write_text(turtle(graph), encoding="utf-8")
    return graph, path


def test_robust_hostile_text_turtle_parses_back_with_rdflib(hostile_turtle) -> None:
    graph, path = hostile_turtle
    back = Graph().parse(path, format="turtle")
    assert isomorphic(back, graph)
    labels = {str(o) for o in back.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert "Алибек Бакаев" in labels and 'Triple """ quotes \'\'\' here """' in labels
    assert "@prefix evil: <http://evil.example/> . evil:x evil:y evil:z ." in labels
    assert not any("evil.example" in str(term) for triple in back for term in triple if isinstance(term, URIRef))


def test_robust_hostile_text_turtle_parses_with_oxigraph(hostile_turtle) -> None:
    graph, path = hostile_turtle
    triples = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(graph)
    literals = {t.object.value for t in triples if isinstance(t.object, pyoxigraph.Literal)}
    assert {str(o) for _, _, o in graph if isinstance(o, Literal)} == literals


def test_robust_hostile_text_turtle_passes_rapper(hostile_turtle) -> None:
    rapper = shutil.which("rapper")
    assert rapper, "rapper (Debian raptor2-utils) is missing: run tests/setup.sh"
    graph, path = hostile_turtle
    done = subprocess.run([rapper, "-i", "turtle", "-c", str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"returned {len(graph)} triples" in done.stderr, done.stderr


def test_robust_hostile_text_graph_conforms_to_shapes(hostile_turtle) -> None:
    _, path = hostile_turtle
    conforms, report = validate(path)
    assert conforms, report


def test_robust_hostile_text_page_shows_it_as_text(tmp_path: Path) -> None:
    from kg.export.page import write_page

    page = tmp_path / "graph.html"
    write_page(to_networkx(hostile_graph()), page, title="Diplograph")
    html = page.read_text(encoding="utf-8")
    for markup in INJECTED_MARKUP:
        assert markup not in html, markup
    assert "@prefix evil" in html or "@prefix evil".replace("/", "\\/") in html  # the text is there, as data


def hostile_release(i: int, name: str) -> str:
    return json.dumps({
        "title": f"{HOSTILE[i % len(HOSTILE)]} talks",
        "url": f"https://example.org/news?id={i}&q=\"<x>\"",
        "outlet": HOSTILE[(i + 1) % len(HOSTILE)],
        "date": "2024-02-03",
        "text": (f"Minister of Foreign Affairs of the Republic of Kazakhstan {name} met with "
                 f"Minister of Foreign Affairs of Ghana Kwame Mensah in Accra. "
                 f"The Ambassador of Japan, {name}, said: \"{HOSTILE[i % len(HOSTILE)]}\"."),
    }, ensure_ascii=False)


HOSTILE_NAMES = ['Aibek "The Hammer" Tulegenov', "Aibek O'Brien\\Tulegenov", "Aibek <b>Tulegenov</b>",
                 'Aibek """Tulegenov"""', "Aibek @prefix Tulegenov", "Айбек Тулегенов", "Aibek Tulegenov 🤝",
                 "Aibek Tulegenov\u2028Jr"]


def test_robust_hostile_articles_through_the_pipeline(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hostile.jsonl").write_text(
        "\n".join(hostile_release(i, name) for i, name in enumerate(HOSTILE_NAMES)) + "\n", encoding="utf-8")
    (folder / 'file "<b>" @prefix.txt').write_text(f"{HOSTILE[0]}\n\n{BODY}", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("build", folder, "-o", out)
    assert result.exit_code == 0, result.stderr
    ttl = out / "graph.ttl"
    rdflib_graph = Graph().parse(ttl, format="turtle")
    assert len(list(pyoxigraph.parse(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE))) == len(rdflib_graph)
    done = subprocess.run(["rapper", "-i", "turtle", "-c", str(ttl)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    conforms, report = validate(ttl)
    assert conforms, report
    html = (out / "graph.html").read_text(encoding="utf-8")
    for markup in INJECTED_MARKUP + ["<b>Tulegenov</b>", '<b>" @prefix']:
        assert markup not in html, markup


# --- crashes --------------------------------------------------------------------

#: Named points where the crash test kills ``kg add`` (kg.atomic.crash_point), in run order.
KILL_POINTS = [
    "write:facts-pack:start", "write:facts-pack:half", "write:facts-pack:written", "write:facts-pack:replaced",
    "build:extracted",
    "write:graph.ttl:start", "write:graph.ttl:half", "write:graph.ttl:written", "write:graph.ttl:replaced",
    "build:turtle", "build:page",
    "state:manifest",
    "write:manifest.json:start", "write:manifest.json:half", "write:manifest.json:written",
    "write:manifest.json:replaced",
    # the commit merges the old graph's small pack and the new one
    "write:facts-pack:half#2", "write:facts-pack:replaced#2",
]
#: Moments of a run (as shares of its length) when the crash test kills it from outside.
KILL_SHARES = [0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 0.97]


@pytest.fixture(scope="module")
def crash_setup(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A graph of 10 articles (old), and the reference graph after adding 20 more (new)."""
    root = tmp_path_factory.mktemp("crash")
    old_in = write_corpus(root / "old", range(10))
    write_corpus(root / "new", range(10, 30))
    old = root / "old-graph"
    assert invoke("build", *old_in, "-o", old, "-q").exit_code == 0
    new = root / "new-graph"
    shutil.copytree(old, new)
    started = time.perf_counter()
    done = subprocess.run([*kg_command(), "add", str(root / "new"), "-o", str(new), "-q"],
                          capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    return {"root": root, "old": old, "new": new, "seconds": seconds,
            "versions": {name: ((old / name).read_bytes(), (new / name).read_bytes())
                         for name in ("graph.ttl", "graph.html")}}


def _check_after_kill(out: Path, setup: dict) -> None:
    """Each output is the old or the new complete file; the next run finishes the job and tidies up."""
    for name, (before, after) in setup["versions"].items():
        now = (out / name).read_bytes()
        assert now in (before, after), f"{name} is neither the previous nor the new version"
    Graph().parse(out / "graph.ttl", format="turtle")
    done = subprocess.run([*kg_command(), "add", str(setup["root"] / "new"), "-o", str(out), "-q"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    for name, (_, after) in setup["versions"].items():
        assert (out / name).read_bytes() == after, name
    assert temporaries(out) == []


@pytest.mark.parametrize("point", KILL_POINTS)
def test_robust_sigkill_at_a_named_point_leaves_old_or_new(crash_setup: dict, tmp_path: Path, point: str) -> None:
    out = tmp_path / "out"
    shutil.copytree(crash_setup["old"], out)
    env = dict(os.environ, DIPLOGRAPH_CRASH_AT=point)
    done = subprocess.run([*kg_command(), "add", str(crash_setup["root"] / "new"), "-o", str(out), "-q"],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == -signal.SIGKILL, (point, done.returncode, done.stderr)
    _check_after_kill(out, crash_setup)


@pytest.mark.parametrize("share", KILL_SHARES)
def test_robust_sigkill_at_any_moment_leaves_old_or_new(crash_setup: dict, tmp_path: Path, share: float) -> None:
    out = tmp_path / "out"
    shutil.copytree(crash_setup["old"], out)
    process = subprocess.Popen([*kg_command(), "add", str(crash_setup["root"] / "new"), "-o", str(out), "-q"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(crash_setup["seconds"] * share)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    _check_after_kill(out, crash_setup)


def test_robust_a_crashed_build_leaves_temporaries_the_next_one_removes(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "in", range(3))
    out = tmp_path / "out"
    env = dict(os.environ, DIPLOGRAPH_CRASH_AT="write:graph.ttl:half")
    done = subprocess.run([*kg_command(), "build", *map(str, paths), "-o", str(out)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == -signal.SIGKILL
    assert not (out / "graph.ttl").exists()
    assert [p.name.startswith(".graph.ttl.") for p in temporaries(out)] == [True]
    assert invoke("build", *paths, "-o", out, "-q").exit_code == 0
    assert temporaries(out) == []


# --- determinism ----------------------------------------------------------------


def test_robust_output_is_the_same_whatever_order_seed_or_jobs(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "in", range(12))
    for p in paths:  # written a moment ago, a file is read again next time (kg.state.RACY_NS), and the manifest
        os.utime(p, ns=(time.time_ns() - 60 * 10**9,) * 2)  # says so: every run here must see the same files
    samples = sorted((ROOT / "kg" / "samples").iterdir())
    inputs = [*map(str, paths), *map(str, samples)]
    runs = {
        "jobs1-seed0": (inputs, "0", "1"),
        "jobs2-seed1-reversed": (inputs[::-1], "1", "2"),
        "jobs2-seed987-shuffled": (inputs[1::2] + inputs[0::2], "987", "2"),
    }
    outputs = {}
    for name, (order, seed, jobs) in runs.items():
        out = tmp_path / name
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([*kg_command(), "build", *order, "-o", str(out), "-j", jobs, "-q"], env=env,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        outputs[name] = {f: (out / f).read_bytes() for f in ("graph.ttl", "graph.html")}
        outputs[name]["manifest"] = (out / STATE / "manifest.json").read_bytes().replace(str(out).encode(), b"")
    first = outputs.pop("jobs1-seed0")
    for name, files in outputs.items():
        for f in first:
            assert files[f] == first[f], (name, f)


# --- queries stay read-only --------------------------------------------------------


@pytest.mark.parametrize("sparql", [
    'insert data { <https://diplograph.org/id/person/x> rdfs:label "x" }',
    "PREFIX : <http://example.org/>\n# comment\nWITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "BASE <http://example.org/> CLEAR ALL",
    'SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <http://x> <http://y> "z" }',
])
def test_robust_kg_query_never_writes_without_update(tmp_path: Path, sparql: str) -> None:
    paths = write_corpus(tmp_path / "in", range(1))
    out = tmp_path / "out"
    assert invoke("build", *paths, "-o", out, "-q").exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    stamp = (out / "graph.ttl").stat().st_mtime_ns
    for engine in ("rdflib", "oxigraph"):
        result = invoke("query", out / "graph.ttl", "--engine", engine, sparql)
        assert result.exit_code != 0
        assert "Traceback" not in result.stderr
    assert (out / "graph.ttl").read_bytes() == before
    assert (out / "graph.ttl").stat().st_mtime_ns == stamp
