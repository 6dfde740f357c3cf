"""Tests of the interactive page (kg.export.page): the file itself, then the page in headless chromium.

Browser tests fail when chromium or Playwright is missing; set DIPLOGRAPH_NO_BROWSER=1 to skip them.
"""
from __future__ import annotations

import json
import os
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest

from kg import atomic as atomic_module
from kg.export import page as page_module
from kg.export.page import write_page

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_page, the benchmark beside this file
CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking"]
BASE = "https://diplograph.org/id/"
XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_ALIAS = "</script><script>window.__xss = 'alias'</script>"
XSS_SENTENCE = "<img src=y onerror=\"window.__xss = 'sentence'\"> said hello."
MET_SENTENCE = "Deputy Foreign Minister Alibek Bakayev met with Foreign Secretary Aruni Wijewardane in Astana."
ARTICLE = "Kazakhstan and Sri Lanka hold political consultations"


def _article(title: str, date: str) -> dict:
    return {"title": title, "date": date, "source": "mfa-kz.html", "url": "https://www.gov.kz/memleket/mfa/press/1"}


def _evidence(sentence: str, title: str = ARTICLE, date: str = "2024-04-11") -> list[dict]:
    return [{"article_title": title, "date": date, "sentence": sentence, "source": "mfa-kz.html"}]


def sample_graph() -> nx.MultiDiGraph:
    """Nine entities of every type, a duplicate-pair edge and one hostile name."""
    graph = nx.MultiDiGraph()
    consult = [_article(ARTICLE, "2024-04-11")]

    def node(key: str, type_: str, label: str, aliases=(), titles=(), articles=(), date="", states=()):
        graph.add_node(BASE + key, type=type_, label=label, aliases=list(aliases), titles=list(titles),
                       articles=list(articles), date=date, states=[BASE + s for s in states])

    node("person/alibek-bakayev", "Person", "Alibek Bakayev", ["Alibek Bakaev", "Bakayev"],
         ["Deputy Minister of Foreign Affairs"], consult, states=["state/kz"])
    node("person/aruni-wijewardane", "Person", "Aruni Wijewardane", ["Wijewardane"], ["Foreign Secretary"],
         consult, states=["state/lk"])
    node("person/hostile", "Person", XSS_NAME, [XSS_ALIAS], ["<b>Envoy</b>"],
         [_article("<script>window.__xss = 'article'</script>", "2024-01-02")])
    node("state/kz", "State", "Kazakhstan", ["Republic of Kazakhstan", "Kazakh"], articles=consult)
    node("state/lk", "State", "Sri Lanka", ["Democratic Socialist Republic of Sri Lanka"], articles=consult)
    node("org/oecd", "Organization", "OECD", ["Organisation for Economic Co-operation and Development"])
    node("event/astana-international-forum", "Event", "Astana International Forum", ["AIF"])
    node("agreement/visa-waiver", "Agreement", "Agreement on visa-free travel", ["visa waiver agreement"])
    node("place/astana", "Place", "Astana", ["Nur-Sultan", "Astana city"])
    node("meeting/3f2a-1", "Meeting", "Meeting of Alibek Bakayev and Aruni Wijewardane", date="2024-04-11",
         articles=consult)

    def edge(source: str, target: str, kind: str, evidence: list[dict]):
        graph.add_edge(BASE + source, BASE + target, kind=kind, evidence=evidence)

    edge("person/alibek-bakayev", "person/aruni-wijewardane", "metWith", _evidence(MET_SENTENCE))
    edge("person/alibek-bakayev", "state/kz", "represents", _evidence("Kazakh Deputy Foreign Minister Alibek Bakayev"))
    edge("person/aruni-wijewardane", "state/lk", "represents", _evidence("Foreign Secretary of Sri Lanka"))
    edge("person/hostile", "state/kz", "represents", _evidence(XSS_SENTENCE, "<i>Hostile</i>", "2024-01-02"))
    edge("meeting/3f2a-1", "person/alibek-bakayev", "participant", _evidence(MET_SENTENCE))
    edge("meeting/3f2a-1", "person/aruni-wijewardane", "participant", _evidence(MET_SENTENCE))
    edge("meeting/3f2a-1", "place/astana", "heldIn", _evidence(MET_SENTENCE))
    edge("state/kz", "agreement/visa-waiver", "signed", _evidence("The sides signed an agreement on visa-free travel."))
    edge("state/kz", "agreement/visa-waiver", "partyTo", _evidence("The sides signed an agreement on visa-free travel."))
    edge("state/lk", "agreement/visa-waiver", "partyTo", _evidence("The sides signed an agreement on visa-free travel."))
    edge("state/kz", "org/oecd", "memberOf", _evidence("Kazakhstan's cooperation with the OECD"))
    edge("org/oecd", "place/astana", "headquarteredIn", [])
    edge("state/lk", "event/astana-international-forum", "invitedTo",
         _evidence("Sri Lanka was invited to the Astana International Forum."))
    return graph


def _shuffled_copy(graph: nx.MultiDiGraph, seed: int) -> nx.MultiDiGraph:
    """The same graph built in another order, with list attributes reversed."""
    rng = random.Random(seed)
    copy = nx.MultiDiGraph()
    nodes = list(graph.nodes(data=True))
    rng.shuffle(nodes)
    for iri, attrs in nodes:
        copy.add_node(iri, **{k: (v[::-1] if isinstance(v, list) else v) for k, v in attrs.items()})
    edges = list(graph.edges(data=True))
    rng.shuffle(edges)
    for u, v, attrs in edges:
        copy.add_edge(u, v, **attrs)
    return copy


def _page_data(html: str) -> dict:
    """The data block the page reads (``<script type="application/json" id="kg-data">``)."""
    start = html.index('<script type="application/json" id="kg-data">')
    start = html.index(">", start) + 1
    return json.loads(html[start:html.index("</script>", start)])


def _outside_vis_bundle(html: str) -> str:
    start = html.index('<script id="vis-network-bundle">')
    return html[:start] + html[html.index("</script>", start):]


# -- the file -----------------------------------------------------------------------------

def test_page_same_graph_gives_identical_bytes(tmp_path):
    graph = sample_graph()
    write_page(graph, tmp_path / "a.html")
    write_page(graph, tmp_path / "b.html")
    write_page(_shuffled_copy(graph, seed=7), tmp_path / "c.html")
    first = (tmp_path / "a.html").read_bytes()
    assert first == (tmp_path / "b.html").read_bytes()
    assert first == (tmp_path / "c.html").read_bytes()


def test_page_has_no_remote_references(tmp_path):
    write_page(sample_graph(), tmp_path / "graph.html")
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\ssrc\s*=", html, re.I)
    assert not re.search(r"<link[^>]*\shref\s*=\s*[\"']?(https?:)?//", html, re.I)
    own = _outside_vis_bundle(html)
    assert "http://" not in own and "https://" not in own
    assert "vis.Network" in own and "diplograph.org" in own  # the IRIs are there, with escaped slashes


def test_page_escapes_hostile_names_in_markup(tmp_path):
    write_page(sample_graph(), tmp_path / "graph.html", title="<b>Diplo</b>graph")
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    own = _outside_vis_bundle(html)
    assert "<img" not in own and "window.__xss" in own
    # our JSON cannot close a script early: the only closing tags are the bundle's and ours
    assert own.count("<script") == 2 and own.count("</script>") == 3
    assert "<title>&lt;b&gt;Diplo&lt;/b&gt;graph</title>" in own


def test_page_write_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "out" / "graph.html"
    write_page(sample_graph(), target)
    before = target.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]

    def fail(*args):
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(atomic_module.os, "replace", fail)
        with pytest.raises(OSError, match="disk full"):
            write_page(nx.MultiDiGraph(), target)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]

    # The page is written piece by piece: a failure half-way through leaves the old page too.
    def broken_data(value):
        yield "{"
        raise MemoryError("out of memory half-way")

    monkeypatch.setattr(page_module, "_script_json_pieces", broken_data)
    with pytest.raises(MemoryError):
        write_page(sample_graph(), target)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]


def test_page_written_in_pieces_is_the_page_rendered_whole(tmp_path, monkeypatch):
    """Long lists go out a slice at a time; the bytes are those of one json.dumps of the data."""
    from bench_page import synthetic_graph

    graph = synthetic_graph(600)
    monkeypatch.setattr(page_module, "_SLICE", 7)
    pieces = list(page_module.page_pieces(graph))
    assert len(pieces) > 100
    data = _page_data("".join(pieces))
    assert "".join(page_module._script_json_pieces(data)) == page_module._to_script_json(data)
    write_page(graph, tmp_path / "graph.html")
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == "".join(pieces)


def test_page_tolerates_missing_attributes_and_unknown_kinds(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node(BASE + "person/bare")
    graph.add_node(BASE + "thing/x", type="Treaty", label="X")
    graph.add_edge(BASE + "person/bare", BASE + "thing/x", kind="mentions")
    graph.add_edge(BASE + "person/bare", BASE + "thing/x")
    write_page(graph, tmp_path / "graph.html")
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert 'data-type="Treaty"' in html and 'data-kind="mentions"' in html


def test_page_draws_met_with_stated_both_ways_once(tmp_path):
    graph = nx.MultiDiGraph()
    for key in ("person/a", "person/b"):
        graph.add_node(BASE + key, type="Person", label=key[-1].upper())
    graph.add_edge(BASE + "person/a", BASE + "person/b", kind="metWith", evidence=_evidence("A met B."))
    graph.add_edge(BASE + "person/b", BASE + "person/a", kind="metWith", evidence=_evidence("B received A."))
    data = _page_data(page_module.render_page(graph))
    kinds = [data["kinds"][kind]["name"] for _, _, kind, _, _ in data["edges"]]
    assert kinds == ["metWith"]
    sentences = {data["sentences"][t] for _, t in data["edges"][0][3]}
    assert sentences == {"A met B.", "B received A."}


def test_page_layout_of_3000_nodes_is_fast():
    import time

    graph = nx.gnm_random_graph(3000, 6000, seed=1)
    started = time.perf_counter()
    positions = page_module._layout(3000, list(graph.edges()))
    assert time.perf_counter() - started < 10
    assert positions.shape == (3000, 2)
    assert len({tuple(p) for p in positions.tolist()}) > 2900  # spread out, not piled up


# -- the page in a browser ----------------------------------------------------------------

@dataclass
class OpenPage:
    page: object
    graph: nx.MultiDiGraph
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def node_id(self, key: str) -> int:
        return self.page.evaluate("iri => diplograph.data.nodes.findIndex(n => n.iri === iri)", BASE + key)

    def details(self) -> str:
        return self.page.inner_text("#details")


@pytest.fixture(scope="module")
def browser():
    if os.environ.get("DIPLOGRAPH_NO_BROWSER") == "1":
        pytest.skip("DIPLOGRAPH_NO_BROWSER=1: browser tests of the page skipped")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"chromium not found at {CHROMIUM}: install it (apt-get install -y chromium) "
                    "or set DIPLOGRAPH_NO_BROWSER=1 to skip the browser tests", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install playwright "
                    "(or set DIPLOGRAPH_NO_BROWSER=1 to skip the browser tests)", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=BROWSER_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def opened(browser, tmp_path):
    graph = sample_graph()
    path = tmp_path / "graph.html"
    write_page(graph, path, title="Diplograph test")
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    result = OpenPage(page, graph)
    page.on("request", lambda request: result.requests.append(request.url))
    page.on("pageerror", lambda error: result.errors.append(str(error)))
    page.on("dialog", lambda dialog: (result.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function("window.diplograph && window.diplograph.drawn", timeout=30_000)
    yield result
    context.close()
    assert not result.errors, f"errors in the page: {result.errors}"
    assert not result.dialogs, f"dialogs opened: {result.dialogs}"


def test_page_loads_offline_with_every_node_and_edge(opened):
    page, graph = opened.page, opened.graph
    assert page.evaluate("network.body.data.nodes.length") == graph.number_of_nodes()
    assert page.evaluate("network.body.data.edges.length") == graph.number_of_edges()
    n, e = graph.number_of_nodes(), graph.number_of_edges()
    assert page.evaluate("diplograph.counts()") == {
        "view": "full", "nodes": n, "edges": e, "drawnNodes": n, "drawnEdges": e, "visibleNodes": n, "visibleEdges": e}
    assert page.evaluate("network.physics.options.enabled") is False
    assert [url for url in opened.requests if not url.startswith("file:")] == []
    assert page.inner_text("#stats") == "10 entities · 13 relations"
    legend = page.inner_text("#legend")
    for name in ("Person", "State", "Organization", "Event", "Agreement", "Place", "Meeting", "metWith", "partyTo"):
        assert name in legend


@pytest.mark.parametrize("query,key", [
    ("Bakaev", "person/alibek-bakayev"),
    ("nur-sult", "place/astana"),
    ("wijewardane", "person/aruni-wijewardane"),
    ("aif", "event/astana-international-forum"),
    ("visa waiver", "agreement/visa-waiver"),
])
def test_page_search_by_name_or_alias_selects_node(opened, query, key):
    page = opened.page
    page.fill("#search", query)
    page.press("#search", "Enter")
    expected = opened.node_id(key)
    assert page.evaluate("network.getSelectedNodes()") == [expected]
    assert page.get_attribute("#details", "data-node") == str(expected)
    label = opened.graph.nodes[BASE + key]["label"]
    assert page.inner_text("#details h2.name") == label
    assert page.inner_text("#search-results li:first-child button").startswith(label)


def test_page_filters_by_type_and_kind_and_resets(opened):
    page = opened.page
    states = [opened.node_id(k) for k in ("state/kz", "state/lk")]
    page.uncheck("#type-filters input[data-type='State']")
    assert page.evaluate("ids => ids.map(id => nodes.get(id).hidden)", states) == [True, True]
    counts = page.evaluate("diplograph.counts()")
    assert counts["visibleNodes"] == 8
    # represents x3, signed, partyTo x2, memberOf, invitedTo all touch a state
    assert counts["visibleEdges"] == 13 - 8
    page.uncheck("#kind-filters input[data-kind='metWith']")
    assert page.evaluate("diplograph.counts()")["visibleEdges"] == 4
    met = page.evaluate("edges.get({filter: e => e.label === 'metWith'}).map(e => e.hidden)")
    assert met == [True]
    assert "of 10 entities" in page.inner_text("#stats")

    # searching for a filtered-out entity brings its type back
    page.fill("#search", "Kazakhstan")
    page.press("#search", "Enter")
    assert page.is_checked("#type-filters input[data-type='State']")
    assert page.evaluate("network.getSelectedNodes()") == [states[0]]

    page.click("#reset")
    assert page.evaluate("diplograph.counts()")["visibleEdges"] == 13
    assert page.is_checked("#kind-filters input[data-kind='metWith']")
    assert page.evaluate("network.getSelectedNodes()") == []
    assert page.input_value("#search") == ""


def test_page_click_on_node_shows_facts_with_evidence(opened):
    page = opened.page
    alibek = opened.node_id("person/alibek-bakayev")
    # centre the node, then click where the canvas draws it
    point = page.evaluate("""id => {
        network.focus(id, {scale: 1.5, animation: false});
        const p = network.canvasToDOM(network.getPositions([id])[id]);
        const box = document.getElementById('graph').getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""", alibek)
    page.mouse.click(point["x"], point["y"])
    assert page.evaluate("network.getSelectedNodes()") == [alibek]
    text = opened.details()
    assert "Alibek Bakayev" in text and "Person" in text
    assert "Alibek Bakaev" in text and "Deputy Minister of Foreign Affairs" in text
    assert BASE + "person/alibek-bakayev" in text
    assert MET_SENTENCE in text
    assert f"{ARTICLE} · 2024-04-11" in text
    assert "facts (3)" in text.lower()
    assert "Kazakhstan" in text  # its state, as a link

    # following a link in the facts moves to that entity
    page.click("#details .fact button.node-link >> text=Aruni Wijewardane")
    assert page.evaluate("network.getSelectedNodes()") == [opened.node_id("person/aruni-wijewardane")]


def test_page_click_on_edge_shows_kind_and_evidence(opened):
    page = opened.page
    edge = page.evaluate("edges.get({filter: e => e.label === 'metWith'})[0].id")
    page.evaluate("id => network.body.emitter.emit('click', {nodes: [], edges: [id], pointer: {}})", edge)
    assert page.get_attribute("#details", "data-edge") == str(edge)
    text = opened.details()
    assert "metWith" in text and MET_SENTENCE in text and "Aruni Wijewardane" in text
    tooltip = page.evaluate("id => edges.get(id).title.textContent", edge)
    assert MET_SENTENCE in tooltip


def test_page_shows_hostile_names_as_text(opened):
    page = opened.page
    hostile = opened.node_id("person/hostile")
    page.fill("#search", "<img src=x")
    page.press("#search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [hostile]
    assert page.inner_text("#details h2.name") == XSS_NAME
    text = opened.details()
    assert XSS_ALIAS in text and "<b>Envoy</b>" in text and XSS_SENTENCE in text
    assert page.evaluate("document.querySelectorAll('img, b, i').length") == 0
    tooltip = page.evaluate("id => nodes.get(id).title.textContent", hostile)
    assert XSS_NAME in tooltip and "window.__xss = 'article'" in tooltip
    page.wait_for_timeout(200)  # let an image error handler run, if one had been created
    assert page.evaluate("window.__xss") is None
    assert opened.dialogs == []


def test_page_physics_button_toggles_physics(opened):
    page = opened.page
    page.click("#physics")
    assert page.evaluate("network.physics.options.enabled") is True
    assert page.get_attribute("#physics", "aria-pressed") == "true"
    page.click("#physics")
    assert page.evaluate("network.physics.options.enabled") is False
    assert page.inner_text("#physics") == "Physics: off"


def test_page_screenshot(opened):
    page = opened.page
    page.evaluate("id => diplograph.selectNode(id, false)", opened.node_id("person/alibek-bakayev"))
    page.evaluate("network.fit({animation: false})")
    out = REPO / "output" / "test-page.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(out))
    assert out.stat().st_size > 10_000


# -- meetings: dates, states, who met whom --------------------------------------------------

def meetings_graph() -> nx.MultiDiGraph:
    """Four officials of three states and five dated meetings: the date, state and view rules by hand."""
    graph = nx.MultiDiGraph()
    states = {"kz": "Kazakhstan", "lk": "Sri Lanka", "jp": "Japan"}
    for code, name in states.items():
        graph.add_node(BASE + f"state/{code}", type="State", label=name, aliases=[], titles=[], articles=[],
                       date="", states=[BASE + f"state/{code}"])
    people = {"a": ("Aigerim Seitkali", "kz", ["A. Seitkali"]), "b": ("Bandula Perera", "lk", ["B. Perera"]),
              "c": ("Chiaki Mori", "jp", ["Mori-san"]), "d": ("Dauren Abenov", "kz", [])}
    for key, (name, state, aliases) in people.items():
        graph.add_node(BASE + f"person/{key}", type="Person", label=name, aliases=aliases, titles=["Envoy"],
                       articles=[], date="", states=[BASE + f"state/{state}"])
        graph.add_edge(BASE + f"person/{key}", BASE + f"state/{state}", kind="represents",
                       evidence=_evidence(f"{name} of {states[state]}", date="2024-01-01"))
    graph.add_node(BASE + "place/astana", type="Place", label="Astana", aliases=[], titles=[], articles=[],
                   date="", states=[])
    meetings = {"m1": ("2024-01-10", "ab"), "m2": ("2024-06-05", "ac"), "m3": ("2024-06-20", "cb"),
                "m5": ("2024-06-25", "ac")}
    for key, (date, who) in meetings.items():
        names = [people[p][0] for p in who]
        sentence = f"{names[0]} met {names[1]} on {date}."
        graph.add_node(BASE + f"meeting/{key}", type="Meeting", label="Meeting: " + " and ".join(names), aliases=[],
                       titles=[], articles=[], date=date,
                       states=sorted({BASE + f"state/{people[p][1]}" for p in who}))
        for p in who:
            graph.add_edge(BASE + f"meeting/{key}", BASE + f"person/{p}", kind="participant",
                           evidence=_evidence(sentence, date=date))
        a, b = sorted(who)
        if graph.has_edge(BASE + f"person/{a}", BASE + f"person/{b}"):
            graph[BASE + f"person/{a}"][BASE + f"person/{b}"][0]["evidence"] += _evidence(sentence, date=date)
        else:
            graph.add_edge(BASE + f"person/{a}", BASE + f"person/{b}", kind="metWith",
                           evidence=_evidence(sentence, date=date))
    graph.add_edge(BASE + "meeting/m1", BASE + "place/astana", kind="heldIn", evidence=_evidence("In Astana.", date="2024-01-10"))
    return graph


@pytest.fixture
def meetings_page(browser, tmp_path):
    path = tmp_path / "meetings.html"
    write_page(meetings_graph(), path, title="Meetings")
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function("window.diplograph && window.diplograph.drawn", timeout=30_000)
    yield page
    context.close()
    assert not errors, f"errors in the page: {errors}"


def _shown(page) -> set[str]:
    """Keys (``person/a``) of the nodes drawn and not hidden in the view on screen."""
    iris = page.evaluate("() => nodes.get({filter: n => !n.hidden}).map(n => diplograph.data.nodes[n.id].iri)")
    return {iri[len(BASE):] for iri in iris}


def _pairs(page) -> dict[tuple[str, str], int]:
    """Drawn who-met-whom links as (key, key) -> number of meetings."""
    rows = page.evaluate("""() => edges.get({filter: e => !e.hidden}).map(e =>
        [diplograph.data.nodes[e.from].iri, diplograph.data.nodes[e.to].iri, e.count])""")
    return {tuple(sorted((a[len(BASE):], b[len(BASE):]))): count for a, b, count in rows}


ALL_MEETINGS = {"state/kz", "state/lk", "state/jp", "person/a", "person/b", "person/c", "person/d", "place/astana",
                "meeting/m1", "meeting/m2", "meeting/m3", "meeting/m5"}


@pytest.mark.parametrize("date_from,date_to,hidden", [
    # June: m1 is out, and Astana with it (its only meeting); everyone else met in June or has no meeting
    ("2024-06-01", "2024-06-30", {"meeting/m1", "place/astana"}),
    # January: only m1; Chiaki Mori met nobody then; Dauren Abenov has no meeting and no date, so stays
    ("2024-01-01", "2024-01-31", {"meeting/m2", "meeting/m3", "meeting/m5", "person/c"}),
    # open-ended ranges
    ("2024-06-21", "", {"meeting/m1", "meeting/m2", "meeting/m3", "place/astana", "person/b"}),
    ("", "2024-06-05", {"meeting/m3", "meeting/m5"}),
])
def test_page_filters_by_meeting_dates(meetings_page, date_from, date_to, hidden):
    page = meetings_page
    if date_from:
        page.fill("#date-from", date_from)
    if date_to:
        page.fill("#date-to", date_to)
    page.dispatch_event("#date-to", "change")
    assert _shown(page) == ALL_MEETINGS - hidden
    # a metWith follows the dates of its sentences: Aigerim Seitkali and Bandula Perera met only in January
    met_ab = page.evaluate("""() => edges.get({filter: e => !e.hidden && diplograph.data.nodes[e.from].label === 'Aigerim Seitkali'
        && diplograph.data.nodes[e.to].label === 'Bandula Perera'}).length""")
    assert met_ab == (1 if not date_from or date_from <= "2024-01-10" else 0) * (1 if not date_to or date_to >= "2024-01-10" else 0)


def test_page_filters_by_state_combined_with_dates_and_reset(meetings_page):
    page = meetings_page
    kz = page.evaluate("() => diplograph.data.nodes.findIndex(n => n.label === 'Kazakhstan')")
    assert "Kazakhstan (2)" in page.inner_text("#state-filter")  # two officials
    page.select_option("#state-filter", str(kz))
    # the officials of Kazakhstan, their meetings, and whom they met there; not the other states' own meeting m3
    assert _shown(page) == {"state/kz", "person/a", "person/d", "meeting/m1", "meeting/m2", "meeting/m5",
                            "person/b", "person/c", "place/astana"}
    page.fill("#date-from", "2024-06-01")
    page.dispatch_event("#date-from", "change")
    assert _shown(page) == {"state/kz", "person/a", "person/d", "meeting/m2", "meeting/m5", "person/c"}
    page.uncheck("#type-filters input[data-type='Meeting']")
    assert _shown(page) == {"state/kz", "person/a", "person/d", "person/c"}
    assert "4 of 12 entities" in page.inner_text("#stats")

    page.click("#reset")
    assert _shown(page) == ALL_MEETINGS
    assert page.input_value("#date-from") == "" and page.input_value("#state-filter") == ""
    assert page.is_checked("#type-filters input[data-type='Meeting']")


def test_page_who_met_whom_views_weight_links_and_follow_filters(meetings_page):
    page = meetings_page
    page.select_option("#view", "people")
    assert page.evaluate("diplograph.view") == "people"
    assert _pairs(page) == {("person/a", "person/b"): 1, ("person/a", "person/c"): 2, ("person/b", "person/c"): 1}
    assert page.evaluate("edges.get({filter: e => e.label === '2'}).length") == 1  # the weight is written on the link
    assert "3 participants · 3 pairs who met" in page.inner_text("#stats")
    page.fill("#date-from", "2024-06-01")
    page.dispatch_event("#date-from", "change")
    assert _pairs(page) == {("person/a", "person/c"): 2, ("person/b", "person/c"): 1}
    kz = page.evaluate("() => diplograph.data.nodes.findIndex(n => n.label === 'Kazakhstan')")
    page.select_option("#state-filter", str(kz))
    assert _pairs(page) == {("person/a", "person/c"): 2}
    assert _shown(page) == {"person/a", "person/c"}

    # clicking a link lists its meetings with their sentences
    link = page.evaluate("() => edges.get({filter: e => !e.hidden})[0].id")
    page.evaluate("id => network.body.emitter.emit('click', {nodes: [], edges: [id], pointer: {}})", link)
    text = page.inner_text("#details")
    assert "2 meetings" in text and "Aigerim Seitkali met Chiaki Mori on 2024-06-25." in text

    page.click("#reset")
    page.select_option("#view", "states")
    assert _pairs(page) == {("state/kz", "state/lk"): 1, ("state/jp", "state/kz"): 2, ("state/jp", "state/lk"): 1}
    page.select_option("#view", "full")
    assert page.evaluate("diplograph.counts()")["visibleNodes"] == 12


@pytest.mark.parametrize("view", ["full", "people"])
def test_page_search_by_alias_in_both_views(meetings_page, view):
    page = meetings_page
    page.select_option("#view", view)
    page.fill("#search", "mori-san")
    page.press("#search", "Enter")
    mori = page.evaluate("() => diplograph.data.nodes.findIndex(n => n.label === 'Chiaki Mori')")
    assert page.evaluate("diplograph.view") == view
    assert page.evaluate("network.getSelectedNodes()") == [mori]
    assert page.inner_text("#details h2.name") == "Chiaki Mori"
    # an entity that is not in the people view: search switches to the full graph
    page.fill("#search", "Astana")
    page.press("#search", "Enter")
    assert page.evaluate("diplograph.view") == "full"
    assert page.inner_text("#details h2.name") == "Astana"


def test_page_details_panel_is_complete(meetings_page):
    page = meetings_page
    page.evaluate("() => diplograph.searchAndSelect('A. Seitkali')")
    text = page.inner_text("#details")
    for expected in ("Aigerim Seitkali", "Person", "A. Seitkali", "Envoy", "Kazakhstan", BASE + "person/a",
                     "IRI", "Degree\n6", "Aigerim Seitkali met Chiaki Mori on 2024-06-05."):
        assert expected in text, text
    assert "facts (6)" in text.lower()


# -- big graphs -----------------------------------------------------------------------------

def test_page_overview_draws_the_best_connected_and_search_reveals_the_rest(browser, tmp_path):
    graph = meetings_graph()
    path = tmp_path / "overview.html"
    write_page(graph, path, max_nodes=5)
    html = path.read_text(encoding="utf-8")
    assert "https://" not in _outside_vis_bundle(html) and "http://" not in _outside_vis_bundle(html)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function("window.diplograph && window.diplograph.drawn", timeout=30_000)
    assert page.evaluate("nodes.length") == 5
    note = page.inner_text("#overview-note")
    assert "showing 5 of 12 nodes" in note and "Search" in note
    drawn = page.evaluate("() => nodes.getIds().map(i => diplograph.data.nodes[i].degree)")
    hidden = page.evaluate("""() => diplograph.data.nodes.filter((n, i) => !nodes.get(i)).map(n => n.degree)""")
    assert min(drawn) >= max(hidden)
    # Astana (degree 1) is not drawn; search finds it and draws it with its link to the drawn meeting
    page.fill("#search", "Astana")
    assert "not drawn yet" in page.inner_text("#search-results")
    page.press("#search", "Enter")
    astana = page.evaluate("() => diplograph.data.nodes.findIndex(n => n.label === 'Astana')")
    assert page.evaluate("network.getSelectedNodes()") == [astana]
    assert page.evaluate("nodes.length") == 6
    assert "showing 6 of 12 nodes" in page.inner_text("#overview-note")
    page.close()
    assert not errors


def test_page_of_20000_nodes_draws_fast_and_searches(browser, tmp_path):
    """The benchmark's synthetic graph (tests/bench_page.py): a generous bound, so that CI stays green."""
    from bench_page import synthetic_graph, time_page

    graph = synthetic_graph(20_000)
    path = tmp_path / "big.html"
    write_page(graph, path)
    result = time_page(browser, path, query="P. Surname17-17")
    assert result["drawn_nodes"] == 20_000
    assert result["first_draw_s"] < 30, result
    assert result["search_s"] < 10, result


def test_page_large_graph_labels_only_what_is_on_screen(browser, tmp_path):
    from bench_page import synthetic_graph

    path = tmp_path / "big.html"
    write_page(synthetic_graph(3_000), path)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function("window.diplograph && window.diplograph.drawn", timeout=60_000)
    assert page.evaluate("nodes.get({filter: n => n.label}).length") == 0  # the page writes labels itself
    assert page.evaluate("diplograph.labelled.length") == 0  # zoomed out: shapes only
    page.fill("#search", "Person 17 Surname17")
    page.press("#search", "Enter")
    selected = page.evaluate("network.getSelectedNodes()")[0]
    page.wait_for_function("id => diplograph.labelled.includes(id)", arg=selected, timeout=10_000)
    assert 1 <= page.evaluate("diplograph.labelled.length") <= 1500
    page.close()


# -- the sample graph ---------------------------------------------------------------------

def test_page_of_the_sample_graph_screenshot(browser, tmp_path):
    """``kg build kg/samples`` -> output/sample-page.png, for a reviewer to look at."""
    import subprocess
    import sys

    out = tmp_path / "sample"
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(REPO / "kg" / "samples"), "-o", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((out / "graph.html").as_uri(), wait_until="load")
    page.wait_for_function("window.diplograph && window.diplograph.drawn", timeout=30_000)
    data = page.evaluate("diplograph.data")
    assert page.evaluate("nodes.length") == len(data["nodes"]) > 50
    assert page.evaluate("network.physics.options.enabled") is False
    kz = next(s["id"] for s in data["states"] if s["label"] == "Kazakhstan")
    page.select_option("#state-filter", str(kz))
    officials = {n["label"] for n in data["nodes"] if n["type"] == "Person"
                 and kz in [s["id"] for s in n["states"]]}
    shown = set(page.evaluate("() => nodes.get({filter: n => !n.hidden}).map(n => diplograph.data.nodes[n.id].label)"))
    assert officials and officials <= shown
    page.click("#reset")
    page.wait_for_timeout(300)
    shot = REPO / "output" / "sample-page.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    page.close()
    assert not errors
