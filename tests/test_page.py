"""Tests of the interactive page (kg.export.page): the file itself, then the page in headless chromium.

Browser tests fail when chromium or Playwright is missing; set DIPLOGRAPH_NO_BROWSER=1 to skip them.
"""
from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest

from kg.export import page as page_module
from kg.export.page import write_page

REPO = Path(__file__).resolve().parents[1]
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
    assert own.count("<script") == 1 and own.count("</script>") == 2
    assert "<title>&lt;b&gt;Diplo&lt;/b&gt;graph</title>" in own


def test_page_write_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "out" / "graph.html"
    write_page(sample_graph(), target)
    before = target.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(page_module.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_page(nx.MultiDiGraph(), target)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]


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
    html = page_module.render_page(graph)
    kg = html[html.index("const KG = "):]
    assert kg.count('"kind":"metWith"') == 1
    assert "A met B." in kg and "B received A." in kg


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
    assert page.evaluate("diplograph.counts()") == {
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
        "visibleNodes": graph.number_of_nodes(), "visibleEdges": graph.number_of_edges()}
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
