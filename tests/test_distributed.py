"""Reading on a Dask cluster (kg.distributed, ``kg ingest --dask``): a real scheduler and two worker
processes on 127.0.0.1, started once for the module.

Each check compares a store filled through the cluster with one filled by ``--workers 1``: the
article graphs hold no blank nodes, so the same graphs are the same N-Quads lines. The runs
compared are commands of their own, and they and the workers import a copy of kg made for the
module (:func:`frozen_kg`): every run reads with the same code and stamps the same fingerprint,
even when kg's files are edited while the tests run (this process imported kg long before).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import dask
import distributed
import httpx
import pytest
from typer.testing import CliRunner

from kg import distributed as kg_distributed
from kg import parallel, pipeline, reading
from kg.articles import Article, iter_articles
from kg.cli import app
from kg.errors import WorkerError
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTICLE_GRAPHS = "https://w3id.org/kg-sanctions/id/graph/article/"
SYNTHETIC = 100  # articles of scripts/make_corpus.py, beside the seeds (seven batches of 16 with them)
ALL = SYNTHETIC + 5
KG = "import sys; from kg.cli import app; sys.argv[0] = 'kg'; app()"
cli = CliRunner()


def article_quads(spec: str) -> set[str]:
    """The quads of the article graphs, as N-Quads lines."""
    store = open_store(spec, read_only=True)
    try:
        lines = store.dump("nq").decode().splitlines()
    finally:
        store.close()
    return {line for line in lines if f"<{ARTICLE_GRAPHS}" in line}


@pytest.fixture(scope="module")
def frozen_kg(tmp_path_factory: pytest.TempPathFactory, frozen_ontology: Path) -> Iterator[Path]:
    """A copy of kg's source tree (kg/, ontology/, queries/) first on sys.path for the module: the
    workers the cluster starts (and restarts) and the commands :func:`run_kg` runs import it."""
    tree = tmp_path_factory.mktemp("frozen-kg")
    for name in ("kg", "ontology", "queries"):
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(tree))
    try:
        yield tree
    finally:
        sys.path.remove(str(tree))


def run_kg(frozen: Path, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess:
    """``kg ARGS`` as a command, with the frozen copy of kg (run from its folder: never this tree)."""
    env = {**os.environ, "PYTHONPATH": str(frozen)}
    done = subprocess.run([sys.executable, "-c", KG, *map(str, args)], cwd=frozen, env=env,
                          capture_output=True, text=True, timeout=300)
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def cluster(frozen_kg: Path) -> Iterator[distributed.LocalCluster]:
    """A scheduler and two single-threaded worker processes (each under a nanny that restarts it),
    with the module's ontology in their environment and its copy of kg on their path, as a
    deployment's workers would have. A worker is given one task at a time (worker-saturation
    1.0), so that a worker's death counts against the task it was running only."""
    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                     dashboard_address=None, worker_dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "synthetic.jsonl"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(SYNTHETIC), str(out)],
                   check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def local(frozen_kg: Path, reference_only: Path, corpus: Path,
          tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The article quads of ``kg ingest seeds/ CORPUS --workers 1``."""
    where = tmp_path_factory.mktemp("local") / "store"
    shutil.copytree(reference_only, where)
    done = run_kg(frozen_kg, "ingest", SEEDS, corpus, "--store", f"oxigraph:{where}", "--workers", "1")
    assert f"{ALL} article(s) stored" in done.stderr
    return article_quads(f"oxigraph:{where}")


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server (``oxigraph serve``, of kg[test]) on a free loopback port; its store spec."""
    command = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    assert command, "the oxigraph server command comes with kg[test] (pip install oxigraph)"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen([command, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(200):
            with contextlib.suppress(httpx.HTTPError):
                if httpx.post(url, data={"query": "ASK {}"}, timeout=1).status_code == 200:
                    break
            time.sleep(0.1)
        yield f"sparql+{url}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_dask_build_into_a_sparql_server_stores_the_same_quads(frozen_kg: Path, cluster,
                                                                 oxigraph_server: str, local: set[str],
                                                                 tmp_path: Path) -> None:
    done = run_kg(frozen_kg, "build", SEEDS, "--store", oxigraph_server, "--out", tmp_path,
                  "--dask", cluster.scheduler_address)
    assert "5 article(s) stored, 0 unchanged, 0 skipped" in done.stderr
    seeds = tuple(f"<{ARTICLE_GRAPHS}{a.id}>" for a in iter_articles([SEEDS]) if isinstance(a, Article))
    assert article_quads(oxigraph_server) == {line for line in local if line.rstrip(" .").endswith(seeds)}


def test_a_dask_ingest_with_a_worker_killed_midway_stores_the_quads_of_one_local_worker(
        frozen_kg: Path, cluster, corpus: Path, local: set[str], spec: str) -> None:
    """The seeds and the synthetic articles through the cluster into the embedded store, one of its
    two workers killed once a few batches are done: what the run stored is whole, and the same
    command run again stores the rest and no more, the quads of one local worker."""
    address = cluster.scheduler_address
    with distributed.Client(address, set_as_default=False) as client:
        victim = sorted(client.run(os.getpid).values())[0]
    args = [sys.executable, "-c", KG, "ingest", SEEDS, corpus, "--store", spec, "--dask", address]
    env = {**os.environ, "PYTHONPATH": str(frozen_kg)}
    with subprocess.Popen(args, cwd=frozen_kg, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True) as first:
        done = _finished_tasks(cluster.scheduler, first, 3)
        os.kill(victim, signal.SIGKILL)  # a few batches done, a window of them on the workers
        _, stderr = first.communicate(timeout=300)
    assert done >= 3 and first.returncode in (0, 2), stderr  # 2: the run stopped, what it wrote is whole
    stored = int(stderr.split(" article(s) stored")[0].rsplit("\n", 1)[-1]) if first.returncode == 0 else None
    again = run_kg(frozen_kg, "ingest", SEEDS, corpus, "--store", spec, "--dask", address)
    if stored is not None:
        assert f"{ALL - stored} article(s) stored, {stored} unchanged, 0 skipped" in again.stderr
    assert article_quads(spec) == local
    _wait_for_workers(address, 2)  # the nanny restarts the killed worker, for the next tests


def _finished_tasks(scheduler: distributed.Scheduler, run: subprocess.Popen, n: int) -> int:
    """Once ``n`` of kg's tasks have finished on the cluster (or the run ended): how many did."""
    finished: set[str] = set()
    deadline = time.monotonic() + 120
    while len(finished) < n and run.poll() is None and time.monotonic() < deadline:
        finished.update(str(key) for key, task in list(scheduler.tasks.items())
                        if str(key).startswith("kg-reader-") and task.state == "memory")
        time.sleep(0.02)
    return len(finished)


def _wait_for_workers(address: str, n: int) -> None:
    with distributed.Client(address, set_as_default=False) as client:
        client.wait_for_workers(n, timeout=60)


class Poisoned:
    """A reader that fails on one article: raises, or ends its worker process as a crash would.
    (No :class:`kg.reading.Reader` itself, so its workers' fingerprint is not checked against this
    process's, which reads kg's files as they are now, not the module's copy.)"""

    def __init__(self, reader: reading.Reader, bad: str, crash: bool = False) -> None:
        self.reader, self.bad, self.crash = reader, bad, crash

    def prepare(self) -> None:
        self.reader.prepare()

    def __call__(self, article: Article) -> reading.Extracted:
        if article.id == self.bad:
            if self.crash:
                os._exit(1)
            raise RuntimeError("a bug\nin two lines")
        return self.reader(article)


def poisoned_runner(address: str, bad: str, crash: bool = False) -> parallel.Runner:
    def run(items, work):
        return kg_distributed.extract_all(items, Poisoned(work, bad, crash), cluster=address, batch=4)
    return run


def seeds_twice() -> list[Article]:
    """Ten articles: the seeds, and the same under other ids (three batches of four)."""
    seeds = [a for a in iter_articles([SEEDS]) if isinstance(a, Article)]
    copies = [Article(f"copy-{a.id}", f"copy-{a.file_name}", a.text, a.title, a.published) for a in seeds]
    return seeds + copies


def test_an_article_whose_task_fails_is_named_and_the_others_are_read(cluster) -> None:
    articles = seeds_twice()
    bad = articles[6].id
    run = poisoned_runner(cluster.scheduler_address, bad)
    results = list(run(iter(articles), reading.Reader()))
    assert [a.id for a, _ in results] == [a.id for a in articles]
    assert [d.error for _, d in results if d.error] == [
        "extraction failed (RuntimeError: a bug in two lines); please report this bug of kg"]
    whole = poisoned_runner(cluster.scheduler_address, "none of them")(iter(articles), reading.Reader())
    assert {a.id: d for a, d in results if a.id != bad} == {a.id: d for a, d in whole if a.id != bad}


def test_a_worker_that_reads_otherwise_stops_the_run_before_any_article(cluster, monkeypatch) -> None:
    monkeypatch.setattr(kg_distributed, "_expected", lambda work: "sha256:" + "0" * 64)
    with pytest.raises(WorkerError, match="reads with another kg, vocabularies or model than this run"):
        list(kg_distributed.extract_all(iter(seeds_twice()), reading.Reader(),
                                        cluster=cluster.scheduler_address))


def test_an_article_that_kills_its_workers_is_named_not_fatal(cluster, spec: str) -> None:
    scheduler = cluster.scheduler
    allowed, scheduler.allowed_failures = scheduler.allowed_failures, 0  # KilledWorker at the first death
    store = open_store(spec)
    try:
        report = pipeline.ingest(store, [SEEDS], runner=poisoned_runner(cluster.scheduler_address,
                                                                         "003-f2c9b2c3f49034b2", crash=True))
    finally:
        store.close()
        scheduler.allowed_failures = allowed
    assert report.stored == 4
    [line] = report.skipped
    assert line.startswith("003_f2c9b2c3f49034b2.txt: extraction failed: every Dask worker that read it died")
    # the last test of the cluster: its workers are restarting, and nothing waits for them


def test_an_unreachable_scheduler_is_one_line(monkeypatch) -> None:
    monkeypatch.setattr(kg_distributed, "CONNECT_TIMEOUT", 2)
    started = time.monotonic()
    with pytest.raises(WorkerError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        list(kg_distributed.extract_all([], reading.Reader(), cluster="tcp://127.0.0.1:9"))
    assert time.monotonic() - started < 30


def test_without_dask_nothing_imports_it() -> None:
    code = ("import sys; from kg import pipeline, parallel, api; from kg.cli import app; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_dask_without_the_extra_says_what_to_install(monkeypatch, spec: str) -> None:
    import kg

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if kg[distributed] were not installed
    monkeypatch.delitem(sys.modules, "kg.distributed")
    monkeypatch.delattr(kg, "distributed")
    done = cli.invoke(app, ["ingest", str(SEEDS), "--store", spec, "--dask", "tcp://127.0.0.1:9"])
    assert done.exit_code == 2
    assert "--dask needs Dask (distributed is not installed): pip install 'kg[distributed]'" in done.stderr
