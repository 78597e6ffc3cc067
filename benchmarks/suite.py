"""``python -m benchmarks``: extraction, loading and questions over one synthetic corpus.

    python -m benchmarks [--quick] [--articles N] [--workers 2] [--seed 7] [--corpus FILE.jsonl]
                         [--budget SECONDS] [--pin]

1. a SYNTHETIC corpus written by ``scripts/make_corpus.py`` from the ontology's vocabularies
   (or ``--corpus``), read with ``kg.articles.iter_articles``;
2. extraction (benchmarks/extract_bench.py): one core, then with ``--workers`` processes;
3. loading (benchmarks/store_bench.py): the write paths compared, the embedded store's rate,
   and ``kg ingest --workers N`` as a command (time, memory over a quarter and all the corpus);
4. questions (benchmarks/query_bench.py): the saved questions on the store step 3 built,
   against rdflib's in-memory engine on the same quads.

The full run uses 2,500 articles, about 1,000,000 triples with the reference data (the size
the query aim is stated for); ``--quick`` 300 and a shorter rdflib budget, in under two minutes.
Human-readable lines go to stderr; the last line on stdout is one JSON object with, among
others, ``extract_articles_per_s``, ``ingest_triples_per_s``, ``query_speedup_vs_rdflib``,
``query_triples`` and ``peak_rss_mb``. Results are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import extract_bench, query_bench, store_bench
from benchmarks.extract_bench import Clock, log, peak_rss_mb, pin_to_one_cpu, versions

QUICK_ARTICLES, FULL_ARTICLES = 300, 2500
QUICK_BUDGET, FULL_BUDGET = 4.0, 60.0  # seconds rdflib may take per question
STORE_BUDGET = 2.0  # times rdflib's: seconds the store may take per question
WRITE_PATH_ARTICLES = 500  # articles whose graphs go through every write path


def run(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    from kg.articles import Article, iter_articles
    from kg.namespaces import article_graph

    result: dict[str, Any] = {}
    corpus = args.corpus
    if corpus is None:
        corpus = workdir / "corpus.jsonl"
        with Clock() as clock:
            extract_bench.make_corpus_module().write(args.articles, corpus, args.seed)
        log(f"corpus: {args.articles} synthetic articles (seed {args.seed}) written in {clock.wall:.1f}s")
        result["corpus"] = f"synthetic, scripts/make_corpus.py, seed {args.seed}"
    else:
        result["corpus"] = str(corpus)
    with Clock() as clock:
        items = list(iter_articles([corpus]))
    articles = [a for a in items if isinstance(a, Article)]
    if len(articles) != len(items):
        raise SystemExit(f"{len(items) - len(articles)} record(s) of {corpus} could not be read")
    words = sum(len(a.text.split()) for a in articles)
    result.update(articles=len(articles), words=words,
                  read_articles_per_s=round(len(articles) / clock.cpu, 1))
    log(f"read {len(articles)} articles, {words} words, in {clock.wall:.2f}s")
    quarter = workdir / "quarter.jsonl"
    with corpus.open(encoding="utf-8") as source, quarter.open("w", encoding="utf-8") as out:
        for _, line in zip(range(len(articles) // 4), source, strict=False):
            out.write(line)

    figures, ntriples = extract_bench.run(articles, args.workers)
    result.update(figures)
    graphs = [(article_graph(a.id), data) for a, data in zip(articles, ntriples, strict=True)]
    del ntriples
    result.update(store_bench.write_paths(graphs[:WRITE_PATH_ARTICLES], workdir))
    result.update(store_bench.ingest_rate(graphs, workdir))
    del graphs
    result.update(store_bench.cli_ingest(corpus, len(articles), args.workers, workdir, quarter))
    result.update(query_bench.run(result.pop("cli_store"), args.budget, STORE_BUDGET * args.budget))
    result["peak_rss_mb"] = result["cli_ingest_peak_rss_mb"]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_ARTICLES} articles, rdflib budget {QUICK_BUDGET:g}s "
                        f"(default {FULL_ARTICLES}, {FULL_BUDGET:g}s)")
    parser.add_argument("--articles", type=int, help="how many synthetic articles")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes (default 2)")
    parser.add_argument("--budget", type=float, help="seconds rdflib may take per question")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpus")
    parser.add_argument("--corpus", type=Path, help="a JSONL corpus to read instead of a synthetic one")
    parser.add_argument("--pin", action="store_true", help="pin this process to one CPU (the one-core steps)")
    args = parser.parse_args(argv)
    args.articles = args.articles or (QUICK_ARTICLES if args.quick else FULL_ARTICLES)
    args.budget = args.budget or (QUICK_BUDGET if args.quick else FULL_BUDGET)

    cpu = pin_to_one_cpu() if args.pin else None
    load_before = os.getloadavg()
    started = datetime.now(UTC)
    with Clock() as total, tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        result = run(args, Path(tmp))
    result.update(
        total_wall_s=round(total.wall, 1),
        benchmark_process_peak_rss_mb=peak_rss_mb(),
        cpu_pinned=cpu,
        cpus=os.cpu_count(),
        load_average_before=round(load_before[0], 2),
        load_average_after=round(os.getloadavg()[0], 2),
        python=platform.python_version(),
        machine=platform.machine(),
        started=started.isoformat(timespec="seconds"),
        **versions(),
    )
    log(f"done in {total.wall:.0f}s")
    print(json.dumps(result, sort_keys=False))
    return 0
