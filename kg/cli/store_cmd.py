"""Commands over the store: query, export, stats, validate, viz."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
import typer
from rdflib import Literal, URIRef

from kg import analysis, pipeline, saved, viz
from kg import validate as validation
from kg.cli.common import (
    EXIT_INPUT,
    FormatOption,
    RowFormat,
    Rows,
    StoreOption,
    UpdateUrlOption,
    err,
    fail,
    opened,
    out,
    output_error,
    print_result,
)
from kg.errors import ViewError
from kg.files import write_files
from kg.namespaces import sparql_prefixes
from kg.store import StoreError


class DumpFormat(StrEnum):
    ttl = "ttl"
    trig = "trig"
    nq = "nq"
    jsonld = "jsonld"
    graphml = "graphml"
    gexf = "gexf"


# kg's prefixes go first, on one line: a query's own PREFIX lines come later and win, and an
# error's line number is one more than the user's (put right by _user_lines).
PREFIX_LINE = " ".join(sparql_prefixes().splitlines()) + "\n"
_ERROR_LINE = re.compile(r"\berror at (\d+):(\d+)")
_UPDATE_FORM = re.compile(
    r"\A(?:\s+|#[^\n]*+|(?:PREFIX\s+[\w.-]*:\s*|BASE\s*)<[^>]*>)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


def _query_text(query: str) -> str:
    """A query given inline or as a file, after kg's prefixes."""
    path = Path(query)
    if len(query) < 4096 and "\n" not in query and path.suffix in {".rq", ".sparql"}:
        try:
            query = path.read_text(encoding="utf-8")
        except OSError as error:
            raise fail(f"{path}: cannot read query ({error.strerror})") from None
    return PREFIX_LINE + query


def _read_query(path: Path) -> str:
    """A query file, whatever its suffix, after kg's prefixes."""
    try:
        return PREFIX_LINE + path.read_text(encoding="utf-8")
    except OSError as error:
        raise fail(f"{path}: cannot read query ({error.strerror})") from None


def _user_lines(error: StoreError) -> StoreError:
    """The error with line numbers of the user's text, not of the text with kg's prefix line."""
    fixed = _ERROR_LINE.sub(lambda m: f"error at {max(1, int(m[1]) - 1)}:{m[2]}", str(error))
    return StoreError(fixed)


def _parse_param(text: str) -> tuple[str, Literal | URIRef]:
    if "=" not in text:
        raise fail(f"--param {text!r}: expected name=value")
    name, value = text.split("=", 1)
    if value.startswith("<") and value.endswith(">"):
        try:
            ox.NamedNode(value[1:-1])  # checked here: rdflib would log a warning and take it
        except ValueError:
            raise fail(f"--param {name}: {value[:200]!r} is not an IRI") from None
        return name.lstrip("?$"), URIRef(value[1:-1])
    return name.lstrip("?$"), Literal(value)


def _parse_params(params: list[str]) -> dict[str, Literal | URIRef]:
    """--param values by name; a name given twice is an error, not the last one silently."""
    bound: dict[str, Literal | URIRef] = {}
    for text in params:
        name, term = _parse_param(text)
        if name in bound:
            raise fail(f"--param {name} given twice: give each parameter once")
        bound[name] = term
    return bound


def _saved_query(name: str, params: list[str]) -> tuple[str, dict]:
    """A saved question's text (after kg's prefix line) and its parameters, typed by its header."""
    try:
        question = saved.load(name)
        return PREFIX_LINE + question.text, saved.bindings(question, _parse_params(params))
    except saved.SavedQueryError as error:
        raise fail(str(error)) from None


def query(
    text: Annotated[
        str | None, typer.Argument(help="A SPARQL query, or a .rq / .sparql file holding one.")
    ] = None,
    saved_name: Annotated[str | None, typer.Option(
        "--saved", help="Run a saved question of queries/ by name (kg saved lists them).")] = None,
    store: StoreOption = None,
    fmt: FormatOption = RowFormat.table,
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p",
        help="Bind a variable: name=value (a string) or name=<IRI>; never pasted into the text.")
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="Run a SPARQL Update (changes the store).")
    ] = False,
    update_url: UpdateUrlOption = None,
) -> None:
    """Ask the store a SPARQL question: SELECT/ASK as rows, CONSTRUCT/DESCRIBE as Turtle.

    Example: [bold]kg query "SELECT ?actor ?topic WHERE { GRAPH ?g { ?actor kg:opposes ?topic } }"[/bold]
    or [bold]kg query --saved bans --param commodityLabel=coal[/bold]
    """
    if (text is None) == (saved_name is None):
        raise fail("give a query (or a .rq file) or --saved NAME, one of the two")
    if saved_name is not None:
        if update:
            raise fail("a saved question only reads: --update does not apply")
        sparql, bindings = _saved_query(saved_name, param or [])
    else:
        sparql = _query_text(text)
        if not update and _UPDATE_FORM.match(sparql):
            raise fail("this is a SPARQL Update, which changes the store: run it with --update")
        bindings = _parse_params(param or [])
    with opened(store, update_url, read_only=not update) as opened_store:
        try:
            if update:
                opened_store.update(sparql)
                err.print("update done")
                return
            result = opened_store.query(sparql, bindings)
        except StoreError as error:
            raise _user_lines(error) from None
    empty = not result.boolean if result.kind == "boolean" else result.kind == "rows" and not result.rows
    if empty and not re.search(r"\bGRAPH\b|\bFROM\b", sparql.removeprefix(PREFIX_LINE), re.IGNORECASE):
        err.print("note: kg keeps every article and the reference data in named graphs, and the default "
                  "graph is empty: ask with GRAPH ?g { ... }, e.g. SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } "
                  "LIMIT 10", highlight=False, markup=False)
    if result.kind == "boolean":
        out.print("true" if result.boolean else "false")
    elif result.kind == "graph":
        out.out(result.graph.serialize(format="turtle"), highlight=False)
    else:
        print_result(result, fmt)


def export(
    fmt: Annotated[
        DumpFormat, typer.Option("--format", "-f", help="RDF syntax of the dump, or graphml/gexf: the "
                                 "statement graph for Gephi.")
    ] = DumpFormat.trig,
    output: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default: stdout).")
    ] = None,
    store: StoreOption = None,
    update_url: UpdateUrlOption = None,
) -> None:
    """Dump the whole store: TriG, N-Quads and JSON-LD keep the named graphs; Turtle merges them.

    GraphML and GEXF hold the statement graph of kg.analysis.network instead (one edge per
    subject, predicate and object, with its newest sentence, dates and files), for Gephi.

    Example: [bold]kg export --format nq --out graph.nq[/bold]
    """
    with opened(store, update_url, read_only=True) as opened_store:
        if fmt in (DumpFormat.graphml, DumpFormat.gexf):
            data = analysis.export_network(opened_store, fmt.value)
        else:
            data = opened_store.dump(fmt.value)
    if output:
        try:
            write_files({output: data})
        except OSError as error:
            raise fail(output_error(error, output)) from None
        err.print(f"wrote {output}")
    else:
        out.file.write(data.decode("utf-8"))


def stats(store: StoreOption = None, update_url: UpdateUrlOption = None,
          fmt: FormatOption = RowFormat.table) -> None:
    """Count articles, statements by kind, actors and resolutions in the store.

    Example: [bold]kg stats --store oxigraph:kg-data[/bold]
    """
    with opened(store, update_url, read_only=True) as opened_store:
        totals = pipeline.stats(opened_store)
    rows = Rows(fmt, ["what", "count"])
    for name, count in totals.items():
        rows.add({"what": name, "count": count})
    rows.close()


def validate(store: StoreOption = None, update_url: UpdateUrlOption = None) -> None:
    """Check the store against the SHACL shapes of ontology/shapes.ttl; exit 1 on violations.

    Example: [bold]kg validate[/bold]
    """
    with opened(store, update_url, read_only=True) as opened_store:
        violations = validation.validate(opened_store)
    for v in violations:
        out.print(f"{v.severity}: {v.focus} {v.path or ''} {v.message}", highlight=False, markup=False)
    err.print(f"{len(violations)} violation(s)")
    raise typer.Exit(EXIT_INPUT if violations else 0)


def viz_command(
    output: Annotated[
        Path, typer.Option("--out", "-o", help="HTML file to write.")
    ] = Path("out/graph.html"),
    focus: Annotated[str | None, typer.Option(help="Centre the view on a node (label or IRI).")] = None,
    depth: Annotated[int, typer.Option(min=0, help="Hops kept around --focus.")] = 1,
    kind: Annotated[str | None, typer.Option(help="positions, bans, events or references only.")] = None,
    actor: Annotated[str | None, typer.Option(help="Statements of one actor (label or IRI).")] = None,
    topic: Annotated[str | None, typer.Option(help="Statements about one topic (label or IRI).")] = None,
    resolution: Annotated[str | None, typer.Option(help="Statements about one resolution.")] = None,
    since: Annotated[str | None, typer.Option(help="Statements dated on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Statements dated on or before YYYY-MM-DD.")] = None,
    sparql: Annotated[Path | None, typer.Option(
        help="A SPARQL CONSTRUCT file: the view keeps the statements its result names as subjects.")] = None,
    store: StoreOption = None,
    update_url: UpdateUrlOption = None,
) -> None:
    """Write the interactive graph view, a single HTML file that works offline.

    Example: [bold]kg viz --focus "Sergey Lavrov" --depth 2 --out lavrov.html[/bold]
    """
    kind = kind.lower() if kind is not None else None
    if kind is not None and kind not in viz.KINDS:
        raise fail(f"--kind {kind!r}: expected one of {', '.join(viz.KINDS)}")
    for flag, value in (("--since", since), ("--until", until)):
        try:
            date.fromisoformat(value) if value is not None else None
        except ValueError:
            raise fail(f"{flag} {value!r}: not a date (use YYYY-MM-DD)") from None
    options = viz.ViewOptions(focus=focus, depth=depth, kind=kind)
    with opened(store, update_url, read_only=True) as opened_store:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            picked = _read_query(sparql) if sparql else None
            nodes = viz.write_view(opened_store, output, options, picked, actor=actor, topic=topic,
                                   resolution=resolution, since=since, until=until)
        except OSError as error:
            raise fail(output_error(error, output)) from None
        except ViewError as error:  # a focus that names no node, an unknown kind or filter
            raise fail(str(error)) from None
    err.print(f"wrote {output} ({nodes} nodes)")


def register(app: typer.Typer) -> None:
    app.command()(query)
    app.command()(export)
    app.command()(stats)
    app.command()(validate)
    app.command("viz")(viz_command)
