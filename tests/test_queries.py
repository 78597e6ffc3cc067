"""The saved questions of queries/ (kg.saved and kg query --saved) on the five seed articles.

The seeds are built once for the module into an on-disk store. Rows the extractors are
still being tuned on are not pinned whole: the tests pin the stable ones exactly (resolution
2270's ten commodities in article 000, the United States opposing the double freeze in 002,
Russia opposing destabilisation in 001), the columns of every question, and rows that must
agree with other questions or with plain SPARQL over the same store.
"""

from __future__ import annotations

import csv
import io
import re
import shlex
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from kg import pipeline, saved
from kg.cli import app
from kg.namespaces import KGR, sparql_prefixes
from kg.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ADVERSARIAL = '"} ; DROP ALL ; #'
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
FILE_000, FILE_001 = "000_4e526a4453f70164.txt", "001_a6b3be43216c84f3.txt"
FILE_002 = "002_b77c3366e1286d66.txt"
R2270 = "UNSC Resolution 2270"
COMMODITIES_2270 = [
    "arms and related materiel", "aviation fuel", "coal", "gold", "iron ore", "luxury goods",
    "rare earth minerals", "rocket fuel", "titanium ore", "vanadium ore",
]
COLUMNS = {
    "alignment": ["actor1", "actor2", "relation", "topic", "stance1", "stance2"],
    "article": ["start", "end", "kind", "subject", "predicate", "object", "stance", "date", "confidence",
                "evidence"],
    "bans": ["resolution", "predicate", "commodity", "articles", "example"],
    "bans-over-time": ["regime", "year", "adopted", "resolution", "banned", "articles", "firstReported"],
    "positions": ["date", "stance", "topic", "source", "file", "evidence"],
    "resolution": ["resolution", "predicate", "object", "kind", "articles", "example"],
    "who-opposes": ["actor", "stance", "topic", "date", "source", "file", "evidence"],
}
# A value for each required parameter, so that every question can run.
REQUIRED = {"article": {"article": FILE_000}, "positions": {"actor": "Russia"},
            "resolution": {"number": 2270}}

runner = CliRunner()


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seeds built into an on-disk store (reference data and the five articles)."""
    spec = f"oxigraph:{tmp_path_factory.mktemp('queries') / 'store'}"
    store = open_store(spec)
    try:
        pipeline.load_reference(store)
        report = pipeline.ingest(store, [SEEDS])
        assert (report.stored, report.skipped) == (5, [])
    finally:
        store.close()
    return spec


@pytest.fixture(scope="module")
def store(spec: str) -> Iterator[Store]:
    opened = open_store(spec, read_only=True)
    yield opened
    opened.close()


def rows(store: Store, name: str, **params: object) -> list[tuple]:
    """A saved question's rows as Python values (None for unbound)."""
    return [tuple(None if t is None else t.toPython() if isinstance(t, Literal) else str(t) for t in row)
            for row in saved.run(store, name, **params).rows]


def kg(*args: object):
    result = runner.invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


# --- the files and their headers ------------------------------------------------------------


def test_every_question_is_listed_with_its_header():
    questions = {q.name: q for q in saved.list_saved()}
    assert set(questions) >= set(COLUMNS)  # others may add questions of their own
    for name, question in questions.items():
        assert question.description and question.summary, name
        assert question.example.startswith(f"kg query --saved {name}"), name
        assert "GRAPH" in question.text, f"{name}: the default graph is empty"
        body = "\n".join(line for line in question.text.splitlines() if not line.startswith("#"))
        for param in question.params:
            assert f"?{param.name}" in body, (name, param)


def test_headers_declare_the_parameters():
    declared = {q.name: [(p.name, p.type, p.optional) for p in q.params]
                for q in saved.list_saved() if q.name in COLUMNS}
    assert declared == {
        "alignment": [("actor", "node", True), ("relation", "string", True)],
        "article": [("article", "node", False)],
        "bans": [("commodityLabel", "string", True)],
        "bans-over-time": [("regimeLabel", "string", True)],
        "positions": [("actor", "node", False)],
        "resolution": [("number", "integer", False)],
        "who-opposes": [("topicLabel", "string", True), ("stance", "string", True)],
    }


def test_the_source_tree_folder_is_read_and_load_accepts_the_file_name():
    assert Path(str(saved.queries_dir())) == ROOT / "queries"
    assert saved.load("bans.rq") == saved.load("bans")


def test_parse_reads_a_header_and_refuses_a_bad_parameter_line():
    question = saved.parse("q", "# What it does,\n# on two lines.\n# Parameters:\n#   ?x  date  a day\n"
                                "#   ?y iri, optional\n# Example: kg query --saved q --param x=2016-03-02\n"
                                "SELECT * WHERE { GRAPH ?g { ?s ?p ?x } }\n")
    assert question.description == "What it does, on two lines."
    assert question.params == (saved.Param("x", "date", False, "a day"), saved.Param("y", "iri", True, ""))
    assert question.example == "kg query --saved q --param x=2016-03-02"
    with pytest.raises(saved.SavedQueryError, match="cannot read parameter line"):
        saved.parse("q", "# Parameters:\n#   ?x float\nSELECT * WHERE {}")


@pytest.mark.parametrize(("kind", "value", "expected"), [
    ("string", "coal", Literal("coal")),
    ("integer", " 2270", Literal(2270)),
    ("date", "2016-03-02", Literal("2016-03-02", datatype=XSD_DATE)),
    ("iri", "kgr:state/russia", KGR["state/russia"]),
    ("iri", "<https://example.org/x>", URIRef("https://example.org/x")),
    ("node", "Russia", Literal("Russia")),
    ("node", "https://w3id.org/kg-sanctions/id/state/russia", KGR["state/russia"]),
    ("node", URIRef("urn:x"), URIRef("urn:x")),
])
def test_parameter_types(kind: str, value: object, expected: object):
    assert saved.term(saved.Param("p", kind, False), value) == expected


@pytest.mark.parametrize(("name", "values", "message"), [
    ("nope", {}, "no saved question 'nope'"),
    ("../pyproject", {}, "not a saved question name"),
    ("resolution", {}, "missing required parameter(s): number"),
    ("resolution", {"number": "2270a"}, "expected an integer"),
    ("bans", {"commodity": "coal"}, "no parameter 'commodity'"),
])
def test_errors_say_what_is_wrong(store: Store, name: str, values: dict, message: str):
    with pytest.raises(saved.SavedQueryError, match=re.escape(message)):
        saved.run(store, name, **values)


def test_iri_and_date_parameters_refuse_other_text():
    with pytest.raises(saved.SavedQueryError, match="expected an IRI"):
        saved.term(saved.Param("p", "iri", False), "Russia")
    with pytest.raises(saved.SavedQueryError, match="expected a date"):
        saved.term(saved.Param("p", "date", False), "March 2")


# --- answers on the seeds -----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_columns(store: Store, name: str):
    result = saved.run(store, name, **REQUIRED.get(name, {}))
    assert result.variables == COLUMNS[name]
    assert result.rows, name


def test_bans_of_2270(store: Store):
    found = [row[:4] for row in rows(store, "bans") if row[0] == R2270]
    assert found == [(R2270, "bans", commodity, 1) for commodity in COMMODITIES_2270]


def test_bans_of_a_commodity(store: Store):
    assert [row[:4] for row in rows(store, "bans", commodityLabel="FUEL")] == [
        (R2270, "bans", "aviation fuel", 1),
        (R2270, "bans", "rocket fuel", 1),
    ]
    assert all("rocket and jet fuel" in row[4] for row in rows(store, "bans", commodityLabel="fuel"))


def test_everything_2270_bans(store: Store):
    found = rows(store, "resolution", number=2270)
    assert [row[:5] for row in found] == [(R2270, "bans", c, "commodity", 1) for c in COMMODITIES_2270]
    assert rows(store, "resolution", number="2270") == found
    assert rows(store, "resolution", number=9999) == []


def test_who_opposes_the_double_freeze(store: Store):
    found = rows(store, "who-opposes", topicLabel="double freeze")
    assert ("United States", "opposes", "double freeze", None, "", FILE_002) in [row[:6] for row in found]
    assert all(row[1] == "opposes" and row[2] == "double freeze" for row in found)


def test_who_opposes_by_stance(store: Store):
    everything = rows(store, "who-opposes")
    supports = rows(store, "who-opposes", stance="supports")
    assert supports == [row for row in everything if row[1] == "supports"]
    assert {row[1] for row in everything} == {"supports", "opposes"}
    assert ("Russia", "opposes", "destabilisation", None, "", FILE_001) in [row[:6] for row in everything]


def test_who_opposes_dates_come_from_the_article(store: Store):
    dated = {row[5]: row[3] for row in rows(store, "who-opposes")}
    assert dated[FILE_000] == date(2016, 3, 11)


def test_positions_of_an_actor_by_label_or_iri(store: Store):
    by_label = rows(store, "positions", actor="russia")
    assert by_label == rows(store, "positions", actor="kgr:state/russia")
    assert by_label == rows(store, "positions", actor="Moscow")  # an altLabel
    assert ("opposes", "destabilisation", "", FILE_001) in [row[1:5] for row in by_label]
    dates = [row[0] for row in by_label]
    assert dates == sorted(d for d in dates if d) + [None] * dates.count(None)


def test_positions_of_the_united_states(store: Store):
    found = [row[1:5] for row in rows(store, "positions", actor="United States")]
    assert ("opposes", "double freeze", "", FILE_002) in found
    assert rows(store, "positions", actor="Nobody At All") == []


def test_positions_agree_with_who_opposes(store: Store):
    every = {(row[2], row[1], row[5], row[6]) for row in rows(store, "who-opposes") if row[0] == "Russia"}
    russia = {(row[2], row[1], row[4], row[5]) for row in rows(store, "positions", actor="Russia")}
    assert russia == every


def test_alignment_pairs_are_those_of_the_stances(store: Store):
    """Every pair is two actors' stances on one topic, as who-opposes lists them."""
    stances = {(row[0], row[2], row[1]) for row in rows(store, "who-opposes")}
    represents = {(str(a), str(b)) for a, b in store.query(sparql_prefixes() + """
        SELECT ?aLabel ?bLabel WHERE { GRAPH ?g { ?a kg:represents ?b }
          GRAPH <https://w3id.org/kg-sanctions/id/graph/reference> { ?a skos:prefLabel ?aLabel .
                                                                     ?b skos:prefLabel ?bLabel } }""").rows}
    expected = {
        (a, b, "agree" if sa == sb else "disagree", topic, sa, sb)
        for a, topic, sa in stances for b, topic_b, sb in stances
        if topic == topic_b and a < b and (a, b) not in represents and (b, a) not in represents
    }
    found = rows(store, "alignment")
    assert set(found) == expected and len(found) == len(expected)
    assert ("Russia", "Sergey Lavrov") not in {row[:2] for row in found}


def test_alignment_of_one_actor(store: Store):
    everything = rows(store, "alignment")
    mine = rows(store, "alignment", actor="Russia")
    assert {row[0] for row in mine} == {"Russia"}
    assert {frozenset(row[:2]) for row in mine} == {frozenset(r[:2]) for r in everything if "Russia" in r[:2]}
    agree = rows(store, "alignment", actor="Russia", relation="agree")
    assert agree == [row for row in mine if row[2] == "agree"]
    assert all((row[4] == row[5]) == (row[2] == "agree") for row in mine)


def test_bans_over_time(store: Store):
    found = rows(store, "bans-over-time")
    assert ("DPRK sanctions regime", 2016, date(2016, 3, 2), R2270, 10, 1, date(2016, 3, 11)) in found
    adopted = [row[2] for row in found if row[0] == "DPRK sanctions regime"]
    assert adopted == sorted(adopted)
    dprk = [row for row in found if row[0] == "DPRK sanctions regime"]
    assert rows(store, "bans-over-time", regimeLabel="dprk") == dprk
    assert rows(store, "bans-over-time", regimeLabel="no such regime") == []


def test_every_statement_of_one_article(store: Store):
    found = rows(store, "article", article=FILE_000)
    assert rows(store, "article", article="000-4e526a4453f70164") == found
    assert rows(store, "article", article=str(KGR["article/000-4e526a4453f70164"])) == found
    bans = [row[3:6] for row in found if row[2] == "BanStatement" and row[3] == R2270]
    assert sorted(bans) == [(R2270, "bans", c) for c in COMMODITIES_2270]
    assert [row[0] for row in found] == sorted(row[0] for row in found)
    assert all(row[0] < row[1] and row[9] and isinstance(row[8], float | Decimal) for row in found)
    statements = store.query(sparql_prefixes() + """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g {
        ?s rdf:subject ?x ; prov:wasDerivedFrom kgr:article\\/000-4e526a4453f70164 } }""").rows[0][0]
    assert len(found) == int(statements)


def test_press_vs_official_gives_the_rows_of_its_plain_form(store: Store):
    """One row per ban or cap statement of the seeds, as the plain form of the question gives them
    (tests/data/press-vs-official-plain.rq: quadratic on the embedded store), the measures of
    ?official compared as a set (the plain form lists them in the engine's order)."""
    plain = saved.parse("plain", (ROOT / "tests/data/press-vs-official-plain.rq").read_text(encoding="utf-8"))

    def text(name: str | saved.SavedQuery) -> list[tuple[str | None, ...]]:
        result = saved.run(store, name)
        official = result.variables.index("official")

        def cell(i: int, term: object) -> str | None:
            if term is None:
                return None
            return " | ".join(sorted(str(term).split(" | "))) if i == official else str(term)

        return [tuple(cell(i, t) for i, t in enumerate(row)) for row in result.rows]

    ours = text("press-vs-official")
    assert ours and ours == text(plain)
    assert {row[3] for row in ours} >= {"matches", "other resolution"}


# --- parameters are values, never text ------------------------------------------------------


def test_an_adversarial_value_finds_nothing_and_changes_nothing(spec: str):
    store = open_store(spec)
    try:
        before = store.count()
        for question in saved.list_saved():
            for param in question.params:
                values = {**REQUIRED.get(question.name, {}), param.name: ADVERSARIAL}
                if param.type == "integer":
                    with pytest.raises(saved.SavedQueryError):
                        saved.run(store, question, **values)
                else:
                    assert saved.run(store, question, **values).rows == [], (question.name, param.name)
        assert store.count() == before
    finally:
        store.close()


def test_cli_adversarial_value(spec: str):
    before = open_store(spec, read_only=True)
    count = before.count()
    before.close()
    result = kg("query", "--saved", "who-opposes", "--param", f"topicLabel={ADVERSARIAL}",
                "--store", spec, "--format", "csv")
    assert (result.exit_code, csv_rows(result.stdout)) == (0, [COLUMNS["who-opposes"]]), result.stderr
    after = open_store(spec, read_only=True)
    assert after.count() == count
    after.close()


# --- the command line ----------------------------------------------------------------------


def test_cli_saved_question_with_a_parameter(spec: str):
    result = kg("query", "--saved", "bans", "--param", "commodityLabel=fuel", "--store", spec, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert [row[:4] for row in csv_rows(result.stdout)] == [
        COLUMNS["bans"][:4], [R2270, "bans", "aviation fuel", "1"], [R2270, "bans", "rocket fuel", "1"]]


def test_cli_typed_parameter(spec: str):
    result = kg("query", "--saved", "resolution", "-p", "number=2270", "--store", spec, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert [row[2] for row in csv_rows(result.stdout)[1:]] == COMMODITIES_2270


@pytest.mark.parametrize(("args", "message"), [
    (["--saved", "resolution"], "error: resolution: missing required parameter(s): number"),
    (["--saved", "nope"], "error: no saved question 'nope'"),
    (["--saved", "bans", "-p", "x=1"], "error: bans: no parameter 'x' (parameters: commodityLabel)"),
    (["--saved", "bans", "SELECT * WHERE {}"], "error: give a query (or a .rq file) or --saved NAME"),
    ([], "error: give a query (or a .rq file) or --saved NAME"),
    (["--saved", "bans", "--update"], "error: a saved question only reads"),
])
def test_cli_usage_errors_are_one_line(spec: str, args: list[str], message: str):
    result = kg("query", *args, "--store", spec)
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = [x for x in result.stderr.splitlines() if x.strip()]
    assert line.startswith(message)


def test_cli_saved_lists_and_shows():
    listing = kg("saved")
    assert listing.exit_code == 0
    assert all(name in listing.stdout for name in COLUMNS)
    shown = kg("saved", "bans")
    assert shown.exit_code == 0
    text = (ROOT / "queries" / "bans.rq").read_text(encoding="utf-8")
    assert shown.stdout.rstrip("\n") == text.rstrip("\n")
    assert kg("saved", "nope").exit_code == 2


def test_the_examples_run(spec: str):
    """The example of every header and every `kg query --saved` of the README run; ours answer rows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = [q.example for q in saved.list_saved()]
    examples += re.findall(r"`(kg query --saved [^`]+)`", readme)
    assert len(examples) > len(COLUMNS)
    for example in examples:
        args = shlex.split(example)[1:]
        result = kg(*args, "--store", spec, "--format", "csv")
        assert result.exit_code == 0, (example, result.stderr)
        if args[2] in COLUMNS and "disagree" not in example:  # the seeds hold no disagreement
            assert len(csv_rows(result.stdout)) > 1, example
