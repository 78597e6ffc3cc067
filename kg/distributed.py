"""Reading on a Dask distributed cluster, for ``kg build`` / ``kg ingest --dask tcp://HOST:PORT``.

:func:`extract_all` keeps the contract of :func:`kg.parallel.extract_all` (every item with its
result, in the order read, the input consumed lazily, a window ahead) with the work done by the
workers of an existing cluster (``dask scheduler`` and ``dask worker``, or any deployment of
them) instead of local processes. It needs kg's ``distributed`` extra (``pip install
'kg[distributed]'``); nothing else in kg imports Dask, and nothing does without ``--dask``.

**The parent still reads and writes.** ``kg.pipeline.ingest`` reads the inputs, skips the
articles the store already holds (by fingerprint), and sends the rest to the cluster; the
workers only extract, and give back each article's graph as N-Triples bytes
(:class:`kg.reading.Extracted`), which the parent writes to the store a batch at a time, one
transaction each, as with ``--workers``. So the workers need no store and no input files,
and the store (embedded or a SPARQL server) needs no route from the cluster.

**Batches, a window of them.** A task carries :data:`BATCH` articles, and at most
:data:`WINDOW` tasks per worker thread of the cluster (counted again as workers come and go)
are in flight: the parent holds a few hundred articles however long the input, and the
results of tasks that finished ahead of the oldest wait on their workers until it is done.

**The reader is sent once per worker.** The function run (a :class:`kg.reading.Reader`, with
the UN list's index) goes to every worker as a worker plugin, registered under a name of this
run and removed when it ends, and to any worker that joins later; the plugin builds the spaCy
pipeline when it is set up (``prepare()``), and checks that the worker reads with the same kg,
vocabularies and model as the parent (:func:`kg.reading.extraction_fingerprint`): a worker
with another version would store statements stamped with a fingerprint not their own.

**Failures.** A task that raises is tried again (:data:`RETRIES`), and one whose workers die
while running it (killed, out of memory) is rerun by Dask on another worker (the scheduler's
``allowed-failures``). A batch that fails for good (or a task of one article whose workers
died: a death counts against every task its worker held, the article's or not) is split and
its articles sent one by one, each once the one before is done, so that the article at fault
is the only one lost: it is named on stderr, as a bad article
is (``skipped: NAME: extraction failed (...)``), and the others are stored. Losing the
scheduler ends the run with a :class:`kg.errors.WorkerError`; what was written before stays,
whole, and the same command run again skips it.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from typing import Any, TypeVar

from distributed import CancelledError, Client, Future, KilledWorker, WorkerPlugin, get_worker

from kg.errors import WorkerError
from kg.reading import Extracted, Reader, extraction_fingerprint, failure

BATCH = 16  # articles per task
WINDOW = 4  # tasks in flight per worker thread of the cluster
RETRIES = 1  # a task that raises is tried this many times more
CONNECT_TIMEOUT = 30  # seconds to reach the scheduler

Item = TypeVar("Item")
Result = TypeVar("Result")

__all__ = ["BATCH", "RETRIES", "WINDOW", "ReaderPlugin", "extract_all", "runner"]


class ReaderPlugin(WorkerPlugin):
    """The function a run's tasks call, kept on each worker; set up once per worker.

    ``expected``: the parent's :func:`kg.reading.extraction_fingerprint` for the work's model
    (None: no check, for work that is no reader).
    """

    def __init__(self, work: Callable[[Any], Any], expected: str | None = None) -> None:
        self.work = work
        self.expected = expected

    def setup(self, worker: Any) -> None:
        if self.expected is not None:
            found = extraction_fingerprint(getattr(self.work, "model", None))
            if found != self.expected:
                raise WorkerError(f"the Dask worker {worker.address} reads with another kg, vocabularies or "
                                  f"model than this run ({found[:19]}..., not {self.expected[:19]}...): "
                                  "install the same kg on every worker")
        prepare = getattr(self.work, "prepare", None)
        if callable(prepare):
            prepare()


def _read_batch(plugin: str, items: list[Any]) -> list[Any]:
    """A task: every item of a batch through the run's function, kept by its plugin on this worker."""
    held = get_worker().plugins.get(plugin)
    if held is None:  # a worker that joined and could not set it up: the task is tried elsewhere
        raise LookupError(f"the worker plugin {plugin} is not on this worker (its setup failed?)")
    return [held.work(item) for item in items]


def failed(item: Any, error: BaseException) -> Extracted:
    """The result of an article whose task failed for good: the line that names it on stderr."""
    if isinstance(error, KilledWorker):
        return Extracted(error="extraction failed: every Dask worker that read it died (killed, out of "
                               "memory, or a crash in the parser?); run again to retry it")
    return Extracted(error=failure(error))


def runner(address: str, **options: Any) -> Callable[[Iterable[Item], Callable[[Item], Result]],
                                                         Iterator[tuple[Item, Result]]]:
    """:func:`extract_all` on the cluster whose scheduler is at ``address`` (``tcp://HOST:PORT``):
    what ``kg.pipeline.ingest`` takes as its ``runner``."""
    return partial(extract_all, cluster=address, **options)


def extract_all(items: Iterable[Item], work: Callable[[Item], Result], *, cluster: str | Client,
                batch: int = BATCH, window: int = WINDOW,
                on_failure: Callable[[Item, BaseException], Any] = failed) -> Iterator[tuple[Item, Result]]:
    """Every item with ``work(item)`` computed on a Dask cluster, in the order read (see the
    module's docstring).

    ``cluster``: the scheduler's address, or a connected Client (left open). ``work`` must
    pickle and should not raise (a :class:`kg.reading.Reader` reports an article's failure in
    its result); an item whose task fails for good gets ``on_failure(item, error)`` as its result.
    Raises WorkerError when the scheduler cannot be reached or is lost, or a worker cannot read
    as this run does; what was yielded before stays valid.
    """
    if not isinstance(cluster, str):
        yield from _extract_on(cluster, items, work, batch, window, on_failure)
        return
    with _quiet_client():
        client = _connect(cluster)
        try:
            yield from _extract_on(client, items, work, batch, window, on_failure)
        finally:
            with contextlib.suppress(Exception):
                client.close()


def _extract_on(client: Client, items: Iterable[Item], work: Callable[[Item], Result],
                batch: int, window: int,
                on_failure: Callable[[Item, BaseException], Any]) -> Iterator[tuple[Item, Result]]:
    """:func:`extract_all` with a connected client."""
    plugin = f"kg-reader-{uuid.uuid4().hex[:12]}"  # this run's: another run may share the cluster
    inflight: deque[tuple[list[Item], Future]] = deque()
    try:
        _register(client, ReaderPlugin(work, _expected(work)), plugin)
        source, count = iter(items), 0
        while True:
            slots = window * _threads(client)
            while len(inflight) < slots and (chunk := list(islice(source, batch))):
                key = f"{plugin}-{count}"
                count += 1
                inflight.append((chunk, client.submit(_read_batch, plugin, chunk, key=key, retries=RETRIES)))
            if not inflight:
                return
            chunk, future = inflight.popleft()
            yield from zip(chunk, _results(client, plugin, chunk, future, on_failure), strict=True)
    finally:
        with contextlib.suppress(Exception):  # the scheduler may be gone: nothing left to tidy there
            client.cancel([future for _, future in inflight])
        with contextlib.suppress(Exception):
            client.unregister_worker_plugin(plugin)


@contextlib.contextmanager
def _quiet_client() -> Iterator[None]:
    """Dask's client logs tracebacks of its own when the scheduler goes away (reconnecting,
    closing); the run says it in one line (a WorkerError), so they are kept off stderr meanwhile."""
    logger = logging.getLogger("distributed.client")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _connect(address: str) -> Client:
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise WorkerError(f"cannot reach the Dask scheduler at {address}: {_one_line(error)}") from None


def _threads(client: Client) -> int:
    """The worker threads of the cluster now (at least 1: a cluster that scales from none gets work)."""
    try:
        return max(1, sum(client.nthreads().values()))
    except (OSError, TimeoutError) as error:
        raise WorkerError(f"lost the Dask scheduler ({_one_line(error)}); run the same command again: "
                          "stored articles are skipped") from None


def _expected(work: Callable[[Any], Any]) -> str | None:
    """The fingerprint every worker must read with, for a reader (see :class:`ReaderPlugin`)."""
    return extraction_fingerprint(work.model) if isinstance(work, Reader) else None


def _register(client: Client, plugin: ReaderPlugin, name: str) -> None:
    """Send the plugin to every worker (and to those that join later); a worker that cannot set
    it up (another kg, no trained pipeline) stops the run before any article is sent."""
    try:
        client.register_plugin(plugin, name=name)
    except WorkerError:
        raise
    except Exception as error:
        raise WorkerError(f"a Dask worker could not get ready to read: {_one_line(error)}") from None


def _results(client: Client, plugin: str, chunk: list[Any], future: Future,
             on_failure: Callable[[Any, BaseException], Any]) -> list[Any]:
    """The results of one batch; when its task failed for good, its items' tasks one by one."""
    try:
        return _result(future)
    except WorkerError:
        raise
    except Exception as error:  # tried again by Dask, and failed again: find the article at fault
        if len(chunk) == 1 and not isinstance(error, KilledWorker):
            return [on_failure(chunk[0], error)]
    return _one_by_one(client, plugin, chunk, str(future.key), on_failure)


def _one_by_one(client: Client, plugin: str, chunk: list[Any], key: str,
                on_failure: Callable[[Any, BaseException], Any]) -> list[Any]:
    """The results of a batch's items, each its own task, one after the other: only the item at
    fault fails. (A worker's death counts against every task it held: a task sent beside the one
    that kills it, or a batch that shared its worker, would be named too; alone, it is not.)"""
    results = []
    for n, item in enumerate(chunk):
        try:
            single = client.submit(_read_batch, plugin, [item], key=f"{key}-{n}", retries=RETRIES)
            [result] = _result(single)
        except WorkerError:
            raise
        except Exception as error:
            result = on_failure(item, error)
        results.append(result)
    return results


def _result(future: Future) -> list[Any]:
    """A task's result, released from the cluster; losing the scheduler is a WorkerError."""
    try:
        return future.result()
    except CancelledError:
        raise WorkerError("the Dask scheduler cancelled the run's tasks (lost, or restarted?); run the same "
                          "command again: stored articles are skipped") from None
    except OSError as error:
        if future.client.status == "running":
            raise  # the task's own error
        raise WorkerError(f"lost the Dask scheduler ({_one_line(error)}); run the same command again: "
                          "stored articles are skipped") from None
    finally:
        future.release()


def _one_line(error: BaseException) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())[:200]
