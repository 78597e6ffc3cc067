"""The press against the official record: bans and caps read from articles, checked
against the resolutions' own measures.

The measures are ``kg:OfficialMeasure`` nodes of the reference graph (generated into
``ontology/official_measures.ttl`` from ``data/official_measures.csv`` by
``scripts/make_official_measures.py``; every regime with commodity measures). :func:`check`
runs the saved question ``press-vs-official`` and gives one :class:`Finding` per ban or cap
statement: whether the resolution the press names does ban (or cap) that commodity, caps what
the press says it bans, leaves it to another resolution, or does not touch it at all. :data:`VIEW_PATTERN`
is the same test for the HTML view, as SPARQL to add to its query. Nothing here prints.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Literal, URIRef

from kg import saved
from kg.namespaces import KG, REFERENCE_GRAPH, sparql_prefixes
from kg.store import Store

__all__ = ["MEASURES_QUERY", "QUESTION", "STATUSES", "VIEW_PATTERN", "Finding", "check", "measures",
           "summary"]

QUESTION = "press-vs-official"
STATUSES = ("matches", "kind differs", "other resolution", "not found", "not covered")
MISMATCHES = ("kind differs", "other resolution", "not found")

# For the view: binds ?officialMatch (true/false) for a statement of ?s ?p ?o when ?p is
# kg:bans or kg:caps and official measures cover ?s's regime; leaves it unbound otherwise
# (the IF's error branch). Add it inside the view's WHERE after ?s ?p ?o are bound, and
# `?st kg:officialMatch ?officialMatch` to its CONSTRUCT template.
VIEW_PATTERN = f"""
  BIND(IF(?p IN (kg:bans, kg:caps) && EXISTS {{ GRAPH <{REFERENCE_GRAPH}> {{
         ?s kg:regime ?officialRegime . ?officialAny kg:imposedBy ?officialBy .
         ?officialBy kg:regime ?officialRegime }} }},
       EXISTS {{ GRAPH <{REFERENCE_GRAPH}> {{
         ?officialMeasure kg:imposedBy ?s ; kg:measurePredicate ?p ; kg:commodity ?officialCommodity .
         ?o skos:broader* ?officialCommodity }} }},
       1 / 0) AS ?officialMatch)
"""

MEASURES_QUERY = sparql_prefixes() + f"""
SELECT ?number ?paragraph ?predicate ?direction ?item ?verified
       (GROUP_CONCAT(STR(?renewedNumber); separator=", ") AS ?renews) WHERE {{
  GRAPH <{REFERENCE_GRAPH}> {{
    ?m a kg:OfficialMeasure ; kg:imposedBy ?r ; kg:measurePredicate ?p ; kg:paragraph ?paragraph ;
       kg:direction ?direction ; kg:item ?item ; kg:verified ?verified .
    ?r kg:resolutionNumber ?number .
    OPTIONAL {{ ?m kg:renews/kg:resolutionNumber ?renewedNumber }}
  }}
  BIND(REPLACE(STR(?p), "^.*#", "") AS ?predicate)
}}
GROUP BY ?m ?number ?paragraph ?p ?predicate ?direction ?item ?verified
ORDER BY ?number ?paragraph ?item
"""


@dataclass(frozen=True)
class Finding:
    """One ban or cap of the press and what the official record says of it."""

    resolution: str
    predicate: str
    commodity: str
    status: str
    official: str  # the measures that bear on it: "2270 OP29 bans | 2321 OP26 caps"
    file: str
    evidence: str
    statement: str

    @property
    def matches(self) -> bool:
        return self.status == "matches"


def check(store: Store, number: int | None = None, only: str | None = None) -> list[Finding]:
    """Every ban and cap statement of the store's articles, checked against the official measures."""
    values: dict[str, object] = {}
    if number is not None:
        values["number"] = number
    if only is not None:
        values["only"] = only
    result = saved.run(store, QUESTION, **values)
    columns = result.variables
    return [_finding(dict(zip(columns, row, strict=True))) for row in result.rows]


def _finding(row: dict[str, object]) -> Finding:
    def text(name: str) -> str:
        value = row.get(name)
        return "" if value is None else str(value)

    return Finding(text("resolution"), text("predicate"), text("commodity"), text("status"),
                   text("official"), text("file"), text("evidence"), text("statement"))


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    """How many statements have each status, in :data:`STATUSES` order."""
    counts = Counter(f.status for f in findings)
    return {status: counts.get(status, 0) for status in STATUSES}


def measures(store: Store) -> list[dict[str, str]]:
    """The official measures the store holds, by resolution and paragraph."""
    result = store.query(MEASURES_QUERY)
    return [{v: ("" if t is None else str(t)) for v, t in zip(result.variables, row, strict=True)}
            for row in result.rows]


def match_value(term: object) -> bool | None:
    """An ``?officialMatch`` value as a Python boolean (None when unbound)."""
    if term is None:
        return None
    if isinstance(term, Literal):
        return bool(term.toPython())
    return str(term).lower() == "true"


def is_official_measure(iri: URIRef, store: Store) -> bool:
    """Whether the reference graph holds ``iri`` as a kg:OfficialMeasure."""
    ask = f"ASK {{ GRAPH <{REFERENCE_GRAPH}> {{ ?m a <{KG.OfficialMeasure}> }} }}"
    return bool(store.query(ask, {"m": iri}).boolean)
