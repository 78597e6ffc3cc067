"""What a position is held about: the things a cue's scope names, or the noun phrase after it.

Topics, measures and resolutions named by the vocabularies come first; "the resolution" is the
one the text speaks of; "the move", "the accord" point back at what was named just before;
otherwise the noun phrase after the cue becomes a new topic with its own label.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.claims import Node
from kg.extract.base import Context, spans_in, text_of
from kg.extract.grammar import grammar
from kg.extract.speakers import actor_at
from kg.namespaces import node as node_iri
from kg.nlp import ELIDED

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


ANTECEDENT_TOKENS = 3000  # how far back "the deal" may point
ANTECEDENT_REACH = 500  # characters back to what a generic phrase stands for


OPENING_QUOTES = {'"', "“", "‘", "'", "«"}


DEMONSTRATIVES = {"this", "that", "these", "those"}


PHRASE_KEEP_AND = 1  # "honest and open discussion": one "and" may join two modifiers


MAX_PHRASE = 6


def objects_in(sent: Span, start: int, end: int, ctx: Context, mentions, *,
               parsed: bool = False) -> list[Node]:
    """Topics, resolutions and measures the vocabularies name in tokens ``start:end``. A ``parsed``
    reading, which names a new topic by the object's own words, passes over a name that only says
    what kind its noun is."""
    doc = sent.doc
    found: list[tuple[int, Node]] = []
    spans = [s for group in ("topic", "measure") for s in spans_in(doc, group, start, end)]
    spans = [s for s in spans if not (_complement(doc, s, spans) or _turned(doc, s) or _modifier(s, spans)
                                      or (parsed and _names_a_kind(s)))]
    for span in spans:
        info = ctx.gazetteer.node(span.kb_id_)
        # Where a topic and a measure overlap, the head is the one that ends later:
        # "a nuclear arms embargo" is an arms embargo, not nuclear arms; a name inside a longer one
        # is part of it ("the release of the frozen assets" is no asset freeze).
        if info and not any(o.start < span.end and span.start < o.end and o.end > span.end
                            or o.start < span.start and o.end == span.end for o in spans):
            found.append((span.start, Node.of(info, _wording(doc, span, start))))
    lo, hi = doc[start].idx if start < len(doc) else 0, doc[end - 1].idx if end > start else 0
    named: list[int] = []
    events = [i for i, n in found if n.cls != "resolution"]
    for m in mentions:
        if lo <= m.start_char <= hi + len(doc[end - 1]) and end > start:
            at = doc.char_span(m.start_char, m.end_char, alignment_mode="expand").start
            if m.how == "trigger":
                # "in response to the nuclear test on Sept. 9": the date is the test's, and the
                # test, when a topic names it, is what the cue is about.
                if not any(0 < at - i <= 3 for i in events):
                    found.append((at, m.node))
                continue
            named.append(at)
            found.append((at, m.node))
    # "the sanctions resolution 2397": a topic naming the resolution's kind is not held apart from it.
    found = [(i, n) for i, n in found if n.cls == "resolution" or not any(0 < r - i <= 3 for r in named)]
    return [n for _, n in sorted(found, key=lambda x: x[0])]


def _wording(doc: Doc, span: Span, start: int) -> str:
    """How the sentence names a topic: with the adjectives that qualify it ("intercommunal
    violence"), and a word that shares the head of a later name with it is named by both ("nuclear
    programmes" in "nuclear and ballistic missile programmes")."""
    if len(span) == 1 and span.start in doc.user_data.get(ELIDED, {}):
        return doc.user_data[ELIDED][span.start]
    first = span.start
    while first > start and doc[first - 1].dep_ == "amod" and doc[first - 1].head.i == span.root.i:
        first -= 1
    return doc[first : span.end].text


def _complement(doc, span: Span, spans: list[Span]) -> bool:
    """A topic that only completes the one before it: "a political settlement of the nuclear
    problem" holds the settlement, not the problem."""
    i = span.start
    while i > 0 and doc[i - 1].lower_ in DETERMINERS:
        i -= 1
    return i > 0 and doc[i - 1].lower_ == "of" and any(other.end == i - 1 for other in spans)


def _modifier(span: Span, spans: list[Span]) -> bool:
    """A noun topic that only modifies the head of another: "its nuclear war deterrent" holds the
    deterrent, not war (an adjective's name may be elided from a coordination that shares the head:
    "nuclear and ballistic missile programmes")."""
    leaving = [t for t in span if not span.start <= t.head.i < span.end]  # the words that hang outside
    noun = any(t.dep_ in {"compound", "nmod"} for t in span)
    if not noun or any(t.dep_ not in {"compound", "amod", "nmod"} for t in leaving):
        return False
    return any(all(o.start <= t.head.i < o.end for t in leaving) for o in spans if o.start >= span.end)


def _names_a_kind(span: Span) -> bool:
    """A name that only says what kind a later noun is: a "ceasefire monitoring mechanism" is a
    mechanism, a "sanctions committee" a committee (grammar.yaml ``kind_heads`` and
    ``measure_act_nouns``: not "the denuclearization goal", "the sanctions renewal"; nor a word
    named with a later head, "nuclear and missile programmes")."""
    leaving = [t for t in span if not span.start <= t.head.i < span.end]
    heads = {t.head.i for t in leaving}
    elided = len(span) == 1 and span.start in span.doc.user_data.get(ELIDED, {})
    if elided or len(heads) != 1 or any(t.dep_ not in {"compound", "amod", "nmod"} for t in leaving):
        return False
    head = span.doc[heads.pop()]
    g = grammar()
    # "hopes to see the talks resume": a verb of happening the parser took for the talks' noun
    named = head.lemma_.lower() not in g.vague_nouns | g.kind_heads | g.measure_act_nouns | g.happening_lemmas
    return head.i >= span.end and head.pos_ in {"NOUN", "PROPN"} and named


def _turned(doc, span: Span) -> bool:
    """A name that only modifies a noun that turns it ("human rights abuses", "travel ban
    exemptions") or follows a prefix that does ("counter-terrorism"), or what a reaction or an
    effect is on ("a balanced reaction to the nuclear test",
    "impacts on humanitarian needs"), as the parse has it."""
    if span.end < len(doc) and doc[span.end].norm_ in grammar().turning_heads:
        return True
    prefixed = span.start >= 2 and doc[span.start - 1].text == "-"
    if prefixed and doc[span.start - 2].lower_ in grammar().countering_prefixes:
        return True  # "counter-terrorism cooperation"
    word = span.root
    while word.dep_ == "conj":
        word = word.head
    if word.dep_ == "dobj" and word.head.lemma_.lower() in grammar().turning_heads:
        return True  # "stop abusing sanctions", "evading the embargo": the act, not the thing
    if word.dep_ != "pobj":
        return False
    head = word.head.head.lemma_.lower()  # "a reaction to X", "breaches of X"
    turned_by = word.head.lower_ in {"of", "to", "against"} and head in grammar().turning_heads
    return head in grammar().reacting_heads or turned_by  # "violations to the ceasefire agreement"


def new_topic(span: Span) -> Node:
    return topic_named(span.text.strip("\"'“”‘’ "))


def topic_named(label: str) -> Node:
    """A topic the vocabularies lack, named by the article's own words."""
    return Node(str(node_iri("topic", label)), label, "topic", new=True)


def draft_in_focus(sent: Span, ctx: Context) -> list[Node]:
    """The draft an article reports on when no resolution it names stands for it ("vetoed the
    text", "voted against it"): one node per article, labelled with what is known, its date."""
    if not _failed_text(sent.doc):
        return []
    reported = f" reported on {ctx.published.isoformat()}" if ctx.published else ""
    label = f"UNSC draft resolution{reported}"
    return [Node(str(node_iri("resolution", label)), label, "resolution", new=True)]


def _failed_text(doc: Doc) -> bool:
    """Whether the article reports a text that was not adopted: a draft, a veto, a failed vote."""
    if "kg_failed_text" not in doc.user_data:
        text = text_of(doc).lower()
        doc.user_data["kg_failed_text"] = any(t.norm_ == "draft" for t in doc) or any(
            phrase in text for phrase in grammar().failed_text_phrases)
    return doc.user_data["kg_failed_text"]


def generic_head(sent: Span, start: int, end: int) -> Token | None:
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
        if token.norm_ not in grammar().generic_nouns or token.dep_ == "compound":
            return None  # "the embargo lift" is a lifting, no embargo
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""  # past the phrase: its clause
        if after == "by" and doc[start].lower_ in DEMONSTRATIVES and _actor_after(doc, token.i + 2):
            return token  # "this act by the DPRK": who did it, still the act named before
        # "attempts to strangle ...", "plans of", "acts that included ...": said what they are, no pointer
        return None if after in {"to", "of", "by", "on", "that", "which", "who"} else token
    return None


def _actor_after(doc: Doc, i: int) -> bool:
    """Whether an actor is named at ``i``, past a determiner ("by the DPRK")."""
    i += i < len(doc) and doc[i].lower_ in DETERMINERS
    return i < len(doc) and actor_at(doc, i) is not None


def antecedent(token: Token, ctx: Context) -> list[Node]:
    """What a generic noun points back at: a topic named before whose name ends in the same noun
    ("the accord" after "the 2015 nuclear deal", anywhere before), else the last thing named just
    before ("their opposition to the move" after "extend the arms embargo")."""
    head = token.norm_
    window = max(0, token.i - ANTECEDENT_TOKENS)
    before = spans_in(token.doc, "topic", window, token.i) + spans_in(token.doc, "measure", window, token.i)
    for topic in sorted(before, key=lambda t: t.start, reverse=True):
        info = ctx.gazetteer.node(topic.kb_id_)
        if info and any(label.lower().split()[-1].rstrip("s") == head for label in info.labels):
            return [Node.of(info)]
    near = [t for t in before if token.idx - t.end_char <= ANTECEDENT_REACH]
    # "this process" is what was just named; "the process" a process, not the sanctions named before
    pointing = any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in token.children)
    if head in grammar().kind_nouns and not pointing or not near:
        return []
    info = ctx.gazetteer.node(max(near, key=lambda t: t.end).kb_id_)
    return [Node.of(info)] if info else []


def noun_phrase(sent: Span, start: int, end: int, actors: list[Span]) -> Span | None:
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
    opener = actor_at(doc, span.start)
    if opener is not None and (opener.end >= span.end or doc[opener.end].lower_ in {"and", "or", ","}):
        return None  # "against the DPRK and warned ...": an actor, not a thing held ("Tehran Declaration" is)
    only_actors = all(
        actor_at(span.doc, t.i) is not None or t.is_punct or t.lower_ in {"'s", "’s"} for t in span
    )
    if only_actors or all(t.is_stop for t in span):
        return None
    return span


def mention_end(sent: Span, start: int, end: int, mentions) -> int:
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
