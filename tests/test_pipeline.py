"""Articles into the store, as a user runs it: kg build, ingest, extract, eval; bad input; metadata.

The five seed articles are built once for the module into an on-disk store under tmp_path.
Commands run in-process through typer's CliRunner (the spaCy pipeline is loaded once).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from rdflib import Dataset, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from typer.testing import CliRunner

from kg import pipeline, reading
from kg.cli import app
from kg.namespaces import sparql_prefixes
from kg.store import open_store

pytestmark = pytest.mark.usefixtures("frozen_ontology")
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).parents[2] / "shared/gold/seeds.jsonl"
ID = "https://w3id.org/kg-sanctions/id/"
REFERENCE, ONTOLOGY = URIRef(f"{ID}graph/reference"), URIRef(f"{ID}graph/ontology")
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))
FIELDS = ["article", "kind", "subject", "subject_iri", "predicate", "object", "object_iri", "evidence",
          "start", "end", "confidence"]
RDFLIB_DEPRECATIONS = [
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning",
    "ignore:Dataset.default_context is deprecated:DeprecationWarning",
]
DATELINE_ARTICLE = (
    "Lavrov criticises missile shield plans\n\n"
    "MOSCOW, March 11. /TASS/. Russian Foreign Minister Sergey Lavrov said on Friday that Russia "
    "opposes the deployment of the US missile defence system in South Korea.\n"
    "The UN Security Council resolution 2270 bans exports of coal and iron ore from North Korea.\n"
)

runner = CliRunner()


def kg(*args: object) -> Result:
    """Run ``kg ARGS`` in this process; an exception that is not an exit fails the test as itself."""
    result = runner.invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def stderr_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def summary_line(result: Result) -> str:
    return next(line for line in stderr_lines(result) if "article(s) stored" in line)


def table_rows(stdout: str) -> dict[str, list[str]]:
    """The rows of a rich table: first cell -> the other cells."""
    rows = {}
    for line in stdout.splitlines():
        cells = [c.strip() for c in re.split(r"[│┃|]", line) if c.strip()]
        if len(cells) >= 2:
            rows[cells[0]] = cells[1:]
    return rows


def select(spec: str, sparql: str) -> list[tuple[str | None, ...]]:
    from kg.namespaces import sparql_prefixes

    store = open_store(spec, read_only=True)
    try:
        rows = store.query(sparql_prefixes() + sparql).rows
    finally:
        store.close()
    return sorted(tuple(None if t is None else str(t) for t in row) for row in rows)


def count(spec: str) -> int:
    store = open_store(spec, read_only=True)
    try:
        return store.count()
    finally:
        store.close()


def article_files(spec: str) -> list[str]:
    query = "SELECT ?f WHERE { GRAPH ?g { ?a a kg:Article ; kg:fileName ?f } }"
    return [row[0] for row in select(spec, query)]


def nquads(spec: str) -> set[bytes]:
    store = open_store(spec, read_only=True)
    try:
        return set(store.dump("nq").splitlines())
    finally:
        store.close()


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Result]]:
    """The seeds built once: the store's spec, the output folder and the command's result."""
    where = tmp_path_factory.mktemp("pipeline")
    spec, out = f"oxigraph:{where / 'store'}", where / "build"
    yield spec, out, kg("build", SEEDS, "--store", spec, "--out", out)


# --- kg build -------------------------------------------------------------------------------


@pytest.mark.filterwarnings(*RDFLIB_DEPRECATIONS)
def test_build_seeds_writes_the_view_the_dump_and_a_summary(seeds_build):
    spec, out, result = seeds_build
    assert result.exit_code == 0, result.stderr
    assert table_rows(result.stdout)["articles"] == ["5"]
    assert summary_line(result) == "5 article(s) stored, 0 unchanged, 0 skipped"
    assert f"wrote {out / 'graph.html'} and {out / 'graph.trig'}" in " ".join(result.stderr.split())
    assert 'id="kg-data"' in (out / "graph.html").read_text(encoding="utf-8")

    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    graphs = {g.identifier for g in dataset.graphs()} - {DATASET_DEFAULT_GRAPH_ID}
    articles = {str(g) for g in graphs if str(g).startswith(f"{ID}graph/article/")}
    assert articles == {f"{ID}graph/article/{name[:-4].replace('_', '-')}" for name in SEED_FILES}
    assert graphs == {URIRef(g) for g in articles} | {REFERENCE, ONTOLOGY}
    assert sum(1 for _ in dataset.quads((None, None, None, None))) == count(spec)
    assert article_files(spec) == SEED_FILES


def test_building_again_changes_nothing_and_force_gives_the_same_graph(seeds_build, tmp_path: Path):
    spec, _, first = seeds_build
    assert first.exit_code == 0
    before, quads = count(spec), nquads(spec)

    again = kg("build", SEEDS, "--store", spec, "--out", tmp_path / "again")
    assert again.exit_code == 0, again.stderr
    assert summary_line(again) == "0 article(s) stored, 5 unchanged, 0 skipped"
    assert count(spec) == before

    forced = kg("build", SEEDS, "--store", spec, "--out", tmp_path / "forced", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert summary_line(forced) == "5 article(s) stored, 0 unchanged, 0 skipped"
    assert count(spec) == before
    assert nquads(spec) == quads  # the same IRIs and the same triples, not only as many


def test_an_edited_article_replaces_its_graph(tmp_path: Path, spec: str):
    article = tmp_path / "in" / "note.txt"
    article.parent.mkdir()
    article.write_text("The UN Security Council resolution 2270 bans exports of coal from North Korea.\n",
                       encoding="utf-8")
    assert kg("ingest", article.parent, "--store", spec, "--published", "2016-03-11").exit_code == 0
    banned = "SELECT ?c WHERE { GRAPH ?g { ?s a kg:BanStatement ; rdf:object ?c } }"
    assert select(spec, banned) == [(f"{ID}commodity/coal",)]

    article.write_text("The UN Security Council resolution 2270 bans exports of gold from North Korea.\n",
                       encoding="utf-8")
    result = kg("ingest", article.parent, "--store", spec, "--published", "2016-03-11")
    assert summary_line(result) == "1 article(s) stored, 0 unchanged, 0 skipped"
    assert select(spec, banned) == [(f"{ID}commodity/gold",)]
    assert article_files(spec) == ["note.txt"]


def test_a_person_the_vocabularies_lack_is_an_actor_of_the_article(tmp_path: Path, spec: str):
    article = tmp_path / "in" / "fm.txt"
    article.parent.mkdir()
    text = "German Foreign Minister Frank-Walter Steinmeier welcomed resolution 1737 on Saturday.\n"
    article.write_text(text, encoding="utf-8")
    assert kg("ingest", article.parent, "--store", spec, "--published", "2006-12-23").exit_code == 0
    people = """SELECT ?who ?label ?resolution WHERE { GRAPH ?g {
      ?who a kg:Actor ; kg:newActor true ; skos:prefLabel ?label .
      ?s a kg:PositionStatement ; rdf:subject ?who ; rdf:object ?resolution } }"""
    assert select(spec, people) == [(f"{ID}person/frank-walter-steinmeier", "Frank-Walter Steinmeier",
                                     f"{ID}resolution/1737")]
    checked = kg("validate", "--store", spec)
    assert stderr_lines(checked) == ["0 violation(s)"], checked.stdout


def test_ingest_writes_no_files(tmp_path: Path, spec: str, monkeypatch):
    monkeypatch.chdir(tmp_path / "store")
    before = sorted(p.name for p in (tmp_path / "store").iterdir())
    result = kg("ingest", SEEDS / SEED_FILES[0], "--store", spec)
    assert result.exit_code == 0, result.stderr
    assert table_rows(result.stdout)["articles"] == ["1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
    assert not (tmp_path / "store" / "out").exists() and not (tmp_path / "store" / "kg-data").exists()
    assert len(before) > 0


# --- kg extract -----------------------------------------------------------------------------


def test_extract_jsonl_prints_the_eval_contract_with_true_offsets():
    result = kg("extract", "--jsonl", SEEDS)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines
    texts = {name: (SEEDS / name).read_bytes().decode("utf-8-sig") for name in SEED_FILES}
    kinds = set()
    for line in lines:
        record = json.loads(line)
        assert isinstance(record, dict)
        assert [f for f in FIELDS if f not in record] == []
        assert record["article"] in texts
        text = texts[record["article"]]
        assert text[record["start"]:record["end"]] == record["evidence"]
        assert 0 <= record["confidence"] <= 1
        assert record["object_iri"].startswith(ID)
        if record["kind"] == "position":
            assert record["stance"] in {"supports", "opposes"}
            assert record["predicate"] == record["stance"]
            assert record["subject_iri"].startswith(ID)
        else:
            assert "stance" not in record
        kinds.add(record["kind"])
    assert {"position", "bans"} <= kinds
    assert {json.loads(line)["article"] for line in lines} >= {SEED_FILES[0], SEED_FILES[2]}


def test_extract_of_article_000_finds_what_2270_bans():
    result = kg("extract", "--jsonl", SEEDS / SEED_FILES[0])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    banned = {r["object_iri"].removeprefix(f"{ID}commodity/") for r in records
              if r["kind"] == "bans" and r["subject_iri"] == f"{ID}resolution/2270"}
    assert banned == {"coal", "iron-ore", "rare-earth-minerals", "gold", "vanadium-ore", "titanium-ore",
                      "rocket-fuel", "aviation-fuel", "arms-and-related-materiel", "luxury-goods"}


def test_extract_table_without_jsonl():
    result = kg("extract", SEEDS / SEED_FILES[0])
    assert result.exit_code == 0, result.stderr
    assert "luxury goods" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


# --- kg eval --------------------------------------------------------------------------------


@pytest.mark.skipif(not GOLD.is_file(), reason=f"no gold file at {GOLD}")
def test_eval_prints_bans_position_and_overall():
    result = kg("eval", GOLD, SEEDS)
    assert result.exit_code == 0, result.stderr
    rows = table_rows(result.stdout)
    assert rows["kind"] == ["precision", "recall", "F1", "correct/predicted", "found/gold"]
    for kind in ("bans", "position", "overall"):
        precision, recall, f1, correct, found = rows[kind]
        assert all(0.0 <= float(x) <= 1.0 for x in (precision, recall, f1))
        assert re.fullmatch(r"\d+/\d+", correct) and re.fullmatch(r"\d+/\d+", found)
    assert float(rows["bans"][2]) > 0.5  # the ban lists of the seeds are read


def test_eval_with_a_missing_gold_file_is_one_line(tmp_path: Path):
    result = kg("eval", tmp_path / "none.jsonl", SEEDS)
    assert result.exit_code == 2
    [line] = stderr_lines(result)
    assert line.startswith(f"error: {tmp_path / 'none.jsonl'}: cannot read gold")


# --- bad input ------------------------------------------------------------------------------

CYRILLIC_TITLE = "Лавров: Россия против развертывания THAAD"


def test_a_batch_with_bad_files_stores_the_good_ones_and_names_the_bad(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (folder / "c_cp1251.txt").write_bytes(
        (f"{CYRILLIC_TITLE}\n\nМОСКВА, 11 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров "
         "заявил, что Россия выступает против развертывания системы THAAD в Южной Корее.\n").encode("cp1251"))
    (folder / "d_good.txt").write_text(DATELINE_ARTICLE, encoding="utf-8")

    result = kg("ingest", folder, "--store", spec)
    assert result.exit_code == 1
    skipped = [line for line in stderr_lines(result) if line.startswith("skipped:")]
    assert skipped == ["skipped: a_empty.txt: empty: no text to read",
                       "skipped: b_binary.txt: binary file, not text"]
    assert "warning: c_cp1251.txt: not UTF-8, decoded as cp1251" in stderr_lines(result)
    assert summary_line(result) == "2 article(s) stored, 0 unchanged, 2 skipped"
    assert article_files(spec) == ["c_cp1251.txt", "d_good.txt"]
    titles = select(spec, 'SELECT ?t WHERE { GRAPH ?g { ?a kg:fileName "c_cp1251.txt" ; dcterms:title ?t } }')
    assert titles == [(CYRILLIC_TITLE,)]
    assert len([g for g in select(spec, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a kg:Article } }")]) == 2


def test_a_missing_path_is_named_and_the_rest_goes_on(tmp_path: Path, spec: str):
    result = kg("ingest", tmp_path / "nowhere.txt", SEEDS / SEED_FILES[0], "--store", spec)
    assert result.exit_code == 1
    assert [line for line in stderr_lines(result) if line.startswith("skipped:")] == [
        f"skipped: {tmp_path / 'nowhere.txt'}: no such file or folder"
    ]
    assert article_files(spec) == [SEED_FILES[0]]


def test_a_jsonl_corpus_with_a_bad_line(tmp_path: Path, spec: str):
    corpus = tmp_path / "corpus.jsonl"
    good = {"id": "wire-1", "title": "Sanctions", "published": "2016-03-11", "source": "synthetic",
            "text": "The UN Security Council resolution 2270 bans exports of coal from North Korea."}
    corpus.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    result = kg("ingest", corpus, "--store", spec)
    assert result.exit_code == 1
    assert [line for line in stderr_lines(result) if line.startswith("skipped:")] == [
        "skipped: corpus.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes)"
    ]
    rows = select(spec, "SELECT ?a ?d ?src WHERE { GRAPH ?g { ?a a kg:Article ; dcterms:date ?d ; "
                        "dcterms:source ?src } }")
    assert rows == [(f"{ID}article/wire-1", "2016-03-11", "synthetic")]


def test_a_bad_published_option_is_a_usage_error(tmp_path: Path):
    result = kg("ingest", SEEDS / SEED_FILES[0], "--store", "memory", "--published", "last spring")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "error: --published: cannot read 'last spring' as a date (use YYYY-MM-DD)"
    ]


# --- metadata -------------------------------------------------------------------------------

ARTICLE_DATES = """
SELECT ?file ?date ?inferred WHERE {
  GRAPH ?g { ?a a kg:Article ; kg:fileName ?file . OPTIONAL { ?a dcterms:date ?date }
             OPTIONAL { ?a kg:dateInferred ?inferred } }
}
"""


def test_front_matter_date_is_stored_and_not_inferred_a_dateline_is(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    folder.mkdir()
    body = DATELINE_ARTICLE.split("\n\n", 1)[1]
    (folder / "front.md").write_text(
        "---\ntitle: Lavrov on the new sanctions\npublished: 2016-03-11\nsource: TASS\n"
        "url: https://tass.com/politics/861620\n---\n" + body, encoding="utf-8")
    (folder / "dateline.txt").write_text(DATELINE_ARTICLE, encoding="utf-8")
    (folder / "sidecar.txt").write_text(body.replace("March 11", "March 14"), encoding="utf-8")
    (folder / "sidecar.json").write_text(json.dumps({"published": "2016-03-14", "source": "Reuters"}),
                                         encoding="utf-8")
    result = kg("build", folder, "--store", spec, "--out", tmp_path / "build")
    assert result.exit_code == 0, result.stderr

    assert select(spec, ARTICLE_DATES) == [
        ("dateline.txt", "2016-03-11", "true"),  # read from "MOSCOW, March 11", the year from resolution 2270
        ("front.md", "2016-03-11", "false"),
        ("sidecar.txt", "2016-03-14", "false"),
    ]
    meta = select(spec, """SELECT ?title ?source ?url WHERE { GRAPH ?g {
        ?a kg:fileName "front.md" ; dcterms:title ?title ; dcterms:source ?source ; schema:url ?url } }""")
    assert meta == [("Lavrov on the new sanctions", "TASS", "https://tass.com/politics/861620")]
    statement_dates = select(spec, """SELECT DISTINCT ?file ?date ?inferred WHERE { GRAPH ?g {
        ?s prov:wasDerivedFrom ?a ; dcterms:date ?date ; kg:dateInferred ?inferred .
        ?a kg:fileName ?file } }""")
    assert ("front.md", "2016-03-11", "false") in statement_dates
    assert ("dateline.txt", "2016-03-11", "true") in statement_dates


def test_published_option_dates_articles_without_a_date(tmp_path: Path, spec: str):
    article = tmp_path / "plain.txt"
    article.write_text("Russia opposes the deployment of the US missile defence system in South Korea.\n",
                       encoding="utf-8")
    assert kg("ingest", article, "--store", spec, "--published", "2017-08-05").exit_code == 0
    assert select(spec, ARTICLE_DATES) == [("plain.txt", "2017-08-05", "false")]


# --- the library under the commands ---------------------------------------------------------


def test_stats_of_an_empty_store_are_zeros():
    store = open_store("memory")
    try:
        assert set(pipeline.stats(store).values()) == {0}
    finally:
        store.close()


def test_reference_is_loaded_once(spec: str):
    """The fixture loaded it (True); a second time finds it current and changes nothing."""
    store = open_store(spec)
    try:
        loaded = store.count()
        assert store.count(REFERENCE) > 0 and store.count(ONTOLOGY) > 0
        assert loaded == store.count(REFERENCE) + store.count(ONTOLOGY)
        assert pipeline.load_reference(store) is False
        assert store.count() == loaded
        assert pipeline.stats(store)["articles"] == 0
    finally:
        store.close()


def test_an_article_read_with_other_extractors_is_read_again():
    store = open_store("memory")
    try:
        paths = [SEEDS / name for name in SEED_FILES[:2]]
        assert pipeline.ingest(store, paths).stored == 2
        # as if the first had been stored by an older kg, with other rules or vocabularies
        store.update(sparql_prefixes() + f"""
            DELETE {{ GRAPH ?g {{ ?a kg:extractedWith ?f }} }}
            INSERT {{ GRAPH ?g {{ ?a kg:extractedWith "sha256:old" }} }}
            WHERE {{ GRAPH ?g {{ ?a kg:extractedWith ?f ; kg:fileName "{SEED_FILES[0]}" }} }}""")
        again = pipeline.ingest(store, paths)
        assert (again.stored, again.unchanged) == (1, 1)
        found = store.query(sparql_prefixes() + "SELECT DISTINCT ?f { GRAPH ?g { ?a kg:extractedWith ?f } }")
        assert [str(row[0]) for row in found.rows] == [reading.extraction_fingerprint()]
    finally:
        store.close()


def test_ingest_report_counts_stored_unchanged_and_skipped(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    store = open_store("memory")
    try:
        seen: list[str] = []
        paths = [SEEDS / SEED_FILES[0], tmp_path / "empty.txt"]
        first = pipeline.ingest(store, paths, on_article=seen.append)
        assert (first.stored, first.unchanged, first.skipped) == (1, 0, ["empty.txt: empty: no text to read"])
        assert seen == [SEED_FILES[0]]
        assert first.statements["bans"] >= 10
        second = pipeline.ingest(store, [SEEDS / SEED_FILES[0]])
        assert (second.stored, second.unchanged, second.skipped) == (0, 1, [])
    finally:
        store.close()


# --- removing articles ----------------------------------------------------------------------


def test_prune_drops_the_articles_whose_files_are_gone_and_only_those(tmp_path: Path, spec: str):
    folder, other = tmp_path / "in", tmp_path / "other"
    (folder / "sub").mkdir(parents=True)
    other.mkdir()
    for path in (folder / "a.txt", folder / "sub" / "b.txt", folder / "c.txt", other / "d.txt"):
        path.write_text(DATELINE_ARTICLE.replace("Friday", f"Friday ({path.name})"), encoding="utf-8")
    assert kg("ingest", folder, other, "--store", spec).exit_code == 0
    (folder / "sub" / "b.txt").unlink()
    (folder / "c.txt").rename(folder / "sub" / "c.txt")  # moved: the same article, kept
    (other / "d.txt").unlink()  # gone, but not in the folder pruned: kept
    kept = kg("ingest", folder, "--store", spec)
    assert summary_line(kept) == "1 article(s) stored, 1 unchanged, 0 skipped"  # c.txt: its new place
    assert article_files(spec) == ["a.txt", "b.txt", "c.txt", "d.txt"]  # without --prune nothing goes
    pruned = kg("build", folder, "--prune", "--store", spec, "--out", tmp_path / "out")
    assert pruned.exit_code == 0, pruned.stderr
    assert summary_line(pruned) == "0 article(s) stored, 2 unchanged, 0 skipped, 1 removed (file gone)"
    assert "removed: sub/b.txt" in pruned.stderr.replace(str(folder) + "/", "")
    assert article_files(spec) == ["a.txt", "c.txt", "d.txt"]
    assert b"b.txt" not in (tmp_path / "out" / "graph.trig").read_bytes()


def test_kg_remove_by_id_file_name_or_path(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(DATELINE_ARTICLE.replace("Friday", f"Friday ({name})"), encoding="utf-8")
    (folder / "w.jsonl").write_text(json.dumps({"id": "W 1", "text": DATELINE_ARTICLE}) + "\n")
    assert kg("ingest", folder, "--store", spec).exit_code == 0
    before = count(spec)
    result = kg("remove", "a", "b.txt", folder / "c.txt", "W 1", "nothing.txt", "--store", spec)
    assert result.exit_code == 1
    assert "removed 4 article(s)" in result.stderr
    assert "not found: nothing.txt: no stored article has this id, file name or path" in result.stderr
    assert article_files(spec) == []
    assert count(spec) < before
    again = kg("remove", "a", "--store", spec)
    assert again.exit_code == 1 and "removed 0 article(s)" in again.stderr


@pytest.mark.skipif(not GOLD.is_file(), reason=f"no gold file at {GOLD}")
def test_eval_finds_the_readme_paths_wherever_it_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    result = kg("eval", "../shared/gold/seeds.jsonl", "seeds/")
    assert result.exit_code == 0, result.stderr
    assert "overall" in result.stdout
    missing = kg("eval", "../shared/gold/none.jsonl", "seeds/")
    assert missing.exit_code == 2
    [line] = stderr_lines(missing)
    assert f"(relative paths are looked for here and in {ROOT})" in line


def test_prune_drops_an_article_read_through_a_link_once_the_link_is_gone(tmp_path: Path, spec: str):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(DATELINE_ARTICLE, encoding="utf-8")
    (folder / "b.txt").symlink_to(folder / "sub" / "a.txt")
    assert kg("ingest", folder, "--store", spec).exit_code == 0
    assert article_files(spec) == ["a.txt", "b.txt"]
    (folder / "b.txt").unlink()
    pruned = kg("ingest", folder, "--prune", "--store", spec)
    assert summary_line(pruned).endswith("1 removed (file gone)")
    assert article_files(spec) == ["a.txt"]
