"""What every command shares: the store option, error reporting, stdout/stderr consoles."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from kg.store import Store, StoreError, open_store

out = Console(soft_wrap=True)  # data
err = Console(stderr=True, soft_wrap=True)  # progress, warnings, errors

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
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


@contextlib.contextmanager
def opened(spec: str | None, update_url: str | None = None, *, read_only: bool = False) -> Iterator[Store]:
    """A store for the length of a command; a store that cannot be used ends it with one line."""
    try:
        store = open_store(spec, update_url=update_url, read_only=read_only)
    except StoreError as error:
        raise fail(str(error)) from None
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
