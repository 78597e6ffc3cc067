"""Benchmark of the HTML view on a synthetic graph of 5,000 nodes and 10,000 edges.

Generates the RDF that ``VIEW_QUERY`` returns (statements with evidence, articles,
typed and labelled nodes), then times ``build_network``, the layout alone and
``render_html`` (layout included), records the page's size, times ``VIEW_QUERY`` in
pyoxigraph over the same data, and, when Debian's Chromium is present and the
``playwright`` package is installed, the time headless Chromium takes to open the file
and draw it. Prints one JSON line.

    python benchmarks/viz_bench.py [--nodes 5000] [--edges 10000] [--out graph.html]
    python benchmarks/viz_bench.py --page out/graph.html   # a page kg build wrote: open, use, labels
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from kg.namespaces import KG, KGR, article_graph
from kg.viz import VIEW_QUERY, ViewOptions, build_network, layout_positions, render_html

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
# Share of nodes per class, and the edge patterns: (weight, kind class, subjects, predicates, objects).
SHARES = {"state": 0.04, "person": 0.08, "organization": 0.02, "topic": 0.2, "resolution": 0.1,
          "commodity": 0.1, "measure": 0.04, "event": 0.12, "article": 0.3}
PATTERNS = [
    (0.5, KG.PositionStatement, ("state", "person", "organization"), ("supports", "opposes"),
     ("topic", "resolution")),
    (0.25, KG.BanStatement, ("resolution",), ("bans", "caps", "imposes"), ("commodity", "measure")),
    (0.15, KG.ReferenceStatement, ("article",), ("references",), ("resolution",)),
    (0.1, KG.EventStatement, ("state",), ("conducted",), ("event",)),
]
CLASSES = {"state": KG.State, "person": KG.Person, "organization": KG.Organization,
           "topic": KG.Topic, "resolution": KG.Resolution, "commodity": KG.Commodity,
           "measure": KG.Measure, "event": KG.Event, "article": KG.Article}
WORDS = ["sanctions", "council", "resolution", "missile", "nuclear", "launch", "export", "coal",
         "iron", "seafood", "textile", "oil", "minister", "said", "statement", "condemned",
         "welcomed", "opposes", "supports", "deployment", "talks"]


def synthetic_view(nodes: int, edges: int, seed: int) -> Graph:
    """A VIEW_QUERY-shaped graph with exactly ``nodes`` nodes and ``edges`` edges."""
    rng = random.Random(seed)
    pools = {cls: [KGR[f"{cls}/n{i}"] for i in range(max(2, round(nodes * share)))]
             for cls, share in SHARES.items()}
    surplus = sum(map(len, pools.values())) - nodes
    pools["article"] = pools["article"][: len(pools["article"]) - surplus]
    graph = Graph()
    for cls, members in pools.items():
        for iri in members:
            graph.add((iri, RDF.type, CLASSES[cls]))
            graph.add((iri, SKOS.prefLabel, Literal(_words(rng, 2).title(), lang="en")))
    for article in pools["article"]:
        graph.add((article, DCTERMS.title, Literal(_words(rng, 9).capitalize())))
        graph.add((article, KG.fileName, Literal(f"{str(article).rsplit('/', 1)[-1]}.txt")))
    keys = _edge_keys(rng, pools, edges)
    for key in keys:
        _add_statements(graph, rng, key, pools["article"])
    return graph


def _edge_keys(rng: random.Random, pools: dict[str, list[URIRef]], edges: int) -> list[tuple]:
    """Distinct (class, subject, predicate, object) keys, every node in at least one."""
    keys: dict[tuple, None] = {}
    for cls, members in pools.items():
        for iri in members:
            keys.setdefault(_edge_touching(rng, pools, cls, iri), None)
    while len(keys) < edges:
        keys.setdefault(_random_edge(rng, pools), None)
    return list(keys)[:edges]


def _pattern_for(rng: random.Random, cls: str | None) -> tuple:
    fits = [p for p in PATTERNS if cls is None or cls in p[2] or cls in p[4]]
    return rng.choices(fits, weights=[p[0] for p in fits])[0]


def _skewed(rng: random.Random, members: list[URIRef]) -> URIRef:
    """A member, the first ones far more often (a few hubs, many leaves)."""
    return members[min(int(rng.paretovariate(1.2)) - 1, len(members) - 1)]


def _edge_touching(rng: random.Random, pools: dict[str, list[URIRef]], cls: str, iri: URIRef) -> tuple:
    _, kind, subjects, predicates, objects = _pattern_for(rng, cls)
    s = iri if cls in subjects else _skewed(rng, pools[rng.choice(subjects)])
    o = iri if cls in objects and s != iri else _skewed(rng, pools[rng.choice(objects)])
    return kind, s, rng.choice(predicates), o


def _random_edge(rng: random.Random, pools: dict[str, list[URIRef]]) -> tuple:
    _, kind, subjects, predicates, objects = _pattern_for(rng, None)
    s = _skewed(rng, pools[rng.choice(subjects)])
    return kind, s, rng.choice(predicates), rng.choice(pools[rng.choice(objects)])


def _add_statements(graph: Graph, rng: random.Random, key: tuple, articles: list[URIRef]) -> None:
    """One to three statements (from as many articles) behind one edge."""
    kind, s, predicate, o = key
    for _ in range(1 + (rng.random() < 0.3) + (rng.random() < 0.1)):
        article = rng.choice(articles)
        day = date(2016, 1, 1) + timedelta(days=rng.randrange(1000))
        st = KGR[f"statement/{rng.getrandbits(64):016x}"]
        for p, value in [
            (RDF.type, kind), (RDF.subject, s), (RDF.predicate, KG[predicate]), (RDF.object, o),
            (KG.evidence, Literal(_words(rng, 25).capitalize() + ".")),
            (DCTERMS.date, Literal(day, datatype=XSD.date)), (KG.confidence, Literal(0.8)),
            (PROV.wasDerivedFrom, article),
        ]:
            graph.add((st, p, value))


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def time_query(graph: Graph) -> dict[str, Any]:
    """Seconds for pyoxigraph to answer VIEW_QUERY over the same data in an article graph,
    and for rdflib to read the answer back as N-Triples."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(graph.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES,
               to_graph=ox.NamedNode(str(article_graph("bench"))))
    start = time.perf_counter()
    triples = list(store.query(VIEW_QUERY))
    queried = time.perf_counter() - start
    start = time.perf_counter()
    Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    return {"view_query_s": round(queried, 3), "view_query_triples": len(triples),
            "rdflib_read_s": round(time.perf_counter() - start, 3)}


def browser_draw(path: Path) -> dict[str, Any]:
    """Seconds for headless Chromium to open the file and finish its first drawing."""
    if not CHROMIUM.exists():
        return {"browser": "absent: /usr/bin/chromium"}
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"browser": "absent: playwright package"}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("() => window.kgDrawn !== undefined", timeout=60_000)
        wall = time.perf_counter() - start
        drawn, in_page = page.evaluate(
            "() => [[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length], kgDrawn]"
        )
        redraw = page.evaluate("() => { const t = performance.now(); kgNetwork.redraw(); "
                               "return performance.now() - t; }")
        browser.close()
    return {"browser": _chromium_version(), "browser_draw_s": round(wall, 3),
            "browser_first_draw_in_page_s": round(in_page / 1000, 3),
            "browser_redraw_ms": round(redraw, 1), "browser_drawn": drawn}


# Overlapping pairs among the label boxes the page drew (window.kgLabels).
OVERLAPS = """() => { const b = window.kgLabels || []; let n = 0;
  b.forEach((x, i) => b.slice(i + 1).forEach((y) => {
    if (x.x < y.x + y.w && y.x < x.x + x.w && x.y < y.y + y.h && y.y < x.y + x.h) n += 1; }));
  return [b.length, n]; }"""


def page_use(path: Path) -> dict[str, Any]:
    """What an analyst waits for on a page ``kg build`` wrote: its size, the seconds until its
    first view is drawn, until a click on a stance-map cell shows its sentences, until the graph
    tab is drawn, and the labels it draws (focused and whole) with the pairs that overlap."""
    if not CHROMIUM.exists():
        return {"browser": "absent: /usr/bin/chromium"}
    from playwright.sync_api import sync_playwright

    result: dict[str, Any] = {"page_mb": round(path.stat().st_size / 1e6, 2)}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("() => window.kgDrawn !== undefined", timeout=120_000)
        result["open_s"] = round(time.perf_counter() - start, 2)
        page.click("#kg-stance-table td.kg-cell >> nth=0")
        page.wait_for_function("() => document.querySelector('#kg-panel-body blockquote') !== null")
        result["first_click_s"] = round(time.perf_counter() - start, 2)
        started = time.perf_counter()
        page.click("#kg-tabs button[data-tab=graph]")
        page.wait_for_function("() => window.kgGraphDrawn !== undefined", timeout=120_000)
        result["graph_tab_s"] = round(time.perf_counter() - started, 2)
        result["focus_labels"], result["focus_overlaps"] = page.evaluate(OVERLAPS)
        started = time.perf_counter()
        page.click("#kg-all")
        page.evaluate("() => { kgNetwork.redraw(); }")
        result["whole_graph_s"] = round(time.perf_counter() - started, 2)
        result["whole_labels"], result["whole_overlaps"] = page.evaluate(OVERLAPS)
        result["drawn"] = page.evaluate("() => [kgNetwork.body.nodeIndices.length, "
                                        "kgNetwork.body.edgeIndices.length]")
        result["notice"] = page.inner_text("#kg-notice")
        result["errors"] = errors
        browser.close()
    result["browser"] = _chromium_version()
    return result


def _chromium_version() -> str:
    try:
        return subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True,
                              timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "chromium"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="keep the page here")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-query", action="store_true", help="skip timing VIEW_QUERY in pyoxigraph")
    parser.add_argument("--page", type=Path, help="only measure this page (written by kg build or kg viz)")
    args = parser.parse_args(argv)
    if args.page:
        print(json.dumps({"benchmark": "page", "date": datetime.now(UTC).isoformat(timespec="seconds"),
                          **page_use(args.page)}))
        return 0

    graph = synthetic_view(args.nodes, args.edges, args.seed)
    start = time.perf_counter()
    network = build_network(graph, ViewOptions())
    built = time.perf_counter() - start
    options = ViewOptions(title=f"synthetic {args.nodes} nodes")
    start = time.perf_counter()
    layout_positions(network)
    laid_out = time.perf_counter() - start
    start = time.perf_counter()
    page = render_html(network, options)
    rendered = time.perf_counter() - start
    out = args.out or Path(tempfile.mkdtemp(prefix="viz-bench-")) / "graph.html"
    out.write_text(page, encoding="utf-8")
    result: dict[str, Any] = {
        "benchmark": "viz", "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "nodes": network.number_of_nodes(), "edges": network.number_of_edges(),
        "rdf_triples": len(graph), "build_network_s": round(built, 3),
        "layout_s": round(laid_out, 3), "render_html_s": round(rendered, 3),
        "html_bytes": len(page.encode("utf-8")),
        "python": platform.python_version(), "machine": f"{platform.machine()}",
    }
    if not args.no_query:
        result.update(time_query(graph))
    if not args.no_browser:
        result.update(browser_draw(out))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
