"""The ``kg`` command line. Each command parses, calls one library function, renders.

Exit codes: 0 done; 1 some input failed (the rest was processed); 2 usage error,
or a store, query or file that cannot be used at all.
"""

from __future__ import annotations

import signal
import threading

import typer
from typer import core as _typer_core

from kg.cli import articles_cmd, explore_cmd, official_cmd, store_cmd

_display_type = _typer_core.TyperOption.display_type_rich


def _display_type_unless_flag(self: _typer_core.TyperOption, ctx: object) -> str | None:
    """An option's type in --help, but none after a flag (typer shows ``<bool>``, which takes no value)."""
    return None if self.is_flag else _display_type(self, ctx)  # type: ignore[arg-type]


_typer_core.TyperOption.display_type_rich = _display_type_unless_flag  # type: ignore[method-assign]

app = typer.Typer(
    name="kg",
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
    from importlib.metadata import version

    from kg.cli.common import fail, out
    from kg.nlp import ModelError, model_id

    try:
        pipeline = model_id()
    except ModelError as error:
        raise fail(str(error)) from None
    out.print(f"kg {version('kg')}\npipeline {pipeline}", highlight=False)
    raise typer.Exit()


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: one line, then the KeyboardInterrupt that typer turns into exit 130 (silently)."""
    from kg.cli.common import err

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
