"""Loading: how fast article graphs go into the store, and ``kg ingest`` as a command.

Part of ``python -m benchmarks`` (benchmarks/suite.py).

1. **write paths**, on the same article graphs (N-Triples, as the workers send them) in the
   batches ``pipeline.ingest`` makes, into a fresh in-memory and a fresh on-disk Oxigraph store
   each, flush included: ``before`` is the path before issue 6 (SPARQL ``INSERT DATA`` text
   made from rdflib graphs, one Update per batch), then an Update made from the N-Triples (the
   path kept for graphs already stored), ``Store.load`` of N-Quads (one transaction) and
   ``Store.bulk_load`` (SST files ingested at once): the embedded store keeps the fastest;
2. **``ingest_triples_per_s``**: every article graph of the corpus written through
   ``Store.replace_graphs`` into an on-disk store, batch by batch as ``kg ingest`` does (the
   store's work alone: extraction is measured in extract_bench), and then all of them again
   (graphs already stored: the Update path, what ``--force`` or changed articles cost);
3. **``kg ingest``** as a command, in a process of its own, with ``--workers``: wall time,
   articles/s, and its memory (peaks of the summed RSS and PSS of the command and its workers,
   sampled every 50 ms), over a quarter of the corpus and over all of it: flat memory means the same
   peak. Its store is the one the query benchmark asks.
"""

from __future__ import annotations

import contextlib
import itertools
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.extract_bench import Clock, log, rates


def batches(graphs: list[tuple[Any, bytes]]) -> list[dict]:
    """The graphs grouped as pipeline.ingest groups them (BATCH articles, BATCH_TRIPLES triples)."""
    from kg import pipeline

    out, pending, triples = [], {}, 0
    for graph, data in graphs:
        pending[graph] = data
        triples += data.count(b"\n")
        if len(pending) >= pipeline.BATCH or triples >= pipeline.BATCH_TRIPLES:
            out.append(pending)
            pending, triples = {}, 0
    return out + ([pending] if pending else [])


def _before(graphs: dict) -> str:
    """The Update kg.store made before issue 6: INSERT DATA text written term by term from rdflib graphs."""
    from kg.store import _nt

    drops = [f"DROP SILENT GRAPH {_nt(g)}" for g in graphs]
    items = [(_nt(g), f"{_nt(s)} {_nt(p)} {_nt(o)} .")
             for g, triples in graphs.items() for s, p, o in triples]
    blocks = [f"GRAPH {g} {{\n" + "\n".join(item[1] for item in group) + "\n}"
              for g, group in itertools.groupby(items, key=lambda item: item[0])]
    return " ;\n".join([*drops, "INSERT DATA {\n" + "\n".join(blocks) + "\n}"])


def write_paths(graphs: list[tuple[Any, bytes]], workdir: Path) -> dict[str, Any]:
    """Step 1: the same batches through each write path, in memory and on disk."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.store import _replace_requests, _with_graph

    groups = batches(graphs)
    triples = sum(d.count(b"\n") for _, d in graphs)
    as_rdflib = [{g: Graph().parse(data=d, format="nt") for g, d in group.items()} for group in groups]

    def nquads(group: dict) -> bytes:
        return b"".join(_with_graph(d, g) for g, d in group.items())

    paths = {
        "before": lambda store, i: store.update(_before(as_rdflib[i])),
        "update": lambda store, i: store.update(_replace_requests(groups[i], None)[0]),
        "load": lambda store, i: store.load(nquads(groups[i]), format=ox.RdfFormat.N_QUADS),
        "bulk_load": lambda store, i: store.bulk_load(nquads(groups[i]), format=ox.RdfFormat.N_QUADS),
    }
    result: dict[str, Any] = {"write_paths_triples": triples}
    for where in ("memory", "disk"):
        for name, write in paths.items():
            if where == "memory" and name == "bulk_load":
                continue  # the in-memory store has no SST files: load is its bulk path
            location = workdir / f"paths-{name}"
            store = ox.Store(str(location)) if where == "disk" else ox.Store()
            with Clock() as clock:
                for i in range(len(groups)):
                    write(store, i)
                store.flush()
            assert len(store) == triples, (name, len(store), triples)
            del store
            shutil.rmtree(location, ignore_errors=True)
            result.update(rates(f"write_{where}_{name}", clock, triples=triples))
            log(f"write {where:6s} {name:9s}: {triples / clock.wall:>9,.0f} triples/s wall, "
                f"{triples / clock.cpu:>9,.0f} CPU")
    return result


def ingest_rate(graphs: list[tuple[Any, bytes]], workdir: Path) -> dict[str, Any]:
    """Step 2: the whole corpus through Store.replace_graphs on disk, new then again."""
    from kg.store import open_store

    groups = batches(graphs)
    triples = sum(d.count(b"\n") for _, d in graphs)
    store = open_store(f"oxigraph:{workdir / 'ingest-rate'}")
    with Clock() as new:
        for group in groups:
            store.replace_graphs(group)
        store._open().flush()  # type: ignore[attr-defined]
    with Clock() as again:
        for group in groups:
            store.replace_graphs(group)
        store._open().flush()  # type: ignore[attr-defined]
    assert store.count() == triples
    store.close()
    result = {"ingest_triples": triples, "ingest_batches": len(groups)}
    result.update(rates("ingest_new", new, triples=triples))
    result.update(rates("ingest_replace", again, triples=triples))
    result["ingest_triples_per_s"] = result["ingest_new_triples_per_s_wall"]
    log(f"ingest into the embedded store (on disk), {len(groups)} batches: "
        f"{triples / new.wall:,.0f} triples/s wall ({triples / new.cpu:,.0f} CPU); "
        f"replacing them all: {triples / again.wall:,.0f} triples/s wall")
    return result


def _tree(pid: int) -> list[int]:
    """The process and its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo += [int(child) for child in task.read_text().split()]
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in KiB; (0, 0) once it is gone."""
    found = {"Rss:": 0, "Pss:": 0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.split(" ", 1)[0] in found:
                found[line.split(" ", 1)[0]] = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return found["Rss:"], found["Pss:"]


def run_sampled(command: list[str]) -> dict[str, float]:
    """Run ``command``; its wall time and the peaks of the summed RSS and PSS of its process tree
    (MB; RSS counts the pages workers share with their parent once per process, PSS shares them out)."""
    rss = pss = 0
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as process:
        while process.poll() is None:
            if sys.platform.startswith("linux"):
                sizes = [_memory_kb(pid) for pid in _tree(process.pid)]
                rss, pss = max(rss, sum(s[0] for s in sizes)), max(pss, sum(s[1] for s in sizes))
            time.sleep(0.05)
        stderr = process.stderr.read() if process.stderr else ""
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return {"wall_s": round(wall, 2), "peak_rss_mb": round(rss / 1024, 1),
            "peak_pss_mb": round(pss / 1024, 1)}


def cli_ingest(corpus: Path, articles: int, workers: int, workdir: Path,
               quarter: Path | None) -> dict[str, Any]:
    """Step 3: ``kg ingest`` in its own process over a quarter of the corpus, then all of it."""
    kg = str(Path(sys.executable).with_name("kg"))
    result: dict[str, Any] = {}
    runs = [("quarter", quarter, articles // 4)] if quarter else []
    for name, path, n in [*runs, ("all", corpus, articles)]:
        spec = f"oxigraph:{workdir / f'cli-{name}'}"
        done = run_sampled([kg, "ingest", str(path), "--store", spec, "--workers", str(workers)])
        prefix = "cli_ingest" if name == "all" else "cli_ingest_quarter"
        result.update({f"{prefix}_wall_s": done["wall_s"], f"{prefix}_peak_rss_mb": done["peak_rss_mb"],
                       f"{prefix}_peak_pss_mb": done["peak_pss_mb"], f"{prefix}_articles": n,
                       f"{prefix}_articles_per_s_wall": round(n / done["wall_s"], 1)})
        log(f"kg ingest --workers {workers} ({n} articles): {done['wall_s']:.1f}s wall, "
            f"{n / done['wall_s']:.1f} articles/s, peak memory {done['peak_rss_mb']} MB RSS, "
            f"{done['peak_pss_mb']} MB PSS (the command and its workers)")
    result["cli_ingest_workers"] = workers
    result["cli_store"] = f"oxigraph:{workdir / 'cli-all'}"
    return result
