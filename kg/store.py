"""Where the graph lives: open a store from a spec string and talk to it in rdflib terms.

Specs: ``memory`` (in-memory Oxigraph), ``oxigraph:PATH`` (on-disk Oxigraph, created if
missing; one writer process at a time) and ``sparql+http(s)://[USER:PASSWORD@]HOST/PATH`` (a
SPARQL 1.1 server, spoken to with httpx: the SPARQL 1.1 Protocol, and the Graph Store Protocol
where SPARQL Update cannot say it). Every backend is queried with SPARQL text, so they behave
alike; query bindings become a ``VALUES`` block (:func:`bind_values`) rather than pyoxigraph
substitutions, which refuse variables the query does not project and make ``BOUND(?var)``
false, the very test kg's saved queries rely on.

Replacing graphs (:meth:`Store.replace_graphs`, given rdflib graphs or their N-Triples) is one
transaction on the embedded store: when none of the graphs holds anything yet (a first
ingest), one load of N-Quads (``Store.bulk_load`` on disk, ``Store.load`` in memory: one
atomic write either way); otherwise one SPARQL Update, ``DROP SILENT GRAPH`` then ``INSERT
DATA``. A remote store gets the same Update (in chunks of :data:`REMOTE_CHUNK` triples), which
Oxigraph, Fuseki and GraphDB run as one transaction. Virtuoso is recognised by its ``Server``
header and has its own ways (see :class:`_RemoteStore`): it takes HTTP Digest auth, applies
the operations of one request one by one, refuses blank nodes in ``INSERT DATA`` (such graphs
go by a Graph Store ``PUT``), has no default graph of its own and keeps system graphs, which
``graphs()``, ``count()`` and ``dump()`` leave out.
"""

from __future__ import annotations

import base64
import itertools
import os
import re
import urllib.parse
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

from kg.errors import StoreError
from kg.namespaces import KG, PREFIXES

DEFAULT_SPEC = "oxigraph:kg-data"
REMOTE_CHUNK = 50_000  # triples per INSERT DATA request to a remote endpoint
BULK_LIMIT = 1_000_000  # quads of one bulk load on disk: the loader's batch, ingested in one atomic step
FLUSH_EVERY = 50_000  # triples updated on disk between flushes: pyoxigraph keeps unflushed writes in memory
TIMEOUT = httpx.Timeout(300.0, connect=5.0)  # an absent server fails fast; a big update may take a while
# Asked by query form: Virtuoso answers a CONSTRUCT with JSON "bindings" when JSON comes first.
RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.5"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
USER_ENV, PASSWORD_ENV = "KG_STORE_USER", "KG_STORE_PASSWORD"
# The graphs a Virtuoso server keeps for itself (its quad map, LDP, its own endpoint's description).
VIRTUOSO_SYSTEM_GRAPHS = ("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#", "http://localuriqaserver/",
                          "urn:activitystreams-owl:map", "urn:core:services:sparql",
                          "http://localhost:8890/DAV/", "http://localhost:8890/sparql")
_HASH_NT = f"<{KG.contentHash}>"  # the triple that says an article is stored goes in the last request
# Virtuoso names blank nodes "nodeID://b10000" in JSON results, which no RDF syntax allows.
_VIRTUOSO_BNODE = re.compile(rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")nodeID://')
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
GraphData = Graph | bytes  # an rdflib graph, or its triples as N-Triples (as pyoxigraph writes them)


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

    def replace_graph(self, graph: URIRef, triples: GraphData) -> None: ...
    def replace_graphs(self, graphs: Mapping[URIRef, GraphData]) -> None: ...
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
    """``sparql`` with ``bindings`` (name -> IRI or literal) as a VALUES block opening its WHERE
    group and the WHERE group of every sub-SELECT.

    A parameter thus has its value throughout the query: a sub-SELECT would otherwise see the
    variable unbound, and one that narrows its rows by a parameter (a saved question's
    ``?actor``) would have to compute them all first. Values are serialised from validated
    terms, never pasted. The ``CONSTRUCT WHERE { }`` short form and a DESCRIBE without a WHERE
    group take no bindings.
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
    ends = _where_groups(sparql)
    for end in reversed(ends):
        sparql = sparql[:end] + block + sparql[end:]
    return sparql


def _where_groups(sparql: str) -> list[int]:
    """Where the query's WHERE group opens, and each sub-SELECT's: the offsets just past their "{"."""
    depth, groups, form, where, last = 0, 0, "", False, ""
    ends: list[int] = []
    for match in _TOKEN.finditer(sparql):
        token = match.group()
        if token == "{":
            if depth == 0:
                groups += 1
                if form == "CONSTRUCT" and where and groups == 1:
                    raise StoreError("bindings need the full CONSTRUCT {...} WHERE {...} form")
                if not ends and (form != "CONSTRUCT" or groups == 2):
                    ends.append(match.end())
            elif last in ("SELECT", "WHERE") and ends:  # a sub-SELECT's group
                ends.append(match.end())
            depth += 1
        elif token == "}":
            depth -= 1
        elif token[0].isalpha():
            where = where or token.upper() == "WHERE"
            form = form or token.upper()
        if token[0] != "#":
            last = token.upper() if token[0].isalpha() else token
    if not ends:
        raise StoreError("bindings need a query with a WHERE group")
    return ends


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a query (its first such keyword outside
    IRIs, strings and comments), or None when it has none."""
    for match in _TOKEN.finditer(sparql):
        token = match.group()
        if token[0].isalpha() and token.upper() != "WHERE":
            return token.upper()
    return None


class _Solutions:
    """Rows already read: a query's variables and its solutions, as pyoxigraph gives them."""

    def __init__(self, variables: list[ox.Variable], rows: list[ox.QuerySolution]) -> None:
        self.variables, self._rows = variables, rows

    def __iter__(self) -> Iterator[ox.QuerySolution]:
        return iter(self._rows)


def _result(raw: object) -> QueryResult:
    """A pyoxigraph answer (from a store or parsed from an endpoint) as a QueryResult."""
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("boolean", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions | _Solutions):
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


def ntriples(triples: GraphData | Iterable[tuple[Node, Node, Node]]) -> bytes:
    """The triples as N-Triples, one per line, every term checked: a term no store can hold
    raises StoreError. Bytes are taken as N-Triples already (and parsed again unless they are
    lines as pyoxigraph writes them, each ending in `` .``)."""
    if isinstance(triples, bytes | bytearray):
        data = bytes(triples)
        if data and not data.endswith(b"\n"):
            data += b"\n"
        if data.count(b"\n") == data.count(b" .\n"):
            return data
        with _translated("cannot read N-Triples"):
            return ox.serialize(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize([ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples],
                        format=ox.RdfFormat.N_TRIPLES)


def _has_blank(data: bytes) -> bool:
    """Whether N-Triples may hold a blank node (a literal holding "_:" says yes too: harmless)."""
    return b"_:" in data


def _replace_requests(graphs: Mapping[URIRef, bytes], chunk: int | None) -> list[str]:
    """The SPARQL Update requests that replace ``graphs`` (N-Triples per graph; a single request
    when ``chunk`` is None).

    Every DROP travels with the first INSERT DATA, so one request (one transaction) does the
    whole replace unless chunked. Chunked, every triple with a blank node goes in the first
    request (labels hold within one request only) and an article's ``kg:contentHash`` in the
    last, so a replace cut short is never taken for a stored article.
    """
    drops = [f"DROP SILENT GRAPH {_nt(g)}" for g in graphs]
    if not chunk:
        blocks = [f"GRAPH {_nt(g)} {{\n{data.decode()}}}" for g, data in graphs.items() if data]
        return [" ;\n".join(drops + (["INSERT DATA {\n" + "\n".join(blocks) + "\n}"] if blocks else []))]
    items = [
        (0 if "_:" in line else 2 if _HASH_NT in line else 1, _nt(g), line)
        for g, data in graphs.items()
        for line in data.decode().splitlines()
        if line
    ]
    items.sort(key=lambda item: item[0])
    cuts = [0]
    cuts += range(max(chunk, sum(item[0] == 0 for item in items)), len(items), chunk)
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


def _with_graph(data: bytes, graph: URIRef) -> bytes:
    """N-Triples lines as N-Quads lines in ``graph``."""
    return data.replace(b" .\n", f" {_nt(graph)} .\n".encode())


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

    def _hidden(self, var: str = "?g") -> str:
        """A FILTER that leaves out the graphs a server keeps for itself (none but on Virtuoso)."""
        return ""

    def _default_graph(self) -> bool:
        """Whether the store has a default graph of its own (Virtuoso's is the union of all)."""
        return True

    def _everything(self) -> str:
        named = f"GRAPH ?g {{ ?s ?p ?o }} {self._hidden()}"
        return f"{{ ?s ?p ?o }} UNION {{ {named} }}" if self._default_graph() else named

    def _quads(self) -> Iterable[ox.Quad]:
        sparql = f"SELECT ?s ?p ?o ?g WHERE {{ {self._everything()} }}"
        return (ox.Quad(r[0], r[1], r[2], r[3] or ox.DefaultGraph()) for r in self._raw(sparql))

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.spec} is open read-only")

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
        self._check_writable()
        with _translated(f"update on {self.spec} failed"):
            self._update(sparql)

    def replace_graph(self, graph: URIRef, triples: GraphData) -> None:
        self.replace_graphs({graph: triples})

    def replace_graphs(self, graphs: Mapping[URIRef, GraphData]) -> None:
        """Replace each graph's content, all graphs in one transaction where the backend allows.

        Values are rdflib graphs or N-Triples bytes; every one is converted and checked before
        anything is sent, so input that fails changes nothing.
        """
        self._check_writable()
        data = {graph: ntriples(triples) for graph, triples in graphs.items()}
        self._replace(data)

    def _replace(self, data: dict[URIRef, bytes]) -> None:
        for request in _replace_requests(data, self.chunk):
            self.update(request)

    def drop_graph(self, graph: URIRef) -> None:
        self.update(f"DROP SILENT GRAPH {_nt(graph)}")

    def graphs(self) -> list[URIRef]:
        sparql = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._hidden()} }} ORDER BY ?g"
        result = self.query(sparql)
        return [row[0] for row in result.rows if isinstance(row[0], URIRef)]

    def graph_value(self, graph: URIRef, predicate: URIRef) -> str | None:
        sparql = "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"
        rows = self.query(sparql, {"g": graph, "p": predicate}).rows
        return str(rows[0][0]) if rows else None

    def count(self, graph: URIRef | None = None) -> int:
        pattern = f"GRAPH {_nt(graph)} {{ ?s ?p ?o }}" if graph else self._everything()
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

    def __init__(self, spec: str, store: ox.Store, read_only: bool, on_disk: bool = False) -> None:
        super().__init__(spec, read_only)
        self._store: ox.Store | None = store
        self.on_disk = on_disk
        self._unflushed = 0  # triples written by Update since the last flush

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

    def _holds(self, graph: URIRef) -> bool:
        pattern = self._open().quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))
        return next(iter(pattern), None) is not None

    def _replace(self, data: dict[URIRef, bytes]) -> None:
        """New graphs, without blank nodes: one load of N-Quads (a bulk load on disk); else one Update.

        Both are one atomic write. A load keeps blank node labels as they are, where an Update
        makes new nodes, so graphs with blank nodes take the Update.
        """
        # No local holds the pyoxigraph store: a traceback kept by the caller would keep it, and
        # its lock, alive.
        lines = sum(d.count(b"\n") for d in data.values())
        if any(map(_has_blank, data.values())) or any(self._holds(g) for g in data):
            super()._replace(data)
            self._unflushed += lines
            if self.on_disk and self._unflushed >= FLUSH_EVERY:  # memory stays flat over a long --force run
                with _translated(f"write to {self.spec} failed"):
                    self._open().flush()
                self._unflushed = 0
            return
        nquads = b"".join(_with_graph(d, g) for g, d in data.items())
        with _translated(f"write to {self.spec} failed"):
            if self.on_disk and lines <= BULK_LIMIT:
                self._open().bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
            else:
                self._open().load(nquads, format=ox.RdfFormat.N_QUADS)

    def close(self) -> None:
        store, self._store = self._store, None
        if store is not None and not self.read_only:
            store.flush()
        # pyoxigraph has no close(): dropping the last reference closes RocksDB and its lock.


class _Auth(httpx.Auth):
    """HTTP Digest or Basic authentication, whichever the server asks for.

    Virtuoso wants Digest on ``/sparql-auth`` and ``/sparql-graph-crud-auth``; Fuseki (Shiro)
    and GraphDB want Basic. Digest is tried first (httpx keeps the challenge, so later
    requests are signed up front); a server that answers with a Basic challenge gets Basic
    from then on.
    """

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._digest = httpx.DigestAuth(user, password)
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._basic_header = f"Basic {token}"
        self._basic = False

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        if self._basic:
            request.headers["Authorization"] = self._basic_header
            yield request
            return
        flow = self._digest.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            try:
                outgoing = flow.send(response)
            except StopIteration:
                break
        challenges = response.headers.get_list("www-authenticate") if response.status_code == 401 else []
        if any(c.lower().startswith("basic") for c in challenges):
            self._basic = True
            request.headers["Authorization"] = self._basic_header
            yield request


def graph_store_url_for(query_url: str) -> str:
    """Virtuoso's Graph Store endpoint beside its SPARQL one: /sparql[-auth] -> /sparql-graph-crud[-auth]."""
    for end, crud in (("/sparql-auth", "/sparql-graph-crud-auth"), ("/sparql", "/sparql-graph-crud")):
        if query_url.rstrip("/").endswith(end):
            return query_url.rstrip("/")[: -len(end)] + crud
    return query_url


class _RemoteStore(_SparqlStore):
    """A SPARQL 1.1 server: queries and updates as the SPARQL 1.1 Protocol says (POST, form
    ``query=`` / ``update=``), answers asked for by query form.

    Virtuoso, told by its ``Server`` header, differs: graphs with blank nodes are written with a
    Graph Store ``PUT`` (its ``INSERT DATA`` refuses blank nodes), its system graphs and its
    default graph (the union of all graphs) are left out of ``graphs()``, ``count()`` and
    ``dump()``, its blank node names are made readable, and an answer it cut at its
    ``ResultSetMaxRows`` (header ``X-SPARQL-MaxRows``) or a partial one (``X-SQL-State``) is an
    error rather than a silent loss.
    """

    chunk = REMOTE_CHUNK

    def __init__(self, spec: str, query_url: str, update_url: str, read_only: bool,
                 auth: httpx.Auth | None = None) -> None:
        super().__init__(spec, read_only)
        self.query_url, self.update_url = query_url, update_url
        self.graph_store_url = graph_store_url_for(query_url)
        self._client = httpx.Client(timeout=TIMEOUT, follow_redirects=True, auth=auth)
        self._server: str | None = None

    def _send(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        if self._client.is_closed:
            raise StoreError(f"store {self.spec} is closed")
        try:
            response = self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.TimeoutException:
            raise StoreError(f"{url}: timed out") from None
        except httpx.HTTPError as error:
            reason = _one_line(error) or type(error).__name__
            raise StoreError(f"{url}: cannot reach the endpoint ({reason})") from None
        self._server = response.headers.get("server", "")
        if response.status_code == 401:
            raise StoreError(f"{url}: HTTP 401: the server wants a user and password (give them in the spec, "
                             f"sparql+http://USER:PASSWORD@HOST/PATH, or in ${USER_ENV} and ${PASSWORD_ENV})")
        if response.is_error:
            reason = _one_line(response.text) or response.reason_phrase
            raise StoreError(f"{url}: HTTP {response.status_code}: {reason}")
        return response

    def _post(self, url: str, form: dict[str, str], accept: str | None = None) -> httpx.Response:
        return self._send("POST", url, data=form, headers={"Accept": accept} if accept else None)

    @property
    def virtuoso(self) -> bool:
        """Whether the server is Virtuoso (asked once, with the first request)."""
        if self._server is None:
            self._post(self.query_url, {"query": "ASK {}"}, RESULTS_ACCEPT)
        return "virtuoso" in (self._server or "").lower()

    def _hidden(self, var: str = "?g") -> str:
        if not self.virtuoso:
            return ""
        tests = " || ".join(f'STRSTARTS(STR({var}), "{prefix}")' for prefix in VIRTUOSO_SYSTEM_GRAPHS)
        return f"FILTER(!({tests}))"

    def _default_graph(self) -> bool:
        return not self.virtuoso

    def _raw(self, sparql: str) -> object:
        form = query_form(sparql)
        accept = RESULTS_ACCEPT if form in ("SELECT", "ASK") else GRAPH_ACCEPT if form else ACCEPT
        response = self._post(self.query_url, {"query": sparql}, accept)
        media = response.headers.get("content-type", "").split(";")[0].strip()
        content = response.content
        if state := response.headers.get("x-sql-state"):
            raise StoreError(f"{self.query_url}: the server gave a partial answer (SQL state {state}, "
                             "a time limit?); raise its limits or ask less")
        if results := ox.QueryResultsFormat.from_media_type(media):
            if "virtuoso" in (self._server or "").lower():
                content = _VIRTUOSO_BNODE.sub(rb"\1", content)
            parsed = ox.parse_query_results(content, format=results)
            limit = response.headers.get("x-sparql-maxrows")
            if limit and isinstance(parsed, ox.QuerySolutions):
                parsed = _Solutions(parsed.variables, list(parsed))
                if len(parsed._rows) >= int(limit):
                    raise StoreError(f"{self.query_url}: the server cut the answer at {limit} rows "
                                     "(Virtuoso: ResultSetMaxRows in [SPARQL] of virtuoso.ini); raise it")
            return parsed
        if rdf := ox.RdfFormat.from_media_type(media):
            return ox.parse(content, format=rdf)
        raise StoreError(f"{self.query_url}: unexpected answer of type {media or 'unknown'}")

    def _update(self, sparql: str) -> None:
        self._post(self.update_url, {"update": sparql})

    def _replace(self, data: dict[URIRef, bytes]) -> None:
        blank = {g: d for g, d in data.items() if _has_blank(d)}
        if blank and self.virtuoso:
            for graph, triples in blank.items():  # one PUT replaces one graph
                self._send("PUT", self.graph_store_url, params={"graph": str(graph)}, content=triples,
                           headers={"Content-Type": "application/n-triples"})
            data = {g: d for g, d in data.items() if g not in blank}
            if not data:
                return
        super()._replace(data)

    def close(self) -> None:
        self._client.close()


def _is_foreign_folder(where: Path) -> bool:
    """Whether ``where`` is a folder holding files but not an Oxigraph (RocksDB) store."""
    try:
        return where.is_dir() and any(where.iterdir()) and not (where / "CURRENT").is_file()
    except OSError:
        return False  # opening says why


def _open_oxigraph(spec: str, path: str, read_only: bool) -> _OxigraphStore:
    where = Path(path).expanduser()
    if _is_foreign_folder(where):  # a folder of articles given as the store would become one
        raise StoreError(f"{where.absolute()} is a folder that holds other files, not a kg store: give an "
                         "empty or new folder, or the folder of a store")
    try:
        if read_only:
            if not where.is_dir():
                raise StoreError(f"no store at {where.absolute()} to open read-only")
            return _OxigraphStore(spec, ox.Store.read_only(str(where)), read_only, on_disk=True)
        where.mkdir(parents=True, exist_ok=True)  # here, so a bad path fails with the OS's reason
        return _OxigraphStore(spec, ox.Store(str(where)), read_only, on_disk=True)
    except OSError as error:
        # RocksDB says "IO error: While lock file: PATH/LOCK: Resource temporarily unavailable".
        if "lock" in str(error).lower():
            raise StoreError(
                f"store {path} is in use by another kg process (lock held); wait for it or open it read-only"
            ) from None
        raise StoreError(f"cannot open store {path}: {_one_line(error.strerror or error)}") from None


def _open_remote(spec: str, update_url: str | None, read_only: bool) -> _RemoteStore:
    """A remote store; a user and password come from the URL, else from the environment."""
    url = spec.removeprefix("sparql+")
    try:
        parts = urllib.parse.urlsplit(url)
        user, password, _ = parts.username, parts.password, parts.port
    except ValueError as error:  # "Invalid IPv6 URL", a port that is not a number
        raise StoreError(f"not a usable store URL {_one_line(spec, 200)!r}: {error}") from None
    shown = spec
    if "@" in parts.netloc:
        host = parts.netloc.rpartition("@")[2]
        url = urllib.parse.urlunsplit(parts._replace(netloc=host))
        secret = ":***" if password is not None else ""  # the password never shows in messages
        shown = "sparql+" + urllib.parse.urlunsplit(parts._replace(netloc=f"{user}{secret}@{host}"))
    user = urllib.parse.unquote(user) if user else os.environ.get(USER_ENV)
    password = urllib.parse.unquote(password) if password is not None else os.environ.get(PASSWORD_ENV)
    auth = _Auth(user, password or "") if user else None
    return _RemoteStore(shown, url, update_url or update_url_for(url), read_only, auth)


def open_store(spec: str | None = None, *, update_url: str | None = None, read_only: bool = False) -> Store:
    """Open the store ``spec`` names (default: $KG_STORE, else ``oxigraph:kg-data``)."""
    spec = spec or os.environ.get("KG_STORE") or DEFAULT_SPEC
    if spec == "memory":
        return _OxigraphStore(spec, ox.Store(), read_only)
    if spec.startswith("oxigraph:") and spec != "oxigraph:":
        return _open_oxigraph(spec, spec.removeprefix("oxigraph:"), read_only)
    if spec.startswith(("sparql+http://", "sparql+https://")):
        return _open_remote(spec, update_url, read_only)
    raise StoreError(f"unknown store {spec!r}: expected memory, oxigraph:PATH or sparql+http(s)://HOST/PATH")
