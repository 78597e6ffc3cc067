"""What every extractor yields, and what it is given to read."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, NodeInfo
from kg.kinds import CLAIM_KINDS, REFERENCES
from kg.namespaces import KGR, slug


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


@dataclass
class Context:
    """What an extractor knows besides the text: the vocabularies and the article's date."""

    gazetteer: Gazetteer
    published: date | None = None
    published_inferred: bool = False
    cache: dict[str, Any] = field(default_factory=dict)


def text_of(doc: Doc) -> str:
    """The document's text, joined once (``Doc.text`` joins the tokens at every call)."""
    if "kg_text" not in doc.user_data:
        doc.user_data["kg_text"] = doc.text
    return doc.user_data["kg_text"]


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences, computed once: every family walks them."""
    if "kg_sents" not in doc.user_data:
        doc.user_data["kg_sents"] = list(doc.sents)
    return doc.user_data["kg_sents"]


def spans_in(doc: Doc, group: str, start: int, end: int) -> list[Span]:
    """The spans of one group that lie within tokens ``start:end`` (a bisection, not a scan)."""
    spans, starts = _indexed(doc, group)
    found = []
    for span in spans[bisect_left(starts, start) :]:
        if span.start >= end:
            break
        if span.end <= end:
            found.append(span)
    return found


def span_at(doc: Doc, group: str, i: int) -> Span | None:
    """The span of one group that holds token ``i``, if any."""
    key = f"kg_at_{group}"
    if key not in doc.user_data:
        doc.user_data[key] = {j: s for s in group_spans(doc, group) for j in range(s.start, s.end)}
    return doc.user_data[key].get(i)


def group_spans(doc: Doc, group: str) -> list[Span]:
    """The spans of one group in text order, computed once per document."""
    key = f"kg_spans_{group}"
    if key not in doc.user_data:
        doc.user_data[key] = sorted(doc.spans.get(group, []), key=lambda s: (s.start, s.end))
    return doc.user_data[key]


def set_group(doc: Doc, group: str, spans: list[Span]) -> None:
    """Replace a group's spans for the extractors (e.g. actors outside topic names)."""
    doc.user_data[f"kg_spans_{group}"] = sorted(spans, key=lambda s: (s.start, s.end))
    doc.user_data.pop(f"kg_index_{group}", None)
    doc.user_data.pop(f"kg_at_{group}", None)


def _indexed(doc: Doc, group: str) -> tuple[list[Span], list[int]]:
    key = f"kg_index_{group}"
    if key not in doc.user_data:
        spans = group_spans(doc, group)
        doc.user_data[key] = (spans, [s.start for s in spans])
    return doc.user_data[key]


def is_pronoun(token: Token, pronouns: frozenset[str] | set[str]) -> bool:
    """A pronoun as written in running text: "we", "We", "I" — never the upper-case "US"."""
    return token.lower_ in pronouns and (token.is_lower or token.is_title or token.text == "I")




def claim_for(
    sent: Span,
    kind: str,
    subject: Node,
    predicate: str,
    obj: Node,
    *,
    confidence: float,
    extractor: str,
    version: str,
    ctx: Context,
    **extra: Any,
) -> Claim:
    """A claim whose evidence is the sentence ``sent``, dated by the article."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    evidence = text.strip()
    return Claim(
        kind=kind,
        subject=subject,
        predicate=predicate,
        object=obj,
        sentence=evidence,
        start=start,
        end=start + len(evidence),
        confidence=round(confidence, 2),
        extractor=extractor,
        version=version,
        date=extra.pop("date", ctx.published),
        date_inferred=extra.pop("date_inferred", ctx.published_inferred),
        stance=extra.pop("stance", None),
        attributes=tuple(sorted(extra.items())),
    )


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
