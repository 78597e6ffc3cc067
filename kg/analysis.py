"""Graph analysis with networkx: the store as a typed graph, stances, alignment, centrality.

A Python API for notebooks and scripts::

    from kg import analysis
    from kg.store import open_store

    store = open_store("oxigraph:kg-data", read_only=True)
    network = analysis.network(store)                 # typed nx.MultiDiGraph of the statements
    matrix = analysis.alignment(network)              # who agrees with whom, on how many topics
    analysis.frame(analysis.centrality(network))      # a pandas DataFrame (pandas is optional)

:func:`network` builds the graph the interactive view shows (:mod:`kg.network`):
nodes are IRIs with ``cls`` (``state``, ``person``, ``topic``, ``resolution``,
``commodity``...), ``label`` and ``iri``; there is one edge per (subject, predicate,
object), keyed by the predicate's local name, with ``predicate``, ``kind`` (``positions``,
``bans``, ``events``, ``references``), ``evidence`` (one dict per statement: sentence,
title, file, date, confidence, article, statement) and ``count`` (distinct articles).
Everything else here reads that graph, so it works on a filtered or focused one as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg import network as model
from kg import views
from kg.namespaces import KGR
from kg.store import QueryResult, Store

if TYPE_CHECKING:  # pandas is an optional dependency (the notebook extra)
    import pandas as pd

__all__ = [
    "Alignment",
    "alignment",
    "centrality",
    "export_network",
    "flat_network",
    "frame",
    "network",
    "positions_over_time",
    "signed_graph",
]

STANCE_SIGN = {"supports": 1, "opposes": -1}
EXPORT_FORMATS = ("graphml", "gexf")
EXACT_BETWEENNESS = 1000
BETWEENNESS_SAMPLES = 200
Record = dict[str, Any]


# --------------------------------------------------------------------------- the graph


def network(source: Store | Graph, *, kind: str | None = None, **filters: Any) -> nx.MultiDiGraph:
    """The statements of a store, or of a CONSTRUCT result, as a typed ``nx.MultiDiGraph``.

    Args:
        source: a store (read with :func:`kg.views.read_network`, in time linear in the
            corpus), or an rdflib graph such as
            ``store.construct(...)``. A graph of reified statements (``rdf:subject``,
            ``rdf:predicate``, ``rdf:object``) gives one edge per statement's triple, with
            its evidence; any other graph gives one edge per triple whose object is an IRI,
            ``rdf:type`` and labels becoming node attributes.
        kind: ``positions``, ``bans``, ``events`` or ``references`` only.
        filters: ``actor``, ``topic``, ``resolution``, ``since``, ``until`` of
            :func:`kg.network.bindings_for` (stores only).
    """
    options = model.ViewOptions(kind=kind)
    if isinstance(source, Graph):
        if filters:
            raise ValueError("filters apply to a store; filter a CONSTRUCT in its query")
        if next(source.triples((None, RDF.subject, None)), None) is not None:
            return model.build_network(source, options)
        return _plain_network(source)
    return views.read_network(source, options, **filters)


def _plain_network(graph: Graph) -> nx.MultiDiGraph:
    """One edge per triple whose object is an IRI; types and labels as node attributes."""
    known = model.NODE_CLASSES
    classes = {s: known[o] for s, o in graph.subject_objects(RDF.type) if o in known}
    network = nx.MultiDiGraph()
    for s, p, o in graph:
        if p == RDF.type or not isinstance(o, URIRef):
            continue
        for term in (s, o):
            if str(term) not in network:
                network.add_node(str(term), cls=classes.get(term, _class_from_iri(term)),
                                 label=_label(graph, term), iri=str(term))
        predicate = model.local_name(p)
        network.add_edge(str(s), str(o), predicate, predicate=predicate, kind=_kind_of(predicate),
                         iri=str(p), evidence=[], count=1)
    return network


def _class_from_iri(term: Any) -> str:
    """The view class a ``kgr:`` IRI's path names (``kgr:state/russia`` is a state), else ``other``."""
    head = str(term).removeprefix(str(KGR)).split("/", 1)[0]
    return head if str(term).startswith(str(KGR)) and head in model.NODE_CLASS_NAMES else "other"


def _label(graph: Graph, term: Any) -> str:
    """A node's prefLabel, rdfs:label or title in ``graph``, else the IRI's tail."""
    for prop in (SKOS.prefLabel, RDFS.label, DCTERMS.title):
        value = graph.value(term, prop)
        if value is not None:
            return str(value)
    return model.local_name(term)


def _kind_of(predicate: str) -> str:
    return next((name for name, (_, preds) in model.KINDS.items() if predicate in preds), "other")


# --------------------------------------------------------------------------- stances


def signed_graph(network: nx.MultiDiGraph) -> nx.DiGraph:
    """The signed actor -> topic graph of the position statements in ``network``.

    One edge per actor and topic, with ``supports`` and ``opposes`` (how many distinct
    articles report each stance), ``weight`` (supports minus opposes) and ``sign`` (+1,
    -1, or 0 when the articles are split). Nodes keep their ``cls`` and ``label``.
    """
    signed = nx.DiGraph()
    for actor, topic, data in network.edges(data=True):
        if data.get("predicate") not in STANCE_SIGN:
            continue
        for node in (actor, topic):
            signed.add_node(node, **network.nodes[node])
        if not signed.has_edge(actor, topic):
            signed.add_edge(actor, topic, supports=0, opposes=0)
        signed.edges[actor, topic][data["predicate"]] += data.get("count", 1)
    for _, _, data in signed.edges(data=True):
        data["weight"] = data["supports"] - data["opposes"]
        data["sign"] = int(np.sign(data["weight"]))
    return signed


@dataclass
class Alignment:
    """How often each pair of actors took the same or opposite stances on the same topics.

    ``agree[i, j]`` counts the topics on which actors ``i`` and ``j`` took the same stance,
    ``disagree[i, j]`` those on which they took opposite ones (an actor that both supports
    and opposes a topic counts once each way). The diagonal is zero.
    """

    actors: list[str]
    labels: list[str]
    agree: np.ndarray
    disagree: np.ndarray

    @property
    def net(self) -> np.ndarray:
        """Agreements minus disagreements."""
        return self.agree - self.disagree

    def pairs(self) -> list[Record]:
        """Every pair of actors with at least one shared topic, once, in label order."""
        rows = []
        for i, j in zip(*np.triu_indices(len(self.actors), k=1), strict=True):
            if self.agree[i, j] or self.disagree[i, j]:
                rows.append({"actor1": self.labels[i], "actor2": self.labels[j],
                             "agree": int(self.agree[i, j]), "disagree": int(self.disagree[i, j])})
        return rows

    def to_frame(self, which: str = "net") -> pd.DataFrame:
        """``agree``, ``disagree`` or ``net`` as a labelled pandas DataFrame (needs pandas)."""
        import pandas as pd  # here, not above: pandas is optional (the notebook extra)

        matrices = {"agree": self.agree, "disagree": self.disagree, "net": self.net}
        if which not in matrices:
            raise ValueError(f"which must be one of {sorted(matrices)}, not {which!r}")
        return pd.DataFrame(matrices[which], index=self.labels, columns=self.labels)


def alignment(graph: nx.MultiDiGraph | nx.DiGraph) -> Alignment:
    """The actor alignment matrix of a :func:`network` (or of its :func:`signed_graph`).

    Actors are the subjects of position statements, ordered by label.
    """
    signed = graph if _is_signed(graph) else signed_graph(graph)
    stances = _stances(signed)
    actors = sorted({actor for actor, _ in stances}, key=lambda n: (str(signed.nodes[n].get("label", n)), n))
    index = {actor: i for i, actor in enumerate(actors)}
    agree = np.zeros((len(actors), len(actors)), dtype=int)
    disagree = np.zeros_like(agree)
    by_topic: dict[str, list[tuple[str, int]]] = {}
    for (actor, topic), signs in stances.items():
        by_topic.setdefault(topic, []).extend((actor, sign) for sign in signs)
    for held in by_topic.values():
        for a, sign_a in held:
            for b, sign_b in held:
                if a != b:
                    (agree if sign_a == sign_b else disagree)[index[a], index[b]] += 1
    labels = [str(signed.nodes[a].get("label", a)) for a in actors]
    return Alignment(actors, labels, agree, disagree)


def _is_signed(graph: nx.Graph) -> bool:
    return not graph.is_multigraph() and all("sign" in d for _, _, d in graph.edges(data=True))


def _stances(signed: nx.DiGraph) -> dict[tuple[str, str], list[int]]:
    """(actor, topic) -> the stances held: +1 when any article reports support, -1 opposition."""
    return {(a, t): [s for s, n in ((1, d["supports"]), (-1, d["opposes"])) if n]
            for a, t, d in signed.edges(data=True)}


# --------------------------------------------------------------------------- tables


def centrality(
    network: nx.MultiDiGraph, classes: Iterable[str] = ("resolution", "commodity")
) -> list[Record]:
    """Centrality of the nodes of ``classes`` in ``network``, one record each.

    Measured on the undirected simple graph: ``degree`` (distinct neighbours),
    ``degree_centrality`` and ``betweenness`` (normalised; estimated from ``BETWEENNESS_SAMPLES``
    sources past ``EXACT_BETWEENNESS`` nodes), and ``articles``, the distinct
    articles behind the node's edges. Sorted by class (as given), then most central first.
    """
    classes = list(classes)
    simple = nx.Graph(network.to_undirected(as_view=True))
    degree = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)
    # Exact betweenness costs nodes x edges; past EXACT_BETWEENNESS nodes it is estimated from
    # BETWEENNESS_SAMPLES sources (fixed seed), which keeps kg analyse linear in the graph.
    sample = None if len(simple) <= EXACT_BETWEENNESS else BETWEENNESS_SAMPLES
    betweenness = nx.betweenness_centrality(simple, k=sample, seed=7 if sample else None)
    rows = [
        {"node": node, "label": str(data.get("label", node)), "cls": data.get("cls", "other"),
         "degree": simple.degree(node), "degree_centrality": round(degree[node], 6),
         "betweenness": round(betweenness[node], 6), "articles": _articles_of(network, node)}
        for node, data in network.nodes(data=True) if data.get("cls") in classes
    ]
    rows.sort(key=lambda r: (classes.index(r["cls"]), -r["degree"], -r["betweenness"], r["label"]))
    return rows


def _articles_of(network: nx.MultiDiGraph, node: str) -> int:
    edges = [*network.in_edges(node, data=True), *network.out_edges(node, data=True)]
    return len({e.get("article") or e.get("statement") for _, _, d in edges for e in d.get("evidence", [])})


def positions_over_time(network: nx.MultiDiGraph) -> list[Record]:
    """Every position statement as a record: date, actor, stance, topic, file, sentence.

    Dated statements first, oldest first; a date is the statement's, else its article's.
    """
    rows = [
        {"date": e.get("date"), "actor": _node_label(network, actor), "stance": data["predicate"],
         "topic": _node_label(network, topic), "file": e.get("file", ""), "sentence": e.get("sentence", "")}
        for actor, topic, data in network.edges(data=True) if data.get("predicate") in STANCE_SIGN
        for e in data.get("evidence", [])
    ]
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["actor"], r["topic"], r["stance"],
                             r["file"], r["sentence"]))
    return rows


def _node_label(network: nx.MultiDiGraph, node: str) -> str:
    return str(network.nodes[node].get("label", node))


def frame(data: QueryResult | Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A pandas DataFrame of a SELECT result (literals as Python values) or of records."""
    import pandas as pd  # here, not above: pandas is optional (the notebook extra)

    if isinstance(data, QueryResult):
        if data.kind != "rows":
            raise ValueError("frame() needs the rows of a SELECT query")
        rows = [[_python(term) for term in row] for row in data.rows]
        return pd.DataFrame(rows, columns=data.variables)
    return pd.DataFrame(list(data))


def _python(term: Any) -> Any:
    """A literal's Python value (numbers, dates, strings); IRIs as strings; None as None."""
    if isinstance(term, Literal):
        value = term.toPython()
        plain = isinstance(value, int | float | str | bool) or hasattr(value, "isoformat")
        return value if plain else str(term)
    return None if term is None else str(term)


# --------------------------------------------------------------------------- export


def flat_network(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes, as GraphML and GEXF need.

    An edge's evidence becomes ``sentence`` (the newest), ``dates`` and ``files``
    (distinct, ``; ``-joined) beside ``predicate``, ``kind`` and ``count``.
    """
    flat = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        flat.add_node(node, **{k: str(v) for k, v in data.items() if v is not None})
    for u, v, key, data in network.edges(keys=True, data=True):
        evidence = data.get("evidence", [])
        flat.add_edge(u, v, key, predicate=str(data.get("predicate", key)), kind=str(data.get("kind", "")),
                      count=int(data.get("count", len(evidence))), label=str(data.get("predicate", key)),
                      sentence=evidence[0]["sentence"] if evidence else "",
                      dates="; ".join(sorted({e["date"] for e in evidence if e.get("date")})),
                      files="; ".join(sorted({e["file"] for e in evidence if e.get("file")})))
    return flat


def export_network(source: Store | nx.MultiDiGraph, fmt: str) -> bytes:
    """The :func:`network` of a store (or a network) as GraphML or GEXF, for Gephi and the like."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}")
    graph = flat_network(source if isinstance(source, nx.Graph) else network(source))
    lines = nx.generate_graphml(graph) if fmt == "graphml" else nx.generate_gexf(graph)
    return ("\n".join(lines) + "\n").encode("utf-8")
