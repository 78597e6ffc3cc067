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

from kg.extract.base import Claim, Context, Node, claim_for, sentences, spans_in
from kg.extract.cues import Cue, find_cues, word_set
from kg.extract.resolutions import focus, in_sentence, resolution_mentions
from kg.nlp import normalise

NAME = "bans"
VERSION = "1"
NEGATION = {"not", "n't", "never", "no"}
BE = {"is", "are", "was", "were", "be", "been", "being"}


def _commodities(sent: Span, ctx: Context) -> list[tuple[int, Node]]:
    """Commodities the sentence names, with their first token, up to an exception ("except ...").
    One named twice ("industrial equipment, heavy machinery") is two claims that
    :func:`kg.extract.extract_text` makes one with both wordings."""
    doc = sent.doc
    exceptions = word_set("bans", "exceptions")
    stop = next((t.i for t in sent if normalise(t.text) in exceptions), sent.end)
    # A commodity word that only modifies a topic's name is no commodity: "the Chemical Weapons
    # Convention" (but "development of ballistic missiles" still names the missiles).
    topics = spans_in(doc, "topic", sent.start, stop)
    spans = [
        (span, ctx.gazetteer.node(span.kb_id_))
        for span in spans_in(doc, "commodity", sent.start, stop)
        if not any(t.start <= span.start and span.end < t.end for t in topics)
    ]
    return [(span.start, Node.of(info, span.text)) for span, info in spans if info]


def _negated(sent: Span, cue_start: int) -> bool:
    doc = sent.doc
    return any(doc[j].lower_ in NEGATION for j in range(max(sent.start, cue_start - 3), cue_start))


def _kind_for(sent: Span, position: int, cues: list[Cue]) -> str | None:
    """The kind of the cue that governs a commodity: the last one before it; or, for a commodity
    named before every cue, the first cue if it is passive ("fuel ... were also prohibited")."""
    before = [c for c in cues if c.start <= position]
    if before:
        return before[-1].family
    return cues[0].family if _passive(sent, cues[0]) else None


def _passive(sent: Span, cue: Cue) -> bool:
    doc = sent.doc
    return any(doc[j].lower_ in BE for j in range(max(sent.start, cue.start - 3), cue.start))


def _imposed(sent: Span, subjects: list[Node], named: set[str], ctx: Context) -> Iterator[Claim]:
    """``imposes`` claims: a resolution and a measure of the ontology after an imposing cue
    ("imposed an asset freeze and a travel ban", "expanding an arms embargo")."""
    cues = [c for c in find_cues(sent, "bans", ("imposes",)) if not _negated(sent, c.start)]
    if not cues:
        return
    for span in spans_in(sent.doc, "measure", cues[0].end, sent.end):
        info = ctx.gazetteer.node(span.kb_id_)
        for resolution in subjects if info else []:
            yield claim_for(
                sent,
                "imposes",
                resolution,
                "imposes",
                Node.of(info, span.text),
                confidence=0.8 if resolution.iri in named else 0.65,
                extractor=NAME,
                version=VERSION,
                ctx=ctx,
            )


def extract(doc: Doc, ctx: Context) -> Iterator[Claim]:
    """``bans``, ``caps`` and ``imposes`` claims, one per resolution and commodity or measure."""
    resolutions = focus(doc, ctx)
    mentions = resolution_mentions(doc, ctx)
    for sent in sentences(doc):
        subjects = resolutions.get(sent.start, [])
        if not subjects:
            continue
        named = {n.iri for n in in_sentence(sent, mentions)}
        yield from _imposed(sent, subjects, named, ctx)
        yield from _banned(sent, subjects, named, ctx)


def _banned(sent: Span, subjects: list[Node], named: set[str], ctx: Context) -> Iterator[Claim]:
    """Each commodity of the sentence under the ban or cap cue that governs it."""
    cues = [c for c in find_cues(sent, "bans", ("bans", "caps")) if not _negated(sent, c.start)]
    if not cues:
        return
    for position, commodity in _commodities(sent, ctx):
        kind = _kind_for(sent, position, cues)
        for resolution in subjects if kind else []:
            yield claim_for(
                sent,
                kind,
                resolution,
                kind,
                commodity,
                confidence=0.85 if resolution.iri in named else 0.7,
                extractor=NAME,
                version=VERSION,
                ctx=ctx,
            )
