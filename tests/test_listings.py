"""The listings extractor: names of the Consolidated List in articles written for the tests,
linked to their entries as candidates with a confidence, evidence and offsets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from kg import pipeline, unlist
from kg.extract import EXTRACTORS, VERSIONS, extract_text, listings
from kg.namespaces import KG, KGR
from kg.store import Store, open_store

SNAPSHOT = Path("/work/shared/data/un_sc_consolidated_2018-10-29.xml")
pytestmark = pytest.mark.skipif(not SNAPSHOT.exists(), reason="the 2018 list snapshot is not available")

# Written for the tests: listed entries named by an alias, a partial name, an acronym, a vessel.
ARTICLE = """PYONGYANG, March 3. Diplomats said KOMID had shipped missile parts through a front company.

Jang Chang Ha, who heads the academy, was seen in Pyongyang.
The Korea Mining Development Trading Corporation denied it.

Ocean Maritime Management also ran ships, and the tanker Yu Jong 2 loaded fuel at sea.

A tall green pine stood by the port."""


@pytest.fixture(scope="module")
def index() -> listings.ListIndex:
    return listings.index_from_xml(SNAPSHOT)


def found(claims: list, reference: str) -> list:
    return [c for c in claims if c.kind == "listed" and dict(c.attributes)["reference"] == reference]


def test_the_family_is_registered() -> None:
    assert EXTRACTORS["listings"] is listings.extract and VERSIONS["listings"] == listings.VERSION


def test_names_aliases_acronyms_and_vessels_are_indexed(index: listings.ListIndex) -> None:
    kinds = {(n.text, n.reference): n.match for n in index.names}
    assert kinds[("KOREA MINING DEVELOPMENT TRADING CORPORATION", "KPe.001")] == "name"
    assert kinds[("KOMID", "KPe.001")] == "alias"
    assert kinds[("Jang Chang Ha", "KPi.037")] == "alias"
    assert kinds[("PAD", "KPe.053")] == "acronym"
    assert kinds[("PROPAGANDA AND AGITATION DEPARTMENT", "KPe.053")] == "partial"
    assert kinds[("YU JONG 2", "KPe.061")] == "vessel"
    assert len(index.names) > 4000


def test_an_article_naming_entries_by_alias(index: listings.ListIndex) -> None:
    claims, _ = extract_text(ARTICLE, date(2018, 3, 3), un_list=index)
    komid = found(claims, "KPe.001")
    assert {dict(c.attributes)["match"] for c in komid} == {"alias", "name"}
    assert {c.object.iri for c in komid} == {str(KGR["listed/kpe-001"])}
    jang = found(claims, "KPi.037")
    assert len(jang) == 1 and jang[0].confidence == 0.8 and jang[0].predicate == "candidateListing"
    assert jang[0].subject.iri == str(unlist.name_iri("Jang Chang Ha"))
    assert found(claims, "KPe.020")[0].confidence == 0.65  # Ocean Maritime Management: partial


def test_confidence_orders_full_name_alias_partial() -> None:
    c = listings.CONFIDENCE
    assert c["name"] > c["alias"] > c["partial"] > c["weak alias"]


def test_a_name_borne_by_two_entries_is_a_candidate_for_each(index: listings.ListIndex) -> None:
    claims, _ = extract_text(ARTICLE, date(2018, 3, 3), un_list=index)
    vessel = [c for c in claims if c.kind == "listed" and dict(c.attributes)["mention"] == "Yu Jong 2"]
    assert {dict(c.attributes)["reference"] for c in vessel} == {"KPe.061", "KPe.066"}
    assert all(c.confidence == round(0.6 * 0.7, 2) and c.subject.cls == "vessel" for c in vessel)


def test_evidence_and_offsets_are_the_article_s(index: listings.ListIndex) -> None:
    claims, _ = extract_text(ARTICLE, date(2018, 3, 3), un_list=index)
    for claim in (c for c in claims if c.kind == "listed"):
        attrs = dict(claim.attributes)
        assert ARTICLE[claim.start:claim.end] == claim.sentence
        assert claim.start <= attrs["mention_start"] < attrs["mention_end"] <= claim.end
        assert ARTICLE[attrs["mention_start"]:attrs["mention_end"]] == attrs["mention"]
        assert claim.extractor == "listings" and claim.date == date(2018, 3, 3)


def test_a_lower_case_phrase_is_not_a_name(index: listings.ListIndex) -> None:
    claims, _ = extract_text(ARTICLE, date(2018, 3, 3), un_list=index)
    mentions = {dict(c.attributes)["mention"] for c in claims if c.kind == "listed"}
    assert "green pine" not in {m.lower() for m in mentions}
    assert listings.mentions("Green Pine Associated Corporation sold arms.", index)[0][1] == "KPe.010"


def test_without_a_list_the_family_yields_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(listings.ENV, str(SNAPSHOT))  # the environment names a list: extract_text reads none
    claims, _ = extract_text(ARTICLE, date(2018, 3, 3))
    assert not [c for c in claims if c.kind == "listed"]


def test_the_list_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(listings.ENV, str(SNAPSHOT))
    assert listings.index_for() is listings.index_from_xml(SNAPSHOT)  # read once, cached
    assert listings.index_for(open_store("memory")) is listings.index_from_xml(SNAPSHOT)  # no list in it
    monkeypatch.delenv(listings.ENV)
    assert listings.index_for() is None


@pytest.fixture(scope="module")
def store_with_list(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A memory store with the reference graph, the 2018 list, and the test article."""
    store = open_store("memory")
    pipeline.load_reference(store)
    unlist.import_list(store, SNAPSHOT)
    folder = tmp_path_factory.mktemp("listings")
    (folder / "komid.txt").write_text(f"---\npublished: 2018-03-03\n---\n{ARTICLE}\n", encoding="utf-8")
    pipeline.ingest(store, [folder])  # linked to the store's own list
    yield store
    store.close()


def test_the_index_of_the_store_is_the_index_of_the_file(store_with_list: Store,
                                                         index: listings.ListIndex) -> None:
    from_store = listings.index_from_store(store_with_list)
    assert from_store is not None
    assert {(n.text, n.entry, n.match) for n in from_store.names} == {
        (n.text, n.entry, n.match) for n in index.names}
    assert listings.index_from_store(open_store("memory")) is None


def test_a_candidate_link_is_a_statement_never_a_merge(store_with_list: Store) -> None:
    rows = _candidate_rows(store_with_list)
    assert rows, "no candidate links stored"
    assert URIRef(unlist.name_iri("KOMID")) in {r[1] for r in rows}
    assert all(0 < float(r[2]) <= 1 for r in rows)
    assert all("KOMID" in str(r[3]) or "Korea Mining" in str(r[3]) for r in rows)
    same_as = store_with_list.query(
        "ASK { GRAPH ?g { ?a <http://www.w3.org/2002/07/owl#sameAs> ?b } "
        f'FILTER(STRSTARTS(STR(?g), "{KGR["graph/article/"]}")) }}')
    assert same_as.boolean is False


def _candidate_rows(store: Store) -> list:
    sparql = """
    SELECT ?st ?s ?conf ?evidence WHERE { GRAPH ?g {
      ?st ?pred ?cand ; ?subj ?s ; ?obj ?o ; ?confidence ?conf ; ?ev ?evidence } }"""
    return store.query(sparql, {
        "pred": RDF.predicate, "cand": KG.candidateListing, "subj": RDF.subject, "obj": RDF.object,
        "o": KGR["listed/kpe-001"], "confidence": KG.confidence, "ev": KG.evidence}).rows


def test_the_store_s_list_is_indexed_once(store_with_list: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(listings.ENV, raising=False)
    first = listings.index_for(store_with_list)
    assert first is not None and first.source.startswith(f"store:{store_with_list.spec}@")
    assert listings.index_for(store_with_list) is first  # unchanged list: same index
    assert listings.index_for(open_store("memory")) is None
