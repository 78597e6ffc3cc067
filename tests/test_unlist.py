"""The UN Consolidated List import: the 2018 snapshot read once into a memory store, a
history of small hand-made lists, malformed files, and ``kg import un-list`` as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS
from typer.testing import CliRunner

from kg import unlist
from kg.cli import app
from kg.namespaces import KG, KGR
from kg.store import Store, open_store

SNAPSHOT = Path("/work/shared/data/un_sc_consolidated_2018-10-29.xml")
pytestmark = pytest.mark.skipif(not SNAPSHOT.exists(), reason="the 2018 list snapshot is not available")
runner = CliRunner()
DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


@pytest.fixture(scope="module")
def imported() -> tuple[Store, unlist.ImportReport]:
    """The 2018 snapshot imported once into a memory store."""
    store = open_store("memory")
    return store, unlist.import_list(store, SNAPSHOT)


def values(store: Store, subject: URIRef, predicate: URIRef) -> set[str]:
    sparql = "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = store.query(sparql, {"g": unlist.UN_LIST_GRAPH, "s": subject, "p": predicate}).rows
    return {str(r[0]) for r in rows}


def terms(store: Store, subject: URIRef, predicate: URIRef) -> set:
    sparql = "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    return {r[0] for r in store.query(sparql, {"g": unlist.UN_LIST_GRAPH, "s": subject, "p": predicate}).rows}


# --- the 2018 snapshot -------------------------------------------------------


def test_every_record_is_stored(imported) -> None:
    store, report = imported
    assert (report.stored, report.individuals, report.entities) == (1093, 703, 390)
    rows = store.query("SELECT ?t (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e ?p ?t } } GROUP BY ?t",
                       {"g": unlist.UN_LIST_GRAPH, "p": KG.listType}).rows
    by_type = {str(t): int(n) for t, n in rows}
    assert by_type["DPRK"] == 155 and by_type["Iran"] == 84 and by_type["Al-Qaida"] == 347


def test_reference_numbers_lose_their_stray_spaces(imported) -> None:
    store, _ = imported
    assert values(store, KGR["listed/kpi-034"], KG.referenceNumber) == {"KPi.034"}
    assert values(store, KGR["listed/kpe-053"], KG.referenceNumber) == {"KPe.053"}
    assert unlist.clean_reference(" KPi.034 ") == "KPi.034"


def test_an_individual_with_its_facts(imported) -> None:
    store, _ = imported
    ri = KGR["listed/kpi-033"]
    assert terms(store, ri, SKOS.prefLabel) == {Literal("RI WON HO")}
    assert terms(store, ri, KG.listedOn) == {Literal("2016-11-30", datatype=DATE)}
    assert values(store, ri, KG.listType) == {"DPRK"}
    assert terms(store, ri, KG.listedUnder) == {KGR["regime/dprk"]}
    assert values(store, ri, KG.nationality) == {"Democratic People's Republic of Korea"}
    assert values(store, ri, KG.designation) == {"DPRK Ministry of State Security Official"}
    assert values(store, ri, RDFS.label) == {"RI WON HO (KPi.033)"}


def test_an_entity_with_aliases_and_address(imported) -> None:
    store, _ = imported
    komid = KGR["listed/kpe-001"]
    assert "KOMID" in values(store, komid, SKOS.altLabel)  # the quotes of '"KOMID"' dropped
    assert values(store, KGR["listed/kpe-053"], KG.address) == {
        "Pyongyang, Democratic People's Republic of Korea"}
    pad = values(store, KGR["listed/kpe-053"], SKOS.prefLabel)
    assert pad == {"PROPAGANDA AND AGITATION DEPARTMENT (PAD)"}


def test_low_quality_aliases_are_kept_apart(imported) -> None:
    store, _ = imported
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e ?p ?a } }",
                       {"g": unlist.UN_LIST_GRAPH, "p": KG.weakAlias}).rows
    assert int(rows[0][0]) > 300


def test_the_resolutions_a_record_cites(imported) -> None:
    store, _ = imported
    rows = store.query("SELECT DISTINCT ?r WHERE { GRAPH ?g { ?e ?p ?r } }",
                       {"g": unlist.UN_LIST_GRAPH, "p": KG.citesResolution}).rows
    cited = {str(r[0]).rsplit("/", 1)[1] for r in rows}
    assert {"1737", "1747", "1718", "1822", "1970"} <= cited


def test_every_name_is_a_node_and_vessels_are_found(imported) -> None:
    store, _ = imported
    komid = KGR["listed/kpe-001"]
    assert terms(store, unlist.name_iri("KOMID"), KG.nameOf) == {komid}
    assert terms(store, unlist.vessel_iri("HUA FU"), KG.nameOf) == {KGR["listed/kpe-055"]}
    (generated,) = values(store, unlist.UN_LIST_GRAPH, KG.listGenerated)
    assert generated.startswith("2018-10-29T19:09:49")


# --- history ------------------------------------------------------------------

RECORD = """<INDIVIDUAL><DATAID>{n}</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME>KIM</FIRST_NAME>
<SECOND_NAME>{name}</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
<REFERENCE_NUMBER> KPi.{n} </REFERENCE_NUMBER><LISTED_ON>2016-11-30</LISTED_ON><COMMENTS1/>
<DESIGNATION><VALUE>{designation}</VALUE></DESIGNATION><LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Kim {name}</ALIAS_NAME></INDIVIDUAL_ALIAS>
<INDIVIDUAL_ADDRESS><COUNTRY/></INDIVIDUAL_ADDRESS><INDIVIDUAL_DATE_OF_BIRTH/>
<INDIVIDUAL_PLACE_OF_BIRTH/><INDIVIDUAL_DOCUMENT/><SORT_KEY/><SORT_KEY_LAST_MOD/>{delisted}</INDIVIDUAL>"""


def small_list(path: Path, generated: str, *records: tuple[str, str, str, str | None]) -> Path:
    """A Consolidated List file of a few individuals: (number, name, designation, delisted)."""
    body = "".join(RECORD.format(n=n, name=name, designation=d,
                                 delisted=f"<DELISTED_ON>{x}</DELISTED_ON>" if x else "")
                   for n, name, d, x in records)
    path.write_text(f'<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="{generated}T10:00:00">'
                    f"<INDIVIDUALS>{body}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>", encoding="utf-8")
    return path


def test_a_newer_list_updates_and_keeps_history(tmp_path: Path) -> None:
    store = open_store("memory")
    first = small_list(tmp_path / "a.xml", "2018-01-01", ("901", "ONE", "Minister", None),
                       ("902", "TWO", "Banker", None), ("903", "THREE", "Agent", None))
    unlist.import_list(store, first)
    second = small_list(tmp_path / "b.xml", "2018-06-01", ("901", "ONE", "Chairman", None),
                        ("902", "TWO", "Banker", "2018-05-01"))
    report = unlist.import_list(store, second)
    one, two, three = (KGR[f"listed/kpi-{n}"] for n in (901, 902, 903))
    assert values(store, one, KG.designation) == {"Chairman"}  # updated, not both
    assert terms(store, two, KG.delistedOn) == {Literal("2018-05-01", datatype=DATE)}
    assert terms(store, three, KG.delistedOn) == {Literal("2018-06-01", datatype=DATE)}
    assert terms(store, three, KG.dateInferred) == {Literal(True)}
    assert values(store, three, SKOS.prefLabel) == {"KIM THREE"}  # kept, never deleted
    assert terms(store, unlist.name_iri("Kim THREE"), KG.nameOf) == {three}
    assert report.newly_delisted == ["KPi.903"] and report.kept == 1

    third = small_list(tmp_path / "c.xml", "2018-07-01", ("901", "ONE", "Chairman", None))
    report = unlist.import_list(store, third)
    assert terms(store, three, KG.delistedOn) == {Literal("2018-06-01", datatype=DATE)}  # first date stays
    assert terms(store, two, KG.delistedOn) == {Literal("2018-05-01", datatype=DATE)}
    assert report.kept == 2 and report.newly_delisted == []


def test_an_older_list_is_refused(tmp_path: Path) -> None:
    store = open_store("memory")
    unlist.import_list(store, small_list(tmp_path / "new.xml", "2019-01-01", ("901", "ONE", "A", None)))
    with pytest.raises(unlist.UnListError, match="older than the stored one"):
        unlist.import_list(store, small_list(tmp_path / "old.xml", "2018-01-01", ("902", "TWO", "B", None)))


# --- bad files ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "says"), [
    ('<CONSOLIDATED_LIST dateGenerated="2018-10-29"><INDIVIDUALS><INDIVIDUAL>', "malformed XML"),
    ('<?xml version="1.0"?><SOMETHING_ELSE/>', "not a UN Consolidated List"),
    ("", "malformed XML"),
    ("<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>", "no dateGenerated"),
])
def test_a_bad_file_is_one_error_naming_it_and_nothing_is_stored(tmp_path: Path, text: str,
                                                                  says: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(text, encoding="utf-8")
    store = open_store("memory")
    with pytest.raises(unlist.UnListError, match=says) as error:
        unlist.import_list(store, path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)
    assert store.count() == 0


def test_cli_imports_and_reports(tmp_path: Path) -> None:
    path = small_list(tmp_path / "a.xml", "2018-01-01", ("901", "ONE", "Minister", None))
    spec = f"oxigraph:{tmp_path / 'store'}"
    result = runner.invoke(app, ["import", "un-list", str(path), "--store", spec])
    assert result.exit_code == 0, result.output
    assert "1 entries stored" in result.stderr
    store = open_store(spec, read_only=True)
    try:
        assert store.count(unlist.UN_LIST_GRAPH) > 5
    finally:
        store.close()


def test_cli_bad_xml_exits_2_with_one_line_and_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text('<CONSOLIDATED_LIST dateGenerated="2018-10-29"><INDIVIDUALS>', encoding="utf-8")
    spec = f"oxigraph:{tmp_path / 'store'}"
    result = runner.invoke(app, ["import", "un-list", str(path), "--store", spec])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "broken.xml" in lines[0] and "malformed XML" in lines[0]
    store = open_store(spec, read_only=True)
    try:
        assert store.count() == 0
    finally:
        store.close()


def test_cli_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["import", "un-list", str(tmp_path / "nothere.xml"), "--store", "memory"])
    assert result.exit_code == 2 and "nothere.xml" in result.stderr


# --- mass delisting, an older list, and the articles read again ------------------------------------


def twenty(path: Path, generated: str) -> Path:
    return small_list(path, generated, *((f"{900 + i}", f"NAME{i}", "Agent", None) for i in range(20)))


def delisted_count(store: Store) -> int:
    sparql = f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e <{KG.delistedOn}> ?d }} }}"
    return int(store.query(sparql, {"g": unlist.UN_LIST_GRAPH}).rows[0][0])


def test_a_list_that_would_delist_most_entries_is_refused_unless_allowed(tmp_path: Path) -> None:
    store = open_store("memory")
    unlist.import_list(store, twenty(tmp_path / "real.xml", "2018-10-29"))
    empty = small_list(tmp_path / "empty.xml", "2019-01-01")
    before = store.count()
    with pytest.raises(unlist.UnListError, match=r"would mark 20 of the 20 entries listed delisted .*"
                                                 r"--allow-mass-delisting"):
        unlist.import_list(store, empty)
    assert store.count() == before and delisted_count(store) == 0
    report = unlist.import_list(store, empty, allow_mass_delisting=True)
    assert len(report.newly_delisted) == 20 and delisted_count(store) == 20
    # the real list again: older than the stored one, refused without --force...
    with pytest.raises(unlist.UnListError, match="older than the stored one .*--force"):
        unlist.import_list(store, tmp_path / "real.xml")
    # ...and with it, back, every entry listed again
    report = unlist.import_list(store, tmp_path / "real.xml", force=True)
    assert report.stored == 20 and delisted_count(store) == 0
    (generated,) = values(store, unlist.UN_LIST_GRAPH, KG.listGenerated)
    assert generated.startswith("2018-10-29")


def test_cli_mass_delisting_and_force(tmp_path: Path) -> None:
    spec = f"oxigraph:{tmp_path / 'store'}"
    twenty(tmp_path / "real.xml", "2018-10-29")
    small_list(tmp_path / "empty.xml", "2019-01-01")
    first = runner.invoke(app, ["import", "un-list", str(tmp_path / "real.xml"), "--store", spec])
    assert first.exit_code == 0
    refused = runner.invoke(app, ["import", "un-list", str(tmp_path / "empty.xml"), "--store", spec])
    assert refused.exit_code == 2 and "--allow-mass-delisting" in refused.stderr
    allowed = runner.invoke(app, ["import", "un-list", str(tmp_path / "empty.xml"), "--allow-mass-delisting",
                                  "--store", spec])
    assert allowed.exit_code == 0 and "20 newly marked delisted" in allowed.stderr
    older = runner.invoke(app, ["import", "un-list", str(tmp_path / "real.xml"), "--store", spec])
    assert older.exit_code == 2 and "--force" in older.stderr
    forced = runner.invoke(app, ["import", "un-list", str(tmp_path / "real.xml"), "--force", "--store", spec])
    assert forced.exit_code == 0, forced.stderr


def test_articles_are_read_again_with_a_new_list(tmp_path: Path) -> None:
    article = tmp_path / "in" / "kim.txt"
    article.parent.mkdir()
    article.write_text("The Security Council added Kim Chol Min, a banker, to its sanctions list on Monday, "
                       "diplomats said.\n", encoding="utf-8")
    spec = f"oxigraph:{tmp_path / 'store'}"
    assert runner.invoke(app, ["ingest", str(article), "--store", spec]).exit_code == 0
    listed = small_list(tmp_path / "list.xml", "2018-01-01", ("901", "CHOL MIN", "Banker", None))
    imported = runner.invoke(app, ["import", "un-list", str(listed), "--store", spec])
    assert imported.exit_code == 0
    assert "the next build or ingest reads the 1 stored article(s) again" in imported.stderr
    again = runner.invoke(app, ["ingest", str(article), "--store", spec])
    assert "1 article(s) stored, 0 unchanged" in again.stderr, again.stderr
    store = open_store(spec, read_only=True)
    try:
        rows = store.query(f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s a <{KG.ListingStatement}> }} }}").rows
    finally:
        store.close()
    assert rows, "no candidate link to the list"
    unchanged = runner.invoke(app, ["ingest", str(article), "--store", spec])
    assert "0 article(s) stored, 1 unchanged" in unchanged.stderr
