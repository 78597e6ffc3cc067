"""Extraction in worker processes, for ``kg build`` / ``kg ingest --workers N``.

The parent process reads the articles, one at a time as :func:`kg.articles.iter_articles`
yields them, decides which need extracting (``kg.pipeline.ingest``), and hands those to a pool
of ``N`` worker processes in chunks of :data:`CHUNK`. Each worker builds the spaCy pipeline
once (when it starts), extracts, shapes the article's statements as RDF and sends back its
graph as N-Triples bytes (:class:`Extracted`), so the parent only writes: it gathers the
graphs into batches and replaces them in the store, one transaction per batch.

**Ordered results.** :func:`extract_all` yields the results in the order the articles were
read, whatever the number of workers and whichever finishes first: the same input makes the
same batches and the same store. At most ``workers * WINDOW`` chunks are in flight, so the
parent never holds more than a few hundred articles however long the input (a slow article
holds the ones behind it back, within that window).

**Start method.** ``fork`` where the platform has it (Linux): workers start at once and
inherit what the parent set up (the UN list index installed from the store, ``KG_ONTOLOGY``,
the caches); the store itself is never touched in a worker. Elsewhere ``spawn``, with the
model and the installed list index handed to each worker.

With one worker nothing is started: the same function runs in the parent, so one worker and
many store the same quads.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice

from rdflib.term import Node
from spacy.language import Language

from kg.articles import Article
from kg.errors import WorkerError
from kg.extract import listings
from kg.store import StoreError, ntriples

CHUNK = 8  # articles per task sent to a worker
WINDOW = 4  # chunks in flight per worker


@dataclass
class Extracted:
    """What a worker sends back for one article: its graph as N-Triples, or why there is none."""

    ntriples: bytes = b""
    triples: int = 0
    kinds: list[str] = field(default_factory=list)  # the kind of every statement read
    error: str | None = None  # one line, without the article's name


class Triples:
    """Where :mod:`kg.rdf` puts an article's triples instead of an rdflib Graph: a set in insertion
    order, without the indexes a Graph keeps (which cost more than the extraction itself)."""

    def __init__(self) -> None:
        self._triples: dict[tuple[Node, Node, Node], None] = {}

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


def _nlp(model: str | None) -> Language:
    from kg.pipeline import nlp_for  # kg.pipeline imports this module

    return nlp_for(model)


def extract_one(article: Article, model: str | None = None, fingerprint: str | None = None) -> Extracted:
    """Extract one article and shape its named graph (``kg.pipeline.article_to_graph``) as N-Triples.

    An error of an extractor or a term no store can hold is the article's, reported in
    ``error``; it never stops the others.
    """
    from kg import pipeline  # looked up at each call: kg.pipeline imports this module

    try:
        triples, claims = pipeline.article_to_graph(article, model, fingerprint)
        data = ntriples(triples)  # type: ignore[arg-type]  # every term checked here
    except StoreError as error:
        return Extracted(error=str(error))
    except Exception as error:  # an extractor's bug must not stop the batch; it is named
        reason = " ".join(f"{type(error).__name__}: {error}".split())[:200]
        return Extracted(error=f"extraction failed ({reason}); please report this bug of kg")
    return Extracted(data, len(triples), [claim.kind for claim in claims])


def _start(model: str | None, index: listings.ListIndex | None) -> None:
    """A worker's start: the list index (spawn only) and the spaCy pipeline, built once. Ctrl-C is
    the parent's to handle (it stops the pool): a worker ignores it rather than print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if index is not None:
        listings.install(index)
    _nlp(model)


def _extract_chunk(articles: list[Article], model: str | None, fingerprint: str | None) -> list[Extracted]:
    return [extract_one(article, model, fingerprint) for article in articles]


def start_method() -> str:
    """``fork`` on Linux, else ``spawn`` (see the module's docstring)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def extract_all(articles: Iterable[Article], *, model: str | None = None, workers: int = 1,
                method: str | None = None,
                fingerprint: str | None = None) -> Iterator[tuple[Article, Extracted]]:
    """Every article with what was extracted from it, in the order read (see the module's docstring).

    ``articles`` is consumed lazily, a window ahead of the results. Raises WorkerError when a
    worker process dies; what was yielded before stays valid.
    """
    if workers <= 1:
        for article in articles:
            yield article, extract_one(article, model, fingerprint)
        return
    method = method or start_method()
    index = None
    if method != "fork" and (installed := listings.current()) is not None:
        index = listings.ListIndex(installed.names, installed.source)  # without its matchers
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=_start, initargs=(model, index))
    window: deque[tuple[list[Article], Future[list[Extracted]]]] = deque()
    source = iter(articles)
    try:
        while True:
            while len(window) < workers * WINDOW and (chunk := list(islice(source, CHUNK))):
                window.append((chunk, pool.submit(_extract_chunk, chunk, model, fingerprint)))
            if not window:
                return
            chunk, future = window.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                raise WorkerError("a worker process ended unexpectedly (killed, or out of memory?); "
                                  "run the same command again: stored articles are skipped") from None
            yield from zip(chunk, results, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
