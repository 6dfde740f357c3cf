"""Graph -> interactive HTML page (the last stage of the flow, next to the RDF exports).

Public API: ``write_page(graph, path, *, title="Diplograph", max_nodes=DRAW_LIMIT)``, ``render_page``
(the same HTML as a string) and ``page_pieces`` (the same HTML in pieces, as ``write_page`` writes it).

The page is rendered with pyvis through our own template (``page_template.html``):
pyvis 0.3.2 links Bootstrap from a CDN in every mode and its own template has no
legend, filters or details panel, so we keep pyvis for the template hook and
own the rest; the page builds vis-network's node and edge records itself from
compact data (pyvis's add_node and add_edge scan every node on each call). The page works from disk
with no network: vis-network is inlined and our markup holds no ``http(s)://``
string (IRIs travel inside JSON with ``/`` written as ``\\/``).

What the page offers: search by name or alias; filters by entity type, relation
kind, meeting date range and state, which combine and reset together; a legend;
a details panel (name, type, aliases, titles, states, IRI, degree, facts with
their evidence, articles) for nodes and edges; three views: the full graph and
"who met whom" between people or between states (meetings as edges weighted by
their count).

Filter rules (also shown on the page):

* date range: a meeting is shown when its date is in the range (undated meetings
  are hidden while a range is set). An entity linked to meetings (a participant,
  the place of a meeting, an agreement that resulted from one) is shown while at
  least one of its meetings is; entities linked to no meeting (states, most
  organizations, people met only in a ``metWith``) have no date and stay. A
  ``metWith`` link is shown while one of the sentences stating it is dated in range.
* state S: the entities of S (S itself, the people who represent it, meetings one
  of them took part in) and everything one shown link away from them (whom they
  met, where, what they signed). In the who-met-whom views: the pairs with one
  side of S.
* types and relation kinds hide nodes and links; all filters combine, Reset clears them.

Layout: positions are computed here and physics is off (a button turns it on).
Up to 3,000 nodes each connected component gets its own force layout (networkx's
spring layout, or our vectorised Fruchterman-Reingold) and the components are
packed in rows, unlinked entities in a grid after them; above that, one
Fruchterman-Reingold whose repulsion is computed on a grid by FFT (particle-mesh):
about 1.5 s for 20,000 nodes and 53,000 edges on two cores.

Large pages (more than LARGE_GRAPH drawn nodes) build no tooltips and give
vis-network no labels (measuring them cost seconds before the first draw): the
page writes the labels of the nodes on screen itself once they are big enough to
read, best connected first, leaving out labels that would overlap. Pages of more
than ``max_nodes`` (DRAW_LIMIT) entities draw an overview of the best-connected
``max_nodes``; the page says "showing N of M nodes", and search finds every entity
and draws the chosen one next to its drawn neighbours, with its links.

Same graph -> byte-identical page: nodes and edges are sorted, layouts seeded.
A metWith stated in both directions is drawn once, with the evidence of both.
The data travels as one JSON block (strings that repeat, such as article titles
and sentences, stored once) read with JSON.parse.
"""
from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
import networkx as nx
import numpy as np
import pyvis
from pyvis.network import Network

from ..atomic import write_atomically

__all__ = ["write_page", "render_page", "NODE_STYLES", "EDGE_COLOURS", "DRAW_LIMIT"]

#: Node type -> (vis-network shape, colour). The legend and the filters follow this order.
NODE_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("dot", "#4e79a7"),
    "State": ("square", "#e15759"),
    "Organization": ("hexagon", "#f28e2b"),
    "Meeting": ("triangleDown", "#edc948"),
    "Event": ("star", "#b07aa1"),
    "Agreement": ("diamond", "#59a14f"),
    "Place": ("triangle", "#9c755f"),
}
OTHER_NODE_STYLE = ("dot", "#9aa0a6")

#: Edge kind -> colour, in legend order.
EDGE_COLOURS: dict[str, str] = {
    "metWith": "#1f77b4",
    "represents": "#7f7f7f",
    "participant": "#ff7f0e",
    "participatedIn": "#d62728",
    "invitedTo": "#bcbd22",
    "signed": "#2ca02c",
    "partyTo": "#17becf",
    "resultedIn": "#393b79",
    "memberOf": "#9467bd",
    "partOf": "#637939",
    "heldIn": "#8c564b",
    "headquarteredIn": "#e377c2",
}
OTHER_EDGE_COLOUR = "#aaaaaa"
#: Kinds stored once per pair but symmetric in meaning: drawn without an arrow.
UNDIRECTED_KINDS = frozenset({"metWith"})
#: Edges from a meeting to what took part in it, happened there or came out of it.
MEETING_KINDS = frozenset({"participant", "heldIn", "resultedIn"})

TEMPLATE_NAME = "page_template.html"
#: Below this size networkx's dense spring layout is fast (it switches to a slow
#: per-node Python loop at 500 nodes); above it we use our vectorised version.
SPRING_LAYOUT_MAX_NODES = 499
#: Up to this size all-pairs repulsion is affordable; above it repulsion goes through a grid.
EXACT_LAYOUT_MAX_NODES = 3000
#: All-pairs repulsion costs n**2 per iteration: keep n**2 * iterations near this.
LAYOUT_PAIR_BUDGET = 450_000_000
MESH_LAYOUT_ITERATIONS = 80
MESH_LAYOUT_GRID = 256
LAYOUT_SEED = 42
#: Typical link length, room between packed components, and the grid of unlinked entities (pixels).
LINK_PIXELS = 110.0
NODE_PIXELS = 70.0
PACK_GAP = 90.0
PACK_ASPECT = 1.3
GRID_CELL = (240.0, 40.0)
LAYOUT_GRAVITY = 1.0
LABEL_MAX_CHARS = 40
LABEL_MIN_PIXELS = 7
LABEL_FONT_SIZE = 14
#: Pages draw at most this many entities (the best connected); search reaches the rest.
DRAW_LIMIT = 20_000
#: Above this many drawn nodes the page drops edge labels and tooltips built up front.
LARGE_GRAPH = 1000
#: Evidence sentences kept per edge in the page (the Turtle file keeps them all).
EVIDENCE_PER_EDGE = 20
#: Who-met-whom views: id -> (title, what becomes a node).
VIEWS = {"full": "Full graph", "people": "Who met whom: people", "states": "Who met whom: states"}

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def write_page(graph: nx.MultiDiGraph, path: str | Path, *, title: str = "Diplograph",
               max_nodes: int = DRAW_LIMIT) -> None:
    """Write the interactive page for ``graph`` to ``path`` (atomically).

    Nodes are entity IRIs with ``type``, ``label``, ``aliases``, ``titles``,
    ``articles``, ``date`` and ``states``; edges carry ``kind`` and ``evidence``.
    Missing attributes are tolerated (a node without a label shows its IRI's tail).
    A graph of more than ``max_nodes`` nodes is drawn as an overview of its
    ``max_nodes`` best-connected nodes.
    """
    write_atomically(Path(path), page_pieces(graph, title=title, max_nodes=max_nodes))


def render_page(graph: nx.Graph, *, title: str = "Diplograph", max_nodes: int = DRAW_LIMIT) -> str:
    """The page's HTML as a string (what ``write_page`` writes)."""
    return "".join(page_pieces(graph, title=title, max_nodes=max_nodes))


def page_pieces(graph: nx.Graph, *, title: str = "Diplograph", max_nodes: int = DRAW_LIMIT) -> Iterator[str]:
    """The page's HTML in pieces: the graph's data (most of the page) is encoded a slice at a time,
    so a large graph's page is never held whole in memory."""
    page_data = _page_data(graph, max_nodes)
    net = Network(directed=True, heading=title, cdn_resources="in_line")
    # The page builds vis-network's node and edge records itself from the compact data
    # (pyvis's add_node and add_edge also scan the whole node list on every call).
    net.options = _vis_options(len(page_data["layout"]["ids"]), [t["name"] for t in page_data["types"]],
                               {t["name"]: t["group"] for t in page_data["types"]})
    net.templateEnv = _environment(page_data)
    net.path = TEMPLATE_NAME
    before, _, after = net.generate_html().rpartition(_DATA_MARK)
    yield before
    yield from _script_json_pieces(page_data)
    yield after


def _page_data(graph: nx.Graph, max_nodes: int) -> dict[str, Any]:
    iris = sorted(graph.nodes, key=str)
    index = {iri: i for i, iri in enumerate(iris)}
    node_types = [_node_type(graph.nodes[iri]) for iri in iris]
    edges = _edges(graph, index)
    types = _ordered(NODE_STYLES, node_types)
    kinds = _ordered(EDGE_COLOURS, (kind for _, _, kind, _ in edges))
    type_group = {t: f"g{i}" for i, t in enumerate(types)}
    degree = [0] * len(iris)
    for u, v, _, _ in edges:
        degree[u] += 1
        degree[v] += 1
    drawn = _drawn_nodes(degree, max_nodes)
    is_drawn = [False] * len(iris)
    for i in drawn:
        is_drawn[i] = True
    drawn_edges = [j for j, (u, v, _, _) in enumerate(edges) if is_drawn[u] and is_drawn[v]]
    slot = {i: k for k, i in enumerate(drawn)}
    positions = _layout(len(drawn), [(slot[edges[j][0]], slot[edges[j][1]]) for j in drawn_edges])
    large = len(drawn) > LARGE_GRAPH
    tables = _Tables()
    records = [_node_record(iri, graph.nodes[iri], index, degree[i], tables) for i, iri in enumerate(iris)]
    kind_index = {k: n for n, k in enumerate(kinds)}
    edge_rows = [[u, v, kind_index[kind], [[tables.source(ev), tables.sentence(ev["sentence"])]
                                           for ev in evidence[:EVIDENCE_PER_EDGE]],
                  max(0, len(evidence) - EVIDENCE_PER_EDGE)] for u, v, kind, evidence in edges]
    meeting_dates = sorted(r["date"] for r in records if r["type"] == "Meeting" and r["date"])
    people_of_state: dict[int, int] = {}
    for record in records:
        if record["type"] == "Person":
            for state in record["states"]:
                if state["id"] is not None:
                    people_of_state[state["id"]] = people_of_state.get(state["id"], 0) + 1
    return {
        "types": [{"name": t, "group": type_group[t], "shape": NODE_STYLES.get(t, OTHER_NODE_STYLE)[0],
                   "color": NODE_STYLES.get(t, OTHER_NODE_STYLE)[1],
                   "count": sum(1 for nt in node_types if nt == t)} for t in types],
        "kinds": [{"name": k, "color": EDGE_COLOURS.get(k, OTHER_EDGE_COLOUR), "directed": k not in UNDIRECTED_KINDS,
                   "count": sum(1 for _, _, kind, _ in edges if kind == k)} for k in kinds],
        "nodes": records,
        "edges": edge_rows,
        "articles": tables.articles,
        "sources": tables.sources,
        "sentences": tables.sentences,
        "layout": {"ids": drawn, "x": [float(x) for x in positions[:, 0]], "y": [float(y) for y in positions[:, 1]]},
        "overview": len(drawn) < len(iris),
        "labelMaxChars": LABEL_MAX_CHARS,
        "labelMinPixels": LABEL_MIN_PIXELS,
        "labelFontSize": LABEL_FONT_SIZE,
        "large": large,
        "dates": {"min": meeting_dates[0] if meeting_dates else "", "max": meeting_dates[-1] if meeting_dates else ""},
        "states": sorted(({"id": i, "label": records[i]["label"], "count": people_of_state.get(i, 0)}
                          for i, t in enumerate(node_types) if t == "State"), key=lambda s: (s["label"], s["id"])),
        "views": [{"id": view, "title": name} for view, name in VIEWS.items()],
        "met": _met_views(node_types, edges, is_drawn, records,
                          {i: (float(positions[k][0]), float(positions[k][1])) for k, i in enumerate(drawn)}),
    }


class _Tables:
    """Strings that repeat across the page's records (articles, evidence sources, sentences), stored once."""

    def __init__(self) -> None:
        self.articles: list[tuple[str, ...]] = []
        self.sources: list[tuple[str, ...]] = []
        self.sentences: list[str] = []
        self._index: dict[tuple, int] = {}

    def _add(self, table: list, key: tuple, value: Any) -> int:
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(table)
            table.append(value)
        return found

    def article(self, date: str, title: str, source: str, url: str) -> int:
        key = ("a", title, date, source, url)
        return self._add(self.articles, key, key[1:])  # a tuple: the page's JSON writes it as a list

    def source(self, evidence: dict[str, str]) -> int:
        key = ("s", evidence["article_title"], evidence["date"], evidence["source"])
        return self._add(self.sources, key, key[1:])

    def sentence(self, text: str) -> int:
        return self._add(self.sentences, ("t", text), text)


def _drawn_nodes(degree: list[int], max_nodes: int) -> list[int]:
    """Every node, or the ``max_nodes`` of highest degree (ties to the lower index), in index order."""
    if len(degree) <= max_nodes:
        return list(range(len(degree)))
    best = sorted(range(len(degree)), key=lambda i: (-degree[i], i))[:max(0, max_nodes)]
    return sorted(best)


def _met_views(node_types: list[str], edges: list[tuple[int, int, str, list]], is_drawn: list[bool],
               records: list[dict[str, Any]], full_positions: dict[int, tuple[float, float]]) -> dict[str, dict[str, Any]]:
    """Who met whom, between people and between states: nodes with positions, edges listing their meetings.

    A meeting links every pair of its participants (people view) and every pair of
    different states they represent (states view). Only drawn nodes take part.
    A view of up to EXACT_LAYOUT_MAX_NODES nodes gets its own layout; a bigger one
    keeps the nodes where the full graph has them (no second long layout, and the
    analyst finds people where they were).
    """
    participants: dict[int, list[int]] = {}
    for u, v, kind, _ in edges:
        if kind == "participant" and node_types[u] == "Meeting" and is_drawn[u] and is_drawn[v]:
            participants.setdefault(u, []).append(v)

    def state_ids(i: int) -> list[int]:
        return sorted({s["id"] for s in records[i]["states"]
                       if s["id"] is not None and is_drawn[s["id"]] and node_types[s["id"]] == "State"})

    views = {}
    for view, members in (("people", lambda p: [p]), ("states", state_ids)):
        pairs: dict[tuple[int, int], list[int]] = {}
        for meeting in sorted(participants):
            ends = sorted({m for p in participants[meeting] for m in members(p)})
            for a_pos, a in enumerate(ends):
                for b in ends[a_pos + 1:]:
                    pairs.setdefault((a, b), []).append(meeting)
        node_ids = sorted({i for pair in pairs for i in pair})
        slot = {i: k for k, i in enumerate(node_ids)}
        if len(node_ids) <= EXACT_LAYOUT_MAX_NODES:
            positions = _layout(len(node_ids), [(slot[a], slot[b]) for a, b in pairs])
        else:
            positions = np.array([full_positions[i] for i in node_ids], dtype=float).reshape(-1, 2)
        views[view] = {"layout": {"ids": node_ids, "x": [float(x) for x in positions[:, 0]],
                                  "y": [float(y) for y in positions[:, 1]]},
                       "pairs": [[a, b, meetings] for (a, b), meetings in sorted(pairs.items())]}
    return views


# -- data ---------------------------------------------------------------------------------

def _edges(graph: nx.Graph, index: dict[str, int]) -> list[tuple[int, int, str, list[dict[str, str]]]]:
    """(source, target, kind, evidence) sorted; an undirected kind stated both ways becomes one edge."""
    edges: list[tuple[int, int, str, list]] = []
    undirected: dict[tuple[int, int, str], list] = {}
    for u, v, data in graph.edges(data=True):
        source, target, kind = index[u], index[v], str(data.get("kind") or "unknown")
        evidence = list(data.get("evidence") or [])
        if kind in UNDIRECTED_KINDS:
            key = (min(source, target), max(source, target), kind)
            if key in undirected:
                undirected[key].extend(evidence)
                continue
            undirected[key] = evidence
            source, target = key[0], key[1]
        edges.append((source, target, kind, evidence))
    rows = [(u, v, kind, _evidence(evidence)) for u, v, kind, evidence in edges]
    rows.sort(key=lambda row: (row[0], row[1], row[2]))
    if any(a[:3] == b[:3] for a, b in zip(rows, rows[1:])):  # two edges of one kind between two nodes
        rows.sort(key=lambda row: (row[0], row[1], row[2], [tuple(ev.values()) for ev in row[3]]))
    return rows


def _node_type(attrs: dict) -> str:
    return str(attrs.get("type") or "Other")


def _label(iri: str, attrs: dict) -> str:
    label = str(attrs.get("label") or "").strip()
    return label or str(iri).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or str(iri)


def _ordered(canonical: dict[str, Any], present) -> list[str]:
    seen = set(present)
    return [name for name in canonical if name in seen] + sorted(seen - canonical.keys())


def _strings(values: Any) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = [values]
    found = {str(v).strip() for v in values}
    found.discard("")
    return sorted(found)


def _rows(values: Any, fields: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Dicts reduced to tuples of ``fields`` (as strings), duplicates dropped, sorted."""
    rows = set()
    for v in values or ():
        if isinstance(v, dict):
            rows.add(tuple([str(v.get(f) or "") for f in fields]))
    return sorted(rows)


def _records(values: Any, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """Dicts reduced to ``fields`` (as strings), duplicates dropped, sorted by ``fields``."""
    return [dict(zip(fields, row)) for row in _rows(values, fields)]


def _evidence(values: Any) -> list[dict[str, str]]:
    return _records(values, ("date", "article_title", "sentence", "source"))


def _node_record(iri: str, attrs: dict, index: dict[str, int], degree: int, tables: _Tables) -> dict[str, Any]:
    label = _label(iri, attrs)
    return {
        "iri": str(iri),
        "type": _node_type(attrs),
        "label": label,
        "aliases": [a for a in _strings(attrs.get("aliases")) if a != label],
        "titles": _strings(attrs.get("titles")),
        "articles": [tables.article(*row) for row in _rows(attrs.get("articles"), ("date", "title", "source", "url"))],
        "date": str(attrs.get("date") or ""),
        "states": [{"iri": s, "id": index.get(s)} for s in _strings(attrs.get("states"))],
        "degree": degree,
    }


# -- layout -------------------------------------------------------------------------------

def _layout(n: int, edges: list[tuple[int, int]]) -> np.ndarray:
    """Positions in pixels for nodes 0..n-1, seeded.

    Up to EXACT_LAYOUT_MAX_NODES nodes, each connected component is laid out on
    its own, scaled so that a typical link is LINK_PIXELS long, and the components
    are packed in rows, biggest first, with the entities linked to nothing in a
    grid after them: in one force layout those drift to the rim and squeeze the
    connected part together. Bigger graphs get one particle-mesh layout.
    """
    if n == 0:
        return np.zeros((0, 2))
    pairs = sorted({(min(u, v), max(u, v)) for u, v in edges if u != v})
    if n <= EXACT_LAYOUT_MAX_NODES:
        return np.round(_packed_layout(n, pairs), 1)
    # nodes linked to nothing drawn would settle on a far ring around the rest: a grid below it instead
    linked = np.zeros(n, dtype=bool)
    for u, v in pairs:
        linked[u] = linked[v] = True
    members = np.flatnonzero(linked)
    slot = np.full(n, -1, dtype=np.intp)
    slot[members] = np.arange(len(members))
    out = np.zeros((n, 2))
    if len(members):
        coords = _fruchterman_reingold_mesh(len(members), [(int(slot[u]), int(slot[v])) for u, v in pairs],
                                            seed=LAYOUT_SEED)
        coords = coords - coords.mean(axis=0)
        extent = float(np.abs(coords).max()) or 1.0
        out[members] = coords / extent * max(400.0, 80.0 * math.sqrt(len(members)))
    singles = np.flatnonzero(~linked)
    if len(singles):
        width = float(np.ptp(out[members], axis=0)[0]) if len(members) else 0.0
        columns = max(1, int(max(width, math.sqrt(len(singles)) * GRID_CELL[0]) // GRID_CELL[0]))
        top = (float(out[members, 1].max()) if len(members) else 0.0) + PACK_GAP
        k = np.arange(len(singles))
        out[singles, 0] = (k % columns) * GRID_CELL[0] - (columns - 1) * GRID_CELL[0] / 2
        out[singles, 1] = top + (k // columns) * GRID_CELL[1]
    return np.round(out, 1)


def _packed_layout(n: int, pairs: list[tuple[int, int]]) -> np.ndarray:
    simple = nx.Graph()
    simple.add_nodes_from(range(n))
    simple.add_edges_from(pairs)
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    blocks: list[tuple[list[int], np.ndarray]] = []
    singles = [c[0] for c in components if len(c) == 1]
    for nodes in (c for c in components if len(c) > 1):
        local = {v: k for k, v in enumerate(nodes)}
        sub = [(local[u], local[v]) for u, v in simple.subgraph(nodes).edges()]
        sub = sorted((min(u, v), max(u, v)) for u, v in sub)
        if len(nodes) == 2:
            coords = np.array([[0.0, 0.0], [1.0, 0.0]])
        elif len(nodes) <= SPRING_LAYOUT_MAX_NODES:
            component = nx.Graph()
            component.add_nodes_from(range(len(nodes)))
            component.add_edges_from(sub)
            pos = nx.spring_layout(component, seed=LAYOUT_SEED)
            coords = np.array([pos[i] for i in range(len(nodes))], dtype=float)
        else:
            coords = _fruchterman_reingold(len(nodes), sub, seed=LAYOUT_SEED)
        src = np.array([u for u, _ in sub], dtype=np.intp)
        dst = np.array([v for _, v in sub], dtype=np.intp)
        typical = float(np.median(np.sqrt(((coords[src] - coords[dst]) ** 2).sum(axis=1)))) or 1.0
        coords = coords - coords.mean(axis=0)
        # turn the component's long axis horizontal: screens are wider than tall, labels are wide
        _, vectors = np.linalg.eigh(coords.T @ coords)
        coords = coords @ vectors[:, ::-1]
        signs = np.sign(coords[np.abs(coords).argmax(axis=0), [0, 1]])
        coords = coords * np.where(signs == 0, 1.0, signs)  # eigenvectors have no sign: fix one
        # a typical link LINK_PIXELS long, unless that crowds the nodes (big, hub-heavy components)
        area = float(np.prod(np.ptp(coords, axis=0) + 1e-9))
        scale = max(LINK_PIXELS / typical, NODE_PIXELS * math.sqrt(len(nodes) / area))
        blocks.append((nodes, coords * scale))
    # shelf packing: rows about as wide as a screen-shaped rectangle holding every block,
    # then the unlinked entities in a grid as wide as those rows
    sizes = [np.ptp(coords, axis=0) + PACK_GAP for _, coords in blocks]
    area = sum(float(w * h) for w, h in sizes) + len(singles) * GRID_CELL[0] * GRID_CELL[1]
    row_width = max([float(w) for w, _ in sizes] + [math.sqrt(area * PACK_ASPECT)])
    if singles:
        columns = max(1, min(len(singles), int(row_width // GRID_CELL[0])))
        grid = np.array([[(k % columns) * GRID_CELL[0], (k // columns) * GRID_CELL[1]] for k in range(len(singles))],
                        dtype=float)
        blocks.append((singles, grid))
        sizes.append(np.ptp(grid, axis=0) + PACK_GAP)
    out = np.zeros((n, 2))
    x = y = row_height = 0.0
    for (nodes, coords), (w, h) in zip(blocks, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        out[nodes] = coords - coords.min(axis=0) + (x, y)
        x += float(w)
        row_height = max(row_height, float(h))
    return out - (out.min(axis=0) + out.max(axis=0)) / 2


def _fruchterman_reingold(n: int, pairs: list[tuple[int, int]], *, seed: int) -> np.ndarray:
    """Fruchterman-Reingold with all-pairs repulsion vectorised in float32 chunks.

    networkx's sparse variant loops over nodes in Python (about 20 s for 3,000
    nodes); this one takes about 1.3 s for 3,000 nodes and 6,000 edges.
    """
    iterations = int(min(50, max(5, LAYOUT_PAIR_BUDGET // (n * n))))
    pos = np.random.default_rng(seed).random((n, 2)).astype(np.float32)
    k2 = np.float32(1.0 / n)
    k = np.float32(math.sqrt(1.0 / n))
    src = np.array([u for u, _ in pairs], dtype=np.intp)
    dst = np.array([v for _, v in pairs], dtype=np.intp)
    temperature, cooling = 0.1, 0.1 / (iterations + 1)
    chunk = max(1, 1_500_000 // n)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        disp = np.zeros_like(pos)
        for s in range(0, n, chunk):
            dx = x[s:s + chunk, None] - x[None, :]
            dy = y[s:s + chunk, None] - y[None, :]
            w = dx * dx
            w += dy * dy
            np.maximum(w, np.float32(1e-6), out=w)
            np.divide(k2, w, out=w)  # repulsion k^2/d along the unit vector = delta * k^2/d^2
            disp[s:s + chunk, 0] += (dx * w).sum(axis=1)
            disp[s:s + chunk, 1] += (dy * w).sum(axis=1)
        if len(src):
            delta = pos[src] - pos[dst]
            pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]  # attraction d^2/k
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        # weak gravity keeps isolated nodes and small components from drifting far away
        disp -= (pos - pos.mean(axis=0)) * np.float32(LAYOUT_GRAVITY)
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, np.float32(1e-9), out=length)
        pos += disp * (np.minimum(length, np.float32(temperature)) / length)[:, None]
        temperature -= cooling
    return pos.astype(float)


def _fruchterman_reingold_mesh(n: int, pairs: list[tuple[int, int]], *, seed: int,
                               iterations: int = MESH_LAYOUT_ITERATIONS, grid: int = MESH_LAYOUT_GRID) -> np.ndarray:
    """Fruchterman-Reingold with repulsion computed particle-mesh style: O(n + grid**2 log grid) per step.

    Nodes are spread onto a grid (cloud-in-cell), the field of the k^2/d repulsion
    is the convolution of that density with a fixed kernel (done by FFT on a grid
    padded to twice the size, so nothing wraps around), and each node reads the
    field back at its own position. About 2.3 s for 20,000 nodes and 50,000 edges.
    """
    pos = np.random.default_rng(seed).random((n, 2))
    k2 = 1.0 / n
    k = math.sqrt(k2)
    src = np.array([u for u, _ in pairs], dtype=np.intp)
    dst = np.array([v for _, v in pairs], dtype=np.intp)
    size = 2 * grid
    offsets = np.fft.fftfreq(size, 1.0 / size)  # cell offsets in FFT order: 0, 1, ..., -1
    ox, oy = offsets[:, None], offsets[None, :]
    r2 = ox * ox + oy * oy + 0.25  # softened so that nodes sharing a cell still push apart a little
    kernel_x = np.fft.rfft2(np.broadcast_to(ox / r2, (size, size)))
    kernel_y = np.fft.rfft2(np.broadcast_to(oy / r2, (size, size)))
    temperature, cooling = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        lo = pos.min(axis=0)
        cell_size = float((pos.max(axis=0) - lo).max()) / (grid - 2) or 1.0
        g = (pos - lo) / cell_size
        cell = np.minimum(np.floor(g).astype(np.intp), grid - 2)
        f = g - cell
        base = cell[:, 0] * size + cell[:, 1]
        corners = ((0, (1 - f[:, 0]) * (1 - f[:, 1])), (size, f[:, 0] * (1 - f[:, 1])),
                   (1, (1 - f[:, 0]) * f[:, 1]), (size + 1, f[:, 0] * f[:, 1]))
        density = np.zeros(size * size)
        for shift, weight in corners:
            density += np.bincount(base + shift, weights=weight, minlength=size * size)
        density_hat = np.fft.rfft2(density.reshape(size, size))
        field_x = np.fft.irfft2(density_hat * kernel_x, s=(size, size)).ravel()
        field_y = np.fft.irfft2(density_hat * kernel_y, s=(size, size)).ravel()
        disp = np.zeros_like(pos)
        for shift, weight in corners:
            disp[:, 0] += field_x[base + shift] * weight
            disp[:, 1] += field_y[base + shift] * weight
        disp *= k2 / cell_size  # the kernel was written in cells
        if len(src):
            delta = pos[src] - pos[dst]
            pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]  # attraction d^2/k
            for axis in (0, 1):
                disp[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
                disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)
        disp -= (pos - pos.mean(axis=0)) * LAYOUT_GRAVITY
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, 1e-9, out=length)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


# -- rendering ----------------------------------------------------------------------------

def _vis_options(n: int, types: list[str], type_group: dict[str, str]) -> dict[str, Any]:
    groups = {}
    for t in types:
        colour = NODE_STYLES.get(t, OTHER_NODE_STYLE)[1]
        border, light = _mix(colour, "#000000", 0.3), _mix(colour, "#ffffff", 0.35)
        groups[type_group[t]] = {"color": {"background": colour, "border": border,
                                           "highlight": {"background": light, "border": border},
                                           "hover": {"background": light, "border": border}}}
    large = n > LARGE_GRAPH
    return {
        "autoResize": True,
        "groups": groups,
        # a label is drawn only when its text would be at least LABEL_MIN_PIXELS tall on screen:
        # zoomed out on a large graph the page draws shapes only
        "nodes": {"borderWidth": 1.5, "borderWidthSelected": 4,
                  "font": {"size": LABEL_FONT_SIZE, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": LABEL_MIN_PIXELS}}},
        "edges": {"smooth": False, "width": 1.2, "selectionWidth": 2.5,
                  "arrows": {"to": {"scaleFactor": 0.6}},
                  "font": {"size": 10, "face": "sans-serif", "color": "#444444", "strokeWidth": 3,
                           "strokeColor": "#ffffff", "align": "horizontal"}},
        "layout": {"improvedLayout": False, "randomSeed": LAYOUT_SEED},
        "physics": {"enabled": False, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.05,
                                  "springLength": 140, "springConstant": 0.02, "damping": 0.4,
                                  "avoidOverlap": 0.1},
                    "stabilization": {"enabled": False}},
        "interaction": {"hover": False, "tooltipDelay": 150, "multiselect": False,
                        "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }


def _mix(colour: str, other: str, weight: float) -> str:
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * weight):02x}" for x, y in zip(a, b))


def _to_script_json(value: Any) -> str:
    """JSON safe to inline in a <script>: no ``</script>``, no ``<!--``, no ``http(s)://``.

    ``\\/`` and ``\\u003c`` are plain JSON escapes, so the page reads the exact strings back.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("/", "\\/"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


#: Where the template's ``kg|script_json`` goes; ``page_pieces`` writes the data there piece by piece.
_DATA_MARK = "\x00diplograph-page-data\x00"
_SLICE = 2000


def _script_json_pieces(value: Any) -> Iterator[str]:
    """``_to_script_json(value)`` in pieces: dicts key by key, long lists ``_SLICE`` items at a time
    (the escapes replace single characters, so escaping each piece escapes the whole)."""
    if isinstance(value, dict):
        yield "{"
        for n, (key, item) in enumerate(value.items()):
            yield ("," if n else "") + _to_script_json(str(key)) + ":"
            yield from _script_json_pieces(item)
        yield "}"
    elif isinstance(value, list) and len(value) > _SLICE:
        yield "["
        for start in range(0, len(value), _SLICE):
            yield ("," if start else "") + _to_script_json(value[start:start + _SLICE])[1:-1]
        yield "]"
    else:
        yield _to_script_json(value)


@functools.cache
def _vis_bundle() -> tuple[str, str]:
    return ((_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
            (_VIS_DIR / "vis-network.css").read_text(encoding="utf-8"))


def _environment(page_data: dict[str, Any]) -> jinja2.Environment:
    vis_js, vis_css = _vis_bundle()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(Path(__file__).parent)),
                             autoescape=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters["script_json"] = lambda value: Markup(_DATA_MARK if value is page_data else _to_script_json(value))
    env.globals.update(kg=page_data, vis_js=Markup(vis_js),
                       vis_css=Markup(vis_css))
    return env
