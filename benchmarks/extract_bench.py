"""How fast kg reads articles and stores what it reads, on one core, over a synthetic corpus.

    python -m benchmarks [--quick] [--articles N] [--seed 7] [--corpus FILE.jsonl] [--pin]

Steps, each timed on its own in one process and one thread. Rates are given on the process's
CPU time (``..._per_s``: one core's work, whatever else the machine runs) and on wall time
(``..._per_s_wall``: what a user waits); ``--pin`` also pins the process to one CPU.

1. write a SYNTHETIC corpus with ``scripts/make_corpus.py`` (or read ``--corpus``) and read
   it with ``kg.articles.iter_articles``;
2. extraction with the default pipeline (``make_nlp()`` + every extractor family), one
   article at a time as ``kg ingest`` does: articles/s and words/s;
3. the same texts through the pipeline alone (no extractors) and through a bare
   ``spacy.blank("en")``: ``blank_ratio`` is extraction time / bare tokenizer time;
4. shaping the RDF (``kg.rdf.article_graph``), then writing the article graphs in batches
   of ``pipeline.BATCH`` into an in-memory and an on-disk Oxigraph store: triples/s;
5. ``pipeline.ingest`` end to end (read, extract, shape, write) into an in-memory and an
   on-disk store, as ``kg ingest corpus.jsonl`` runs: articles/s and triples/s;
6. ``kg ingest corpus.jsonl`` itself in a process of its own: wall time and peak memory.

Human-readable lines go to stderr; the last line on stdout is one JSON object.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
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


class Clock:
    """Wall time and this process's CPU time of a block: on a busy machine the CPU time is the
    honest measure of one core's work (the process runs one thread), the wall time what a user waits."""

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


# `kg ARGS` that prints its peak memory on exit. It reads VmHWM, the high-water mark of its own
# address space: ru_maxrss would report the benchmark's size, which a child inherits at fork.
KG_REPORTING_PEAK = """
import atexit, sys
def report():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    print("kg-bench-peak-kb", line.split()[1], file=sys.stderr)
    except OSError:
        pass
atexit.register(report)
from kg.cli import app
sys.argv[0] = "kg"
app()
"""


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB."""
    # Linux reports ru_maxrss in KiB (macOS in bytes).
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale, 1)


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("spacy", "pyoxigraph", "rdflib")}


def rates(prefix: str, clock: Clock, **amounts: float) -> dict[str, float]:
    """``{prefix}_{what}_per_s`` on CPU time and ``..._per_s_wall`` on wall time, and the seconds."""
    out: dict[str, float] = {f"{prefix}_cpu_s": round(clock.cpu, 2), f"{prefix}_wall_s": round(clock.wall, 2)}
    for what, amount in amounts.items():
        out[f"{prefix}_{what}_per_s"] = round(amount / clock.cpu, 1)
        out[f"{prefix}_{what}_per_s_wall"] = round(amount / clock.wall, 1)
    return out


def run(n: int, seed: int, corpus: Path | None, workdir: Path) -> dict[str, Any]:
    import spacy

    from kg import pipeline, rdf
    from kg.articles import Article, iter_articles
    from kg.extract import extract_text
    from kg.namespaces import article_graph
    from kg.store import open_store

    result: dict[str, Any] = {}
    if corpus is None:
        corpus = workdir / "corpus.jsonl"
        with Clock() as clock:
            make_corpus_module().write(n, corpus, seed)
        log(f"corpus: {n} synthetic articles (seed {seed}) written in {clock.wall:.1f}s")
        result["corpus"] = f"synthetic, scripts/make_corpus.py, seed {seed}"
    else:
        result["corpus"] = str(corpus)

    with Clock() as clock:
        items = list(iter_articles([corpus]))
    articles = [a for a in items if isinstance(a, Article)]
    if len(articles) != len(items):
        raise SystemExit(f"{len(items) - len(articles)} record(s) of {corpus} could not be read")
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    result.update(articles=len(articles), words=words, chars=sum(map(len, texts)),
                  read_articles_per_s=round(len(articles) / clock.cpu, 1))
    log(f"read {len(articles)} articles, {words} words, in {clock.wall:.2f}s")

    # 1. extraction, as kg ingest runs it: the default pipeline, one article at a time
    with Clock() as clock:
        nlp = pipeline.nlp_for()  # the pipeline kg ingest uses
    result["nlp_load_s"] = round(clock.wall, 2)
    for article in articles[:10]:  # warm-up: cue matchers and rule tables are built on first use
        extract_text(article.text, article.published, nlp=nlp)
    with Clock() as extract:
        extracted = [extract_text(a.text, a.published, nlp=nlp) for a in articles]
    # Keep the claims and dates only: a context holds its Doc, and thousands of Docs would
    # make the peak memory a figure of this script rather than of kg.
    extracted = [(c, ctx.published, ctx.published_inferred) for c, ctx in extracted]
    claims = sum(len(c) for c, _, _ in extracted)
    result.update(rates("extract", extract, articles=len(articles), words=words), claims=claims)
    log(f"extract: {extract.cpu:.2f}s CPU ({extract.wall:.2f}s wall), {len(articles) / extract.cpu:.1f} "
        f"articles/s, {words / extract.cpu:,.0f} words/s, {claims} claims")

    # 2. the same texts through the pipeline alone, and through a bare blank English tokenizer
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

    # 3. RDF shaping and store writes, batch by batch as pipeline.ingest does
    memory, disk = open_store("memory"), open_store(f"oxigraph:{workdir / 'write-store'}")
    shaping, to_memory, to_disk = zero(), zero(), zero()
    triples = 0
    try:
        with Clock() as reference:
            pipeline.load_reference(memory)
        pipeline.load_reference(disk)
        for start in range(0, len(articles), pipeline.BATCH):
            with Clock() as clock:
                graphs = {
                    article_graph(a.id): rdf.article_graph(a, c, published, inferred)
                    for a, (c, published, inferred) in zip(articles[start:start + pipeline.BATCH],
                                           extracted[start:start + pipeline.BATCH], strict=True)
                }
            shaping.add(clock)
            triples += sum(len(g) for g in graphs.values())
            for store, total in ((memory, to_memory), (disk, to_disk)):
                with Clock() as clock:
                    store.replace_graphs(graphs)
                total.add(clock)
        with Clock() as clock:
            disk.close()  # flushed to disk here
        to_disk.add(clock)
    finally:
        memory.close()
        disk.close()
    result.update(triples=triples, reference_load_s=round(reference.wall, 2))
    result.update(rates("rdf", shaping, triples=triples))
    result.update(rates("store_write_memory", to_memory, triples=triples))
    result.update(rates("store_write_disk", to_disk, triples=triples))
    log(f"RDF: {triples} triples shaped at {triples / shaping.cpu:,.0f} triples/s; written at "
        f"{triples / to_memory.cpu:,.0f} triples/s in memory, {triples / to_disk.cpu:,.0f} on disk "
        f"(CPU time; reference data loaded once in {reference.wall:.2f}s)")

    # 4. pipeline.ingest end to end (read, extract, shape, write), as kg ingest corpus.jsonl runs
    def ingest(spec: str) -> dict[str, float]:
        store = open_store(spec)
        try:
            pipeline.load_reference(store)
            before = store.count()
            with Clock() as clock:
                report = pipeline.ingest(store, [corpus])
                quads = store.count() - before
                store.close()  # an on-disk store is flushed here, inside the timing
        finally:
            store.close()
        name = "memory" if spec == "memory" else "disk"
        log(f"ingest {name}: {report.stored} articles in {clock.wall:.2f}s wall, "
            f"{report.stored / clock.cpu:.1f} articles/s, {quads / clock.cpu:,.0f} triples/s (CPU time)")
        return rates(f"ingest_{name}", clock, articles=report.stored, triples=quads)

    result.update(ingest("memory"))
    result.update(ingest(f"oxigraph:{workdir / 'ingest-store'}"))
    result["ingest_triples_per_s"] = result["ingest_disk_triples_per_s"]

    # 5. the command itself, in a process of its own: its wall time and peak memory
    command = [sys.executable, "-c", KG_REPORTING_PEAK, "ingest", str(corpus),
               "--store", f"oxigraph:{workdir / 'cli-store'}"]
    with Clock() as clock:
        done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"kg ingest failed:\n{done.stderr}")
    peak = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("kg-bench-peak-kb ")]
    result.update(cli_ingest_wall_s=round(clock.wall, 2),
                  cli_ingest_articles_per_s_wall=round(len(articles) / clock.wall, 1),
                  cli_ingest_peak_rss_mb=round(int(peak[0]) / 1024, 1) if peak else None)
    log(f"kg ingest (its own process, on disk): {clock.wall:.2f}s wall, "
        f"peak memory {result['cli_ingest_peak_rss_mb']} MB")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_ARTICLES} articles (default {FULL_ARTICLES})")
    parser.add_argument("--articles", type=int, help="how many synthetic articles (at least 1000 to report)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpus")
    parser.add_argument("--corpus", type=Path, help="a JSONL corpus to read instead of a synthetic one")
    parser.add_argument("--pin", action="store_true", help="pin the process to one CPU (sched_setaffinity)")
    args = parser.parse_args(argv)
    n = args.articles or (QUICK_ARTICLES if args.quick else FULL_ARTICLES)

    cpu = pin_to_one_cpu() if args.pin else None
    if args.pin:
        log(f"pinned to CPU {cpu}" if cpu is not None else "not pinned (no sched_setaffinity here)")
    load_before = os.getloadavg()
    started = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        result = run(n, args.seed, args.corpus, Path(tmp))
    result.update(
        peak_rss_mb=peak_rss_mb(),
        cpu_pinned=cpu,
        cpus=os.cpu_count(),
        load_average_before=round(load_before[0], 2),
        load_average_after=round(os.getloadavg()[0], 2),
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
