"""What every command shares: the store option, error reporting, stdout/stderr consoles."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Annotated

import typer
from rich.console import Console

from kg.store import Store, StoreError, open_store

out = Console(soft_wrap=True)  # data
err = Console(stderr=True, soft_wrap=True)  # progress, warnings, errors

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2

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


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one line to stderr and give the exit to raise."""
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    return typer.Exit(code)


@contextlib.contextmanager
def opened(spec: str | None, update_url: str | None = None, *, read_only: bool = False) -> Iterator[Store]:
    """A store for the length of a command; a store that cannot be used ends it with one line."""
    try:
        store = open_store(spec, update_url=update_url, read_only=read_only)
    except StoreError as error:
        raise fail(str(error)) from None
    try:
        yield store
    except StoreError as error:
        raise fail(str(error)) from None
    finally:
        store.close()


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/yellow] {message}", markup=True, highlight=False)
