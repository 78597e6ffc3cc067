"""The HTML view in a real browser: Debian's headless Chromium driven by Playwright.

Needs the ``chromium`` Debian package (``/usr/bin/chromium``) and the ``playwright``
Python package; Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="browser tests need the playwright package (pip install playwright)"
)

from kg import analysis, official, pipeline  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.viz import ViewOptions, build_network, render_html, render_view  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _sample_module() -> Any:
    """tests/test_viz.py (the sample graph), loaded by path whatever pytest's import mode."""
    spec = importlib.util.spec_from_file_location("_viz_sample", Path(__file__).with_name("test_viz.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sample = _sample_module()
ARTICLES, ARTICLE_1, CHINA, LAVROV, MISSILE_DEFENCE, R2270 = (
    sample.ARTICLES, sample.ARTICLE_1, sample.CHINA, sample.LAVROV, sample.MISSILE_DEFENCE, sample.R2270
)
COAL, IRON_ORE = sample.COAL, sample.IRON_ORE
HOSTILE_SENTENCE, HOSTILE_TITLE = sample.HOSTILE_SENTENCE, sample.HOSTILE_TITLE

LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

NODE_POSITION = """(iri) => {
  const node = kgView.data.nodes.find((n) => n.i === iri);
  const point = kgNetwork.canvasToDOM(kgNetwork.getPositions([node.id])[node.id]);
  const box = document.getElementById("kg-graph").getBoundingClientRect();
  return {id: node.id, x: box.left + point.x, y: box.top + point.y};
}"""
DRAWN = "() => [kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]"
# How vis-network holds an edge: the item of the edge DataSet the network was given, and the
# options of the edge object it draws.
EDGE_STYLE = """(predicate) => {
  const id = kgView.data.edges.find((e) => e.p === predicate).id;
  const item = kgNetwork.body.data.edges.get(id);
  const drawn = kgNetwork.body.edges[id].options;
  const label = (window.kgLabels || []).find((l) => l.kind === "edge" && l.id === id);
  return {item: {dashes: item.dashes, color: item.color.color, title: item.title},
          drawn: {dashes: drawn.dashes, color: drawn.color.color, label: label ? label.text : null}};
}"""
PANEL = "() => document.getElementById('kg-side').innerText"
CELLS = """() => [...document.querySelectorAll('#kg-stance-table td.kg-cell')].map((td) =>
  [td.dataset.actor, td.dataset.topic, Number(td.dataset.support), Number(td.dataset.oppose)])"""
MEASURE_ROWS = """() => [...document.querySelectorAll('#kg-measure-table tbody tr')].map((tr) =>
  [...tr.querySelectorAll('td')].map((td) => td.innerText))"""
# The label boxes the page drew (DOM pixels of the graph's canvas), with the width the browser
# measures for each text in the page's label font, and every pair of boxes that overlap.
LABEL_BOXES = """() => {
  const ctx = document.createElement("canvas").getContext("2d");
  ctx.font = "12px system-ui, -apple-system, 'Segoe UI', sans-serif";
  const boxes = (window.kgLabels || []).map((b) =>
    Object.assign({measured: ctx.measureText(b.text).width}, b));
  const overlaps = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    const apart = a.x >= b.x + b.w || b.x >= a.x + a.w || a.y >= b.y + b.h || b.y >= a.y + a.h;
    if (!apart) overlaps.push([a.text, b.text]);
  }));
  return {boxes: boxes, overlaps: overlaps};
}"""


@pytest.fixture(scope="module")
def network() -> nx.MultiDiGraph:
    return build_network(sample.view_graph(), ViewOptions())


@pytest.fixture(scope="module")
def page_file(network: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    path.write_text(render_html(network, ViewOptions(title="browser test")), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


class Opened:
    """A page with the view loaded, and what it asked for or complained about."""

    def __init__(self, browser: Any, path: Path, tab: str | None = None) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.kgDrawn !== undefined", timeout=10_000)
        if tab:
            self.tab(tab)

    def tab(self, name: str) -> None:
        self.page.click(f"#kg-tabs button[data-tab={name}]")
        if name == "graph":
            self.page.wait_for_function("() => window.kgGraphDrawn !== undefined", timeout=10_000)

    def whole_graph(self) -> None:
        self.page.click("#kg-all")
        self.page.evaluate("() => new Promise((done) => requestAnimationFrame(() => done()))")

    def click_at(self, point: dict[str, float]) -> None:
        self.page.mouse.click(point["x"], point["y"])

    def node_point(self, iri: Any) -> dict[str, float]:
        return self.page.evaluate(NODE_POSITION, str(iri))

    def edge_midpoint(self, source: Any, target: Any) -> dict[str, float]:
        a, b = self.node_point(source), self.node_point(target)
        return {"x": (a["x"] + b["x"]) / 2, "y": (a["y"] + b["y"]) / 2}

    def labels(self) -> dict[str, Any]:
        self.page.evaluate("() => { kgNetwork.redraw(); }")
        return self.page.evaluate(LABEL_BOXES)


@pytest.fixture
def opened(browser: Any, page_file: Path) -> Iterator[Opened]:
    view = Opened(browser, page_file)
    yield view
    view.page.close()


@pytest.fixture
def graph(browser: Any, page_file: Path) -> Iterator[Opened]:
    view = Opened(browser, page_file, tab="graph")
    yield view
    view.page.close()


def assert_legible(labels: dict[str, Any]) -> None:
    """Drawn labels overlap none, and each box is as wide as the browser measures its text."""
    assert labels["overlaps"] == []
    for box in labels["boxes"]:
        assert box["w"] == pytest.approx(box["measured"] + 4, abs=0.5), box


# ------------------------------------------------------------------ the sample, view by view

def test_opens_offline_on_the_stance_map(opened: Opened) -> None:
    assert opened.page.get_attribute("#kg-tabs button[data-tab=stances]", "aria-selected") == "true"
    assert sorted(opened.page.evaluate(CELLS)) == sorted([
        [str(CHINA), str(R2270), 1, 0], [str(LAVROV), str(MISSILE_DEFENCE), 0, 2]])
    assert [u for u in opened.requests if not u.startswith("file://")] == []
    assert opened.errors == []  # no CSP violation, no script error
    assert opened.page.evaluate("() => window.pwned") is None
    legend = opened.page.inner_text("#kg-legend")
    for word in ("state", "person", "topic", "resolution", "commodity", "article", "supports", "opposes"):
        assert word in legend


def test_click_on_a_cell_shows_its_sentences(opened: Opened) -> None:
    opened.page.click(f"#kg-stance-table td[data-actor='{LAVROV}']")
    panel = opened.page.evaluate(PANEL)
    assert "Sergey Lavrov on Missile defence" in panel and "opposes in 2 articles" in panel
    for text in ("Lavrov said the US missile shield threatens Russia.",
                 "Lavrov again condemned the missile defence plans.",
                 ARTICLES[ARTICLE_1][0], HOSTILE_TITLE, "2016-03-11", "2016-03-15",
                 "confidence 0.8", "confidence 0.7", "001_aaaa.txt"):
        assert text in panel
    opened.page.click("#kg-panel-body .kg-open >> nth=0")  # opens the graph on the actor
    opened.page.wait_for_function("() => window.kgGraphDrawn !== undefined")
    assert opened.page.evaluate("() => kgNetwork.getSelectedNodes()") == [opened.page.evaluate(
        "(iri) => kgView.data.nodes.find((n) => n.i === iri).id", str(LAVROV))]


def test_the_stance_map_filters_and_sorts(opened: Opened) -> None:
    opened.page.fill("#kg-stance-filter", "missile")
    assert [c[0] for c in opened.page.evaluate(CELLS)] == [str(LAVROV)]
    opened.page.fill("#kg-stance-filter", "")
    opened.page.select_option("#kg-stance-min", "2")
    assert [c[0] for c in opened.page.evaluate(CELLS)] == [str(LAVROV)]
    opened.page.select_option("#kg-stance-min", "1")
    opened.page.select_option("#kg-stance-sort", "support")
    assert opened.page.inner_text("#kg-stance-table tbody th >> nth=0") == "China"


def test_the_measures_table_carries_the_official_check(opened: Opened) -> None:
    opened.tab("measures")
    rows = opened.page.evaluate(MEASURE_ROWS)
    assert rows == [
        ["UNSC Resolution 2270", "", "", "caps", "Coal", "1", "\u2717", ""],
        ["UNSC Resolution 2270", "", "", "bans", "Iron ore", "1", "\u2713", "2270 OP29"],
    ]
    opened.page.select_option("#kg-measure-official", "miss")
    assert [r[4] for r in opened.page.evaluate(MEASURE_ROWS)] == ["Coal"]
    opened.page.click("#kg-measure-table tbody tr >> nth=0")
    assert opened.page.inner_text(".kg-official-miss") == (
        "official \u2717 not found among the resolution's official measures (as a cap)")


def test_the_timeline_has_the_dated_statements(opened: Opened) -> None:
    opened.tab("timeline")
    lanes = opened.page.evaluate("() => [...document.querySelectorAll('.kg-lane')].map((t) => t.textContent)")
    assert lanes == ["statements/month", "adoptions (0)", "events (0)", "supports (1)", "opposes (2)",
                     "bans and caps (2)"]
    opened.page.fill("#kg-time-actor", "lavrov")
    opened.page.dispatch_event("#kg-time-actor", "change")
    lanes = opened.page.evaluate("() => [...document.querySelectorAll('.kg-lane')].map((t) => t.textContent)")
    assert lanes[3:] == ["supports (0)", "opposes (2)", "bans and caps (0)"]
    opened.page.dispatch_event(".kg-mark >> nth=0", "click")
    assert "Sergey Lavrov \u2014 opposes \u2192 Missile defence" in opened.page.inner_text("#kg-panel-title")


# ------------------------------------------------------------------ the sample's graph

def test_graph_draws_all_but_articles_until_asked(graph: Opened, network: nx.MultiDiGraph) -> None:
    assert graph.page.evaluate(DRAWN) == [network.number_of_nodes() - 1, network.number_of_edges() - 1]
    graph.page.check("#kg-show-article")
    assert graph.page.evaluate(DRAWN) == [network.number_of_nodes(), network.number_of_edges()]
    assert_legible(graph.labels())
    assert graph.errors == []


def test_click_on_edge_shows_all_its_evidence(graph: Opened) -> None:
    graph.click_at(graph.edge_midpoint(LAVROV, MISSILE_DEFENCE))
    panel = graph.page.evaluate(PANEL)
    assert "Sergey Lavrov \u2014 opposes \u2192 Missile defence" in panel
    assert "2 supporting articles" in panel
    for text in ("Lavrov said the US missile shield threatens Russia.",
                 "Lavrov again condemned the missile defence plans.", HOSTILE_TITLE, "001_aaaa.txt"):
        assert text in panel
    assert graph.page.evaluate("() => kgNetwork.getSelectedEdges().length") == 1


def test_click_on_node_shows_it_and_its_edges(graph: Opened) -> None:
    graph.click_at(graph.node_point(R2270))
    assert graph.page.inner_text("#kg-panel-title") == "UNSC Resolution 2270"
    body = graph.page.inner_text("#kg-panel-body")
    assert "4 edges" in body and "\u2192 bans Iron ore" in body and "\u2192 caps Coal" in body
    graph.page.click("#kg-panel-body button >> text=caps Coal")
    assert "Coal exports are capped." in graph.page.inner_text("#kg-panel-body")


def test_hover_on_edge_shows_the_evidence_as_text(graph: Opened) -> None:
    graph.page.mouse.move(*graph.edge_midpoint(LAVROV, MISSILE_DEFENCE).values())
    tooltip = graph.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert "2 articles" in text and "Lavrov again condemned" in text


def test_kind_filter_hides_edges(graph: Opened, network: nx.MultiDiGraph) -> None:
    graph.page.check("#kg-show-article")
    edges = network.number_of_edges()
    graph.page.uncheck("#kg-kinds input[value=opposes]")
    assert graph.page.evaluate(DRAWN) == [network.number_of_nodes() - 2, edges - 1]
    graph.page.uncheck("#kg-kinds input[value=references]")
    assert graph.page.evaluate(DRAWN) == [network.number_of_nodes() - 3, edges - 2]
    assert "4 of 7 nodes \u00b7 3 of 5 edges" in graph.page.inner_text("#kg-status")
    graph.page.click("#kg-reset")
    assert graph.page.evaluate(DRAWN) == [network.number_of_nodes(), edges]


def test_date_filter_keeps_edges_with_a_sentence_in_range(graph: Opened) -> None:
    graph.page.fill("#kg-since", "2016-03-12")
    graph.page.dispatch_event("#kg-since", "change")
    # Left: opposes (one of its two articles), supports and caps, all of 2016-03-15.
    assert graph.page.evaluate(DRAWN)[1] == 3
    graph.page.fill("#kg-until", "2016-03-14")
    graph.page.dispatch_event("#kg-until", "change")
    assert graph.page.evaluate(DRAWN) == [0, 0]


def test_search_focuses_a_node_and_its_neighbourhood(opened: Opened) -> None:
    opened.page.fill("#kg-query", "iron")
    opened.page.press("#kg-query", "Enter")
    opened.page.wait_for_function("() => window.kgGraphDrawn !== undefined")
    iron = opened.page.evaluate("() => kgView.find('Iron ore')")
    assert opened.page.evaluate("() => kgNetwork.getSelectedNodes()") == [iron]
    assert opened.page.inner_text("#kg-panel-title") == "Iron ore"
    assert opened.page.evaluate(DRAWN) == [2, 1]  # iron ore and 2270, depth 1
    opened.page.select_option("#kg-depth", "2")
    assert opened.page.evaluate(DRAWN) == [4, 3]  # and coal and China (articles stay hidden)
    opened.page.fill("#kg-query", "Atlantis")
    opened.page.press("#kg-query", "Enter")
    assert "no node matches" in opened.page.inner_text("#kg-status")


def test_hostile_article_text_is_shown_never_run(graph: Opened) -> None:
    graph.click_at(graph.edge_midpoint(CHINA, R2270))
    panel = graph.page.inner_text("#kg-panel-body")
    assert HOSTILE_SENTENCE in panel and HOSTILE_TITLE in panel
    graph.page.mouse.move(*graph.edge_midpoint(CHINA, R2270).values())
    graph.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert graph.page.evaluate("() => window.pwned") is None
    assert graph.page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert graph.page.evaluate("() => document.scripts.length") == 3
    assert graph.errors == []


def test_official_marks_reach_the_drawn_edges(graph: Opened) -> None:
    miss, match = sample.viz.OFFICIAL_STYLES["miss"], sample.viz.OFFICIAL_STYLES["match"]
    graph.labels()
    caps = graph.page.evaluate(EDGE_STYLE, "caps")  # 2270 caps coal: 2270 OP29 bans it
    assert caps["item"]["dashes"] == caps["drawn"]["dashes"] == miss["dashes"]
    assert caps["item"]["color"] == caps["drawn"]["color"] == miss["color"]
    assert caps["drawn"]["label"] == "caps \u2717"
    assert "official \u2717 not found among the resolution's official measures" in caps["item"]["title"]
    bans = graph.page.evaluate(EDGE_STYLE, "bans")  # 2270 bans iron ore: OP29
    assert bans["item"]["dashes"] is False and bans["drawn"]["dashes"] is False
    assert bans["drawn"]["color"] == sample.viz.PREDICATE_COLOURS["bans"]
    assert bans["drawn"]["label"] == "bans \u2713" and match["mark"] == "\u2713"
    assert "official \u2713 matches resolution 2270 OP29" in bans["item"]["title"]
    opposes = graph.page.evaluate(EDGE_STYLE, "opposes")
    assert opposes["drawn"]["dashes"] is False and opposes["drawn"]["label"] == "opposes (2)"
    legend = graph.page.inner_text("#kg-legend")
    assert miss["legend"] in legend and match["legend"] in legend
    graph.click_at(graph.edge_midpoint(R2270, IRON_ORE))
    assert graph.page.inner_text(".kg-official-match") == "official \u2713 matches resolution 2270 OP29"
    assert graph.errors == []


def test_large_view_draws_every_node_with_legible_labels(browser: Any, tmp_path: Path) -> None:
    graph = nx.MultiDiGraph(nx.gnm_random_graph(2000, 4000, seed=5, directed=True))
    for n in graph:
        graph.nodes[n].update(cls="topic", label=f"node {n}", iri=f"urn:test:{n}")
    for _, _, data in graph.edges(data=True):
        data.update(predicate="supports", kind="positions", count=1, evidence=[])
    path = tmp_path / "large.html"
    path.write_text(render_html(graph, ViewOptions()), encoding="utf-8")
    view = Opened(browser, path, tab="graph")
    try:
        focused = view.page.evaluate(DRAWN)  # a crowded graph opens on its best-linked node
        assert 1 < focused[0] <= 1 + 2 * 120
        assert view.page.evaluate("() => kgNetwork.getSelectedNodes().length") == 1
        assert_legible(view.labels())
        view.whole_graph()
        assert view.page.evaluate(DRAWN) == [2000, graph.number_of_edges()]
        labels = view.labels()
        assert_legible(labels)
        assert len(labels["boxes"]) >= 20
        assert view.errors == []
    finally:
        view.page.close()


# ------------------------------------------------------------------ about forty real articles

@pytest.fixture(scope="module")
def field(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path]]:
    """The seeds and the articles of tests/data (check and tuning halves) in a store, and the page
    kg build writes of it."""
    where = tmp_path_factory.mktemp("field")
    spec = f"oxigraph:{where / 'store'}"
    files = sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/data/check/*.txt"),
                    *ROOT.glob("tests/data/tuning/*.txt")])
    writer = open_store(spec)
    try:
        pipeline.load_reference(writer)
        assert pipeline.ingest(writer, files).stored == len(files) >= 40
    finally:
        writer.close()
    store = open_store(spec, read_only=True)
    page, _ = render_view(store, ViewOptions(title="field"))
    path = where / "graph.html"
    path.write_bytes(page)
    yield store, path
    store.close()


def test_field_stance_map_cells_are_the_signed_graph(browser: Any, field: tuple[Any, Path]) -> None:
    store, path = field
    view = Opened(browser, path)
    try:
        view.page.select_option("#kg-stance-limit", "0")
        cells = {(a, t): (s, o) for a, t, s, o in view.page.evaluate(CELLS)}
        signed = analysis.signed_graph(analysis.network(store, kind="positions"))
        assert cells == {(a, t): (d["supports"], d["opposes"]) for a, t, d in signed.edges(data=True)}
        assert len(cells) > 100
        assert view.errors == []
    finally:
        view.page.close()


def test_field_measures_rows_are_kg_check(browser: Any, field: tuple[Any, Path]) -> None:
    store, path = field
    view = Opened(browser, path, tab="measures")
    try:
        rows = {(r[0], r[3], r[4]): (r[6], r[7]) for r in view.page.evaluate(MEASURE_ROWS)}
        marks = {"matches": "\u2713", "not covered": "\u2014"}
        labels = view.page.evaluate("() => Object.fromEntries(kgView.data.nodes.map((n) => [n.i, n.l]))")
        # kg check names a resolution without a reference label by its IRI, the view by its label
        findings = {(labels.get(f.resolution, f.resolution), f.predicate, f.commodity):
                    marks.get(f.status, "\u2717") for f in official.check(store)}
        assert {k: mark for k, (mark, _) in rows.items()} == findings
        for mark, paragraph in rows.values():
            assert (mark == "\u2713") == bool(paragraph)  # a match names its paragraph
    finally:
        view.page.close()


@pytest.mark.parametrize("focus", ["Russia", "UNSC Resolution 2270", "United States"])
def test_field_focus_graph_labels_never_overlap(browser: Any, field: tuple[Any, Path], focus: str) -> None:
    _, path = field
    view = Opened(browser, path, tab="graph")
    try:
        view.page.fill("#kg-query", focus)
        view.page.press("#kg-query", "Enter")
        assert view.page.inner_text("#kg-panel-title") == focus
        labels = view.labels()
        assert_legible(labels)
        assert focus in {b["text"] for b in labels["boxes"]}
        view.page.select_option("#kg-depth", "2")
        assert_legible(view.labels())
        view.whole_graph()
        labels = view.labels()
        assert_legible(labels)
        assert len(labels["boxes"]) >= 30
        assert view.errors == []
    finally:
        view.page.close()
