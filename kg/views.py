"""What the views show, read from the store in time linear in the corpus.

:func:`read_network` builds the typed ``networkx.MultiDiGraph`` of :mod:`kg.network` from
SELECT questions whose rows grow with the statements only where they must:

* :data:`STATEMENTS_QUERY` (:func:`statements_query`, with the view's filters): one row per
  statement of the article graphs, with its subject, predicate, object, article, date and
  confidence but not its sentence: what counts, ranks and dates the edges. Each property is a
  sub-SELECT of its own, which the store joins by hash, and the article graphs are told apart
  by the few graphs that are none (:func:`article_graphs_filter`), not by spelling out each
  statement's graph: 279,161 statements read in about a third of the time;
* :data:`ARTICLES_QUERY`: each article's title, file, date and source;
* and, for the edges the network keeps only (``edge_limit``: a page keeps the 12,000 backed by
  most articles), :func:`sentences_query` (the sentences of their best statements),
  :func:`nodes_query` (the class, labels, dates and regime of their nodes, **once per node**,
  from the reference graphs and one article graph that names it: a node's labels are written in
  every article graph that names it, and :data:`VIEW_QUERY` used to join each statement with
  every copy, which made ``kg build`` quadratic in repeated stories: issue 14) and
  :func:`official_query` (the official check of each of their bans and caps, once).

``evidence_limit`` keeps only the newest, most confident sentences of each edge (the page of a
big store carries those and says how many it left out); counts are always over every statement.

:data:`VIEW_QUERY`, a CONSTRUCT, gives the same statements with their evidence as one graph, for
:func:`kg.network.build_network` (and for a SPARQL user who wants the view's data).
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from string import Template
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg import official
from kg.errors import StoreError, ViewError
from kg.namespaces import KG, KGR, REFERENCE_GRAPH, sparql_prefixes
from kg.network import (
    KINDS,
    NODE_CLASS_NAMES,
    NODE_CLASSES,
    ViewOptions,
    bindings_for,
    focus_network,
    local_name,
)
from kg.store import Store, bind_values

__all__ = ["ARTICLES_QUERY", "KINDS", "STATEMENTS_QUERY", "STATEMENT_GRAPHS_QUERY", "VIEW_QUERY",
           "article_graphs_filter", "classes_query", "count_statements", "edge_order", "node_attributes",
           "nodes_query", "official_query", "read_network", "select", "sentences_query", "statements_query"]

ARTICLE_GRAPHS = str(KGR["graph/article/"])
# Where nodes are defined besides the article that names them: the ontology's reference data and
# the UN list (kg import un-list).
NODE_GRAPHS = f"<{REFERENCE_GRAPH}> <{KGR['graph/un-list']}>"
NODE_PROPERTIES = (RDF.type, SKOS.prefLabel, RDFS.label, DCTERMS.title, KG.eventType, DCTERMS.date,
                   KG.adoptionDate, KG.regime, KG.resolutionNumber)


def _label_test(node: str, wanted: str) -> str:
    """True when ``?wanted`` is a literal naming ``?node`` (case-blind) in the reference graph or
    in the statement's own graph ``?g``: a node's label is looked up where it is defined, never
    in every article graph that repeats it."""
    return (f"(isLITERAL(?{wanted}) && EXISTS {{ {{ VALUES ?{wanted}Graph {{ {NODE_GRAPHS} }} "
            f"GRAPH ?{wanted}Graph {{ ?{node} skos:prefLabel|rdfs:label|skos:altLabel ?{wanted}Label }} }} "
            f"UNION {{ GRAPH ?g {{ ?{node} "
            f"skos:prefLabel|rdfs:label|skos:altLabel ?{wanted}Label }} }} "
            f"FILTER(LCASE(STR(?{wanted}Label)) = LCASE(STR(?{wanted}))) }})")


def touches(filter_var: str, *extra: str) -> str:
    """A FILTER keeping a statement when ``?filter_var`` is unbound or names its subject or
    object: an IRI must equal the node, a literal matches one of its labels, case-blind.
    ``extra`` are further alternatives."""
    tests = [f"?s = ?{filter_var}", f"?o = ?{filter_var}", *extra,
             _label_test("s", filter_var), _label_test("o", filter_var)]
    return f"FILTER(!BOUND(?{filter_var})\n    || " + "\n    || ".join(tests) + ")"


def _kind_rows() -> str:
    return " ".join(f'("{name}" <{cls}> <{KG[p]}>)' for name, (cls, preds) in KINDS.items() for p in preds)


def statement_filters(active: Iterable[str] | None = None, graphs: str | None = None) -> str:
    """The view's filters over ``?st ?s ?p ?o ?g`` (shared with :data:`VIEW_QUERY`): all
    of them, or only those of the ``active`` variables (a filter of an unbound variable keeps
    everything, but the store still pays for its EXISTS on every row). ``graphs`` replaces the
    test that ``?g`` is an article graph (see :func:`article_graphs_filter`)."""
    represents = "EXISTS {{ GRAPH ?representsGraph {{ ?{v} kg:represents ?actorFilter }} }}"
    clauses = {
        "kindFilter": f"""FILTER(!BOUND(?kindFilter) || EXISTS {{
    VALUES (?kindName ?kindClass ?kindPredicate) {{ {_kind_rows()} }}
    FILTER(?kindName = LCASE(STR(?kindFilter)))
    FILTER(?p = ?kindPredicate || EXISTS {{ GRAPH ?g {{ ?st a ?kindClass }} }})
  }})""",
        "actorFilter": touches("actorFilter", represents.format(v="s"), represents.format(v="o")),
        "topicFilter": touches("topicFilter"),
        "resolutionFilter": touches("resolutionFilter"),
    }
    wanted = set(clauses) if active is None else set(active)
    graph_test = f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}"))' if graphs is None else graphs
    return "\n  ".join([graph_test,
                        *(text for name, text in clauses.items() if name in wanted)])


FILTER_SLOT = """
  # The filter variables, unbound unless the caller substitutes them. This never-matching
  # OPTIONAL puts them in scope (oxigraph substitutes only in-scope variables) and keeps
  # its optimiser from folding BOUND(?var) to false before the substitution applies.
  OPTIONAL { ?kindFilter <urn:x-kg:filter-slot> ?actorFilter .
             ?topicFilter <urn:x-kg:filter-slot> ?resolutionFilter .
             ?since <urn:x-kg:filter-slot> ?until }"""

DATE_FILTERS = """
  FILTER(!BOUND(?since) || (BOUND(?when) && SUBSTR(STR(?when), 1, 10) >= SUBSTR(STR(?since), 1, 10)))
  FILTER(!BOUND(?until) || (BOUND(?when) && SUBSTR(STR(?when), 1, 10) <= SUBSTR(STR(?until), 1, 10)))"""

def _column(var: str, pattern: str) -> str:
    """One property of the statements as a sub-SELECT of its own, joined to the others on
    ``?st ?g``: the store answers each with one scan and joins the scans by hash. Written as one
    group, the same patterns had it look each statement's properties up one by one (7.2 s against
    3.1 s for the subject, predicate and object of 279,161 statements; issue 14)."""
    return f"{{ SELECT ?st ?g ?{var} WHERE {{ GRAPH ?g {{ {pattern} }} }} }}"


def statements_query(active: Iterable[str] | None = None, graphs: str | None = None) -> str:
    """One row per statement of the article graphs: statement, subject, predicate, object,
    article, date and confidence, without its sentence (:func:`sentences_query` fetches those of
    the statements a view carries), with the filters of the ``active`` variables (all when
    None): bind ``kindFilter``, ``actorFilter``, ``topicFilter``, ``resolutionFilter``,
    ``since``, ``until`` as :func:`kg.network.bindings_for` makes them. ``?date`` is the
    statement's own; the article's date stands in for it only under a date filter (else the
    reader takes it from the articles). ``graphs`` is the FILTER that keeps the article graphs
    (:func:`article_graphs_filter`; by default a test of each graph's IRI)."""
    active = None if active is None else set(active)
    dated = active is None or bool(active & {"since", "until"})
    # Undated, the statement's date and confidence are read as they are stored: each variable the
    # query holds widens every row of the store's hash tables (a third more memory, 12 against 8).
    article_date, date = (" OPTIONAL { ?article dcterms:date ?articleDate }", "statementDate") if dated \
        else ("", "date")
    head = "(STR(COALESCE(?statementDate, ?articleDate)) AS ?date)" if dated else "?date"
    return sparql_prefixes() + f"""
SELECT ?st ?s ?p ?o ?article {head} ?confidence
WHERE {{{FILTER_SLOT if active is None else ""}
  {_column("s", "?st rdf:subject ?s")}
  {_column("p", "?st rdf:predicate ?p")}
  {_column("o", "?st rdf:object ?o")}
  OPTIONAL {{ SELECT ?st ?g ?article{" ?articleDate" if dated else ""} WHERE {{
    GRAPH ?g {{ ?st prov:wasDerivedFrom ?article{article_date} }} }} }}
  OPTIONAL {_column(date, f"?st dcterms:date ?{date}")}
  OPTIONAL {_column("confidence", "?st kg:confidence ?confidence")}
  {statement_filters(active, graphs)}{_date_filters() if dated else ""}
}}
"""


def _date_filters() -> str:
    """``since`` and ``until`` over the statement's date, else its article's."""
    return "\n  BIND(COALESCE(?statementDate, ?articleDate) AS ?when)" + DATE_FILTERS


STATEMENTS_QUERY: str = statements_query(())
"""Every statement of the article graphs, unfiltered (:func:`statements_query` adds filters)."""

STATEMENT_GRAPHS_QUERY: str = sparql_prefixes() + """
SELECT ?g (COUNT(*) AS ?statements) WHERE { GRAPH ?g { ?st rdf:subject ?s } } GROUP BY ?g
"""
"""How many statements each graph holds: the store counts them without spelling out a graph's
IRI per statement, which a test of its prefix would (2.5 s of 3.9 for 279,161 statements)."""


def article_graphs_filter(store: Store) -> tuple[str, int]:
    """A FILTER on ``?g`` that keeps the article graphs among those that hold statements, and
    how many statements those hold: the graphs are read once, and the filter names the others
    (usually none, so there is no filter at all)."""
    counts = select(store, STATEMENT_GRAPHS_QUERY)
    others = [g for g, _ in counts if g is not None and not g.startswith(ARTICLE_GRAPHS)]
    total = sum(int(n or 0) for g, n in counts if g is not None and g.startswith(ARTICLE_GRAPHS))
    if not others:
        return "", total
    return f"FILTER(?g NOT IN ({', '.join(_iri(g) or '<urn:x-kg:none>' for g in others)}))", total


NODE_PROPERTY_LIST = ", ".join(f"<{p}>" for p in NODE_PROPERTIES)


def nodes_query(named: Iterable[tuple[str, str]]) -> str:
    """The class, labels, dates and regime of each node of ``named`` (node, a statement that
    names it): from the reference and UN-list graphs, and from the graph of that one statement,
    never from every article graph that repeats a label. Nodes that are no IRI are left out.
    (Each graph is named in a branch of its own: a ``VALUES`` of the two graphs had the store
    take 1.2 s instead of 0.03 for 2,000 nodes, and 68 s in a union with the third branch.)"""
    rows = " ".join(f"({n} {st})" for n, st in ((_iri(n), _iri(st)) for n, st in named) if n and st)
    graphs = " UNION ".join(f"{{ GRAPH {g} {{ ?n ?property ?value }} }}" for g in NODE_GRAPHS.split())
    return sparql_prefixes() + f"""
SELECT DISTINCT ?n ?property ?value (LANG(?value) AS ?lang) WHERE {{
  VALUES (?n ?st) {{ {rows} }}
  {graphs}
  UNION {{ GRAPH ?home {{ ?st rdf:subject|rdf:object ?n . ?n ?property ?value }} }}
  FILTER(?property IN ({NODE_PROPERTY_LIST}))
}}
"""


def official_query(triples: Iterable[tuple[str, str, str]]) -> str:
    """The official check of each (resolution, bans|caps, commodity) of ``triples`` that names a
    regime with official measures (the test of :data:`kg.official.VIEW_PATTERN`, once per
    triple), and the paragraphs it matches."""
    rows = " ".join(f"({' '.join(terms)})" for terms in ([_iri(t) for t in triple] for triple in triples)
                    if all(terms))
    return sparql_prefixes() + f"""
SELECT DISTINCT ?s ?p ?o ?officialMatch ?matchedParagraph ?matchedNumber ?matchedVerified WHERE {{
  VALUES (?s ?p ?o) {{ {rows} }}
  # The regimes the official measures cover, found once; a triple of another regime has no mark.
  {{ SELECT DISTINCT ?coveredRegime WHERE {{
      GRAPH <{REFERENCE_GRAPH}> {{ ?anyMeasure kg:imposedBy ?anyBy . ?anyBy kg:regime ?coveredRegime }}
  }} }}
  GRAPH <{REFERENCE_GRAPH}> {{ ?s kg:regime ?coveredRegime }}
  BIND(EXISTS {{ GRAPH <{REFERENCE_GRAPH}> {{
    ?officialMeasure kg:imposedBy ?s ; kg:measurePredicate ?p ; kg:commodity ?officialCommodity .
    ?o skos:broader* ?officialCommodity }} }} AS ?officialMatch)
  OPTIONAL {{
    GRAPH <{REFERENCE_GRAPH}> {{
      ?matchedMeasure kg:imposedBy ?s ; kg:measurePredicate ?p ; kg:commodity ?matchedCommodity ;
                      kg:paragraph ?matchedParagraph .
      ?o skos:broader* ?matchedCommodity .
      OPTIONAL {{ ?matchedMeasure kg:verified ?matchedVerified }}
      OPTIONAL {{ ?s kg:resolutionNumber ?matchedNumber }}
    }}
    FILTER(?officialMatch)
  }}
}}
"""


def sentences_query(statements: Iterable[str]) -> str:
    """The sentence of each of ``statements`` (IRIs), looked up one by one."""
    rows = " ".join(filter(None, map(_iri, statements)))
    return sparql_prefixes() + f"""
SELECT ?st ?evidence WHERE {{ VALUES ?st {{ {rows} }} GRAPH ?g {{ ?st kg:evidence ?evidence }} }}
"""


def classes_query(statements: Iterable[str]) -> str:
    """The kg classes of each of ``statements`` (IRIs)."""
    rows = " ".join(filter(None, map(_iri, statements)))
    return sparql_prefixes() + f"""
SELECT ?st ?class WHERE {{ VALUES ?st {{ {rows} }} GRAPH ?g {{ ?st a ?class }}
  FILTER(STRSTARTS(STR(?class), "{KG}")) }}
"""


ARTICLES_QUERY: str = sparql_prefixes() + f"""
SELECT ?article ?title ?file (STR(?published) AS ?date) ?source WHERE {{
  GRAPH ?g {{
    ?article a kg:Article .
    OPTIONAL {{ ?article dcterms:title ?title }}
    OPTIONAL {{ ?article kg:fileName ?file }}
    OPTIONAL {{ ?article dcterms:date ?published }}
    OPTIONAL {{ ?article dcterms:source ?source }}
  }}
  FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}"))
}}
"""

REGIMES_QUERY: str = sparql_prefixes() + f"""
SELECT ?regime ?label WHERE {{
  GRAPH <{REFERENCE_GRAPH}> {{ ?regime a kg:SanctionsRegime ; rdfs:label ?label }}
}}
"""


VIEW_QUERY: str = sparql_prefixes() + Template("""
CONSTRUCT {
  ?st a ?stClass ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      kg:stance ?stance ; kg:evidence ?evidence ; dcterms:date ?date ;
      kg:confidence ?confidence ; prov:wasDerivedFrom ?article .
  ?article a kg:Article ; dcterms:title ?articleTitle ; kg:fileName ?fileName ;
      dcterms:date ?articleDate .
  ?st kg:officialMatch ?officialMatch ; rdfs:seeAlso ?matchedMeasure .
  ?matchedMeasure kg:paragraph ?matchedParagraph ; kg:imposedBy ?s ; kg:verified ?matchedVerified .
  ?s kg:resolutionNumber ?matchedNumber .
  ?s ?subjectProperty ?subjectValue .
  ?o ?objectProperty ?objectValue .
}
WHERE {${filter_slot}
  GRAPH ?g {
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?st a ?stClass }
    OPTIONAL { ?st kg:stance ?stance }
    OPTIONAL { ?st kg:evidence ?evidence }
    OPTIONAL { ?st dcterms:date ?date }
    OPTIONAL { ?st kg:confidence ?confidence }
    OPTIONAL {
      ?st prov:wasDerivedFrom ?article .
      OPTIONAL { ?article dcterms:title ?articleTitle }
      OPTIONAL { ?article kg:fileName ?fileName }
      OPTIONAL { ?article dcterms:date ?articleDate }
    }
  }
  # ?officialMatch: true/false for a ban or cap of a regime with official measures, else unbound.
  ${official_pattern}
  # The operative paragraphs of the measures a matching statement matches.
  OPTIONAL {
    GRAPH <${reference_graph}> {
      ?matchedMeasure kg:imposedBy ?s ; kg:measurePredicate ?p ; kg:commodity ?matchedCommodity ;
                      kg:paragraph ?matchedParagraph .
      ?o skos:broader* ?matchedCommodity .
      OPTIONAL { ?matchedMeasure kg:verified ?matchedVerified }
      OPTIONAL { ?s kg:resolutionNumber ?matchedNumber }
    }
    FILTER(?officialMatch)
  }
  ${filters}
  BIND(COALESCE(?date, ?articleDate) AS ?when)${date_filters}
  # A node's class and labels from the reference and UN-list graphs and from the statement's own
  # graph (where an article names a node new to the ontology), never from every article graph that
  # repeats them: that join grew with the square of a story's copies (issue 14).
  OPTIONAL { VALUES ?subjectProperty { ${node_properties} }
             { VALUES ?subjectGraph { ${node_graphs} }
               GRAPH ?subjectGraph { ?s ?subjectProperty ?subjectValue } }
             UNION { GRAPH ?g { ?s ?subjectProperty ?subjectValue } } }
  OPTIONAL { VALUES ?objectProperty { ${node_properties} }
             { VALUES ?objectGraph { ${node_graphs} } GRAPH ?objectGraph { ?o ?objectProperty ?objectValue } }
             UNION { GRAPH ?g { ?o ?objectProperty ?objectValue } } }
}
""").substitute(
    filter_slot=FILTER_SLOT,
    date_filters=DATE_FILTERS,
    official_pattern=official.VIEW_PATTERN.strip(),
    reference_graph=str(REFERENCE_GRAPH),
    filters=statement_filters(),
    node_graphs=NODE_GRAPHS,
    node_properties="rdf:type skos:prefLabel rdfs:label dcterms:title kg:eventType",
)
"""Everything a view shows, in one default graph; bind ?kindFilter, ?actorFilter,
?topicFilter, ?resolutionFilter (IRIs, or literals matched against labels case-blind;
an actor also matches the people who represent it), ?since and ?until (xsd:date or
"YYYY-MM-DD") as substitutions; an unbound variable filters nothing.

A ban or cap of a regime with official measures carries ``kg:officialMatch`` (see
:data:`kg.official.VIEW_PATTERN`); a matching one also has ``rdfs:seeAlso`` the measures it
matches, each with its ``kg:paragraph`` and ``kg:imposedBy`` resolution (and that
resolution's ``kg:resolutionNumber``)."""


def read_network(store: Store, options: ViewOptions | None = None, *, evidence_limit: int | None = None,
                 edge_limit: int | None = None, keep: set[str] | None = None,
                 **filters: Any) -> nx.MultiDiGraph:
    """The typed network of :mod:`kg.network`, read in time linear in the corpus.

    One question reads every statement's subject, predicate, object, article, date and
    confidence, never its sentence; the others ask only for what the network carries: the
    sentences of the best statements of each edge it keeps, the labels of its nodes and the
    official check of its bans and caps. A statement's kind is its predicate's (kg/kinds.py
    gives each class predicates of its own); a statement whose predicate is of no kind is asked
    for its class.

    Args:
        store: the store.
        options: a :class:`kg.network.ViewOptions` (kind, focus, depth, title).
        evidence_limit: keep at most this many sentences per edge (newest first, then most
            confident); ``count`` (articles) and ``statements`` are always over all of them.
        edge_limit: keep only this many edges, those backed by most articles (:func:`edge_order`),
            and put what the whole network held in ``network.graph["whole"]``: ``statements``,
            ``edges``, ``nodes`` and ``left_out`` (edges left out, by kind).
        keep: only these statements (IRIs), e.g. those a CONSTRUCT of ``kg viz --sparql`` names.
        filters: ``actor``, ``topic``, ``resolution``, ``since``, ``until`` of
            :func:`kg.network.bindings_for`.

    Raises:
        ViewError: an unknown kind or filter, or a focus that names no node.
    """
    options = options or ViewOptions()
    if options.kind is not None and options.kind not in KINDS:
        raise ViewError(f"unknown kind {options.kind!r}: expected one of {sorted(KINDS)}")
    bindings = bindings_for(options, **filters)
    graphs, _ = article_graphs_filter(store)
    articles = {row[0]: row for row in select(store, ARTICLES_QUERY)}
    reader = _Reader(articles, options.kind, keep, evidence_limit)
    reader.read(select(store, statements_query(bindings, graphs), bindings, stream=True))
    reader.read_pending(store)
    edges, regimes = reader.edges, {r: label for r, label in select(store, REGIMES_QUERY) if r and label}
    nodes: dict[str, dict[str, list[tuple[str, str]]]] = {}
    if options.focus:  # a focus may name a node by its label: every node's labels are read
        nodes = _node_properties(store, _naming(edges))
        edges = _focused(edges, nodes, regimes, options)
    order, whole = sorted(edges), _whole(edges)
    if edge_limit is not None and len(order) > edge_limit:
        order = sorted(edges, key=lambda k: edge_order(k[0], k[1], k[2], len(edges[k].articles),
                                                       edges[k].newest))
        whole["left_out"] = dict(Counter(edges[k].kind for k in order[edge_limit:]))
        order = order[:edge_limit]
    kept = {key: edges[key] for key in order}
    nodes.update(_node_properties(store, {n: st for n, st in _naming(kept).items() if n not in nodes}))
    network = _network(store, kept, nodes, regimes, articles, options.title)
    network.graph["months"] = {kind: dict(sorted(c.items())) for kind, c in reader.months.items()}
    if edge_limit is not None:
        network.graph["whole"] = whole
    return network


def edge_order(s: str, o: str, key: str, count: int, newest: str | None) -> tuple[int, int, str, str, str]:
    """How a page ranks edges: backed by more articles first, then the newest, then by name."""
    return (-count, -int(newest.replace("-", "")[:8]) if newest else 0, s, o, key)


# (date or "", confidence or 0, statement, article, confidence): a statement of an edge.
Best = tuple[str, float, str, str | None, float | None]
Key = tuple[str, str, str]  # subject, object, predicate's local name


class _Edge:
    """What an edge needs while the statements stream by: its distinct articles, how many
    statements, its newest day and its best statements (newest, then most confident), all of
    them or the ``limit`` best, kept in a heap so that a big store never holds them all."""

    __slots__ = ("articles", "heap", "iri", "kind", "limit", "newest", "statements")

    def __init__(self, iri: str, kind: str, limit: int | None) -> None:
        self.iri, self.kind, self.limit = iri, kind, limit
        self.articles: set[str] = set()
        self.heap: list[Best] = []
        self.statements = 0
        self.newest = ""

    def add(self, item: Best) -> None:
        self.statements += 1
        self.articles.add(item[3] or item[2])
        if item[0] > self.newest:
            self.newest = item[0]
        if self.limit is None or len(self.heap) < self.limit:
            heapq.heappush(self.heap, item)
        elif item[:3] > self.heap[0][:3]:
            heapq.heapreplace(self.heap, item)

    def best(self) -> list[Best]:
        return sorted(self.heap, key=lambda item: item[:2], reverse=True)


class _Reader:
    """Turns the statement rows into edges and monthly counts as they stream by. A row whose
    predicate names no kind waits until its statement's class is known (:meth:`read_pending`)."""

    def __init__(self, articles: dict[str, tuple[str | None, ...]], kind: str | None,
                 keep: set[str] | None, limit: int | None) -> None:
        self.articles, self.kind, self.keep, self.limit = articles, kind, keep, limit
        self.edges: dict[Key, _Edge] = {}
        self.months: dict[str, Counter[str]] = defaultdict(Counter)
        self.pending: list[tuple[str | None, ...]] = []
        self.predicates: dict[str, tuple[str, str | None]] = {}  # IRI -> local name, kind

    def read(self, rows: Iterable[tuple[str | None, ...]]) -> None:
        for row in _one_row_per_statement(rows):
            p = row[2] or ""
            if p not in self.predicates:
                name = local_name(p)
                self.predicates[p] = (name, KIND_OF_PREDICATE.get(name))
            name, kind = self.predicates[p]
            if kind is None:
                self.pending.append(row)
            else:
                self.add(row, name, kind)

    def read_pending(self, store: Store) -> None:
        """The rows of predicates of no kind, each of its class's kind (else ``other``)."""
        classes: dict[str, str] = {}
        for chunk in _chunks([row[0] for row in self.pending if row[0]]):
            for st, cls in select(store, classes_query(chunk)):
                classes.setdefault(st or "", cls or "")
        for row in self.pending:
            self.add(row, local_name(row[2] or ""), KIND_OF_CLASS.get(classes.get(row[0] or ""), "other"))
        self.pending = []

    def add(self, row: tuple[str | None, ...], predicate: str, kind: str) -> None:
        st, s, p, o, article, day, confidence = row
        if (self.kind is not None and kind != self.kind) or (self.keep is not None and st not in self.keep):
            return
        key = (s or "", o or "", predicate)
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = _Edge(p or "", kind, self.limit)
        meta = self.articles.get(article) if article is not None else None
        day = (day or (meta[3] if meta else None) or "")[:10]  # the statement's, else the article's
        if day:
            self.months[kind][day[:7]] += 1
        number = _number(confidence)
        edge.add((day, number or 0.0, st or "", article, number))


def _naming(edges: dict[Key, _Edge]) -> dict[str, str]:
    """Each node of ``edges`` and a statement that names it."""
    named: dict[str, str] = {}
    for (s, o, _), edge in edges.items():
        st = edge.heap[0][2]
        named.setdefault(s, st)
        named.setdefault(o, st)
    return named


def _focused(edges: dict[Key, _Edge], nodes: dict[str, dict[str, list[tuple[str, str]]]],
             regimes: dict[str, str], options: ViewOptions) -> dict[Key, _Edge]:
    """The edges among the nodes within ``options.depth`` of the focus."""
    skeleton = nx.MultiDiGraph()
    for s, o, predicate in edges:
        for term in (s, o):
            if term not in skeleton:
                skeleton.add_node(term, **node_attributes(term, nodes.get(term, {}), regimes))
        skeleton.add_edge(s, o, predicate)
    focused = focus_network(skeleton, options.focus or "", options.depth)
    return {key: edge for key, edge in edges.items() if focused.has_edge(*key)}


def _whole(edges: dict[Key, _Edge]) -> dict[str, Any]:
    """What a network of ``edges`` holds: statements, edges, nodes, and nothing left out."""
    nodes = {term for s, o, _ in edges for term in (s, o)}
    return {"statements": sum(e.statements for e in edges.values()), "edges": len(edges),
            "nodes": len(nodes), "left_out": {}}


def _network(store: Store, edges: dict[Key, _Edge], nodes: dict[str, dict[str, list[tuple[str, str]]]],
             regimes: dict[str, str], articles: dict[str, tuple[str | None, ...]],
             title: str) -> nx.MultiDiGraph:
    """The network of ``edges`` in their order, with the sentences of their best statements."""
    sentences = _sentences(store, [item[2] for edge in edges.values() for item in edge.heap])
    checks = _official(store, [(s, e.iri, o) for (s, o, _), e in edges.items()
                               if e.iri in OFFICIAL_PREDICATES])
    network = nx.MultiDiGraph(title=title)
    for (s, o, predicate), edge in edges.items():
        for term in (s, o):
            if term not in network:
                network.add_node(term, **node_attributes(term, nodes.get(term, {}), regimes))
        match, measures = checks.get((s, edge.iri, o), (None, []))
        evidence = [{
            "sentence": sentences.get(st, ""), "title": (articles[a][1] or "") if a in articles else "",
            "file": (articles[a][2] or "") if a in articles else "", "date": day or None,
            "confidence": confidence, "article": a, "statement": st, "official": match, "measures": measures,
        } for day, _, st, a, confidence in edge.best()]
        network.add_edge(s, o, predicate, predicate=predicate, kind=edge.kind, iri=edge.iri,
                         evidence=evidence, count=len(edge.articles), statements=edge.statements,
                         official=match, measures=list(measures))
    return network


def select(store: Store, sparql: str, bindings: dict[str, Any] | None = None,
           stream: bool = False) -> Iterable[tuple[str | None, ...]]:
    """A SELECT's rows as plain strings (an IRI's text, a literal's lexical form; None unbound):
    a list, or with ``stream`` an iterator that holds one row at a time.

    On kg's own backends the solutions are read straight from pyoxigraph: making rdflib terms
    of a large store's hundreds of thousands of rows took longer than answering the query.
    """
    raw = getattr(store, "_raw", None)
    if raw is None:
        rows = store.query(sparql, bindings).rows
        return [tuple(None if t is None else str(t) for t in row) for row in rows]
    text = bind_values(sparql, bindings) if bindings else sparql
    try:
        solutions = raw(text)
        width = len(solutions.variables)
    except (OSError, SyntaxError, ValueError) as error:
        raise StoreError(f"query on {store.spec} failed: {error}") from None
    found = (tuple(None if (t := s[i]) is None else t.value for i in range(width)) for s in solutions)
    return found if stream else list(found)


def count_statements(store: Store) -> int:
    """How many statements the article graphs hold."""
    return article_graphs_filter(store)[1]


def _one_row_per_statement(rows: Iterable[tuple]) -> Iterable[tuple]:
    """The rows, one per statement, as they come: of the rows of a statement with two dates,
    confidences or articles the first is kept."""
    seen: set[str | None] = set()
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            yield row


KIND_OF_CLASS = {str(cls): name for name, (cls, _) in KINDS.items()}
KIND_OF_PREDICATE = {p: name for name, (_, preds) in KINDS.items() for p in preds}
OFFICIAL_PREDICATES = frozenset({str(KG.bans), str(KG.caps)})
CHUNK = 2000  # IRIs in one VALUES block: a query of a few hundred kilobytes at most


def _chunks(values: Iterable[str], size: int = CHUNK) -> Iterable[list[str]]:
    """``values`` in lists of at most ``size``, in their order, without repeats."""
    unique = list(dict.fromkeys(values))
    for start in range(0, len(unique), size):
        yield unique[start:start + size]


def _iri(value: str | None) -> str | None:
    """``value`` written as an IRI for a query (``<...>``), or None when it is no IRI: a literal
    node or a blank node is never looked up."""
    if not value:
        return None
    try:
        return str(ox.NamedNode(value))
    except ValueError:
        return None


def _node_properties(store: Store, named: dict[str, str]) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """node -> property IRI -> its distinct (value, language) pairs, for the nodes of ``named``
    (node -> a statement naming it)."""
    found: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for chunk in _chunks(named):
        for n, prop, value, lang in select(store, nodes_query((n, named[n]) for n in chunk)):
            found[n or ""][prop or ""].append((value or "", lang or ""))
    return found


def _sentences(store: Store, statements: list[str]) -> dict[str, str]:
    """statement -> its sentence (the first, should one have two)."""
    found: dict[str, str] = {}
    for chunk in _chunks(statements):
        for st, sentence in select(store, sentences_query(chunk)):
            found.setdefault(st or "", sentence or "")
    return found


def _official(store: Store, triples: list[tuple[str, str, str]]
              ) -> dict[tuple[str, str, str], tuple[bool | None, list[str]]]:
    """(resolution, predicate, commodity) -> (official match, matched paragraphs "2270 OP29"),
    for the ban and cap ``triples`` asked."""
    checks: dict[tuple[str, str, str], tuple[bool | None, set[str]]] = {}
    for start in range(0, len(triples), CHUNK):
        for s, p, o, match, paragraph, number, verified in select(
                store, official_query(triples[start:start + CHUNK])):
            _, names = checks.setdefault((s or "", p or "", o or ""), (match == "true", set()))
            if paragraph is not None:
                unverified = "" if verified == "true" else " (paragraph unverified)"
                names.add((f"{number} {paragraph}" if number is not None else paragraph) + unverified)
    return {key: (value, sorted(names)) for key, (value, names) in checks.items()}


def node_attributes(term: str, props: dict[str, list[tuple[str, str]]],
                    regimes: dict[str, str] | None = None) -> dict[str, Any]:
    """``cls``, ``label`` and ``iri`` of a node, and ``date`` (an event's day, a resolution's
    adoption) and ``regime`` (a resolution's regime label) when it has them."""
    classes = {str(c): name for c, name in NODE_CLASSES.items()}
    cls = next((classes[c] for c, _ in props.get(str(RDF.type), []) if c in classes), None)
    if cls is None:
        head = term.removeprefix(str(KGR)).split("/", 1)[0]
        cls = head if term.startswith(str(KGR)) and head in NODE_CLASS_NAMES else "other"
    attributes: dict[str, Any] = {"cls": cls, "label": _label(term, props), "iri": term}
    day = next(iter(props.get(str(KG.adoptionDate), []) or props.get(str(DCTERMS.date), [])), None)
    if day is not None:
        attributes["date"] = day[0][:10]
    regime = min((r for r, _ in props.get(str(KG.regime), [])), default=None)
    if regime is not None:
        attributes["regime"] = (regimes or {}).get(regime, local_name(regime))
    return attributes


def _label(term: str, props: dict[str, list[tuple[str, str]]]) -> str:
    """prefLabel (English first), rdfs:label, title, event type, else the IRI's tail."""
    for prop in (SKOS.prefLabel, RDFS.label, DCTERMS.title):
        labels = props.get(str(prop), [])
        if labels:
            english = [value for value, lang in labels if lang in ("en", "")]
            return sorted(english or [value for value, _ in labels])[0]
    event_type = next(iter(props.get(str(KG.eventType), [])), None)
    if event_type is not None:
        return local_name(event_type[0]).replace("-", " ").capitalize()
    return local_name(term) or term


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        return None
