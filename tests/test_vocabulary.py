"""The ontology's terms named once: kg/vocabulary.py is generated from ontology/kg.ttl, a term it
lacks raises, and the statement kinds (kg/kinds.py) are the ontology's statement classes."""

import importlib.util
import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import kinds, pipeline, rdf
from kg.namespaces import BASE, KG

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("make_vocabulary", ROOT / "scripts" / "make_vocabulary.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kg.ttl")


def test_the_generated_module_is_what_the_ontology_gives() -> None:
    script = _script()
    assert script.MODULE.read_text(encoding="utf-8") == script.render(), (
        "kg/vocabulary.py is out of date: run python scripts/make_vocabulary.py")


def test_kg_is_the_ontology_namespace() -> None:
    assert str(KG) == BASE + "ontology#"
    assert KG.PositionStatement == KG["PositionStatement"] == URIRef(BASE + "ontology#PositionStatement")


@pytest.mark.parametrize("typo", ["Stament", "suports", "PositionStatements"])
def test_a_term_the_ontology_lacks_raises(typo: str) -> None:
    with pytest.raises(AttributeError):
        getattr(KG, typo)
    with pytest.raises(AttributeError):
        KG[typo]


def test_every_kg_term_in_code_and_saved_questions_is_defined(ontology: Graph) -> None:
    defined = {str(s).removeprefix(str(KG)) for s in ontology.subjects() if str(s).startswith(str(KG))}
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg").rglob("*.py"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "queries").glob("*.rq"))]
    used = {name for text in texts for name in re.findall(r"(?<![\w.-])kg:(\w+)", text)}
    assert used - defined == set()


def test_each_statement_class_of_the_ontology_is_one_kind(ontology: Graph) -> None:
    classes = set(ontology.subjects(RDFS.subClassOf, KG.Statement))
    assert sorted(k.cls for k in kinds.KINDS.values()) == sorted(classes)
    for kind in kinds.KINDS.values():
        for predicate in kind.predicates:
            assert (predicate, RDF.type, OWL.ObjectProperty) in ontology


def test_claim_kinds_belong_to_one_class_each() -> None:
    claims = [claim for kind in kinds.KINDS.values() for claim in kind.claims]
    assert len(claims) == len(set(claims)) == len(kinds.CLAIM_KINDS)
    assert rdf.STATEMENT_CLASS == kinds.STATEMENT_CLASS


def test_stats_counts_every_kind() -> None:
    assert {k.counted_as for k in kinds.KINDS.values()} <= set(pipeline.STATS_ORDER)
