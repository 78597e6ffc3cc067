"""The HTML view: the SPARQL that feeds it, the network it builds, the page it writes.

The sample's resolution 2270 has one official measure (OP29 bans coal and iron ore), so the
press's "2270 bans iron ore" matches it and "2270 caps coal" does not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from typer.testing import CliRunner

from kg import network, official, viz
from kg.errors import ViewError
from kg.namespaces import KG, KGR, ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_graph, make_id, node
from kg.store import Store, open_store
from kg.viz import VIEW_QUERY, ViewOptions, build_network, render_html

ROOT = Path(__file__).resolve().parents[1]

HOSTILE_SENTENCE = (
    "China supports resolution 2270 </script><script>window.pwned=2</script> & more."
)
HOSTILE_TITLE = 'Beijing backs 2270 "><img src=x onerror="window.pwned=1">'

LAVROV = node("person", "Sergey Lavrov")
RUSSIA = node("state", "Russia")
CHINA = node("state", "China")
MISSILE_DEFENCE = node("topic", "Missile defence")
R2270 = KGR["resolution/2270"]
COAL = node("commodity", "Coal")
IRON_ORE = node("commodity", "Iron ore")
ARTICLE_1 = KGR["article/001-aaaa"]
ARTICLE_2 = KGR["article/002-bbbb"]
DPRK = KGR["regime/dprk"]
OP29 = KGR["official-measure/2270-coal-iron"]  # 2270 OP29 bans coal and iron ore

# (article, class, subject, predicate, object, sentence, confidence)
STATEMENTS = [
    (ARTICLE_1, KG.PositionStatement, LAVROV, "opposes", MISSILE_DEFENCE,
     "Lavrov said the US missile shield threatens Russia.", 0.8),
    (ARTICLE_2, KG.PositionStatement, LAVROV, "opposes", MISSILE_DEFENCE,
     "Lavrov again condemned the missile defence plans.", 0.7),
    (ARTICLE_2, KG.PositionStatement, CHINA, "supports", R2270, HOSTILE_SENTENCE, 0.6),
    (ARTICLE_1, KG.BanStatement, R2270, "bans", IRON_ORE,
     "The resolution bans exports of iron ore.", 0.85),
    (ARTICLE_2, KG.BanStatement, R2270, "caps", COAL, "Coal exports are capped.", 0.7),
    (ARTICLE_1, KG.ReferenceStatement, ARTICLE_1, "references", R2270,
     "The Security Council adopted resolution 2270.", 0.95),
]
ARTICLES = {
    ARTICLE_1: ("Lavrov: US plans to deploy missile shield", "001_aaaa.txt", date(2016, 3, 11)),
    ARTICLE_2: (HOSTILE_TITLE, "002_bbbb.txt", date(2016, 3, 15)),
}


def _reference(ds: Dataset) -> None:
    """Actors, the topic, the resolution and the commodities, as in ontology/*.ttl."""
    ref = ds.graph(REFERENCE_GRAPH)
    for iri, cls, label in [
        (LAVROV, KG.Person, "Sergey Lavrov"), (RUSSIA, KG.State, "Russia"),
        (CHINA, KG.State, "China"), (MISSILE_DEFENCE, KG.Topic, "Missile defence"),
        (COAL, KG.Commodity, "Coal"), (IRON_ORE, KG.Commodity, "Iron ore"),
    ]:
        ref.add((iri, RDF.type, cls))
        ref.add((iri, SKOS.prefLabel, Literal(label, lang="en")))
    for concept in (MISSILE_DEFENCE, COAL, IRON_ORE):
        ref.add((concept, RDF.type, SKOS.Concept))
    ref.add((LAVROV, KG.represents, RUSSIA))
    ref.add((CHINA, SKOS.altLabel, Literal("Beijing", lang="en")))
    ref.add((R2270, RDF.type, KG.Resolution))
    ref.add((R2270, RDFS.label, Literal("UNSC Resolution 2270", lang="en")))
    ref.add((R2270, KG.resolutionNumber, Literal(2270)))
    ref.add((R2270, KG.regime, DPRK))
    _measure(ref, OP29, R2270, KG.bans, "OP29", COAL, IRON_ORE)


def _measure(ref: Graph, iri: URIRef, resolution: URIRef, predicate: URIRef, paragraph: str,
             *commodities: URIRef, verified: bool = True) -> None:
    """An official measure as ontology/official_measures.ttl words it."""
    ref.add((iri, RDF.type, KG.OfficialMeasure))
    ref.add((iri, KG.verified, Literal(verified)))
    ref.add((iri, KG.imposedBy, resolution))
    ref.add((iri, KG.measurePredicate, predicate))
    ref.add((iri, KG.paragraph, Literal(paragraph)))
    for commodity in commodities:
        ref.add((iri, KG.commodity, commodity))


def _article(ds: Dataset, article: URIRef) -> Graph:
    """An article's graph with its article node."""
    title, file_name, published = ARTICLES[article]
    graph = ds.graph(article_graph(str(article).rsplit("/", 1)[-1]))
    graph.add((article, RDF.type, KG.Article))
    graph.add((article, DCTERMS.title, Literal(title)))
    graph.add((article, KG.fileName, Literal(file_name)))
    graph.add((article, DCTERMS.date, Literal(published, datatype=XSD.date)))
    return graph


def statement_iri(article: URIRef, s: URIRef, p: str, o: URIRef) -> URIRef:
    return KGR[f"statement/{make_id(article, s, p, o)}"]


def _add_statement(graph: Graph, article: URIRef, cls: URIRef, s: URIRef, p: str, o: URIRef,
                   sentence: str, confidence: float) -> None:
    """One statement of an article's graph, as the pipeline writes it."""
    st = statement_iri(article, s, p, o)
    published = ARTICLES[article][2]
    for pred, value in [
        (RDF.type, cls), (RDF.subject, s), (RDF.predicate, KG[p]), (RDF.object, o),
        (KG.evidence, Literal(sentence)), (DCTERMS.date, Literal(published, datatype=XSD.date)),
        (KG.confidence, Literal(confidence)), (PROV.wasDerivedFrom, article),
    ]:
        graph.add((st, pred, value))
    if p in ("supports", "opposes"):
        graph.add((st, KG.stance, Literal(p)))
    graph.add((s, KG[p], o))


def sample_dataset() -> Dataset:
    """Two articles, six statements, one edge (Lavrov opposes missile defence) in both."""
    ds = Dataset()
    _reference(ds)
    graphs = {a: _article(ds, a) for a in ARTICLES}
    for article, *statement in STATEMENTS:
        _add_statement(graphs[article], article, *statement)
    # A statement outside the article graphs is not part of any view.
    stray = KGR["statement/stray"]
    for pred, value in [(RDF.subject, CHINA), (RDF.predicate, KG.bans), (RDF.object, COAL)]:
        ds.graph(ONTOLOGY_GRAPH).add((stray, pred, value))
    return ds


def sample_store(dataset: Dataset | None = None) -> ox.Store:
    """The sample dataset (or ``dataset``) in an in-memory oxigraph store, as kg keeps it."""
    store = ox.Store()
    data = (dataset or sample_dataset()).serialize(format="nquads").encode()
    store.load(data, format=ox.RdfFormat.N_QUADS)
    return store


def view_graph(store: ox.Store | None = None, **bindings: ox.NamedNode | ox.Literal) -> Graph:
    """VIEW_QUERY's answer as an rdflib graph, with filter variables bound by substitution."""
    store = store or sample_store()
    substitutions = {ox.Variable(name): value for name, value in bindings.items()}
    triples = store.query(VIEW_QUERY, substitutions=substitutions)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data.decode() if data else "", format="nt")


def sample_network(**options: object) -> nx.MultiDiGraph:
    """The network of the whole sample, built from VIEW_QUERY's answer."""
    return build_network(view_graph(), ViewOptions(**options))


def edge_set(network: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, v, k) for u, v, k in network.edges(keys=True)}


ALL_NODES = {str(n) for n in (LAVROV, CHINA, MISSILE_DEFENCE, R2270, COAL, IRON_ORE, ARTICLE_1)}


def test_network_nodes_edges_and_classes() -> None:
    network = sample_network()
    assert set(network) == ALL_NODES
    assert network.number_of_nodes() == 7
    assert network.number_of_edges() == 5
    classes = dict(network.nodes(data="cls"))
    assert classes == {
        str(LAVROV): "person", str(CHINA): "state", str(MISSILE_DEFENCE): "topic",
        str(R2270): "resolution", str(COAL): "commodity", str(IRON_ORE): "commodity",
        str(ARTICLE_1): "article",
    }
    assert network.nodes[str(R2270)]["label"] == "UNSC Resolution 2270"
    assert network.nodes[str(ARTICLE_1)]["label"] == ARTICLES[ARTICLE_1][0]
    assert edge_set(network) == {
        (str(LAVROV), str(MISSILE_DEFENCE), "opposes"), (str(CHINA), str(R2270), "supports"),
        (str(R2270), str(IRON_ORE), "bans"), (str(R2270), str(COAL), "caps"),
        (str(ARTICLE_1), str(R2270), "references"),
    }


def test_edge_supported_by_two_articles_is_one_edge_with_count_two() -> None:
    edge = sample_network().edges[str(LAVROV), str(MISSILE_DEFENCE), "opposes"]
    assert edge["count"] == 2
    assert edge["kind"] == "positions"
    assert [e["date"] for e in edge["evidence"]] == ["2016-03-15", "2016-03-11"]
    assert {e["title"] for e in edge["evidence"]} == {ARTICLES[ARTICLE_1][0], HOSTILE_TITLE}
    first = edge["evidence"][1]
    assert first == {
        "sentence": "Lavrov said the US missile shield threatens Russia.",
        "title": ARTICLES[ARTICLE_1][0], "file": "001_aaaa.txt", "date": "2016-03-11",
        "confidence": 0.8, "article": str(ARTICLE_1),
        "statement": str(statement_iri(ARTICLE_1, LAVROV, "opposes", MISSILE_DEFENCE)),
        "official": None, "measures": [],
    }
    assert edge["official"] is None and edge["measures"] == []
    others = [d["count"] for u, v, d in sample_network().edges(data=True) if u != str(LAVROV)]
    assert others == [1, 1, 1, 1]


@pytest.mark.parametrize(
    ("focus", "depth", "expected"),
    [
        ("Sergey Lavrov", 1, {LAVROV, MISSILE_DEFENCE}),
        ("sergey LAVROV", 3, {LAVROV, MISSILE_DEFENCE}),
        (str(R2270), 1, {R2270, CHINA, COAL, IRON_ORE, ARTICLE_1}),
        ("kgr:commodity/coal", 1, {COAL, R2270}),
        ("coal", 2, {COAL, R2270, CHINA, IRON_ORE, ARTICLE_1}),
        ("Coal", 0, {COAL}),
    ],
)
def test_focus_keeps_nodes_within_depth(focus: str, depth: int, expected: set[URIRef]) -> None:
    network = sample_network(focus=focus, depth=depth)
    assert set(network) == {str(n) for n in expected}


def test_focus_on_unknown_node_raises() -> None:
    with pytest.raises(ViewError, match="no node matches"):
        sample_network(focus="Atlantis")


@pytest.mark.parametrize(
    ("kind", "nodes", "edges"),
    [
        ("positions", {LAVROV, MISSILE_DEFENCE, CHINA, R2270}, 2),
        ("bans", {R2270, COAL, IRON_ORE}, 2),
        ("references", {ARTICLE_1, R2270}, 1),
        ("events", set(), 0),
    ],
)
def test_kind_filter(kind: str, nodes: set[URIRef], edges: int) -> None:
    network = sample_network(kind=kind)
    assert set(network) == {str(n) for n in nodes}
    assert network.number_of_edges() == edges
    assert {k for _, _, k in network.edges(data="kind")} <= {kind}


def test_unknown_kind_raises() -> None:
    with pytest.raises(ViewError, match="unknown kind"):
        sample_network(kind="gossip")


def test_focus_and_kind_together() -> None:
    network = sample_network(kind="bans", focus="UNSC Resolution 2270")
    assert set(network) == {str(R2270), str(COAL), str(IRON_ORE)}


# ------------------------------------------------------------------ the query's own filters

def _network_for(**bindings: ox.NamedNode | ox.Literal) -> nx.MultiDiGraph:
    return build_network(view_graph(**bindings), ViewOptions())


def _date(text: str) -> ox.Literal:
    return ox.Literal(text, datatype=ox.NamedNode(str(XSD.date)))


def test_query_without_bindings_returns_every_statement_and_no_stray() -> None:
    graph = view_graph()
    statements = set(graph.subjects(RDF.subject, None))
    assert len(statements) == len(STATEMENTS)
    assert KGR["statement/stray"] not in statements
    assert (LAVROV, SKOS.prefLabel, Literal("Sergey Lavrov", lang="en")) in graph
    assert (ARTICLE_2, KG.fileName, Literal("002_bbbb.txt")) in graph


@pytest.mark.parametrize(
    ("bindings", "edges"),
    [
        ({"kindFilter": ox.Literal("bans")}, {"bans", "caps"}),
        ({"kindFilter": ox.Literal("positions")}, {"opposes", "supports"}),
        ({"actorFilter": ox.NamedNode(str(RUSSIA))}, {"opposes"}),  # Lavrov represents Russia
        ({"actorFilter": ox.Literal("beijing")}, {"supports"}),  # by label, case-blind
        ({"topicFilter": ox.NamedNode(str(MISSILE_DEFENCE))}, {"opposes"}),
        ({"resolutionFilter": ox.NamedNode(str(R2270))}, {"supports", "bans", "caps", "references"}),
        ({"since": _date("2016-03-12")}, {"opposes", "supports", "caps"}),
        ({"until": _date("2016-03-12")}, {"opposes", "bans", "references"}),
        ({"since": ox.Literal("2016-03-11"), "until": ox.Literal("2016-03-11")},
         {"opposes", "bans", "references"}),
        ({"kindFilter": ox.Literal("bans"), "since": _date("2016-03-12")}, {"caps"}),
    ],
)
def test_query_filters(bindings: dict[str, ox.NamedNode | ox.Literal], edges: set[str]) -> None:
    network = _network_for(**bindings)
    assert {k for _, _, k in network.edges(keys=True)} == edges


def test_date_filter_counts_only_articles_in_range() -> None:
    network = _network_for(since=_date("2016-03-12"))
    assert network.edges[str(LAVROV), str(MISSILE_DEFENCE), "opposes"]["count"] == 1


def test_query_has_no_pasted_filter_values() -> None:
    for name in ("kindFilter", "actorFilter", "topicFilter", "resolutionFilter", "since", "until"):
        assert f"!BOUND(?{name})" in VIEW_QUERY


# ------------------------------------------------------------------ the page

URL_ATTRIBUTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def _page(**options: object) -> str:
    view = ViewOptions(**options)
    return render_html(build_network(view_graph(), view), view)


def _data_block(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_page_is_self_contained() -> None:
    page = _page(title="Sanctions & <positions>")
    assert page.startswith("<!DOCTYPE html>")
    assert not URL_ATTRIBUTE.search(page)
    assert "<link" not in page.lower()
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert "<title>Sanctions &amp; &lt;positions&gt;</title>" in page
    assert f"@version {viz.VIS_NETWORK_VERSION}" in page  # vis-network is inlined
    assert "Content-Security-Policy" in page


def test_page_data_matches_the_network() -> None:
    network = sample_network()
    data = _data_block(_page())
    assert len(data["nodes"]) == network.number_of_nodes()
    assert len(data["edges"]) == network.number_of_edges()
    assert sorted(e["n"] for e in data["edges"]) == [1, 1, 1, 1, 2]
    assert set(data["classes"]) == {"person", "state", "topic", "resolution", "commodity", "article"}
    assert data["predicates"]["supports"] != data["predicates"]["opposes"]
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_hostile_strings_appear_only_escaped() -> None:
    page = _page()
    data_text = re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data_text and ">" not in data_text and "&" not in data_text
    for hostile in ("<script>window.pwned", "</script><script>", "<img src=x", "onerror=\"window"):
        assert hostile not in page
    assert "\\u003c/script\\u003e\\u003cscript\\u003ewindow.pwned=2" in page
    assert "\\u003cimg src=x onerror=\\\"window.pwned=1\\\"\\u003e" in page
    data = _data_block(page)
    assert HOSTILE_SENTENCE in [ev[0] for e in data["edges"] for ev in e["ev"]]
    assert HOSTILE_TITLE in [a[0] for a in data["articles"]]
    assert page.count("</script>") == 3  # the data block and the two scripts, nothing injected


def test_json_for_script_escapes_markup() -> None:
    text = viz.json_for_script({"a": "</script><b>&\u2028"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028"}'
    assert json.loads(text) == {"a": "</script><b>&\u2028"}


def test_render_empty_network() -> None:
    page = render_html(nx.MultiDiGraph(), ViewOptions(title="empty"))
    assert _data_block(page)["nodes"] == []


# ------------------------------------------------------------------ layout

def _synthetic(nodes: int, edges: int) -> nx.MultiDiGraph:
    graph = nx.gnm_random_graph(nodes, edges, seed=3, directed=True)
    return nx.MultiDiGraph(graph)


@pytest.mark.parametrize("size", [30, 700, 2000])
def test_layout_is_deterministic_and_spread(size: int) -> None:
    graph = _synthetic(size, size * 2)
    first, second = viz.layout_positions(graph), viz.layout_positions(graph)
    assert first == second
    assert set(first) == set(graph)
    assert len(set(first.values())) == size  # no two nodes on the same spot


# ------------------------------------------------------------------ bindings_for

def _ox(term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))


@pytest.mark.parametrize(
    ("kind", "filters", "edges"),
    [
        (None, {}, {"opposes", "supports", "bans", "caps", "references"}),
        ("bans", {}, {"bans", "caps"}),
        (None, {"actor": "kgr:state/russia"}, {"opposes"}),
        (None, {"actor": "Beijing"}, {"supports"}),
        (None, {"topic": str(MISSILE_DEFENCE)}, {"opposes"}),
        (None, {"resolution": "UNSC resolution 2270", "until": date(2016, 3, 12)},
         {"bans", "references"}),
        ("positions", {"since": "2016-03-12", "until": None}, {"opposes", "supports"}),
    ],
)
def test_bindings_for_drive_the_query(kind: str | None, filters: dict, edges: set[str]) -> None:
    bindings = viz.bindings_for(ViewOptions(kind=kind), **filters)
    graph = view_graph(**{name: _ox(term) for name, term in bindings.items()})
    network = build_network(graph, ViewOptions(kind=kind))
    assert {k for _, _, k in network.edges(keys=True)} == edges


def test_bindings_for_rejects_unknown_filters() -> None:
    with pytest.raises(ViewError, match="unknown view filter"):
        viz.bindings_for(ViewOptions(), country="Russia")


# ------------------------------------------------------------------ the official record

JET_FUEL = node("commodity", "Jet fuel")
AVIATION_FUEL = node("commodity", "Aviation fuel")
R1929 = KGR["resolution/1929"]  # an Iran resolution: no official measures are loaded for Iran
BATTLE_TANKS = node("commodity", "Battle tanks")
OP31 = KGR["official-measure/2270-aviation-fuel"]
MISS_STYLE = viz.OFFICIAL_STYLES["miss"]


def official_dataset() -> Dataset:
    """The sample plus a ban that matches through a broader commodity (2270 OP31 bans aviation
    fuel, the press says jet fuel) and a ban of a regime without official measures."""
    ds = sample_dataset()
    ref = ds.graph(REFERENCE_GRAPH)
    for iri, label in [(JET_FUEL, "Jet fuel"), (AVIATION_FUEL, "Aviation fuel"),
                       (BATTLE_TANKS, "Battle tanks")]:
        ref.add((iri, RDF.type, KG.Commodity))
        ref.add((iri, SKOS.prefLabel, Literal(label, lang="en")))
    ref.add((JET_FUEL, SKOS.broader, AVIATION_FUEL))
    _measure(ref, OP31, R2270, KG.bans, "OP31", AVIATION_FUEL)
    ref.add((R1929, RDF.type, KG.Resolution))
    ref.add((R1929, RDFS.label, Literal("UNSC Resolution 1929", lang="en")))
    ref.add((R1929, KG.resolutionNumber, Literal(1929)))
    ref.add((R1929, KG.regime, KGR["regime/iran"]))
    graph = ds.graph(article_graph("001-aaaa"))
    _add_statement(graph, ARTICLE_1, KG.BanStatement, R2270, "bans", JET_FUEL,
                   "Deliveries of jet fuel were prohibited.", 0.8)
    _add_statement(graph, ARTICLE_1, KG.BanStatement, R1929, "bans", BATTLE_TANKS,
                   "Resolution 1929 bans battle tanks to Iran.", 0.8)
    return ds


def test_an_unverified_paragraph_is_marked_in_the_view() -> None:
    ds = official_dataset()
    ref = ds.graph(REFERENCE_GRAPH)
    ref.set((OP31, KG.verified, Literal(False)))
    network = build_network(view_graph(sample_store(ds)), ViewOptions())
    edge = network.edges[str(R2270), str(JET_FUEL), "bans"]
    assert edge["official"] is True and edge["measures"] == ["2270 OP31 (paragraph unverified)"]


def official_network() -> nx.MultiDiGraph:
    return build_network(view_graph(sample_store(official_dataset())), ViewOptions())


def test_query_carries_the_official_pattern_and_marks() -> None:
    assert official.VIEW_PATTERN.strip() in VIEW_QUERY
    assert "?st kg:officialMatch ?officialMatch" in VIEW_QUERY
    graph = view_graph(sample_store(official_dataset()))
    marks = {(graph.value(st, RDF.subject), graph.value(st, RDF.object)): official.match_value(m)
             for st, m in graph.subject_objects(KG.officialMatch)}
    assert marks == {(R2270, IRON_ORE): True, (R2270, COAL): False, (R2270, JET_FUEL): True}
    matched = statement_iri(ARTICLE_1, R2270, "bans", JET_FUEL)
    assert set(graph.objects(matched, RDFS.seeAlso)) == {OP31}
    assert graph.value(OP31, KG.paragraph) == Literal("OP31")
    assert not set(graph.objects(statement_iri(ARTICLE_2, R2270, "caps", COAL), RDFS.seeAlso))


def _official_evidence(article: URIRef, s: URIRef, p: str, o: URIRef, sentence: str,
                       confidence: float, mark: bool | None, measures: list[str]) -> dict:
    title, file_name, published = ARTICLES[article]
    return {"sentence": sentence, "title": title, "file": file_name, "date": published.isoformat(),
            "confidence": confidence, "article": str(article),
            "statement": str(statement_iri(article, s, p, o)), "official": mark,
            "measures": measures}


def test_a_ban_that_matches_an_official_measure() -> None:
    edge = official_network().edges[str(R2270), str(IRON_ORE), "bans"]
    assert edge == {
        "predicate": "bans", "kind": "bans", "iri": str(KG.bans), "count": 1, "statements": 1,
        "official": True, "measures": ["2270 OP29"],
        "evidence": [_official_evidence(ARTICLE_1, R2270, "bans", IRON_ORE,
                                        "The resolution bans exports of iron ore.", 0.85,
                                        True, ["2270 OP29"])],
    }


def test_a_ban_matching_through_a_broader_commodity_names_its_paragraph() -> None:
    edge = official_network().edges[str(R2270), str(JET_FUEL), "bans"]
    assert edge["official"] is True and edge["measures"] == ["2270 OP31"]
    assert edge["evidence"][0]["official"] is True


def test_a_cap_the_resolution_does_not_impose_does_not_match() -> None:
    edge = official_network().edges[str(R2270), str(COAL), "caps"]
    assert edge == {
        "predicate": "caps", "kind": "bans", "iri": str(KG.caps), "count": 1, "statements": 1,
        "official": False, "measures": [],
        "evidence": [_official_evidence(ARTICLE_2, R2270, "caps", COAL, "Coal exports are capped.",
                                        0.7, False, [])],
    }


def test_a_ban_without_official_data_has_no_mark() -> None:
    network = official_network()
    edge = network.edges[str(R1929), str(BATTLE_TANKS), "bans"]
    assert edge == {
        "predicate": "bans", "kind": "bans", "iri": str(KG.bans), "count": 1, "statements": 1,
        "official": None, "measures": [],
        "evidence": [_official_evidence(ARTICLE_1, R1929, "bans", BATTLE_TANKS,
                                        "Resolution 1929 bans battle tanks to Iran.", 0.8,
                                        None, [])],
    }
    others = {k: d["official"] for _, _, k, d in network.edges(keys=True, data=True)
              if d["kind"] != "bans"}
    assert others == {"opposes": None, "supports": None, "references": None}


def test_page_rows_carry_the_official_marks_and_styles() -> None:
    network = official_network()
    data = _data_block(render_html(network, ViewOptions()))
    iris = {n["id"]: n["i"] for n in data["nodes"]}
    rows = {(iris[e["f"]], iris[e["t"]], e["p"]): e for e in data["edges"]}
    marks = {key: (row.get("o"), row.get("m")) for key, row in rows.items()}
    assert marks == {
        (str(R2270), str(IRON_ORE), "bans"): (True, ["2270 OP29"]),
        (str(R2270), str(JET_FUEL), "bans"): (True, ["2270 OP31"]),
        (str(R2270), str(COAL), "caps"): (False, None),
        (str(R1929), str(BATTLE_TANKS), "bans"): (None, None),
        (str(LAVROV), str(MISSILE_DEFENCE), "opposes"): (None, None),
        (str(CHINA), str(R2270), "supports"): (None, None),
        (str(ARTICLE_1), str(R2270), "references"): (None, None),
    }
    assert data["official"] == viz.OFFICIAL_STYLES
    assert MISS_STYLE["dashes"] and MISS_STYLE["color"] not in viz.PREDICATE_COLOURS.values()
    assert viz.OFFICIAL_STYLES["match"]["dashes"] is False


def test_official_marks_survive_the_kind_filter() -> None:
    store = sample_store(official_dataset())
    network = build_network(view_graph(store, kindFilter=ox.Literal("bans")), ViewOptions(kind="bans"))
    assert {(k, d["official"]) for _, _, k, d in network.edges(keys=True, data=True)} == {
        ("bans", True), ("caps", False), ("bans", None)}


# ------------------------------------------------------------------ the UN list

def test_listings_have_their_classes_and_kind() -> None:
    ds = sample_dataset()
    un_list = ds.graph(KGR["graph/un-list"])
    person, entity = KGR["listed/kpi-033"], KGR["listed/kpe-029"]
    name, vessel = KGR["listed-name/ri-je-son"], KGR["vessel/jin-teng"]
    for iri, cls, label in [(person, KG.ListedIndividual, "RI JE SON"),
                            (entity, KG.ListedEntity, "OCEAN MARITIME MANAGEMENT"),
                            (name, KG.ListedName, "Ri Je Son"), (vessel, KG.Vessel, "JIN TENG")]:
        un_list.add((iri, RDF.type, cls))
        un_list.add((iri, RDFS.label, Literal(label)))
    graph = ds.graph(article_graph("001-aaaa"))
    _add_statement(graph, ARTICLE_1, KG.ListingStatement, name, "candidateListing", person,
                   "Ri Je Son was named.", 0.9)
    _add_statement(graph, ARTICLE_1, KG.ListingStatement, vessel, "candidateListing", entity,
                   "The Jin Teng docked.", 0.6)
    store = sample_store(ds)
    network = build_network(view_graph(store, kindFilter=ox.Literal("listings")), ViewOptions())
    assert dict(network.nodes(data="cls")) == {
        str(person): "listed-individual", str(entity): "listed-entity",
        str(name): "listed-name", str(vessel): "vessel"}
    assert {(k, d["kind"]) for _, _, k, d in network.edges(keys=True, data=True)} == {
        ("candidateListing", "listings")}
    data = _data_block(render_html(network, ViewOptions()))
    assert data["predicates"] == {"candidateListing": viz.PREDICATE_COLOURS["candidateListing"]}
    assert set(data["classes"]) == {"listed-individual", "listed-entity", "listed-name", "vessel"}


# ------------------------------------------------------------------ the seeds against kg check

@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict]]:
    """The seeds built by ``kg build`` into a store of their own: the store (read-only) and
    the data block of the graph.html the build wrote."""
    from kg.cli import app

    where = tmp_path_factory.mktemp("seeds")
    spec = f"oxigraph:{where / 'store'}"
    result = CliRunner().invoke(app, ["build", str(ROOT / "seeds"), "--store", spec,
                                      "--out", str(where / "build")])
    assert result.exit_code == 0, result.output
    store = open_store(spec, read_only=True)
    yield store, _data_block((where / "build" / "graph.html").read_text(encoding="utf-8"))
    store.close()


def test_seeds_view_carries_the_marks_of_kg_check(seeds: tuple[Store, dict]) -> None:
    store, page = seeds
    network = build_network(store.construct(VIEW_QUERY), ViewOptions())
    evidence = {e["statement"]: (u, v, k) for u, v, k, d in network.edges(keys=True, data=True)
                for e in d["evidence"]}
    findings = official.check(store, number=2270)
    assert len(findings) == 10 and {f.predicate for f in findings} == {"bans"}
    r2270 = str(KGR["resolution/2270"])
    view_bans = [d for u, _, k, d in network.edges(keys=True, data=True) if u == r2270 and k == "bans"]
    assert len(view_bans) == len(findings)
    assert sum(d["official"] is True for d in view_bans) == sum(f.matches for f in findings)
    assert sum(d["official"] is False for d in view_bans) == sum(not f.matches for f in findings)
    iris = {n["id"]: n["i"] for n in page["nodes"]}
    rows = {(iris[e["f"]], iris[e["t"]], e["p"]): e for e in page["edges"]}
    for finding in official.check(store):  # 2270's ten, 1718's two, and six of other resolutions
        edge = evidence[finding.statement]
        data = network.edges[edge]
        expected = None if finding.status == "not covered" else finding.matches
        assert data["official"] is expected, finding
        assert rows[edge].get("o") is expected, finding  # in the page kg build wrote, too
        if finding.matches:  # kg check names the matching measures: "2270 OP29 bans"
            named = {re.sub(r" (bans|caps)\b", "", m) for m in finding.official.split(" | ")}
            assert data["measures"] == sorted(named) == rows[edge]["m"], finding
        else:
            assert data["measures"] == [] and "m" not in rows[edge]


# ------------------------------------------------------------------ the linear reader (issue 14)

def kg_store(dataset: Dataset) -> Store:
    """The dataset in kg's in-memory store, graph by graph."""
    store = open_store("memory")
    store.replace_graphs({URIRef(str(g.identifier)): g for g in dataset.graphs() if len(g)})
    return store


def copies_dataset(copies: int) -> Dataset:
    """The sample with each article repeated ``copies`` times under other ids (a syndicated
    story): the same statements and the same node labels in every copy's graph."""
    ds = Dataset()
    _reference(ds)
    for k in range(copies):
        for article, cls, s, p, o, sentence, confidence in STATEMENTS:
            copy = URIRef(f"{article}-copy{k}")
            graph = ds.graph(article_graph(str(copy).rsplit("/", 1)[-1]))
            title, file_name, published = ARTICLES[article]
            for pred, value in [(RDF.type, KG.Article), (DCTERMS.title, Literal(title)),
                                (KG.fileName, Literal(f"{k}-{file_name}")),
                                (DCTERMS.date, Literal(published, datatype=XSD.date))]:
                graph.add((copy, pred, value))
            for term in (s, o):  # the pipeline writes the labels of the nodes an article names
                if term in (MISSILE_DEFENCE, COAL, IRON_ORE):
                    graph.add((term, RDF.type, KG.Topic if term == MISSILE_DEFENCE else KG.Commodity))
                    graph.add((term, SKOS.prefLabel, Literal(term.rsplit("/", 1)[-1].replace("-", " "))))
            st = KGR[f"statement/{make_id(copy, s, p, o)}"]
            for pred, value in [(RDF.type, cls), (RDF.subject, s), (RDF.predicate, KG[p]), (RDF.object, o),
                                (KG.evidence, Literal(sentence)), (KG.confidence, Literal(confidence)),
                                (PROV.wasDerivedFrom, copy)]:
                graph.add((st, pred, value))
    return ds


def _edges_of(network: nx.MultiDiGraph) -> dict[tuple[str, str, str], tuple[int, int, object]]:
    return {(u, v, k): (d["count"], d["statements"], d["official"])
            for u, v, k, d in network.edges(keys=True, data=True)}


def test_the_reader_gives_the_network_of_the_view_query() -> None:
    """views.read_network (four linear SELECTs) and VIEW_QUERY (a CONSTRUCT) agree."""
    from kg import views

    store = kg_store(official_dataset())
    constructed = build_network(store.construct(VIEW_QUERY), ViewOptions())
    read = views.read_network(store)
    assert dict(read.nodes(data=True)).keys() == dict(constructed.nodes(data=True)).keys()
    for n, data in constructed.nodes(data=True):
        assert {k: read.nodes[n][k] for k in ("cls", "label", "iri")} == data
    assert _edges_of(read) == _edges_of(constructed)
    for u, v, k, data in constructed.edges(keys=True, data=True):
        assert read.edges[u, v, k]["evidence"] == data["evidence"]
        assert read.edges[u, v, k]["measures"] == data["measures"]
    assert read.nodes[str(R2270)]["regime"] == "dprk"  # no regime label in the sample


@pytest.mark.parametrize("copies", [3, 8])
def test_copies_of_a_story_multiply_counts_never_rows(copies: int) -> None:
    """The shape of the queries, not a timing: N copies of the articles give the nodes, labels
    and edges of one copy, with article and statement counts multiplied by N, through both
    the reader and VIEW_QUERY (a label join with every copy would repeat rows N times)."""
    from kg import views

    one, many = kg_store(copies_dataset(1)), kg_store(copies_dataset(copies))
    for read in (views.read_network, lambda s: build_network(s.construct(VIEW_QUERY), ViewOptions())):
        single, repeated = read(one), read(many)
        assert dict(repeated.nodes(data="label")) == dict(single.nodes(data="label"))
        assert {e: (c * copies, n * copies, o) for e, (c, n, o) in _edges_of(single).items()} == \
            _edges_of(repeated)
    rows = len(many.query(views.STATEMENTS_QUERY).rows)
    assert rows == copies * len(one.query(views.STATEMENTS_QUERY).rows) == copies * len(STATEMENTS)
    def labels(store: Store) -> list[tuple]:  # each node's properties, asked with a statement naming it
        named = {n: d["evidence"][0]["statement"] for u, v, d in views.read_network(store).edges(data=True)
                 for n in (u, v)}
        return store.query(views.nodes_query(named.items())).rows
    assert len(labels(many)) == len(set(labels(many))) == len(labels(one)) > 0
    assert set(labels(many)) == set(labels(one))
    constructed = many.query(VIEW_QUERY).graph
    assert len(constructed) == len(one.query(VIEW_QUERY).graph) + (copies - 1) * (
        len(constructed) - len(one.query(VIEW_QUERY).graph)) // (copies - 1)


def _rows_by_triple(page: dict) -> dict[tuple[str, str, str], dict]:
    iris = {n["id"]: n["i"] for n in page["nodes"]}
    return {(iris[e["f"]], iris[e["t"]], e["p"]): {k: v for k, v in e.items() if k not in ("id", "f", "t")}
            for e in page["edges"]}


def test_a_limited_read_keeps_the_best_backed_edges_and_reads_only_their_sentences(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """edge_limit keeps the edges a page carries: most articles first, then the newest, then by
    name; they are read as a whole read gives them, only their sentences are asked for, and
    network.graph["whole"] says what the store held."""
    from kg import views

    store = kg_store(official_dataset())
    whole = views.read_network(store)
    asked: list[str] = []
    query = views.sentences_query
    monkeypatch.setattr(views, "sentences_query", lambda sts: query(asked.extend(sts) or sts))
    kept = views.read_network(store, edge_limit=2)
    lavrov = (str(LAVROV), str(MISSILE_DEFENCE), "opposes")  # two articles
    coal = (str(R2270), str(COAL), "caps")  # one article of 15 March; 2270's IRI sorts before China's
    assert list(kept.edges(keys=True)) == [lavrov, coal]
    for edge in (lavrov, coal):
        assert kept.edges[edge] == whole.edges[edge]
    assert kept.edges[coal]["official"] is False
    assert dict(kept.nodes(data=True)) == {n: whole.nodes[n] for n in (*lavrov[:2], *coal[:2])}
    assert sorted(asked) == sorted(e["statement"] for edge in (lavrov, coal)
                                   for e in whole.edges[edge]["evidence"])
    assert kept.graph["whole"] == {"statements": 8, "edges": 7, "nodes": 10,
                                   "left_out": {"positions": 1, "bans": 3, "references": 1}}
    assert views.read_network(store, edge_limit=7).graph["whole"]["left_out"] == {}


def test_the_page_of_a_store_carries_what_a_page_of_the_whole_network_does(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """render_view cuts the network as it reads it; render_html cuts a whole network: same page."""
    from kg import views

    store = kg_store(official_dataset())
    monkeypatch.setattr(viz, "PAGE_EDGES", 2)
    read = _data_block(viz.render_view(store)[0].decode())
    cut = _data_block(render_html(views.read_network(store), ViewOptions()))
    assert read["totals"] == cut["totals"] == {
        "statements": 8, "sentences": 3, "edges": 7, "nodes": 10,
        "left_out": {"positions": 1, "bans": 3, "references": 1}}
    assert _rows_by_triple(read) == _rows_by_triple(cut)
    assert len(read["edges"]) == 2 and len(read["nodes"]) == 4


def test_a_statement_of_a_predicate_of_no_kind_takes_its_class_kind() -> None:
    from kg import views

    ds = sample_dataset()
    graph = ds.graph(article_graph("001-aaaa"))
    for cls, s, p in [(KG.PositionStatement, CHINA, "criticises"), (None, RUSSIA, "mentions")]:
        st = KGR[f"statement/{p}"]
        graph.add((st, RDF.subject, s))
        graph.add((st, RDF.predicate, URIRef(f"http://example.org/{p}")))
        graph.add((st, RDF.object, MISSILE_DEFENCE))
        graph.add((st, PROV.wasDerivedFrom, ARTICLE_1))
        if cls is not None:
            graph.add((st, RDF.type, cls))
    store = kg_store(ds)
    kinds = {k: d["kind"] for _, _, k, d in views.read_network(store).edges(keys=True, data=True)}
    assert kinds == {"opposes": "positions", "supports": "positions", "bans": "bans", "caps": "bans",
                     "references": "references", "criticises": "positions", "mentions": "other"}
    positions = views.read_network(store, ViewOptions(kind="positions"))
    assert sorted(k for _, _, k in positions.edges(keys=True)) == ["criticises", "opposes", "supports"]


def test_statements_outside_the_article_graphs_are_not_counted() -> None:
    from kg import views

    store = kg_store(sample_dataset())  # its stray statement is in the ontology graph
    test, statements = views.article_graphs_filter(store)
    assert statements == views.count_statements(store) == len(STATEMENTS)
    assert test == f"FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>))"
    assert (str(CHINA), str(COAL), "bans") not in views.read_network(store).edges(keys=True)
    assert views.article_graphs_filter(kg_store(copies_dataset(1)))[0] == ""


def test_edges_rank_by_articles_then_newest_then_name() -> None:
    from kg import views

    ranked = sorted([("a", "b", "k", 1, None), ("a", "b", "j", 1, "2016-03-01"),
                     ("z", "b", "k", 2, "2001-01-01"), ("c", "b", "k", 1, "2016-03-01"),
                     ("a", "c", "k", 1, "2017-01-01")],
                    key=lambda e: views.edge_order(*e))
    assert [e[:3] for e in ranked] == [("z", "b", "k"), ("a", "c", "k"), ("a", "b", "j"), ("c", "b", "k"),
                                       ("a", "b", "k")]


# ------------------------------------------------------------------ what a big page carries

def test_a_big_page_carries_the_best_backed_edges_and_says_what_it_left_out(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(viz, "PAGE_EDGES", 2)
    monkeypatch.setattr(viz, "SENTENCE_BUDGET", 3)
    data = _data_block(render_html(sample_network(), ViewOptions()))
    assert data["totals"]["edges"] == 5 and data["totals"]["statements"] == 6
    assert len(data["edges"]) == 2
    assert sum(data["totals"]["left_out"].values()) == 3
    opposes = next(e for e in data["edges"] if e["p"] == "opposes")  # two articles: kept first
    assert opposes["n"] == 2 and opposes["s"] == 2
    assert sum(len(e["ev"]) for e in data["edges"]) == data["totals"]["sentences"] == 3
    assert {n["i"] for n in data["nodes"]} >= {str(LAVROV), str(MISSILE_DEFENCE)}
    assert "kg query" in data["more"] and data["kg"] == str(KG)


def test_a_sentence_cut_from_an_edge_is_counted() -> None:
    edges = [{"count": 3, "evidence": [{}] * 3}, {"count": 1, "evidence": [{}]}]
    assert viz._sentence_allowance(edges) == [None, None]
    old = viz.SENTENCE_BUDGET
    try:
        viz.SENTENCE_BUDGET = 3
        assert viz._sentence_allowance(edges) == [2, 1]
    finally:
        viz.SENTENCE_BUDGET = old


def test_the_sentences_of_a_cut_page_go_to_its_best_backed_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    """The allowance is counted in the order the edges are written: x->v, written second (after
    x->y, from the same node), is backed by one article and gets one sentence; z->w, by four,
    gets three. (It was counted in rank order and given to the edges in the written order.)"""
    def evidence(n: int) -> list[dict]:
        return [{"sentence": f"s{i}", "title": "t", "file": "f", "article": f"a{i}",
                 "date": f"2016-01-0{i + 1}", "confidence": 0.5} for i in range(n)]
    network = nx.MultiDiGraph()
    for u, v, count in [("x", "y", 5), ("z", "w", 4), ("x", "v", 1), ("q", "r", 1)]:
        network.add_node(u, cls="state", label=u)
        network.add_node(v, cls="topic", label=v)
        items = evidence(4) if u != "q" else [{**evidence(1)[0], "date": "2001-01-01"}]
        network.add_edge(u, v, "supports", predicate="supports", kind="positions", count=count,
                         statements=len(items), evidence=items)
    monkeypatch.setattr(viz, "PAGE_EDGES", 3)
    monkeypatch.setattr(viz, "SENTENCE_BUDGET", 8)
    rows = _rows_by_triple(_data_block(render_html(network, ViewOptions())))
    assert {edge: len(row["ev"]) for edge, row in rows.items()} == {
        ("x", "y", "supports"): 4, ("z", "w", "supports"): 3, ("x", "v", "supports"): 1}


def test_communities_group_densely_linked_nodes() -> None:
    network = nx.MultiDiGraph()
    for group in ("a", "b"):
        members = [f"{group}{i}" for i in range(5)]
        for u in members:
            network.add_node(u, cls="state", label=u)
            for v in members:
                if u < v:
                    network.add_edge(u, v, "supports", count=3)
    network.add_edge("a0", "b0", "opposes", count=1)
    network.add_node("art", cls="article", label="an article")
    network.add_edge("art", "a1", "references", count=1)
    groups, summary = viz.node_communities(network)
    assert len({groups[f"a{i}"] for i in range(5)}) == len({groups[f"b{i}"] for i in range(5)}) == 1
    assert groups["a0"] != groups["b0"] and groups["art"] == groups["a1"]
    assert [c["size"] for c in summary] == [5, 5]
    positions = viz.layout_positions(network, groups)
    assert set(positions) == set(network)


def test_the_view_draws_every_class_of_the_graph_model() -> None:
    assert set(viz.CLASS_STYLES) == set(network.NODE_CLASS_NAMES)
