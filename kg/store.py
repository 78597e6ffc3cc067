"""Where the graph lives: open a store from a spec string and talk to it in rdflib terms.

Specs: ``memory`` (in-memory Oxigraph), ``oxigraph:PATH`` (on-disk Oxigraph, created if
missing; one writer process at a time) and ``sparql+http(s)://HOST/PATH`` (a SPARQL 1.1
endpoint, spoken to with httpx). Every backend is driven with SPARQL text, so they behave
alike: replacing graphs is one SPARQL Update (``DROP SILENT GRAPH`` then ``INSERT DATA``),
which Oxigraph runs as one transaction, and query bindings become a ``VALUES`` block
(:func:`bind_values`) rather than pyoxigraph substitutions, which refuse variables the query
does not project and make ``BOUND(?var)`` false, the very test kg's saved queries rely on.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as Kind
from typing import Protocol

import httpx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.namespaces import PREFIXES

DEFAULT_SPEC = "oxigraph:kg-data"
REMOTE_CHUNK = 50_000  # triples per INSERT DATA request to a remote endpoint
TIMEOUT = httpx.Timeout(300.0, connect=5.0)  # an absent server fails fast; a big update may take a while
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.5"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
_VARNAME = re.compile(r"[A-Za-z0-9_]+")
# What bind_values must step over to find the WHERE group: IRIs, strings and comments may
# hold braces or '#'; the keywords tell a CONSTRUCT template from the group.
_TOKEN = re.compile(
    r"""<[^<>"{}|^`\\\s]*>|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r"""|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\#[^\n]*|[{}]|\b(?:SELECT|ASK|CONSTRUCT|DESCRIBE|WHERE)\b""",
    re.IGNORECASE,
)

Term = URIRef | BNode | Literal


class StoreError(Exception):
    """A store that cannot be opened or used; the message is one line, meant for people."""


@dataclass
class QueryResult:
    """A query's answer in rdflib terms: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT)."""

    kind: Kind["rows", "boolean", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


class Store(Protocol):
    """What every backend offers; see the module docstring for the specs."""

    spec: str

    def replace_graph(self, graph: URIRef, triples: Graph) -> None: ...
    def replace_graphs(self, graphs: Mapping[URIRef, Graph]) -> None: ...
    def drop_graph(self, graph: URIRef) -> None: ...
    def graphs(self) -> list[URIRef]: ...
    def graph_value(self, graph: URIRef, predicate: URIRef) -> str | None: ...
    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult: ...
    def update(self, sparql: str) -> None: ...
    def construct(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Graph: ...
    def dump(self, fmt: str) -> bytes: ...
    def count(self, graph: URIRef | None = None) -> int: ...
    def close(self) -> None: ...


def _one_line(text: object, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib one (which validates IRIs and blank node labels)."""
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    except ValueError as error:
        raise StoreError(f"cannot store {term!r}: {_one_line(error)}") from None
    raise StoreError(f"cannot store {term!r}: not an IRI, a blank node or a literal")


def from_ox(term: object) -> Term | None:
    """The rdflib term for a pyoxigraph one; None for an unbound value or the default graph."""
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        # rdflib tells "x" from "x"^^xsd:string; RDF 1.1 does not: keep the plain form kg writes.
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    raise StoreError(f"unsupported RDF term {term!r}")


def _nt(term: Node) -> str:
    """The term in N-Triples syntax, written by Oxigraph, so a literal can never leave its quotes."""
    return str(to_ox(term))


def update_url_for(query_url: str) -> str:
    """The SPARQL Update URL that goes with a query URL: a final /query becomes /update."""
    return query_url[: -len("/query")] + "/update" if query_url.endswith("/query") else query_url


def bind_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with ``bindings`` (name -> IRI or literal) as a VALUES block opening its WHERE group.

    Values are serialised from validated terms, never pasted. Limits: only the outermost
    WHERE group is bound (a sub-SELECT sees a variable only if it projects it), and the
    ``CONSTRUCT WHERE { }`` short form and a DESCRIBE without a WHERE group take no bindings.
    """
    if not bindings:
        return sparql
    names = [name.lstrip("?$") for name in bindings]
    for name, term in zip(names, bindings.values(), strict=True):
        if not _VARNAME.fullmatch(name):
            raise StoreError(f"not a SPARQL variable name: {name!r}")
        if isinstance(term, BNode):
            raise StoreError(f"?{name}: a blank node cannot be bound")
    values = " ".join(f"?{n}" for n in names), " ".join(_nt(t) for t in bindings.values())
    block = f" VALUES ({values[0]}) {{ ({values[1]}) }}\n"
    depth, groups, form, where = 0, 0, "", False
    for match in _TOKEN.finditer(sparql):
        token = match.group()
        if token == "{":
            if depth == 0:
                groups += 1
                if form == "CONSTRUCT" and where and groups == 1:
                    raise StoreError("bindings need the full CONSTRUCT {...} WHERE {...} form")
                if form != "CONSTRUCT" or groups == 2:
                    return sparql[: match.end()] + block + sparql[match.end() :]
            depth += 1
        elif token == "}":
            depth -= 1
        elif token[0].isalpha():
            where = where or token.upper() == "WHERE"
            form = form or token.upper()
    raise StoreError("bindings need a query with a WHERE group")


def _result(raw: object) -> QueryResult:
    """A pyoxigraph answer (from a store or parsed from an endpoint) as a QueryResult."""
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("boolean", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        rows = [tuple(from_ox(solution[i]) for i in range(len(variables))) for solution in raw]
        return QueryResult("rows", variables, rows)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for item in raw:  # QueryTriples, or the quads of a parsed N-Triples answer
        triple = getattr(item, "triple", item)
        graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
    return QueryResult("graph", graph=graph)


def _replace_requests(graphs: Mapping[URIRef, Graph], chunk: int | None) -> list[str]:
    """The SPARQL Update requests that replace ``graphs`` (a single one when ``chunk`` is None).

    Every DROP travels with the first INSERT DATA, so one request (one transaction) does the
    whole replace unless chunked. All triples are converted before anything is sent: a graph
    that fails to iterate changes nothing.
    """
    drops = [f"DROP SILENT GRAPH {_nt(g)}" for g in graphs]
    items = [
        (isinstance(s, BNode) or isinstance(o, BNode), _nt(g), f"{_nt(s)} {_nt(p)} {_nt(o)} .")
        for g, triples in graphs.items()
        for s, p, o in triples
    ]
    # Blank node labels hold within one request only, so every triple with one goes in the first.
    items.sort(key=lambda item: not item[0])
    cuts = [0]
    if chunk:
        cuts += range(max(chunk, sum(item[0] for item in items)), len(items), chunk)
    requests = []
    for index, (start, end) in enumerate(zip(cuts, [*cuts[1:], len(items)], strict=True)):
        blocks = [
            f"GRAPH {g} {{\n" + "\n".join(item[2] for item in group) + "\n}"
            for g, group in itertools.groupby(items[start:end], key=lambda item: item[1])
        ]
        parts = drops if index == 0 else []
        parts = parts + (["INSERT DATA {\n" + "\n".join(blocks) + "\n}"] if blocks else [])
        if parts:
            requests.append(" ;\n".join(parts))
    return requests


@contextmanager
def _translated(what: str) -> Iterator[None]:
    """Backend errors as one-line StoreErrors."""
    try:
        yield
    except SyntaxError as error:
        raise StoreError(f"SPARQL syntax error: {_one_line(error)}") from None
    except (OSError, ValueError, RuntimeError) as error:
        raise StoreError(f"{what}: {_one_line(error)}") from None


class _SparqlStore:
    """What every backend shares, written as SPARQL so that all of them behave alike."""

    chunk: int | None = None  # triples per update request; None: one request whatever the size

    def __init__(self, spec: str, read_only: bool) -> None:
        self.spec, self.read_only = spec, read_only

    def _raw(self, sparql: str) -> object:
        raise NotImplementedError

    def _update(self, sparql: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _quads(self) -> Iterable[ox.Quad]:
        sparql = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        return (ox.Quad(r[0], r[1], r[2], r[3] or ox.DefaultGraph()) for r in self._raw(sparql))

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        text = bind_values(sparql, bindings) if bindings else sparql
        with _translated(f"query on {self.spec} failed"):
            return _result(self._raw(text))

    def construct(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Graph:
        result = self.query(sparql, bindings)
        if result.graph is None:
            raise StoreError("expected a CONSTRUCT or DESCRIBE query")
        return result.graph

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"store {self.spec} is open read-only")
        with _translated(f"update on {self.spec} failed"):
            self._update(sparql)

    def replace_graph(self, graph: URIRef, triples: Graph) -> None:
        self.replace_graphs({graph: triples})

    def replace_graphs(self, graphs: Mapping[URIRef, Graph]) -> None:
        for request in _replace_requests(graphs, self.chunk):
            self.update(request)

    def drop_graph(self, graph: URIRef) -> None:
        self.update(f"DROP SILENT GRAPH {_nt(graph)}")

    def graphs(self) -> list[URIRef]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        return [row[0] for row in result.rows if isinstance(row[0], URIRef)]

    def graph_value(self, graph: URIRef, predicate: URIRef) -> str | None:
        sparql = "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"
        rows = self.query(sparql, {"g": graph, "p": predicate}).rows
        return str(rows[0][0]) if rows else None

    def count(self, graph: URIRef | None = None) -> int:
        everything = "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }"
        pattern = f"GRAPH {_nt(graph)} {{ ?s ?p ?o }}" if graph else everything
        rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}").rows
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    def dump(self, fmt: str) -> bytes:
        """The whole dataset: ``trig`` and ``nq`` keep the graphs, as does ``jsonld``; ``ttl`` merges them."""
        formats = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
                   "jsonld": ox.RdfFormat.JSON_LD}
        if fmt not in formats:
            raise StoreError(f"unknown dump format {fmt!r}: expected one of {', '.join(formats)}")
        with _translated(f"dump of {self.spec} failed"):
            quads: Iterable[ox.Quad | ox.Triple] = self._quads()
            if fmt == "ttl":
                quads = dict.fromkeys(quad.triple for quad in quads)  # the union, each triple once
            return ox.serialize(quads, format=formats[fmt], prefixes=_PREFIXES)


class _OxigraphStore(_SparqlStore):
    """An Oxigraph store in this process, in memory or on disk."""

    def __init__(self, spec: str, store: ox.Store, read_only: bool) -> None:
        super().__init__(spec, read_only)
        self._store: ox.Store | None = store

    def _open(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"store {self.spec} is closed")
        return self._store

    def _raw(self, sparql: str) -> object:
        return self._open().query(sparql)

    def _update(self, sparql: str) -> None:
        self._open().update(sparql)

    def _quads(self) -> Iterable[ox.Quad]:
        return iter(self._open())

    def close(self) -> None:
        store, self._store = self._store, None
        try:
            if store is not None and not self.read_only:
                with _translated(f"cannot flush store {self.spec}"):
                    store.flush()
        finally:
            # Dropped even when the flush fails (a full disk): a traceback that kept it would keep
            # RocksDB's lock, and the store could not be opened again in this process.
            del store
        # pyoxigraph has no close(): dropping the last reference closes RocksDB and its lock.


class _RemoteStore(_SparqlStore):
    """A SPARQL 1.1 endpoint (Protocol: POST form query= / update=)."""

    chunk = REMOTE_CHUNK

    def __init__(self, spec: str, query_url: str, update_url: str, read_only: bool) -> None:
        super().__init__(spec, read_only)
        self.query_url, self.update_url = query_url, update_url
        self._client = httpx.Client(timeout=TIMEOUT, follow_redirects=True)

    def _post(self, url: str, form: dict[str, str], accept: str | None = None) -> httpx.Response:
        if self._client.is_closed:
            raise StoreError(f"store {self.spec} is closed")
        try:
            response = self._client.post(url, data=form, headers={"Accept": accept} if accept else None)
        except httpx.TimeoutException:
            raise StoreError(f"{url}: timed out") from None
        except httpx.HTTPError as error:
            reason = _one_line(error) or type(error).__name__
            raise StoreError(f"{url}: cannot reach the endpoint ({reason})") from None
        if response.is_error:
            reason = _one_line(response.text) or response.reason_phrase
            raise StoreError(f"{url}: HTTP {response.status_code}: {reason}")
        return response

    def _raw(self, sparql: str) -> object:
        response = self._post(self.query_url, {"query": sparql}, ACCEPT)
        media = response.headers.get("content-type", "").split(";")[0].strip()
        if results := ox.QueryResultsFormat.from_media_type(media):
            return ox.parse_query_results(response.content, format=results)
        if rdf := ox.RdfFormat.from_media_type(media):
            return ox.parse(response.content, format=rdf)
        raise StoreError(f"{self.query_url}: unexpected answer of type {media or 'unknown'}")

    def _update(self, sparql: str) -> None:
        self._post(self.update_url, {"update": sparql})

    def close(self) -> None:
        self._client.close()


def _open_oxigraph(spec: str, path: str, read_only: bool) -> _OxigraphStore:
    where = Path(path).expanduser()
    try:
        if read_only:
            if not where.is_dir():
                raise StoreError(f"no store at {path} to open read-only")
            return _OxigraphStore(spec, ox.Store.read_only(str(where)), read_only)
        where.mkdir(parents=True, exist_ok=True)  # here, so a bad path fails with the OS's reason
        return _OxigraphStore(spec, ox.Store(str(where)), read_only)
    except OSError as error:
        # RocksDB says "IO error: While lock file: PATH/LOCK: Resource temporarily unavailable".
        if "lock" in str(error).lower():
            raise StoreError(
                f"store {path} is in use by another kg process (lock held); wait for it or open it read-only"
            ) from None
        raise StoreError(f"cannot open store {path}: {_one_line(error.strerror or error)}") from None


def open_store(spec: str | None = None, *, update_url: str | None = None, read_only: bool = False) -> Store:
    """Open the store ``spec`` names (default: $KG_STORE, else ``oxigraph:kg-data``)."""
    spec = spec or os.environ.get("KG_STORE") or DEFAULT_SPEC
    if spec == "memory":
        return _OxigraphStore(spec, ox.Store(), read_only)
    if spec.startswith("oxigraph:") and spec != "oxigraph:":
        return _open_oxigraph(spec, spec.removeprefix("oxigraph:"), read_only)
    if spec.startswith(("sparql+http://", "sparql+https://")):
        query_url = spec.removeprefix("sparql+")
        return _RemoteStore(spec, query_url, update_url or update_url_for(query_url), read_only)
    raise StoreError(f"unknown store {spec!r}: expected memory, oxigraph:PATH or sparql+http(s)://HOST/PATH")
