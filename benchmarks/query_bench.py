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
"""

from __future__ import annotations

import os
import re
import signal
import statistics
import time
from collections.abc import Callable
from typing import Any

from benchmarks.extract_bench import Clock, log


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
        times = [first.wall]
        if first.wall <= 1:  # a warm-up: the median of three runs after it
            times = []
            for _ in range(3):
                with Clock() as again:
                    store.query(sparql, bindings)
                times.append(again.wall)
        return f"ok {statistics.median(times)} {rows}"

    return work


def _rdflib_work(dataset: Any, sparql: str) -> Callable[[], str]:
    def work() -> str:
        with Clock() as clock:
            rows = len(list(dataset.query(sparql)))
        return f"ok {clock.wall} {rows}"

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
