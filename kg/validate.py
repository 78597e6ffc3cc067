"""SHACL validation of the store against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Graph
from rdflib.namespace import RDF

from kg.gazetteer import ontology_dir
from kg.namespaces import SH
from kg.store import Store

SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    """One result of the SHACL report, in words."""

    severity: str
    focus: str
    path: str | None
    message: str


def union_graph(store: Store) -> Graph:
    """Every graph of the store merged into one rdflib graph, as SHACL reads it."""
    union = Graph()
    union.parse(data=store.dump("ttl"), format="turtle")
    return union


def shapes(directory: str | None = None) -> Graph:
    graph = Graph()
    graph.parse(ontology_dir(directory) / SHAPES_FILE, format="turtle")
    return graph


def validate_graph(data: Graph, shapes_graph: Graph | None = None) -> list[Violation]:
    """The SHACL violations of a graph, most useful fields first."""
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes_graph or shapes(), inference="none",
                                    allow_warnings=True)
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        violations.append(Violation(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=str(report.value(result, SH.focusNode)),
            path=str(report.value(result, SH.resultPath)) if report.value(result, SH.resultPath) else None,
            message=str(report.value(result, SH.resultMessage) or ""),
        ))
    return sorted(violations, key=lambda v: (v.focus, v.path or ""))


def validate(store: Store) -> list[Violation]:
    """The SHACL violations of everything the store holds."""
    return validate_graph(union_graph(store))
