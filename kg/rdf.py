"""Claims as RDF: one named graph per article, every statement with its PROV-O provenance.

:func:`article_triples` and :func:`claim_triples` write an article's node and its statements into
any :class:`kg.claims.TripleSink`; ``kg.reading.article_to_graph`` is the one builder of an
article's graph.

The shape is documented in ``docs/data-model.md``. IRIs of statements and events
are hashes of their defining parts, so building an article again gives the
same graph.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from kg.articles import Article
from kg.claims import Claim, TripleSink
from kg.kinds import EVENT, REFERENCES, STATEMENT_CLASS
from kg.namespaces import KG, KGR, PREFIXES, SCHEMA, make_id

NODE_CLASS = {"topic": KG.Topic, "resolution": KG.Resolution, "event": KG.Event, "person": KG.Actor}
EXTRACTED_TOPICS = KGR["scheme/extracted-topics"]
ATTRIBUTE_PROPERTY = {
    "count": KG["count"],
    "missile_type": KG.missileType,
    "range_km": KG.rangeKm,
    "event_type": KG.eventType,
    "resolution": KG.references,
}


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def article_iri(article: Article) -> URIRef:
    return KGR[f"article/{article.id}"]


def article_triples(graph: TripleSink, article: Article, published_inferred: bool, published) -> URIRef:
    """The article node: file, id, title, date (and whether it was inferred), source, hash."""
    node = article_iri(article)
    graph.add((node, RDF.type, KG.Article))
    graph.add((node, KG.fileName, Literal(article.file_name)))
    graph.add((node, DCTERMS.identifier, Literal(article.key or article.id)))
    if article.location is not None:  # where it was read from: kg build --prune drops it once gone
        graph.add((node, PROV.atLocation, URIRef(article.location.as_uri())))
    graph.add((node, KG.contentHash, Literal(article.content_hash)))
    if article.title:
        graph.add((node, DCTERMS.title, Literal(article.title)))
    if published:
        graph.add((node, DCTERMS.date, Literal(published.isoformat(), datatype=XSD.date)))
        graph.add((node, KG.dateInferred, Literal(published_inferred)))
    if article.source:
        graph.add((node, DCTERMS.source, Literal(article.source)))
    if article.url:
        graph.add((node, SCHEMA.url, URIRef(article.url) if "://" in article.url else Literal(article.url)))
    return node


def _new_node(graph: TripleSink, iri: URIRef, label: str, cls: str) -> None:
    """A node made from the text (a new topic, an event, an unresolved resolution)."""
    graph.add((iri, RDF.type, NODE_CLASS.get(cls, KG.Topic)))
    if cls == "topic":
        graph.add((iri, RDF.type, SKOS.Concept))
        graph.add((iri, SKOS.prefLabel, Literal(label, lang="en")))
        graph.add((iri, SKOS.inScheme, EXTRACTED_TOPICS))
        graph.add((iri, KG.newTopic, Literal(True)))
    else:
        graph.add((iri, SKOS.prefLabel, Literal(label, lang="en")))
    if cls == "person":  # typed kg:Actor, not kg:Person: whom they represent is not known
        graph.add((iri, KG.newActor, Literal(True)))


def claim_triples(graph: TripleSink, claim: Claim, article: URIRef) -> URIRef:
    """One statement: the asserted edge, and its reified record with provenance."""
    subject = article if claim.kind == REFERENCES else URIRef(claim.subject.iri)
    predicate, obj = KG[claim.predicate], URIRef(claim.object.iri)
    statement = KGR[f"statement/{make_id(article, claim.kind, subject, claim.predicate, obj, claim.start)}"]
    graph.add((subject, predicate, obj))
    for node in (claim.subject, claim.object):
        if node.new:
            _new_node(graph, URIRef(node.iri), node.label, node.cls)
    for p, o in (
        (RDF.type, STATEMENT_CLASS.get(claim.kind, KG.Statement)),
        (RDF.subject, subject),
        (RDF.predicate, predicate),
        (RDF.object, obj),
        (KG.evidence, Literal(claim.sentence)),
        (KG.startOffset, Literal(claim.start)),
        (KG.endOffset, Literal(claim.end)),
        (KG.confidence, Literal(Decimal(str(claim.confidence)), datatype=XSD.decimal)),
        (KG.extractor, Literal(claim.extractor)),
        (KG.extractorVersion, Literal(claim.version)),
        (PROV.wasDerivedFrom, article),
        (PROV.wasGeneratedBy, KGR[f"extractor/{claim.extractor}/{claim.version}"]),
    ):
        graph.add((statement, p, o))
    if claim.stance:
        graph.add((statement, KG.stance, Literal(claim.stance)))
    if claim.object.text and claim.object.text != claim.object.label:
        graph.add((statement, KG.objectText, Literal(claim.object.text)))
    if claim.date:
        graph.add((statement, DCTERMS.date, Literal(claim.date.isoformat(), datatype=XSD.date)))
        graph.add((statement, KG.dateInferred, Literal(claim.date_inferred)))
    if claim.kind == EVENT:
        _event_triples(graph, claim, obj)
    return statement


def _event_triples(graph: TripleSink, claim: Claim, event: URIRef) -> None:
    graph.add((event, KG.agent, URIRef(claim.subject.iri)))
    if claim.date:
        graph.add((event, DCTERMS.date, Literal(claim.date.isoformat(), datatype=XSD.date)))
    for key, value in claim.attributes:
        prop = ATTRIBUTE_PROPERTY.get(key)
        if prop is None:
            continue
        term = URIRef(value) if str(value).startswith("http") else Literal(value)
        graph.add((event, prop, term))
