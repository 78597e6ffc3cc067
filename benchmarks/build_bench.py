"""Benchmark of ``kg build`` phase by phase on a corpus of distinct and syndicated articles.

    python -m benchmarks.build_bench 1000 5000 10000 [--workers 2] [--workdir /tmp/kg-build]

For each size N it writes a corpus (:func:`mixed_corpus`: 60 % distinct synthetic articles of
``scripts/make_corpus.py``, 40 % copies of them under other ids and sources, a few stories copied
many times, as wire stories are), then runs the three phases of ``kg build`` as commands of their
own, each sampled for wall time and the peak RSS of its process tree
(:func:`benchmarks.store_bench.run_sampled`):

1. ``kg ingest CORPUS --workers W`` (reading, extraction, the store);
2. ``kg export --format trig`` (the TriG dump ``kg build`` writes);
3. ``kg viz`` (the HTML view ``kg build`` writes: the store's queries, the network, the layout,
   the page).

A store already built for a size under ``--workdir`` is reused (``--reuse``), so the view can be
measured again without extracting again. With ``--whole`` it also runs ``kg build`` itself on a
fresh store. Prints one JSON line per size. The corpus is synthetic; it measures time and memory,
never accuracy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.extract_bench import make_corpus_module
from benchmarks.store_bench import _memory_kb, _tree

DUPLICATE_SHARE = 0.4
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
PSS_EVERY = 1.0  # seconds between samples of PSS
RENDER = """
import json, time
from kg import views, viz
from kg.store import open_store
store = open_store({spec!r}, read_only=True)
started = time.perf_counter()
network = views.read_network(store, evidence_limit=viz.evidence_limit_for(store), edge_limit=viz.PAGE_EDGES)
read = time.perf_counter() - started
page = viz.render_html(network, viz.ViewOptions())
done = time.perf_counter() - started
open({out!r}, "w").write(json.dumps({{"read_s": round(read, 2), "page_s": round(done - read, 2),
                                     "render_s": round(done, 2)}}))
"""
SEED = 7


def mixed_corpus(n: int, out: Path, seed: int = SEED,
                 duplicate_share: float = DUPLICATE_SHARE) -> dict[str, int]:
    """Write ``n`` articles: distinct synthetic ones and syndicated copies of them (same text,
    date and title, another id and outlet), copies skewed towards a few stories. Returns the counts."""
    rng = random.Random(seed)
    distinct = max(1, round(n * (1 - duplicate_share)))
    originals = list(make_corpus_module().articles(distinct, seed=seed))
    records = list(originals)
    for k in range(n - distinct):
        rank = min(int(rng.paretovariate(1.1)) - 1, distinct - 1)
        source = originals[rank]
        records.append({**source, "id": f"{source['id']}-syndicated-{k:06d}",
                        "source": f"syndicated copy {k} of {source['id']} (synthetic: not a real article)"})
    rng.shuffle(records)
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"articles": n, "distinct": distinct, "copies": n - distinct,
            "copied_stories": len({r["id"].split("-syndicated-")[0] for r in records
                                   if "-syndicated-" in r["id"]})}


def _rss_kb(pid: int) -> int:
    """RSS of a process in KiB from /proc/PID/statm (counters: cheap); 0 once it is gone."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB
    except (OSError, ValueError, IndexError):
        return 0


def run_sampled(command: list[str], log: Path) -> dict[str, float]:
    """Run ``command`` with its stderr in ``log``; its wall time and the peaks of the summed RSS
    (every 50 ms) and PSS (every second) of its process tree (MB), and the CPU seconds the
    sampling took. (stderr goes to a file: ``kg ingest`` warns once per syndicated copy, and a
    pipe nobody reads fills up and stops the command. PSS walks every page table of the tree:
    sampled every 50 ms it took a fifth of a core from the command measured on two.)"""
    rss = pss = 0
    started, last_pss = time.perf_counter(), 0.0
    own = resource.getrusage(resource.RUSAGE_SELF)
    with log.open("w") as stderr, \
            subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr) as process:
        while process.poll() is None:
            tree = _tree(process.pid)
            rss = max(rss, sum(map(_rss_kb, tree)))
            if time.perf_counter() - last_pss >= PSS_EVERY:
                pss, last_pss = max(pss, sum(_memory_kb(pid)[1] for pid in tree)), time.perf_counter()
            time.sleep(0.05)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    sampling = after.ru_utime + after.ru_stime - own.ru_utime - own.ru_stime
    if process.returncode not in (0, 1):  # 1: some input failed, the rest is stored
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): see {log}")
    return {"wall_s": round(wall, 2), "peak_rss_mb": round(rss / 1024, 1),
            "peak_pss_mb": round(pss / 1024, 1), "sampling_cpu_s": round(sampling, 2)}


def measure(n: int, workdir: Path, workers: int, reuse: bool, whole: bool,
            phases: tuple[str, ...] = ("ingest", "trig", "view")) -> dict[str, Any]:
    """The phases of ``kg build`` on ``n`` articles: wall time and peak memory of each."""
    kg = str(Path(sys.executable).with_name("kg"))
    corpus, store_dir, out = workdir / f"corpus-{n}.jsonl", workdir / f"store-{n}", workdir / f"out-{n}"
    out.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"benchmark": "build", "workers": workers,
                              "date": datetime.now(UTC).isoformat(timespec="seconds"),
                              "load_average": os.getloadavg()[0]}
    if not corpus.exists():
        result.update(mixed_corpus(n, corpus))
    result["articles"] = n
    spec = f"oxigraph:{store_dir}"
    if "ingest" in phases and not (reuse and store_dir.exists()):
        result["ingest"] = run_sampled([kg, "ingest", str(corpus), "--store", spec,
                                        "--workers", str(workers)], out / "ingest.log")
    if "trig" in phases:
        result["trig"] = run_sampled([kg, "export", "--format", "trig", "--store", spec,
                                      "--out", str(out / "graph.trig")], out / "trig.log")
        result["trig_mb"] = round((out / "graph.trig").stat().st_size / 1e6, 1)
    if "view" in phases:
        result["view"] = run_sampled([kg, "viz", "--store", spec, "--out", str(out / "graph.html")],
                                     out / "view.log")
        result["html_mb"] = round((out / "graph.html").stat().st_size / 1e6, 2)
        # The view as kg build draws it, in the process that built the store: without the
        # command's start-up (imports, the reference data check), split into reading and page.
        timing = out / "render.json"
        result["render"] = run_sampled([sys.executable, "-c", RENDER.format(spec=spec, out=str(timing))],
                                       out / "render.log")
        result["render"].update(json.loads(timing.read_text()))
    if whole:
        fresh = workdir / f"store-{n}-whole"
        started = time.perf_counter()
        result["build"] = run_sampled([kg, "build", str(corpus), "--store", f"oxigraph:{fresh}",
                                       "--out", str(out / "whole"), "--workers", str(workers)],
                                      out / "build.log")
        result["build"]["wall_s"] = round(time.perf_counter() - started, 2)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kg-build-bench"))
    parser.add_argument("--reuse", action="store_true", help="keep a store already ingested for a size")
    parser.add_argument("--whole", action="store_true", help="also run kg build on a fresh store")
    parser.add_argument("--phases", default="ingest,trig,view", help="which phases to run (comma-separated)")
    args = parser.parse_args(argv)
    phases = tuple(args.phases.split(","))
    args.workdir.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        print(json.dumps(measure(n, args.workdir, args.workers, args.reuse, args.whole, phases)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
