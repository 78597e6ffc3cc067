"""One article in, its statements and its named graph out: what every run of kg reads with.

:func:`extract_article` is the one place an article is read (:func:`kg.extract.extract_text`
with the pipeline of :func:`nlp_for`): ``kg build``, ``kg ingest``, ``kg extract``, ``kg eval``
and the quality tests all come through it. :func:`read` and :func:`read_paths` give an article's
claims, or one line saying why an extractor failed on it (:class:`Reading`), for files and
folders read one article at a time. :func:`read_statements` gives an article's claims and date,
:func:`graph_of` shapes them as its named graph (:mod:`kg.rdf`, the one builder of it), stamped
with what they were read with (:func:`extraction_fingerprint`); :func:`article_to_graph` does
both, and :func:`extract_one` turns that into what a store takes
(:class:`Extracted`: N-Triples bytes, or why there are none, and the :class:`Statements` the
graph was shaped from).

:func:`reading_key` hashes what the extractors are given of an article: two articles with the
same key read the same statements, so a syndicated copy's graph can be shaped from its
original's (:meth:`Reader.shape`, ``kg.pipeline.ingest``) instead of reading the text again.

A :class:`Reader` is the whole of a run's reading in one picklable object (the model, the run's
fingerprint, the UN list the ``listings`` family links names to): ``reader(article)`` is
:func:`extract_one`. It is the function :func:`kg.parallel.extract_all` runs in each worker
process, and what any other runner (a cluster's tasks) would be given.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from pathlib import Path

from rdflib import Literal
from spacy.language import Language

from kg import fingerprints, rdf
from kg.articles import MAX_CHARS, Article, ArticleError, iter_articles
from kg.claims import Claim, Triples
from kg.extract import Context, extract_text
from kg.extract.bylines import _role_pattern, _speaking_part
from kg.extract.listindex import ListIndex
from kg.gazetteer import ontology_dir, vocabulary_files
from kg.namespaces import KG
from kg.nlp import make_nlp, model_id
from kg.store import StoreError, ntriples


@dataclass(frozen=True)
class Statements:
    """What an article's graph is shaped from: its claims, and the date the extraction settled on
    (the metadata's, else one inferred from the text)."""

    claims: tuple[Claim, ...]
    published: date | None = None
    published_inferred: bool = False


@dataclass
class Extracted:
    """What reading one article gives the store: its graph as N-Triples, or why there is none."""

    ntriples: bytes = b""
    triples: int = 0
    kinds: list[str] = field(default_factory=list)  # the kind of every statement read
    error: str | None = None  # one line, without the article's name
    statements: Statements | None = None  # what the graph was shaped from (None: the extraction failed)


def nlp_for(model: str | None = None) -> Language:
    """The pipeline for ``model``: without one, the very pipeline ``extract_text`` uses by default.

    ``make_nlp()`` and ``make_nlp(None)`` are two entries of its cache, two pipelines with two
    vocabularies, and kg_norm's process-wide cache of norms serves only the first of them.
    """
    return make_nlp(model) if model else make_nlp()


def extraction_fingerprint(model: str | None = None) -> str:
    """What statements are read with: the whole package (every module and rule file, none listed
    by hand: kg/fingerprints.py), the vocabularies and the model. An article stored with another
    fingerprint is read again, even if its text is the same."""
    return _extraction_fingerprint(model)  # one cache entry for f() and f(None), never two that differ


@lru_cache(maxsize=4)
def _extraction_fingerprint(model: str | None) -> str:
    code = fingerprints.package_hash(fingerprints.PACKAGE, seed=model_id(model))
    return fingerprints.tree_hash(vocabulary_files(ontology_dir(None)), fingerprints.PACKAGE, seed=code)


def extract_article(article: Article, *, model: str | None = None,
                    un_list: ListIndex | None = None) -> tuple[list[Claim], Context]:
    """Every claim of every family read from one article, with the article's context (its date,
    inferred when the metadata gives none). Raises whatever an extractor's bug raises.

    The one call of :func:`kg.extract.extract_text` for an article: what the article gives the
    extractors besides its text (its date; its title and source, when they are read) is decided here.
    """
    return extract_text(article.text, article.published, nlp=nlp_for(model), un_list=un_list,
                        title=article.title, source=article.source)


def reading_key(article: Article) -> str:
    """A hash of all :func:`extract_article` gives the extractors of ``article``: its text, date and
    title, and the words of its source that name a voice (``kg.extract.bylines``: a publisher that
    names an office or a government; a news outlet, "Reuters", names none and counts as no source).
    Within one run (one model, one UN list) articles with the same key read the same statements.

    >>> from kg.articles import Article
    >>> a = Article("a", "a.txt", "Text.", source="Reuters")
    >>> reading_key(a) == reading_key(Article("b", "b.txt", "Text.", source="AP"))
    True
    >>> japan = Article("c", "c.txt", "Text.", source="Ministry of Foreign Affairs of Japan")
    >>> reading_key(a) == reading_key(japan)
    False
    """
    voice = _speaking_part(article.source or "", _role_pattern())  # as byline_voice reads a source
    published = article.published.isoformat() if article.published else None
    parts = json.dumps([article.text, published, article.title, voice], ensure_ascii=False)
    return hashlib.sha256(parts.encode("utf-8")).hexdigest()


@dataclass
class ReadBefore(Article):
    """An article with the statements of one read before it with the same :func:`reading_key`: a
    :class:`Reader` shapes its graph from them instead of reading it again."""

    statements: Statements | None = None


def read_before(article: Article, statements: Statements) -> ReadBefore:
    """``article`` with the statements of another that has its :func:`reading_key`."""
    return ReadBefore(**{f.name: getattr(article, f.name) for f in fields(Article)}, statements=statements)


def failure(error: Exception) -> str:
    """The line that reports an extractor's bug on an article (without the article's name)."""
    reason = " ".join(f"{type(error).__name__}: {error}".split())[:200]
    return f"extraction failed ({reason}); please report this bug of kg"


@dataclass
class Reading:
    """One article read: the claims of every family, or why there are none."""

    article: Article
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None  # one line, without the article's name


def read(article: Article, *, model: str | None = None, un_list: ListIndex | None = None) -> Reading:
    """One article's claims; an extractor's error is the article's (:attr:`Reading.error`), never
    raised, so that it stops no other article."""
    try:
        claims, _ = extract_article(article, model=model, un_list=un_list)
    except Exception as error:  # an extractor's bug must not stop the batch; it is named
        return Reading(article, error=failure(error))
    return Reading(article, claims)


def read_paths(paths: Iterable[Path], *, published: date | None = None, model: str | None = None,
               un_list: ListIndex | None = None,
               max_chars: int = MAX_CHARS) -> Iterator[Reading | ArticleError]:
    """Every article under ``paths`` read, one at a time as it is found (``published``: the date of
    those without one); an input that is no article is its ArticleError."""
    for item in iter_articles(paths, published, max_chars=max_chars):
        yield item if isinstance(item, ArticleError) else read(item, model=model, un_list=un_list)


def read_statements(article: Article, model: str | None = None,
                    un_list: ListIndex | None = None) -> Statements:
    """Extract one article: its claims and its date (:func:`extract_article`)."""
    claims, ctx = extract_article(article, model=model, un_list=un_list)
    return Statements(tuple(claims), ctx.published, ctx.published_inferred)


def graph_of(article: Article, statements: Statements, fingerprint: str) -> Triples:
    """The named graph of ``article`` holding ``statements``, in a plain set of triples (filling an
    rdflib Graph costs more than the extraction itself): the article's node, stamped with the
    ``fingerprint`` they were read with, and each statement with its provenance."""
    triples = Triples()
    node = rdf.article_triples(triples, article, statements.published_inferred, statements.published)
    triples.add((node, KG.extractedWith, Literal(fingerprint)))
    for claim in statements.claims:
        rdf.claim_triples(triples, claim, node)
    return triples


def article_to_graph(article: Article, model: str | None = None, fingerprint: str | None = None,
                     un_list: ListIndex | None = None) -> tuple[Triples, list[Claim]]:
    """Extract one article and shape its named graph (:func:`read_statements`, :func:`graph_of`).
    ``fingerprint``: what the run reads with (``kg.pipeline.reading_fingerprint``; default:
    :func:`extraction_fingerprint`); ``un_list``: the UN list the ``listings`` family links names
    to (None: no list)."""
    statements = read_statements(article, model, un_list)
    triples = graph_of(article, statements, fingerprint or extraction_fingerprint(model))
    return triples, list(statements.claims)


def extract_one(article: Article, model: str | None = None, fingerprint: str | None = None,
                un_list: ListIndex | None = None) -> Extracted:
    """Extract one article and shape its named graph as N-Triples (:func:`shape`).

    An error of an extractor or a term no store can hold is the article's, reported in
    ``error``; it never stops the others.
    """
    try:
        statements = read_statements(article, model, un_list)
    except StoreError as error:
        return Extracted(error=str(error))
    except Exception as error:  # an extractor's bug must not stop the batch; it is named
        return Extracted(error=failure(error))
    return shape(article, statements, fingerprint or extraction_fingerprint(model))


def shape(article: Article, statements: Statements, fingerprint: str) -> Extracted:
    """The graph of ``article`` holding ``statements`` (:func:`graph_of`) as N-Triples; a term no
    store can hold is the article's error. The statements travel with it, for its copies."""
    try:
        triples = graph_of(article, statements, fingerprint)
        data = ntriples(triples)  # every term checked here
    except StoreError as error:
        return Extracted(error=str(error), statements=statements)
    except Exception as error:  # a bug must not stop the batch; it is named
        return Extracted(error=failure(error), statements=statements)
    return Extracted(data, len(triples), [claim.kind for claim in statements.claims], statements=statements)


@dataclass(frozen=True)
class Reader:
    """A run's reading of articles, one at a time: ``reader(article)`` is :func:`extract_one`.

    Picklable (a spawned worker is sent it once, when it starts). ``un_list``: the UN list the
    ``listings`` family links names to (None: no list; ``kg.extract.listings.index_for`` finds a
    run's).
    """

    model: str | None = None
    fingerprint: str | None = None
    un_list: ListIndex | None = None

    def prepare(self) -> None:
        """Get ready before the first article (in a worker, when it starts): build the pipeline."""
        nlp_for(self.model)

    def __call__(self, article: Article) -> Extracted:
        if isinstance(article, ReadBefore) and article.statements is not None:
            return self.shape(article, article.statements)
        return extract_one(article, self.model, self.fingerprint, self.un_list)

    def shape(self, article: Article, statements: Statements) -> Extracted:
        """What ``reader(article)`` gives, from the statements of an article with the same
        :func:`reading_key` (read in this run, by this reader): the same graph, without reading."""
        return shape(article, statements, self.fingerprint or extraction_fingerprint(self.model))
