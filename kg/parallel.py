"""Reading in worker processes, for ``kg build`` / ``kg ingest --workers N``.

:func:`extract_all` runs one function over a stream of articles (any items: it knows nothing of
what the function does) in a pool of ``N`` worker processes, in chunks of :data:`CHUNK`.
``kg.pipeline.ingest`` gives it a :class:`kg.reading.Reader`, which extracts an article, shapes
its statements as RDF and gives back its graph as N-Triples bytes, so that the parent process
only reads the articles and writes: it gathers the graphs into batches and replaces them in the
store, one transaction per batch. This module imports nothing of kg's but its errors.

**Ordered results.** :func:`extract_all` yields the results in the order the items were
read, whatever the number of workers and whichever finishes first: the same input makes the
same batches and the same store. At most ``workers * WINDOW`` chunks are in flight, so the
parent never holds more than a few hundred articles however long the input (a slow article
holds the ones behind it back, within that window).

**The function a worker runs** is handed to each worker once, when it starts (a pool sends its
tasks' functions anew with every task: a reader holding the UN list's index would travel with
every chunk), and kept there for its tasks; its ``prepare()``, if it has one, runs then (the
reader builds its spaCy pipeline once).

**Start method.** ``fork`` where the platform has it (Linux): workers start at once and
inherit what the parent set up (the function itself, ``KG_ONTOLOGY``, the caches); the store
is never touched in a worker. Elsewhere ``spawn``, and the function is pickled to each worker.

With one worker nothing is started: the same function runs in the parent, so one worker and
many store the same quads.

**Other runners.** Any function of ``(items, work)`` that keeps this contract (a :data:`Runner`)
can take its place: :func:`dask_runner` gives the one of :mod:`kg.distributed`, which runs the
work on a Dask cluster (``--dask``).
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

from kg.errors import WorkerError

CHUNK = 8  # articles per task sent to a worker
WINDOW = 4  # chunks in flight per worker

Item = TypeVar("Item")
Result = TypeVar("Result")

Runner = Callable[[Iterable[Any], Callable[[Any], Any]], Iterator[tuple[Any, Any]]]

__all__ = ["CHUNK", "WINDOW", "Runner", "WorkerError", "dask_runner", "extract_all", "start_method"]

# In a worker process only: the function it runs, set once when it starts (see the module's docstring).
_work: Callable[[Any], Any] | None = None


def _start(work: Callable[[Any], Any]) -> None:
    """A worker's start: keep the function it runs and let it prepare. Ctrl-C is the parent's to
    handle (it stops the pool): a worker ignores it rather than print a traceback."""
    global _work
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _work = work
    prepare = getattr(work, "prepare", None)
    if callable(prepare):
        prepare()


def _run_chunk(items: list[Any]) -> list[Any]:
    if _work is None:
        raise WorkerError("a worker process was given a task before its function")
    return [_work(item) for item in items]


def start_method() -> str:
    """``fork`` on Linux, else ``spawn`` (see the module's docstring)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def extract_all(items: Iterable[Item], work: Callable[[Item], Result], *, workers: int = 1,
                method: str | None = None) -> Iterator[tuple[Item, Result]]:
    """Every item with ``work(item)``, in the order read (see the module's docstring).

    ``items`` is consumed lazily, a window ahead of the results. ``work`` must not raise (a
    :class:`kg.reading.Reader` reports an article's failure in its result) and, for ``spawn``,
    must pickle. Raises WorkerError when a worker process dies; what was yielded before stays valid.
    """
    if workers <= 1:
        for item in items:
            yield item, work(item)
        return
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method or start_method()),
                               initializer=_start, initargs=(work,))
    window: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    source = iter(items)
    try:
        while True:
            while len(window) < workers * WINDOW and (chunk := list(islice(source, CHUNK))):
                window.append((chunk, pool.submit(_run_chunk, chunk)))
            if not window:
                return
            chunk, future = window.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                raise WorkerError("a worker process ended unexpectedly (killed, or out of memory?); "
                                  "run the same command again: stored articles are skipped") from None
            yield from zip(chunk, results, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def dask_runner(address: str) -> Runner:
    """:func:`kg.distributed.extract_all` on the Dask cluster whose scheduler is at ``address``
    (``tcp://HOST:PORT``). Imports Dask, which only this needs: without kg's ``distributed`` extra
    it raises WorkerError, saying what to install."""
    try:
        from kg import distributed  # here, not above: it imports Dask, an optional extra
    except ModuleNotFoundError as error:
        if (error.name or "").split(".")[0] not in {"dask", "distributed", "fsspec", "cloudpickle"}:
            raise
        raise WorkerError(f"--dask needs Dask ({error.name} is not installed): "
                          "pip install 'kg[distributed]'") from None
    return distributed.runner(address)
