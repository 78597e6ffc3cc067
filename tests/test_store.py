"""kg.store on every backend: in-memory Oxigraph, Oxigraph on disk, a real Oxigraph server and a
real Virtuoso (Debian's virtuoso-opensource), each server started on 127.0.0.1 for the session."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef

from kg.store import (
    Store,
    StoreError,
    bind_values,
    graph_store_url_for,
    ntriples,
    open_store,
    query_form,
    update_url_for,
)

EX = "http://example.org/"
G1, G2 = URIRef(EX + "graph/1"), URIRef(EX + "graph/2")
P, LABEL, HASH = URIRef(EX + "p"), URIRef(EX + "label"), URIRef(EX + "hash")
ADVERSARIAL = '"} ; DROP ALL ; #'
# rdflib's own TriG parser goes through APIs it has deprecated itself.
RDFLIB_DEPRECATIONS = [
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning",
    "ignore:Dataset.default_context is deprecated:DeprecationWarning",
]


def sample(n: int = 3, tag: str = "a") -> Graph:
    graph = Graph()
    for i in range(n):
        graph.add((URIRef(f"{EX}{tag}{i}"), P, Literal(i)))
    graph.add((URIRef(EX + tag + "0"), LABEL, Literal("Sergey Lavrov", lang="en")))
    graph.add((URIRef(EX + tag + "1"), LABEL, Literal(ADVERSARIAL)))
    graph.add((URIRef(EX + tag + "2"), HASH, Literal("sha256:" + tag)))
    return graph


class Exploding(Graph):
    """A graph that fails half way through being read."""

    def __iter__(self):  # type: ignore[override]
        yield URIRef(EX + "x"), P, Literal("first")
        raise RuntimeError("boom")


# --- real servers ------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(process: subprocess.Popen, url: str, what: str, seconds: float = 30,
              auth: httpx.Auth | None = None, log: Path | None = None) -> None:
    """Until ``url`` answers ``ASK {}``; a server that exits or never answers fails the session."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if httpx.post(url, data={"query": "ASK {}"}, timeout=1, auth=auth).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            reason = process.stderr.read().decode() if process.stderr else ""
            reason += log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            pytest.fail(f"{what} did not start: {reason}")
        time.sleep(0.1)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An `oxigraph serve` on a free loopback port, for the session; yields its query URL."""
    command = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if not command:
        pytest.skip("the `oxigraph` server command is not installed (pip install oxigraph)")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen([command, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait_for(process, url, "oxigraph serve", 20)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CaseMode = 2
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {dir}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Virtuoso with a private virtuoso.ini and database in a temporary folder, on free loopback
    ports (HTTP and SQL), for the session; yields its store spec (user dba, Digest auth)."""
    command = shutil.which("virtuoso-t")
    if not command:
        pytest.skip("`virtuoso-t` is not installed (apt-get install virtuoso-opensource)")
    where = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = _free_port(), _free_port()
    ini = where / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=where, http_port=http_port, sql_port=sql_port))
    process = subprocess.Popen([command, "+foreground", "+configfile", str(ini)], cwd=where,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{http_port}/sparql-auth"
    try:
        _wait_for(process, url, "virtuoso-t", 60, httpx.DigestAuth("dba", "dba"), where / "virtuoso.log")
        yield f"sparql+http://dba:dba@127.0.0.1:{http_port}/sparql-auth"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()


@pytest.fixture(params=["memory", "oxigraph", "server", "virtuoso"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "server":
        url = request.getfixturevalue("oxigraph_server")
        opened = open_store("sparql+" + url)
        opened.update("DROP ALL")  # the server lives for the session; every test starts empty
    elif request.param == "virtuoso":
        opened = open_store(request.getfixturevalue("virtuoso_server"))
        for graph in opened.graphs():  # its own system graphs are not listed, so never dropped
            opened.drop_graph(graph)
    else:
        opened = open_store("memory" if request.param == "memory" else f"oxigraph:{tmp_path / 'kg-data'}")
    yield opened
    opened.close()


# --- the same suite on every backend ----------------------------------------------------------


def test_replace_graph_twice_gives_no_duplicates(store: Store) -> None:
    store.replace_graph(G1, sample())
    first = store.count(G1)
    store.replace_graph(G1, sample())
    assert store.count(G1) == first == len(sample())
    assert store.count() == first


def test_replace_graph_keeps_other_graphs(store: Store) -> None:
    store.replace_graph(G1, sample(3, "a"))
    store.replace_graph(G2, sample(5, "b"))
    store.replace_graph(G2, sample(2, "b"))
    assert store.graphs() == [G1, G2]
    assert store.count(G1) == len(sample(3, "a"))
    assert store.count(G2) == len(sample(2, "b"))
    store.drop_graph(G2)
    assert store.graphs() == [G1]


def test_replace_graphs_at_once(store: Store) -> None:
    store.replace_graphs({G1: sample(3, "a"), G2: sample(4, "b")})
    assert store.count() == len(sample(3, "a")) + len(sample(4, "b"))


def test_failing_replace_leaves_the_old_graph(store: Store) -> None:
    store.replace_graph(G1, sample())
    with pytest.raises(RuntimeError, match="boom"):
        store.replace_graphs({G2: sample(), G1: Exploding()})
    assert store.count(G1) == len(sample())
    assert store.graphs() == [G1]


def test_select_returns_exact_rows(store: Store) -> None:
    store.replace_graph(G1, sample())
    query = f"SELECT ?s ?label ?none WHERE {{ GRAPH <{G1}> {{ ?s <{LABEL}> ?label }} }} ORDER BY ?s"
    result = store.query(query)
    assert result.kind == "rows"
    assert result.variables == ["s", "label", "none"]
    assert result.rows == [
        (URIRef(EX + "a0"), Literal("Sergey Lavrov", lang="en"), None),
        (URIRef(EX + "a1"), Literal(ADVERSARIAL), None),
    ]
    typed = store.query(f"SELECT ?o WHERE {{ GRAPH ?g {{ <{EX}a2> <{P}> ?o }} }}").rows
    assert typed == [(Literal("2", datatype=XSD.integer),)]


def test_ask(store: Store) -> None:
    store.replace_graph(G1, sample())
    assert store.query(f"ASK {{ GRAPH ?g {{ <{EX}a0> ?p ?o }} }}").boolean is True
    result = store.query(f"ASK {{ GRAPH ?g {{ <{EX}nobody> ?p ?o }} }}")
    assert (result.kind, result.boolean) == ("boolean", False)


def test_construct_returns_the_exact_triples(store: Store) -> None:
    store.replace_graph(G1, sample())
    graph = store.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}")
    assert set(graph) == set(sample())
    with pytest.raises(StoreError, match="CONSTRUCT"):
        store.construct("ASK {}")


def test_bindings_keep_an_adversarial_string_a_string(store: Store) -> None:
    store.replace_graph(G1, sample())
    query = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?label } }"
    assert store.query(query, {"label": Literal(ADVERSARIAL)}).rows == [(URIRef(EX + "a1"),)]
    assert store.query(query, {"label": Literal(ADVERSARIAL + "'")}).rows == []
    assert store.count() == len(sample())
    # The saved questions' pattern: an unprojected, optional parameter tested with BOUND.
    # (In G1: on Virtuoso, GRAPH ?g also sees the server's own system graphs.)
    optional = (f"SELECT ?s WHERE {{ GRAPH <{G1}> {{ ?s ?p ?label }} "
                "FILTER(!BOUND(?q) || CONTAINS(STR(?label), ?q)) }")
    assert store.query(optional, {"q": Literal("Lavrov")}).rows == [(URIRef(EX + "a0"),)]
    assert len(store.query(optional).rows) == len(sample())


def test_construct_with_bindings(store: Store) -> None:
    store.replace_graph(G1, sample())
    query = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    graph = store.construct(query, {"s": URIRef(EX + "a2")})
    assert set(graph) == {t for t in sample() if t[0] == URIRef(EX + "a2")}


def test_graph_value(store: Store) -> None:
    store.replace_graph(G1, sample())
    assert store.graph_value(G1, HASH) == "sha256:a"
    assert store.graph_value(G2, HASH) is None


@pytest.mark.parametrize("bad", ["SELECT ?x WHERE { ?x ?y }", "SELEKT * WHERE {}"])
def test_malformed_sparql_is_one_line(store: Store, bad: str) -> None:
    with pytest.raises(StoreError) as caught:
        store.query(bad)
    assert "\n" not in str(caught.value) and str(caught.value)
    with pytest.raises(StoreError) as caught:
        store.update("INSERT DATA { <a> <b> }")
    assert "\n" not in str(caught.value)


@pytest.mark.filterwarnings(*RDFLIB_DEPRECATIONS)
def test_dump_round_trips(store: Store) -> None:
    store.replace_graphs({G1: sample(3, "a"), G2: sample(4, "b")})
    if not getattr(store, "virtuoso", False):  # Virtuoso's default graph is the union of the others
        store.update(f'INSERT DATA {{ <{EX}d> <{P}> "default" . }}')
    total = store.count()
    for fmt, rdflib_format in [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")]:
        dataset = Dataset()
        dataset.parse(data=store.dump(fmt), format=rdflib_format)
        assert sum(1 for _ in dataset.quads((None, None, None, None))) == total, fmt
    assert b"@prefix kg:" in store.dump("trig")
    union = Graph().parse(data=store.dump("ttl"), format="turtle")
    assert len(union) == total
    with pytest.raises(StoreError, match="dump format"):
        store.dump("xml")


def test_blank_nodes_stay_linked(store: Store) -> None:
    graph = Graph()
    node = BNode()
    graph.add((URIRef(EX + "s"), P, node))
    graph.add((node, LABEL, Literal("inner")))
    store.replace_graph(G1, graph)
    rows = store.query(f"SELECT ?l WHERE {{ GRAPH ?g {{ <{EX}s> <{P}> ?b . ?b <{LABEL}> ?l }} }}").rows
    assert rows == [(Literal("inner"),)]


def test_chunked_replace(store: Store) -> None:
    """Remote stores send big graphs in chunks: DROP and blank nodes travel in the first one."""
    store.chunk = 2  # type: ignore[attr-defined]
    store.replace_graph(G1, sample(9))
    graph = sample(5)
    node = BNode()
    graph.add((URIRef(EX + "s"), P, node))
    graph.add((node, LABEL, Literal("inner")))
    graph.add((node, HASH, Literal("h")))
    store.replace_graph(G1, graph)
    assert store.count(G1) == len(graph)
    rows = store.query(f"SELECT ?h WHERE {{ GRAPH ?g {{ <{EX}s> <{P}> ?b . ?b <{HASH}> ?h }} }}").rows
    assert rows == [(Literal("h"),)]


def test_closed_store_says_so(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.query("ASK {}")


# --- Oxigraph on disk ---------------------------------------------------------------------------


def test_persistence(tmp_path: Path) -> None:
    spec = f"oxigraph:{tmp_path / 'kg-data'}"
    first = open_store(spec)
    first.replace_graph(G1, sample())
    first.close()
    again = open_store(spec)
    assert again.count(G1) == len(sample())
    again.close()
    reader = open_store(spec, read_only=True)
    assert reader.graph_value(G1, HASH) == "sha256:a"
    with pytest.raises(StoreError, match="read-only"):
        reader.replace_graph(G1, sample())
    reader.close()


def test_second_writer_process_gets_the_lock_error(tmp_path: Path) -> None:
    path = tmp_path / "kg-data"
    with subprocess.Popen(
        [sys.executable, "-c", "import sys, time, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
            with pytest.raises(StoreError) as caught:
                open_store(f"oxigraph:{path}")
            assert str(caught.value) == (
                f"store {path} is in use by another kg process (lock held); wait for it or open it read-only"
            )
        finally:
            holder.terminate()


def test_unusable_paths_are_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match=f"cannot open store {blocker}/store"):
        open_store(f"oxigraph:{blocker}/store")
    with pytest.raises(StoreError, match="no store at .*missing"):
        open_store(f"oxigraph:{tmp_path / 'missing'}", read_only=True)


# --- specs and helpers --------------------------------------------------------------------------


def test_spec_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORE", "memory")
    assert open_store().spec == "memory"
    with pytest.raises(StoreError, match="unknown store"):
        open_store("postgres://x")


def test_update_url_derivation() -> None:
    assert update_url_for("http://h:7878/query") == "http://h:7878/update"
    assert update_url_for("https://h/ds/sparql") == "https://h/ds/sparql"
    remote = open_store("sparql+https://h/ds/query")
    assert (remote.query_url, remote.update_url) == ("https://h/ds/query", "https://h/ds/update")  # type: ignore[attr-defined]
    explicit = open_store("sparql+http://h/q", update_url="http://h/u")
    assert explicit.update_url == "http://h/u"  # type: ignore[attr-defined]
    remote.close()
    explicit.close()


def test_unreachable_endpoint_fails_fast() -> None:
    remote = open_store("sparql+http://127.0.0.1:9/query")
    started = time.monotonic()
    with pytest.raises(StoreError, match=r"^http://127\.0\.0\.1:9/query: cannot reach") as caught:
        remote.query("ASK {}")
    assert time.monotonic() - started < 10 and "\n" not in str(caught.value)
    with pytest.raises(StoreError, match=r"^http://127\.0\.0\.1:9/update"):
        remote.replace_graph(G1, sample())
    remote.close()


def test_bind_values_finds_the_where_group() -> None:
    bound = bind_values('CONSTRUCT { ?s ?p "{" } # { comment\nWHERE { ?s ?p ?o }', {"o": Literal("}")})
    assert bound.endswith('WHERE { VALUES (?o) { ("}") }\n ?s ?p ?o }')
    assert "VALUES (?x)" in bind_values("SELECT * { ?s <http://e/#p> ?x }", {"x": URIRef(EX)})
    no_where = bind_values("CONSTRUCT { ?s ?p ?x } { ?s ?p ?x }", {"x": URIRef(EX)})
    assert no_where.startswith("CONSTRUCT { ?s ?p ?x } { VALUES (?x)")
    for query, bindings in [("SELECT * { ?s ?p ?o }", {"o }": Literal("x")}),
                            ("SELECT * { ?s ?p ?o }", {"o": BNode()}),
                            ("CONSTRUCT WHERE { ?s ?p ?o }", {"o": Literal("x")}),
                            ("DESCRIBE <http://e/x>", {"o": Literal("x")})]:
        with pytest.raises(StoreError):
            bind_values(query, bindings)



def test_bind_values_reaches_sub_selects() -> None:
    query = ("SELECT ?x ?n WHERE { { SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ?p ?o FILTER(?o = ?v) }"
             " GROUP BY ?x } FILTER EXISTS { ?x ?p ?v } }")
    bound = bind_values(query, {"v": Literal(1)})
    assert bound.count("VALUES (?v)") == 2  # the query's group and the sub-SELECT's, not the EXISTS
    store = open_store("memory")
    store.update('INSERT DATA { <http://e/a> <http://e/p> 1, 2 . <http://e/b> <http://e/p> 2 }')
    assert store.query(query, {"v": Literal(1)}).rows == [(URIRef("http://e/a"), Literal(1))]

# --- N-Triples in, the embedded store's bulk path, remote specifics ---------------------------------


def test_ntriples_bytes_replace_like_a_graph(store: Store) -> None:
    store.replace_graphs({G1: ntriples(sample(3, "a")), G2: sample(3, "b")})
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert set(store.construct(construct, {"g": G1})) == set(sample(3, "a"))
    store.replace_graphs({G1: ntriples(sample(2, "a"))})  # replacing: the old content goes
    assert set(store.construct(construct, {"g": G1})) == set(sample(2, "a"))
    assert store.count() == len(sample(2, "a")) + len(sample(3, "b"))
    with pytest.raises(StoreError):
        store.replace_graphs({G2: b"<http://example.org/x> <http://example.org/p> .\n"})
    assert store.count(G2) == len(sample(3, "b"))


@pytest.mark.filterwarnings(*RDFLIB_DEPRECATIONS)
def test_dump_keeps_blank_nodes_linked(store: Store) -> None:
    graph = Graph()
    node = BNode()
    graph.add((URIRef(EX + "s"), P, node))
    graph.add((node, LABEL, Literal("inner")))
    store.replace_graph(G1, graph)
    dataset = Dataset()
    dataset.parse(data=store.dump("nq"), format="nquads")
    rows = list(dataset.query(f"SELECT ?l WHERE {{ GRAPH ?g {{ <{EX}s> <{P}> ?b . ?b <{LABEL}> ?l }} }}"))
    assert [str(row[0]) for row in rows] == ["inner"]


@pytest.mark.parametrize("spec", ["memory", "oxigraph"])
def test_embedded_replace_is_one_write_new_or_not(spec: str, tmp_path: Path) -> None:
    """New graphs go in by one load of N-Quads; a batch touching a stored graph by one Update.
    Either way a batch whose input fails leaves everything as it was."""
    store = open_store("memory" if spec == "memory" else f"oxigraph:{tmp_path / 'kg-data'}")
    store.replace_graphs({G1: ntriples(sample(3, "a")), G2: ntriples(sample(3, "b"))})  # both new: the load
    assert store.count() == 2 * len(sample(3, "a"))
    g3 = URIRef(EX + "graph/3")
    store.replace_graphs({g3: sample(4, "c"), G1: sample(5, "a")})  # G1 is stored: the Update
    assert (store.count(G1), store.count(g3)) == (len(sample(5, "a")), len(sample(4, "c")))
    with pytest.raises(StoreError):
        store.replace_graphs({URIRef(EX + "graph/4"): sample(), G2: b'<http://e/x> <http://e/p> "open .\n'})
    assert store.graphs() == [G1, G2, g3]
    store.close()
    if spec == "oxigraph":
        again = open_store(f"oxigraph:{tmp_path / 'kg-data'}", read_only=True)
        assert again.count() == len(sample(5, "a")) + len(sample(3, "b")) + len(sample(4, "c"))
        again.close()


def test_query_form() -> None:
    assert query_form("PREFIX ex: <http://e/#select> # ASK\nSELECT * { ?s ?p ?o }") == "SELECT"
    assert query_form('CONSTRUCT { ?s ?p "ASK" } WHERE { ?s ?p ?o }') == "CONSTRUCT"
    assert query_form("ask {}") == "ASK"
    assert query_form("DESCRIBE <http://e/x>") == "DESCRIBE"
    assert query_form("INSERT DATA { <a> <b> <c> }") is None


def test_graph_store_url() -> None:
    assert graph_store_url_for("http://h:8890/sparql-auth") == "http://h:8890/sparql-graph-crud-auth"
    assert graph_store_url_for("http://h:8890/sparql") == "http://h:8890/sparql-graph-crud"
    assert graph_store_url_for("http://h:7878/query") == "http://h:7878/query"


def test_credentials_from_spec_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_STORE_USER", raising=False)
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    remote = open_store("sparql+http://dba:s%40cret@h:8890/sparql-auth")
    assert remote.spec == "sparql+http://dba:***@h:8890/sparql-auth"  # never the password
    assert remote.query_url == "http://h:8890/sparql-auth"  # type: ignore[attr-defined]
    assert remote.update_url == "http://h:8890/sparql-auth"  # type: ignore[attr-defined]
    assert remote._client.auth is not None  # type: ignore[attr-defined]
    remote.close()
    assert open_store("sparql+http://h/sparql")._client.auth is None  # type: ignore[attr-defined]
    monkeypatch.setenv("KG_STORE_USER", "dba")
    monkeypatch.setenv("KG_STORE_PASSWORD", "dba")
    from_env = open_store("sparql+http://h/sparql")
    assert from_env.spec == "sparql+http://h/sparql" and from_env._client.auth is not None  # type: ignore[attr-defined]


def _mock(store: Store, handler) -> list[str]:
    """Route ``store``'s requests to ``handler``; the Authorization headers it saw."""
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        return handler(request)

    store._client = httpx.Client(transport=httpx.MockTransport(record), auth=store._client.auth)  # type: ignore[attr-defined]
    return seen


def test_auth_switches_to_basic_when_the_server_asks_for_it() -> None:
    store = open_store("sparql+http://kg:secret@h/ds/query")

    def server(request: httpx.Request) -> httpx.Response:
        if request.headers.get("authorization", "").startswith("Basic "):
            return httpx.Response(200, json={"head": {}, "boolean": True})
        return httpx.Response(401, headers={"WWW-Authenticate": 'Basic realm="fuseki"'})

    seen = _mock(store, server)
    assert store.query("ASK {}").boolean is True
    assert store.query("ASK {}").boolean is True
    assert [header[:6] for header in seen] == ["", "Basic ", "Basic "]


def test_wrong_password_is_one_line(virtuoso_server: str) -> None:
    store = open_store(virtuoso_server.replace("dba:dba@", "dba:wrong@"))
    with pytest.raises(StoreError, match="HTTP 401: the server wants a user and password") as caught:
        store.query("ASK {}")
    assert "wrong" not in str(caught.value)
    store.close()


def test_a_cut_answer_is_an_error_not_a_loss() -> None:
    store = open_store("sparql+http://h/sparql")
    rows = {"head": {"vars": ["s"]}, "results": {"bindings": [
        {"s": {"type": "bnode", "value": "nodeID://b10000"}},
        {"s": {"type": "literal", "value": "nodeID://b10000"}}]}}

    def server(request: httpx.Request) -> httpx.Response:
        headers = {"Server": "Virtuoso/07.20.3229 (Linux)", "Content-Type": "application/sparql-results+json"}
        if b"LIMIT+2" not in request.content:
            headers["X-SPARQL-MaxRows"] = "2"
        return httpx.Response(200, json=rows, headers=headers)

    _mock(store, server)
    with pytest.raises(StoreError, match="cut the answer at 2 rows"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }")
    result = store.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2")  # Virtuoso's blank node names, readable
    assert result.rows == [(BNode("b10000"),), (Literal("nodeID://b10000"),)]
