"""Commands for exploring: the saved questions, and the networkx analyses as tables."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from kg import analysis, saved
from kg.cli.common import (
    FormatOption,
    RowFormat,
    StoreOption,
    UpdateUrlOption,
    fail,
    opened,
    out,
    print_result,
    print_rows,
    records_result,
)


class Analysis(StrEnum):
    alignment = "alignment"
    centrality = "centrality"
    positions = "positions"


def saved_command(
    name: Annotated[str | None, typer.Argument(help="A saved question to show in full.")] = None,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """List the saved questions of queries/ with their parameters, or show one in full.

    Run one with [bold]kg query --saved NAME --param name=value[/bold].
    Example: [bold]kg saved who-opposes[/bold]
    """
    try:
        if name is not None:
            out.out(saved.load(name).text.rstrip("\n"), highlight=False)
            return
        questions = saved.list_saved()
    except saved.SavedQueryError as error:
        raise fail(str(error)) from None
    separator = "\n" if fmt is RowFormat.table else "; "
    print_rows([{"name": q.name, "parameters": separator.join(
        f"?{p.name} {p.type}{', optional' if p.optional else ''}" for p in q.params), "answers": q.summary}
        for q in questions], fmt, ["name", "parameters", "answers"])


def analyse(
    what: Annotated[Analysis, typer.Argument(help="alignment (pairs of actors), centrality "
                                             "(resolutions and commodities) or positions (over time).")],
    fmt: FormatOption = RowFormat.table,
    store: StoreOption = None,
    update_url: UpdateUrlOption = None,
) -> None:
    """Analyse the statement graph with networkx and print a table (see kg.analysis).

    Example: [bold]kg analyse centrality --format csv[/bold]
    """
    with opened(store, update_url, read_only=True) as opened_store:
        network = analysis.network(opened_store)
    if what is Analysis.alignment:
        records = analysis.alignment(network).pairs()
    elif what is Analysis.centrality:
        records = [{k: v for k, v in r.items() if k != "node"} for r in analysis.centrality(network)]
    else:
        records = analysis.positions_over_time(network)
    print_result(records_result(records), fmt)


def register(app: typer.Typer) -> None:
    """Add ``kg saved`` and ``kg analyse`` to the app."""
    app.command("saved")(saved_command)
    app.command("analyse")(analyse)
