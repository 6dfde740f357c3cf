"""Benchmark of the interactive page: time to first drawn network in headless Chromium.

usage: python tests/bench_page.py [--sizes 20000] [--runs 3] [--out DIR] [--no-sample]
                                 [--pages PAGE.html ...] [--query TEXT]

Builds the sample graph's page (``kg build kg/samples``, through the library) and pages of synthetic graphs
shaped like Diplograph's (states, people who represent them, dated meetings with two or three
participants, places, agreements, organizations, events; hubs through preferential attachment),
writes each page, and prints per page: nodes and edges drawn, page size, time to write the page
(layout included), and time from navigation to the first drawn network (median of ``--runs``),
then the time from pressing Enter in the search box to the node being selected. ``--pages``
times pages already written, such as the ``graph.html`` of a ``tests/bench.py`` build of 100,000
articles, searching for ``--query``.
``synthetic_graph`` is also used by the browser tests.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking"]
BASE = "https://diplograph.org/id/"
KINDS = ("Meeting", "Talks", "Visit", "Consultations", "PhoneCall")


def synthetic_graph(n_nodes: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """A graph of about ``n_nodes`` nodes with the attributes ``kg.graph.to_networkx`` gives."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    n_states = min(200, max(5, n_nodes // 100))
    n_places, n_orgs = max(3, n_nodes // 60), max(3, n_nodes // 40)
    n_events, n_agreements = max(2, n_nodes // 80), max(2, n_nodes // 40)
    rest = n_nodes - n_states - n_places - n_orgs - n_events - n_agreements
    n_people = max(2, int(rest * 0.45))
    n_meetings = max(1, rest - n_people)

    def article(i: int) -> dict:
        return {"title": f"Press release {i}", "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "source": f"wire-{i % 7}.jsonl", "url": f"https://mfa.example/press/{i}"}

    def ev(sentence: str, i: int) -> list[dict]:
        a = article(i)
        return [{"article_title": a["title"], "date": a["date"], "sentence": sentence, "source": a["source"]}]

    def node(key: str, type_: str, label: str, *, aliases=(), titles=(), date="", states=(), art=0) -> str:
        iri = BASE + key
        g.add_node(iri, type=type_, label=label, aliases=sorted(aliases), titles=list(titles),
                   articles=[article(art)], date=date, states=sorted(states))
        return iri

    # state popularity is skewed: a few states appear in most releases
    states = [node(f"state/s{i:03d}", "State", f"State {i}", aliases=[f"Republic of State {i}"],
                   states=[BASE + f"state/s{i:03d}"], art=i) for i in range(n_states)]
    state_weights = [1.0 / (i + 1) for i in range(n_states)]
    places = [node(f"place/p{i}", "Place", f"City {i}", art=i) for i in range(n_places)]
    orgs = [node(f"org/o{i}", "Organization", f"Organization {i}", aliases=[f"ORG{i}"], art=i) for i in range(n_orgs)]
    events = [node(f"event/e{i}", "Event", f"Forum {i}", art=i) for i in range(n_events)]
    agreements = [node(f"agreement/a{i}", "Agreement", f"Agreement on cooperation no. {i}", art=i)
                  for i in range(n_agreements)]
    people, person_state = [], {}
    for i in range(n_people):
        state = rng.choices(states, weights=state_weights)[0]
        iri = node(f"person/q{i}", "Person", f"Person {i} Surname{i % 997}", aliases=[f"P. Surname{i % 997}-{i}"],
                   titles=[f"Deputy Minister of Foreign Affairs of {g.nodes[state]['label']}"], states=[state], art=i)
        people.append(iri)
        person_state[iri] = state
        g.add_edge(iri, state, kind="represents", evidence=ev(f"Person {i} of {g.nodes[state]['label']}.", i))
    activity = [1] * n_people  # preferential attachment: who met often meets again
    for i in range(n_meetings):
        count = 2 if rng.random() < 0.8 else 3
        chosen = set()
        while len(chosen) < count:
            chosen.add(rng.choices(range(n_people), weights=activity)[0] if rng.random() < 0.7
                       else rng.randrange(n_people))
        parts = sorted(people[k] for k in chosen)
        for k in chosen:
            activity[k] += 1
        date = f"{2020 + i % 6}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"
        names = [g.nodes[p]["label"] for p in parts]
        sentence = f"{' and '.join(names)} held talks on {date}."
        m = node(f"meeting/m{i}", "Meeting", f"{rng.choice(KINDS)}: {' and '.join(names)}", date=date,
                 states={person_state[p] for p in parts}, art=i)
        for p in parts:
            g.add_edge(m, p, kind="participant", evidence=ev(sentence, i))
        for a, b in zip(parts, parts[1:]):
            g.add_edge(a, b, kind="metWith", evidence=ev(sentence, i))
        if rng.random() < 0.5:
            g.add_edge(m, rng.choice(places), kind="heldIn", evidence=ev(sentence, i))
        if rng.random() < 0.1:
            agreement = rng.choice(agreements)
            g.add_edge(m, agreement, kind="resultedIn", evidence=ev(sentence, i))
            for p in parts:
                g.add_edge(p, agreement, kind="signed", evidence=ev(sentence, i))
    for i, org in enumerate(orgs):
        g.add_edge(org, rng.choice(places), kind="headquarteredIn", evidence=ev(f"Organization {i} is based there.", i))
        for state in rng.sample(states, min(3, len(states))):
            g.add_edge(state, org, kind="memberOf", evidence=ev(f"A member of Organization {i}.", i))
    for i, event in enumerate(events):
        g.add_edge(rng.choice(states), event, kind="invitedTo", evidence=ev(f"Invited to Forum {i}.", i))
    return g


def build_sample(out: Path) -> Path:
    """The sample graph's page, as ``kg build kg/samples -o OUT`` writes it."""
    from kg.build import build

    build([REPO / "kg" / "samples"], out)
    return out / "graph.html"


def time_page(browser, path: Path, *, query: str | None = None, timeout_s: float = 120) -> dict:
    """Seconds from navigation to the first drawn network, and from Enter in the search box to the selection."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    started = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
    page.wait_for_function("window.diplograph && window.diplograph.drawn", timeout=timeout_s * 1000, polling=20)
    first_draw = time.perf_counter() - started
    result = {"first_draw_s": first_draw,
              "drawn_nodes": page.evaluate("network.body.data.nodes.length"),
              "drawn_edges": page.evaluate("network.body.data.edges.length")}
    if query:
        started = time.perf_counter()
        page.fill("#search", query)
        page.press("#search", "Enter")
        page.wait_for_function("document.getElementById('details').dataset.node !== undefined",
                               timeout=timeout_s * 1000, polling=20)
        result["search_s"] = time.perf_counter() - started
    page.close()
    if errors:
        raise RuntimeError(f"errors in {path}: {errors}")
    return result


def main(argv: list[str] | None = None) -> int:
    from playwright.sync_api import sync_playwright

    from kg.export.page import write_page

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="keep the pages here")
    parser.add_argument("--no-sample", action="store_true")
    parser.add_argument("--pages", type=Path, nargs="*", default=[], help="also time these written pages")
    parser.add_argument("--query", default="Kazakhstan", help="the search typed in each of --pages")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="bench_page."))
    out.mkdir(parents=True, exist_ok=True)

    cases = [] if args.no_sample else [("sample", None, "Serikbayev")]
    cases += [(f"synthetic-{n}", n, "Person 17 Surname17") for n in args.sizes]
    cases += [(str(page), page, args.query) for page in args.pages]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=BROWSER_ARGS)
        for name, size, query in cases:
            started = time.perf_counter()
            if isinstance(size, Path):  # a page already written
                path, write_s, nodes, edges = size, None, None, None
            elif size is None:
                path = build_sample(out / name)
                write_s = time.perf_counter() - started
                nodes = edges = None
            else:
                graph = synthetic_graph(size)
                path = out / f"{name}.html"
                started = time.perf_counter()
                write_page(graph, path, title=f"Diplograph {name}")
                write_s = time.perf_counter() - started
                nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
            runs = [time_page(browser, path, query=query) for _ in range(args.runs)]
            print(json.dumps({
                "graph": name, "nodes": nodes, "edges": edges,
                "drawn_nodes": runs[0]["drawn_nodes"], "drawn_edges": runs[0]["drawn_edges"],
                "page_mb": round(path.stat().st_size / 1e6, 1),
                ("build_s" if size is None else "write_page_s"): None if write_s is None else round(write_s, 2),
                "first_draw_s": [round(r["first_draw_s"], 2) for r in runs],
                "first_draw_median_s": round(statistics.median(r["first_draw_s"] for r in runs), 2),
                "search_median_s": round(statistics.median(r["search_s"] for r in runs), 2),
            }), flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
