"""The statement model: what extraction yields, whatever reads, scores or stores it.

A :class:`Claim` is one statement read from one sentence: its kind (``kg.kinds``), subject,
predicate and object (each a :class:`Node`), the sentence and offsets it was read from, the
extractor and version that read it, a confidence. :func:`record` is the line ``kg extract
--jsonl`` prints for it (the contract of EVAL.md); ``kg.rdf`` shapes it as RDF. Nothing here
knows spaCy: the extractors (``kg.extract``) make claims from spans.

:class:`Triples` is where :mod:`kg.rdf` shapes an article's statements for the store: a set of
triples in insertion order, without the indexes an rdflib ``Graph`` keeps (which cost more than
the extraction itself). :class:`TripleSink` is what ``kg.rdf`` writes into: a ``Triples`` or an
rdflib ``Graph``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any, Protocol

from rdflib.term import Node as Term

from kg.gazetteer import NodeInfo
from kg.kinds import CLAIM_KINDS, REFERENCES
from kg.namespaces import KGR, slug

Triple = tuple[Term, Term, Term]


@dataclass(frozen=True)
class Node:
    """A node a claim points at: from the ontology, or made from the text (``new``).

    ``text`` is how the sentence names it ("ballistic missile launch" for the topic "missile
    launches"); it is not part of the node's identity.
    """

    iri: str
    label: str
    cls: str
    new: bool = False
    text: str = field(default="", compare=False)

    @classmethod
    def of(cls, info: NodeInfo, text: str = "") -> Node:
        return cls(info.iri, info.label, info.cls, text=text)

    def display(self) -> str:
        """The label, with the wording of the text when it differs: "missile launches (launch)"."""
        if self.text and self.text.casefold() != self.label.casefold():
            return f"{self.label} ({self.text})"
        return self.label


@dataclass(frozen=True)
class Claim:
    """One statement read from one sentence, with the evidence it was read from."""

    kind: str  # one of kg.kinds.CLAIM_KINDS: position | bans | caps | imposes | references | event | listed
    subject: Node
    predicate: str  # local name of the ontology property
    object: Node
    sentence: str
    start: int
    end: int
    confidence: float
    extractor: str
    version: str
    stance: str | None = None
    date: date | None = None
    date_inferred: bool = False
    attributes: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in CLAIM_KINDS:  # a typo would reach no statement class, eval or view
            raise ValueError(f"unknown claim kind {self.kind!r}: expected one of {sorted(CLAIM_KINDS)}")

    def key(self) -> tuple[str, str, str | None, str]:
        """What makes two claims the same statement, whatever sentence they came from."""
        return (self.kind, self.subject.iri, self.stance or self.predicate, self.object.iri)


def record(article: str, claim: Claim) -> dict[str, Any]:
    """The line ``kg extract --jsonl`` prints for a claim (the contract of EVAL.md)."""
    subject, subject_iri = claim.subject.label, claim.subject.iri
    if claim.kind == REFERENCES:  # the article itself refers to the resolution
        subject, subject_iri = article, str(KGR[f"article/{slug(PurePath(article).stem)}"])
    line: dict[str, Any] = {
        "article": article,
        "kind": claim.kind,
        "subject": subject,
        "subject_iri": subject_iri,
        "predicate": claim.predicate,
    }
    if claim.stance:
        line["stance"] = claim.stance
    line.update(
        {
            "object": claim.object.display(),
            "object_iri": claim.object.iri,
            "evidence": claim.sentence,
            "start": claim.start,
            "end": claim.end,
            "confidence": claim.confidence,
            "date": claim.date.isoformat() if claim.date else None,
            "extractor": f"{claim.extractor}/{claim.version}",
        }
    )
    line.update({k: v for k, v in claim.attributes})
    return line


class TripleSink(Protocol):
    """Anything triples can be added to: :class:`Triples`, or an rdflib ``Graph``."""

    def add(self, triple: Triple, /) -> object: ...


class Triples:
    """An article's triples: a set in insertion order, without the indexes a Graph keeps."""

    def __init__(self) -> None:
        self._triples: dict[Triple, None] = {}

    def add(self, triple: Triple, /) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)
