"""kg.store on every backend: in-memory Oxigraph, Oxigraph on disk and a real Oxigraph server."""

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

from kg.store import Store, StoreError, bind_values, open_store, update_url_for

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


# --- a real Oxigraph server -------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.post(url, data={"query": "ASK {}"}, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                reason = process.stderr.read().decode() if process.stderr else ""
                pytest.fail(f"oxigraph serve did not start: {reason}")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


@pytest.fixture(params=["memory", "oxigraph", "server"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "server":
        url = request.getfixturevalue("oxigraph_server")
        opened = open_store("sparql+" + url)
        opened.update("DROP ALL")  # the server lives for the session; every test starts empty
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
    optional = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?label } FILTER(!BOUND(?q) || CONTAINS(STR(?label), ?q)) }"
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
