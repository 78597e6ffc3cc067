"""The ``kg`` command line. Each command parses, calls one library function, renders.

Exit codes: 0 done; 1 some input failed (the rest was processed); 2 usage error,
or a store, query or file that cannot be used at all.
"""

from __future__ import annotations

import typer

from kg.cli import articles_cmd, explore_cmd, official_cmd, store_cmd

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


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show kg's version and the spaCy pipeline it reads with."),
) -> None:
    """A knowledge graph of sanctions and UN Security Council resolutions, read from the news."""


articles_cmd.register(app)
store_cmd.register(app)
explore_cmd.register(app)
official_cmd.register(app)


def main() -> None:  # pragma: no cover - the console script
    app()
