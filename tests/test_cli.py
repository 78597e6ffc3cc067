"""The commands over the store, as a user runs them: query, export, stats, validate, viz, --help.

The five seed articles are built once for the module into an on-disk store under tmp_path;
tests that change a store work on a copy of it. Commands run in-process through typer's
CliRunner, except where a second process is the point (a second writer).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.namespaces import KG
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ID = "https://w3id.org/kg-sanctions/id/"
ARTICLE_000 = "000_4e526a4453f70164.txt"
ADVERSARIAL = '"} ; DROP ALL ; #'
COMMANDS = ["build", "ingest", "remove", "extract", "eval", "query", "export", "stats", "validate", "viz"]
# rdflib's own TriG, N-Quads and JSON-LD parsers go through APIs it has deprecated itself.
RDFLIB_DEPRECATIONS = [
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning",
    "ignore:Dataset.default_context is deprecated:DeprecationWarning",
]

runner = CliRunner()


def kg(*args: object) -> Result:
    """Run ``kg ARGS`` in this process; an exception that is not an exit fails the test as itself."""
    result = runner.invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def stderr_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def count(spec: str) -> int:
    store = open_store(spec, read_only=True)
    try:
        return store.count()
    finally:
        store.close()


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def stats_of(stdout: str) -> dict[str, int]:
    """The rows of the `kg stats` / `kg build` table: name -> count."""
    rows = {}
    for line in stdout.splitlines():
        match = re.match(r"^\W*([a-z][a-z ]+?)\s*\W\s*(\d+)\s*\W*$", line)
        if match:
            rows[match[1]] = int(match[2])
    return rows


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeds built into an on-disk store; yields its spec."""
    where = tmp_path_factory.mktemp("cli")
    spec = f"oxigraph:{where / 'store'}"
    result = kg("build", SEEDS, "--store", spec, "--out", where / "build")
    assert result.exit_code == 0, result.stderr
    yield spec


@pytest.fixture
def copy_of(built: str, tmp_path: Path) -> str:
    """A copy of the built store that a test may change."""
    target = tmp_path / "store"
    shutil.copytree(built.removeprefix("oxigraph:"), target)
    return f"oxigraph:{target}"


# --- kg query -------------------------------------------------------------------------------


BANS_OF_2270_IN = """
SELECT ?commodity ?label WHERE {
  GRAPH ?g {
    ?s a kg:BanStatement ; rdf:subject ?resolution ; rdf:predicate kg:bans ; rdf:object ?commodity ;
       prov:wasDerivedFrom ?article .
    ?article kg:fileName ?file .
  }
  GRAPH <https://w3id.org/kg-sanctions/id/graph/reference> { ?commodity skos:prefLabel ?label }
  FILTER(LANGMATCHES(LANG(?label), "en"))
}
ORDER BY ?label
"""
# What article 000 says resolution 2270 bans, with the commodities' labels in ontology/commodities.ttl.
EXPECTED_2270_BANS = [
    ("arms-and-related-materiel", "arms and related materiel"),
    ("aviation-fuel", "aviation fuel"),
    ("coal", "coal"),
    ("gold", "gold"),
    ("iron-ore", "iron ore"),
    ("luxury-goods", "luxury goods"),
    ("rare-earth-minerals", "rare earth minerals"),
    ("rocket-fuel", "rocket fuel"),
    ("titanium-ore", "titanium ore"),
    ("vanadium-ore", "vanadium ore"),
]


def test_query_select_csv_gives_exact_rows_with_bound_params(built: str):
    result = kg(
        "query",
        BANS_OF_2270_IN,
        "--store",
        built,
        "--format",
        "csv",
        "--param",
        f"file={ARTICLE_000}",
        "--param",
        f"resolution=<{ID}resolution/2270>",
    )
    assert result.exit_code == 0, result.stderr
    assert csv_rows(result.stdout) == [["commodity", "label"]] + [
        [f"{ID}commodity/{slug}", label] for slug, label in EXPECTED_2270_BANS
    ]


def test_query_tsv_and_json_formats(built: str):
    query = "SELECT ?file WHERE { GRAPH ?g { ?a a kg:Article ; kg:fileName ?file } } ORDER BY ?file"
    files = sorted(p.name for p in SEEDS.glob("*.txt"))
    tsv = kg("query", query, "--store", built, "--format", "tsv")
    assert tsv.exit_code == 0, tsv.stderr
    assert tsv.stdout.splitlines() == ["file", *files]
    as_json = kg("query", query, "--store", built, "--format", "json")
    assert json.loads(as_json.stdout) == [{"file": f} for f in files]


def test_query_ask_prints_true_or_false(built: str):
    yes = kg("query", "ASK { GRAPH ?g { ?a a kg:Article } }", "--store", built)
    no = kg("query", "ASK { GRAPH ?g { ?a a kg:NoSuchClass } }", "--store", built)
    assert (yes.exit_code, yes.stdout) == (0, "true\n")
    assert (no.exit_code, no.stdout) == (0, "false\n")


def test_query_construct_prints_turtle_that_parses(built: str):
    query = (
        "CONSTRUCT { ?a a kg:Article ; kg:fileName ?f } "
        "WHERE { GRAPH ?g { ?a a kg:Article ; kg:fileName ?f } }"
    )
    result = kg("query", query, "--store", built)
    assert result.exit_code == 0, result.stderr
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert len(set(graph.subjects(RDF.type, KG.Article))) == 5
    assert len(graph) == 10


def test_query_param_is_a_value_never_text(built: str):
    before = count(built)
    query = "SELECT ?a WHERE { GRAPH ?g { ?a kg:fileName ?name } }"
    hostile = kg("query", query, "--store", built, "--format", "csv", "--param", f"name={ADVERSARIAL}")
    assert (hostile.exit_code, hostile.stdout) == (0, "a\n"), hostile.stderr
    assert count(built) == before
    found = kg("query", query, "--store", built, "--format", "csv", "--param", f"name={ARTICLE_000}")
    assert csv_rows(found.stdout) == [["a"], [f"{ID}article/000-4e526a4453f70164"]]


def test_saved_query_file_with_param(built: str):
    result = kg(
        "query",
        ROOT / "queries" / "bans.rq",
        "--param",
        "commodityLabel=fuel",
        "--store",
        built,
        "--format",
        "csv",
    )
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert rows[0] == ["resolution", "predicate", "commodity", "articles", "example"]
    assert [row[:4] for row in rows[1:]] == [
        ["UNSC Resolution 2270", "bans", "aviation fuel", "1"],
        ["UNSC Resolution 2270", "bans", "rocket fuel", "1"],
    ]
    assert all("rocket and jet fuel" in row[4] for row in rows[1:])


def test_malformed_sparql_is_one_line_and_exit_2(built: str):
    result = kg("query", "SELECT ?s WHERE { ?s kg:fileName ", "--store", built)
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = stderr_lines(result)
    # The line and column are those of the text the user wrote, not of it with kg's prefixes.
    assert line.startswith("error: SPARQL syntax error: error at 1:")


def test_unknown_param_syntax_is_a_usage_error(built: str):
    result = kg("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--store", built, "--param", "novalue")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["error: --param 'novalue': expected name=value"]


def test_update_needs_update_flag(copy_of: str):
    before = count(copy_of)
    insert = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> 'o' } }"
    refused = kg("query", insert, "--store", copy_of)
    assert refused.exit_code == 2
    [line] = stderr_lines(refused)
    assert "--update" in line
    assert count(copy_of) == before
    done = kg("query", insert, "--store", copy_of, "--update")
    assert done.exit_code == 0, done.stderr
    assert count(copy_of) == before + 1
    asked = kg("query", "ASK { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> 'o' } }", "--store", copy_of)
    assert asked.stdout == "true\n"


def test_query_of_a_missing_store_is_one_line(tmp_path: Path):
    result = kg("query", "ASK {}", "--store", f"oxigraph:{tmp_path / 'nothing'}")
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"error: no store at {tmp_path / 'nothing'} to open read-only"]


# --- one writer at a time -------------------------------------------------------------------

HOLD = (
    "import sys, pyoxigraph; store = pyoxigraph.Store(sys.argv[1]); print('held', flush=True); "
    "sys.stdin.read()"
)


def test_second_writer_gets_one_line_and_exit_2(copy_of: str):
    path = copy_of.removeprefix("oxigraph:")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, path], text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout.readline() == "held\n"
        kg_script = Path(sys.executable).with_name("kg")
        writer = subprocess.run(
            [str(kg_script), "ingest", str(SEEDS / ARTICLE_000), "--store", copy_of],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert writer.returncode == 2
        assert writer.stdout == ""
        assert writer.stderr.splitlines() == [
            f"error: store {path} is in use by another kg process (lock held); "
            "wait for it or open it read-only"
        ]
        # Readers still get in while the writer holds the store.
        reader = kg("stats", "--store", copy_of)
        assert reader.exit_code == 0, reader.stderr
        assert stats_of(reader.stdout)["articles"] == 5
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


# --- kg export, kg stats --------------------------------------------------------------------


@pytest.mark.filterwarnings(*RDFLIB_DEPRECATIONS)
@pytest.mark.parametrize("fmt, rdflib_format", [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_export_keeps_graphs_and_parses_back(built: str, tmp_path: Path, fmt: str, rdflib_format: str):
    target = tmp_path / f"dump.{fmt}"
    result = kg("export", "--format", fmt, "--out", target, "--store", built)
    assert result.exit_code == 0, result.stderr
    dataset = Dataset()
    dataset.parse(target, format=rdflib_format)
    quads = sum(1 for _ in dataset.quads((None, None, None, None)))
    assert quads == count(built)
    graphs = {g.identifier for g in dataset.graphs()} - {DATASET_DEFAULT_GRAPH_ID}
    assert len([g for g in graphs if str(g).startswith(f"{ID}graph/article/")]) == 5
    assert {URIRef(f"{ID}graph/reference"), URIRef(f"{ID}graph/ontology")} <= graphs


def test_export_turtle_merges_the_graphs(built: str, tmp_path: Path):
    target = tmp_path / "dump.ttl"
    assert kg("export", "--format", "ttl", "--out", target, "--store", built).exit_code == 0
    graph = Graph().parse(target, format="turtle")
    assert len(set(graph.subjects(RDF.type, KG.Article))) == 5
    assert 0 < len(graph) <= count(built)


def test_export_nquads_to_stdout_matches_stats(built: str):
    dump = kg("export", "--format", "nq", "--store", built)
    assert dump.exit_code == 0, dump.stderr
    stats = kg("stats", "--store", built)
    assert stats.exit_code == 0, stats.stderr
    quads = [line for line in dump.stdout.splitlines() if line.strip()]
    assert len(quads) == len(set(quads)) == stats_of(stats.stdout)["quads"] == count(built)
    assert all(line.endswith(" .") for line in quads)


def test_stats_counts_the_seeds(built: str):
    result = kg("stats", "--store", built)
    assert result.exit_code == 0, result.stderr
    stats = stats_of(result.stdout)
    assert list(stats) == [
        "articles",
        "position statements",
        "ban and cap statements",
        "resolution references",
        "events",
        "actors with positions",
        "resolutions referenced",
        "commodities banned or capped",
        "quads",
    ]
    assert stats["articles"] == 5
    assert stats["ban and cap statements"] >= len(EXPECTED_2270_BANS)
    assert stats["commodities banned or capped"] >= len(EXPECTED_2270_BANS)
    assert stats["position statements"] > 0 and stats["actors with positions"] > 0


def test_export_rejects_an_unknown_format(built: str):
    result = kg("export", "--format", "xml", "--store", built)
    assert result.exit_code == 2
    assert "xml" in result.stderr


# --- kg validate ----------------------------------------------------------------------------

NO_EVIDENCE = f"{ID}statement/test-without-evidence"
COPY_WITHOUT_EVIDENCE = f"""
INSERT {{ GRAPH ?g {{ <{NO_EVIDENCE}> ?p ?o }} }}
WHERE {{
  {{ SELECT ?s ?g WHERE {{ GRAPH ?g {{ ?s a kg:BanStatement }} }} ORDER BY ?s LIMIT 1 }}
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER(?p != kg:evidence)
}}
"""


def test_validate_seeds_then_a_statement_without_evidence(copy_of: str):
    clean = kg("validate", "--store", copy_of)
    assert clean.exit_code == 0, clean.stdout
    assert clean.stdout == ""
    assert stderr_lines(clean) == ["0 violation(s)"]

    assert kg("query", COPY_WITHOUT_EVIDENCE, "--store", copy_of, "--update").exit_code == 0
    broken = kg("validate", "--store", copy_of)
    assert broken.exit_code == 1
    lines = broken.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Violation: {NO_EVIDENCE} {KG.evidence} ")
    assert stderr_lines(broken) == ["1 violation(s)"]


# --- kg viz ---------------------------------------------------------------------------------


def view_data(page: Path) -> dict:
    html = page.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "no JSON data block in the page"
    return json.loads(match[1])


def test_viz_kind_bans_holds_only_ban_edges(built: str, tmp_path: Path):
    target = tmp_path / "x.html"
    result = kg("viz", "--out", target, "--kind", "bans", "--store", built)
    assert result.exit_code == 0, result.stderr
    data = view_data(target)
    edges = data["edges"]
    assert edges
    assert {e["k"] for e in edges} == {"bans"}
    assert {e["p"] for e in edges} <= {"bans", "caps"}
    by_id = {n["id"]: n for n in data["nodes"]}
    r2270 = f"{ID}resolution/2270"
    banned = {by_id[e["t"]]["i"] for e in edges if by_id[e["f"]]["i"] == r2270}
    assert {f"{ID}commodity/{slug}" for slug, _ in EXPECTED_2270_BANS} <= banned
    assert {by_id[e["f"]]["c"] for e in edges} == {"resolution"}


def test_viz_sparql_construct_picks_the_statements(built: str, tmp_path: Path):
    query = tmp_path / "pick.rq"
    query.write_text(
        "CONSTRUCT { ?st a kg:BanStatement } WHERE { GRAPH ?g { ?st a kg:BanStatement ; "
        f"rdf:subject <{ID}resolution/2270> }} }}"
    )
    target = tmp_path / "x.html"
    result = kg("viz", "--out", target, "--sparql", query, "--store", built)
    assert result.exit_code == 0, result.stderr
    data = view_data(target)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert {by_id[e["f"]]["i"] for e in data["edges"]} == {f"{ID}resolution/2270"}
    assert {by_id[e["t"]]["i"] for e in data["edges"]} == {
        f"{ID}commodity/{slug}" for slug, _ in EXPECTED_2270_BANS
    }


def test_viz_rejects_an_unknown_kind(built: str, tmp_path: Path):
    result = kg("viz", "--out", tmp_path / "x.html", "--kind", "gossip", "--store", built)
    assert result.exit_code == 2
    assert len(stderr_lines(result)) == 1
    assert not (tmp_path / "x.html").exists()


# --- --help ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str):
    result = kg(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"kg {command}" in " ".join(result.stdout.split())


def test_no_command_shows_the_commands():
    result = kg()
    assert all(command in result.stdout for command in COMMANDS)


# --- one line, never a traceback (issue 17) --------------------------------------------------


def test_flags_show_no_type_in_help():
    result = kg("build", "--help")
    assert "<bool>" not in result.stdout and "--force" in result.stdout


def test_outputs_that_cannot_be_written_are_one_line(built: str, tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for args in (["viz", "--out", blocker / "v.html"], ["export", "--out", tmp_path / "missing" / "g.trig"]):
        result = kg(*args, "--store", built)
        assert result.exit_code == 2, result.stderr
        [line] = stderr_lines(result)
        assert line.startswith("error: ") and "cannot be written" in line, line


def test_view_filters_are_checked(built: str, tmp_path: Path):
    for args, says in ((["--since", "2017-13-45"], "--since"), (["--until", "yesterday"], "--until"),
                       (["--depth", "-5"], "--depth")):
        result = kg("viz", *args, "--out", tmp_path / "v.html", "--store", built)
        assert result.exit_code == 2 and says in result.stderr, result.stderr
    assert not (tmp_path / "v.html").exists()
    upper = kg("viz", "--kind", "Bans", "--out", tmp_path / "v.html", "--store", built)
    assert upper.exit_code == 0, upper.stderr


def test_a_repeated_param_and_a_bad_iri_are_one_line(built: str):
    twice = kg("query", "SELECT ?s WHERE { ?s ?p ?label }", "--param", "label=a", "--param", "label=b",
               "--store", built)
    assert twice.exit_code == 2
    assert stderr_lines(twice) == ["error: --param label given twice: give each parameter once"]
    bad = kg("query", "SELECT ?s WHERE { ?s ?p ?label }", "--param", "label=<http://e/> } x>",
             "--store", built)
    assert bad.exit_code == 2 and len(stderr_lines(bad)) == 1


def test_a_bad_store_spec_is_one_line(tmp_path: Path):
    result = kg("stats", "--store", "sparql+http://[::1/query")
    assert result.exit_code == 2
    [line] = stderr_lines(result)
    assert line.startswith("error: ") and "[::1" in line


def test_a_folder_that_is_not_a_store_is_refused(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia opposes THAAD.\n", encoding="utf-8")
    result = kg("ingest", folder / "a.txt", "--store", f"oxigraph:{folder}")
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"error: {folder} is a folder that holds other files, not a kg store: "
                                    "give an empty or new folder, or the folder of a store"]
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


def test_a_query_of_the_default_graph_says_where_the_data_is(built: str):
    result = kg("query", "SELECT * WHERE { ?s ?p ?o }", "--store", built)
    assert result.exit_code == 0
    assert "named graphs" in result.stderr and "GRAPH ?g" in result.stderr


def test_the_store_opened_is_named_with_its_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Russia opposes THAAD.\n", encoding="utf-8")
    result = kg("ingest", "a.txt", "--store", "oxigraph:kg-data")
    assert f"store: oxigraph:{tmp_path / 'kg-data'}" in result.stderr
    missing = kg("stats", "--store", "oxigraph:elsewhere")
    assert stderr_lines(missing) == [f"error: no store at {tmp_path / 'elsewhere'} to open read-only"]


# Every command that prints rows, with what it needs besides --format (kg saved reads no store).
ROW_COMMANDS = {
    "stats": ["stats"],
    "saved": ["saved"],
    "check": ["check"],
    "analyse": ["analyse", "centrality"],
    "query": ["query", "SELECT ?g WHERE { GRAPH ?g { ?a a kg:Article } } ORDER BY ?g"],
    "eval": ["eval"],  # and a gold file with its articles: small_gold
}


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The gold file of the first articles of the tuning half, beside copies of those articles (the
    whole half takes a minute to score in each of five formats)."""
    tuning, folder = ROOT / "tests" / "data" / "tuning", tmp_path_factory.mktemp("gold")
    lines = (tuning / "gold.jsonl").read_text(encoding="utf-8").splitlines()[:4]
    for line in lines:
        shutil.copy(tuning / json.loads(line)["article"], folder)
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [folder / "gold.jsonl", folder]


@pytest.mark.parametrize("command", sorted(ROW_COMMANDS))
def test_every_command_that_prints_rows_takes_the_same_formats(built: str, small_gold: list[Path],
                                                               command: str) -> None:
    needs = {"saved": [], "eval": small_gold}
    args = ROW_COMMANDS[command] + needs.get(command, ["--store", built])
    printed = {}
    for fmt in ("csv", "tsv", "json", "jsonl", "table"):
        result = kg(*args, "--format", fmt)
        assert result.exit_code in (0, 1), result.stderr  # kg check exits 1 when some ban does not match
        printed[fmt] = result.stdout
    header, *rows = csv_rows(printed["csv"])
    assert header and rows
    assert list(csv.reader(io.StringIO(printed["tsv"]), delimiter="\t")) == [header, *rows]
    assert [list(r) for r in json.loads(printed["json"])] == [header] * len(rows)
    lines = [json.loads(line) for line in printed["jsonl"].splitlines()]
    assert lines == json.loads(printed["json"]) and len(lines) == len(rows)
    assert all(name in printed["table"] for name in header[:2])


def test_extract_prints_every_field_in_a_machine_format():
    article = SEEDS / ARTICLE_000
    jsonl = kg("extract", "--format", "jsonl", article)
    assert jsonl.exit_code == 0
    assert jsonl.stdout == kg("extract", "--jsonl", article).stdout  # --jsonl is the same
    lines = [json.loads(line) for line in jsonl.stdout.splitlines()]
    header, *rows = csv_rows(kg("extract", "-f", "csv", article).stdout)
    assert header[:4] == ["article", "kind", "subject", "subject_iri"] and len(rows) == len(lines) > 0
    assert [row[header.index("evidence")] for row in rows] == [line["evidence"] for line in lines]
