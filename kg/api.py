"""kg as a library: what each command does, as one function a notebook or a script can call.

``kg build`` and ``kg ingest`` are :func:`build`, ``kg extract`` is :func:`read`, ``kg eval`` is
:func:`evaluate`; the command line only parses its arguments and renders what these return.
Nothing here prints. ``import kg`` gives all three (``kg.build``, ``kg.read``, ``kg.evaluate``),
loaded on first use. (``kg.extract`` is the package of the extractor families, so the function
that extracts without storing is ``kg.read``.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kg import parallel, pipeline, viz
from kg.articles import MAX_CHARS, ArticleError
from kg.claims import record
from kg.dates import parse_date
from kg.errors import OutputError
from kg.extract import listings
from kg.extract.listindex import ListIndex
from kg.files import write_files
from kg.reading import Reading, read_paths
from kg.scoring import Report, read_gold, score
from kg.store import Store, open_store

__all__ = ["Built", "build", "evaluate", "read"]

VIEW_FILE, DUMP_FILE = "graph.html", "graph.trig"


@dataclass
class Built:
    """What :func:`build` did: the run's report, what the store holds now, the files written."""

    report: pipeline.IngestReport
    stats: dict[str, int]
    written: list[Path] = field(default_factory=list)


def build(paths: Iterable[Path | str], store: Store | str | None = None, *, out: Path | str | None = None,
          published: date | None = None, model: str | None = None, force: bool = False,
          max_chars: int = MAX_CHARS, workers: int = 1, prune: bool = False,
          on_article: Callable[[str], None] | None = None, runner: parallel.Runner | None = None) -> Built:
    """Read the articles under ``paths``, extract their statements and store them, beside the
    ontology and reference data; with ``out``, write the interactive view (graph.html) and the
    whole store (graph.trig) into that folder.

    Args:
        paths: article files (.txt, .md, .html, .jsonl) or folders of them.
        store: an open store, or the spec of one to open and close (default: ``KG_STORE``, else
            ``oxigraph:kg-data``).
        out: the folder the view and the dump are written to (made if missing); None: no file.
        published, model, max_chars: as for :func:`read`.
        force: extract again the articles already stored.
        workers: processes that extract in parallel (:mod:`kg.parallel`).
        runner: what runs the reading instead (``kg.parallel.dask_runner(address)``: a Dask cluster).
        prune: drop the stored articles read from under ``paths`` whose files are gone.
        on_article: called with each article's file name as it is read (progress).

    Raises:
        StoreError: the store cannot be opened or written (articles are stored whole or not at all).
        WorkerError: a worker process died.
        OutputError: a file of ``out`` cannot be written; the store is written, and the error's
            ``done`` is what the run did (a :class:`Built`).
    """
    with _opened(store) as opened:
        pipeline.load_reference(opened)
        report = pipeline.ingest(opened, [Path(p) for p in paths], published=published, model=model,
                                 force=force, on_article=on_article, max_chars=max_chars, workers=workers,
                                 prune=prune, runner=runner)
        built = Built(report, pipeline.stats(opened))
        if out is not None:
            built.written = _write_outputs(opened, Path(out), built)
    return built


@contextmanager
def _opened(store: Store | str | None) -> Iterator[Store]:
    """``store`` itself, or the store its spec names, opened for the block and closed after it."""
    if store is not None and not isinstance(store, str):
        yield store
        return
    opened = open_store(store)
    try:
        yield opened
    finally:
        opened.close()


def _write_outputs(store: Store, folder: Path, built: Built) -> list[Path]:
    """The view and the TriG dump of ``store`` written into ``folder``, both or neither."""
    view, dump = folder / VIEW_FILE, folder / DUMP_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        page, _ = viz.render_view(store)
        write_files({dump: store.dump("trig"), view: page})
    except OSError as error:
        raise OutputError(f"{error.filename or folder} cannot be written: {error.strerror or error}",
                          built) from None
    return [view, dump]


def read(paths: Iterable[Path | str], *, published: date | None = None, model: str | None = None,
         un_list: ListIndex | None = None, max_chars: int = MAX_CHARS) -> Iterator[Reading | ArticleError]:
    """The statements of every article under ``paths``, without storing them: one
    :class:`kg.reading.Reading` per article (its claims, or the line that says why an extractor
    failed on it), or the ArticleError of an input that is no article; one at a time, as read.

    Args:
        paths: article files (.txt, .md, .html, .jsonl) or folders of them.
        published: the date of articles that give none.
        model: the spaCy pipeline (default: ``KG_MODEL``, else en_core_web_sm).
        un_list: the UN list whose names the ``listings`` family links (default: the file
            ``KG_UN_LIST`` names, if any).
        max_chars: the longest article read.
    """
    un_list = un_list if un_list is not None else listings.index_for()
    return read_paths([Path(p) for p in paths], published=published, model=model, un_list=un_list,
                      max_chars=max_chars)


def evaluate(gold: Path | str | list[dict[str, Any]], articles: Path | str, *, model: str | None = None,
             un_list: ListIndex | None = None) -> Report:
    """Precision, recall and F1 per kind of what kg reads from the gold's articles, by the rule of
    EVAL.md.

    Args:
        gold: a gold file (one JSON object per article) or its records (:func:`kg.scoring.read_gold`).
        articles: the folder holding the articles the gold names.
        model, un_list: as for :func:`read`.

    Raises:
        ArticleError: an article of the gold cannot be read, or an extractor fails on it.
        OSError, ValueError: the gold file cannot be read.
    """
    records = gold if isinstance(gold, list) else read_gold(Path(gold))
    un_list = un_list if un_list is not None else listings.index_for()
    predictions: list[dict[str, Any]] = []
    for entry in records:
        published = parse_date(entry["published"]) if entry.get("published") else None
        path = Path(articles) / entry["article"]
        for item in read_paths([path], published=published, model=model, un_list=un_list):
            if isinstance(item, ArticleError):
                raise item
            if item.error is not None:
                raise ArticleError(item.article.where, item.error)
            predictions += [record(entry["article"], claim) for claim in item.claims]
    return score(records, predictions)
