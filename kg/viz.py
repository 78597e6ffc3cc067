"""Interactive HTML views of the graph: one self-contained page an analyst can mail.

The graph drawn is :mod:`kg.network`'s: :func:`kg.views.read_network` reads it from the store in
time linear in the corpus (or :data:`kg.views.VIEW_QUERY`, a CONSTRUCT, gives the statements with
their evidence and the labels of the nodes they touch, for :func:`kg.network.build_network`);
either gives a typed ``networkx.MultiDiGraph`` with one edge per (subject, predicate, object)
carrying its supporting sentences; both are named here too, for the callers of the view.
:func:`render_view` draws a store's page, :func:`render_html` writes a page that needs nothing from outside
itself: vis-network is inlined from ``kg/static/`` and the data travels as JSON in a
``<script type="application/json">`` block that the page reads with ``JSON.parse`` and shows
with ``textContent`` only. The page has four views (stance map, measures table, timeline,
focus graph: see docs/views.md); a big network's page carries the edges backed by most
articles and a budget of sentences (:func:`page_edges`), its layout groups Louvain
communities (:func:`node_communities`, :func:`layout_positions`).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx
import numpy as np

from kg import views
from kg.files import write_files
from kg.namespaces import KG
from kg.network import (
    KINDS,
    NODE_CLASSES,
    ViewOptions,
    bindings_for,
    build_network,
    find_nodes,
    finish_edge,
    focus_network,
    local_name,
)
from kg.store import Store
from kg.views import VIEW_QUERY

__all__ = [  # the graph model and the view's query are kg.network's and kg.views', named here for callers
    "CLASS_STYLES",
    "KINDS",
    "NODE_CLASSES",
    "OFFICIAL_STYLES",
    "PREDICATE_COLOURS",
    "VIEW_QUERY",
    "VIS_NETWORK_VERSION",
    "ViewOptions",
    "bindings_for",
    "build_network",
    "find_nodes",
    "finish_edge",
    "focus_network",
    "json_for_script",
    "layout_positions",
    "local_name",
    "render_html",
    "render_view",
    "write_view",
]

VIS_NETWORK_VERSION = "9.1.2"
VIS_NETWORK_FILE = f"vis-network-{VIS_NETWORK_VERSION}.min.js"

# Class (every one of kg.network.NODE_CLASS_NAMES) -> (colour, vis-network shape). The legend in the
# page is drawn from this table.
CLASS_STYLES: dict[str, tuple[str, str]] = {
    "state": ("#4e79a7", "dot"),
    "person": ("#f28e2b", "triangle"),
    "organization": ("#76b7b2", "square"),
    "topic": ("#b07aa1", "diamond"),
    "resolution": ("#edc948", "star"),
    "commodity": ("#9c755f", "hexagon"),
    "measure": ("#ff9da7", "triangleDown"),
    "event": ("#17becf", "ellipse"),
    "article": ("#bab0ac", "box"),
    # Entries and names of the UN Consolidated List (kg import un-list), in muted tones.
    "listed-individual": ("#d4a6c8", "triangle"),
    "listed-entity": ("#a0cbe8", "square"),
    "listed-name": ("#d7d7a8", "dot"),
    "vessel": ("#86bcb6", "diamond"),
    "other": ("#c7c7c7", "dot"),
}
PREDICATE_COLOURS: dict[str, str] = {
    "supports": "#2ca02c",
    "opposes": "#d62728",
    "bans": "#6a3d9a",
    "caps": "#9467bd",
    "imposes": "#e377c2",
    "references": "#7f7f7f",
    "conducted": "#1f77b4",
    "candidateListing": "#b6992d",
}
OTHER_COLOUR = "#999999"
# How a bans/caps edge shows what the resolutions' own measures say of it (kg:officialMatch,
# computed by official.VIEW_PATTERN): "match" keeps the predicate's colour, solid, marked ✓;
# "miss" (not found among the resolution's official measures) is a dashed dark red, marked ✗,
# far from the bright red of "opposes" in lightness and with a dash pattern besides.
# An edge whose resolution has no official measures loaded keeps the default style.
OFFICIAL_STYLES: dict[str, dict[str, Any]] = {
    "match": {"mark": "\u2713", "color": None, "dashes": False,
              "legend": "matches an official measure of the resolution"},
    "miss": {"mark": "\u2717", "color": "#7b1010", "dashes": [10, 6],
             "legend": "not found among the resolution's official measures"},
}
SPRING_LIMIT = 1500  # past this many nodes, hubs get a force layout and the rest orbit them
HUB_COUNT = 300
SEPARATE_LIMIT = 1500  # components up to this size get their crowded nodes pushed apart
NODE_SPACING = 50.0  # pixels; a component of n nodes gets a radius of NODE_SPACING * sqrt(n)
SEED = 7
# A page carries every sentence of a store of up to ALL_SENTENCES statements; past that, the
# EDGE_SENTENCES newest (then most confident) of each edge, and says how many it left out.
ALL_SENTENCES = 5000
EDGE_SENTENCES = 4


def evidence_limit_for(store: Any) -> int | None:
    """How many sentences per edge a page of ``store`` carries: None (all) for a small store."""
    return None if views.count_statements(store) <= ALL_SENTENCES else EDGE_SENTENCES


# --------------------------------------------------------------------------- layout


def layout_positions(
    network: nx.Graph, groups: dict[Any, int] | None = None
) -> dict[Any, tuple[float, float]]:
    """Pixel positions for every node, computed with a fixed seed.

    Each connected component is laid out alone, with room growing as the square root
    of its size, and the components are packed in rows, largest first. A component of
    up to ``SPRING_LIMIT`` nodes gets Fruchterman-Reingold (:func:`_spring`) and then
    has nodes closer than 70 px pushed apart; a larger one gets it for its
    ``HUB_COUNT`` best-connected nodes only, every other node being placed next to
    its placed neighbours in linear time (:func:`_hub_layout`). Measured on the CI
    machine (2 cores): 500 nodes in 0.4 s, 1,500 in 1.9 s, 5,000 in 0.4 s.

    ``groups`` (node -> community) lays out each community on its own, packed the same way,
    so that a community is drawn together and its own structure is not pulled apart by the
    edges it has elsewhere.
    """
    simple = nx.Graph(network.to_undirected(as_view=True))
    if groups is None:
        return _pack(_components_of(simple))
    members: dict[int, list[Any]] = {}
    for node in simple:
        members.setdefault(groups.get(node, -1), []).append(node)
    blocks = []
    for nodes in sorted(members.values(), key=lambda m: (-len(m), min(map(str, m)))):
        packed = _pack(_components_of(simple.subgraph(nodes)))
        blocks.append({n: np.array(xy, dtype=float) for n, xy in packed.items()})
    return _pack(blocks)


def _components_of(simple: nx.Graph) -> list[dict[Any, np.ndarray]]:
    """Each connected component laid out, largest first."""
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    return [_component_layout(simple.subgraph(c)) for c in components]


def _component_layout(graph: nx.Graph) -> dict[Any, np.ndarray]:
    """Positions in pixels for one connected component, centred on the origin."""
    if len(graph) == 1:
        return {next(iter(graph)): np.zeros(2)}
    unit = _spring(graph) if len(graph) <= SPRING_LIMIT else _hub_layout(graph)
    radius = NODE_SPACING * math.sqrt(len(graph))
    points = np.array([unit[n] for n in graph], dtype=float) * radius
    if len(graph) <= SEPARATE_LIMIT:
        points = _separate(points, NODE_SPACING * 1.4, rounds=40 if len(graph) <= 500 else 10)
    return dict(zip(graph, points, strict=True))


def _separate(points: np.ndarray, gap: float, rounds: int) -> np.ndarray:
    """Push apart nodes closer than ``gap`` pixels (a force layout crowds a hub's leaves)."""
    noise = np.random.default_rng(SEED).normal(0.0, 0.01, points.shape)
    pos = (points + noise).astype(np.float32)
    for _ in range(rounds):
        dx, dy, distance = _differences(pos)
        np.fill_diagonal(distance, np.inf)
        share = np.clip(gap - distance, 0.0, None) / (2 * distance)
        if not share.any():
            break
        pos += np.stack([(dx * share).sum(axis=1), (dy * share).sum(axis=1)], axis=1)
    return pos.astype(float)


def _pack(parts: list[dict[Any, np.ndarray]]) -> dict[Any, tuple[float, float]]:
    """Place laid-out components left to right in rows about as wide as they are tall."""
    boxes = [_bounds(part) for part in parts]
    area = sum((w + NODE_SPACING) * (h + NODE_SPACING) for _, w, h in boxes)
    row_width = max([math.sqrt(area) * 1.2] + [w for _, w, _ in boxes])
    x = y = row_height = 0.0
    positions: dict[Any, tuple[float, float]] = {}
    for part, (low, width, height) in zip(parts, boxes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + NODE_SPACING, 0.0
        offset = np.array([x, y]) - low
        for node, point in part.items():
            px, py = point + offset
            positions[node] = (round(float(px), 1), round(float(py), 1))
        x += width + NODE_SPACING
        row_height = max(row_height, height)
    return positions


def _bounds(part: dict[Any, np.ndarray]) -> tuple[np.ndarray, float, float]:
    """The lowest corner, width and height of a laid-out component."""
    points = np.array(list(part.values()))
    low, high = points.min(axis=0), points.max(axis=0)
    return low, float(high[0] - low[0]), float(high[1] - low[1])


def _spring(graph: nx.Graph, iterations: int = 50) -> dict[Any, np.ndarray]:
    """Fruchterman-Reingold in [-1, 1]², as networkx's ``spring_layout`` computes it.

    The same algorithm, start (seeded uniform) and cooling, written for float32 numpy:
    networkx needs scipy past 500 nodes (not a kg dependency) and this is about eight
    times faster (1,500 nodes in about a second on the CI machine).
    """
    nodes = list(graph)
    if len(nodes) < 2:
        return {n: np.zeros(2) for n in nodes}
    adjacency = nx.to_numpy_array(graph, nodelist=nodes, weight=None, dtype=np.float32)
    pos = np.random.default_rng(SEED).random((len(nodes), 2)).astype(np.float32)
    k = np.float32(math.sqrt(1.0 / len(nodes)))
    temperature = 0.1
    for _ in range(iterations):
        dx, dy, distance = _differences(pos)
        force = k * k / distance**2 - adjacency * distance / k
        displacement = np.stack([(dx * force).sum(axis=1), (dy * force).sum(axis=1)], axis=1)
        length = np.linalg.norm(displacement, axis=1)
        length = np.where(length < 0.01, 0.1, length)
        pos += displacement * (np.float32(temperature) / length)[:, None]
        temperature -= 0.1 / (iterations + 1)
    return dict(zip(nodes, nx.rescale_layout(pos.astype(float), scale=1.0), strict=True))


def _differences(pos: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairwise x and y differences and distances (at least 0.01) of points."""
    dx = pos[:, 0, None] - pos[None, :, 0]
    dy = pos[:, 1, None] - pos[None, :, 1]
    return dx, dy, np.maximum(np.sqrt(dx * dx + dy * dy), np.float32(0.01))


def _hub_layout(graph: nx.Graph) -> dict[Any, np.ndarray]:
    """Hubs by force layout; every other node near the placed neighbours it links to.

    ``graph`` is connected. Nodes come breadth-first from the hubs; one with a single
    placed neighbour orbits it, one with several sits at the centre of (at most three
    of) them, on a sunflower spiral shared by the nodes with the same anchors. Each
    spiral is turned by its own phase so that neighbouring spirals do not collide.
    """
    degree = dict(graph.degree())
    ranked = sorted(graph, key=lambda n: (-degree[n], str(n)))
    rank = {n: i for i, n in enumerate(ranked)}
    hubs = ranked[:HUB_COUNT]
    spread = 1.0 / math.sqrt(len(graph) / len(hubs))
    placed = {n: p * (1.0 - spread) for n, p in _spring(graph.subgraph(hubs)).items()}
    orbits: Counter[tuple[Any, ...]] = Counter()
    for node in _breadth_first(graph, hubs):
        anchors = tuple(sorted((m for m in graph[node] if m in placed), key=rank.__getitem__)[:3])
        orbits[anchors] += 1
        step = 0.012 if rank[anchors[0]] < HUB_COUNT else 0.006
        phase = sum(rank[a] for a in anchors) * 2.0 * math.pi * 0.7548776662466927
        centre = np.mean([placed[a] for a in anchors], axis=0)
        placed[node] = centre + _spiral(orbits[anchors], step, phase)
    return placed


def _breadth_first(graph: nx.Graph, sources: list[Any]) -> Iterator[Any]:
    """The nodes other than ``sources``, breadth-first from them, each after a neighbour."""
    seen = set(sources)
    frontier = list(sources)
    while frontier:
        following: list[Any] = []
        for node in frontier:
            for neighbour in sorted(graph[node], key=str):
                if neighbour not in seen:
                    seen.add(neighbour)
                    following.append(neighbour)
                    yield neighbour
        frontier = following


def _spiral(index: int, step: float, phase: float) -> np.ndarray:
    """The ``index``-th point of a golden-angle (sunflower) spiral turned by ``phase``."""
    angle = phase + index * math.pi * (3.0 - math.sqrt(5.0))
    radius = step * math.sqrt(index + 1)
    return np.array([radius * math.cos(angle), radius * math.sin(angle)])


# --------------------------------------------------------------------------- page


PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src $script_hashes; style-src 'unsafe-inline'; img-src data:">
<title>$title</title>
<style>$css</style>
</head>
<body>
<header id="kg-bar">
  <h1>$title</h1>
  <nav id="kg-tabs" role="tablist">
    <button type="button" role="tab" data-tab="stances">Stance map</button>
    <button type="button" role="tab" data-tab="measures">Measures</button>
    <button type="button" role="tab" data-tab="timeline">Timeline</button>
    <button type="button" role="tab" data-tab="graph">Graph</button>
  </nav>
  <form id="kg-search" autocomplete="off">
    <input id="kg-query" type="search" placeholder="Find a node" list="kg-labels" aria-label="Find a node">
    <datalist id="kg-labels"></datalist>
    <button type="submit">Find</button>
  </form>
  <span id="kg-status" role="status"></span>
  <p id="kg-notice"></p>
</header>
<main>
  <div id="kg-views">
    <section id="kg-stances" class="kg-view" role="tabpanel">
      <div class="kg-controls">
        <input id="kg-stance-filter" type="search" placeholder="Filter actors and topics" aria-label="Filter">
        <label>at least <select id="kg-stance-min"><option>1</option><option>2</option><option>3</option>
          <option>5</option><option>10</option></select> articles</label>
        <label>rows by <select id="kg-stance-sort"><option value="total">statements</option>
          <option value="oppose">most opposed</option><option value="support">most supported</option>
          <option value="name">name</option></select></label>
        <label>show <select id="kg-stance-limit"><option>30</option><option>60</option><option>120</option>
          <option value="0">all</option></select> rows and columns</label>
      </div>
      <div class="kg-scroll"><table id="kg-stance-table"></table></div>
    </section>
    <section id="kg-measures" class="kg-view" role="tabpanel">
      <div class="kg-controls">
        <input id="kg-measure-filter" type="search" placeholder="Filter resolutions and commodities"
          aria-label="Filter">
        <label>regime <select id="kg-measure-regime"><option value="">all</option></select></label>
        <label>official <select id="kg-measure-official"><option value="">all</option>
          <option value="match">\u2713 matches</option><option value="miss">\u2717 not found</option>
          <option value="none">not covered</option></select></label>
      </div>
      <div class="kg-scroll"><table id="kg-measure-table"></table></div>
    </section>
    <section id="kg-timeline" class="kg-view" role="tabpanel">
      <div class="kg-controls">
        <input id="kg-time-actor" type="search" placeholder="Actor" list="kg-actors" aria-label="Actor">
        <datalist id="kg-actors"></datalist>
        <label>regime <select id="kg-time-regime"><option value="">all</option></select></label>
      </div>
      <div class="kg-scroll" id="kg-time-box"></div>
    </section>
    <section id="kg-graphview" class="kg-view" role="tabpanel">
      <div class="kg-controls">
        <fieldset id="kg-kinds"><legend>Edges</legend></fieldset>
        <fieldset id="kg-hidden"><legend>Also draw</legend>
          <label><input type="checkbox" id="kg-show-article"> articles</label>
          <label><input type="checkbox" id="kg-show-event"> events</label>
        </fieldset>
        <fieldset id="kg-dates"><legend>Dates</legend>
          <label>from <input id="kg-since" type="date"></label>
          <label>until <input id="kg-until" type="date"></label>
        </fieldset>
        <label>depth <select id="kg-depth"><option>1</option><option>2</option></select></label>
        <button id="kg-all" type="button">Whole graph</button>
        <button id="kg-reset" type="button">Reset</button>
      </div>
      <div id="kg-graph"></div>
    </section>
  </div>
  <aside id="kg-side">
    <section id="kg-panel" aria-live="polite"><h2 id="kg-panel-title">Evidence</h2>
      <div id="kg-panel-body"><p class="kg-hint">Click a cell, a row, a mark, an edge or a node to \
see the sentences and articles behind it.</p></div></section>
    <section id="kg-legend" aria-label="Legend"></section>
  </aside>
</main>
<script type="application/json" id="kg-data">$data</script>
<script>$vis</script>
<script>$app</script>
</body>
</html>
""")


def render_html(network: nx.MultiDiGraph, options: ViewOptions) -> str:
    """One self-contained HTML page showing ``network``: no file or URL is loaded from outside.

    Positions come from :func:`layout_positions` and physics is off, so the page draws
    at once. Every string from an article travels in a JSON block with ``<``, ``>`` and
    ``&`` escaped, and the page writes it with ``textContent``; a Content-Security-Policy
    allows only the page's own two scripts (by hash).
    """
    vis, app, css = _asset(VIS_NETWORK_FILE), _asset("view.js"), _asset("view.css")
    return PAGE.substitute(
        title=html.escape(options.title),
        css=css,
        data=json_for_script(_payload(network, options)),
        vis=vis,
        app=app,
        script_hashes=" ".join(_csp_hash(s) for s in (vis, app)),
    )


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>``, ``&`` as \\u escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _csp_hash(script: str) -> str:
    """The CSP source expression that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@lru_cache(maxsize=8)
def _asset(name: str) -> str:
    """A file of ``kg/static``, checked to be safe to inline in a ``<script>``/``<style>``."""
    text = resources.files("kg").joinpath("static", name).read_text(encoding="utf-8")
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered or "</style" in lowered:
        raise RuntimeError(f"kg/static/{name} cannot be inlined: it closes its element")
    return text


def _payload(network: nx.MultiDiGraph, options: ViewOptions) -> dict[str, Any]:
    """Everything the page shows, in compact form: nodes, edges, articles, styles, communities,
    the monthly counts of the timeline, and what was left out (see :func:`page_edges`)."""
    kept, left_out = page_edges(network)
    whole = network.graph.get("whole")  # what the store held, when read_network kept the page's edges
    if whole:
        left_out = whole["left_out"]
    shown = nx.MultiDiGraph()
    if left_out and not whole:  # the nodes of the edges it carries (read_network kept only those)
        shown.add_nodes_from((n, network.nodes[n]) for u, v, _, _ in kept for n in (u, v))
    else:
        shown.add_nodes_from(network.nodes(data=True))
    shown.add_edges_from((u, v, k, d) for u, v, k, d in kept)
    groups, communities = node_communities(shown)
    positions = layout_positions(shown, groups)
    weight = Counter()
    for u, v, _, d in kept:
        weight[u] += d.get("count", 1)
        weight[v] += d.get("count", 1)
    index = {node: i for i, node in enumerate(shown)}
    articles: dict[tuple[str, str, str | None, str | None], int] = {}
    drawn = list(_edges_with_roundness(shown))  # the allowance is counted in the order edges are written
    sentences = _sentence_allowance([data for _, _, data, _ in drawn])
    nodes = [_node_row(index[n], n, data, positions[n], groups.get(n, -1), weight[n])
             for n, data in shown.nodes(data=True)]
    edges = [_edge_row(i, index[u], index[v], data, articles, roundness, sentences[i])
             for i, (u, v, data, roundness) in enumerate(drawn)]
    classes = sorted({row["c"] for row in nodes}, key=list(CLASS_STYLES).index)
    predicates = sorted({row["p"] for row in edges})
    statements = sum(d.get("statements", len(d.get("evidence", []))) for _, _, d in network.edges(data=True))
    carried = sum(len(row["ev"]) for row in edges)
    totals = {"statements": statements, "sentences": carried, "edges": network.number_of_edges(),
              "nodes": network.number_of_nodes(), "left_out": left_out}
    if whole:
        totals.update(statements=whole["statements"], edges=whole["edges"], nodes=whole["nodes"])
    return {
        "title": options.title,
        "focus": next((index[n] for n in find_nodes(shown, options.focus)), None) if options.focus else None,
        "depth": options.depth,
        "nodes": nodes,
        "edges": edges,
        "articles": [list(key) for key in articles],
        "classes": {c: dict(zip(("color", "shape"), CLASS_STYLES[c], strict=True)) for c in classes},
        "predicates": {p: PREDICATE_COLOURS.get(p, OTHER_COLOUR) for p in predicates},
        "official": OFFICIAL_STYLES,
        "communities": communities,
        "months": network.graph.get("months") or months_of(network),
        "totals": totals,
        "more": MORE_QUERY,
        "kg": str(KG),
    }


# What a page of a big store carries: at most PAGE_EDGES edges (those backed by the most articles)
# and about SENTENCE_BUDGET sentences (one per edge, more for the best-backed edges, at most
# EDGE_SENTENCES), each clipped to SENTENCE_CHARS characters; the page says what it left out.
PAGE_EDGES = 12_000
SENTENCE_BUDGET = 20_000
SENTENCE_CHARS = 360
MORE_QUERY = (
    "kg query 'SELECT ?date ?file ?evidence WHERE { GRAPH ?g { ?st rdf:subject ?s ; rdf:predicate ?p ; "
    "rdf:object ?o ; kg:evidence ?evidence ; prov:wasDerivedFrom ?a . ?a kg:fileName ?file "
    "OPTIONAL { ?st dcterms:date ?date } } } ORDER BY DESC(?date)'"
)


def page_edges(
    network: nx.MultiDiGraph,
) -> tuple[list[tuple[Any, Any, Any, dict[str, Any]]], dict[str, int]]:
    """The edges a page carries (all, or the ``PAGE_EDGES`` backed by most articles, newest
    first among equals) and how many of each kind it leaves out."""
    edges = list(network.edges(keys=True, data=True))
    if len(edges) <= PAGE_EDGES:
        return edges, {}
    edges.sort(key=lambda e: views.edge_order(str(e[0]), str(e[1]), str(e[2]), e[3].get("count", 1),
                                              _newest(e[3])))
    return edges[:PAGE_EDGES], dict(Counter(e[3].get("kind", "other") for e in edges[PAGE_EDGES:]))


def _newest(data: dict[str, Any]) -> str | None:
    """The newest day of an edge's evidence (sorted newest first)."""
    return next((e["date"] for e in data.get("evidence", []) if e.get("date")), None)


def _sentence_allowance(edges: list[dict[str, Any]]) -> list[int | None]:
    """Sentences each edge carries: all of them while the page holds fewer than SENTENCE_BUDGET,
    else one each and the rest of the budget to the edges backed by most articles."""
    total = sum(len(d.get("evidence", [])) for d in edges)
    if total <= SENTENCE_BUDGET:
        return [None] * len(edges)
    spare = max(0, SENTENCE_BUDGET - len(edges))
    allowance: list[int | None] = [1] * len(edges)
    for i in sorted(range(len(edges)), key=lambda i: -edges[i].get("count", 1)):
        extra = min(spare, EDGE_SENTENCES - 1, len(edges[i].get("evidence", [])) - 1)
        if extra <= 0 and spare <= 0:
            break
        allowance[i] = 1 + max(extra, 0)
        spare -= max(extra, 0)
    return allowance


def months_of(network: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Statements per kind and month ("2016-03"), from the evidence the network holds."""
    months: dict[str, Counter[str]] = {}
    for _, _, data in network.edges(data=True):
        for item in data.get("evidence", []):
            if item.get("date"):
                months.setdefault(data.get("kind", "other"), Counter())[item["date"][:7]] += 1
    return {kind: dict(sorted(counts.items())) for kind, counts in months.items()}


# Classes the graph leaves out of communities and draws only when asked.
HIDDEN_CLASSES = ("article", "event")


def node_communities(network: nx.MultiDiGraph) -> tuple[dict[Any, int], list[dict[str, Any]]]:
    """Louvain communities (networkx, fixed seed) of the nodes other than articles and events,
    weighted by articles; an article or event joins its best-linked neighbour's community.

    Returns node -> community number (largest first) and, for each community, its size and the
    labels of its three best-linked members."""
    simple = nx.Graph()
    for u, v, data in network.edges(data=True):
        if u == v:
            continue
        weight = data.get("count", 1) + (simple[u][v]["weight"] if simple.has_edge(u, v) else 0)
        simple.add_edge(u, v, weight=weight)
    core = simple.subgraph(n for n in simple if network.nodes[n].get("cls") not in HIDDEN_CLASSES)
    found = nx.community.louvain_communities(core, weight="weight", seed=SEED) if len(core) else []
    found = sorted(found, key=lambda c: (-len(c), min(map(str, c))))
    groups = {n: i for i, members in enumerate(found) for n in members}
    for n in simple:
        if n not in groups and simple[n]:
            best = max(simple[n], key=lambda m: (m in groups, simple[n][m]["weight"], str(m)))
            if best in groups:
                groups[n] = groups[best]
    strength = dict(core.degree(weight="weight"))
    summary = [{"size": len(members),
                "top": [str(network.nodes[n].get("label", n)) for n in
                        sorted(members, key=lambda n: (-strength.get(n, 0), str(n)))[:3]]}
               for members in found]
    return groups, summary


def _node_row(i: int, node: str, data: dict[str, Any], xy: tuple[float, float], group: int,
              weight: int) -> dict[str, Any]:
    """One node for the page: id, label, class, IRI, position, community, weight (articles behind
    its edges), and its date and regime when it has them."""
    cls = data.get("cls") if data.get("cls") in CLASS_STYLES else "other"
    row = {"id": i, "l": str(data.get("label", node)), "c": cls, "i": str(data.get("iri", node)),
           "x": xy[0], "y": xy[1], "g": group, "w": weight}
    if data.get("date"):
        row["d"] = data["date"]
    if data.get("regime"):
        row["rg"] = data["regime"]
    return row


def _edge_row(
    i: int, source: int, target: int, data: dict[str, Any],
    articles: dict[tuple[str, str, str | None, str | None], int], roundness: float,
    allowance: int | None = None,
) -> dict[str, Any]:
    """One edge for the page; evidence rows are [sentence, article index, date, confidence].

    ``o`` (true/false) is the edge's official match and ``m`` the measures it matches, both
    left out when there is nothing to say; ``s`` counts its statements and ``x`` the sentences
    the page leaves out."""
    evidence = []
    items = data.get("evidence", [])
    for item in items[:allowance]:
        key = (item.get("title", ""), item.get("file", ""), item.get("article"), item.get("date"))
        article = articles.setdefault(key, len(articles))
        sentence = item.get("sentence", "")
        if allowance is not None and len(sentence) > SENTENCE_CHARS:
            sentence = sentence[: SENTENCE_CHARS - 1] + "\u2026"
        evidence.append([sentence, article, item.get("date"), item.get("confidence")])
    statements = data.get("statements", len(items))
    row: dict[str, Any] = {"id": i, "f": source, "t": target, "p": data.get("predicate", "?"),
                           "k": data.get("kind", "other"), "n": data.get("count", len(evidence)),
                           "s": statements, "ev": evidence}
    if statements > len(evidence):
        row["x"] = statements - len(evidence)
    if data.get("official") is not None:
        row["o"] = bool(data["official"])
    if data.get("measures"):
        row["m"] = list(data["measures"])
    if roundness:
        row["r"] = roundness
    return row


def _edges_with_roundness(
    network: nx.MultiDiGraph,
) -> Iterable[tuple[Any, Any, dict[str, Any], float]]:
    """Edges with a curve for those that share their two ends with another, so none hide.

    vis bends ``curvedCW`` edges clockwise from their source, so A->B and B->A part by
    themselves; edges of the same direction get growing roundness.
    """
    totals = Counter(frozenset((u, v)) for u, v in network.edges())
    seen: Counter[frozenset[Any]] = Counter()
    for u, v, data in network.edges(data=True):
        pair = frozenset((u, v))
        seen[pair] += 1
        yield u, v, data, (0.0 if totals[pair] == 1 else round(0.2 * seen[pair], 2))


# --------------------------------------------------------------------------- the page of a store


def render_view(store: Store, options: ViewOptions | None = None, picked: str | None = None,
                **filters: Any) -> tuple[bytes, int]:
    """The interactive HTML view of the store (or of a filtered part), and its number of nodes.

    ``picked`` is a SPARQL CONSTRUCT: the view keeps the statements its result names as subjects.
    ``filters``: ``actor``, ``topic``, ``resolution``, ``since``, ``until`` (:func:`bindings_for`).
    The store is read by :func:`kg.views.read_network`, in time linear in the corpus: only the
    ``PAGE_EDGES`` edges the page carries get their sentences, labels and official check read.
    """
    options = options or ViewOptions()
    keep = set(map(str, store.construct(picked).subjects())) if picked is not None else None
    limit = None if keep is not None else evidence_limit_for(store)
    network = views.read_network(store, options, evidence_limit=limit, edge_limit=PAGE_EDGES, keep=keep,
                                 **filters)
    return render_html(network, options).encode("utf-8"), network.number_of_nodes()


def write_view(store: Store, target: Path, options: ViewOptions | None = None, picked: str | None = None,
               **filters: Any) -> int:
    """Write the view of :func:`render_view` to ``target`` (whole or not at all); its number of nodes."""
    page, nodes = render_view(store, options, picked, **filters)
    write_files({target: page})
    return nodes
