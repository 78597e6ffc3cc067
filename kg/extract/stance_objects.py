"""What a stance is about, read from the parse: the things a cue's object names, the resolution or
draft in focus, or a new topic named by the object's own words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.claims import Node
from kg.dates import MONTHS
from kg.extract import grammar
from kg.extract.base import Context, span_at, spans_in
from kg.extract.cues import Cue, family_words, find_cues, stance_words
from kg.extract.grammar import grammar as parse_rules
from kg.extract.phrases import (
    DETERMINERS,
    PHRASE_STOP,
    antecedent,
    draft_in_focus,
    generic_head,
    new_topic,
    objects_in,
    topic_named,
)
from kg.extract.resolutions import RESOLUTION_HEADS, resolution_at, resolution_in_focus, resolution_mentions
from kg.extract.speakers import actor_at, actor_node
from kg.nlp import STANCE_FAMILIES

NEW_TOPIC_PENALTY = 0.85
PRONOUN_PENALTY = 0.85  # an object read through "it"
MAX_NEW_TOPIC_WORDS = 8  # "illicit trafficking in small arms and light weapons"; hyphens are no words
NOUN_TAGS = {"NOUN", "PROPN"}
TIME_ENTITIES = {"DATE", "TIME"}  # "support on Saturday": when, not what
PROPOSAL_TOKENS = 200  # how far back "the proposal" looks for what was proposed


def objects_of(sent: Span, span: Span, cue: Cue, cue_words: set[int], ctx: Context, mentions,
               confidence: float) -> tuple[list[Node], float]:
    """What the cue ``span`` is about, with its confidence: the things the vocabularies name in its
    object, the draft or resolution in focus, the bodies it names, what a generic noun points back
    at, or a new topic named by the object's own words (less confident). A body praised for a
    thing is supported with it ("commends the role of the Gulf Cooperation Council for its support
    for the transition")."""
    objects, confidence = _objects_of(sent, span, cue, cue_words, ctx, mentions, confidence)
    if _praised_for(span.root, cue_words) is None:
        return objects, confidence
    praised = [c for c in span.root.children if c.dep_ == "dobj"]
    everything = set(range(sent.start, sent.end))
    bodies = [b for p in praised for b in bodies_of(p, everything, ctx) or _agents_of(p, everything, ctx)]
    # "commends the Panel of Experts for its work": the Panel; its work names nothing more
    vague = parse_rules().vague_nouns
    kept = [o for o in objects if not (bodies and o.new and o.label.lower() in vague)]
    return kept + [b for b in bodies if b not in kept], confidence


def _objects_of(sent: Span, span: Span, cue: Cue, cue_words: set[int], ctx: Context, mentions,
                confidence: float) -> tuple[list[Node], float]:
    praised = _praised_for(span.root, cue_words)
    region = praised if praised is not None else grammar.object_tokens(span, cue_words)
    region = region or _object_parsed_as_subject(span, cue_words)
    cast = None if region else _vote_judged(span.root, cue_words)
    if cast is not None:  # "France deplored the Russian veto": a veto on no text named is the thing
        words = topic_words(sent, cast, {t.i for t in cast.subtree})
        return ([new_topic(words)] if words is not None else []), confidence * NEW_TOPIC_PENALTY
    # "called for the embargo to be lifted": the parser may hang what is undone on the call's "for"
    held = None if grammar.felt(span) else grammar.asked_patient(span.root.head, span.root)
    if held is not None:
        region |= grammar.region(held, set()) - set(range(span.start, span.end))  # its clauses cut
    halted = grammar.halted_noun(span.root) if cue.family == "cessation" and not region else None
    if halted is not None:  # "we need the violence to stop"
        region = {t.i for t in halted.subtree if t.i < span.root.i and t.lower_ != "to"}
    # a feeling written with its "that" holds the clause's act ("concerned that Iran continued ...")
    clausal = cue.norm in stance_words("clausal") or cue.norm.endswith(" that")
    if clausal or ability_told(span):
        region |= _clauses(span, cue_words)
    told = _telling_noun(span, region)
    if told is not None:  # "alarmed by reports that civilians ...": what the reports tell, not the reports
        region, clausal = _clauses([told], cue_words), True
    region = _antecedent_of_relative(sent, span, region, cue_words) or region
    region -= _kept_from(span.root)  # "prevent terrorists from acquiring weapons": the acquiring
    region -= _undone_reason(span.root)  # "criticized Russia for not supporting ...": failure_readings'
    region -= set_against(sent.doc, region)  # "dialogue, not sanctions": the sanctions are not supported
    region = _cause_of_an_effect(object_head(span, region) if region else None, region) or region
    draft = object_head(span, region) if region else None
    if draft is not None and drafted([draft]):  # "the draft resolution extending sanctions": the draft
        focus = in_focus(sent, region, ctx, draft.left_edge.i)
        if focus:
            return focus, confidence
    matter = measured(object_head(span, region)) | measured(held) | _matter_of_texts(sent.doc, region)
    named = named_in(sent, region - matter, ctx, mentions)
    if named:
        head = object_head(span, region)
        others = _conjunct_topics(sent, _coordinated(head, region), region, ctx, mentions)
        return named + others, confidence
    vote = span.root.lemma_.lower() in parse_rules().vote_lemmas
    if not region and vote:
        return _voted_on(sent, ctx), confidence  # "had voted in favour because ..."
    if not region:
        return [], confidence
    pronoun = _pronoun_object(sent.doc, region)
    if pronoun is not None:  # "... will not solve the problem and we firmly oppose it"
        named = named_before_in(pronoun, ctx, mentions) or (_voted_on(sent, ctx) if vote else [])
        return named, confidence * PRONOUN_PENALTY
    head = object_head(span, region)
    start = head.left_edge.i if head is not None else min(region)
    focus = in_focus(sent, region, ctx, start)
    if focus:
        return focus, confidence
    part = head or cue_preposition_object(span, region)
    acted_on = _intended_object(part)  # "the decision to extend the mandate of the Panel": the Panel's
    bodies = bodies_of(part, region, ctx) or _agents_of(part, region, ctx) \
        or (_agents_of(acted_on, region, ctx) if acted_on is not None else [])
    if bodies:  # "reiterated their support to the Interim Authority", "welcomed the Panel"
        return bodies, confidence
    pointed = head or _preposition_object(span, region)  # "the lifting of the embargo": the embargo
    generic = generic_head(sent, pointed.left_edge.i, max(region) + 1) if pointed is not None else None
    named = pointed_at(sent, generic, ctx) if generic is not None else []
    if generic is not None and (named or not (a_measure_word(generic) or _owned_part(generic))):
        return named, confidence  # "their opposition to the move"; a measure named by nothing before is one
    owned = owned_text_act(head, ctx, mentions) if head is not None else []
    if owned:  # "called for its full implementation"
        return owned, confidence
    if head is not None and _part_in_an_act(head):
        return [], confidence  # "praised Qatar's role in supporting the talks": the act reads itself
    clause = halted or (_clause_object(span, region) if head is None and clausal else None)
    if clause is None and head is None and (grammar.has_aux_to(span.root) or grammar.small_clause(span.root)):
        # "called for the embargo to be lifted", "wants the restrictions on arms supplies lifted": the
        # thing undone (not one told "had been blocked")
        clause = held
    topic = _new_topic(span, region, clause)
    coordinated = list(head.conjuncts) if head is not None and clause is None else []
    others = _conjunct_topics(sent, coordinated, region, ctx, mentions)
    topics = [t for t in [topic, *others] if t is not None]
    return (topics, confidence * NEW_TOPIC_PENALTY) if topics else ([], confidence)


def _has_an_effect(verb: Token) -> bool:
    """ "sanctions could have unintended consequences", "will have a positive impact": a verb whose
    object is an effect (grammar.yaml ``effect_nouns``), which says what its subject does."""
    effects = parse_rules().effect_nouns
    return verb.lemma_.lower() == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in effects
                                                  for c in verb.children)


def _cause_of_an_effect(head: Token | None, region: set[int]) -> set[int]:
    """ "concern about the humanitarian impact of the sanctions": what has an effect is what a
    stance on the effect is about (grammar.yaml ``effect_nouns``); the empty set for any other head."""
    if head is None or head.lemma_.lower() not in parse_rules().effect_nouns:
        return set()
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    cause = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if cause is None:
        return set()
    # "the impact of the sanctions on civilians": what the effect falls on, however the parser hung it
    on = {t.i for c in cause.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree}
    return (grammar.region(cause, set()) - on) & region


def _vote_judged(cue: Token, cue_words: set[int]) -> Token | None:
    """A vote a judgement takes as its object, cut from the object as a cue of its own ("deplored
    the veto cast by Russia"; grammar.yaml ``vote_lemmas``)."""
    votes = parse_rules().vote_lemmas
    vote = next((c for c in cue.children if c.dep_ == "dobj" and c.i in cue_words and c.pos_ == "NOUN"
                 and c.lemma_.lower() in votes), None)
    on_a_text = vote is not None and any(c.dep_ == "prep" and c.lower_ in {"of", "on", "against"}
                                         for c in vote.children)
    return None if on_a_text else vote  # "regretted Russia's veto of the draft": the draft's


def measured(head: Token | None) -> set[int]:
    """The words of what a measure named by its kind is on: "the restrictions [on arms supplies]",
    "the ban [on coal exports]": the thing a lifting undoes is the measure, not what it restricts
    (also where the parser hung the "on" on the verb after it: "to lift the ban [on timber exports]")."""
    if head is None or head.lower_ not in parse_rules().measure_words:
        return set()
    hung = grammar.preposition_hung_after(head)
    owned = [*head.children, *([hung] if hung is not None else [])]
    preps = [p for p in owned if p.dep_ == "prep" and p.lower_ in {"on", "against"}]
    return {t.i for p in preps for t in p.subtree}


def _matter_of_texts(doc: Doc, region: set[int]) -> set[int]:
    """The words of what a text or a decision is on: "resolution 2094 [on the recent nuclear test]",
    also where the parser hung the "on" on the verb after it ("welcomes the adoption of resolution
    2094 on ...")."""
    rules = parse_rules()
    texts = [doc[i] for i in region if doc[i].lemma_.lower() in rules.text_nouns]
    hung = [p for t in texts if (p := grammar.preposition_hung_after(t)) is not None]
    preps = [p for t in texts for p in t.children] + hung
    matter = [p for p in preps if p.dep_ == "prep" and p.lower_ in rules.matter_prepositions]
    return {t.i for p in matter for t in p.subtree}


def _owned_part(noun: Token) -> bool:
    """ "Somalia's efforts", "Qatar's mediation": a state's part in a thing, named by its owner
    (grammar.yaml ``agency_nouns``), is a thing of its own where nothing before it is pointed at;
    not a part "in" an act, which is read as the act ("Qatar's role in supporting the talks")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    agency = noun.lemma_.lower() in parse_rules().agency_nouns and not _part_in_an_act(noun)
    return agency and owner is not None and any(actor_at(noun.doc, t.i) is not None for t in owner.subtree)


def _part_in_an_act(noun: Token) -> bool:
    """A part "in" an act: "Qatar's role in supporting the talks" (grammar.yaml ``agency_nouns``)."""
    acts = [c for p in noun.children if p.lower_ == "in" for c in p.children if c.dep_ == "pcomp"]
    return noun.lemma_.lower() in parse_rules().agency_nouns and bool(acts)


def _conjunct_topics(sent: Span, conjuncts: list[Token], region: set[int], ctx: Context,
                     mentions) -> list[Node]:
    """Each noun coordinated in an object names a thing of its own, where the vocabularies name
    nothing in its own words and they are more than a bare noun: "condemned the killings and the
    abductions of civilians", "the flow of arms and the diversion of public resources"."""
    found: list[Node] = []
    for conjunct in conjuncts:
        own = _own_words(conjunct) & region
        word = _brought(conjunct, own) or conjunct  # "the establishment of a commission of inquiry and ..."
        own = _own_words(word) & region if word is not conjunct else own
        act = _gerund(word) and _gerund(word.head)  # "refrain from financing, arming or training them"
        # a name the vocabularies lack is a thing only as what an act brings about ("the
        # establishment of an International Commission of Inquiry")
        nouns = {"NOUN", "PROPN"} if word is not conjunct else {"NOUN"}
        plain = act or word.pos_ in nouns and nameable(word) and not is_pointer(word)
        if word.i not in region or not plain or named_in(sent, own, ctx, mentions):
            continue
        if span_at(sent.doc, "topic", word.i) is not None:
            continue  # "the sovereignty, independence and territorial integrity": inside one name
        if generic_head(sent, word.left_edge.i, word.i + 1) is not None:
            continue  # "the move": points back, names nothing here
        words = topic_words(sent, word, own)
        # "attacks and human rights abuses": a hostile act is a thing of its own even as a bare noun
        alone = act or word.lemma_.lower() in parse_rules().hostile_act_nouns
        if words is None or sum(not t.is_punct for t in words) < 2 - alone:
            continue  # "individuals and entities", "peace and stability": a bare noun beside a thing named
        topic = new_topic(words)
        if topic not in found:
            found.append(topic)
    return found


def _gerund(word: Token) -> bool:
    """An act named by its -ing form, verb or noun as the parser took it ("from arming, financing")."""
    return word.tag_ == "VBG" or word.tag_ == "NN" and word.lower_.endswith("ing")


def _coordinated(head: Token | None, region: set[int]) -> list[Token]:
    """The nouns coordinated in an object: with its head ("the killings and the abductions"), with
    what its act of bringing about brings ("the announcement of a ceasefire and the release of
    prisoners"), or by a preposition said again ("of a commission of inquiry and of a regime")."""
    if head is None:
        return []
    brought = _brought(head, region)
    with_brought = grammar.conjuncts(brought)[1:] if brought is not None else []
    listed = [c for o in _listed_after_a_comma(head) for c in grammar.conjuncts(o)]
    return grammar.conjuncts(head) + listed + with_brought + _coordinated_by_preposition(head) \
        + _joined_to_its_complement(head)


def _joined_to_its_complement(head: Token) -> list[Token]:
    """A thing with its own article joined to what the object's preposition takes: "welcomed the
    return to constitutional order and the release of detainees" (the parser joined the release to
    the order)."""
    inner = [c for p in head.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
    return [c for i in inner for c in i.conjuncts if any(d.dep_ == "det" for d in c.children)]


def _listed_after_a_comma(head: Token) -> list[Token]:
    """The objects of the same verb after a comma, where the parser split a list: "condemned the
    attacks against peacekeepers, the looting of aid and the recruitment of children" (a second
    object hung on the verb, the rest joined to it)."""
    if head.dep_ != "dobj":
        return []
    return [c for c in head.head.rights if c.dep_ == "dobj" and c.i > head.i
            and head.doc[c.left_edge.i - 1].text == ","]


def _coordinated_by_preposition(head: Token) -> list[Token]:
    """The things a preposition said again names beside the first: "the establishment of a
    commission of inquiry and of a sanctions regime" (however deep the parser hung the second "of")."""
    again = [t for p in head.children if p.dep_ == "prep" for t in p.subtree
             if t.dep_ == "conj" and t.lower_ == p.lower_]
    return [c for p in again for c in p.children if c.dep_ == "pobj"]


def _own_words(word: Token) -> set[int]:
    """A conjunct's words, less the words coordinated after it and what follows them: a modifier
    after the last conjunct may be shared ("attacks and abuses committed by armed groups"); less
    a preposition said again, which names another thing ("a commission of inquiry and of ...")."""
    others = {t.i for c in word.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    others |= {t.i for p in word.subtree if p.dep_ == "prep" for c in p.children
               if c.dep_ in {"conj", "cc"} and c.pos_ in {"ADP", "CCONJ"} for t in c.subtree}
    own = {t.i for t in word.subtree} - others
    run = next(r for r in _runs(own) if r[0] <= word.i < r[1])
    return set(range(*run))


def _object_parsed_as_subject(span: Span, cue_words: set[int]) -> set[int]:
    """The object of a verb cue that the parser made the subject of a clause with no "that" of its
    own ("welcomes the Council's unanimous adoption of resolution 2700, which renews ..., as well
    as ... measures" hung as a clause on "measures"): that subject's words."""
    verb = span.root
    if verb.pos_ != "VERB" or grammar.own_subject(verb) is None:
        return set()  # a finite verb with a subject of its own ("supporting or financing gangs" is none)
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in NOUN_TAGS), None)
        if subject is not None and not any(c.dep_ == "mark" for c in clause.children):
            return grammar.region(subject, cue_words)
    return set()


def _antecedent_of_relative(sent: Span, span: Span, region: set[int], cue_words: set[int]) -> set[int]:
    """ "the Special Envoy, whom Russia fully supports", "the roadmap that China and Russia back":
    a relative pronoun as the object of a cue in a relative clause stands for the noun the clause
    describes; the empty set where none does."""
    verb = span.root
    if verb.dep_ != "relcl":
        return set()
    pronouns = parse_rules().relative_pronouns
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    whose = [c for o in objects for c in o.children if c.dep_ == "poss" and c.lower_ in pronouns]
    # "the envoy, whose efforts we welcome": an agency noun stands for its body (agency_nouns)
    agency = any(w.head.lemma_.lower() in parse_rules().agency_nouns for w in whose)
    if any(o.lower_ in pronouns and o.i in region for o in objects) or agency:
        return grammar.region(verb.head, cue_words | set(range(span.start, span.end)))
    return region - {w.i for w in whose}  # "whose nuclear programme we oppose": the programme


def pointed_at(sent: Span, generic: Token, ctx: Context) -> list[Node]:
    """What "the move", "the decision" points back at: the resolution in focus for an act (its
    adoption is the act), unless another's act ("the US decision", "Washington's move"), else the
    thing named before."""
    owned = any(c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" for c in generic.children)
    acts = generic.lemma_.lower() in parse_rules().act_pointers and not owned
    resolution = resolution_at(sent, ctx) if acts else []
    proposed = _proposed_before(generic, ctx)
    return resolution or (list(proposed) if proposed is not None else antecedent(generic, ctx))


def remember_proposed(ctx: Context, words: list[Token], stance: str, objects: list[Node]) -> None:
    """Keeps what a verb of proposing among a stance's words asks for ("proposed a ban on ...",
    "proposed to lift ..."), for a proposal named later by a noun that only points back at it
    (grammar.yaml ``proposal_nouns``)."""
    verb = next((w for w in words if w.lemma_.lower() in parse_rules().proposing_lemmas), None)
    if verb is not None and objects:
        ctx.cache.setdefault("proposed", []).append((verb.i, stance, tuple(objects)))


def _proposed_before(generic: Token, ctx: Context) -> tuple[Node, ...] | None:
    """ "Britain backed the proposal": what was last proposed before the noun, in reach; nothing
    when that proposal undoes a thing ("proposed to lift the arms embargo": its backers oppose the
    embargo, which an object cannot say); None when nothing was proposed."""
    if generic.lemma_.lower() not in parse_rules().proposal_nouns:
        return None
    before = [(stance, objects) for i, stance, objects in ctx.cache.get("proposed", ())
              if i < generic.i and generic.i - i <= PROPOSAL_TOKENS]
    if not before:
        return None
    stance, objects = before[-1]
    return objects if stance == "supports" else ()


def _kept_from(cue: Token) -> set[int]:
    """Who a halt keeps from an act on a thing, and its "from": "stop these groups from acquiring
    arms" opposes the acquiring, not the groups (the parser hangs "from" on the verb or on its
    object); "prevent the conflict from spreading" opposes the conflict."""
    for doer in (c for c in cue.children if c.dep_ == "dobj"):
        kept = [p for w in (cue, doer) for p in w.children if p.dep_ == "prep" and p.lower_ == "from"]
        # "from loading or discharging oil", "from recruiting or arming children" (the parser may take
        # the first act for a noun)
        acts = [c for p in kept for a in p.children if a.dep_ in {"pcomp", "pobj"}
                for c in grammar.conjuncts(a)]
        # not "the conflict from spreading"; "Afghanistan from becoming a terrorist hub" is the hub;
        # an agent kept from an act is never what is opposed ("their nationals from engaging in ...")
        agent = doer.lemma_.lower() in parse_rules().kept_agents
        if any(c.dep_ in {"dobj", "attr"} for a in acts for c in a.children) or agent and acts:
            linking = {a.i for a in acts if a.lemma_.lower() in parse_rules().linking_lemmas}
            return {t.i for t in doer.subtree if t.i < kept[0].i} | {kept[0].i} | linking
    return set()


def _undone_reason(cue: Token) -> set[int]:
    """The words of an act a party is taken to task for not doing or failing to do ("criticized
    Russia for not supporting the resolution"): read the other way round by
    ``readings.failure_readings``, not as the cue's object."""
    reasons = parse_rules().reason_prepositions
    takers = [cue, *(c for c in cue.children if c.dep_ == "dobj")]  # "for" hangs on either
    acts = [a for w in takers for p in w.children if p.dep_ == "prep" and p.lower_ in reasons
            for a in p.children if a.dep_ == "pcomp"]
    return {t.i for a in acts if grammar.negated([a]) or grammar.failed(a) for t in a.subtree}


def set_against(doc, region: set[int]) -> set[int]:
    """The words of an object set against it by "not": "supports dialogue, not sanctions", "called
    for dialogue and negotiation, not sanctions and pressure" (an apposition or conjunct after a
    "not" that hangs on the object's head or on itself); or by "rather than", "instead of"
    ("called for dialogue instead of sanctions"); or by what it is to be free of ("a world free of
    nuclear weapons")."""
    found: set[int] = set()
    aside: set[int] = set()  # "rather than ...", which the object's words leave out already
    for i in region:
        head = doc[i]
        nots = [c.i for c in head.children if c.dep_ == "neg" and c.i > i]
        for other in head.children:
            own_not = any(c.dep_ == "neg" and c.i < other.i for c in other.children)
            if other.dep_ in {"appos", "conj"} and (own_not or any(n < other.i for n in nots)):
                found |= {t.i for t in other.subtree}
            elif other.dep_ in {"cc", "prep"} and grammar.contrast(other):
                aside |= {t.i for t in other.subtree}
        found |= _not_before_but(head) | _denied_sibling(head)
        aside |= grammar.freed_of(head)
    return found & region | aside | _set_after_a_comma(doc, region)


def _set_after_a_comma(doc, region: set[int]) -> set[int]:
    """ "needs help, not pressure", "called for dialogue, not pressure": the noun a "not" after a
    comma sets against the object just before it, however the parser hung that noun (to the verb,
    as a clause of its own); its words up to the next mark."""
    found: set[int] = set()
    for i in sorted(region):
        comma, denial = doc[i + 1 : i + 3] if i + 3 <= len(doc) else (None, None)
        if comma is None or comma.text != "," or denial.lower_ != "not" or denial.dep_ != "neg":
            continue
        thing = denial.head
        if thing.pos_ not in {"NOUN", "PROPN"} or thing.i <= denial.i:
            continue
        end = next((t.i for t in doc[thing.i : thing.right_edge.i + 1] if t.is_punct), thing.right_edge.i + 1)
        found |= set(range(denial.i, end))
    return found


def _denied_sibling(word: Token) -> set[int]:
    """ "focus on dialogue, not on sanctions", "focus not on isolation, not on pressure, but on ...": a
    preposition a "not" denies beside one of its kind on the same verb that is held, undenied
    before it or bringing the "but"."""
    if word.dep_ != "prep" or not any(c.dep_ == "neg" and c.i < word.i for c in word.children):
        return set()
    verb = word.head
    kin = [s for s in verb.children if s.dep_ in {"prep", "conj"} and s.i != word.i
           and s.lower_ == word.lower_]
    but = any(c.dep_ == "cc" and c.lower_ == "but" and c.i > word.i
              for c in [*verb.children, *(c for s in kin for c in s.children)])
    held = [s for s in kin if (s.i < word.i and not any(c.dep_ == "neg" for c in s.children))
            or (s.i > word.i and but)]
    return {t.i for t in word.subtree} if held else set()


def _not_before_but(word: Token) -> set[int]:
    """ "focus not on pressure but on dialogue": the words a "not" before them denies, up to the
    "but" that brings what is held (each of "not on isolation, not on pressure, ..., but on ...")."""
    if not any(c.dep_ == "neg" and c.i < word.i for c in word.children):
        return set()
    held = [c for c in word.conjuncts if c.i > word.i
            and any(b.dep_ == "cc" and b.lower_ == "but" and b.i < c.i for b in c.head.children)]
    if not held:
        return set()  # "the draft was not adopted": a denial, nothing set against
    end = min(c.left_edge.i for c in held)
    return {t.i for t in word.subtree if t.i < end} - {c.i for c in word.children if c.dep_ == "neg"}


def bodies_of(head: Token | None, region: set[int], ctx: Context) -> list[Node]:
    """The organizations an object is, when its head names one (and those coordinated with it):
    a mission, a panel, an authority; never a state or a person, whose naming stands for what
    they did."""
    found: list[Node] = []
    for word in grammar.conjuncts(head) if head is not None else []:
        actor = actor_at(word.doc, word.i) if word.i in region else None
        node = actor_node(actor, ctx.gazetteer) if actor is not None else None
        if node is not None and node.cls == "organization" and node not in found:
            found.append(node)
    return found


def _intended_object(noun: Token | None) -> Token | None:
    """What the act a noun of intent names is done to: "the decision to extend [the mandate]"."""
    if noun is None or noun.lemma_.lower() not in parse_rules().intent_nouns:
        return None
    acts = [c for c in noun.children if c.dep_ == "acl" and grammar.has_aux_to(c)
            and c.lemma_.lower() not in stance_words("cessation")]  # not "the decision to end the mandate"
    return next((o for a in acts for o in a.children if o.dep_ == "dobj"), None)


def _of_object(noun: Token) -> Token | None:
    """What a noun's "of" names: "the extension of [the mandate]"."""
    return next((c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)


def helped_bodies(helped: list[Token], ctx: Context) -> list[Node]:
    """The bodies among those a verb helps in an act or backs in their means ("will support the
    Transitional Authority in ...", "welcomed the efforts of the African Union to restore ..."); a
    state or a person helped is no stance's object."""
    regions = [(h, {t.i for t in h.subtree}) for h in helped]
    return [b for h, region in regions for b in bodies_of(h, region, ctx) or _agents_of(h, region, ctx)]


def _agents_of(head: Token | None, region: set[int], ctx: Context) -> list[Node]:
    """The organizations whose part an object is: "commends the role of the African Union",
    "welcomed the efforts by the French forces and MICOPAX" support the bodies themselves, as does
    "welcomed the extension of the mandate of the Panel of Experts"."""
    rules = parse_rules()
    if head is not None and head.lemma_.lower() in rules.measure_act_nouns:
        head = _of_object(head) or head
    if head is None or head.lemma_.lower() not in rules.agency_nouns:
        return []
    agents = [c for p in head.children if p.lower_ in {"of", "by"} for c in p.children if c.dep_ == "pobj"]
    agents += [c for c in head.children if c.dep_ == "poss"]  # "the African Union's role"
    played = grammar.agent_of_participle(head)  # "the role played by the African Union"
    agents += [played] if played is not None else []
    hung = _by_hung_on_the_verb(head)
    region = region | {t.i for a in hung for t in a.subtree}
    return [n for agent in agents + hung for n in bodies_of(agent, region, ctx)]


def _by_hung_on_the_verb(noun: Token) -> list[Token]:
    """The agents of a "by" the parser hung on the active verb whose object ``noun`` is: "welcomes
    the efforts on the ground by the French forces and MICOPAX" (an active verb has no agent of
    its own, so the "by" is its object's)."""
    verb = noun.head
    if noun.dep_ != "dobj" or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    hung = [p for p in verb.children if p.lower_ == "by" and p.i > noun.i]
    return [c for p in hung for c in p.children if c.dep_ == "pobj"]


def _praised_for(head: Token, cue_words: set[int]) -> set[int] | None:
    """ "commends the parties for their efforts": what they are praised for, not whom (None when
    the cue praises nothing for anything); a cue there ("for their commitment to ...") reads itself."""
    if head.lemma_.lower() not in parse_rules().praise_lemmas:
        return None
    praised = [head, *(c for c in head.children if c.dep_ == "dobj")]  # "for" hangs on either
    reason = next((c for w in praised for c in w.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return grammar.region(reason, cue_words) - {reason.i} if reason is not None else None


def _pronoun_object(doc, region: set[int]) -> Token | None:
    """The object when it is only "it", "this" or "them"; not "those" a clause describes ("to
    counter those who threaten peace": people, not a thing named before)."""
    words = [doc[i] for i in region if not doc[i].is_punct]
    if len(words) == 1 and words[0].lower_ in parse_rules().object_pronouns:
        described = any(c.dep_ in {"relcl", "acl"} for c in words[0].children)
        return None if described else words[0]
    return None


def named_before_in(pronoun: Token, ctx: Context, mentions) -> list[Node]:
    """What an object pronoun stands for: the last thing the vocabularies name before it, in its
    sentence or the one before."""
    shared = _shared_object(pronoun)
    if shared is not None:  # "recognizes this launch as a violation ..., condemns it"
        named = objects_in(pronoun.sent, shared.left_edge.i, shared.i + 1, ctx, mentions)[-1:]
        # "welcomes the adoption of resolution 2321 and will implement it": what the act is of
        named = named or objects_in(pronoun.sent, shared.i + 1, shared.right_edge.i + 1, ctx, mentions)[:1]
        words = None if named else topic_words(pronoun.sent, shared, {t.i for t in shared.subtree})
        return named or ([new_topic(words)] if words is not None else [])
    sent = pronoun.sent
    start = sent.start if sent.start == 0 else pronoun.doc[sent.start - 1].sent.start
    named = objects_in(sent, start, pronoun.i, ctx, mentions)
    draft = _draft_taken_up(pronoun, start)
    if draft is None:
        return named[-1:]
    # "introduced a draft resolution to suspend the sanctions, but the US dismissed this": the draft,
    # not what it acts on (which it may undo, or name as a reason)
    return in_focus(draft.sent, {t.i for t in draft.subtree}, ctx, draft.left_edge.i) or named[-1:]


def _draft_taken_up(pronoun: Token, start: int) -> Token | None:
    """The draft an object pronoun takes up: the last object before it, outside any other's words,
    when that is a draft ("circulated a draft resolution to lift the sanctions, but the US rejected
    it"); None for anything else ("adopted resolution 2397 and urged all States to implement it")."""
    doc = pronoun.doc
    objects = [t for t in doc[start : pronoun.i] if t.dep_ in {"dobj", "nsubjpass"} and t.pos_ in NOUN_TAGS]
    outer = [o for o in objects if not any(p.is_ancestor(o) for p in objects)]
    last = outer[-1] if outer else None
    return last if last is not None and drafted([last]) else None


def _shared_object(pronoun: Token) -> Token | None:
    """The object of the first of coordinated verbs that "it" takes up again."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.dep_ != "conj" or grammar.own_subject(verb) is not None:
        return None  # "... will not solve the problem and we firmly oppose it": a clause of its own
    while verb.dep_ == "conj":
        verb = verb.head
    shared = next((c for c in verb.children if c.dep_ == "dobj" and nameable(c)), None)
    cues = find_cues(pronoun.sent, "stance", STANCE_FAMILIES) if shared is not None else []
    # "lodged a strong protest against North Korea and condemned it": a stance, no thing to take up
    return None if any(c.start <= shared.i < c.end for c in cues) else shared


def _voted_on(sent: Span, ctx: Context) -> list[Node]:
    """What a vote with no object of its own is on: the resolution in focus, else the draft."""
    return resolution_at(sent, ctx) or draft_in_focus(sent, ctx)


def in_focus(sent: Span, region: set[int], ctx: Context, start: int | None = None) -> list[Node]:
    """ "the resolution", "the text" in the object: the resolution the article speaks of, or the
    draft it reports on when it names none ("vetoed the draft"); not "a resolution that could be
    used as a pretext", which is any."""
    heads = [sent.doc[i] for i in region if sent.doc[i].norm_ in RESOLUTION_HEADS | {"draft"}]
    if not heads or (any(_indefinite(h) for h in heads) and not drafted(heads)):
        return []  # "a draft resolution" is the one the article reports on; "a resolution" is any
    if all(_the_body_of_resolutions(h) for h in heads):
        return []  # "to implement the relevant resolutions": all of them, not the one in focus
    found = resolution_in_focus(sent, min(region) if start is None else start, ctx)
    if found or any(h.norm_ == "adoption" for h in heads):
        return found
    return [] if resolution_mentions(sent.doc, ctx) and not drafted(heads) else draft_in_focus(sent, ctx)


def _the_body_of_resolutions(head: Token) -> bool:
    """ "the relevant resolutions", "all previous resolutions": resolutions in general (grammar.yaml
    ``general_resolution_words``)."""
    general = parse_rules().general_resolution_words
    return head.tag_ == "NNS" and any(c.lower_ in general for c in head.lefts)


def drafted(heads: list[Token]) -> bool:
    return any(h.norm_ == "draft" or any(c.norm_ == "draft" for c in h.lefts) for h in heads)


def _indefinite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in token.children)


def _telling_noun(span: Span, region: set[int]) -> Token | None:
    """The cue's object where it is a telling with a "that" clause: "concern at reports that arms
    continued to flow", "allegations that ..." (grammar.yaml ``telling_nouns``)."""
    head = topic_head(span, region) if region else None
    if head is None or head.lemma_.lower() not in parse_rules().telling_nouns:
        return None
    return head if any(_content_clause(c) or c.dep_ == "ccomp" for c in head.children) else None


def _clauses(words: Iterable[Token], cue_words: set[int]) -> set[int]:
    """What a clausal cue holds: "hope that Pyongyang will return to talks"."""
    found: set[int] = set()
    for word in words:
        for child in word.children:
            if child.dep_ not in {"ccomp", "xcomp", "acl"}:
                continue  # a cue heading the clause reads itself; the verbs coordinated with it are held
            # Each verb of the clause and what it governs, not its circumstances ("defuse tensions
            # | after the nuclear tests"; "will make conclusions, take into account ... demands").
            for told in grammar.conjuncts(child):
                verb = grammar.able_to(told)  # "that the Council was unable to adopt the draft"
                purpose = grammar.carried_act(verb)  # "that all parties will work together to keep ..."
                verb = purpose if purpose is not None and purpose.dep_ == "advcl" else verb
                # not "shall not apply to"; but what a feeling's clause failed to do is held (turned)
                if verb.i in cue_words or (grammar.negated([verb]) and not grammar.failed(told)):
                    continue
                act = _carried_on_act(verb)  # "that armed groups continued to violate the embargo"
                doer = _doer_judged(act)
                if doer is not None:  # what harms or does good, whole ("the use of the veto"), not
                    found |= {verb.i, act.i} | grammar.region(doer, set())  # what it is done to
                    continue
                if act.i != verb.i and _judged_act(act):
                    continue  # "that the embargo continued to be violated": no doer, nothing feared
                found |= {verb.i} | grammar.object_tokens(verb.doc[verb.i : verb.i + 1], cue_words)
                found |= _done_to(verb, cue_words) | _happening(verb, cue_words)
    return found


def _doer_judged(verb: Token) -> Token | None:
    """The doer of the harm or good a clause tells: "concerned that the sanctions would harm
    ordinary people" is about the sanctions, not the people (stance.yaml ``evaluative``,
    grammar.yaml ``harmful_acts`` and ``beneficial_acts``)."""
    if _has_an_effect(verb):  # "concerned that sanctions could have unintended consequences"
        return grammar.own_subject(verb)
    if not _judged_act(verb):
        return None
    passive = grammar.passive_subject(verb) is not None or any(c.dep_ == "auxpass" for c in verb.children)
    if passive:  # "were being undermined by smuggling", "continued to be violated by ...": the agent
        return grammar.agent(verb)
    carrier = verb.head if verb.dep_ == "xcomp" and _carried_on_act(verb.head).i == verb.i else None
    # "that armed groups continued to violate ...": the subject of the verb that carries the act
    return grammar.own_subject(verb) or (grammar.own_subject(carrier) if carrier is not None else None)


def _judged_act(verb: Token) -> bool:
    """Whether a verb does harm or good, or judges ("calls into question"): stance.yaml
    ``evaluative``, grammar.yaml ``harmful_acts``, ``violent_acts``, ``affecting_lemmas`` ("concerned
    that the sanctions might affect the delivery of aid": the sanctions) and ``beneficial_acts``."""
    g = parse_rules()
    judging = any(c.family == "evaluative" and c.start <= verb.i < c.end
                  for c in find_cues(verb.sent, "stance", STANCE_FAMILIES))
    acts = g.harmful_acts | g.violent_acts | g.affecting_lemmas | g.beneficial_acts | family_words(
        "evaluative", "opposes")
    return judging or verb.lemma_.lower() in acts | family_words("evaluative", "supports")


def ability_told(span: Span) -> bool:
    """Whether a cue's "that" clause tells what was or was not achieved, so that the act is what the
    cue is about: "regretted that the Council was unable to adopt the draft", "welcomed that the
    Council had been able to renew the arms embargo" (grammar.yaml ``ability_words``)."""
    return any(grammar.failed(v) or grammar.able_to(v).i != v.i for v in _told(span))


def failure_told(span: Span) -> bool:
    """Whether a cue's "that" clause tells of a failure ("failed to", "was unable to", "could not")."""
    return any(grammar.failed(v) for v in _told(span))


def _told(span: Span) -> list[Token]:
    """The verbs of a cue's "that" clauses, a verb's or a noun's ("expressed regret that ..."), or
    of the fact it takes ("deplored the fact that Iran has failed to comply"; grammar.yaml
    ``fact_nouns``)."""
    facts = [f for w in span for c in w.children for f in [c, *(p for p in c.children if c.dep_ == "prep")]
             if f.dep_ in {"dobj", "pobj"} and f.lemma_.lower() in parse_rules().fact_nouns]
    return [v for w in [*span, *facts] for c in w.children if c.dep_ == "ccomp" or _content_clause(c)
            for v in grammar.conjuncts(c)]


def _content_clause(clause: Token) -> bool:
    """A noun's "that" clause, which the parser hangs as a modifier: "regret that the Council ..."."""
    return clause.dep_ == "acl" and grammar.marked_that(clause)


def _happening(verb: Token, cue_words: set[int]) -> set[int]:
    """What a hoped-for clause wants to happen: "hopes that dialogue will resume" holds dialogue
    (the subject of a verb that only says it goes on; "that Pyongyang will return to talks" does
    not hold Pyongyang); what a feared one says grows worse ("concerned that violence has
    escalated" holds the violence)."""
    subject = grammar.own_subject(verb)
    if subject is None or not _goes_on(verb):
        return set()
    return grammar.region(subject, cue_words)


def _goes_on(verb: Token) -> bool:
    """A verb that only says its subject happens, goes on or grows worse ("resume", "escalate")."""
    rules = parse_rules()
    return verb.lemma_.lower() in rules.happening_lemmas | rules.worsening_lemmas


def _done_to(verb: Token, cue_words: set[int]) -> set[int]:
    """What a hoped-for passive asks to be carried out: "hope that the resolution will be fully
    implemented" holds the resolution, "that a peaceful solution will be found" the solution (a light
    verb brings its object about); not "... will be lifted", which a halt verb would turn."""
    patient = grammar.passive_subject(verb)
    if patient is None or not grammar.brings_about(verb):
        return set()
    return grammar.region(patient, cue_words)


def named_in(sent: Span, region: set[int], ctx: Context, mentions) -> list[Node]:
    """Topics, measures and resolutions the vocabularies name inside the region, in text order."""
    found: list[Node] = []
    for start, end in _runs(region):
        # A name that starts inside reads whole ("allow war | on the Korean Peninsula").
        end = max([end] + [s.end for g in ("topic", "measure") for s in spans_in(sent.doc, g, start, end + 8)
                           if s.start < end and s.end <= sent.end])
        for node in objects_in(sent, start, end, ctx, mentions, parsed=True):
            found = _named_again(found, node) if node in found else [*found, node]
    return found


def _named_again(found: list[Node], node: Node) -> list[Node]:
    """A thing named twice keeps both wordings ("the restoration of the democratically elected
    Government and a return to constitutional order")."""
    at = found.index(node)
    kept = found[at]
    if not node.text or node.text.casefold() in (kept.text or kept.label).casefold().split("; "):
        return found
    both = replace(kept, text=f"{kept.text or kept.label}; {node.text}")
    return [*found[:at], both, *found[at + 1:]]


def _runs(indices: set[int]) -> list[tuple[int, int]]:
    """Contiguous runs of token indices as (start, end) pairs."""
    runs: list[tuple[int, int]] = []
    for i in sorted(indices):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _new_topic(span: Span, region: set[int], head: Token | None = None) -> Node | None:
    """A topic the vocabularies lack, named by the object's head noun (``head`` when given) with
    its modifiers and "of" complement ("joint military exercises", "the suffocation of the
    regime"): never a verb, a pronoun, an actor or a fragment cut at a clause. A noun cue's object
    is its preposition's ("support for the peace process")."""
    head = head or topic_head(span, region)
    drafted = any(c.norm_ == "draft" for c in head.lefts) if head is not None else False
    if head is None or (head.norm_ in RESOLUTION_HEADS and not drafted):
        return None  # "welcomed the adoption" of no resolution the article names: nothing to hold
    if head.lemma_.lower() in parse_rules().purpose_nouns:
        return None  # "to achieve this goal": the goal is named elsewhere
    at_large = not any(c.dep_ == "compound" for c in head.children)  # not "United States"
    if head.lower_ in parse_rules().measure_addressees and at_large:
        return None  # "action against States it determined to have violated ...": States at large
    head = _light_object(head, region) or head  # "avoid taking actions that may escalate tensions"
    inner = lacked(head, region) or _brought(head, region)
    generic = head.lemma_.lower() in parse_rules().generic_nouns  # "moves that may escalate tensions"
    if inner is None and (is_pointer(head) or generic and _told_by_relative(span, head) is not None):
        # "the matter", "should not have taken place", "against that backdrop": names nothing;
        # "actions that could escalate tensions" are named by what they do
        return _told_by_relative(span, head)
    head = inner or head
    words = topic_words(span, head, region)
    return new_topic(words) if words is not None else None


def _told_by_relative(span: Span, head: Token) -> Node | None:
    """A vague noun named with the restrictive relative clause that says what it is ("actions that
    could escalate tensions", "any action which may further aggravate the situation"); not with a
    clause set apart by a comma ("the action, which was taken on Friday")."""
    clause = next((c for c in head.children if c.dep_ == "relcl"), None)
    if clause is None or span.doc[clause.left_edge.i - 1].is_punct:
        return None
    # the clause after the last of coordinated nouns tells them all ("statements and activities that
    # could jeopardize the cessation of hostilities"), though the parser hangs it on the first
    told = {head.i} | {t.i for c in head.conjuncts if head.i < c.i < clause.i for t in c.subtree}
    words = _trimmed(span, told | {t.i for t in clause.subtree})
    for place in _places_of(clause):  # "... that could escalate tensions in the region": where, last
        if words is None or _content_length(words) <= MAX_NEW_TOPIC_WORDS:
            break
        words = _trimmed(span, told | {t.i for t in clause.subtree} - {t.i for t in place.subtree})
    if words is None or _content_length(words) > MAX_NEW_TOPIC_WORDS:
        return None
    return new_topic(words)


def _content_length(words: Span) -> int:
    """A name's length without its articles, conjunctions and relative pronouns, which a name told by
    a clause has many of."""
    return _length(words) - sum(t.tag_ in {"DT", "WDT", "CC"} for t in words)


def _places_of(clause: Token) -> list[Token]:
    """The prepositions that end a relative clause, last first: where or whom its act touches
    ("on the Korean Peninsula", "in the region"), cut before the act itself when its name is long."""
    ending = [t for t in clause.subtree if t.dep_ == "prep" and t.lower_ != "of"
              and t.right_edge.i == clause.right_edge.i]
    return sorted(ending, key=lambda t: -t.i)


def _light_object(head: Token, region: set[int]) -> Token | None:
    """The thing a light verb brings about: "the importance of putting in place a resource-sharing
    agreement" is the agreement's, "ensuring accountability" accountability's, "reluctant to carry
    out harsh measures" the measures'."""
    if head.tag_ not in {"VBG", "VB"} or head.lemma_.lower() not in parse_rules().asked_light_verbs:
        return None
    thing = grammar.brought_object(head)
    return thing if thing is not None and thing.i in region and thing.pos_ in NOUN_TAGS else None


def is_pointer(head: Token) -> bool:
    """A vague noun with no modifier nor complement, which names no thing of its own ("the matter",
    "take place", "welcomed the action"; not "the work of the Committee", "control over its borders")."""
    modified = any(c.dep_ in parse_rules().label_modifiers or c.dep_ == "prep" for c in head.children)
    return head.lemma_.lower() in parse_rules().vague_nouns and not modified


def lacked(head: Token, region: set[int]) -> Token | None:
    """What a lack is the lack of, the thing a stance on the lack turns to: "the lack of an
    extension", "the failure to extend travel exemptions" (the act's object)."""
    return _of_what(head, region) if head.lemma_.lower() in parse_rules().lack_nouns else None


def _brought(head: Token, region: set[int]) -> Token | None:
    """What an act of bringing about brings, or a telling tells: "welcomes the announcement of a
    ceasefire" (the ceasefire), "the establishment of a commission of inquiry", "reports of
    violations" (grammar.yaml ``bringing_nouns``, ``telling_nouns``)."""
    rules = parse_rules()
    standing_for = head.lemma_.lower() in rules.bringing_nouns | rules.telling_nouns
    told = _of_what(head, region) if standing_for else None
    # "the report of the Panel of Experts": who tells, not what is told
    author = told is not None and head.lemma_.lower() in rules.telling_nouns and told.pos_ == "PROPN"
    return None if author else told


def _of_what(head: Token, region: set[int]) -> Token | None:
    """The object of the act a noun is of, else its "of": beside an act, "of" names who acts ("the
    failure of the parties to implement the agreement" is a failure to implement the agreement)."""
    acts = [c for c in head.rights if c.dep_ == "acl"]
    agent = head.lemma_.lower() in parse_rules().refusing_nouns
    ofs = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and not agent]
    for child in acts + ofs:
        inner = [c for c in child.children if c.dep_ == ("pobj" if child.dep_ == "prep" else "dobj")]
        if inner and inner[0].i in region:
            return inner[0]
    return None


def topic_words(span: Span, head: Token, region: set[int], *, actors: bool = False) -> Span | None:
    """The words that name ``head``'s thing: its modifiers and its first prepositional or clausal
    complement, inside ``region``, less determiners and edge punctuation. A complement too long
    for a name keeps only its own head ("the extension of the mandate of the Panel of Experts":
    extension of the mandate), or none ("the cross-border attacks by the Houthi terrorist group":
    cross-border attacks). Names of actors alone name no thing, unless ``actors`` says the words
    follow an act that names the thing ("cooperation with" the IAEA). A place or a world to be free
    of a thing names nothing held but what it is free of ("a world free of nuclear weapons": the
    weapons, set against the stance)."""
    if grammar.freed_of(head):
        return None
    for complement in ("whole", "head", "none"):
        words = _trimmed(span, _label_words(head, region, complement=complement))
        if complement == "none" and words is not None and (head.pos_ not in NOUN_TAGS or len(words) < 2):
            return None  # "impacts", "considering": a bare head says nothing without what it is of
        if words is not None and _length(words) <= MAX_NEW_TOPIC_WORDS:
            return None if _only_actors(words) and not actors else words
    return None


def _length(words: Span) -> int:
    """A topic name's length in words, a name of an actor counting as one ("the sovereignty of the
    Democratic People's Republic of Korea" is four)."""
    names = [n for n in {span_at(words.doc, "actor", t.i) for t in words} if n is not None]
    return sum(not t.is_punct for t in words) - sum(len(n) for n in names) + len(names)


def _label_words(head: Token, region: set[int], *, complement: str) -> set[int]:
    modifiers = parse_rules().label_modifiers

    def named(token: Token) -> set[int]:
        kept = [c for c in token.lefts if c.dep_ in modifiers and c.i in region]
        return {token.i} | {t.i for c in kept for t in c.subtree}

    words = named(head) | {c.i for c in head.children if c.dep_ == "prt"}  # "carry out"
    acting = head.tag_ in {"VBG", "VB"}
    for right in head.rights if complement != "none" else ():  # "the suffocation of the regime"
        if right.i not in region:
            continue  # cut from the object ("the failure of UNITA to comply"): the next complement
        if right.dep_ in {"prep", "acl"} or (acting and right.dep_ == "dobj"):
            # Cut short, a complement keeps its own head: "of the mandate", "to place a hold".
            inner = [c for c in right.children if c.dep_ == ("pobj" if right.dep_ == "prep" else "dobj")]
            if inner and inner[0].lemma_.lower() in parse_rules().manner_nouns:
                continue  # "condemned the attack in the strongest terms": how, not what
            if complement == "whole" or right.dep_ == "dobj":
                words |= {t.i for t in right.subtree}
            elif not inner and right.dep_ == "acl":  # "the failure to comply": the act, bare
                words |= {right.i} | {c.i for c in right.children if c.dep_ in {"aux", "neg"}}
            elif not inner:
                words |= {t.i for t in right.subtree}
            else:  # a name kept whole: "the sovereignty of the Democratic People's Republic of Korea"
                name = span_at(head.doc, "actor", inner[0].i)
                words |= {right.i} | named(inner[0]) | (set(range(name.start, name.end)) if name else set())
            break
    else:
        words |= _measured_on_the_verb(head) if complement == "whole" else set()
    return {i for i in words if i in region}


def _measured_on_the_verb(head: Token) -> set[int]:
    """What a measure is on, where the parser hung its "on" on the verb: "to lift the ban on timber
    exports" (not "the sanctions on Iran": whom a measure targets is not its name)."""
    if head.lemma_.lower() not in parse_rules().measure_words or head.right_edge.i + 1 >= len(head.doc):
        return set()
    after = head.doc[head.right_edge.i + 1]
    things = [c for c in after.children if c.dep_ == "pobj" and actor_at(head.doc, c.i) is None]
    hung = after.lower_ == "on" and after.dep_ == "prep" and after.head.i == head.head.i
    return {t.i for t in after.subtree} if hung and things else set()


def _trimmed(span: Span, words: set[int]) -> Span | None:
    while words and _ends_loose(span, words):
        words.discard(max(words))
    if not words:
        return None  # the object was punctuation alone ("oppose #")
    start, end = min(words), max(words) + 1
    doc = span.doc
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    if end - start == 1 and _names_nothing_alone(doc[start]):
        return None  # "welcomes the efforts on the ground by ...", cut to "efforts": names nothing
    if _a_date(doc[start:end]):
        return None  # "if the demand is not met by 14 November": when, not what
    return doc[start:end] if start < end else None


def _a_date(words: Span) -> bool:
    """Words that only tell a date ("14 November", "March 2"): no thing one holds."""
    told = [t for t in words if not t.is_punct]
    return bool(told) and all(t.is_digit or t.lower_.rstrip(".") in MONTHS for t in told)


def _names_nothing_alone(word: Token) -> bool:
    """A word that, left alone as an object's name, names no thing: a vague noun cut from all that
    named it ("welcomes the efforts on the ground by ...", "to counter this trend"; one that is
    someone's, "its actions", is theirs); an act cut from what it acts on."""
    owned = any(c.dep_ == "poss" for c in word.children)
    return word.lemma_.lower() in parse_rules().vague_nouns and not owned or _act_cut_from_its_object(word)


def _act_cut_from_its_object(word: Token) -> bool:
    """ "allowing" of "in favour of allowing Iran more time", "specifying" of "without specifying
    where": a verb whose complements the name left out; "the fighting" is a thing of its own."""
    acted_on = {"dobj", "dative", "ccomp", "xcomp", "advmod", "attr", "oprd"}
    return word.tag_ in {"VBG", "VB"} and any(c.dep_ in acted_on for c in word.children)


def object_head(span: Span, region: set[int]) -> Token | None:
    doc = span.doc
    for i in sorted(region):
        token = doc[i]
        if token.head.i in region:
            continue
        relative = span.root.dep_ == "relcl" and token.i == span.root.head.i  # "the envoy, whom we support"
        # "the move was welcomed by Seoul", "such violations will not be tolerated"; not a passive
        # that tells what was done by no one named ("the shipment had been blocked")
        passive = token.dep_ == "nsubjpass" and token.head.i == span.root.i \
            and any(c.dep_ == "agent" or c.tag_ == "MD" for c in span.root.children)
        if relative or passive or token.dep_ in {"dobj", "pobj", "attr", "oprd", "dative"}:
            return token if token.pos_ in NOUN_TAGS and token.lower_ not in PHRASE_STOP else None
        if token.dep_ in {"pcomp", "xcomp"} and token.tag_ == "VBG":
            return token  # "without suffocating the regime", "stop taking wrong actions"
        if token.dep_ == "xcomp" and token.tag_ == "VB" and _cue_own_to(span, token) and _acts_on(token):
            return token  # "is reluctant to carry out harsh measures"
    return None


def _acts_on(verb: Token) -> bool:
    """Whether a light verb brings about a noun ("carry out harsh measures"); any other verb's phrase
    is too loose a name for a thing ("needs to show that ...", "to launch new policies")."""
    light = verb.lemma_.lower() in parse_rules().asked_light_verbs
    return light and any(c.dep_ == "dobj" and c.pos_ in NOUN_TAGS for c in verb.children)


def _cue_own_to(span: Span, verb: Token) -> bool:
    """Whether the "to" of an infinitive is the cue's last word ("reluctant to", "vowed to")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i == span.end - 1 for c in verb.children)


def _clause_object(span: Span, region: set[int]) -> Token | None:
    """The object of the act a clausal cue's clause names: "will not allow Iran to buy conventional
    weapons" (the weapons), "hope that Pyongyang will stop its tests"."""
    for verb in (span.doc[i] for i in sorted(region)):
        told = verb.dep_ in {"ccomp", "acl"} or _act_one_was_able_to(verb)
        if told and verb.pos_ in {"VERB", "AUX"} and verb.head.i not in region:
            told, verb = verb, _carried_on_act(verb)  # "that the DPRK continues to develop missiles"
            thing = _doer_judged(verb) or next(
                (c for c in verb.children if c.dep_ == "dobj" and c.i in region), None)
            if thing is not None and verb.lemma_.lower() in parse_rules().means_verbs and _has_an_end(verb):
                return None  # "take all necessary measures to prevent ...": the means, read as a call
            if thing is None and _goes_on(verb):
                # "concerned that the fighting has continued", "that weapons continued to flow"
                thing = grammar.own_subject(verb) or grammar.own_subject(told)
            return thing if thing is not None and thing.i in region and thing.pos_ in NOUN_TAGS else None
    return None


def _has_an_end(verb: Token) -> bool:
    """A verb of means with an infinitive of purpose in its phrase ("take all necessary measures to
    prevent ..."); without one it is the act itself ("to continue the blockade")."""
    return any(c.dep_ in {"xcomp", "advcl", "acl", "relcl"} and grammar.has_aux_to(c) for c in verb.subtree)


def _act_one_was_able_to(verb: Token) -> bool:
    """ "that the Council was unable to renew the mandate": the act of the clause (renew)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in parse_rules().ability_words


def _carried_on_act(verb: Token) -> Token:
    """The act a verb of going on carries: "continues to develop" (develop); else the verb."""
    if verb.lemma_.lower() not in parse_rules().happening_lemmas:
        return verb
    return grammar.infinitive(verb) or verb


def _preposition_object(span: Span, region: set[int]) -> Token | None:
    """The noun a noun cue's own preposition governs ("lifting [of the embargo]")."""
    doc = span.doc
    top = [doc[i] for i in sorted(region) if doc[i].head.i not in region and doc[i].dep_ == "prep"]
    objects = [c for p in top[:1] for c in p.children if c.dep_ == "pobj" and c.pos_ in NOUN_TAGS]
    return objects[0] if objects else None


def topic_head(span: Span, region: set[int]) -> Token | None:
    """The noun an object is named by: the cue's own object, or a noun cue's preposition's."""
    return object_head(span, region) or cue_preposition_object(span, region)


def cue_preposition_object(span: Span, region: set[int]) -> Token | None:
    """The noun a noun cue takes for its thing ("support for the peace process", "opposition to
    the blockade"), never its holder's ("the support of France") or a circumstance's."""
    thing = _preposition_object(span, region)
    cue = span.root
    if thing is None or cue.pos_ not in NOUN_TAGS:
        return None
    hung = grammar.hung_preposition(span)  # "its support to ...", the "to" hung on the verb
    if thing.head.head != cue and (hung is None or thing.head.i != hung.i):
        return None
    # "of" names whose a stance is ("the support of France"), but what a halt undoes ("the easing of
    # the notification requirements"), unless it is a time ("at the end of 13 months")
    halted = thing.head.lower_ == "of" and cue.norm_ in stance_words("cessation")
    own = thing.head.lower_ in parse_rules().noun_cue_prepositions or halted
    timed = thing.ent_type_ in TIME_ENTITIES or thing.lemma_.lower() in parse_rules().time_nouns
    return thing if own and not timed else None


def _ends_loose(span: Span, words: set[int]) -> bool:
    """Ends in punctuation or a line's break, a bare "and" ("to stem the flow of illicit arms and")
    or a preposition whose object was cut ("the Ombudsperson's role in")."""
    last = span.doc[max(words)] if words else None
    return last is not None and (last.is_punct or last.is_space or last.dep_ in {"cc", "prep"})


def _only_actors(span: Span) -> bool:
    return all(actor_at(span.doc, t.i) is not None or t.is_punct or t.lower_ in {"'s", "’s"} for t in span)

def a_measure(node: Node) -> bool:
    """A measure, or a topic named as one ("targeted sanctions", "weapons ban")."""
    words = set(node.label.lower().replace("-", " ").split())
    return node.cls == "measure" or bool(words & parse_rules().measure_words)


def a_text_or_measure(node: Node) -> bool:
    """A resolution or a measure: what acts of carrying out, harm and service are done to or by."""
    return a_measure(node) or node.cls == "resolution"


def owned_text_act(thing: Token, ctx: Context, mentions) -> list[Node]:
    """ "its full implementation" after resolution 2397: "full implementation of UNSC Resolution
    2397", the act (a noun of grammar.yaml ``text_acts``) on the resolution or measure its
    possessive takes up; [] for any other noun."""
    owner = next((c for c in thing.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
    if owner is None or thing.lemma_.lower() not in _text_act_nouns():
        return []
    words = " ".join([t.text for c in thing.lefts if c.dep_ in {"amod", "compound"} for t in c.subtree]
                     + [thing.text])
    texts = [n for n in named_before_in(owner, ctx, mentions) if a_text_or_measure(n)]
    return [topic_named(f"{words} of {node.label}") for node in texts]


@lru_cache(maxsize=1)
def _text_act_nouns() -> frozenset[str]:
    """The nouns of grammar.yaml's ``text_acts`` ("implementation" of "implement")."""
    rules = parse_rules()
    return frozenset(rules.asked_acts[lemma].split()[0] for lemma in rules.text_acts)


def a_measure_word(word: Token) -> bool:
    return word.norm_ in parse_rules().measure_words


def nameable(thing: Token) -> bool:
    """A noun, not "it" or "so": "to implement it", "to do so" ask for what is named elsewhere; nor
    another's stance ("their position must be respected"), which is what they hold, not a thing;
    nor a place (grammar.yaml ``place_nouns``)."""
    meta = thing.lemma_.lower() in parse_rules().stance_nouns
    place = thing.lemma_.lower() in parse_rules().place_nouns  # "in Yemen and the wider region": where
    return thing.pos_ in NOUN_TAGS and thing.lower_ not in PHRASE_STOP and not meta and not place
