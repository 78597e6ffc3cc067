"""The ``kg`` command line. Each command parses, calls one library function, renders.

Exit codes: 0 done; 1 some input failed (the rest was processed); 2 usage error,
or a store, query or file that cannot be used at all.
"""

from __future__ import annotations

import errno
import signal
import sys
import threading
from collections.abc import Callable
from importlib.metadata import version as installed_version
from typing import Any, TypeVar

import click
import typer
from rich.console import Console
from typer import core as _typer_core
from typer import rich_utils as _typer_rich

from kg.cli import articles_cmd, explore_cmd, official_cmd, store_cmd
from kg.cli.common import err, fail, out, quiet_on_closed_pipe, reader_gone
from kg.nlp import ModelError, model_id

_display_type = _typer_core.TyperOption.display_type_rich


def _display_type_unless_flag(self: _typer_core.TyperOption, ctx: object) -> str | None:
    """An option's type in --help, but none after a flag (typer shows ``<bool>``, which takes no value)."""
    return None if self.is_flag else _display_type(self, ctx)  # type: ignore[arg-type]


_typer_core.TyperOption.display_type_rich = _display_type_unless_flag  # type: ignore[method-assign]
_help_console = _typer_rich._get_rich_console


def _help_console_quiet_on_closed_pipe(stderr: bool = False) -> Console:
    """typer's console for --help, which ends the command like kg's own on a closed pipe (``kg --help |
    head -1``: rich writes the help in parts and, the reader gone after the first, would exit 1)."""
    console = _help_console(stderr=stderr)
    console.on_broken_pipe = lambda: quiet_on_closed_pipe(console)  # type: ignore[method-assign]
    return console


_typer_rich._get_rich_console = _help_console_quiet_on_closed_pipe

_T = TypeVar("_T")


def _stdout_closed(run: Callable[[], _T]) -> _T:
    """``run()``, unless the reader of stdout went away mid-write (``kg extract --jsonl seeds/ | head -1``,
    written by click or directly to the stream rather than through :data:`kg.cli.common.out`)."""
    try:
        return run()
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        raise reader_gone(sys.stdout) from None


class _Commands(_typer_core.TyperGroup):
    """kg's commands, each stopping quietly when the reader of its stdout is gone (click would exit 1)."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        # kg --help, kg --version print here
        return _stdout_closed(lambda: super(_Commands, self).make_context(info_name, args, parent, **extra))

    def invoke(self, ctx: click.Context) -> Any:
        return _stdout_closed(lambda: super(_Commands, self).invoke(ctx))


app = typer.Typer(
    name="kg",
    cls=_Commands,
    help="A knowledge graph of sanctions and UN Security Council resolutions, read from the news.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    """``kg --version``: kg's version and the trained pipeline a run would read with."""
    if not value:
        return
    try:
        pipeline = model_id()
    except ModelError as error:
        raise fail(str(error)) from None
    out.print(f"kg {installed_version('kg')}\npipeline {pipeline}", highlight=False)
    raise typer.Exit()


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: one line, then the KeyboardInterrupt that typer turns into exit 130 (silently)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C is not announced again
    err.print("interrupted: articles stored before are whole; run the same command again to complete it",
              highlight=False)
    raise KeyboardInterrupt


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show kg's version and the spaCy pipeline it reads with."),
) -> None:
    """A knowledge graph of sanctions and UN Security Council resolutions, read from the news."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, _interrupted)


articles_cmd.register(app)
store_cmd.register(app)
explore_cmd.register(app)
official_cmd.register(app)


def main() -> None:  # pragma: no cover - the console script
    app()
