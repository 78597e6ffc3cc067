"""Resolution–bans–commodity (and caps): what a resolution prohibits, read from lists.

A sentence with a ban or cap cue (``kg/rules/bans.yaml``) and commodities of the
ontology yields one claim per resolution it speaks of (named in it or just
before: "The document imposes ... are now banned from purchasing ...") and per
commodity. Coordinated heads are split: "rocket and jet fuel" is rocket fuel and
jet fuel when both are commodities of the ontology. What follows "except" is left out.

A measure a resolution renews or extends ("renewed until 30 November 2012 the arms embargo") is a
ban by that resolution; one it lifts is not. A resolution named only in passing ("the Group of
Experts established pursuant to resolution 1533 (2004)") bans nothing; one named as a measure's
origin ("the oil-related sanctions laid out in resolution 2146 (2014)") bans what is named just
before it, beside the resolution the sentence is about. A measure modified, waived or that "shall not
apply" to someone is no ban, nor are the goods it does not apply to; goods that carry a trade ("by
vessels") or only end a hyphenated word ("the oil-for-food programme") are no goods banned.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from rdflib import URIRef
from rdflib.namespace import SKOS
from spacy.tokens import Doc, Span, Token

from kg.claims import Claim, Node
from kg.extract.base import Context, claim_for, sentences, spans_in, words_of
from kg.extract.cues import Cue, find_cues, word_set
from kg.extract.resolutions import (
    Mention,
    focus_cached,
    in_sentence,
    mentions_by_role,
    names_a_draft,
    resolution_at,
    resolution_in_focus,
    resolution_mentions,
)
from kg.fingerprints import family_version
from kg.gazetteer import load_ontology
from kg.nlp import normalise

NAME = "bans"
VERSION = family_version(__name__)  # a hash of this module, what it imports, its rules
ACTING = ("acting",)  # the resolutions whose words act: never one named only as a body's founder
NEGATION = {"not", "n't", "never", "no"}
BE = {"is", "are", "was", "were", "be", "been", "being"}
FAMILIES = ("bans", "caps", "renews", "lifts")
# Tokens between a renewal's verb and the goods where its measure word may stand ("extended the
# measures against the illicit export of crude oil"), unless they speak of a mandate instead.
MEASURE_BEFORE = 12
EMBARGO_WORDS = {"embargo", "embargoes"}
LIFTED_GAP = 2  # tokens between a lifting verb and the ban it lifts ("lifted its ban on")
LIFTED_AFTER = 5  # tokens between a ban and the lifting told after it ("embargo on Somalia partially lifted")
DETERMINERS = {"the", "its", "this", "that"}
ARTICLES = DETERMINERS | {"a", "an", "any"}
HYPOTHETICAL_BEFORE = 8  # tokens before a cue where what only seeks it stands ("pushing for the ...")
CLAUSE_MARKS = {",", ";", ":", "—", "–"}  # a hedge before them is of another clause
RELATIVES = {"that", "which"}
POINTING_OPENING = 4  # a sentence's first words, where a subject pointing back at the resolution stands
ABOUT_BEFORE = 5  # tokens before a measure's own words where what the sentence does to it stands
CLAUSE_BREAKS = {";", "which", "that", "who", "whose", "while", "whereas", "where"}
MEASURE_AFTER = 5  # and after it ("arms, financial and travel sanctions")
COORDINATORS = {"and", "or", ",", "as", "well", "other"}
ORIGIN_GAP = 80  # characters between a commodity and the origin that follows it
EXEMPT_GAP = 8  # tokens between a measure and the "shall not apply" that exempts from it
HYPHENS = {"-", "‐", "–"}


def _commodities(sent: Span, ctx: Context) -> list[tuple[Span, Node]]:
    """Commodities the sentence names, with their first token, up to an exception ("except ...").
    One named twice ("industrial equipment, heavy machinery") is two claims that
    :func:`kg.extract.extract_text` makes one with both wordings."""
    doc = sent.doc
    exceptions = word_set("bans", "exceptions")
    stop = next((t.i for t in words_of(sent) if normalise(t.text) in exceptions), sent.end)
    stop = min([stop, *(c.start for c in find_cues(sent, "bans", ("not_applying", "reasons")))])
    # A commodity word that only modifies a topic's name is no commodity: "the Chemical Weapons
    # Convention" (but "development of ballistic missiles" still names the missiles).
    topics = spans_in(doc, "topic", sent.start, stop)
    spans = [
        (span, ctx.gazetteer.node(span.kb_id_))
        for span in spans_in(doc, "commodity", sent.start, stop)
        if not any(t.start <= span.start and span.end < t.end for t in topics)
        and not _compounded(span) and not _means(span)
    ]
    found = [(span, Node.of(info, span.text)) for span, info in spans if info]
    return [(span, node) for span, node in found if not _elaborates(doc, span, node, found)]


def _compounded(span: Span) -> bool:
    """Whether the commodity's words only end a hyphenated word whose first part says it is not
    those goods: "food" in "the oil-for-food programme", "military equipment" in "non-military
    equipment" (``compound_prefixes`` of the rules)."""
    doc = span.doc
    if span.start < 2:
        return False
    hyphen, prefix = doc[span.start - 1], doc[span.start - 2]
    return (hyphen.text in HYPHENS and not hyphen.whitespace_ and not prefix.whitespace_
            and normalise(prefix.text) in word_set("bans", "compound_prefixes"))


def _means(span: Span) -> bool:
    """Whether the goods are the means of the trade ("exports of oil by vessels designated ...",
    "or using their flag vessels or aircraft", "vessels carrying ...")."""
    doc = span.doc
    i = span.start - 1
    skipped = ARTICLES | word_set("bans", "means_modifiers")
    while i >= span.sent.start and doc[i].lower_ in skipped:
        i -= 1
    return i >= 0 and normalise(doc[i].text) in word_set("bans", "means_before") or _carries(span)


def _carries(span: Span) -> bool:
    """Whether the goods carry or do the trade: "vessels carrying Libyan crude", "prevent ships from
    loading, transporting or discharging crude oil"."""
    doc, end = span.doc, span.end
    after = doc[end].lower_ if end < span.sent.end else ""
    acting = after == "from" and end + 1 < span.sent.end and doc[end + 1].lower_.endswith("ing")
    return acting or normalise(after) in word_set("bans", "means_after")


def _exempted(sent: Span, commodity: Span) -> bool:
    """Whether the measure the commodity names is one that "shall not apply" to someone, a few
    words on in its clause ("the arms embargo on Somalia does not apply to deliveries ...")."""
    doc = sent.doc
    return any(
        0 <= cue.start - commodity.end <= EXEMPT_GAP
        and not any(t.lower_ in CLAUSE_BREAKS for t in doc[commodity.end : cue.start])
        for cue in find_cues(sent, "bans", ("not_applying",))
    )


def _elaborates(doc: Doc, span: Span, node: Node, found: list[tuple[Span, Node]]) -> bool:
    """Whether the commodity only names a part of one named before it ("arms and related materiel
    of all types, including weapons and ammunition"): an elaboration word between them and the
    earlier one is the same or broader."""
    elaborations = word_set("bans", "elaborations")
    for other, broader in found:
        if other.end > span.start:
            break
        between = " ".join(normalise(t.text) for t in doc[other.end : span.start])
        if broader.iri in _broader_closure(node.iri) and any(
            f" {word} " in f" {between} " for word in elaborations
        ):
            return True
    return False


@lru_cache(maxsize=256)
def _broader_closure(iri: str) -> frozenset[str]:
    """The commodity and every broader one (skos:broader*), from the project's ontology."""
    graph = load_ontology()
    return frozenset(str(c) for c in graph.transitive_objects(URIRef(iri), SKOS.broader))


def _negated(sent: Span, cue_start: int) -> bool:
    """Whether the cue is denied ("did not extend") or only sought ("would extend", "pushing for")."""
    doc = sent.doc
    if any(doc[j].lower_ in NEGATION for j in range(max(sent.start, cue_start - 3), cue_start)):
        return True
    return _hypothetical(sent, cue_start)


def _hypothetical(sent: Span, start: int) -> bool:
    """Whether a word of seeking or proposing stands just before, in the same clause: "in a
    unanimous vote on Wednesday, the council prohibited" is no vote still to come."""
    doc = sent.doc
    words = set()
    for j in range(start - 1, max(sent.start, start - HYPOTHETICAL_BEFORE) - 1, -1):
        if doc[j].text in CLAUSE_MARKS:
            break
        words.add(normalise(doc[j].text))
    hedges = words & word_set("bans", "hypothetical")
    return bool(hedges) and not (hedges == {"would"} and _an_adopted_texts_effect(sent, start))


def _an_adopted_texts_effect(sent: Span, start: int) -> bool:
    """ "approved new sanctions that would ban North Korean exports of coal", "adopted resolution 2371,
    which would ban": what a text adopted in the sentence would do is what it does (wire style), so
    long as no draft or proposal is spoken of (bans.yaml ``adopted``)."""
    doc = sent.doc
    near = range(start - 1, max(sent.start, start - 3) - 1, -1)
    would = next((j for j in near if doc[j].lower_ == "would"), None)
    if would is None or would == sent.start or doc[would - 1].lower_ not in RELATIVES:
        return False
    before = {normalise(t.text) for t in doc[sent.start : would - 1]}
    return bool(before & word_set("bans", "adopted")) and not before & word_set("bans", "proposed")


def _kind_for(sent: Span, commodity: Span, cues: list[Cue], chain: list[Span]) -> str | None:
    """The kind of the cue that governs a commodity: the last one before it (a renewal only of a
    measure, a lifting none); a cue in the commodity's own words ("arms embargo") or in those of
    the commodities coordinated with it ("an oil and arms embargo"); or, for a commodity named
    before every cue, the first cue if it is passive ("fuel ... were also prohibited")."""
    before = [c for c in cues if c.start < commodity.start]
    if _lifted_ban(before):
        return None  # "lifted the ban on timber", "lifting its embargo on arms"
    if before:
        return _governed(sent.doc, commodity, before[-1])
    own = [c for c in cues if c.family in ("bans", "caps")
           and any(span.start <= c.start < span.end + 1 for span in [commodity, *chain])]
    if own:
        if _spoken_about(sent.doc, commodity) or _hypothetical(sent, commodity.start):
            return None
        return None if _lifted_after(commodity, chain, cues) else own[0].family
    first = cues[0]
    return first.family if first.family in ("bans", "caps") and _passive(sent, first) else None


def _ended(commodity: Span, cues: list[Cue], chain: list[Span], refused: list[Cue]) -> bool:
    """Whether the sentence ends the measure on a commodity: a lifting before or after it, or a
    renewal refused (the resolution that first imposed it still banned it)."""
    before = [c for c in cues if c.start < commodity.start]
    lifted = _lifted_ban(before) or bool(before) and before[-1].family == "lifts"
    return lifted or _lifted_after(commodity, chain, cues) or _renewal_refused(commodity, cues, refused)


def _lifted_ban(before: list[Cue]) -> bool:
    """A ban cue a lifting just before ends: "lifted the ban on timber", "lifting its embargo on arms"."""
    if len(before) < 2:
        return False
    return before[-2].family == "lifts" and before[-1].start - before[-2].end <= LIFTED_GAP


def _lifted_after(commodity: Span, chain: list[Span], cues: list[Cue]) -> bool:
    """A measure named in its goods' own words with a lifting right after it: "Côte d'Ivoire diamond
    ban lifted", "arms embargo on Somalia partially lifted"."""
    end = max(span.end for span in [commodity, *chain]) + 1  # past the measure's own word ("ban")
    after = next((c for c in cues if c.start >= end), None)
    return after is not None and after.family == "lifts" and after.start - end <= LIFTED_AFTER


def _renewal_refused(commodity: Span, cues: list[Cue], refused: list[Cue]) -> bool:
    """Whether the measure that governs a commodity is one a denied renewal just before names:
    "decided not to renew the ban on imports of round logs" ends the ban, as a lifting does."""
    governing = [c for c in cues if c.start < commodity.start]
    if not governing:
        return False
    cue = governing[-1]
    return any(r.family == "renews" and 0 <= cue.start - r.end <= LIFTED_GAP for r in refused)


def _spoken_about(doc: Doc, commodity: Span) -> bool:
    """Whether a measure the commodity's own words name is what the sentence reports on, violates
    or enforces rather than one it sets ("report on the arms embargo")."""
    before = doc[max(0, commodity.start - ABOUT_BEFORE) : commodity.start]
    return bool({normalise(t.text) for t in before} & word_set("bans", "about_a_measure"))


def _governed(doc: Doc, commodity: Span, cue: Cue) -> str | None:
    """What a cue before a commodity makes of it: a lifting ends it, a renewal bans a measure only."""
    if cue.family == "lifts":
        return None
    if cue.family == "bans" and _spoken_about(doc, commodity):
        return None  # "a travel ban on those who violate the arms embargo"
    if cue.family == "renews":
        if _spoken_about(doc, commodity):  # "extended the authorization to inspect vessels violating ..."
            return None
        start = max(cue.end, commodity.start - MEASURE_BEFORE)
        start = cue.end if _renews_a_measure(doc, cue, commodity) else start
        breaks = [t.i + 1 for t in doc[start : commodity.start] if t.lower_ in CLAUSE_BREAKS]
        start = max([start, *breaks])  # "the sanctions laid out in ..., which target vessels"
        words = {normalise(t.text) for t in doc[start : commodity.end]}
        if {normalise(t.text) for t in doc[start : commodity.start]} & word_set("bans", "mandates"):
            words = {normalise(t.text) for t in doc[commodity.start : commodity.end]}
        words |= {normalise(t.text) for t in _measure_after(doc, commodity)}
        return "bans" if words & word_set("bans", "measure_words") else None
    return cue.family


def _renews_a_measure(doc: Doc, cue: Cue, commodity: Span) -> bool:
    """Whether the first measure or mandate a renewal names is a measure, however far the goods
    come after it: "renewed until 31 July 2017 the measures imposed by its resolution 2146 (2014)
    on the prevention of illicit crude oil exports" (not "renewed the mandate of the Panel")."""
    kinds = word_set("bans", "measure_words") | word_set("bans", "mandates")
    first = next((t for t in doc[cue.end : commodity.start] if normalise(t.text) in kinds), None)
    return first is not None and normalise(first.text) in word_set("bans", "measure_words")


def _measure_after(doc: Doc, commodity: Span) -> list[Token]:
    """The words that may still name the commodity's measure after it, in its own coordination:
    "renewed arms, financial and travel sanctions", "the diamond and timber sanctions"."""
    words = []
    for token in doc[commodity.end : min(len(doc), commodity.end + MEASURE_AFTER)]:
        if token.is_punct and token.text != ",":
            break
        words.append(token)
    return words


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
    resolutions = focus_cached(doc, ctx, ACTING)
    mentions = resolution_mentions(doc, ctx)
    embargoed: Node | None = None  # the goods of the last embargo named, for "the embargo"
    for sent in sentences(doc):
        subjects = resolutions.get(sent.start, []) or _pointed_back(sent, ctx)
        origins = mentions_by_role(sent, mentions, ("origin",))
        if subjects or origins:
            named = {n.iri for n in in_sentence(sent, mentions)}
            yield from _imposed(sent, subjects, named, ctx)
            claims = list(_banned(sent, subjects, origins, named, ctx))
            yield from claims
            if not claims and embargoed is not None:
                yield from _the_embargo(sent, subjects, embargoed, named, ctx)
        embargoed = _embargo_named(sent, ctx) or embargoed


def _pointed_back(sent: Span, ctx: Context) -> list[Node]:
    """ "The US-drafted resolution places a weapons embargo ...", "The new measures also ban ...",
    "It also bans ...", many sentences after the article named its resolution: the article's one
    acting resolution, as for a position on "the resolution". A subject that points back opens
    the sentence: "it", or a measure word among its first words (bans.yaml ``measure_words``)."""
    if not find_cues(sent, "bans", FAMILIES) or names_a_draft(sent):
        return []  # most sentences: no ban, renewal or lifting said, so nothing to credit
    found = resolution_in_focus(sent, sent.start, ctx, ACTING)
    if found:
        return found
    opening = [normalise(t.text) for t in sent[:POINTING_OPENING]]
    if opening[:1] == ["it"] or set(opening) & word_set("bans", "measure_words"):
        return resolution_at(sent, ctx, ACTING)
    return []


def _embargo_named(sent: Span, ctx: Context) -> Node | None:
    """The goods of the last embargo the sentence names ("the arms embargo", "an oil embargo")."""
    if not any(normalise(t.text) in EMBARGO_WORDS for t in words_of(sent)):
        return None  # most sentences name none: their goods need not be found
    found = None
    for span, node in _commodities(sent, ctx):
        after = sent.doc[span.start : min(sent.end, span.end + 1)]
        if any(normalise(t.text) in EMBARGO_WORDS for t in after):
            found = node
    return found


def _the_embargo(
    sent: Span, subjects: list[Node], embargoed: Node, named: set[str], ctx: Context
) -> Iterator[Claim]:
    """ "The Council kept the embargo in place": a bare embargo that a ban or renewal cue governs
    is the last one named before, for the resolutions the sentence is about."""
    doc = sent.doc
    cues = [c for c in find_cues(sent, "bans", ("bans", "renews")) if not _negated(sent, c.start)]
    for cue in cues[:1]:
        window = doc[cue.end : min(sent.end, cue.end + MEASURE_BEFORE)]
        for token in window:
            if token.lower_ in CLAUSE_BREAKS:
                break
            bare = not spans_in(doc, "commodity", token.i, token.i + 1)
            if normalise(token.text) in EMBARGO_WORDS and doc[token.i - 1].lower_ in DETERMINERS and bare:
                for resolution in subjects:
                    yield claim_for(sent, "bans", resolution, "bans", embargoed,
                                    confidence=0.75 if resolution.iri in named else 0.6,
                                    extractor=NAME, version=VERSION, ctx=ctx)
                return


def _coordinated(doc: Doc, following: list[Span], span: Span) -> list[Span]:
    """The commodities joined to ``span`` by "and", "or" and commas only ("oil and arms embargo")."""
    chain, end = [], span.end
    for other in following:
        if other.start < end:
            continue  # an overlapping wording of the same words
        if any(t.lower_ not in COORDINATORS for t in doc[end : other.start]) or other.start == end:
            break
        chain.append(other)
        end = other.end
    return chain


def _origin_of(
    span: Span, following: int, origins: list[Mention], renewed_from: int | None
) -> list[Node]:
    """The resolution named as the origin of a measure right after the commodity ("the arms embargo
    imposed by resolution 1556"), before the next commodity (``following``, a character offset);
    or between a renewal and the commodity, as the origin of the measures renewed ("renewed the
    measures imposed by its resolution 2146 (2014) on ... crude oil exports": ``renewed_from``)."""
    after = [m for m in origins
             if 0 <= m.start_char - span.end_char <= ORIGIN_GAP and m.start_char < following]
    before = [m for m in origins
              if renewed_from is not None and renewed_from <= m.start_char < span.start_char]
    return [m.node for m in (after or before)[:1]]


def _banned(
    sent: Span, subjects: list[Node], origins: list[Mention], named: set[str], ctx: Context
) -> Iterator[Claim]:
    """Each commodity of the sentence under the ban or cap cue that governs it, for the resolutions
    the sentence is about and the one named as the measure's origin."""
    found = find_cues(sent, "bans", FAMILIES)
    cues = [c for c in found if not _negated(sent, c.start)]
    if not cues:
        return
    refused = [c for c in found if c not in cues]
    denied = [c.start for c in refused]  # "would extend", "asking ... to extend"
    commodities = _commodities(sent, ctx)
    spans = [s for s, _ in commodities]
    for i, (span, commodity) in enumerate(commodities):
        chain = _coordinated(sent.doc, spans[i + 1 :], span)
        last = chain[-1] if chain else span
        kind = _kind_for(sent, span, cues, chain)
        if kind and _exempted(sent, last):
            kind = None  # "the arms embargo on Somalia shall not apply to deliveries to the Government"
        if kind and _renewal_refused(span, cues, refused):
            kind = None  # "decided not to renew the ban on imports of round logs"
        if kind and any(start < span.start for start in denied) and not any(
                c.start < span.start for c in cues):
            kind = None  # a measure named by its own words after a denied or hypothetical act
        # The origin named after a list is every item's ("crude oil and other petroleum products
        # laid out in resolution 2146"): it is read after the list's last item.
        j = spans.index(last)
        following = spans[j + 1].start_char if j + 1 < len(spans) else sent.end_char
        renewal = next((c for c in reversed(cues) if c.start < span.start), None)
        renewed_from = sent.doc[renewal.end - 1].idx if renewal is not None and renewal.family == "renews" \
            else None
        origin = _origin_of(last, following, origins, renewed_from)
        resolutions = list(dict.fromkeys([*subjects, *origin])) if kind else []
        if not kind and origin and _ended(span, cues, chain, refused):
            kind, resolutions = "bans", origin  # "lifted the ban on timber, which it had imposed by 1521"
        for resolution in resolutions:
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
