"""What every command shares: the store option, error reporting, stdout/stderr consoles, and the
``--format`` of every command that prints rows (:class:`RowFormat`, :class:`Rows`)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rdflib import Literal, URIRef
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.namespaces import PREFIXES
from kg.store import QueryResult, Store, StoreError, open_store

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def reader_gone(stream: IO[str]) -> typer.Exit:
    """The exit for a stream whose reader went away (``kg extract --jsonl seeds/ | head -1``): a closed
    pipe is not a failed input, so kg stops quietly with exit 0. What is left to write goes to
    devnull, so that Python's last flush on the way out does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, stream.fileno())
    os.close(devnull)
    return typer.Exit(EXIT_OK)


def quiet_on_closed_pipe(console: Console) -> None:
    """What a rich console does when its reader is gone: stop the command with exit 0 (rich exits 1)."""
    console.quiet = True
    raise reader_gone(console.file)


class _Console(Console):
    """A rich console that takes a closed pipe as the end of the command, not a failure."""

    def on_broken_pipe(self) -> None:
        quiet_on_closed_pipe(self)


out = _Console(soft_wrap=True)  # data
err = _Console(stderr=True, soft_wrap=True)  # progress, warnings, errors
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

StoreOption = Annotated[
    str | None,
    typer.Option("--store", "-s", envvar="KG_STORE", show_default="oxigraph:kg-data",
                 help="Where the graph lives: oxigraph:PATH, memory, or sparql+http(s)://HOST/PATH."),
]
UpdateUrlOption = Annotated[
    str | None,
    typer.Option("--update-url", help="SPARQL Update endpoint of a remote store, when not QUERY_URL "
                 "with /query replaced by /update."),
]


def plain(text: object) -> str:
    """Text from outside (file names, article text, errors) safe to print with markup: its square
    brackets are not rich markup and its control characters (terminal escapes) are shown, not sent."""
    return escape(_CONTROLS.sub(lambda m: repr(m.group())[1:-1], str(text)))


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one line to stderr and give the exit to raise."""
    err.print(f"[red]error:[/red] {plain(message)}", markup=True, highlight=False)
    return typer.Exit(code)


def shown_store(store: Store) -> str:
    """The store's spec as a user should read it: an on-disk store's path made absolute."""
    if store.spec.startswith("oxigraph:"):
        return "oxigraph:" + str(Path(store.spec.removeprefix("oxigraph:")).expanduser().absolute())
    return store.spec


def output_error(error: OSError, where: object) -> str:
    """One line for an output file that cannot be written."""
    return f"{error.filename or where} cannot be written: {error.strerror or error}"


@contextlib.contextmanager
def opened(spec: str | None, update_url: str | None = None, *, read_only: bool = False,
           announce: bool = False) -> Iterator[Store]:
    """A store for the length of a command; a store that cannot be used ends it with one line.
    With ``announce``, the store is named on stderr (an on-disk one with its absolute path)."""
    try:
        store = open_store(spec, update_url=update_url, read_only=read_only)
    except StoreError as error:
        raise fail(str(error)) from None
    if announce and store.spec != "memory":
        err.print(f"store: {plain(shown_store(store))}", highlight=False)
    failed = False
    try:
        yield store
    except StoreError as error:
        failed = True
        raise fail(str(error)) from None
    finally:
        try:
            store.close()
        except (StoreError, OSError) as error:  # a last flush to a full disk
            if not failed:  # the error that ended the command was said already
                raise fail(f"{error} (articles are stored whole or not at all: run the same command "
                           "again once the store can be written)") from None


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/yellow] {plain(message)}", markup=True, highlight=False)


# --------------------------------------------------------------------------- rows


class RowFormat(StrEnum):
    """How a command prints rows: ``--format``, the same for every command that prints some."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"


FormatOption = Annotated[
    RowFormat,
    typer.Option("--format", "-f", help="How rows are printed: table, csv, tsv, json (one array) or "
                 "jsonl (one object a line)."),
]


class Rows:
    """Rows printed in one format as they come: csv, tsv and jsonl a line at a time (a long run
    streams, and a closed pipe stops it), a table or a JSON array once every row is in.

    Each row is a mapping of column -> value; ``columns`` name the columns, in order (``right``:
    those a table aligns right). A table shows ``str()`` of each value (None as empty); JSON
    keeps numbers and None as they are.
    """

    def __init__(self, fmt: RowFormat, columns: Sequence[str], *, title: str | None = None,
                 right: Sequence[str] = ()) -> None:
        self.fmt, self.columns = fmt, list(columns)
        self._table: Table | None = None
        if fmt is RowFormat.table:
            self._table = Table(title=title)
            for column in self.columns:
                self._table.add_column(column, justify="right" if column in right else "left")
        self._array: list[dict[str, Any]] = []
        if fmt in (RowFormat.csv, RowFormat.tsv):
            self._line(_separated(self.columns, fmt))

    def add(self, row: Mapping[str, Any]) -> None:
        values = [row.get(c) for c in self.columns]
        if self._table is not None:
            self._table.add_row(*(plain("" if v is None else v) for v in values))
        elif self.fmt is RowFormat.json:
            self._array.append(dict(zip(self.columns, values, strict=True)))
        elif self.fmt is RowFormat.jsonl:
            record = dict(zip(self.columns, values, strict=True))
            self._line(json.dumps(record, ensure_ascii=False, default=str))
        else:
            self._line(_separated(["" if v is None else str(v) for v in values], self.fmt))

    def close(self) -> None:
        """Print what waited for every row: the table, or the JSON array."""
        if self._table is not None:
            out.print(self._table)
        elif self.fmt is RowFormat.json:
            typer.echo(json.dumps(self._array, ensure_ascii=False, indent=1, default=str))

    @staticmethod
    def _line(text: str) -> None:
        typer.echo(text)  # not through rich: it would expand the tabs of TSV


def print_rows(records: Sequence[Mapping[str, Any]], fmt: RowFormat, columns: Sequence[str] | None = None,
               *, title: str | None = None) -> None:
    """Print ``records`` (every key of the first when ``columns`` are not given) in ``fmt``."""
    rows = Rows(fmt, columns if columns is not None else list(records[0]) if records else [], title=title)
    for record in records:
        rows.add(record)
    rows.close()


def _separated(values: Sequence[str], fmt: RowFormat) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="," if fmt is RowFormat.csv else "\t", lineterminator="\n").writerow(values)
    return buffer.getvalue().rstrip("\n")


def _cell(term: object) -> str:
    """A term as a table shows it: kg's own IRIs as ``kg:`` and ``kgr:`` names."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(term).startswith(str(namespace)) and prefix in {"kg", "kgr"}:
                return f"{prefix}:{str(term)[len(str(namespace)):]}"
        return str(term)
    return str(term)


def render_rows(result: QueryResult, fmt: RowFormat) -> str | Table:
    """SELECT rows as a table, CSV, TSV, JSON or JSON lines (IRIs full in the machine formats)."""
    if fmt is RowFormat.table:
        table = Table(*result.variables)
        for row in result.rows:
            table.add_row(*(_cell(t) for t in row))
        return table
    records = [{v: (None if t is None else str(t)) for v, t in zip(result.variables, row, strict=True)}
               for row in result.rows]
    if fmt is RowFormat.json:
        return json.dumps(records, ensure_ascii=False, indent=1)
    if fmt is RowFormat.jsonl:
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    lines = [_separated(result.variables, fmt)]
    lines += [_separated(["" if t is None else str(t) for t in row], fmt) for row in result.rows]
    return "\n".join(lines)


def print_result(result: QueryResult, fmt: RowFormat) -> None:
    """Print SELECT rows in ``fmt`` (:func:`render_rows`)."""
    rendered = render_rows(result, fmt)
    if isinstance(rendered, Table):
        out.print(rendered)
    elif rendered:
        typer.echo(rendered)  # not through rich: it would expand the tabs of TSV


def records_result(records: Sequence[Mapping[str, Any]]) -> QueryResult:
    """Records as SELECT-like rows, so that they print like ``kg query`` answers."""
    variables = list(records[0]) if records else []
    rows = [tuple(None if r[v] is None else Literal(r[v]) for v in variables) for r in records]
    return QueryResult("rows", variables, rows)
