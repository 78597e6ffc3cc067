"""Actor–position–topic: who supports or opposes what, read from stance cues.

For each cue of ``kg/rules/stance.yaml`` in a sentence:

* the holder is the actor named before the cue in its clause ("Russia is opposed
  to ..."), or, for "we", "he", "the minister" and for judgements, the sentence's
  speaker (kg/extract/speakers.py); a text in the first person with no named
  speaker speaks for the actor that holds most positions in it;
* what is held is every topic, resolution or measure the vocabularies name in
  the cue's scope, or else the noun phrase that follows it, as a new topic;
* a call to halt, stop or cancel X is opposition to X; negation, hypotheticals,
  denials and questions yield nothing; hedges lower the confidence.

A person's position is also their state's ("Lavrov said" is Russia's too).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Claim, Context, Node, claim_for, group_spans, is_pronoun, sentences, spans_in
from kg.extract.cues import Cue, find_cues, word_set
from kg.extract.resolutions import focus, in_sentence, resolution_mentions
from kg.extract.speakers import actor_node, actor_spans, speakers
from kg.namespaces import node as node_iri

NAME = "positions"
VERSION = "1"
FAMILIES = (
    "verb",
    "evaluative",
    "evaluative_adjective",
    "evaluative_after",
    "predicate",
    "gerund_only",
    "cessation",
    "hostile",
)
BASE_CONFIDENCE = {
    "verb": 0.8,
    "hostile": 0.75,
    "cessation": 0.7,
    "predicate": 0.7,
    "evaluative_after": 0.65,
    "evaluative": 0.6,
    "evaluative_adjective": 0.6,
    "gerund_only": 0.6,
}
# Tokens that end the scope of a cue or the search for its holder.
HARD_BOUNDARY = {";", ":", "but", "while", "whereas", "although", "though", "however"}
# Words after which a cue's object has ended: "defuse tensions after the nuclear tests".
SOFT_BOUNDARY = {
    "after",
    "before",
    "following",
    "since",
    "because",
    "despite",
    "due",
    "unless",
    "if",
    "exchange",
    "which",
    "who",
    "whose",
    "that",
    "said",
    "says",
    "added",
    "noted",
    "stressed",
}
# A cue right after these has a thing for its subject ("resolution 2231, which endorsed the deal").
RELATIVE = {"which", "that"}
# Nouns of means whose "to" + verb states an aim: "earnings to support", "sanctions to curb".
PURPOSE_NOUNS = {
    "earning",
    "revenue",
    "fund",
    "money",
    "income",
    "cash",
    "sanction",
    "measure",
    "resource",
    "currency",
    "program",
    "effort",
    "step",
}
# Outcomes judged, not positions: "will have dangerous consequences".
OUTCOME_NOUNS = {"consequence", "situation", "result", "outcome", "moment", "time", "game"}
# "any attempt to strangle the country": nouns whose phrase goes on through "to" and a verb.
NOUNS_WITH_TO = {
    "attempt",
    "attempts",
    "effort",
    "efforts",
    "plan",
    "plans",
    "decision",
    "bid",
    "move",
    "intention",
    "threat",
    "threats",
    "refusal",
    "right",
}
# An actor right after these is an object ("a resolution against North Korea"), not a holder.
PREPOSITIONS = {
    "against",
    "to",
    "with",
    "on",
    "from",
    "for",
    "by",
    "of",
    "between",
    "at",
    "toward",
    "towards",
    "about",
    "over",
    "in",
    "into",
    "upon",
}
DETERMINER_BEFORE_NOUN = {"the", "a", "an", "this", "that", "these", "those"}
HOLDER_BOUNDARY = HARD_BOUNDARY | {"that", "which", "who", "whom", '"', "“", "”", "said", "says"}
# Words a new topic's phrase may not start or end with.
DETERMINERS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "these",
    "this",
    "those",
    "that",
    "any",
    "all",
    "some",
    "his",
    "her",
    "our",
    "such",
    "so-called",
    "so",
    "called",
    "every",
    "further",
}
PHRASE_STOP = {
    "instead",
    "in",
    "at",
    "on",
    "between",
    "within",
    "from",
    "with",
    "by",
    "for",
    "to",
    "as",
    "which",
    "that",
    "who",
    "when",
    "after",
    "before",
    "since",
    "because",
    "if",
    "than",
    "into",
    "around",
    "amid",
    "despite",
    "while",
    "and",
    "or",
    "is",
    "are",
    "was",
    "were",
    "be",
    "will",
    "would",
    "should",
    "can",
    "could",
    "has",
    "have",
}
# Nouns that point back at something named before: "opposition to the move".
GENERIC_NOUNS = {
    "move",
    "step",
    "decision",
    "plan",
    "proposal",
    "initiative",
    "idea",
    "attempt",
    "effort",
    "bid",
    "push",
    "deal",
    "accord",
    "agreement",
    "process",
    "policy",
    "measure",
}
AGREEMENT_NOUNS = {"deal", "accord", "agreement"}
ANTECEDENT_REACH = 500  # characters back to what a generic phrase stands for
VOTE_AGAINST = re.compile(r"\bin favou?r\s*(?:,\s*|to\s+)\w+\s+against\s*\((?P<against>[^)]*)\)", re.I)
RESOLUTION_HEADS = {"resolution", "document"}  # normalised heads that point back at a resolution
RESOLUTION_WINDOW = 16  # tokens after a cue where "the ... resolution" may stand
OPENING_QUOTES = {'"', "“", "‘", "'", "«"}
DEMONSTRATIVES = {"this", "that", "these", "those"}
DEMONSTRATIVE_NOUNS = {
    "country",
    "state",
    "regime",
    "nation",
    "government",
    "resolution",
    "decision",
    "move",
    "step",
    "plan",
    "programme",
    "program",
    "test",
    "launch",
    "deal",
    "agreement",
}
PHRASE_KEEP_AND = 1  # "honest and open discussion": one "and" may join two modifiers
MAX_PHRASE = 6
MIN_GAP_FOR_TOPIC = 3
SPEAKER_PENALTY = 0.85
SCARE_QUOTE_WORDS = 2  # words a quote mark pair may hold and still be emphasis, not speech
PRONOUN_REACH = 600  # characters back to the person "he" or "she" stands for
FIRST_PERSON_SENTENCES = 2
NEW_TOPIC_PENALTY = 0.85
HEDGE_PENALTY = 0.7


@dataclass(frozen=True)
class Reading:
    """A position read from one cue, before its holder is known for sure."""

    holders: tuple[Node, ...]
    needs_speaker: bool
    stance: str
    objects: tuple[Node, ...]
    confidence: float
    sent: Span


def _words(key: str) -> frozenset[str]:
    return word_set("stance", key)


def _clause_start(sent: Span, i: int) -> int:
    """Where the clause holding token ``i`` begins, looking back for a hard boundary."""
    for j in range(i - 1, sent.start - 1, -1):
        if sent.doc[j].lower_ in HARD_BOUNDARY:
            return j + 1
    return sent.start


def _scope_end(sent: Span, cue: Cue, cues: list[Cue], topics: list[Span]) -> int:
    """Where what a cue governs ends: the next cue, a hard boundary, or a comma not opening a list."""
    doc = sent.doc
    later = [c.start for c in cues if c.start >= cue.end and c.family != "evaluative_adjective"]
    stop = min(later, default=sent.end)
    topic_starts = {t.start for t in topics}
    for j in range(cue.end, stop):
        tok = doc[j]
        if (
            tok.lower_ in HARD_BOUNDARY
            or tok.text == "?"
            or (tok.lower_ in SOFT_BOUNDARY and j > cue.end and not _demonstrative(doc, j))
        ):
            return j
        if (
            tok.text == ","
            and j + 1 not in topic_starts
            and j > cue.end + 1
            and cue.norm not in _words("clausal")
        ):
            return j
    return stop


def _demonstrative(doc: Doc, j: int) -> bool:
    """ "that country's launches": "that" pointing at a noun, not opening a clause."""
    if doc[j].lower_ != "that" or j + 2 >= len(doc):
        return False
    return doc[j + 2].lower_ in {"'s", "’s"} or doc[j + 1].norm_ in DEMONSTRATIVE_NOUNS


def _blocked(sent: Span, cue: Cue) -> bool:
    """A negated, hypothetical or denied cue states no position."""
    doc = sent.doc
    clause = _clause_start(sent, cue.start)
    before = [normal(doc[j]) for j in range(max(clause, cue.start - 3), cue.start)]
    if any(w in _words("negation") for w in before):
        return True
    opening = {normal(doc[j]) for j in range(clause, cue.start)}
    return bool(
        opening & (_words("hypothetical") - {"would", "could", "might"}) or opening & _words("denial")
    )


def normal(token: Token) -> str:
    return token.norm_


def _hedged(sent: Span) -> bool:
    return any(t.norm_ in _words("hedge") or t.lower_ in {"would", "could", "might"} for t in sent)


def _holder(sent: Span, cue: Cue, actors: list[Span], gaz) -> tuple[list[Node], bool]:
    """The actors named before the cue in its clause ("Russia and China are ..."), or a call
    for the speaker when the clause says "we", "he" or names no one."""
    doc = sent.doc
    owner = _possessor_before(doc, cue.start, actors) if cue.start - sent.start >= 2 else None
    if owner is not None and doc[cue.start - 1].lower_ in {"'s", "’s"}:
        node = actor_node(owner, gaz)  # "China's objection to ...", "Russia's support for ..."
        return ([node] if node else []), False
    fronted = _fronted_subject(sent, cue, actors)
    if fronted is not None:
        node = actor_node(fronted, gaz)  # "Expressing concern about X, the Council ..."
        return ([node] if node else []), False
    for j in range(cue.start - 1, sent.start - 1, -1):
        tok = doc[j]
        if tok.lower_ in HOLDER_BOUNDARY and not _scare_quote(doc, j):
            break
        if tok.lower_ in {"he", "she"}:
            person = _last_person(doc, j, actors, gaz)  # "as he spoke out against ..."
            return ([person], False) if person else ([], True)
        if is_pronoun(tok, _words("first_person")):
            return [], True
        found = next((a for a in actors if a.start <= j < a.end), None)
        if found is not None:
            if _is_object(doc, found):
                continue
            nodes = [actor_node(a, gaz) for a in _coordinated(doc, found, actors)]
            return [n for n in nodes if n], False
        if tok.lower_ in _words("speaker_anaphora") or tok.norm_ in _words("roles"):
            owner = _possessor_before(doc, j, actors)  # "China's envoy"
            if owner is not None:
                node = actor_node(owner, gaz)
                return ([node] if node else []), False
            return [], True
    return [], True


def _scare_quote(doc: Doc, j: int) -> bool:
    """A quote mark around a word or two ("“categorically” rejected"), not a quotation."""
    if doc[j].text not in {'"', "“", "”"}:
        return False
    near = doc[max(0, j - SCARE_QUOTE_WORDS - 1) : j + SCARE_QUOTE_WORDS + 2]
    return sum(t.text in {'"', "“", "”"} for t in near) >= 2


def _last_person(doc: Doc, j: int, actors: list[Span], gaz) -> Node | None:
    """Who "he" or "she" at token ``j`` is: the last person named not long before."""
    for actor in reversed([a for a in actors if a.end <= j]):
        if doc[j].idx - actor.end_char > PRONOUN_REACH:
            return None
        node = actor_node(actor, gaz)
        if node is not None and node.cls == "person":
            return node
    return None


def _possessor_before(doc: Doc, j: int, actors: list[Span]) -> Span | None:
    """The actor in "<actor>'s <role>" when token ``j`` is the role (adjectives allowed between)."""
    for k in range(j - 1, max(0, j - 4), -1):
        if doc[k].lower_ in {"'s", "’s"}:
            return next((a for a in actors if a.end == k), None)
    return None


def _fronted_subject(sent: Span, cue: Cue, actors: list[Span]) -> Span | None:
    """The subject after an opening participle clause that holds the cue:
    "Condemning the launch, the Council ...", "Determined to ..., the Security Council ..."."""
    doc = sent.doc
    first = doc[sent.start]
    if not (first.is_title and first.lower_.endswith(("ing", "ed")) or first.lower_ == "unanimously"):
        return None
    comma = next((t.i for t in doc[sent.start : sent.end] if t.text == ","), None)
    if comma is None or comma < cue.end:
        return None
    after = [a for a in actors if comma < a.start <= comma + 4 and a.end <= sent.end]
    return after[0] if after else None


def _is_object(doc: Doc, actor: Span) -> bool:
    """A possessor ("North Korea's actions") or a prepositional object ("against Pyongyang"),
    unless an office speaks for it ("China's foreign ministry", "the representative of China")."""
    after = doc[actor.end].lower_ if actor.end < len(doc) else ""
    i = actor.start - 1
    while i > 0 and (doc[i].lower_ in {"the", "a", "an"} or doc[i].norm_ in _words("roles")):
        i -= 1  # "against the DPRK", "led by President Trump"
    if i > 0 and doc[i].text == "(":
        previous = next((a for a in reversed(actor_spans(doc)) if a.end <= i), None)
        if previous is not None and previous.end == i:
            return _is_object(doc, previous)  # "against the Democratic People's Republic of Korea (DPRK)"
    before = doc[i].lower_ if i >= 0 else ""
    if after in {"'s", "’s", "'"}:
        return not _role_at(doc, actor.end + 1)
    if before == "of" and i >= 1 and doc[i - 1].norm_ in _words("roles"):
        return False
    return before in PREPOSITIONS


def _role_at(doc: Doc, i: int) -> bool:
    """Whether a noun of office that acts ("foreign ministry said", "ambassador condemned") starts
    at token ``i`` — not one in a list of things ("IAEA's authority and role")."""
    roles = _words("roles")
    for width in (2, 1):
        if i + width <= len(doc) and " ".join(t.norm_ for t in doc[i : i + width]) in roles:
            after = doc[i + width].lower_ if i + width < len(doc) else ""
            return after not in {"and", ",", "of", "to", "in", "."}
    return False


def _coordinated(doc: Doc, actor: Span, actors: list[Span]) -> list[Span]:
    """ "Russia and China": the actor and those joined to it by "and" or commas before it."""
    group = [actor]
    while group[0].start >= 2 and doc[group[0].start - 1].lower_ in {"and", ",", "-"}:
        prev = next((a for a in actors if a.end == group[0].start - 1), None)
        if prev is None:
            break
        group.insert(0, prev)
    return group


def _objects(sent: Span, start: int, end: int, ctx: Context, mentions) -> list[Node]:
    """Topics, resolutions and measures the vocabularies name in tokens ``start:end``."""
    doc = sent.doc
    found: list[tuple[int, Node]] = []
    for group in ("topic", "measure"):
        for span in spans_in(doc, group, start, end):
            info = ctx.gazetteer.node(span.kb_id_)
            if info:
                found.append((span.start, Node.of(info, span.text)))
    lo, hi = doc[start].idx if start < len(doc) else 0, doc[end - 1].idx if end > start else 0
    named: list[int] = []
    for m in mentions:
        if lo <= m.start_char <= hi + len(doc[end - 1]) and end > start:
            named.append(doc.char_span(m.start_char, m.end_char, alignment_mode="expand").start)
            found.append((named[-1], m.node))
    # "the sanctions resolution 2397": a topic naming the resolution's kind is not held apart from it.
    found = [(i, n) for i, n in found if n.cls == "resolution" or not any(0 < r - i <= 3 for r in named)]
    return [n for _, n in sorted(found, key=lambda x: x[0])]


def _phrase(sent: Span, start: int, end: int, actors: list[Span]) -> Node | None:
    """The noun phrase after a cue, as a new topic: "suffocating the regime", "North Korea's actions"."""
    span = _phrase_span(sent, start, end, actors)
    return None if span is None else _new_topic(span)


def _new_topic(span: Span) -> Node:
    label = span.text.strip("\"'“”‘’ ")
    return Node(str(node_iri("topic", label)), label, "topic", new=True)


def _resolution_in_focus(sent: Span, start: int, ctx: Context) -> list[Node]:
    """ "supported the resolution", "rejected the US-drafted, Council-adopted resolution", "the
    document": the resolution the text speaks of, when the words right after the cue name one."""
    if any(t.norm_ == "draft" for t in sent):
        return []  # "the U.S. draft resolution ... the resolution": a draft, not an adopted text
    words = [t.norm_ for t in sent.doc[start : min(sent.end, start + RESOLUTION_WINDOW)]]
    head = next((i for i, w in enumerate(words) if w in RESOLUTION_HEADS), None)
    if head is None or "draft" in words[:head] or any(w in {";", "which", "that"} for w in words[:head]):
        return []
    if "resolution_focus" not in ctx.cache:
        ctx.cache["resolution_focus"] = focus(sent.doc, ctx)
    near = ctx.cache["resolution_focus"].get(sent.start, [])
    named = {m.node.iri: m.node for m in resolution_mentions(sent.doc, ctx)}
    # Far from any mention, "the resolution" of an article that names only one is that one.
    return list(near)[:1] or (list(named.values()) if len(named) == 1 else [])


def _generic_head(sent: Span, start: int, end: int) -> Token | None:
    """The noun of a phrase that only points back: "the move", "the accord", "the U.S. decision"."""
    doc = sent.doc
    for token in doc[start:end]:
        if (
            token.lower_ in DETERMINERS
            or not token.is_lower
            and token.is_alpha
            or token.text in {".", "'s", "’s"}
        ):
            continue  # "the", "U.S.", "Washington's"
        return token if token.norm_ in GENERIC_NOUNS else None
    return None


def _antecedent(token: Token, ctx: Context) -> list[Node]:
    """What a generic noun points back at: a topic whose name ends in the same noun ("the
    accord" after "the 2015 nuclear deal"), else the last thing named just before."""
    head = token.norm_
    earlier = [
        t
        for t in group_spans(token.doc, "topic") + group_spans(token.doc, "measure")
        if t.end <= token.i and token.idx - t.end_char <= ANTECEDENT_REACH
    ]
    for topic in reversed(earlier):
        info = ctx.gazetteer.node(topic.kb_id_)
        if info and any(label.lower().split()[-1].rstrip("s") == head for label in info.labels):
            return [Node.of(info)]
    if head in AGREEMENT_NOUNS or not earlier:
        return []
    info = ctx.gazetteer.node(earlier[-1].kb_id_)
    return [Node.of(info)] if info else []


def _phrase_span(sent: Span, start: int, end: int, actors: list[Span]) -> Span | None:
    """The tokens of the noun phrase starting at ``start``: modifiers, head, "of" complements."""
    doc = sent.doc
    i = start
    while i < end and (doc[i].lower_ in DETERMINERS or doc[i].text in OPENING_QUOTES or doc[i].is_space):
        i += 1
    if i >= end or doc[i].lower_ in PHRASE_STOP or doc[i].is_punct:
        return None
    demonstrative = start < len(doc) and doc[start].lower_ in DEMONSTRATIVES
    words: list[Token] = []
    joined = 0
    for j in range(i, min(end, i + MAX_PHRASE)):
        tok = doc[j]
        if (
            tok.lower_ == "and"
            and joined < PHRASE_KEEP_AND
            and len(words) == 1
            and j + 1 < end
            and not doc[j + 1].is_punct
        ):
            joined += 1
            words.append(tok)
            continue
        through_to = tok.lower_ == "to" and words and words[-1].lower_ in NOUNS_WITH_TO
        if (
            tok.is_punct
            and tok.text not in {"-", "'s", "’s"}
            or tok.is_space
            or (tok.lower_ in PHRASE_STOP and not through_to)
        ):
            break
        if tok.like_num and not words:
            break
        words.append(tok)
    while words and (words[-1].lower_ in DETERMINERS | PHRASE_STOP or words[-1].is_punct):
        words.pop()
    if not words or (demonstrative and len(words) == 1):
        return None  # "this process": points back at something the vocabularies did not name
    span = doc[words[0].i : words[-1].i + 1]
    only_actors = all(
        any(a.start <= t.i < a.end for a in actors) or t.is_punct or t.lower_ in {"'s", "’s"} for t in span
    )
    if only_actors or all(t.is_stop for t in span):
        return None
    return span


def _gerund(sent: Span, i: int) -> bool:
    doc = sent.doc
    while i < sent.end and doc[i].is_punct:
        i += 1
    return i < sent.end and doc[i].lower_.endswith("ing")


def _standalone_gerund(sent: Span, cue: Cue) -> bool:
    """ "this means cancelling nuclear tests": a recommendation in the speaker's voice."""
    doc = sent.doc
    if not doc[cue.start].lower_.endswith("ing"):
        return False
    if cue.start == sent.start:
        return True
    return doc[cue.start - 1].lower_ in {
        ",",
        "and",
        "or",
        "means",
        "mean",
        "including",
        "by",
        ":",
        ";",
        "of",
    } and not (cue.start >= 2 and doc[cue.start - 2].lower_ in {"exchange", "instead"})


def _read_cue(
    sent: Span, cue: Cue, cues: list[Cue], ctx: Context, actors, topics, mentions, governing: Reading | None
) -> Reading | None:
    """What one cue says: its holder, stance and objects, or None when it says nothing."""
    if _blocked(sent, cue):
        return None
    end = _scope_end(sent, cue, cues, topics)
    stance, family = cue.stance, cue.family
    confidence = BASE_CONFIDENCE[family]
    holders, needs_speaker = [], True
    if _nominal(sent, cue):
        return None
    if family in {"verb", "hostile", "gerund_only"}:
        if _after_relative(sent, cue) or _takes_that_clause(sent, cue) or _purpose(sent, cue):
            return None
        holders, needs_speaker = _holder(sent, cue, actors, ctx.gazetteer)
    if family == "cessation":
        if governing is not None:
            holders, needs_speaker, stance = list(governing.holders), governing.needs_speaker, "opposes"
        elif not _standalone_gerund(sent, cue):
            return None
    if family == "gerund_only" and not _gerund(sent, cue.end):
        return None
    if family == "predicate":
        objects = _subject_of(sent, cue, ctx, mentions, actors)
    elif family == "evaluative":
        objects = _judged(sent, cue, cues, ctx, mentions)
    elif family == "evaluative_adjective":
        objects = _objects(sent, cue.end, min(cue.end + 3, sent.end), ctx, mentions)[:1]
        span = None if objects else _phrase_span(sent, cue.start, min(cue.end + 3, sent.end), actors)
        if span is not None and span[-1].norm_ not in OUTCOME_NOUNS:  # not "dangerous consequences"
            objects = [_new_topic(span)]
    elif family == "evaluative_after":
        objects = _objects(sent, cue.end, sent.end, ctx, mentions)[:1]
    else:
        objects = _objects(sent, cue.end, end, ctx, mentions)
        if not objects and cue.norm not in _words("clausal"):
            span = _phrase_span(sent, cue.end, end, actors)
            objects = _resolution_in_focus(sent, cue.end, ctx)
            head = None if objects else _generic_head(sent, cue.end, end)
            if head is not None:
                objects, span = _antecedent(head, ctx), None  # "their opposition to the move"
            if span is not None and not objects:
                objects = [_new_topic(span)]
                confidence *= NEW_TOPIC_PENALTY
    if not objects:
        return None
    if _hedged(sent):
        confidence *= HEDGE_PENALTY
    return Reading(tuple(holders), needs_speaker, stance, tuple(objects), confidence, sent)


def _after_relative(sent: Span, cue: Cue) -> bool:
    """ "..., which endorsed the deal": the cue's subject is a thing, not an actor."""
    doc = sent.doc
    j = cue.start - 1
    while j > sent.start and doc[j].lower_ in {"also", "has", "have", "had", "strongly", "firmly", "fully"}:
        j -= 1
    return j >= sent.start and doc[j].lower_ in RELATIVE


def _purpose(sent: Span, cue: Cue) -> bool:
    """ "earnings to support its nuclear programme", "sanctions to curb it": an aim, not a stance."""
    doc = sent.doc
    return (
        cue.start - sent.start >= 2
        and doc[cue.start - 1].lower_ == "to"
        and doc[cue.start - 2].norm_ in PURPOSE_NOUNS
    )


def _takes_that_clause(sent: Span, cue: Cue) -> bool:
    """ "regretted that X had not been ...": what follows is a clause, not the thing held."""
    doc = sent.doc
    return cue.end < sent.end and doc[cue.end].lower_ == "that" and cue.norm not in _words("clausal")


def _nominal(sent: Span, cue: Cue) -> bool:
    """A one-word cue after "the" or "a" is a noun: "in the end", "with the support of"."""
    doc = sent.doc
    return (
        cue.end - cue.start == 1
        and cue.start > sent.start
        and doc[cue.start - 1].lower_ in DETERMINER_BEFORE_NOUN
    )


def _subject_of(sent: Span, cue: Cue, ctx: Context, mentions, actors) -> list[Node]:
    """What a predicate cue says something of: the noun phrase its clause opens with, named by
    the vocabularies where they can ("the resolution adopted on March 2 will play a role")."""
    start = _subject_start(sent, cue)
    span = _phrase_span(sent, start, cue.start, actors)
    stop = cue.start if span is None else max(span.end, _mention_end(sent, start, cue.start, mentions))
    named = _objects(sent, start, stop, ctx, mentions)[:1]
    if named or span is None:
        return named
    return [_new_topic(span)]


def _mention_end(sent: Span, start: int, end: int, mentions) -> int:
    """The end of a resolution named by its date right after the phrase ("... adopted on March 2")."""
    doc = sent.doc
    ends = (
        [
            doc.char_span(m.start_char, m.end_char, alignment_mode="expand").end
            for m in mentions
            if doc[start].idx <= m.start_char < doc[end - 1].idx + len(doc[end - 1])
        ]
        if end > start
        else []
    )
    return max(ends, default=start)


def _judged(sent: Span, cue: Cue, cues: list[Cue], ctx: Context, mentions) -> list[Node]:
    """What a judgement is about: the first thing its clause names before any other cue."""
    start = _subject_start(sent, cue)
    stop = min([c.start for c in cues if start <= c.start < cue.start] + [cue.start])
    return _objects(sent, start, stop, ctx, mentions)[:1]


def _subject_start(sent: Span, cue: Cue) -> int:
    """Where the clause of a cue begins: after "that", "which", a quote mark or a hard boundary."""
    doc = sent.doc
    for j in range(cue.start - 1, sent.start - 1, -1):
        if doc[j].lower_ in HOLDER_BOUNDARY:
            return j + 1
    return sent.start


def _vote_readings(sent: Span, ctx: Context, actors: list[Span], mentions) -> list[Reading]:
    """"adopted by a vote of 12 in favour to 2 against (Brazil, Turkey)": the states in the
    parentheses opposed the resolution being adopted."""
    match = VOTE_AGAINST.search(sent.text)
    if match is None:
        return []
    start, end = sent.start_char + match.start("against"), sent.start_char + match.end("against")
    voters = [actor_node(a, ctx.gazetteer) for a in actors if start <= a.start_char < end]
    resolutions = in_sentence(sent, mentions) or _resolution_in_focus(sent, sent.start, ctx)
    holders = tuple(v for v in voters if v is not None)
    if not holders or not resolutions:
        return []
    return [Reading(holders, False, "opposes", tuple(resolutions[:1]), BASE_CONFIDENCE["verb"], sent)]


def _sentence_readings(sent: Span, ctx: Context, actors, topics, mentions) -> list[Reading]:
    if sent.text.rstrip().endswith("?"):
        return []
    named = [(t.start, t.end) for t in topics if sent.start <= t.start < sent.end]
    cues = [
        c for c in find_cues(sent, "stance", FAMILIES) if not any(c.start < b and a < c.end for a, b in named)
    ]  # "the Russian-Chinese roadmap for"
    readings: list[Reading] = _vote_readings(sent, ctx, actors, mentions)
    governing: Reading | None = None
    for cue in cues:
        reading = _read_cue(sent, cue, cues, ctx, actors, topics, mentions, governing)
        if cue.family == "verb" and cue.stance == "supports":
            holders, needs = _holder(sent, cue, actors, ctx.gazetteer)
            governing = Reading(tuple(holders), needs, "supports", (), 0.0, sent)
        if reading:
            readings.append(reading)
    return readings


def _holders(node: Node, ctx: Context) -> list[Node]:
    """A person or a ministry speaks for their state too."""
    state = ctx.gazetteer.state_of(node.iri)
    if state and state.iri != node.iri:
        return [node, Node.of(state)]
    return [node]


def extract(doc: Doc, ctx: Context) -> Iterator[Claim]:
    """Every position the article states, one claim per holder, stance and object."""
    actors = actor_spans(doc)
    topics = list(doc.spans.get("topic", []))
    mentions = resolution_mentions(doc, ctx)
    speaking = speakers(doc, ctx)
    readings = [r for sent in sentences(doc) for r in _sentence_readings(sent, ctx, actors, topics, mentions)]
    default = _default_speaker(readings)
    if all(v is None for v in speaking.values()) and _written_in_first_person(doc):
        # No one is quoted or reported and "we" speaks: an official statement in its author's voice.
        speaking = {k: default for k in speaking}
    previous: Reading | None = None
    for r in readings:
        holders, confidence = list(r.holders), r.confidence
        if not holders:
            holders, confidence = _speaker_for(r, speaking, previous, default, confidence)
        if holders:
            previous = Reading(tuple(holders), False, r.stance, r.objects, confidence, r.sent)
        for holder in holders:
            for who in _holders(holder, ctx):
                for obj in r.objects:
                    if obj.iri != who.iri:
                        yield claim_for(
                            r.sent,
                            "position",
                            who,
                            r.stance,
                            obj,
                            confidence=confidence,
                            extractor=NAME,
                            version=VERSION,
                            ctx=ctx,
                            stance=r.stance,
                        )


def _speaker_for(
    r: Reading, speaking: dict, previous: Reading | None, default: Node | None, confidence: float
) -> tuple[list[Node], float]:
    """Who holds a position the clause does not name a holder for."""
    speaker = speaking.get(r.sent.start)
    if speaker is not None:
        return [speaker], confidence
    if previous is not None and previous.sent.end == r.sent.start:
        return list(previous.holders), confidence * SPEAKER_PENALTY  # "... This means cancelling ..."
    if default is not None and _first_person(r.sent):
        return [default], confidence * SPEAKER_PENALTY
    return [], confidence


def _written_in_first_person(doc: Doc) -> bool:
    """A text where "we" or "our" speaks in several sentences."""
    return sum(_first_person(sent) for sent in sentences(doc)) >= FIRST_PERSON_SENTENCES


def _first_person(sent: Span) -> bool:
    return any(is_pronoun(t, _words("first_person")) for t in sent)


def _default_speaker(readings: list[Reading]) -> Node | None:
    """The actor that holds most positions by name: the voice of a first-person text."""
    named = Counter(h for r in readings for h in r.holders)
    return named.most_common(1)[0][0] if named else None
