"""Graph -> interactive HTML page (the last stage of the flow, next to the RDF exports).

Public API: ``write_page(graph, path, *, title="Diplograph")``.

The page is rendered with pyvis through our own template (``page_template.html``):
pyvis 0.3.2 links Bootstrap from a CDN in every mode and its own template has no
legend, filters or details panel, so we keep pyvis for what it does (node and
edge records, the template hook) and own the rest. The page works from disk
with no network: vis-network is inlined and our markup holds no ``http(s)://``
string (IRIs travel inside JSON with ``/`` written as ``\\/``).

Positions are computed here and physics is off, so a 3,000-node page draws in
about a second; the page has a button to turn physics on.
Same graph -> byte-identical page: nodes and edges are sorted, layouts seeded.
A metWith stated in both directions is drawn once, with the evidence of both.
"""
from __future__ import annotations

import functools
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
import networkx as nx
import numpy as np
import pyvis
from pyvis.network import Network

__all__ = ["write_page", "render_page", "NODE_STYLES", "EDGE_COLOURS"]

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

TEMPLATE_NAME = "page_template.html"
#: Below this size networkx's dense spring layout is fast (it switches to a slow
#: per-node Python loop at 500 nodes); above it we use our vectorised version.
SPRING_LAYOUT_MAX_NODES = 499
#: All-pairs repulsion costs n**2 per iteration: keep n**2 * iterations near this.
LAYOUT_PAIR_BUDGET = 450_000_000
LAYOUT_SEED = 42
LAYOUT_GRAVITY = 1.0
LABEL_MAX_CHARS = 40

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def write_page(graph: nx.MultiDiGraph, path: str | Path, *, title: str = "Diplograph") -> None:
    """Write the interactive page for ``graph`` to ``path`` (atomically).

    Nodes are entity IRIs with ``type``, ``label``, ``aliases``, ``titles``,
    ``articles``, ``date`` and ``states``; edges carry ``kind`` and ``evidence``.
    Missing attributes are tolerated (a node without a label shows its IRI's tail).
    """
    html = render_page(graph, title=title)
    _write_atomically(Path(path), html)


def render_page(graph: nx.Graph, *, title: str = "Diplograph") -> str:
    """The page's HTML as a string (what ``write_page`` writes)."""
    iris = sorted(graph.nodes, key=str)
    index = {iri: i for i, iri in enumerate(iris)}
    edges = _edges(graph, index)
    types = _ordered(NODE_STYLES, (_node_type(graph.nodes[iri]) for iri in iris))
    kinds = _ordered(EDGE_COLOURS, (kind for _, _, kind, _ in edges))
    type_group = {t: f"g{i}" for i, t in enumerate(types)}
    degree = [0] * len(iris)
    for u, v, _, _ in edges:
        degree[u] += 1
        degree[v] += 1
    positions = _layout(len(iris), [(u, v) for u, v, _, _ in edges])

    net = Network(directed=True, heading=title, cdn_resources="in_line")
    for i, iri in enumerate(iris):
        attrs = graph.nodes[iri]
        node_type = _node_type(attrs)
        net.add_node(
            i,
            label=_short(_label(iri, attrs)),
            shape=NODE_STYLES.get(node_type, OTHER_NODE_STYLE)[0],
            group=type_group[node_type],
            size=round(min(10 + 3 * math.sqrt(degree[i]), 40), 1),
            x=float(positions[i][0]),
            y=float(positions[i][1]),
        )
    pair_count: dict[tuple[int, int], int] = {}
    for j, (u, v, kind, _) in enumerate(edges):
        options: dict[str, Any] = {
            "id": j,
            "label": kind,
            "color": EDGE_COLOURS.get(kind, OTHER_EDGE_COLOUR),
            "arrows": "" if kind in UNDIRECTED_KINDS else "to",
        }
        # Parallel edges would be drawn on top of each other: bend every one after the first.
        pair = (min(u, v), max(u, v))
        nth = pair_count[pair] = pair_count.get(pair, -1) + 1
        if nth and u != v:
            options["smooth"] = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                                 "roundness": round(0.25 * ((nth + 1) // 2), 2)}
        # pyvis's add_edge scans the whole node list twice per edge; its records are all we need.
        net.edges.append({"from": u, "to": v, **options})
    net.options = _vis_options(len(iris), types, type_group)

    page_data = {
        "types": [{"name": t, "group": type_group[t], "shape": NODE_STYLES.get(t, OTHER_NODE_STYLE)[0],
                   "color": NODE_STYLES.get(t, OTHER_NODE_STYLE)[1],
                   "count": sum(1 for iri in iris if _node_type(graph.nodes[iri]) == t)} for t in types],
        "kinds": [{"name": k, "color": EDGE_COLOURS.get(k, OTHER_EDGE_COLOUR), "directed": k not in UNDIRECTED_KINDS,
                   "count": sum(1 for _, _, kind, _ in edges if kind == k)} for k in kinds],
        "nodes": [_node_record(iri, graph.nodes[iri], index, degree[i]) for i, iri in enumerate(iris)],
        "edges": [{"kind": kind, "evidence": evidence} for _, _, kind, evidence in edges],
    }
    net.templateEnv = _environment(page_data)
    net.path = TEMPLATE_NAME
    return net.generate_html()


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
    return sorted(rows, key=lambda row: (row[0], row[1], row[2], _canonical(row[3])))


def _node_type(attrs: dict) -> str:
    return str(attrs.get("type") or "Other")


def _label(iri: str, attrs: dict) -> str:
    label = str(attrs.get("label") or "").strip()
    return label or str(iri).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or str(iri)


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX_CHARS else label[: LABEL_MAX_CHARS - 1].rstrip() + "…"


def _ordered(canonical: dict[str, Any], present) -> list[str]:
    seen = set(present)
    return [name for name in canonical if name in seen] + sorted(seen - canonical.keys())


def _strings(values: Any) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = [values]
    return sorted({str(v).strip() for v in values if str(v).strip()})


def _records(values: Any, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """Dicts reduced to ``fields`` (as strings), duplicates dropped, sorted by ``fields``."""
    rows = {tuple(str((v or {}).get(f) or "") for f in fields) for v in (values or []) if isinstance(v, dict)}
    return [dict(zip(fields, row)) for row in sorted(rows)]


def _evidence(values: Any) -> list[dict[str, str]]:
    return _records(values, ("date", "article_title", "sentence", "source"))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def _node_record(iri: str, attrs: dict, index: dict[str, int], degree: int) -> dict[str, Any]:
    label = _label(iri, attrs)
    return {
        "iri": str(iri),
        "type": _node_type(attrs),
        "label": label,
        "aliases": [a for a in _strings(attrs.get("aliases")) if a != label],
        "titles": _strings(attrs.get("titles")),
        "articles": _records(attrs.get("articles"), ("date", "title", "source", "url")),
        "date": str(attrs.get("date") or ""),
        "states": [{"iri": s, "id": index.get(s)} for s in _strings(attrs.get("states"))],
        "degree": degree,
    }


# -- layout -------------------------------------------------------------------------------

def _layout(n: int, edges: list[tuple[int, int]]) -> np.ndarray:
    """Positions in pixels for nodes 0..n-1, seeded, spread wider for bigger graphs."""
    if n == 0:
        return np.zeros((0, 2))
    pairs = sorted({(min(u, v), max(u, v)) for u, v in edges if u != v})
    if n <= SPRING_LAYOUT_MAX_NODES:
        simple = nx.Graph()
        simple.add_nodes_from(range(n))
        simple.add_edges_from(pairs)
        pos = nx.spring_layout(simple, seed=LAYOUT_SEED)
        coords = np.array([pos[i] for i in range(n)], dtype=float)
    else:
        coords = _fruchterman_reingold(n, pairs, seed=LAYOUT_SEED)
    coords = coords - coords.mean(axis=0)
    extent = float(np.abs(coords).max()) or 1.0
    return np.round(coords / extent * max(400.0, 80.0 * math.sqrt(n)), 1)


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


# -- rendering ----------------------------------------------------------------------------

def _vis_options(n: int, types: list[str], type_group: dict[str, str]) -> dict[str, Any]:
    groups = {}
    for t in types:
        colour = NODE_STYLES.get(t, OTHER_NODE_STYLE)[1]
        border, light = _mix(colour, "#000000", 0.3), _mix(colour, "#ffffff", 0.35)
        groups[type_group[t]] = {"color": {"background": colour, "border": border,
                                           "highlight": {"background": light, "border": border},
                                           "hover": {"background": light, "border": border}}}
    large = n > 1000
    return {
        "autoResize": True,
        "groups": groups,
        "nodes": {"borderWidth": 1.5, "borderWidthSelected": 4,
                  "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"}},
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


@functools.cache
def _vis_bundle() -> tuple[str, str]:
    return ((_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
            (_VIS_DIR / "vis-network.css").read_text(encoding="utf-8"))


def _environment(page_data: dict[str, Any]) -> jinja2.Environment:
    vis_js, vis_css = _vis_bundle()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(Path(__file__).parent)),
                             autoescape=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters["script_json"] = lambda value: Markup(_to_script_json(value))
    env.globals.update(kg=page_data, vis_js=Markup(vis_js),
                       vis_css=Markup(vis_css))
    return env


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
