"""How fast kg reads articles and stores what it reads, on one core, over a synthetic corpus.

    python -m benchmarks [--quick] [--articles N] [--seed 7] [--corpus FILE.jsonl]

Steps, each timed on its own, the process pinned to one CPU where the OS allows:

1. write a SYNTHETIC corpus with ``scripts/make_corpus.py`` (or read ``--corpus``) and read
   it with ``kg.articles.iter_articles``;
2. extraction with the default pipeline (``make_nlp()`` + every extractor family), one
   article at a time as ``kg ingest`` does: articles/s and words/s;
3. the same texts through the pipeline alone (no extractors) and through a bare
   ``spacy.blank("en")``: ``blank_ratio`` is extraction time / bare tokenizer time;
4. shaping the RDF (``kg.rdf.article_graph``), then writing the article graphs in batches
   of ``pipeline.BATCH`` into an in-memory and an on-disk Oxigraph store: triples/s;
5. ``pipeline.ingest`` end to end (read, extract, shape, write) into an in-memory and an
   on-disk store, as ``kg ingest corpus.jsonl`` runs: articles/s and triples/s.

Human-readable lines go to stderr; the last line on stdout is one JSON object.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
QUICK_ARTICLES, FULL_ARTICLES = 1000, 3000


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def pin_to_one_cpu() -> int | None:
    """Run on one CPU (the lowest this process may use); which one, or None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def make_corpus_module() -> Any:
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = function()
    return value, time.perf_counter() - start


def peak_rss_mb() -> float:
    # Linux reports ru_maxrss in KiB (macOS in bytes).
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale, 1)


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("spacy", "pyoxigraph", "rdflib")}


def run(n: int, seed: int, corpus: Path | None, workdir: Path) -> dict[str, Any]:
    import spacy

    from kg import pipeline, rdf
    from kg.articles import Article, iter_articles
    from kg.extract import extract_text
    from kg.store import open_store

    result: dict[str, Any] = {}
    if corpus is None:
        corpus = workdir / "corpus.jsonl"
        _, seconds = timed(lambda: make_corpus_module().write(n, corpus, seed))
        log(f"corpus: {n} synthetic articles (seed {seed}) written in {seconds:.1f}s")
        result["corpus"] = f"synthetic, scripts/make_corpus.py, seed {seed}"
    else:
        result["corpus"] = str(corpus)

    items, seconds = timed(lambda: list(iter_articles([corpus])))
    articles = [a for a in items if isinstance(a, Article)]
    if len(articles) != len(items):
        raise SystemExit(f"{len(items) - len(articles)} record(s) of {corpus} could not be read")
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    result.update(articles=len(articles), words=words, chars=sum(map(len, texts)),
                  read_articles_per_s=round(len(articles) / seconds, 1))
    log(f"read {len(articles)} articles, {words} words, in {seconds:.2f}s")

    nlp, seconds = timed(pipeline.nlp_for)  # the pipeline kg ingest uses
    result["nlp_load_s"] = round(seconds, 2)
    for article in articles[:10]:  # warm-up: cue matchers and rule tables are built on first use
        extract_text(article.text, article.published, nlp=nlp)

    def extract_all() -> list:
        return [extract_text(a.text, a.published, nlp=nlp) for a in articles]

    extracted, extract_s = timed(extract_all)
    claims = sum(len(c) for c, _ in extracted)
    result.update(
        extract_s=round(extract_s, 2),
        extract_articles_per_s=round(len(articles) / extract_s, 1),
        extract_words_per_s=round(words / extract_s),
        claims=claims,
    )
    log(f"extract: {extract_s:.2f}s, {len(articles) / extract_s:.1f} articles/s, "
        f"{words / extract_s:,.0f} words/s, {claims} claims")

    _, pipeline_s = timed(lambda: [nlp(t) for t in texts])
    blank = spacy.blank("en")
    _, blank_s = timed(lambda: [blank(t) for t in texts])
    result.update(
        nlp_pipeline_s=round(pipeline_s, 2),
        blank_s=round(blank_s, 2),
        blank_words_per_s=round(words / blank_s),
        blank_ratio=round(extract_s / blank_s, 1),
        pipeline_share_of_extract=round(pipeline_s / extract_s, 3),
    )
    log(f"pipeline alone (no extractors): {pipeline_s:.2f}s; bare spacy.blank('en'): {blank_s:.2f}s; "
        f"extraction is {extract_s / blank_s:.1f}x the bare tokenizer")

    def shape() -> list:
        return [(pipeline.article_graph(a.id), rdf.article_graph(a, c, ctx.published, ctx.published_inferred))
                for a, (c, ctx) in zip(articles, extracted, strict=True)]

    graphs, rdf_s = timed(shape)
    triples = sum(len(g) for _, g in graphs)
    result.update(rdf_s=round(rdf_s, 2), triples=triples, rdf_triples_per_s=round(triples / rdf_s))
    log(f"RDF: {triples} triples shaped in {rdf_s:.2f}s")

    def write(spec: str) -> float:
        store = open_store(spec)
        try:
            _, reference_s = timed(lambda: pipeline.load_reference(store))
            start = time.perf_counter()
            for i in range(0, len(graphs), pipeline.BATCH):
                store.replace_graphs(dict(graphs[i:i + pipeline.BATCH]))
        finally:
            store.close()  # an on-disk store is flushed here, inside the timing
        seconds = time.perf_counter() - start
        log(f"write {spec.split(':')[0]}: {triples / seconds:,.0f} triples/s "
            f"(reference data loaded first in {reference_s:.2f}s)")
        return seconds

    memory_s = write("memory")
    disk_s = write(f"oxigraph:{workdir / 'write-store'}")
    result.update(store_write_memory_triples_per_s=round(triples / memory_s),
                  store_write_disk_triples_per_s=round(triples / disk_s))

    def ingest(spec: str) -> tuple[float, int, int]:
        store = open_store(spec)
        try:
            pipeline.load_reference(store)
            before = store.count()
            start = time.perf_counter()
            report = pipeline.ingest(store, [corpus])
            quads = store.count() - before
        finally:
            store.close()  # an on-disk store is flushed here, inside the timing
        seconds = time.perf_counter() - start
        log(f"ingest {spec.split(':')[0]}: {report.stored} articles in {seconds:.2f}s, "
            f"{report.stored / seconds:.1f} articles/s, {quads / seconds:,.0f} triples/s")
        return seconds, report.stored, quads

    memory = ingest("memory")
    disk = ingest(f"oxigraph:{workdir / 'ingest-store'}")
    result.update(
        ingest_memory_articles_per_s=round(memory[1] / memory[0], 1),
        ingest_memory_triples_per_s=round(memory[2] / memory[0]),
        ingest_disk_articles_per_s=round(disk[1] / disk[0], 1),
        ingest_disk_triples_per_s=round(disk[2] / disk[0]),
        ingest_triples_per_s=round(disk[2] / disk[0]),
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_ARTICLES} articles (default {FULL_ARTICLES})")
    parser.add_argument("--articles", type=int, help="how many synthetic articles (at least 1000 to report)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpus")
    parser.add_argument("--corpus", type=Path, help="a JSONL corpus to read instead of a synthetic one")
    args = parser.parse_args(argv)
    n = args.articles or (QUICK_ARTICLES if args.quick else FULL_ARTICLES)

    cpu = pin_to_one_cpu()
    log(f"pinned to CPU {cpu}" if cpu is not None else "not pinned (no sched_setaffinity here)")
    started = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        result = run(n, args.seed, args.corpus, Path(tmp))
    result.update(
        peak_rss_mb=peak_rss_mb(),
        cpu_pinned=cpu,
        cpus=os.cpu_count(),
        python=platform.python_version(),
        machine=platform.machine(),
        started=started.isoformat(timespec="seconds"),
        **versions(),
    )
    if result["articles"] < 1000:
        log(f"note: {result['articles']} articles; the documented figures use at least 1000")
    print(json.dumps(result, sort_keys=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
