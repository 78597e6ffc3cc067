"""What every extractor is given to read, and the spaCy span helpers the families share.

The statement model they yield (``Claim``, ``Node``) is :mod:`kg.claims`'s; :func:`claim_for`
makes a claim whose evidence is a sentence span.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.claims import Claim, Node
from kg.extract.listindex import ListIndex
from kg.gazetteer import Gazetteer


@dataclass
class Context:
    """What an extractor knows besides the text: the vocabularies, the UN list's names (None: no
    list) and the article's date."""

    gazetteer: Gazetteer
    un_list: ListIndex | None = None  # the names the listings family links to the list's entries
    published: date | None = None
    published_inferred: bool = False
    byline: tuple[Node, ...] = ()  # who speaks in the whole text, by its title or publisher
    cache: dict[str, Any] = field(default_factory=dict)


def text_of(doc: Doc) -> str:
    """The document's text, joined once (``Doc.text`` joins the tokens at every call)."""
    if "kg_text" not in doc.user_data:
        doc.user_data["kg_text"] = doc.text
    return doc.user_data["kg_text"]


def sentence_text(sent: Span) -> str:
    """A sentence's text cut from the document's (``Span.text`` joins its tokens at every call)."""
    return text_of(sent.doc)[sent.start_char : sent.end_char]


def words_of(sent: Span) -> list[Token]:
    """A sentence's tokens from one list made per document: walking a ``Span`` makes a new ``Token``
    for every word at every pass, and a dozen families of readings walk every sentence."""
    if "kg_tokens" not in sent.doc.user_data:
        sent.doc.user_data["kg_tokens"] = list(sent.doc)
    return sent.doc.user_data["kg_tokens"][sent.start : sent.end]


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
    text = sentence_text(sent)
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
