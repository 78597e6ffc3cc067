"""The Security Council's sanctions regimes as nodes (ontology/regimes.ttl): each with its
committee, establishing resolution, target, dates and kinds of measures; every resolution of the
reference table in the regime in force when it was adopted; the saved questions that ask a
regime's bans over time, from the press and from the official record."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg import pipeline, saved
from kg.extract.regimes import regime_index
from kg.namespaces import KG, KGR
from kg.store import Store, open_store
from kg.unlist import REGIMES as LIST_TYPES

ROOT = Path(__file__).resolve().parent.parent
TABLE = Path("/work/shared/data/unsc_resolutions_1946-2022.csv")


@pytest.fixture(scope="module")
def regimes() -> Graph:
    return Graph().parse(ROOT / "ontology" / "regimes.ttl")


@pytest.fixture(scope="module")
def resolutions() -> Graph:
    return Graph().parse(ROOT / "ontology" / "resolutions.ttl")


def slug(iri: object) -> str:
    return str(iri).rsplit("/", 1)[1]


def regimes_of(resolutions: Graph, number: int) -> set[str]:
    return {slug(r) for r in resolutions.objects(KGR[f"resolution/{number}"], KG.regime)}


def test_every_regime_since_1966_is_a_node_with_its_facts(regimes: Graph) -> None:
    """The UN counts 30 regimes to 2019, plus Haiti's of 2022."""
    found = set(regimes.subjects(RDF.type, KG.SanctionsRegime))
    assert len(found) == 31
    for regime in found:
        for prop in (RDFS.label, KG.committee, KG.target, KG.startDate, KG.establishedBy, KG.measureKind):
            assert regimes.value(regime, prop) is not None, (regime, prop)
        end = regimes.value(regime, KG.endDate)
        assert end is None or end.toPython() > regimes.value(regime, KG.startDate).toPython(), regime


@pytest.mark.parametrize(("regime", "established", "committee", "ended"), [
    ("southern-rhodesia", 232, "resolution 253 (1968)", date(1979, 12, 21)),
    ("liberia-1992", 788, "resolution 985 (1995)", date(2001, 3, 7)),
    ("libya-1992", 748, "resolution 748 (1992)", date(2003, 9, 12)),
    ("libya", 1970, "resolution 1970 (2011)", None),
    ("somalia-eritrea", 733, "resolutions 751 (1992) and 1907 (2009)", None),
    ("mali", 2374, "resolution 2374 (2017)", date(2023, 8, 31)),
])
def test_a_regime_names_its_committee_and_dates(regimes: Graph, regime: str, established: int, committee: str,
                                                ended: date | None) -> None:
    node = KGR[f"regime/{regime}"]
    assert KGR[f"resolution/{established}"] in set(regimes.objects(node, KG.establishedBy))
    assert committee in str(regimes.value(node, KG.committee))
    end = regimes.value(node, KG.endDate)
    assert (end.toPython() if end is not None else None) == ended


def test_start_and_end_dates_are_those_of_the_reference_table(regimes: Graph, resolutions: Graph) -> None:
    """A regime starts on the day its first establishing resolution was adopted and ends on the day
    its terminating resolution was, or later when that resolution set a later day (Iran: 2231 of
    20 July 2015 ended the 1737 measures on Implementation Day, 16 January 2016)."""
    for regime in regimes.subjects(RDF.type, KG.SanctionsRegime):
        first = min(regimes.objects(regime, KG.establishedBy), key=lambda r: int(slug(r)))
        adopted = resolutions.value(first, KG.adoptionDate)
        if adopted is not None:
            assert adopted.toPython() == regimes.value(regime, KG.startDate).toPython(), regime
        ended_by = regimes.value(regime, KG.terminatedBy)
        if ended_by is not None and resolutions.value(ended_by, KG.adoptionDate) is not None:
            terminated = resolutions.value(ended_by, KG.adoptionDate).toPython()
            assert terminated <= regimes.value(regime, KG.endDate).toPython(), regime


def test_every_regime_a_resolution_or_a_list_entry_names_is_in_regimes_ttl(regimes: Graph,
                                                                            resolutions: Graph) -> None:
    known = {slug(r) for r in regimes.subjects(RDF.type, KG.Regime)}
    assert {slug(r) for r in resolutions.objects(None, KG.regime)} <= known
    assert set(LIST_TYPES.values()) <= known


def test_the_establishing_resolutions_belong_to_their_regime(regimes: Graph, resolutions: Graph) -> None:
    for regime in regimes.subjects(RDF.type, KG.SanctionsRegime):
        for resolution in regimes.objects(regime, KG.establishedBy):
            if (resolution, KG.resolutionNumber, None) in resolutions:
                assert slug(regime) in regimes_of(resolutions, int(slug(resolution))), (regime, resolution)


@pytest.mark.parametrize(("number", "expected"), [
    (748, {"libya-1992"}), (1970, {"libya"}), (2146, {"libya"}), (2509, {"libya"}),
    (788, {"liberia-1992"}), (1343, {"liberia-1992", "liberia-2001"}), (1521, {"liberia-2001", "liberia"}),
    (841, {"haiti-1993"}), (661, {"iraq-kuwait"}), (1483, {"iraq-kuwait", "iraq"}),
    (713, {"former-yugoslavia"}), (1160, {"kosovo"}), (2036, {"somalia-eritrea"}),
    (1227, set()),  # Eritrea and Ethiopia, a year before the 1298 embargo: no regime yet
    (1507, set()),  # the Ethiopia-Eritrea mission after the embargo lapsed, not Somalia's regime
    (2444, {"somalia-eritrea"}), (2428, {"south-sudan"}), (2429, set()), (1701, {"lebanon"}),
    (2270, {"dprk"}), (1929, {"iran"}),
])
def test_each_resolution_belongs_to_the_regime_in_force_when_it_was_adopted(resolutions: Graph, number: int,
                                                                           expected: set[str]) -> None:
    assert regimes_of(resolutions, number) == expected


@pytest.mark.parametrize(("number", "adopted", "expected"), [
    (2667, date(2022, 12, 20), {"democratic-republic-of-the-congo"}), (2666, date(2022, 12, 20), set()),
    (2675, date(2023, 2, 15), {"yemen"}), (2688, date(2023, 6, 27), {"democratic-republic-of-the-congo"}),
    (2701, date(2023, 10, 19), {"libya"}), (2707, date(2023, 11, 14), {"yemen"}),
    (2761, date(2024, 12, 6), {"isil-al-qaida"}), (2762, date(2024, 12, 13), {"somalia-eritrea"}),
    (2763, date(2024, 12, 13), {"taliban"}), (2775, date(2025, 2, 28), {"somalia-eritrea"}),
    (2799, date(2025, 11, 6), {"isil-al-qaida"}), (2801, date(2025, 11, 14), {"yemen"}),
    (2664, date(2022, 12, 9), set()),  # the humanitarian exemption of every regime's asset freeze
    (2744, date(2024, 7, 19), set()),  # the delisting procedure of every committee but 1267's
])
def test_resolutions_after_2640_have_their_sourced_date_and_the_regimes_the_table_says(
        resolutions: Graph, number: int, adopted: date, expected: set[str]) -> None:
    """data/unsc_resolutions_2022-2025.csv: a row's date and its ``regimes`` column, as written."""
    resolution = KGR[f"resolution/{number}"]
    assert resolutions.value(resolution, KG.adoptionDate).toPython() == adopted
    assert regimes_of(resolutions, number) == expected


def test_the_generator_reads_the_regimes_from_regimes_ttl() -> None:
    import sys
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_resolutions
    finally:
        sys.path.pop(0)
    loaded = {r.slug: r for r in make_resolutions.load_regimes()}
    assert loaded["liberia-2001"].start == "2001-03-07" and loaded["liberia-2001"].terminated == 1521
    if TABLE.exists():
        with TABLE.open(encoding="utf-8") as handle:
            row = next(r for r in csv.DictReader(handle) if r["number"] == "2362")
        assert [r.slug for r in make_resolutions.regimes_of(row, list(loaded.values()))] == ["libya"]


# --- the saved questions -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("regimes")
    (folder / "libya.txt").write_text(
        "---\npublished: 2011-02-27\n---\nNEW YORK, 26 February. By resolution 1970 (2011), the Council "
        "imposed an arms embargo on the Libyan Arab Jamahiriya.\n", encoding="utf-8")
    opened = open_store("memory")
    pipeline.load_reference(opened)
    assert pipeline.ingest(opened, [folder]).stored == 1
    yield opened
    opened.close()


def test_regime_measures_lists_a_regimes_official_bans_by_date(store: Store) -> None:
    result = saved.run(store, "regime-measures", regimeLabel="libya")
    found = [(str(r[0]), str(r[2]), str(r[3]), str(r[5])) for r in result.rows]
    assert ("Libya sanctions regime", "UNSC Resolution 2146", "OP10(a)", "crude oil") in found
    assert ("Libya sanctions regime (1992-2003)", "UNSC Resolution 748", "OP5(b)",
            "arms and related materiel") in found
    adopted = [str(r[1]) for r in result.rows if str(r[0]) == "Libya sanctions regime"]
    assert adopted == sorted(adopted)


def test_bans_over_time_asks_the_press_about_one_regime(store: Store) -> None:
    result = saved.run(store, "bans-over-time", regimeLabel="libya")
    found = [(str(r[0]), str(r[3])) for r in result.rows]
    assert found == [("Libya sanctions regime", "UNSC Resolution 1970")]
    assert saved.run(store, "bans-over-time", regimeLabel="dprk").rows == []


def test_regime_labels_are_distinct(regimes: Graph) -> None:
    labels = [str(regimes.value(r, RDFS.label)) for r in regimes.subjects(RDF.type, KG.Regime)]
    assert len(labels) == len(set(labels))
    assert all(isinstance(r, URIRef) for r in regimes.subjects(RDF.type, KG.Regime))


@pytest.mark.parametrize(("text", "day", "expected"), [
    # A name inside a longer one of another regime is not its own: "Sudan" in "South Sudan".
    ("the arms embargo on South Sudan", date(2019, 7, 10), {"south-sudan"}),
    ("the Sudan and South Sudan", date(2019, 7, 10), {"sudan", "south-sudan"}),
    # Of a target's regimes, the one in force that day (Liberia's third, Libya's second).
    ("sanctions on Liberia", date(2010, 1, 1), {"liberia"}),
    ("sanctions on Liberia", date(1995, 1, 1), {"liberia-1992"}),
    ("the arms embargo on Libya", date(2016, 5, 10), {"libya"}),
    ("the arms embargo on Eritrea", date(2016, 5, 10), {"somalia-eritrea"}),
    ("Haiti", date(2016, 5, 10), set()),
])
def test_the_regimes_a_text_names_in_force_on_a_day(text: str, day: date, expected: set[str]) -> None:
    index = regime_index()
    assert {iri.rsplit("/", 1)[1] for iri in index.in_force(index.named_in(text), day)} == expected
