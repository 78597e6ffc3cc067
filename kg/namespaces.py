"""The IRIs every part of kg shares.

The schema lives under ``KG`` (``ontology/kg.ttl``, generated into :mod:`kg.vocabulary`,
so a term the ontology lacks raises); the nodes the ontology and the extractors create
live under ``KGR`` with a path per class, so an IRI says what it names and is derived
from its defining parts, never from a counter.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.vocabulary import KG

BASE = "https://w3id.org/kg-sanctions/"
KGR = Namespace(BASE + "id/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
SH = Namespace("http://www.w3.org/ns/shacl#")

ONTOLOGY_GRAPH = KGR["graph/ontology"]
REFERENCE_GRAPH = KGR["graph/reference"]

PREFIXES = {
    "kg": KG,
    "kgr": KGR,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "xsd": XSD,
    "schema": SCHEMA,
    "wd": WD,
}


def slug(text: str) -> str:
    """A lower-case, ASCII, hyphen-joined form of ``text`` for use in an IRI path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def node(kind: str, name: str) -> URIRef:
    """The IRI of a node of ``kind`` (``topic``, ``commodity``, ``actor``...) named ``name``."""
    return KGR[f"{kind}/{slug(name)}"]


def make_id(*parts: object) -> str:
    """A short stable hash of the defining parts of a thing (article, statement, event)."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def article_graph(article_id: str) -> URIRef:
    """The named graph holding one article's statements."""
    return KGR[f"graph/article/{article_id}"]


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, to prepend to saved questions."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
