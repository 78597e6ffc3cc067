"""Benchmark of reading on a Dask cluster (``kg ingest --dask``) against local workers (``--workers``).

    python -m benchmarks.dask_bench [N] [--workdir /tmp/kg-dask-bench] [--seed 7]

On a corpus of ``N`` (default 600) distinct synthetic articles (``scripts/make_corpus.py``), each
run a process of its own into a fresh on-disk store that holds the reference data already (so
that only the articles are timed, as a second ``kg ingest`` into a store would be):

1. ``pipeline.ingest`` with ``--workers 1`` and ``--workers 2`` (:mod:`kg.parallel`);
2. a Dask cluster on 127.0.0.1 (``dask scheduler`` and ``dask worker --nworkers K --nthreads 1``,
   K = 1, then 2), started before and warmed by one small ingest (each worker builds its pipeline
   once, as on a long-lived cluster: that first run's time is reported apart), then the same
   ingest through it (``kg.parallel.dask_runner``, what ``--dask`` uses);
3. the cluster's own cost per article, without extraction: a no-op (an article in, its text
   back, through :func:`kg.distributed.extract_all`, the client connected before the clock
   starts, the plugin's registration included) over the same articles, against the same no-op
   through the local pool of ``--workers 2`` (its start included).

Prints one JSON object. Every run is timed on wall time, from the process's start to its end
(imports, the store's opening, the reading of the input, the writes), with the CPU time of the
kg process itself (with ``--dask``: reading, lookups and writes only, the ceiling of a bigger
cluster) and the workers' resident memory after the run. The corpus is synthetic; it measures
time, never accuracy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.extract_bench import log, make_corpus_module

ROOT = Path(__file__).resolve().parents[1]
SEED = 7
INGEST = """
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
from kg import parallel, pipeline
from kg.store import open_store
store = open_store({spec!r})
runner = parallel.dask_runner({address!r}) if {address!r} else None
report = pipeline.ingest(store, [Path({corpus!r})], workers={workers}, runner=runner)
store.close()
wall = time.perf_counter() - started
own = resource.getrusage(resource.RUSAGE_SELF)
out = {{"stored": report.stored, "skipped": len(report.skipped), "in_process_s": round(wall, 2),
        "this_process_cpu_s": round(own.ru_utime + own.ru_stime, 2)}}
if {address!r}:
    import psutil
    from distributed import Client
    with Client({address!r}, set_as_default=False) as client:
        rss = client.run(lambda: psutil.Process().memory_info().rss)
    out["worker_rss_mb"] = sorted(round(r / 2**20) for r in rss.values())
print(json.dumps(out))
"""
NOOP = """
import json, operator, time
from kg import parallel
from kg.articles import Article, iter_articles
from pathlib import Path
articles = [a for a in iter_articles([Path({corpus!r})]) if isinstance(a, Article)]
work = operator.attrgetter("text")
if {address!r}:
    from distributed import Client
    from kg import distributed
    client = Client({address!r}, set_as_default=False)  # connected before the clock starts
    started = time.perf_counter()
    done = sum(1 for _ in distributed.extract_all(articles, work, cluster=client))
else:
    started = time.perf_counter()
    done = sum(1 for _ in parallel.extract_all(articles, work, workers=2))
print(json.dumps({{"articles": done, "wall_s": round(time.perf_counter() - started, 3)}}))
"""


def python(code: str, log_file: Path) -> tuple[dict[str, Any], float]:
    """Run ``code`` in a Python process of its own; its last line (JSON) and its wall time."""
    started = time.perf_counter()
    with log_file.open("w") as stderr:
        done = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=stderr,
                              text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"a run failed ({done.returncode}): see {log_file}")
    return json.loads(done.stdout.strip().splitlines()[-1]), round(wall, 2)


def fresh_store(template: Path, where: Path) -> str:
    shutil.rmtree(where, ignore_errors=True)
    shutil.copytree(template, where)
    return f"oxigraph:{where}"


@contextmanager
def cluster(workers: int, workdir: Path):
    """A scheduler and ``workers`` single-threaded worker processes on 127.0.0.1; yields its address."""
    info = workdir / f"scheduler-{workers}.json"
    info.unlink(missing_ok=True)
    dask = str(Path(sys.executable).with_name("dask"))
    logs = [(workdir / f"scheduler-{workers}.log").open("w"), (workdir / f"workers-{workers}.log").open("w")]
    scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                  "--scheduler-file", str(info)], stdout=logs[0], stderr=logs[0], cwd=ROOT)
    pool = subprocess.Popen([dask, "worker", "--scheduler-file", str(info), "--nworkers", str(workers),
                             "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
                            stdout=logs[1], stderr=logs[1], cwd=ROOT)
    try:
        for _ in range(300):
            if info.exists() and info.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        from distributed import Client

        with Client(address, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address
    finally:
        for process in (pool, scheduler):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        for handle in logs:
            handle.close()


def measure(n: int, workdir: Path, seed: int) -> dict[str, Any]:
    workdir.mkdir(parents=True, exist_ok=True)
    corpus, template = workdir / f"corpus-{n}-{seed}.jsonl", workdir / "reference"
    if not corpus.exists():
        make_corpus_module().write(n, corpus, seed=seed)
    warmup = workdir / "warmup.jsonl"
    if not warmup.exists():
        make_corpus_module().write(20, warmup, seed=seed + 1)
    if not template.exists():
        code = ("from kg import pipeline\nfrom kg.store import open_store\n"
                f"s = open_store('oxigraph:{template}')\npipeline.load_reference(s)\ns.close()\n")
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    result: dict[str, Any] = {
        "benchmark": "dask", "articles": n, "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{os.cpu_count()} CPUs, {platform.machine()}, Linux {platform.release()}",
        "python": platform.python_version(), "load_average_before": round(os.getloadavg()[0], 2),
        "versions": _versions(),
    }

    def ingest(name: str, workers: int = 1, address: str = "", source: Path = corpus) -> None:
        spec = fresh_store(template, workdir / f"store-{name}")
        code = INGEST.format(spec=spec, address=address, corpus=str(source), workers=workers)
        out, wall = python(code, workdir / f"{name}.log")
        result[name] = {**out, "wall_s": wall, "articles_per_s": round(out["stored"] / wall, 1)}
        log(f"{name}: {wall:.1f} s wall, {out['stored']} stored, {out['stored'] / wall:.1f} articles/s")

    for workers in (1, 2):
        ingest(f"local_workers_{workers}", workers=workers)
    noop, _ = python(NOOP.format(corpus=str(corpus), address=""), workdir / "noop-local.log")
    result["noop_local_pool_2"] = {**noop, "ms_per_article": round(1000 * noop["wall_s"] / n, 3)}
    for workers in (1, 2):
        with cluster(workers, workdir) as address:
            ingest(f"dask_{workers}_first_run_20_articles", address=address, source=warmup)
            ingest(f"dask_workers_{workers}", address=address)
            code = NOOP.format(corpus=str(corpus), address=address)
            noop, _ = python(code, workdir / f"noop-{workers}.log")
            result[f"noop_dask_{workers}"] = {**noop, "ms_per_article": round(1000 * noop["wall_s"] / n, 3)}
    for workers in (1, 2):
        local, dask = result[f"local_workers_{workers}"], result[f"dask_workers_{workers}"]
        result[f"overhead_ms_per_article_{workers}"] = round(1000 * (dask["wall_s"] - local["wall_s"]) / n, 2)
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    return result


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("dask", "distributed", "spacy", "pyoxigraph")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, nargs="?", default=600)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kg-dask-bench"))
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.articles, args.workdir, args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
