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

from kg.viz import ViewOptions, build_network, render_html  # noqa: E402


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
  return {item: {dashes: item.dashes, color: item.color.color, label: item.label, title: item.title},
          drawn: {dashes: drawn.dashes, color: drawn.color.color, label: drawn.label}};
}"""
PANEL = "() => document.getElementById('kg-side').innerText"


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

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.kgDrawn !== undefined", timeout=10_000)

    def click_at(self, point: dict[str, float]) -> None:
        self.page.mouse.click(point["x"], point["y"])

    def node_point(self, iri: Any) -> dict[str, float]:
        return self.page.evaluate(NODE_POSITION, str(iri))

    def edge_midpoint(self, source: Any, target: Any) -> dict[str, float]:
        a, b = self.node_point(source), self.node_point(target)
        return {"x": (a["x"] + b["x"]) / 2, "y": (a["y"] + b["y"]) / 2}


@pytest.fixture
def opened(browser: Any, page_file: Path) -> Iterator[Opened]:
    view = Opened(browser, page_file)
    yield view
    view.page.close()


def test_draws_every_node_and_edge_offline(opened: Opened, network: nx.MultiDiGraph) -> None:
    assert opened.page.evaluate(DRAWN) == [network.number_of_nodes(), network.number_of_edges()]
    assert [u for u in opened.requests if not u.startswith("file://")] == []
    assert opened.errors == []  # no CSP violation, no script error
    assert opened.page.evaluate("() => window.pwned") is None
    legend = opened.page.inner_text("#kg-legend")
    for word in ("state", "person", "topic", "resolution", "commodity", "article", "supports",
                 "opposes"):
        assert word in legend


def test_click_on_edge_shows_all_its_evidence(opened: Opened) -> None:
    opened.click_at(opened.edge_midpoint(LAVROV, MISSILE_DEFENCE))
    panel = opened.page.evaluate(PANEL)
    assert "Sergey Lavrov \u2014 opposes \u2192 Missile defence" in panel
    assert "2 supporting articles" in panel
    for text in ("Lavrov said the US missile shield threatens Russia.",
                 "Lavrov again condemned the missile defence plans.",
                 ARTICLES[ARTICLE_1][0], HOSTILE_TITLE, "2016-03-11", "2016-03-15",
                 "confidence 0.8", "confidence 0.7", "001_aaaa.txt"):
        assert text in panel
    assert opened.page.evaluate("() => kgNetwork.getSelectedEdges().length") == 1


def test_click_on_node_shows_it_and_its_edges(opened: Opened) -> None:
    opened.click_at(opened.node_point(R2270))
    assert opened.page.inner_text("#kg-panel-title") == "UNSC Resolution 2270"
    body = opened.page.inner_text("#kg-panel-body")
    assert "4 edges" in body and "\u2192 bans Iron ore" in body and "\u2192 caps Coal" in body
    opened.page.click("#kg-panel-body button >> text=caps Coal")
    assert "Coal exports are capped." in opened.page.inner_text("#kg-panel-body")


def test_hover_on_edge_shows_the_evidence_as_text(opened: Opened) -> None:
    opened.page.mouse.move(*opened.edge_midpoint(LAVROV, MISSILE_DEFENCE).values())
    tooltip = opened.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    text = tooltip.inner_text()
    assert "2 articles" in text and "Lavrov again condemned" in text


def test_kind_filter_hides_edges(opened: Opened, network: nx.MultiDiGraph) -> None:
    edges = network.number_of_edges()
    opened.page.uncheck("#kg-kinds input[value=opposes]")
    assert opened.page.evaluate(DRAWN) == [network.number_of_nodes() - 2, edges - 1]
    opened.page.uncheck("#kg-kinds input[value=references]")
    assert opened.page.evaluate(DRAWN) == [network.number_of_nodes() - 3, edges - 2]
    assert "4 of 7 nodes \u00b7 3 of 5 edges" in opened.page.inner_text("#kg-status")
    opened.page.click("#kg-reset")
    assert opened.page.evaluate(DRAWN) == [network.number_of_nodes(), edges]


def test_date_filter_keeps_edges_with_a_sentence_in_range(opened: Opened) -> None:
    opened.page.fill("#kg-since", "2016-03-12")
    opened.page.dispatch_event("#kg-since", "change")
    # Left: opposes (one of its two articles), supports and caps, all of 2016-03-15.
    assert opened.page.evaluate(DRAWN)[1] == 3
    opened.page.fill("#kg-until", "2016-03-14")
    opened.page.dispatch_event("#kg-until", "change")
    assert opened.page.evaluate(DRAWN) == [0, 0]


def test_search_finds_and_focuses_a_node(opened: Opened) -> None:
    opened.page.fill("#kg-query", "iron")
    opened.page.press("#kg-query", "Enter")
    iron = opened.page.evaluate("() => kgView.find('Iron ore')")
    assert opened.page.evaluate("() => kgNetwork.getSelectedNodes()") == [iron]
    assert opened.page.inner_text("#kg-panel-title") == "Iron ore"
    opened.page.fill("#kg-query", "Atlantis")
    opened.page.press("#kg-query", "Enter")
    assert "no node matches" in opened.page.inner_text("#kg-status")


def test_hostile_article_text_is_shown_never_run(opened: Opened) -> None:
    opened.click_at(opened.edge_midpoint(CHINA, R2270))
    panel = opened.page.inner_text("#kg-panel-body")
    assert HOSTILE_SENTENCE in panel and HOSTILE_TITLE in panel
    opened.page.mouse.move(*opened.edge_midpoint(CHINA, R2270).values())
    opened.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert opened.page.evaluate("() => window.pwned") is None
    assert opened.page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert opened.page.evaluate("() => document.scripts.length") == 3
    assert opened.errors == []


def test_official_marks_reach_the_drawn_edges(opened: Opened) -> None:
    miss, match = sample.viz.OFFICIAL_STYLES["miss"], sample.viz.OFFICIAL_STYLES["match"]
    caps = opened.page.evaluate(EDGE_STYLE, "caps")  # 2270 caps coal: 2270 OP29 bans it
    assert caps["item"]["dashes"] == caps["drawn"]["dashes"] == miss["dashes"]
    assert caps["item"]["color"] == caps["drawn"]["color"] == miss["color"]
    assert caps["drawn"]["label"] == "caps \u2717"
    assert "official \u2717 not found among the resolution's official measures" in caps["item"]["title"]
    bans = opened.page.evaluate(EDGE_STYLE, "bans")  # 2270 bans iron ore: OP29
    assert bans["item"]["dashes"] is False and bans["drawn"]["dashes"] is False
    assert bans["drawn"]["color"] == sample.viz.PREDICATE_COLOURS["bans"]
    assert bans["drawn"]["label"] == "bans \u2713" and match["mark"] == "\u2713"
    assert "official \u2713 matches resolution 2270 OP29" in bans["item"]["title"]
    opposes = opened.page.evaluate(EDGE_STYLE, "opposes")
    assert opposes["drawn"]["dashes"] is False and opposes["drawn"]["label"] == "opposes (2)"
    legend = opened.page.inner_text("#kg-legend")
    assert miss["legend"] in legend and match["legend"] in legend

    opened.click_at(opened.edge_midpoint(R2270, COAL))
    assert opened.page.inner_text(".kg-official-miss") == (
        "official \u2717 not found among the resolution's official measures (as a cap)")
    opened.click_at(opened.edge_midpoint(R2270, IRON_ORE))
    assert opened.page.inner_text(".kg-official-match") == "official \u2713 matches resolution 2270 OP29"
    assert opened.errors == []


def test_large_view_draws_every_node(browser: Any, tmp_path: Path) -> None:
    graph = nx.MultiDiGraph(nx.gnm_random_graph(2000, 4000, seed=5, directed=True))
    for n in graph:
        graph.nodes[n].update(cls="topic", label=f"node {n}", iri=f"urn:test:{n}")
    for _, _, data in graph.edges(data=True):
        data.update(predicate="supports", kind="positions", count=1, evidence=[])
    path = tmp_path / "large.html"
    path.write_text(render_html(graph, ViewOptions()), encoding="utf-8")
    view = Opened(browser, path)
    try:
        assert view.page.evaluate(DRAWN) == [2000, graph.number_of_edges()]
        assert view.errors == []
    finally:
        view.page.close()

