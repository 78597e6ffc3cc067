"""Resolution–bans–commodity (and caps): what a resolution prohibits, read from lists.

A sentence with a ban or cap cue (``kg/rules/bans.yaml``) and commodities of the
ontology yields one claim per resolution it speaks of (named in it or just
before: "The document imposes ... are now banned from purchasing ...") and per
commodity. Coordinated heads are split: "rocket and jet fuel" is rocket fuel and
jet fuel when both are commodities of the ontology. What follows "except" is left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.base import Claim, Context, Node, claim_for, spans_in
from kg.extract.cues import find_cues, word_set
from kg.extract.resolutions import focus
from kg.nlp import normalise

NAME = "bans"
VERSION = "1"
CONJUNCTIONS = {"and", "or", ",", "as well as", "&", "/"}
NEGATION = {"not", "n't", "never", "no"}


def _label_index(ctx: Context) -> dict[str, str]:
    """Normalised commodity label -> IRI, for completing elliptic coordination."""
    if "commodity_labels" not in ctx.cache:
        index: dict[str, str] = {}
        for key, label in ctx.gazetteer.entries("commodity"):
            index.setdefault(" ".join(normalise(w) for w in label.split()), ctx.gazetteer.iri_of(key))
        ctx.cache["commodity_labels"] = index
    return ctx.cache["commodity_labels"]


def _elided(sent: Span, span: Span, ctx: Context) -> list[str]:
    """"rocket and jet fuel": the commodities whose head the text left out before ``span``."""
    doc, index = sent.doc, _label_index(ctx)
    head = " ".join(normalise(t.text) for t in span[1:])
    found, i = [], span.start - 1
    while i - 1 >= sent.start and doc[i].lower_ in CONJUNCTIONS:
        iri = index.get(f"{normalise(doc[i - 1].text)} {head}")
        if not iri:
            break
        found.append(iri)
        i -= 2
    return found


def _commodities(sent: Span, start: int, ctx: Context) -> list[Node]:
    """Commodities named from token ``start`` to the end of the sentence or an exception."""
    doc = sent.doc
    stop = next((t.i for t in doc[start:sent.end] if normalise(t.text) in word_set("bans", "exceptions")),
                sent.end)
    iris: list[str] = []
    for span in spans_in(doc, "commodity", start, stop):
        if len(span) > 1:
            iris.extend(reversed(_elided(sent, span, ctx)))
        iris.append(span.kb_id_)
    nodes = [ctx.gazetteer.node(i) for i in dict.fromkeys(iris)]
    return [Node.of(n) for n in nodes if n]


def _negated(sent: Span, cue_start: int) -> bool:
    doc = sent.doc
    return any(doc[j].lower_ in NEGATION for j in range(max(sent.start, cue_start - 3), cue_start))


def extract(doc: Doc, ctx: Context) -> Iterator[Claim]:
    """``bans`` and ``caps`` claims, one per resolution and commodity a sentence names."""
    resolutions = focus(doc, ctx)
    for sent in doc.sents:
        subjects = resolutions.get(sent.start, [])
        if not subjects:
            continue
        cues = [c for c in find_cues(sent, "bans", ("bans", "caps")) if not _negated(sent, c.start)]
        if not cues:
            continue
        kind = "caps" if all(c.family == "caps" for c in cues) else "bans"
        first = min(c.start for c in cues)
        objects = _commodities(sent, sent.start, ctx) if kind == "bans" else _commodities(sent, first, ctx)
        explicit = any(r.iri for r in subjects)
        for resolution in subjects:
            for obj in objects:
                yield claim_for(sent, kind, resolution, kind, obj,
                                confidence=0.85 if explicit else 0.7, extractor=NAME, version=VERSION, ctx=ctx)
