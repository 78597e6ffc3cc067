"""Who is speaking in each sentence: reported speech, quotes and headlines.

"Lavrov said ...", "..., the minister added", "According to the Russian top
diplomat, ...", a quote paragraph closed by "he stressed", a headline
"Lavrov: ...". A sentence with no attribution of its own takes its paragraph's
speaker, and a quote or a first-person sentence carries on the last speaker.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.claims import Node
from kg.extract.base import (
    Context,
    group_spans,
    is_pronoun,
    sentences,
    set_group,
    span_at,
    spans_in,
    text_of,
    words_of,
)
from kg.extract.grammar import grammar, in_another_clause
from kg.extract.people import known_person_named, person_named
from kg.gazetteer import Gazetteer, NodeInfo
from kg.nlp import MAX_LABEL_WORDS, cue_matcher, load_rules, normalise

_NO_NODE = NodeInfo("", "", "")
ACTORS = "kg_free_actors"  # actor mentions outside topic names, indexed once per document
INVERSION_MARKS = {",", "”", '"', "’", "'"}  # "..., said Lavrov", '"...," said Lavrov'
INVERTED_WINDOW = 6  # "said [Ambassador] Geng Shuang": the speaker's name starts at most a word after
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
WINDOW = 20
Voice = tuple[Node, ...]  # who speaks: one actor, or several named together ("Brazil and Turkey said")


def actor_spans(doc: Doc) -> list[Span]:
    """Actor mentions that are not part of a topic's name ("Security Council demands")."""
    if ACTORS not in doc.user_data:
        in_topics = {i for t in doc.spans.get("topic", []) for i in range(t.start, t.end)}
        actors = [
            a for a in doc.spans.get("actor", []) if not (a.start in in_topics and a.end - 1 in in_topics)
        ]
        set_group(doc, ACTORS, actors)
        doc.user_data[ACTORS] = True
    return group_spans(doc, ACTORS)


def actor_at(doc: Doc, i: int) -> Span | None:
    """The actor mention that holds token ``i``."""
    actor_spans(doc)
    return span_at(doc, ACTORS, i)


def actors_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The actor mentions within tokens ``start:end``."""
    actor_spans(doc)
    return spans_in(doc, ACTORS, start, end)


def coordinated(doc: Doc, actor: Span) -> list[Span]:
    """ "Russia and China", "Brazil, Turkey, Lebanon": the actor and those joined to it by "and"
    or commas before it."""
    group = [actor]
    while True:
        i = group[0].start - 1
        if i >= 1 and doc[i].lower_ == "the" and doc[i - 1].lower_ == "and":
            i -= 1  # "Saudi Arabia and the United Arab Emirates" (but not "According to Lavrov, the US")
        if i < 1 or doc[i].lower_ not in {"and", ",", "-"}:
            return group
        prev = actor_at(doc, i - 1)
        if prev is None or prev.end != i:
            return group
        group.insert(0, prev)


def actor_node(span: Span, gaz: Gazetteer) -> Node | None:
    """The node an actor mention stands for (a demonym stands for its state)."""
    info = gaz.node(span.kb_id_)
    return Node.of(info) if info else None


def _is_paragraph_break(sent: Span) -> bool:
    end = sent.end_char + len(sent[-1].whitespace_)  # the last three characters, its space included
    return "\n" in text_of(sent.doc)[max(sent.start_char, end - 3) : end] or sent[-1].is_space


def _attributed(
    sent: Span, actors: list[Span], matcher: PhraseMatcher, current: Voice | None, gaz: Gazetteer
) -> Voice | None:
    """The speakers a reporting cue in the sentence names, if any ("Brazil and Turkey said")."""
    doc = sent.doc
    for _, start, end in _matches(matcher, sent):
        cue = doc[start:end].text.lower()
        if doc[start].lower_ not in _reporting_first_words():
            continue  # "despite the repeated warnings of ...": a plural noun, no verb of saying
        if cue in load_rules("stance")["speaker_after"]:
            after = [a for a in actors_in(doc, end, min(end + 5, sent.end)) if a.start <= end + 4]
            if after:
                return _prefer_current(_voice([after[0]], gaz), current, gaz)
            return current
        named = _named_subject(doc[start], gaz) or _inverted(sent, start, end, gaz)
        if named is not None:
            return _prefer_current(named, current, gaz)
        if end < sent.end and doc[end].lower_ in grammar().unnamed_determiners:
            return None  # "..., said a diplomat familiar with the matter": no actor before it speaks
        found = _within_subject(doc[start], _subject_before(sent, start, actors, gaz))
        if found is not None:
            return _prefer_current(_voice(coordinated(doc, found), gaz), current, gaz)
        after = [a for a in actors_in(doc, end, min(end + 3, sent.end)) if a.start <= end + 2]
        if after and not _pronoun_before(sent, start) and not _participle(doc[start]):
            return _prefer_current(_voice([after[0]], gaz), current, gaz)
        if current is not None:
            return current  # "he said", "the minister added"
    return None


def _issuer(sent: Span, actors: list[Span], issuing: PhraseMatcher, gaz: Gazetteer) -> Voice | None:
    """Who the sentence says issued a statement ("The Foreign Ministry of the DPRK issued a statement
    on Wednesday"): the voice of "the statement said" later, when no one else speaks."""
    found = [_subject_before(sent, start, actors, gaz) for _, start, _ in _matches(issuing, sent)]
    return next((_voice([a], gaz) for a in found if a is not None), None)


def _within_subject(verb: Token, actor: Span | None) -> Span | None:
    """The actor before a verb of saying, unless the verb's subject is a noun that does not hold it:
    in "We oppose the deployment of THAAD in South Korea, the spokesman said" the spokesman speaks,
    not South Korea ("..., said Geng", a name the vocabularies lack, likewise); in "China's foreign
    ministry spokesman said" China does."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return _in_subject_of(verb.head) or actor  # "X urged the Council to ..., saying ...": X says it
    if actor is None or subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return actor
    inside = subject.left_edge.i <= actor.start and actor.end - 1 <= subject.right_edge.i
    return actor if inside else None


def _in_subject_of(verb: Token) -> Span | None:
    """The last actor named in a verb's subject, with whom those joined to it speak ("Russia and
    China abstained, arguing ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = [actor_at(verb.doc, t.i) for t in subject.subtree] if subject is not None else []
    return next((a for a in reversed(found) if a is not None), None)


def _named_subject(verb: Token, gaz: Gazetteer) -> Voice | None:
    """The one the parse names as the verb of saying's subject: an actor ("..., said Geng Shuang,
    China's deputy representative", not the Haiti of "the Haiti sanctions regime" before the verb),
    or a person the vocabularies lack ("..., Foreign Minister Frank-Walter Steinmeier said")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "X was concluded" says nothing
    if subject is None or subject.pos_ != "PROPN":
        return None
    actor = actor_at(verb.doc, subject.i)
    if actor is not None:
        return _voice(coordinated(verb.doc, actor), gaz)
    known = known_person_named(subject, gaz)
    if known is not None:  # '"...," Ban said' after "Secretary-General Ban Ki-moon"
        return (known,)
    person = person_named(subject)
    return (person, *phrase_states(subject, gaz)[:1]) if person is not None else None


def _inverted(sent: Span, start: int, end: int, gaz: Gazetteer) -> Voice | None:
    """ "..., said Geng Shuang, China's deputy representative": after a comma or a closing quote,
    the verb of saying comes first and the actor right after it speaks."""
    doc = sent.doc
    if start <= sent.start or doc[start - 1].text not in INVERSION_MARKS or _participle(doc[start]):
        return None
    after = [a for a in actors_in(doc, end, min(end + INVERTED_WINDOW, sent.end)) if a.start <= end + 1]
    return _voice([after[0]], gaz) if after else None


def _participle(verb: Token) -> bool:
    """A participle of speech never has its speaker after it: "the Council, stressing that Sudan
    and Chad ..." (Sudan is what is stressed)."""
    return verb.lower_.endswith("ing")


def phrase_states(name: Token, gaz: Gazetteer) -> list[Node]:
    """The states named before a person's name or in its apposition, or whose bodies are named there
    ("Ethiopia's UN Ambassador Tekeda Alemu", "David Pressman (United States)"), not a state an
    office is for ("the UN special envoy for Yemen"); none where the person presides a body ("Dennis
    Francis (Trinidad and Tobago), President of the General Assembly": the state is their
    nationality, the office their voice)."""
    found = _phrase_actors(name, gaz)
    if any(n.cls == "organization" and _presided(s) for s, n in found):
        return []
    # a state body stands for its state: "U.S. Treasury Secretary Jacob Lew"
    states = [gaz.state_of(n.iri) for s, n in found if not _matter_of_an_office(s)]
    return [Node.of(info) for info in states if info is not None]


def phrase_body(name: Token, gaz: Gazetteer) -> Node | None:
    """The last non-governmental organization named there, whose staff speak for it: "Louis
    Charbonneau, UN director at Human Rights Watch" (not "Dennis Francis, President of the General
    Assembly", nor "Arab League chief Amr Moussa": such officers speak for themselves)."""
    bodies = [n for _, n in _phrase_actors(name, gaz) if speaks_through_staff(n, gaz)]
    return bodies[-1] if bodies else None


def phrase_voiced_body(name: Token, gaz: Gazetteer) -> Node | None:
    """The body whose spokesperson a person is said to be in their apposition: "Maria Lopez, a
    spokeswoman for the European Commission" (stance.yaml ``voice_nouns``): a spokesperson's words
    are the body's, whoever employs them."""
    for appos in (c for c in name.children if c.dep_ == "appos" and c.lemma_.lower() in _voice_nouns()):
        spans = actors_in(name.doc, appos.left_edge.i, appos.right_edge.i + 1)
        bodies = [n for s in spans if (n := actor_node(s, gaz)) is not None and n.cls == "organization"]
        if bodies:
            return bodies[-1]
    return None


def speaks_through_staff(node: Node, gaz: Gazetteer) -> bool:
    """Whether a body's staff speak for it: a non-governmental organization (ontology/kg.ttl)."""
    info = gaz.node(node.iri)
    return info is not None and info.non_governmental


def _phrase_actors(name: Token, gaz: Gazetteer) -> list[tuple[Span, Node]]:
    doc = name.doc
    spans = actors_in(doc, name.left_edge.i, name.i)
    for appos in (c for c in name.children if c.dep_ == "appos"):
        spans += actors_in(doc, appos.left_edge.i, appos.right_edge.i + 1)
    return [(s, n) for s in spans if (n := actor_node(s, gaz)) is not None]


def _matter_of_an_office(actor: Span) -> bool:
    """A state an office deals with, named after its "for" or "on": "the UN special envoy for Yemen"."""
    root = actor.root
    return root.dep_ == "pobj" and root.head.lower_ in {"for", "on"} and root.head.head.pos_ == "NOUN"


def _subject_before(sent: Span, start: int, actors: list[Span], gaz: Gazetteer) -> Span | None:
    """The actor that says it, named before the verb (not across a quote or a pronoun): the
    nearest person if one is named ("Liu Jieyi, China's U.N. ambassador, told"), else the nearest."""
    doc = sent.doc
    found: list[Span] = []
    for j in range(start - 1, max(sent.start, start - WINDOW) - 1, -1):
        if doc[j].text in QUOTES or doc[j].lower_ in SUBJECT_PRONOUNS:  # "..., we were told, ..."
            break
        actor = actor_at(doc, j)
        if actor is not None and actor not in found and not in_another_clause(actor.root, doc[start]):
            found.append(actor)
    people = [a for a in found if (gaz.node(a.kb_id_) or _NO_NODE).cls == "person"]
    # "Ethiopia's UN Ambassador ... told": the UN employs the ambassador, Ethiopia speaks.
    employers = [a for a in found if employs(a, gaz)]
    found = [a for a in found if a not in employers] or found
    return (people or found or [None])[0]


def employs(actor: Span, gaz: Gazetteer) -> bool:
    """An organization named as an office's ("UN Ambassador", "U.N. envoy", "President of the General
    Assembly") or as where one is accredited ("ambassador to the UN"), not as a speaker."""
    doc = actor.doc
    following = doc[actor.end].norm_ if actor.end < len(doc) else ""
    root = actor.root
    modified = root.head.norm_ if root.dep_ in {"compound", "nmod", "amod"} else ""  # "the UN special envoy"
    before = actor.start - 1 - (actor.start > 0 and doc[actor.start - 1].lower_ == "the")
    accredited = before >= 0 and doc[before].lower_ == "to"  # "ambassador to the UN Cecilia Adeng"
    body = (gaz.node(actor.kb_id_) or _NO_NODE).cls == "organization"
    return body and (accredited or _presided(actor) or bool({following, modified} & _office_words()))


def _presided(actor: Span) -> bool:
    """A body named after an office's "of": "President of the General Assembly"."""
    root = actor.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.norm_ in _office_words()


@lru_cache(maxsize=1)
def _voice_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("stance")["voice_nouns"])


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    rules = load_rules("stance")
    words = rules["roles"] + rules["speaker_anaphora"]
    return frozenset(normalise(str(w)) for w in words if " " not in str(w))


def _pronoun_before(sent: Span, start: int) -> bool:
    return start > sent.start and sent.doc[start - 1].lower_ in SUBJECT_PRONOUNS


@lru_cache(maxsize=1)
def _reporting_first_words() -> frozenset[str]:
    """The first words of the reporting cues as written: the matcher folds plurals, and "warnings"
    is no "warning" (kg/nlp.py ``normalise``)."""
    return frozenset(str(p).split()[0].lower() for p in load_rules("stance")["reporting"])


def _matches(matcher: PhraseMatcher, sent: Span) -> list[tuple[int, int, int]]:
    return matcher(sent)  # a PhraseMatcher gives offsets in the doc, even over a span


def _voice(spans: list[Span], gaz: Gazetteer) -> Voice | None:
    nodes = tuple(n for n in (actor_node(s, gaz) for s in spans) if n is not None)
    return nodes or None


def _prefer_current(found: Voice | None, current: Voice | None, gaz: Gazetteer) -> Voice | None:
    """ "The Russian foreign minister said" after Lavrov spoke is still Lavrov."""
    if found and current and len(found) == 1 and found[0].cls == "state" and current[0].cls == "person":
        state = gaz.state_of(current[0].iri)
        if state and state.iri == found[0].iri:
            return current
    return found


def _headline_speaker(sent: Span, actors: list[Span], gaz: Gazetteer) -> Voice | None:
    """ "Lavrov: US plans ...", "Foreign Ministry Spokesperson Hua Chunying: We ..." and "Russia
    hopes ... - Lavrov" name their speaker."""
    doc = sent.doc
    last = sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1
    for a in actors_in(doc, sent.start, sent.end):
        label = a.start - sent.start < MAX_LABEL_WORDS and not _verb_in(doc[sent.start : a.start])
        if label and a.end < sent.end and doc[a.end].text == ":":  # not "Liu Jieyi told the Council: ..."
            return _voice([a], gaz)
        if a.end - 1 == last and a.start > sent.start and doc[a.start - 1].text in {"-", "–", "—"}:
            return _voice([a], gaz)
    return None


def _verb_in(words: Span) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} or t.lower_ in _reporting_first_words() for t in words)


OPENING = {"“", "«"}  # single curly quotes are apostrophes too often to count
QUOTES = {'"', "“", "”", "«", "»"}
CLOSING = {"”", "»"}


def _opens_with_quote(sent: Span) -> bool:
    first = next((t for t in words_of(sent) if not t.is_space), None)
    return first is not None and (first.text in OPENING or first.text == '"')


def _inside_after(sent: Span, inside: bool) -> bool:
    """Whether a quotation is still open after this sentence."""
    for token in words_of(sent):
        if token.text in OPENING:
            inside = True
        elif token.text in CLOSING:
            inside = False
        elif token.text == '"':
            inside = not inside
    return inside


def speakers(doc: Doc, ctx: Context) -> dict[int, Voice | None]:
    """The speakers of every sentence (by its first token), or None for narration."""
    if "speakers" in ctx.cache:
        return ctx.cache["speakers"]
    rules = load_rules("stance")
    matcher = cue_matcher(doc.vocab, rules["reporting"], "REPORTING")
    issuing = cue_matcher(doc.vocab, rules["issuing"], "ISSUING")
    first_person = set(rules["first_person"])
    actors = actor_spans(doc)
    result: dict[int, Voice | None] = {}
    attributed: dict[int, Voice] = {}
    voice = ctx.byline or None  # the voice a title or publisher names (kg/extract/bylines.py)
    current: Voice | None = voice
    issuer: Voice | None = None  # who last issued a statement the text goes on to quote
    paragraph: list[Span] = []
    inside = asked = False
    questions: set[int] = set()
    for sent in sentences(doc):
        paragraph.append(sent)
        label = _transcript_label(sent, rules)
        asked = label == "question" or asked and label is None
        if asked:
            questions.add(sent.start)
        if label == "answer":
            current = voice  # "A: We firmly oppose ...": the spokesperson, whoever the question named
        quoted = inside or _opens_with_quote(sent)
        inside = _inside_after(sent, inside)
        own = _headline_speaker(sent, actors, ctx.gazetteer) or _attributed(
            sent, actors, matcher, None if asked else current or issuer, ctx.gazetteer
        )
        issuer = _issuer(sent, actors, issuing, ctx.gazetteer) or issuer
        personal = any(is_pronoun(t, first_person) for t in words_of(sent))
        # a question's words are the press's: no one's but whom they name
        result[sent.start] = own or (None if asked else current if (quoted or personal) else voice)
        if own:
            attributed[sent.start] = own
        if own and not asked:  # who a question says spoke speaks no answer
            current = own
            for earlier in paragraph[:-1]:  # the quote this attribution closes is the speaker's
                if result[earlier.start] is None and _opens_with_quote(earlier):
                    result[earlier.start] = own
        if _is_paragraph_break(sent):
            paragraph, inside = [], False
            current = voice if asked else current  # the answer after a question is the text's voice
            asked = False
    ctx.cache["speakers"] = result
    ctx.cache["attributed"] = attributed
    ctx.cache["questions"] = questions
    return result


def asked_in(sent: Span, ctx: Context) -> bool:
    """Whether the sentence is a transcript's question ("Q: ..."): the press's words, no speaker's."""
    speakers(sent.doc, ctx)
    return sent.start in ctx.cache["questions"]


def _transcript_label(sent: Span, rules: dict) -> str | None:
    """ "question" or "answer" for a sentence that opens with a transcript's label ("Q:", "A:")."""
    words = [t for t in sent if not t.is_space][:2]
    if len(words) < 2 or words[1].text != ":":
        return None
    first = words[0].lower_
    if first in rules["question_labels"]:
        return "question"
    return "answer" if first in rules["answer_labels"] else None


def attributed_in(sent: Span, ctx: Context) -> Voice | None:
    """Who the sentence itself says speaks ("The representative of the Russian Federation said
    ..."), read by word order: none where it only goes on in an earlier speaker's voice."""
    speakers(sent.doc, ctx)
    return ctx.cache["attributed"].get(sent.start)
