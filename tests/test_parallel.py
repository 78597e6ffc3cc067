"""Reading in worker processes (kg.parallel, kg.reading) and ``kg build --workers N``."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import PROV
from typer.testing import CliRunner

from kg import parallel, rdf, reading
from kg.articles import Article, iter_articles
from kg.cli import app
from kg.extract import extract_text
from kg.namespaces import KG
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTICLE_GRAPHS = "https://w3id.org/kg-sanctions/id/graph/article/"


def seeds() -> list[Article]:
    return [a for a in iter_articles([SEEDS]) if isinstance(a, Article)]


def stored(spec: str) -> tuple[set[str], int]:
    """The quads of the article graphs (N-Quads lines) and the number of quads in all."""
    store = open_store(spec, read_only=True)
    try:
        lines = store.dump("nq").decode().splitlines()
    finally:
        store.close()
    return {line for line in lines if f"<{ARTICLE_GRAPHS}" in line}, len(lines)


def test_build_with_two_workers_stores_the_same_quads(tmp_path: Path) -> None:
    runner = CliRunner()
    results = {}
    for workers in (2, 1):
        spec = f"oxigraph:{tmp_path / f'store-{workers}'}"
        out = tmp_path / f"out-{workers}"
        args = ["build", str(SEEDS), "--store", spec, "--out", str(out), "--workers", str(workers)]
        done = runner.invoke(app, args)
        assert done.exit_code == 0, done.stderr
        assert "5 article(s) stored" in done.stderr
        results[workers] = stored(spec)
    articles, total = results[2]
    assert len(articles) > 1000 and total > len(articles)
    # Article graphs hold no blank nodes: equal line for line. (The ontology's blank nodes get
    # new labels in every store, so the rest is compared by size.)
    assert results[2] == results[1]
    spec = f"oxigraph:{tmp_path / 'store-2'}"
    again = runner.invoke(app, ["ingest", str(SEEDS), "--store", spec, "-w", "2"])
    assert again.exit_code == 0 and "0 article(s) stored, 5 unchanged" in again.stderr


def test_an_article_s_graph_holds_its_node_and_one_statement_per_claim() -> None:
    nlp = reading.nlp_for()
    for article in seeds():
        triples, claims = reading.article_to_graph(article)
        graph = Graph()
        for triple in triples:
            graph.add(triple)
        assert len(graph) == len(triples)  # a set: no triple twice
        node = rdf.article_iri(article)
        # what the statements were read with, so that a newer kg reads the article again
        assert graph.value(node, KG.extractedWith) == Literal(reading.extraction_fingerprint())
        assert len(set(graph.subjects(PROV.wasDerivedFrom, node))) == len(claims) > 0
        again, _ = extract_text(article.text, article.published, nlp=nlp)
        assert [c.kind for c in claims] == [c.kind for c in again]


def test_results_come_in_the_order_read_and_an_error_stays_with_its_article(monkeypatch) -> None:
    articles = seeds() * 4  # 20 articles: more than one chunk per worker
    articles = [Article(f"a{i}", f"a{i}.txt", a.text, a.title, a.published) for i, a in enumerate(articles)]
    extract = reading.read_statements

    def failing(article: Article, *args):
        if article.id == "a7":
            raise ValueError("a bug\nin two lines")
        return extract(article, *args)

    monkeypatch.setattr(reading, "read_statements", failing)  # forked workers see it too
    one = list(parallel.extract_all(articles, reading.Reader(), workers=1))
    two = list(parallel.extract_all(iter(articles), reading.Reader(), workers=2))
    assert [a.id for a, _ in two] == [a.id for a in articles]
    assert [d for _, d in two] == [d for _, d in one]
    [(broken, error)] = [(a.id, d.error) for a, d in two if d.error]
    assert broken == "a7"
    assert error == "extraction failed (ValueError: a bug in two lines); please report this bug of kg"


def test_input_is_read_a_window_ahead_not_all_at_once() -> None:
    read = 0
    [sample] = seeds()[:1]

    def endless():
        nonlocal read
        for i in itertools.count():
            read += 1
            yield Article(f"n{i}", f"n{i}.txt", sample.text, published=sample.published)

    results = parallel.extract_all(endless(), reading.Reader(), workers=2)
    first = list(itertools.islice(results, 10))
    assert len(first) == 10
    assert read <= 10 + 2 * parallel.WINDOW * parallel.CHUNK
    results.close()  # the pool is shut down; no worker is left behind


def test_spawned_workers_get_what_forked_ones_inherit() -> None:
    articles = seeds()[:2]
    forked = [d for _, d in parallel.extract_all(articles, reading.Reader(), workers=2, method="fork")]
    spawned = [d for _, d in parallel.extract_all(articles, reading.Reader(), workers=2, method="spawn")]
    assert forked == spawned and all(d.triples for d in forked)


def test_a_dead_worker_is_one_error(monkeypatch) -> None:
    parent = os.getpid()
    extract = reading.read_statements

    def dying(article: Article, *args):
        if os.getpid() != parent:
            os._exit(1)  # as if the kernel killed it
        return extract(article, *args)

    monkeypatch.setattr(reading, "read_statements", dying)
    with pytest.raises(parallel.WorkerError, match="a worker process ended unexpectedly"):
        list(parallel.extract_all(seeds(), reading.Reader(), workers=2))
