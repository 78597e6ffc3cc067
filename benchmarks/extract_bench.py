"""Extraction: how fast kg reads articles, on one core and with worker processes.

Part of ``python -m benchmarks`` (see benchmarks/suite.py); the helpers here (clocks, rates,
the corpus script) serve the other parts too.

1. **one core**: ``extract_text`` with the default pipeline (``reading.nlp_for()``, the one
   ``kg ingest`` uses), one article at a time after a 10-article warm-up; then the same texts
   through the pipeline alone and through a bare ``spacy.blank("en")`` (``blank_ratio``);
2. **what ``kg ingest`` extracts**: ``kg.parallel.extract_all`` (extraction, the article's
   triples, checked and written as N-Triples), in this process (one worker) and in worker
   processes (``--workers``): ``extract_articles_per_s`` is the rate with the workers, on wall
   time, what ``kg ingest --workers N`` can feed its store.

Rates on CPU time (``..._per_s``: one core's work, whatever else the machine runs) and on wall
time (``..._per_s_wall``: what a user waits); with workers only wall time means anything.
"""

from __future__ import annotations

import importlib.util
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


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


class Clock:
    """Wall time and this process's CPU time of a block (all its threads; not its children)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = -time.perf_counter(), -time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall += time.perf_counter()
        self.cpu += time.process_time()

    def add(self, other: Clock) -> None:
        self.wall += other.wall
        self.cpu += other.cpu


def zero() -> Clock:
    clock = Clock()
    clock.wall = clock.cpu = 0.0
    return clock


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process (or of its largest finished child) in MB."""
    # Linux reports ru_maxrss in KiB (macOS in bytes).
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)
    return round(resource.getrusage(who).ru_maxrss * scale, 1)


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("spacy", "pyoxigraph", "rdflib", "oxigraph")}


def rates(prefix: str, clock: Clock, cpu: bool = True, **amounts: float) -> dict[str, float]:
    """``{prefix}_{what}_per_s`` on CPU time and ``..._per_s_wall`` on wall time, and the seconds."""
    out: dict[str, float] = {f"{prefix}_wall_s": round(clock.wall, 2)}
    if cpu:
        out[f"{prefix}_cpu_s"] = round(clock.cpu, 2)
    for what, amount in amounts.items():
        if cpu:
            out[f"{prefix}_{what}_per_s"] = round(amount / clock.cpu, 1)
        out[f"{prefix}_{what}_per_s_wall"] = round(amount / clock.wall, 1)
    return out


def parse_cost(nlp: Any, texts: list[str], alone: Clock) -> dict[str, Any]:
    """What the parse costs: the pipeline without kg_parse (the rule pipeline bans, resolutions
    and events need), and the share of sentences kg_parse tags and parses."""
    with nlp.select_pipes(disable=["kg_parse"]), Clock() as rules:
        docs = [nlp(text) for text in texts]
    chooser = nlp.get_pipe("kg_parse")
    sentences = [s for doc in docs for s in doc.sents]
    parsed = sum(chooser.needs_parse(s) for s in sentences) / len(sentences)
    log(f"rule pipeline (no parse): {rules.cpu:.2f}s; the parse: {alone.cpu - rules.cpu:.2f}s "
        f"({1 - rules.cpu / alone.cpu:.0%} of the pipeline) on {parsed:.0%} of the sentences")
    return {
        "rule_pipeline_cpu_s": round(rules.cpu, 2),
        "parse_cpu_s": round(alone.cpu - rules.cpu, 2),
        "parsed_sentence_share": round(parsed, 3),
    }


def run(articles: list, workers: int) -> tuple[dict[str, Any], list[bytes]]:
    """Steps 1 and 2 over ``articles``; the figures, and every article's N-Triples (for the store steps)."""
    import spacy

    from kg import parallel, reading
    from kg.extract import extract_text

    result: dict[str, Any] = {}
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    # 1. one core: extract_text, the pipeline alone, a bare tokenizer
    with Clock() as clock:
        nlp = reading.nlp_for()  # the pipeline kg ingest uses
    result["nlp_load_s"] = round(clock.wall, 2)
    for article in articles[:10]:  # warm-up: cue matchers and rule tables are built on first use
        extract_text(article.text, article.published, nlp=nlp)
    with Clock() as extract:
        claims = sum(len(extract_text(a.text, a.published, nlp=nlp)[0]) for a in articles)
    result.update(rates("extract_1cpu", extract, articles=len(articles), words=words), claims=claims)
    log(f"extract, one core: {extract.cpu:.2f}s CPU ({extract.wall:.2f}s wall), "
        f"{len(articles) / extract.cpu:.1f} articles/s, {words / extract.cpu:,.0f} words/s, {claims} claims")
    with Clock() as alone:
        for text in texts:
            nlp(text)
    blank = spacy.blank("en")
    for text in texts[:10]:
        blank(text)
    with Clock() as bare:
        for text in texts:
            blank(text)
    result.update(
        nlp_pipeline_cpu_s=round(alone.cpu, 2),
        blank_cpu_s=round(bare.cpu, 2),
        blank_words_per_s=round(words / bare.cpu),
        blank_ratio=round(extract.cpu / bare.cpu, 1),
        extractors_share_of_extract=round(1 - alone.cpu / extract.cpu, 3),
    )
    log(f"pipeline alone (no extractors): {alone.cpu:.2f}s; bare spacy.blank('en'): {bare.cpu:.2f}s; "
        f"extraction takes {extract.cpu / bare.cpu:.1f}x the bare tokenizer")
    result.update(parse_cost(nlp, texts, alone))

    # 2. what kg ingest extracts (extraction, triples, N-Triples), in one process and with workers
    with Clock() as one:
        done = [d for _, d in parallel.extract_all(articles, reading.Reader(), workers=1)]
    triples = sum(d.triples for d in done)
    result.update(rates("extract_shape_1w", one, articles=len(articles), triples=triples), triples=triples)
    log(f"extract + shape, 1 worker: {one.wall:.2f}s wall, {len(articles) / one.cpu:.1f} articles/s (CPU), "
        f"{triples} triples ({triples / len(articles):.0f} per article)")
    with Clock() as many:
        again = [d for _, d in parallel.extract_all(articles, reading.Reader(), workers=workers)]
    assert [d.ntriples for d in again] == [d.ntriples for d in done], "workers changed what is extracted"
    result.update(rates(f"extract_shape_{workers}w", many, cpu=False, articles=len(articles)))
    result.update(extract_workers=workers, extract_articles_per_s=round(len(articles) / many.wall, 1),
                  extract_start_method=parallel.start_method())
    log(f"extract + shape, {workers} workers: {many.wall:.2f}s wall, "
        f"{len(articles) / many.wall:.1f} articles/s (pool start included)")
    return result, [d.ntriples for d in done]
