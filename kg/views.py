"""What the views show, read from the store in time linear in the corpus.

:func:`read_network` asks the store four SELECT questions and builds the typed
``networkx.MultiDiGraph`` of :mod:`kg.network` from their rows:

* :data:`STATEMENTS_QUERY`: one row per statement of the article graphs (subject, predicate,
  object, class, article, date, confidence, sentence), with the view's filters;
* :data:`NODES_QUERY`: the class, labels, dates and regime of each node the statements touch,
  **once per node**: the distinct nodes are found first, then their properties, so the cost is
  the number of label quads, not statements times copies. (A node's labels are written in every
  article graph that names it; :data:`VIEW_QUERY` used to join each statement with every
  copy, which made ``kg build`` quadratic in repeated stories: issue 14);
* :data:`OFFICIAL_QUERY`: the official check of each distinct (resolution, bans|caps,
  commodity), once, not once per article that reports it;
* :data:`ARTICLES_QUERY`: each article's title, file, date and source.

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

__all__ = ["ARTICLES_QUERY", "KINDS", "NODES_QUERY", "OFFICIAL_QUERY", "STATEMENTS_QUERY", "VIEW_QUERY",
           "count_statements", "node_attributes", "read_network", "select", "statements_query"]

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


def statement_filters(active: Iterable[str] | None = None) -> str:
    """The view's filters over ``?st ?s ?p ?o ?g`` (shared with :data:`VIEW_QUERY`): all
    of them, or only those of the ``active`` variables (a filter of an unbound variable keeps
    everything, but the store still pays for its EXISTS on every row)."""
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
    return "\n  ".join([f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}"))',
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

def statements_query(active: Iterable[str] | None = None) -> str:
    """One row per statement of the article graphs (a statement of two classes gives two rows),
    with the filters of the ``active`` variables (all when None): bind ``kindFilter``,
    ``actorFilter``, ``topicFilter``, ``resolutionFilter``, ``since``, ``until`` as
    :func:`kg.network.bindings_for` makes them. ``?date`` is the statement's own; the article's date
    stands in for it only under a date filter (else the reader takes it from the articles)."""
    active = None if active is None else set(active)
    dated = active is None or bool(active & {"since", "until"})
    article_date = " . OPTIONAL { ?article dcterms:date ?articleDate }" if dated else ""
    when = "BIND(COALESCE(?statementDate, ?articleDate) AS ?when)" + DATE_FILTERS if dated else \
        "BIND(?statementDate AS ?when)"
    return sparql_prefixes() + f"""
SELECT ?st ?s ?p ?o ?class ?article (STR(?when) AS ?date) (STR(?conf) AS ?confidence) ?evidence
WHERE {{{FILTER_SLOT if active is None else ""}
  GRAPH ?g {{
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL {{ ?st a ?class FILTER(STRSTARTS(STR(?class), "{KG}")) }}
    OPTIONAL {{ ?st kg:evidence ?evidence }}
    OPTIONAL {{ ?st dcterms:date ?statementDate }}
    OPTIONAL {{ ?st kg:confidence ?conf }}
    OPTIONAL {{ ?st prov:wasDerivedFrom ?article{article_date} }}
  }}
  {statement_filters(active)}
  {when}
}}
"""


STATEMENTS_QUERY: str = statements_query(())
"""Every statement of the article graphs, unfiltered (:func:`statements_query` adds filters)."""

NODES_QUERY: str = sparql_prefixes() + f"""
SELECT DISTINCT ?n ?property ?value (LANG(?value) AS ?lang) WHERE {{
  {{ SELECT ?n (SAMPLE(?g) AS ?home) WHERE {{
      GRAPH ?g {{ ?st rdf:subject|rdf:object ?n }}
      FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}") && isIRI(?n))
  }} GROUP BY ?n }}
  VALUES ?property {{ {" ".join(f"<{p}>" for p in NODE_PROPERTIES)} }}
  {{ VALUES ?where {{ {NODE_GRAPHS} }} GRAPH ?where {{ ?n ?property ?value }} }}
  UNION {{ GRAPH ?home {{ ?n ?property ?value }} }}
}}
"""
"""Each node a statement touches, with its class, labels, dates and regime, read once: from the
reference and UN-list graphs, and from one article graph that names it (``SAMPLE``, grouped by
node before the join), never from every article graph that repeats its label."""

OFFICIAL_QUERY: str = sparql_prefixes() + f"""
SELECT DISTINCT ?s ?p ?o ?officialMatch ?matchedParagraph ?matchedNumber ?matchedVerified WHERE {{
  {{ SELECT DISTINCT ?s ?p ?o WHERE {{
      VALUES ?p {{ kg:bans kg:caps }}
      GRAPH ?g {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
      FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}"))
  }} }}
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
"""The official check of each distinct ban or cap triple of a regime with official measures
(the test of :data:`kg.official.VIEW_PATTERN`, once per triple), and the paragraphs it matches."""

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

COUNT_QUERY: str = sparql_prefixes() + f"""
SELECT (COUNT(*) AS ?statements) WHERE {{
  GRAPH ?g {{ ?st rdf:subject ?s }} FILTER(STRSTARTS(STR(?g), "{ARTICLE_GRAPHS}"))
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
                 keep: set[str] | None = None, **filters: Any) -> nx.MultiDiGraph:
    """The typed network of :mod:`kg.network`, read with five linear questions.

    Args:
        store: the store.
        options: a :class:`kg.network.ViewOptions` (kind, focus, depth, title).
        evidence_limit: keep at most this many sentences per edge (newest first, then most
            confident); ``count`` (articles) and ``statements`` are always over all of them.
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
    rows = _one_row_per_statement(select(store, statements_query(bindings), bindings, stream=True))
    nodes = _node_properties(store)
    articles = {row[0]: row for row in select(store, ARTICLES_QUERY)}
    checks = _official(store)
    regimes = dict(select(store, REGIMES_QUERY))
    network = nx.MultiDiGraph(title=options.title)
    edges: dict[tuple[str, str, str], _Edge] = {}
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for st, s, p, o, cls, article, day, confidence, sentence in rows:
        predicate = local_name(p)
        kind = _kind(cls, predicate)
        if (options.kind is not None and kind != options.kind) or (keep is not None and st not in keep):
            continue
        key = (s, o, predicate)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = _Edge(p, kind, evidence_limit)
        meta = articles.get(article) if article is not None else None
        day = (day or (meta[3] if meta else None) or "")[:10] or None  # the statement's, else the article's
        if day:
            months[kind][day[:7]] += 1
        number = _number(confidence)
        edge.add((day or "", number or 0.0, st, article, sentence, number))
    for (s, o, predicate), edge in sorted(edges.items()):
        for term in (s, o):
            if term not in network:
                network.add_node(term, **node_attributes(term, nodes.get(term, {}), regimes))
        match, measures = checks.get((s, edge.iri, o), (None, []))
        evidence = [{
            "sentence": sentence or "", "title": (articles[a][1] or "") if a in articles else "",
            "file": (articles[a][2] or "") if a in articles else "", "date": day or None,
            "confidence": confidence, "article": a, "statement": st, "official": match, "measures": measures,
        } for day, _, st, a, sentence, confidence in edge.best()]
        network.add_edge(s, o, predicate, predicate=predicate, kind=edge.kind, iri=edge.iri,
                         evidence=evidence, count=len(edge.articles), statements=edge.statements,
                         official=match, measures=list(measures))
    network.graph["months"] = {kind: dict(sorted(counts.items())) for kind, counts in months.items()}
    if options.focus:
        network = focus_network(network, options.focus, options.depth)
    return network


# (date or "", confidence or 0, statement, article, sentence, confidence): a sentence of an edge.
Best = tuple[str, float, str, str | None, str | None, float | None]


class _Edge:
    """What an edge needs while the statements stream by: its distinct articles, how many
    statements, and its best sentences (newest, then most confident), all of them or the
    ``limit`` best, kept in a heap so that a big store never holds every sentence."""

    __slots__ = ("articles", "heap", "iri", "kind", "limit", "statements")

    def __init__(self, iri: str, kind: str, limit: int | None) -> None:
        self.iri, self.kind, self.limit = iri, kind, limit
        self.articles: set[str] = set()
        self.heap: list[Best] = []
        self.statements = 0

    def add(self, item: Best) -> None:
        self.statements += 1
        self.articles.add(item[3] or item[2])
        if self.limit is None or len(self.heap) < self.limit:
            heapq.heappush(self.heap, item)
        elif item[:3] > self.heap[0][:3]:
            heapq.heapreplace(self.heap, item)

    def best(self) -> list[Best]:
        return sorted(self.heap, key=lambda item: item[:2], reverse=True)


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
    return int(select(store, COUNT_QUERY)[0][0] or 0)


def _one_row_per_statement(rows: Iterable[tuple]) -> Iterable[tuple]:
    """The rows, one per statement, as they come: of the rows of a statement with two classes
    the first is kept (the query asks only for kg's own classes, so a second is rare)."""
    seen: set[str] = set()
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            yield row


KIND_OF_CLASS = {str(cls): name for name, (cls, _) in KINDS.items()}
KIND_OF_PREDICATE = {p: name for name, (_, preds) in KINDS.items() for p in preds}


def _kind(cls: str | None, predicate: str) -> str:
    return KIND_OF_CLASS.get(cls or "") or KIND_OF_PREDICATE.get(predicate, "other")


def _node_properties(store: Store) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """node -> property IRI -> its distinct (value, language) pairs."""
    found: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for n, prop, value, lang in select(store, NODES_QUERY):
        found[n][prop].append((value, lang or ""))
    return found


def _official(store: Store) -> dict[tuple[str, str, str], tuple[bool | None, list[str]]]:
    """(resolution, predicate, commodity) -> (official match, matched paragraphs "2270 OP29")."""
    checks: dict[tuple[str, str, str], tuple[bool | None, set[str]]] = {}
    for s, p, o, match, paragraph, number, verified in select(store, OFFICIAL_QUERY):
        _, names = checks.setdefault((s, p, o), (match == "true", set()))
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
