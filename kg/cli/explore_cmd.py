"""Commands for exploring: the saved questions, and the networkx analyses as tables."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer
from rdflib import Literal
from rich.table import Table

from kg import saved
from kg.cli.common import StoreOption, UpdateUrlOption, fail, opened, out
from kg.cli.store_cmd import RowFormat, render_rows
from kg.store import QueryResult


class Analysis(StrEnum):
    alignment = "alignment"
    centrality = "centrality"
    positions = "positions"


def saved_command(
    name: Annotated[str | None, typer.Argument(help="A saved question to show in full.")] = None,
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
    table = Table("name", "parameters", "answers")
    for question in questions:
        params = "\n".join(f"?{p.name} {p.type}{', optional' if p.optional else ''}" for p in question.params)
        table.add_row(question.name, params, question.summary)
    out.print(table)


def records_result(records: list[dict[str, Any]]) -> QueryResult:
    """Records as SELECT-like rows, so that they print like ``kg query`` answers."""
    variables = list(records[0]) if records else []
    rows = [tuple(None if r[v] is None else Literal(r[v]) for v in variables) for r in records]
    return QueryResult("rows", variables, rows)


def analyse(
    what: Annotated[Analysis, typer.Argument(help="alignment (pairs of actors), centrality "
                                             "(resolutions and commodities) or positions (over time).")],
    fmt: Annotated[RowFormat, typer.Option("--format", "-f", help="How rows are printed.")] = RowFormat.table,
    store: StoreOption = None,
    update_url: UpdateUrlOption = None,
) -> None:
    """Analyse the statement graph with networkx and print a table (see kg.analysis).

    Example: [bold]kg analyse centrality --format csv[/bold]
    """
    from kg import analysis

    with opened(store, update_url, read_only=True) as opened_store:
        network = analysis.network(opened_store)
    if what is Analysis.alignment:
        records = analysis.alignment(network).pairs()
    elif what is Analysis.centrality:
        records = [{k: v for k, v in r.items() if k != "node"} for r in analysis.centrality(network)]
    else:
        records = analysis.positions_over_time(network)
    rendered = render_rows(records_result(records), fmt)
    if isinstance(rendered, Table):
        out.print(rendered)
    else:
        typer.echo(rendered)  # not through rich, which would expand a TSV's tabs


def register(app: typer.Typer) -> None:
    """Add ``kg saved`` and ``kg analyse`` to the app."""
    app.command("saved")(saved_command)
    app.command("analyse")(analyse)
