"""What every command shares: the store option, error reporting, stdout/stderr consoles."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from kg.store import Store, StoreError, open_store

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


def write_files(files: Mapping[Path, bytes]) -> None:
    """Write every file whole or not at all: each to a temporary file beside it, then all renamed
    into place (so an interrupted run never leaves a new file beside a stale one it goes with).
    Raises OSError naming the file."""
    written: list[tuple[str, Path]] = []
    try:
        for target, data in files.items():
            if target.is_dir():
                raise IsADirectoryError(21, "is a folder", str(target))
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            written.append((temporary, target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
        for temporary, target in written:
            os.replace(temporary, target)
    except OSError as error:
        if error.filename is None:
            error.filename = str(target)
        raise
    finally:
        for temporary, _ in written:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


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
