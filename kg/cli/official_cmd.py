"""Commands for the official record: ``kg import un-list FILE`` and ``kg check``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from kg import official, pipeline, unlist
from kg.cli.common import (
    EXIT_INPUT,
    FormatOption,
    RowFormat,
    StoreOption,
    UpdateUrlOption,
    err,
    fail,
    opened,
    print_rows,
    warn,
)

import_app = typer.Typer(help="Import an official source into the store.", no_args_is_help=True)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    console=err, transient=True)


def un_list(
    file: Annotated[Path, typer.Argument(help="The Consolidated List as published (consolidated.xml).")],
    store: StoreOption = None,
    update_url: UpdateUrlOption = None,
    force: Annotated[bool, typer.Option("--force", help="Import a list older than the stored one (the "
                                        "entries it lacks are kept, marked delisted).")] = False,
    allow_mass_delisting: Annotated[bool, typer.Option(
        "--allow-mass-delisting", help=f"Import a list that would mark more than "
        f"{unlist.MASS_DELISTING:.0%} of the entries listed delisted.")] = False,
) -> None:
    """Import the UN Security Council Consolidated Sanctions List (XML) into its own graph.

    Entries the new list no longer holds are kept, marked delisted. Names and aliases are
    then matched in articles by the [bold]listings[/bold] extractor.

    Example: [bold]kg import un-list consolidated.xml[/bold]
    """
    try:
        total = unlist.count_records(file)
    except unlist.UnListError as error:
        raise fail(str(error)) from None
    with opened(store, update_url) as opened_store, _progress() as progress:
        task = progress.add_task("records", total=total)
        try:
            report = unlist.import_list(opened_store, file, lambda _: progress.advance(task), force=force,
                                        allow_mass_delisting=allow_mass_delisting)
        except unlist.UnListError as error:
            raise fail(str(error)) from None
        articles = pipeline.count_articles(opened_store) if report.changed else 0
    for line in report.warnings:
        warn(line)
    err.print(f"list of {report.generated[:10]}: {report.stored} entries stored "
              f"({report.individuals} individuals, {report.entities} entities, {report.delisted} delisted "
              f"in the list); {report.kept} kept from earlier lists, {len(report.newly_delisted)} newly "
              "marked delisted", highlight=False)
    if articles:
        err.print(f"the next build or ingest reads the {articles} stored article(s) again, to link them to "
                  "this list", highlight=False)


def check(
    number: Annotated[int | None, typer.Option("--resolution", "-r", help="Only this resolution.")] = None,
    only: Annotated[str | None, typer.Option(
        "--only", help=f"Only this status: {', '.join(official.STATUSES)}.")] = None,
    store: StoreOption = None,
    update_url: UpdateUrlOption = None,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """Check every ban and cap read from the press against the resolutions' own measures.

    Exit 1 when some statement does not match (kind differs, other resolution, not found).
    Example: [bold]kg check --only "not found"[/bold]
    """
    if only is not None and only.lower() not in official.STATUSES:
        raise fail(f"--only {only!r}: expected one of {', '.join(official.STATUSES)}")
    with opened(store, update_url, read_only=True) as opened_store:
        findings = official.check(opened_store, number, only.lower() if only else None)
    print_rows([{"status": f.status, "resolution": f.resolution, "press says": f"{f.predicate} {f.commodity}",
                 "official record": f.official or "-", "file": f.file} for f in findings], fmt,
               ["status", "resolution", "press says", "official record", "file"])
    counts = official.summary(findings)
    err.print(", ".join(f"{n} {status}" for status, n in counts.items()), highlight=False)
    raise typer.Exit(EXIT_INPUT if any(counts[s] for s in official.MISMATCHES) else 0)


def register(app: typer.Typer) -> None:
    import_app.command("un-list")(un_list)
    app.add_typer(import_app, name="import")
    app.command("check")(check)
