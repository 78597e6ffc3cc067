"""kg.analysis: the typed graph, the signed actor-topic graph, alignment, centrality, exports.

Exact values are checked on small graphs made here; on the seeds (built once for the
module) the tests pin the stable statements and check that the analyses agree with the
store read by plain SPARQL.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from rdflib import Graph, URIRef
from typer.testing import CliRunner

from kg import analysis, pipeline, viz
from kg.cli import app
from kg.namespaces import KG, KGR, sparql_prefixes
from kg.store import QueryResult, Store, open_store

ROOT = Path(__file__).resolve().parents[1]
FILE_001, FILE_002 = "001_a6b3be43216c84f3.txt", "002_b77c3366e1286d66.txt"
RUSSIA, LAVROV, USA = (str(KGR[n]) for n in ("state/russia", "person/sergey-lavrov", "state/united-states"))
R2270 = str(KGR["resolution/2270"])
COMMODITIES_2270 = {
    "arms-and-related-materiel", "aviation-fuel", "coal", "gold", "iron-ore", "luxury-goods",
    "rare-earth-minerals", "rocket-fuel", "titanium-ore", "vanadium-ore",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The seeds built into an on-disk store, opened read-only."""
    spec = f"oxigraph:{tmp_path_factory.mktemp('analysis') / 'store'}"
    writer = open_store(spec)
    try:
        pipeline.load_reference(writer)
        assert pipeline.ingest(writer, [ROOT / "seeds"]).stored == 5
    finally:
        writer.close()
    reader = open_store(spec, read_only=True)
    yield reader
    reader.close()


@pytest.fixture(scope="module")
def network(store: Store) -> nx.MultiDiGraph:
    return analysis.network(store)


def stance_network(stances: list[tuple[str, str, str, int]]) -> nx.MultiDiGraph:
    """A network as analysis.network builds it: (actor, predicate, topic, articles) edges."""
    network = nx.MultiDiGraph()
    for actor, predicate, topic, count in stances:
        network.add_node(actor, cls="state", label=actor.upper(), iri=actor)
        network.add_node(topic, cls="topic", label=topic, iri=topic)
        evidence = [{"date": None, "file": f"{i}.txt", "sentence": f"s{i}", "article": f"a{i}"}
                    for i in range(count)]
        network.add_edge(actor, topic, predicate, predicate=predicate, kind="positions",
                         evidence=evidence, count=count)
    return network


# --- the typed graph ------------------------------------------------------------------------


def test_network_of_the_store_is_typed(network: nx.MultiDiGraph):
    assert isinstance(network, nx.MultiDiGraph)
    assert all({"cls", "label", "iri"} <= set(data) for _, data in network.nodes(data=True))
    assert network.nodes[RUSSIA]["cls"] == "state" and network.nodes[RUSSIA]["label"] == "Russia"
    assert network.nodes[R2270]["cls"] == "resolution"
    bans = {v.rsplit("/", 1)[1] for _, v, key in network.out_edges(R2270, keys=True) if key == "bans"}
    assert bans == COMMODITIES_2270
    edge = network.edges[USA, str(KGR["topic/double-freeze"]), "opposes"]
    assert edge["kind"] == "positions" and edge["count"] == 1
    assert {e["file"] for e in edge["evidence"]} == {FILE_002}


def test_network_keeps_one_edge_per_statement_triple(store: Store, network: nx.MultiDiGraph):
    triples = store.query(sparql_prefixes() + """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o
        WHERE { GRAPH ?g { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } }""").rows[0][0]
    assert network.number_of_edges() == int(triples)


def test_network_of_one_kind_and_filters(store: Store, network: nx.MultiDiGraph):
    bans = analysis.network(store, kind="bans")
    assert {d["kind"] for _, _, d in bans.edges(data=True)} == {"bans"}
    assert bans.number_of_edges() == sum(d["kind"] == "bans" for _, _, d in network.edges(data=True))
    russia = analysis.network(store, actor="Russia", kind="positions")
    assert {u for u, _ in russia.edges()} == {RUSSIA}


def test_network_of_a_construct_result(store: Store):
    """A CONSTRUCT of plain triples: an edge per triple, types and labels on the nodes."""
    graph = store.construct(sparql_prefixes() + """
        CONSTRUCT { ?a kg:opposes ?t . ?a a ?class . ?t skos:prefLabel ?label }
        WHERE { GRAPH ?g { ?a kg:opposes ?t } OPTIONAL { GRAPH ?labels { ?t skos:prefLabel ?label } }
                OPTIONAL { GRAPH <https://w3id.org/kg-sanctions/id/graph/reference> { ?a a ?class } } }""")
    network = analysis.network(graph)
    opposed = {(str(a), str(t)) for a, t in graph.subject_objects(KG.opposes)}
    assert {(u, v) for u, v, _ in network.edges(keys=True)} == opposed
    assert {k for _, _, k in network.edges(keys=True)} == {"opposes"}
    assert network.nodes[USA]["cls"] == "state"
    assert network.nodes[str(KGR["topic/double-freeze"])]["label"] == "double freeze"
    with pytest.raises(ValueError, match="filters apply to a store"):
        analysis.network(graph, actor="Russia")


def test_network_of_the_view_construct_is_the_network_of_the_store(store: Store, network: nx.MultiDiGraph):
    graph = store.construct(viz.VIEW_QUERY)
    again = analysis.network(graph)
    assert set(again.edges(keys=True)) == set(network.edges(keys=True))


def test_plain_network_class_from_the_iri():
    graph = Graph()
    graph.add((KGR["state/x"], KG.represents, URIRef("https://example.org/y")))
    network = analysis.network(graph)
    assert network.nodes[str(KGR["state/x"])]["cls"] == "state"
    assert network.nodes["https://example.org/y"] == {"cls": "other", "label": "y", "iri": "https://example.org/y"}
    assert network.edges[str(KGR["state/x"]), "https://example.org/y", "represents"]["kind"] == "other"


# --- stances and alignment --------------------------------------------------------------------


def test_signed_graph_exact():
    signed = analysis.signed_graph(stance_network([
        ("a", "supports", "t", 2), ("a", "opposes", "t", 1),
        ("b", "opposes", "t", 1), ("c", "supports", "u", 1),
    ]))
    assert dict(signed.edges[("a", "t")]) == {"supports": 2, "opposes": 1, "weight": 1, "sign": 1}
    assert dict(signed.edges[("b", "t")]) == {"supports": 0, "opposes": 1, "weight": -1, "sign": -1}
    assert signed.nodes["a"]["label"] == "A"


def test_signed_graph_of_the_seeds(network: nx.MultiDiGraph):
    signed = analysis.signed_graph(network)
    assert signed.edges[USA, str(KGR["topic/double-freeze"])]["sign"] == -1
    assert signed.edges[RUSSIA, str(KGR["topic/destabilisation"])]["sign"] == -1
    assert all(d["sign"] == np.sign(d["supports"] - d["opposes"]) for _, _, d in signed.edges(data=True))
    positions = [(u, v) for u, v, d in network.edges(data=True) if d["predicate"] in ("supports", "opposes")]
    assert set(signed.edges()) == set(positions)


def test_alignment_exact():
    matrix = analysis.alignment(stance_network([
        ("a", "supports", "t", 1), ("b", "supports", "t", 3), ("c", "opposes", "t", 1),
        ("a", "opposes", "u", 1), ("c", "opposes", "u", 1), ("c", "supports", "u", 1),
    ]))
    assert (matrix.actors, matrix.labels) == (["a", "b", "c"], ["A", "B", "C"])
    assert matrix.agree.tolist() == [[0, 1, 1], [1, 0, 0], [1, 0, 0]]
    assert matrix.disagree.tolist() == [[0, 0, 2], [0, 0, 1], [2, 1, 0]]
    assert matrix.net.tolist() == [[0, 1, -1], [1, 0, -1], [-1, -1, 0]]
    assert matrix.pairs() == [
        {"actor1": "A", "actor2": "B", "agree": 1, "disagree": 0},
        {"actor1": "A", "actor2": "C", "agree": 1, "disagree": 2},
        {"actor1": "B", "actor2": "C", "agree": 0, "disagree": 1},
    ]
    frame = matrix.to_frame("disagree")
    assert list(frame.index) == list(frame.columns) == ["A", "B", "C"]
    assert frame.loc["A", "C"] == 2
    with pytest.raises(ValueError, match="which must be one of"):
        matrix.to_frame("both")


def test_alignment_of_the_seeds(network: nx.MultiDiGraph):
    matrix = analysis.alignment(network)
    assert matrix.labels == sorted(matrix.labels)
    assert {"Russia", "Sergey Lavrov", "United States"} <= set(matrix.labels)
    assert (matrix.agree == matrix.agree.T).all() and (matrix.disagree == matrix.disagree.T).all()
    assert not matrix.agree.diagonal().any() and not matrix.disagree.diagonal().any()
    russia, lavrov = matrix.actors.index(RUSSIA), matrix.actors.index(LAVROV)
    signed = analysis.signed_graph(network)
    shared = set(signed.successors(RUSSIA)) & set(signed.successors(LAVROV))
    assert matrix.agree[russia, lavrov] + matrix.disagree[russia, lavrov] >= len(shared) > 0
    assert analysis.alignment(signed).agree.tolist() == matrix.agree.tolist()


# --- tables -----------------------------------------------------------------------------------


def test_centrality_exact():
    network = nx.MultiDiGraph()
    for node, cls in (("r", "resolution"), ("s", "resolution"), ("c", "commodity"), ("d", "commodity")):
        network.add_node(node, cls=cls, label=node.upper(), iri=node)
    for u, v, i in (("r", "c", 1), ("r", "d", 2), ("s", "d", 3)):
        network.add_edge(u, v, "bans", predicate="bans", evidence=[{"article": f"a{i}"}], count=1)
    table = analysis.centrality(network)
    assert [(r["label"], r["degree"], r["betweenness"], r["articles"]) for r in table] == [
        ("R", 2, round(4 / 6, 6), 2), ("S", 1, 0.0, 1), ("D", 2, round(4 / 6, 6), 2), ("C", 1, 0.0, 1),
    ]
    assert table[0]["degree_centrality"] == round(2 / 3, 6)
    assert [r["label"] for r in analysis.centrality(network, classes=["commodity"])] == ["D", "C"]


def test_centrality_of_the_seeds(network: nx.MultiDiGraph):
    table = analysis.centrality(network)
    assert set(table[0]) == {"node", "label", "cls", "degree", "degree_centrality", "betweenness", "articles"}
    resolutions = [r for r in table if r["cls"] == "resolution"]
    assert resolutions[0]["node"] == R2270  # the resolution the seeds say most about
    commodities = {r["node"].rsplit("/", 1)[1] for r in table if r["cls"] == "commodity"}
    assert commodities >= COMMODITIES_2270
    classes = [r["cls"] for r in table]
    assert classes == sorted(classes, key=["resolution", "commodity"].index)


def test_positions_over_time(store: Store, network: nx.MultiDiGraph):
    table = analysis.positions_over_time(network)
    statements = store.query(sparql_prefixes() + """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
        GRAPH ?g { ?s a kg:PositionStatement } }""").rows[0][0]
    assert len(table) == int(statements)
    assert set(table[0]) == {"date", "actor", "stance", "topic", "file", "sentence"}
    dates = [r["date"] for r in table]
    assert dates == sorted(d for d in dates if d) + [None] * dates.count(None)
    found = {(r["actor"], r["stance"], r["topic"], r["file"]) for r in table}
    assert ("United States", "opposes", "double freeze", FILE_002) in found
    assert ("Russia", "opposes", "destabilisation", FILE_001) in found


def test_frame_of_rows_and_records(store: Store):
    result = store.query(sparql_prefixes() + """SELECT ?n ?d ?s ?iri ?none WHERE {
        VALUES (?n ?d ?s ?iri) { (2270 "2016-03-02"^^xsd:date "coal" kgr:x) } OPTIONAL { ?iri ?p ?none } }""")
    frame = analysis.frame(result)
    assert list(frame.columns) == ["n", "d", "s", "iri", "none"]
    row = frame.iloc[0]
    assert (row["n"], str(row["d"]), row["s"], row["iri"], row["none"]) == (
        2270, "2016-03-02", "coal", str(KGR["x"]), None)
    assert analysis.frame([{"a": 1}, {"a": 2}])["a"].tolist() == [1, 2]
    with pytest.raises(ValueError, match="SELECT"):
        analysis.frame(QueryResult("boolean", boolean=True))


# --- export -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_reads_back(network: nx.MultiDiGraph, fmt: str):
    data = analysis.export_network(network, fmt)
    read = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.BytesIO(data))
    assert set(read.nodes) == set(network.nodes)
    assert read.number_of_edges() == network.number_of_edges()
    assert read.nodes[RUSSIA]["cls"] == "state"
    edges = [d for u, v, d in read.edges(data=True) if u == USA and v.endswith("/double-freeze")]
    assert [(d["predicate"], d["files"]) for d in edges] == [("opposes", FILE_002)]


def test_flat_network_has_scalar_attributes(network: nx.MultiDiGraph):
    flat = analysis.flat_network(network)
    values = [v for _, _, d in flat.edges(data=True) for v in d.values()]
    values += [v for _, d in flat.nodes(data=True) for v in d.values()]
    assert all(isinstance(v, str | int) for v in values)
    with pytest.raises(ValueError, match="unknown graph format"):
        analysis.export_network(network, "dot")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_cli_export_graph_formats(store: Store, tmp_path: Path, fmt: str):
    target = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--out", str(target), "--store", store.spec])
    assert result.exit_code == 0, result.output
    read = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(target)
    assert R2270 in read and read.number_of_nodes() > 20


def test_cli_analyse(store: Store):
    runner = CliRunner()
    result = runner.invoke(app, ["analyse", "centrality", "--format", "csv", "--store", store.spec])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "label,cls,degree,degree_centrality,betweenness,articles"
    assert lines[1].startswith("UNSC Resolution 2270,resolution,")
    result = runner.invoke(app, ["analyse", "alignment", "--format", "tsv", "--store", store.spec])
    assert result.stdout.splitlines()[0] == "actor1\tactor2\tagree\tdisagree"
    result = runner.invoke(app, ["analyse", "positions", "--format", "json", "--store", store.spec])
    assert result.exit_code == 0 and '"stance": "opposes"' in result.stdout
