"""The main job: articles in, statements out, into the store.

``load_reference`` puts the ontology and reference data in their own graphs;
``ingest`` reads, extracts and stores articles one named graph each, skipping
any whose content is already stored and reporting the ones it cannot read;
``stats`` counts what the store holds. Nothing here prints: callers render.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal
from spacy.language import Language

from kg import rdf
from kg.articles import Article, ArticleError, iter_articles
from kg.extract import extract_text, listings
from kg.extract.base import Claim
from kg.gazetteer import ontology_dir, vocabulary_files
from kg.namespaces import KG, ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_graph, sparql_prefixes
from kg.nlp import make_nlp
from kg.store import Store

SCHEMA_FILE = "kg.ttl"
BATCH = 32  # articles written to the store in one transaction


@dataclass
class IngestReport:
    """What one run did: stored, unchanged and skipped articles, and statements by kind."""

    stored: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    statements: Counter = field(default_factory=Counter)


def _ontology_hash(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return "sha256:" + digest.hexdigest()


def load_reference(store: Store, directory: str | None = None) -> bool:
    """Put the schema and the reference vocabularies in their graphs; False when already current."""
    files = vocabulary_files(ontology_dir(directory))
    digest = _ontology_hash(files)
    if store.graph_value(REFERENCE_GRAPH, KG.contentHash) == digest:
        return False
    schema, reference = rdf.new_graph(), rdf.new_graph()
    for file in files:
        (schema if file.name == SCHEMA_FILE else reference).parse(file, format="turtle")
    reference.add((REFERENCE_GRAPH, KG.contentHash, Literal(digest)))
    store.replace_graphs({ONTOLOGY_GRAPH: schema, REFERENCE_GRAPH: reference})
    return True


def nlp_for(model: str | None = None) -> Language:
    """The pipeline for ``model``: without one, the very pipeline ``extract_text`` uses by default.

    ``make_nlp()`` and ``make_nlp(None)`` are two entries of its cache, two pipelines with two
    vocabularies, and kg_norm's process-wide cache of norms serves only the first of them.
    """
    return make_nlp(model) if model else make_nlp()


def article_to_graph(article: Article, model: str | None = None) -> tuple[Graph, list[Claim]]:
    """Extract one article and shape its named graph."""
    claims, ctx = extract_text(article.text, article.published, nlp=nlp_for(model))
    return rdf.article_graph(article, claims, ctx.published, ctx.published_inferred), claims


def ingest(
    store: Store,
    paths: Iterable[Path],
    *,
    published: date | None = None,
    model: str | None = None,
    force: bool = False,
    on_article: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read, extract and store every article under ``paths``; bad input is skipped and listed."""
    report = IngestReport()
    pending: dict = {}
    listings.use_store(store)  # names of the UN list imported into this store, if any
    for item in iter_articles(paths, published):
        if isinstance(item, ArticleError):
            report.skipped.append(str(item))
            continue
        report.warnings.extend(item.warnings)
        if on_article:
            on_article(item.file_name)
        target = article_graph(item.id)
        if not force and store.graph_value(target, KG.contentHash) == item.content_hash:
            report.unchanged += 1
            continue
        graph, claims = article_to_graph(item, model)
        report.statements.update(c.kind for c in claims)
        pending[target] = graph
        if len(pending) >= BATCH:
            report.stored += _flush(store, pending)
    report.stored += _flush(store, pending)
    return report


def _flush(store: Store, pending: dict) -> int:
    """Write the pending article graphs in one transaction; how many there were."""
    count = len(pending)
    if pending:
        store.replace_graphs(dict(pending))
        pending.clear()
    return count


STATS_QUERY = sparql_prefixes() + """
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  {
    GRAPH ?g { ?x a kg:Article }
    BIND("articles" AS ?what)
  } UNION {
    GRAPH ?g { ?x a ?class }
    VALUES (?class ?what) {
      (kg:PositionStatement "position statements") (kg:BanStatement "ban and cap statements")
      (kg:ReferenceStatement "resolution references") (kg:EventStatement "events")
    }
  } UNION {
    GRAPH ?g { ?s a kg:PositionStatement ; rdf:subject ?x }
    BIND("actors with positions" AS ?what)
  } UNION {
    GRAPH ?g { ?s a kg:ReferenceStatement ; rdf:object ?x }
    BIND("resolutions referenced" AS ?what)
  } UNION {
    GRAPH ?g { ?s a kg:BanStatement ; rdf:object ?x }
    BIND("commodities banned or capped" AS ?what)
  } UNION {
    GRAPH ?g { ?x a kg:ListingStatement }
    BIND("candidate links to the UN list" AS ?what)
  }
}
GROUP BY ?what
"""
STATS_ORDER = ("articles", "position statements", "ban and cap statements", "resolution references",
               "events", "actors with positions", "resolutions referenced", "commodities banned or capped",
               "candidate links to the UN list")


def stats(store: Store) -> dict[str, int]:
    """How many articles, statements by kind, actors and resolutions the store holds."""
    counts = {str(what): int(n) for what, n in store.query(STATS_QUERY).rows}
    result = {name: counts.get(name, 0) for name in STATS_ORDER}
    result["quads"] = store.count()
    return result
