"""Saved questions: the SPARQL files of ``queries/``, their headers, and running them safely.

Every ``queries/NAME.rq`` opens with a header of comment lines::

    # What the question answers (any number of lines).
    # Parameters:
    #   ?topicLabel  string, optional  case-blind part of the topic's label
    #   ?number      integer           the resolution's number
    # Example: kg query --saved who-opposes --param topicLabel=freeze

A parameter's type says how a value given as text becomes an RDF term: ``string`` (a
plain literal), ``integer``, ``date`` (``YYYY-MM-DD``), ``iri`` (an IRI or a ``kgr:``
CURIE) and ``node`` (an IRI or CURIE when it looks like one, else a label literal).
Parameters are bound by :meth:`kg.store.Store.query` as a ``VALUES`` block, never
pasted into the text; an optional parameter left out stays unbound.

The files install with the package as the data package ``kg.queries``; from a source
tree they are read where people edit them, in the repository's ``queries/`` folder.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import SavedQueryError
from kg.namespaces import KGR, sparql_prefixes
from kg.store import QueryResult, Store

__all__ = ["Param", "SavedQuery", "SavedQueryError", "bindings", "list_saved", "load", "queries_dir", "run"]

TYPES = ("string", "integer", "date", "iri", "node")
_PARAM = re.compile(
    r"\?(?P<name>[A-Za-z0-9_]+)\s+(?P<type>[a-z]+)(?P<optional>,\s*optional)?(?:\s+(?P<doc>.*))?"
)
_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class Param:
    """One parameter of a saved question, as its header declares it."""

    name: str
    type: str
    optional: bool
    doc: str = ""


@dataclass(frozen=True)
class SavedQuery:
    """A saved question: its name, header and SPARQL text (without kg's PREFIX lines)."""

    name: str
    text: str
    description: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    example: str = ""

    @property
    def summary(self) -> str:
        """The description's first clause: what the question answers, in a few words."""
        return re.split(r":\s|\.\s", self.description, maxsplit=1)[0].rstrip(".")

    @property
    def sparql(self) -> str:
        """The text ready to run: kg's prefixes, then the file as written."""
        return sparql_prefixes() + self.text

    def param(self, name: str) -> Param:
        """The declared parameter ``name`` (with or without ``?``)."""
        for param in self.params:
            if param.name == name.lstrip("?$"):
                return param
        known = ", ".join(p.name for p in self.params) or "none"
        raise SavedQueryError(f"{self.name}: no parameter {name!r} (parameters: {known})")


def queries_dir() -> Path | Traversable:
    """Where the saved questions are: the source tree's ``queries/``, else the installed copy."""
    checkout = Path(__file__).resolve().parent.parent / "queries"
    if checkout.is_dir() and any(checkout.glob("*.rq")):
        return checkout
    return resources.files("kg.queries")


def list_saved() -> list[SavedQuery]:
    """Every saved question, by name."""
    files = [f for f in queries_dir().iterdir() if f.name.endswith(".rq")]
    files.sort(key=lambda f: f.name.removesuffix(".rq"))
    return [parse(f.name.removesuffix(".rq"), f.read_text(encoding="utf-8")) for f in files]


def load(name: str) -> SavedQuery:
    """The saved question ``name`` (``bans``, ``who-opposes``...; a trailing ``.rq`` is allowed)."""
    name = name.removesuffix(".rq")
    if not _NAME.fullmatch(name):
        raise SavedQueryError(f"not a saved question name: {name!r}")
    file = queries_dir() / f"{name}.rq"
    if not file.is_file():
        known = ", ".join(q.name for q in list_saved())
        raise SavedQueryError(f"no saved question {name!r} (saved: {known})")
    return parse(name, file.read_text(encoding="utf-8"))


def parse(name: str, text: str) -> SavedQuery:
    """A saved question from its file's text: the header's description, parameters and example."""
    description: list[str] = []
    params: list[Param] = []
    example, section = "", "description"
    for line in _header_lines(text):
        if line.lower().startswith("parameters:"):
            section = "params"
            line = line.split(":", 1)[1].strip()
        if line.lower().startswith("example:"):
            example, section = line.split(":", 1)[1].strip(), "example"
        elif section == "params" and line and line.lower() != "none":
            params.append(_param(name, line))
        elif section == "description" and line:
            description.append(line)
    return SavedQuery(name, text, " ".join(description), tuple(params), example)


def _header_lines(text: str) -> list[str]:
    """The comment lines that open ``text``, without their ``#``."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return lines


def _param(name: str, line: str) -> Param:
    match = _PARAM.fullmatch(line)
    if not match or match["type"] not in TYPES:
        raise SavedQueryError(f"{name}.rq: cannot read parameter line {line!r} (types: {', '.join(TYPES)})")
    return Param(match["name"], match["type"], bool(match["optional"]), (match["doc"] or "").strip())


def term(param: Param, value: object) -> Node:
    """The RDF term for ``value`` given to ``param``: text is read by the parameter's type."""
    if isinstance(value, URIRef) and param.type in ("iri", "node"):
        return value
    text = str(value)
    if param.type == "string":
        return Literal(text)
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", text.strip()):
            raise SavedQueryError(f"?{param.name}: expected an integer, got {text!r}")
        return Literal(int(text))
    if param.type == "date":
        try:
            return Literal(date.fromisoformat(text.strip()[:10]).isoformat(), datatype=XSD.date)
        except ValueError:
            raise SavedQueryError(f"?{param.name}: expected a date YYYY-MM-DD, got {text!r}") from None
    return _node(param, text)


def _node(param: Param, text: str) -> Node:
    """An IRI for an IRI or ``kgr:`` CURIE; a label literal for anything else (``node`` only)."""
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if text.startswith("kgr:"):
        return KGR[text[4:]]
    if text.startswith(("http://", "https://", "urn:")):
        return URIRef(text)
    if param.type == "iri":
        raise SavedQueryError(f"?{param.name}: expected an IRI or a kgr: CURIE, got {text!r}")
    return Literal(text)


def bindings(query: SavedQuery, values: Mapping[str, object]) -> dict[str, Node]:
    """The bindings for ``query`` from parameter values (text, numbers, dates or rdflib terms).

    Raises:
        SavedQueryError: a parameter the header does not declare, a required one missing,
            or a value its type cannot read.
    """
    given = {name.lstrip("?$"): value for name, value in values.items() if value is not None}
    bound = {name: term(query.param(name), value) for name, value in given.items()}
    missing = [p.name for p in query.params if not p.optional and p.name not in bound]
    if missing:
        raise SavedQueryError(f"{query.name}: missing required parameter(s): {', '.join(missing)}")
    return bound


def run(store: Store, name: str | SavedQuery, **values: object) -> QueryResult:
    """Run a saved question on ``store`` with its parameters bound, never pasted.

    Example: ``run(store, "bans", commodityLabel="coal").rows``.
    """
    query = name if isinstance(name, SavedQuery) else load(name)
    return store.query(query.sparql, bindings(query, values))
