"""The graph a view shows and an analysis reads: kg's statements as a typed networkx multigraph.

Nodes are IRIs with ``cls`` (one of :data:`NODE_CLASS_NAMES`: ``state``, ``person``, ``topic``,
``resolution``, ``commodity``...), ``label`` and ``iri``; there is one edge per (subject,
predicate, object), keyed by the predicate's local name, with ``predicate``, ``kind`` (a key of
:data:`KINDS`), ``evidence`` (one dict per statement) and ``count`` (distinct articles).
:func:`build_network` makes it from an rdflib graph of reified statements (a CONSTRUCT such as
:data:`kg.views.VIEW_QUERY`), :func:`kg.views.read_network` from the store in linear time;
:func:`focus_network` keeps a node's neighbourhood. :mod:`kg.viz` draws it, :mod:`kg.analysis`
measures it: neither is needed to build it. What a view may not be asked (an unknown kind or
filter, a focus that names no node) raises :class:`kg.errors.ViewError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg import official
from kg.errors import ViewError
from kg.kinds import KINDS as STATEMENT_KINDS
from kg.namespaces import KG, KGR

__all__ = ["KINDS", "NODE_CLASSES", "NODE_CLASS_NAMES", "ViewOptions", "bindings_for", "build_network",
           "find_nodes", "finish_edge", "focus_network", "local_name"]

# The statement classes a view can show, as kg/kinds.py names them: class and predicates' local names.
KINDS: dict[str, tuple[URIRef, tuple[str, ...]]] = {
    name: (kind.cls, tuple(p.removeprefix(str(KG)) for p in kind.predicates))
    for name, kind in STATEMENT_KINDS.items()
}
NODE_CLASSES: dict[URIRef, str] = {
    KG.State: "state",
    KG.Person: "person",
    KG.Organization: "organization",
    KG.Topic: "topic",
    KG.Resolution: "resolution",
    KG.Commodity: "commodity",
    KG.Measure: "measure",
    KG.Event: "event",
    KG.Article: "article",
    KG.ListedIndividual: "listed-individual",
    KG.ListedEntity: "listed-entity",
    KG.ListedName: "listed-name",
    KG.Vessel: "vessel",
}
# Every node class of the graph: those above, and "other" for a node of none.
NODE_CLASS_NAMES: tuple[str, ...] = (*NODE_CLASSES.values(), "other")


@dataclass
class ViewOptions:
    """What to show: a focus node and its neighbourhood, one kind of statement, a title."""

    focus: str | None = None
    depth: int = 1
    kind: str | None = None  # positions | bans | events | references
    title: str = "kg graph"


def bindings_for(
    options: ViewOptions, **filters: str | date | URIRef | Literal | None
) -> dict[str, URIRef | Literal]:
    """The :data:`kg.views.VIEW_QUERY` substitutions (variable name without ``?`` -> rdflib term).

    ``options.kind`` becomes ``kindFilter``; ``filters`` may give ``actor``, ``topic``,
    ``resolution`` (an IRI, a ``kgr:`` CURIE or a label) and ``since``/``until`` (a date or
    "YYYY-MM-DD"). ``None`` leaves a variable unbound. Focus and depth are applied by
    :func:`build_network`, not by the query.
    """
    unknown = set(filters) - {"actor", "topic", "resolution", "since", "until"}
    if unknown:
        raise ViewError(f"unknown view filter(s): {sorted(unknown)}")
    bindings: dict[str, URIRef | Literal] = {}
    if options.kind is not None:
        bindings["kindFilter"] = Literal(options.kind)
    for name in ("actor", "topic", "resolution"):
        if filters.get(name) is not None:
            bindings[f"{name}Filter"] = _node_term(filters[name])
    for name in ("since", "until"):
        value = filters.get(name)
        if value is not None:
            bindings[name] = Literal(str(value)[:10], datatype=XSD.date)
    return bindings


def _node_term(value: object) -> URIRef | Literal:
    """An IRI for an IRI or ``kgr:`` CURIE, else a label literal."""
    if isinstance(value, URIRef | Literal):
        return value
    text = str(value)
    if text.startswith("kgr:"):
        return KGR[text[4:]]
    if text.startswith(("http://", "https://", "urn:")):
        return URIRef(text)
    return Literal(text)


def build_network(graph: Graph, options: ViewOptions) -> nx.MultiDiGraph:
    """A typed multigraph of the statements in ``graph`` (the result of :data:`kg.views.VIEW_QUERY`).

    Nodes are IRIs with ``cls``, ``label`` and ``iri``; there is one edge per
    (subject, predicate, object), keyed by the predicate's local name, with
    ``predicate``, ``kind``, ``evidence`` (one dict per statement: sentence, title,
    file, date, confidence, article, statement, official, measures), ``count``, the
    number of distinct articles behind it, and ``official``: True when the resolution's
    own measures do ban (or cap) the object, False when they do not, None when the edge
    is no ban or cap or no official measures are loaded for its regime; ``measures``
    names the matching ones ("2270 OP29").

    Raises:
        ViewError: ``options.kind`` is unknown, or ``options.focus`` names no node.
    """
    if options.kind is not None and options.kind not in KINDS:
        raise ViewError(f"unknown kind {options.kind!r}: expected one of {sorted(KINDS)}")
    network = nx.MultiDiGraph(title=options.title)
    nodes = _NodeReader(graph)
    for statement in graph.subjects(RDF.subject, None, unique=True):
        _add_statement(network, graph, nodes, statement, options.kind)
    for _, _, data in network.edges(data=True):
        data["statements"] = len(data["evidence"])
        finish_edge(data)
    if options.focus:
        network = focus_network(network, options.focus, options.depth)
    return network


def _statement_kind(graph: Graph, statement: Any, predicate: str) -> str:
    """The kind of a statement: by its class, else by its predicate, else ``other``."""
    types = set(graph.objects(statement, RDF.type))
    for name, (cls, _) in KINDS.items():
        if cls in types:
            return name
    return next((name for name, (_, preds) in KINDS.items() if predicate in preds), "other")


def _add_statement(
    network: nx.MultiDiGraph, graph: Graph, nodes: _NodeReader, statement: Any, kind: str | None
) -> None:
    """Add one statement's nodes and its evidence to the edge it supports."""
    s, p, o = (graph.value(statement, prop) for prop in (RDF.subject, RDF.predicate, RDF.object))
    if s is None or p is None or o is None:
        return
    predicate = local_name(p)
    statement_kind = _statement_kind(graph, statement, predicate)
    if kind is not None and statement_kind != kind:
        return
    for term in (s, o):
        if str(term) not in network:
            network.add_node(str(term), **nodes.attributes(term))
    key = predicate
    if not network.has_edge(str(s), str(o), key):
        network.add_edge(str(s), str(o), key, predicate=predicate, kind=statement_kind,
                         iri=str(p), evidence=[], count=0, official=None, measures=[])
    network.edges[str(s), str(o), key]["evidence"].append(_evidence(graph, statement))


def _evidence(graph: Graph, statement: Any) -> dict[str, Any]:
    """The sentence, article and date behind one statement, and its official match."""
    article = graph.value(statement, PROV.wasDerivedFrom)
    date = graph.value(statement, DCTERMS.date)
    if date is None and article is not None:
        date = graph.value(article, DCTERMS.date)
    confidence = graph.value(statement, KG.confidence)
    return {
        "sentence": _text(graph.value(statement, KG.evidence)),
        "title": _text(graph.value(article, DCTERMS.title)) if article is not None else "",
        "file": _text(graph.value(article, KG.fileName)) if article is not None else "",
        "date": str(date)[:10] if date is not None else None,
        "confidence": _number(confidence),
        "article": str(article) if article is not None else None,
        "statement": str(statement),
        "official": official.match_value(graph.value(statement, KG.officialMatch)),
        "measures": _measures(graph, statement),
    }


def _measures(graph: Graph, statement: Any) -> list[str]:
    """The official measures a statement matches, as "2270 OP29", sorted; a paragraph number not
    yet checked against the resolution's text is marked "(paragraph unverified)"."""
    names = set()
    for measure in graph.objects(statement, RDFS.seeAlso):
        resolution = graph.value(measure, KG.imposedBy)
        number = graph.value(resolution, KG.resolutionNumber) if resolution is not None else None
        unverified = "" if graph.value(measure, KG.verified) == Literal(True) else " (paragraph unverified)"
        for paragraph in graph.objects(measure, KG.paragraph):
            names.add((f"{number} {paragraph}" if number is not None else str(paragraph)) + unverified)
    return sorted(names)


def finish_edge(data: dict[str, Any]) -> None:
    """Sort an edge's evidence (newest first), count its distinct articles, and take its
    official match from its statements (they share subject, predicate and object, so they
    agree; a True wins over a False)."""
    data["evidence"].sort(key=lambda e: (e["date"] or "", e["confidence"] or 0), reverse=True)
    data["count"] = len({e["article"] or e["statement"] for e in data["evidence"]})
    marks = {e["official"] for e in data["evidence"]} - {None}
    data["official"] = True if True in marks else (False if marks else None)
    data["measures"] = sorted({m for e in data["evidence"] for m in e["measures"]})


def _text(term: Any) -> str:
    """A literal's text, or the empty string."""
    return str(term) if term is not None else ""


def _number(term: Any) -> float | None:
    """A numeric literal as a float (None when absent or not a number)."""
    if term is None:
        return None
    try:
        return float(term.toPython() if isinstance(term, Literal) else term)
    except (TypeError, ValueError):
        return None


def local_name(iri: Any) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _NodeReader:
    """Class and label of a node, read once from the view graph."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def attributes(self, term: Any) -> dict[str, str]:
        """``cls``, ``label`` and ``iri`` of one node."""
        return {"cls": self.node_class(term), "label": self.label(term), "iri": str(term)}

    def node_class(self, term: Any) -> str:
        """The view class: from ``rdf:type``, else from the IRI's path, else ``other``."""
        for cls in self.graph.objects(term, RDF.type):
            if cls in NODE_CLASSES:
                return NODE_CLASSES[cls]
        text = str(term)
        if text.startswith(str(KGR)):
            head = text[len(str(KGR)):].split("/", 1)[0]
            if head in NODE_CLASS_NAMES:
                return head
        return "other"

    def label(self, term: Any) -> str:
        """prefLabel (English first), rdfs:label, title, event type, else the IRI's tail."""
        for prop in (SKOS.prefLabel, RDFS.label, DCTERMS.title):
            labels = list(self.graph.objects(term, prop))
            if labels:
                english = [x for x in labels if getattr(x, "language", None) in ("en", None)]
                return str(sorted(english or labels, key=str)[0])
        event_type = self.graph.value(term, KG.eventType)
        if event_type is not None:
            return local_name(event_type).replace("-", " ").capitalize()
        return local_name(term) or str(term)


def focus_network(network: nx.MultiDiGraph, focus: str, depth: int) -> nx.MultiDiGraph:
    """The nodes within ``depth`` hops (either direction) of the node(s) ``focus`` names.

    ``focus`` is an IRI, a ``kgr:`` CURIE, or a label matched case-blind.
    """
    centres = find_nodes(network, focus)
    if not centres:
        raise ViewError(f"no node matches focus {focus!r}")
    undirected = network.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep.update(nx.ego_graph(undirected, centre, radius=max(depth, 0)))
    return network.subgraph(keep).copy()


def find_nodes(network: nx.MultiDiGraph, text: str) -> list[str]:
    """The nodes an IRI, ``kgr:`` CURIE or case-blind label names."""
    iri = str(KGR) + text[4:] if text.startswith("kgr:") else text
    if iri in network:
        return [iri]
    wanted = text.casefold().strip()
    return [n for n, label in network.nodes(data="label") if str(label).casefold() == wanted]
