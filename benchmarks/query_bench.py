"""Questions: the saved questions on the embedded store against rdflib's in-memory engine.

Part of ``python -m benchmarks`` (benchmarks/suite.py). The graph is the store ``kg ingest``
built from the corpus (with the reference data); the same quads are loaded into an rdflib
``Dataset`` in memory. Every saved question of ``queries/`` runs with the parameters of its
own ``Example:`` line (bound as ``kg query --saved`` binds them), on both:

* the embedded store (``oxigraph:PATH``, opened read-only in a forked process): one run; when
  it took a second or less it was a warm-up, and the time is the median of three more;
* rdflib: one run (after a warm-up query of its own), in a forked process;

each stopped after its time budget. A question rdflib cannot answer at all (an error of its
engine) is named and left out. ``query_speedup_vs_rdflib`` is the median over the questions
of rdflib's time / the store's; a stopped rdflib run counts as its budget, a stopped store run
as a ratio of 0, so that the median is a lower bound when any run was stopped
(``query_speedup_is_lower_bound``).

On its own, ``python -m benchmarks.query_bench 100 300 1000 [--question press-vs-official ...]``
measures how the named questions (all when none is named) grow with the corpus: for each size, a
synthetic corpus of that many articles (``scripts/make_corpus.py``, as the suite writes it), a store
``kg ingest --workers 2`` builds from it, and each question timed as above on both engines, with its
``Example:`` parameters and, when it has parameters, without them (as ``kg check`` runs
press-vs-official). It prints a table with the time per article, then one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.extract_bench import Clock, log, make_corpus_module


def _params(example: str) -> dict[str, str]:
    return {k: v.strip('"') for k, v in re.findall(r'--param (\w+)=("[^"]*"|\S+)', example)}


def _in_child(work: Callable[[], str], budget: float) -> str:
    """``work()`` in a forked child, stopped after ``budget`` seconds: its one-line report,
    "timeout", or "error ..." (what the engine raised)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: work, report, leave without running the parent's code
        os.close(read)
        try:
            message = work()
        except BaseException as error:  # noqa: BLE001 - whatever the engine raises is reported
            message = "error " + " ".join(f"{type(error).__name__}: {error}".split())[:200]
        os.write(write, message.encode())
        os._exit(0)
    os.close(write)
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            message = os.read(read, 4096).decode()
            os.close(read)
            return message or f"error: exit status {status}"
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(read)
    return "timeout"


def _store_work(spec: str, sparql: str, bindings: dict) -> Callable[[], str]:
    def work() -> str:
        from kg.store import open_store

        store = open_store(spec, read_only=True)  # opened in the child: no store crosses a fork
        with Clock() as first:
            rows = len(store.query(sparql, bindings).rows)
        clocks = [first]
        if first.wall <= 1:  # a warm-up: the median of three runs after it
            clocks = []
            for _ in range(3):
                with Clock() as again:
                    store.query(sparql, bindings)
                clocks.append(again)
        wall, cpu = (statistics.median(getattr(c, a) for c in clocks) for a in ("wall", "cpu"))
        return f"ok {wall} {rows} {cpu}"

    return work


def _rdflib_work(dataset: Any, sparql: str) -> Callable[[], str]:
    def work() -> str:
        with Clock() as clock:
            rows = len(list(dataset.query(sparql)))
        return f"ok {clock.wall} {rows} {clock.cpu}"

    return work


def run(spec: str, budget: float, store_budget: float) -> dict[str, Any]:
    from rdflib import Dataset

    from kg import saved
    from kg.store import bind_values, open_store

    store = open_store(spec, read_only=True)
    triples = store.count()
    with Clock() as clock:
        dataset = Dataset()
        dataset.parse(data=store.dump("nq"), format="nquads")
    store.close()
    del store  # closed before any fork: each child opens its own
    log(f"queries: {triples:,} quads; rdflib loaded them in {clock.wall:.1f}s")
    list(dataset.query("ASK { GRAPH ?g { ?s ?p ?o } }"))  # rdflib's parser and algebra warmed up
    per_question: dict[str, dict[str, Any]] = {}
    ratios, lower_bound = [], False
    for question in saved.list_saved():
        bindings = saved.bindings(question, _params(question.example))
        ours = _in_child(_store_work(spec, question.sparql, bindings), store_budget)
        theirs = _in_child(_rdflib_work(dataset, bind_values(question.sparql, bindings)), budget)
        entry: dict[str, Any] = {}
        if ours.startswith("ok "):
            entry.update(store_s=round(float(ours.split()[1]), 4), rows=int(ours.split()[2]))
        else:
            entry["store"] = f"stopped after {store_budget:g}s" if ours == "timeout" else ours
        if theirs.startswith("ok "):
            entry["rdflib_s"] = round(float(theirs.split()[1]), 3)
        elif theirs == "timeout":
            entry.update(rdflib_s=budget, rdflib=f"stopped after {budget:g}s (a lower bound)")
        else:
            entry["rdflib"] = theirs
        if "rdflib_s" in entry:  # rdflib answered or was stopped: the question counts
            if "store_s" in entry:
                entry["speedup"] = round(entry["rdflib_s"] / entry["store_s"], 1)
                lower_bound = lower_bound or theirs == "timeout"
            else:  # the store was stopped: the ratio is unknown, counted as 0
                entry["speedup"] = 0.0
                lower_bound = True
            ratios.append(entry["speedup"])
        per_question[question.name] = entry
        log(f"  {question.name:18s} store "
            + (f"{entry['store_s'] * 1000:9.1f} ms ({entry['rows']} rows)" if "store_s" in entry
               else f"[{entry['store']}]")
            + (f"   rdflib {entry['rdflib_s'] * 1000:9.1f} ms" if "rdflib_s" in entry else "")
            + (f"   x{entry['speedup']}" if "speedup" in entry else "")
            + (f"  [{entry['rdflib']}]" if "rdflib" in entry else ""))
    speedup = round(statistics.median(ratios), 1) if ratios else None
    log(f"queries: median speedup over rdflib x{speedup}{' (a lower bound)' if lower_bound else ''}")
    return {
        "query_triples": triples,
        "query_speedup_vs_rdflib": speedup,
        "query_speedup_is_lower_bound": lower_bound,
        "query_rdflib_budget_s": budget,
        "query_store_budget_s": store_budget,
        "query_rdflib_load_s": round(clock.wall, 1),
        "queries": per_question,
    }


# --- growth with the corpus (python -m benchmarks.query_bench N ...) -------------------------


def build_store(articles: int, seed: int, workers: int, workdir: Path) -> str:
    """A store of ``articles`` synthetic articles, built by ``kg ingest`` (reused when there)."""
    spec = f"oxigraph:{workdir / f'store-{articles}'}"
    if (workdir / f"store-{articles}").exists():
        return spec
    corpus = workdir / f"corpus-{articles}.jsonl"
    make_corpus_module().write(articles, corpus, seed)
    kg = str(Path(sys.executable).with_name("kg"))
    done = subprocess.run([kg, "ingest", str(corpus), "--store", spec, "--workers", str(workers)],
                          capture_output=True, text=True)  # stderr read whole: no pipe fills up
    if done.returncode != 0:
        raise SystemExit(f"kg ingest of {articles} articles failed:\n{done.stderr[-2000:]}")
    return spec


def _timing(report: str) -> dict[str, Any]:
    """A child's report as figures: wall and CPU seconds and rows, or why there are none."""
    if not report.startswith("ok "):
        return {"stopped": report}
    wall, rows, cpu = report.split()[1:4]
    return {"wall_s": round(float(wall), 3), "cpu_s": round(float(cpu), 3), "rows": int(rows)}


def growth(sizes: list[int], names: list[str], budget: float, seed: int, workers: int,
           workdir: Path) -> list[dict[str, Any]]:
    """Each question on a store of each size, on the embedded store and on rdflib."""
    from rdflib import Dataset

    from kg import saved
    from kg.store import bind_values, open_store

    questions = [q for q in saved.list_saved() if not names or q.name in names]
    results = []
    for articles in sizes:
        spec = build_store(articles, seed, workers, workdir)
        store = open_store(spec, read_only=True)
        quads, dump = store.count(), store.dump("nq")
        store.close()
        del store  # closed before any fork: each child opens its own
        dataset = Dataset()
        dataset.parse(data=dump, format="nquads")
        list(dataset.query("ASK { GRAPH ?g { ?s ?p ?o } }"))  # rdflib's parser and algebra warmed up
        for question in questions:
            example = _params(question.example)
            variants = [example] + ([{}] if example and all(p.optional for p in question.params) else [])
            for values in variants:
                bindings = saved.bindings(question, values)
                ours = _in_child(_store_work(spec, question.sparql, bindings), budget)
                theirs = _in_child(_rdflib_work(dataset, bind_values(question.sparql, bindings)), budget)
                row = {"articles": articles, "quads": quads, "question": question.name, "params": values,
                       "store": _timing(ours), "rdflib": _timing(theirs)}
                log(_growth_line(row))
                results.append(row)
    return results


def _growth_line(row: dict[str, Any]) -> str:
    def engine(name: str) -> str:
        t = row[name]
        if "stopped" in t:
            return f"{name} [{t['stopped']}]"
        per_article = 1000 * t["cpu_s"] / row["articles"]
        return f"{name} {t['wall_s']:8.3f} s wall {t['cpu_s']:8.3f} s CPU ({per_article:6.2f} ms CPU/article)"

    params = " ".join(f"{k}={v}" for k, v in row["params"].items()) or "-"
    return (f"{row['articles']:6d} articles {row['quads']:9,d} quads  {row['question']:18s} {params:20s} "
            f"{row['store'].get('rows', '?')!s:>6} rows  {engine('store')}  {engine('rdflib')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.query_bench",
                                     description="How the saved questions grow with the corpus.")
    parser.add_argument("sizes", type=int, nargs="+", help="corpus sizes, in articles")
    parser.add_argument("--question", action="append", default=[], help="a saved question (repeatable)")
    parser.add_argument("--budget", type=float, default=300.0, help="seconds each run may take (300)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpus (7)")
    parser.add_argument("--workers", type=int, default=2, help="kg ingest --workers (2)")
    parser.add_argument("--workdir", type=Path, help="where the corpora and stores go (a store already "
                        "there is reused); a temporary folder by default")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-query-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results = growth(args.sizes, args.question, args.budget, args.seed, args.workers, workdir)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
