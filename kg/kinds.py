"""The kinds of statement kg reads, named once: each statement class of ontology/kg.ttl with the
``kind`` its claims carry, the predicates of its asserted edge and the row ``kg stats`` counts
it under.

A claim's kind (``Claim.kind``, the ``kind`` of ``kg extract --jsonl`` and of the gold files,
EVAL.md) names what was read: ``position``, ``bans``, ``caps``, ``imposes``, ``references``,
``event``, ``listed``. A statement class groups them: the three of a resolution's measures are
one kg:BanStatement. The keys of :data:`KINDS` name the classes where a user picks one
(``positions``, ``bans``, ``events``, ``references``, ``listings``).
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from kg.vocabulary import KG

POSITION, BANS, CAPS, IMPOSES, REFERENCES, EVENT, LISTED = (
    "position", "bans", "caps", "imposes", "references", "event", "listed")


@dataclass(frozen=True)
class StatementKind:
    """One statement class: its claims' kinds, its predicates, its row in ``kg stats``."""

    cls: URIRef
    claims: tuple[str, ...]
    predicates: tuple[URIRef, ...]
    counted_as: str


KINDS: dict[str, StatementKind] = {
    "positions": StatementKind(KG.PositionStatement, (POSITION,), (KG.supports, KG.opposes),
                               "position statements"),
    "bans": StatementKind(KG.BanStatement, (BANS, CAPS, IMPOSES), (KG.bans, KG.caps, KG.imposes),
                          "ban and cap statements"),
    "events": StatementKind(KG.EventStatement, (EVENT,), (KG.conducted,), "events"),
    "references": StatementKind(KG.ReferenceStatement, (REFERENCES,), (KG.references,),
                                "resolution references"),
    "listings": StatementKind(KG.ListingStatement, (LISTED,), (KG.candidateListing,),
                              "candidate links to the UN list"),
}
CLAIM_KINDS = frozenset(claim for kind in KINDS.values() for claim in kind.claims)
STATEMENT_CLASS = {claim: kind.cls for kind in KINDS.values() for claim in kind.claims}
