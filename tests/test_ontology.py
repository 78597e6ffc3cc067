"""The ontology as data: every Turtle file parses, labels are unambiguous, reference
resolutions carry the right regime, and the SHACL shapes catch an incomplete statement."""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
import rdflib.namespace as ns
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.namespaces import KG, KGR, SH, node

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
TTL_FILES = sorted(ONTOLOGY.glob("*.ttl"))
RESOLUTIONS_CSV = Path("/work/shared/data/unsc_resolutions_1946-2022.csv")
RECENT_CSV = ROOT / "data" / "unsc_resolutions_2022-2025.csv"  # resolutions after 2640, each with its source
FIXES_CSV = ROOT / "data" / "unsc_resolutions_fixes.csv"  # corrections of the shared table, and 666

DPRK = [1718, 1874, 2087, 2094, 2270, 2321, 2371, 2375, 2397]
IRAN = [1737, 1747, 1803, 1929, 2231]
KIND = {KG.Topic: "topic", KG.Commodity: "commodity", KG.Measure: "measure",
        KG.State: "state", KG.Organization: "organization", KG.Person: "person"}
# The files whose labels make one gazetteer group each, and the classes they hold.
GROUPS = {
    "topics.ttl": (KG.Topic,),
    "commodities.ttl": (KG.Commodity,),
    "measures.ttl": (KG.Measure,),
    "actors.ttl": (KG.State, KG.Organization, KG.Person),
}


@cache
def graph(name: str) -> Graph:
    return Graph().parse(ONTOLOGY / name, format="turtle")


def shared_labels(g: Graph, classes: tuple[URIRef, ...]) -> dict[str, set[URIRef]]:
    """Labels (prefLabel, altLabel and demonym, case-folded) that name more than one node."""
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for cls in classes:
        for subject in g.subjects(RDF.type, cls):
            for prop in (SKOS.prefLabel, SKOS.altLabel, KG.demonym):
                for label in g.objects(subject, prop):
                    owners[str(label).casefold()].add(subject)
    return {label: nodes for label, nodes in owners.items() if len(nodes) > 1}


# --- parsing ---------------------------------------------------------------


def test_the_ontology_has_every_file() -> None:
    names = {p.name for p in TTL_FILES}
    assert {"kg.ttl", "shapes.ttl", "resolutions.ttl", *GROUPS} <= names


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_every_turtle_file_parses(path: Path) -> None:
    assert len(graph(path.name)) > 0


def test_every_schema_term_has_label_and_comment() -> None:
    g = graph("kg.ttl")
    terms = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(KG))}
    assert KG.Statement in terms and KG.resolutionNumber in terms and KG.represents in terms
    missing = [t for t in terms if g.value(t, RDFS.label) is None or g.value(t, RDFS.comment) is None]
    assert not missing


# --- labels ----------------------------------------------------------------


@pytest.mark.parametrize("name", GROUPS)
def test_no_label_is_shared_by_two_nodes(name: str) -> None:
    assert shared_labels(graph(name), GROUPS[name]) == {}


def test_shared_labels_are_detected() -> None:
    """The check above can fail: a label given to two nodes is reported."""
    g = Graph()
    g += graph("commodities.ttl")
    g.add((KGR["commodity/iron"], SKOS.altLabel, Literal("Iron Ore", lang="en")))
    assert set(shared_labels(g, (KG.Commodity,))) == {"iron ore"}


@pytest.mark.parametrize("name", GROUPS)
def test_iris_are_the_slug_of_the_preflabel(name: str) -> None:
    g = graph(name)
    for cls in GROUPS[name]:
        for subject in g.subjects(RDF.type, cls):
            prefs = list(g.objects(subject, SKOS.prefLabel))
            assert len(prefs) == 1, subject
            assert subject == node(KIND[cls], str(prefs[0]))


@pytest.mark.parametrize(("name", "scheme"), [("topics.ttl", "topics"), ("commodities.ttl", "commodities"),
                                              ("measures.ttl", "measures")])
def test_concepts_are_in_their_scheme(name: str, scheme: str) -> None:
    g = graph(name)
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert concepts and all((c, SKOS.inScheme, KGR[f"scheme/{scheme}"]) in g for c in concepts)
    for c in concepts:
        for broader in g.objects(c, SKOS.broader):
            assert broader in concepts, (c, broader)


def test_labels_the_extractors_rely_on() -> None:
    topics, commodities, actors = graph("topics.ttl"), graph("commodities.ttl"), graph("actors.ttl")
    assert (KGR["topic/missile-defence"], SKOS.altLabel, Literal("THAAD", lang="en")) in topics
    assert (KGR["topic/double-freeze"], SKOS.prefLabel, Literal("double freeze", lang="en")) in topics
    assert (KGR["commodity/titanium-ore"], SKOS.altLabel, Literal("titanium", lang="en")) in commodities
    assert (KGR["commodity/iron"], SKOS.altLabel, Literal("iron ore", lang="en")) not in commodities
    assert (KGR["state/russia"], SKOS.altLabel, Literal("Moscow", lang="en")) in actors
    assert (KGR["state/russia"], KG.demonym, Literal("Russian", lang="en")) in actors
    assert (KGR["person/sergey-lavrov"], KG.represents, KGR["state/russia"]) in actors
    assert (KGR["organization/russian-foreign-ministry"], KG.represents, KGR["state/russia"]) in actors


def test_commodity_hs_codes_are_in_the_harmonized_system() -> None:
    with (Path("/work/shared/data") / "hs_harmonized_system.csv").open(encoding="utf-8") as handle:
        codes = {row["hscode"] for row in csv.DictReader(handle)}
    g = graph("commodities.ttl")
    used = {str(code) for code in g.objects(None, KG.hsCode)}
    assert (KGR["commodity/coal"], KG.hsCode, Literal("2701")) in g
    assert used and used <= codes, used - codes


# --- actors ----------------------------------------------------------------


def test_every_person_represents_a_state_or_organization() -> None:
    g = graph("actors.ttl")
    actors = set(g.subjects(RDF.type, KG.State)) | set(g.subjects(RDF.type, KG.Organization))
    persons = set(g.subjects(RDF.type, KG.Person))
    assert len(persons) >= 30
    for person in persons:
        represented = set(g.objects(person, KG.represents))
        assert represented and represented <= actors, person
        assert g.value(person, KG.role) is not None, person


def test_security_council_members_are_states() -> None:
    g = graph("actors.ttl")
    states = {str(g.value(s, KG.isoCode)) for s in g.subjects(RDF.type, KG.State)}
    assert {"RU", "CN", "US", "GB", "FR", "KP", "KR", "JP", "IR", "SY", "UA", "DE", "IN"} <= states
    assert all(len(code) == 2 and code.isupper() for code in states)


# --- resolutions -----------------------------------------------------------


@pytest.mark.parametrize(("number", "regime"), [(n, "dprk") for n in DPRK] + [(n, "iran") for n in IRAN])
def test_sanctions_resolutions_carry_their_regime(number: int, regime: str) -> None:
    g = graph("resolutions.ttl")
    assert set(g.objects(KGR[f"resolution/{number}"], KG.regime)) == {KGR[f"regime/{regime}"]}


def test_resolution_2270() -> None:
    g = graph("resolutions.ttl")
    res = KGR["resolution/2270"]
    assert g.value(res, KG.adoptionDate) == Literal("2016-03-02", datatype=ns.XSD.date)
    assert g.value(res, KG.resolutionNumber) == Literal(2270)
    assert str(g.value(res, KG.symbol)) == "S/RES/2270 (2016)"
    assert g.value(res, DCTERMS.title) is not None


def test_every_resolution_of_the_table_is_there_once() -> None:
    g = graph("resolutions.ttl")
    numbers = [int(n) for n in g.objects(None, KG.resolutionNumber)]
    with RECENT_CSV.open(encoding="utf-8") as handle:
        recent = [int(row["number"]) for row in csv.DictReader(handle)]
    assert len(numbers) == len(set(numbers)) == 2638 + 1 + len(recent)  # 666: data/unsc_resolutions_fixes.csv
    assert 695 not in numbers and 2640 in numbers and set(recent) <= set(numbers)
    assert min(recent) > 2640
    assert set(g.objects(None, KG.regime)) <= set(graph("regimes.ttl").subjects(RDF.type, KG.Regime))


def test_the_generator_writes_what_is_committed(tmp_path: Path) -> None:
    """ontology/resolutions.ttl is the output of scripts/make_resolutions.py, not hand-edited."""
    if not RESOLUTIONS_CSV.exists():
        pytest.skip("reference table not available")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_resolutions
    finally:
        sys.path.pop(0)
    rows = make_resolutions.apply_fixes(make_resolutions.read_rows([RESOLUTIONS_CSV, RECENT_CSV]), FIXES_CSV)
    text = make_resolutions.turtle(rows)
    assert text == (ONTOLOGY / "resolutions.ttl").read_text(encoding="utf-8")


def test_no_resolution_has_an_empty_value() -> None:
    """An agenda item or title the source does not give is left out, not written as ""."""
    g = graph("resolutions.ttl")
    assert not [s for s, _, o in g if isinstance(o, Literal) and not str(o)]


@pytest.mark.parametrize(("number", "field", "expected"), [
    (2385, KG.agendaItem, "The situation in Somalia"),  # not the ICJ election of the shared table
    (2388, KG.agendaItem, "Maintenance of international peace and security"),
    (666, KG.adoptionDate, "1990-09-13"), (570, KG.adoptionDate, "1985-09-12"),
    (1559, KG.adoptionDate, "2004-09-02"),
])
def test_the_fixes_of_the_shared_table_are_applied(number: int, field: URIRef, expected: str) -> None:
    assert str(graph("resolutions.ttl").value(KGR[f"resolution/{number}"], field)) == expected


# --- shapes ----------------------------------------------------------------


def statement_graph(*, evidence: bool = True, start: int = 212, confidence: str = "0.8") -> Graph:
    """A hand-made position statement as kg/rdf.py writes it."""
    article = KGR["article/000-4e526a4453f70164"]
    statement = KGR["statement/9f2c"]
    g = Graph()
    g.add((article, RDF.type, KG.Article))
    g.add((article, KG.fileName, Literal("000_4e526a4453f70164.txt")))
    g.add((article, KG.contentHash, Literal("sha256:00")))
    for p, o in (
        (RDF.type, KG.PositionStatement),
        (RDF.subject, KGR["person/sergey-lavrov"]), (RDF.predicate, KG.opposes),
        (RDF.object, KGR["topic/missile-defence"]), (KG.stance, Literal("opposes")),
        (KG.startOffset, Literal(start)), (KG.endOffset, Literal(431)),
        (KG.confidence, Literal(Decimal(confidence), datatype=ns.XSD.decimal)),
        (KG.extractor, Literal("positions")), (KG.extractorVersion, Literal("1")),
        (PROV.wasDerivedFrom, article), (PROV.wasGeneratedBy, KGR["extractor/positions/1"]),
    ):
        g.add((statement, p, o))
    if evidence:
        g.add((statement, KG.evidence, Literal("The plans to deploy the US anti-missile defense ...")))
    return g


def validate(data: Graph) -> tuple[bool, str]:
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _, text = pyshacl.validate(data, shacl_graph=graph("shapes.ttl"))
    return conforms, text


def test_the_shapes_parse() -> None:
    shapes = graph("shapes.ttl")
    assert len(set(shapes.subjects(RDF.type, SH.NodeShape))) >= 8


def test_a_complete_statement_conforms() -> None:
    conforms, text = validate(statement_graph())
    assert conforms, text


def test_a_statement_without_evidence_is_a_violation() -> None:
    conforms, text = validate(statement_graph(evidence=False))
    assert not conforms
    assert "kg:evidence" in text


@pytest.mark.parametrize(("start", "confidence"), [(500, "0.8"), (212, "1.5")])
def test_offsets_and_confidence_are_checked(start: int, confidence: str) -> None:
    conforms, _ = validate(statement_graph(start=start, confidence=confidence))
    assert not conforms


def test_the_reference_data_conforms() -> None:
    data = Graph()
    for path in TTL_FILES:
        if path.name != "shapes.ttl":
            data += graph(path.name)
    conforms, text = validate(data)
    assert conforms, text[:2000]
