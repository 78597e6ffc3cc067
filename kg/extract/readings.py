"""What a stance cue says, read from the sentence's parse: its holder, stance and objects.

``read_cue`` reads the cues of action and attitude (the ``verb``, ``hostile``, ``cessation`` and
``gerund_only`` families of ``stance.yaml``); ``call_readings`` reads what a call asks for when
the verb it asks for is no cue ("urges the DPRK to abide by the resolution"). Where the parse
names no holder (a pronoun, an office, a quote), the reading asks for the sentence's speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from kg.claims import Node
from kg.extract import grammar
from kg.extract.base import Context, is_pronoun, spans_in
from kg.extract.cues import Cue, family_words, find_cues, stance_words
from kg.extract.grammar import grammar as parse_rules
from kg.extract.holders import last_group, last_person
from kg.extract.people import known_person_named, person_named, title_case
from kg.extract.phrases import (
    DETERMINERS,
    PHRASE_STOP,
    RESOLUTION_HEADS,
    antecedent,
    draft_in_focus,
    generic_head,
    new_topic,
    objects_in,
    resolution_at,
    resolution_in_focus,
    topic_named,
)
from kg.extract.resolutions import resolution_mentions
from kg.extract.speakers import (
    QUOTES,
    actor_at,
    actor_node,
    actors_in,
    attributed_in,
    coordinated,
    phrase_states,
)
from kg.namespaces import KGR
from kg.nlp import STANCE_FAMILIES
from kg.offices import UN as UNITED_NATIONS
from kg.offices import Offices, load_offices
from kg.offices import normalise as office_normalise

COUNCIL = str(KGR["organization/un-security-council"])  # who holds what a resolution says
BASE_CONFIDENCE = {"verb": 0.8, "hostile": 0.75, "cessation": 0.7, "gerund_only": 0.6, "call": 0.7,
                   "judgement": 0.65}
OTHER_STANCE = {"supports": "opposes", "opposes": "supports"}
TURNABLE_FAMILIES = {"cessation", "hostile"}  # an undoing, wanted or not by the verb that takes it
TAKING_FAMILIES = {"verb", "hostile"}
NEGATED_SUPPORT_PENALTY = 0.8
NEW_TOPIC_PENALTY = 0.85
PRONOUN_PENALTY = 0.85  # an object read through "it"
MAX_NEW_TOPIC_WORDS = 8  # "illicit trafficking in small arms and light weapons"
NOUN_TAGS = {"NOUN", "PROPN"}
TIME_ENTITIES = {"DATE", "TIME"}  # "support on Saturday": when, not what
THAT_COUNTRY_TOKENS = 80  # how far back "that country" looks for the state it points at
MEMBERS_BODY_TOKENS = 80  # how far back "the members" look for the body they are members of
PRONOUN_SENTENCES = 3  # how many sentences back "he" looks for a subject that names a person


@dataclass(frozen=True)
class Reading:
    """A position read from one cue, before its holder is known for sure."""

    holders: tuple[Node, ...]
    needs_speaker: bool
    stance: str
    objects: tuple[Node, ...]
    confidence: float
    sent: Span
    parsed_subject: bool = False  # the parse named a subject ("we", "he"), even if not an actor


def parsed_as_content(span: Span) -> bool:
    """Whether the parser read a cue's head as a verb, noun or adjective, as cues are: a headline
    ("EU, Russia and China back the Iran deal") can leave "back" an adverb, a parse to distrust."""
    return span.root.pos_ in parse_rules().content_tags


def cue_span(sent: Span, cue: Cue) -> Span:
    return sent.doc[cue.start : cue.end]


def read_cue(sent: Span, cue: Cue, cue_words: set[int], ctx: Context, mentions) -> Reading | None:
    """The position one cue states, or None when it states none (negated, hypothetical, a
    description of a thing, an act narrated rather than a stance taken). ``cue_words`` are the
    words of the sentence's other cues."""
    if cue.family == "judgement":
        return _judgement(sent, cue, cue_words, ctx, mentions)
    if _vote_mentioned(cue_span(sent, cue).root):
        return None
    span = cue_span(sent, cue)
    head = span.root
    hyphened = head.i + 1 < len(sent.doc) and sent.doc[head.i + 1].text == "-"
    if head.dep_ == "compound" or hyphened:
        return None  # "the veto initiative", "veto-wielding powers": part of another word
    backing = _backing(sent, head, cue_words, ctx, mentions)
    if backing is not None:
        return backing
    if grammar.describes(head) or grammar.complements(head):
        return None  # a call with a verb complement is read by call_readings
    words = grammar.chain(head)
    if grammar.unasserted(words) or _said_of_the_targeted(words):
        return None
    stance, confidence = cue.stance, BASE_CONFIDENCE[cue.family]
    own = frozenset(range(cue.start, cue.end))  # the cue's own words
    refused = grammar.negated(_own_clause(words), own)
    if refused and cue.family == "cessation" and _unable(words):
        return None  # "it cannot, by itself, end the violence": no refusal to halt, no stance
    if refused:
        flipped = _negated_stance(cue, head)
        if flipped is None:
            return None
        stance, confidence = flipped, confidence * NEGATED_SUPPORT_PENALTY
    above = grammar.governor(words, cue_words)
    taker = _taking_cue(words, cue_words) if cue.family in TURNABLE_FAMILIES else None
    if taker is not None:  # "welcomed the decision to lift the embargo": the welcoming holds it
        above = sent.doc[taker.start : taker.end].root
        stance = stance if taker.stance == "supports" else OTHER_STANCE[stance]
    if above is not None:  # "reaffirmed that Pyongyang shall abandon ...": the reaffirming holds it
        holders = _holders(grammar.chain(above), ctx, obligation=False)
    else:
        holders = _holders(words, ctx, obligation=_obliged(words), cue=own)
    if holders is None:
        return None
    if cue.family == "cessation" and above is None and not refused and not _asked(words, holders):
        return None  # "North Korea halted its tests" narrates; "will never give up" refuses
    if cue.family == "cessation" and _measure_laid_on_states(head, span, cue_words):
        return None  # "decided that all States shall prevent the sale or supply of arms": a ban, read as one
    if cue.family == "gerund_only" and not _gerund_after(span):
        return None
    objects, confidence = _objects(sent, span, cue, cue_words, ctx, mentions, confidence)
    if not objects or own_decision(holders[0], words, cue, stance, objects) or _intent_held(span, cue_words):
        return None
    if _lacking(span, cue_words, objects):  # "regret over the lack of progress": for the progress
        stance = OTHER_STANCE[stance]
    subject = grammar.holder_word(grammar.chain(above) if above is not None else words, own) is not None
    return Reading(tuple(holders[0]), holders[1], stance, tuple(objects), confidence, sent, subject)


def _backing(sent: Span, noun: Token, cue_words: set[int], ctx: Context, mentions) -> Reading | None:
    """Support named as had by a thing, whose "of" names who gives it: "the draft won the support
    of France and Russia", "was adopted with the backing of China": the givers support the thing
    (the subject of the verb that wins it or is done with it)."""
    rules = parse_rules()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rules.backing_nouns:
        return None
    givers = [c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head
    gained = noun.dep_ == "dobj" and verb.lemma_.lower() in rules.gaining_lemmas
    thing = grammar.own_subject(verb) if gained or noun.head.lower_ == "with" else None
    # "the support of the three leading opponents of the war -- France, Russia and Germany --"
    named = [a for g in givers[:1] for a in [g, *(c for c in g.subtree if c.dep_ == "appos")]]
    holders = [n for g in named for w in grammar.conjuncts(g) for n in _actor_nodes(w, ctx)]
    if thing is None or not holders:
        return None
    region = grammar.region(thing, cue_words)
    objects = _named(sent, region, ctx, mentions) or _in_focus(sent, region, ctx, thing.left_edge.i)
    if not objects:
        return None
    return Reading(tuple(holders), False, "supports", tuple(objects), BASE_CONFIDENCE["verb"], sent, True)


def _taking_cue(words: list[Token], cue_words: set[int]) -> Cue | None:
    """The stance verb whose object is the intent a halt or hostile act belongs to: "welcomed the
    decision to lift the embargo" (a welcome of lifting opposes the embargo), "opposed attempts to
    lift it" and "condemned attempts to derail the process" (an opposed undoing supports it)."""
    intent = parse_rules().intent_nouns
    noun = next((w for w in words if w.dep_ in {"dobj", "pobj"} and w.lemma_.lower() in intent), None)
    if noun is None:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.i not in cue_words:
        return None
    cues = find_cues(noun.sent, "stance", STANCE_FAMILIES)
    return next((c for c in cues if c.start <= verb.i < c.end and c.family in TAKING_FAMILIES), None)


def _intent_held(span: Span, cue_words: set[int]) -> bool:
    """Whether the cue's object is an intent whose act is a cue read on its own ("welcomed the vote
    to lift the embargo"), or a verb that works for something else: that reading holds the stance,
    the intent ("vote", "working with all sides") is no topic."""
    head = _object_head(span, grammar.object_tokens(span, cue_words))
    if head is not None and head.tag_ == "VBG" and head.lemma_.lower() in parse_rules().transparent_verbs:
        return True  # "his commitment to working with all sides to ...": the work is for its purpose
    if head is None or head.lemma_.lower() not in parse_rules().intent_nouns:
        return False
    return any(c.dep_ == "acl" and c.i in cue_words for c in head.children)


def _measure_laid_on_states(head: Token, span: Span, cue_words: set[int]) -> bool:
    """ "all States shall prevent the sale or supply of ...", "called on all States to prevent the
    entry into their territories of ...": a halt of trade or travel laid on every State is the
    measure itself (the bans family reads it), not a stance on what is traded."""
    rules = parse_rules()
    doer = grammar.own_subject(head) or _called_on(head)
    if doer is None or doer.lemma_.lower() not in rules.measure_addressees:
        return False
    words = {span.doc[i].lemma_.lower() for i in grammar.object_tokens(span, cue_words)}
    return bool(words & rules.trade_nouns)


def _called_on(act: Token) -> Token | None:
    """Whom a call asks to do ``act``: "called on all States to prevent ..." (States)."""
    call = act.head
    asked = [c for c in call.children if c.dep_ == "dobj"]
    asked += [g for c in call.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return next((t for t in asked if t.i < act.i), None)


def _own_clause(words: list[Token]) -> list[Token]:
    """The chain up to the verb coordinated with another: "sanctions were not an end in themselves
    and called for ...": the first verb's negation is not the second's."""
    joined = next((i for i, w in enumerate(words) if w.dep_ == "conj"), None)
    return words if joined is None else words[: joined + 1]


def _judgement(sent: Span, cue: Cue, cue_words: set[int], ctx: Context, mentions) -> Reading | None:
    """ "the embargo remained essential", "sanctions are counterproductive", "the embargo is no
    longer justified": a linking verb's subject is judged, by whoever says so (the subject of the
    verb of saying, else the speaker); a negation turns the judgement."""
    adjective = cue_span(sent, cue).root
    deeming = _deeming(adjective)
    verb = deeming or _linked(adjective)
    if verb is None:
        return None  # "an important step", "illegal sanctions": read as other families are
    words = grammar.chain(verb)
    # "Iran considers the resolution illegal": the small clause's own subject is judged.
    subject = grammar.own_subject(adjective if deeming is not None else verb)
    if not _stated(words[-1]) or grammar.unasserted(words):
        return None  # "members are unconvinced that the reimposition is justified"
    if subject is None or actor_at(sent.doc, subject.i) is not None:
        return None
    judged = _judged(sent, subject, cue_words, ctx, mentions)
    if judged is None:
        return None
    stance, objects, confidence = judged
    stance = stance if cue.stance == "supports" else OTHER_STANCE[stance]
    if grammar.negated([adjective, *words]):
        stance = OTHER_STANCE[stance]
    deemer = _holders(words, ctx, obligation=False) if deeming is not None else None
    holders = deemer or _said_by(words, ctx) or ([], True)
    return Reading(tuple(holders[0]), holders[1], stance, tuple(objects),
                   BASE_CONFIDENCE["judgement"] * confidence, sent, True)


def _deeming(adjective: Token) -> Token | None:
    """The verb of deeming whose small clause a judgement is: "considers the resolution illegal",
    "deems the sanctions unjustified" (grammar.yaml ``deeming_lemmas``)."""
    head = adjective.head
    small_clause = adjective.dep_ in {"ccomp", "oprd", "xcomp"} and grammar.own_subject(adjective) is not None
    return head if small_clause and head.lemma_.lower() in parse_rules().deeming_lemmas else None


def predicate_subject(sent: Span, cue: Cue, ctx: Context, mentions) -> list[Node] | None:
    """What a predicate cue says something of, by the parse: the subject of the verb the cue
    belongs to, its clauses cut ("the lifting of sanctions, which had been prolonged by ..., was a
    step forward"); nothing when that subject is an actor ("the Council will play a constructive
    role"); None where the parse names no subject or a headline's capitals make it unreliable."""
    word = cue_span(sent, cue).root
    verb = next((w for w in (word, word.head, word.head.head) if w.pos_ in grammar.VERBS), None)
    subject = grammar.own_subject(verb) if verb is not None else None
    said = verb is not None and verb.lemma_.lower() in parse_rules().reporting_lemmas
    if subject is None or said or title_case(sent) or verb.norm_ in stance_words("naming"):
        return None  # "Beijing says sanctions not a solution", "Pyongyang called the sanctions a ..."
    if actor_at(sent.doc, subject.i) is not None or subject.lemma_.lower() in parse_rules().stance_nouns:
        return []  # an actor's role, another's position: no thing judged
    judged = _judged(sent, subject, set(), ctx, mentions)
    return list(judged[1]) if judged is not None else None


def _stated(top: Token) -> bool:
    """Whether a clause is said outright: the sentence's own, one coordinated with it, or what a
    verb of saying reports; not a clause inside another judgement, a condition or a ruling."""
    while top.dep_ == "conj":
        top = top.head
    if top.dep_ == "ROOT":
        return True
    return top.dep_ in {"ccomp", "parataxis"} and top.head.lemma_.lower() in parse_rules().reporting_lemmas


def is_attribute(sent: Span, cue: Cue) -> bool:
    """A judgement not after a linking verb: part of a thing's name ("illegal exports")."""
    return cue.family == "judgement" and _linked(cue_span(sent, cue).root) is None


def _linked(adjective: Token) -> Token | None:
    """The verb that links a judgement to what it judges: "remained (essential)", or the
    participle itself ("was no longer justified", which the parser reads as a passive). A judgement
    coordinated with another is linked as the first is ("was unbalanced and premature")."""
    while adjective.dep_ == "conj" and adjective.head.pos_ in {"ADJ", "VERB"}:
        adjective = adjective.head
    if adjective.dep_ in {"acomp", "attr"} and adjective.head.lemma_.lower() in parse_rules().linking_lemmas:
        return adjective.head
    passive = any(c.dep_ == "auxpass" for c in adjective.children)
    by_someone = any(c.dep_ == "agent" for c in adjective.children)
    # "are outdated" parsed as a passive with an adjective for its verb
    participle = adjective.tag_ == "VBN" or adjective.pos_ == "ADJ"
    return adjective if participle and passive and not by_someone else None


def _judged(sent: Span, subject: Token, cue_words: set[int], ctx: Context,
            mentions) -> tuple[str, list[Node], float] | None:
    """What a judgement is of, as (the stance a favourable judgement takes, objects, a factor of
    confidence): the act an extraposed "it" stands for ("it is essential to maintain the
    sanctions"), or the subject's own phrase; never what another pronoun points back at."""
    if subject.lower_ == "it" and _extraposed(subject):
        act = next((c for c in subject.head.children if c.dep_ == "xcomp" and c.pos_ in grammar.VERBS), None)
        asked = _asked_reading(sent, subject.head, act, cue_words, ctx, mentions) if act is not None else None
        return (asked.stance, list(asked.objects), 1.0) if asked is not None else None
    if subject.pos_ == "PRON":
        return None  # "this is unacceptable": an act told before, rarely one thing named
    region = grammar.region(subject, cue_words)
    if not region:
        return None  # the subject is itself a cue ("Russia's veto ... was regrettable"): read as one
    named = _named(sent, region, ctx, mentions) or _in_focus(sent, region, ctx)
    if named:
        return "supports", named, 1.0
    generic = generic_head(sent, subject.left_edge.i, max(region) + 1)
    named = antecedent(generic, ctx) if generic is not None else []
    if named:  # "the move was regrettable": what was named before
        return "supports", named, 1.0
    if generic is not None and not _a_measure_word(generic):
        return None  # "the move", named by nothing before: no thing to hold
    words = _topic_words(sent, subject, region) if _nameable(subject) else None
    return ("supports", [new_topic(words)], NEW_TOPIC_PENALTY) if words is not None else None


def _vote_mentioned(head: Token) -> bool:
    """ "within ten days of a veto being cast": a vote named as an event, cast by nobody named."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.lemma_.lower() not in parse_rules().vote_lemmas:
        return False
    return grammar.holder_word([head]) is None


def _said_of_the_targeted(words: list[Token]) -> bool:
    """ "sanctions against those seeking to derail the transition", "entities providing support for":
    what those a measure targets do."""
    targeted = parse_rules().targeted_words
    return any(w.dep_ in {"acl", "relcl"} and w.head.lower_ in targeted for w in words)


def _lacking(span: Span, cue_words: set[int], objects: list[Node]) -> bool:
    """Whether the object is the lack of what is held ("the lack of transparency", "the absence of
    dialogue"): regretting it is wanting that thing. A new topic named by the lack itself is held
    as it is."""
    region = grammar.object_tokens(span, cue_words)
    head = _object_head(span, region) or _cue_preposition_object(span, region)
    if head is None or head.lemma_.lower() not in parse_rules().lack_nouns:
        return False
    return not any(o.new and o.label.lower().startswith(head.lower_) for o in objects)


def own_decision(holders: list[Node], words: list[Token], cue: Cue, stance: str,
                  objects: list[Node]) -> bool:
    """The Council voting for a text ("voted in favour of the resolution"), or lifting its own
    measures ("voted to lift the arms embargo"), acts: the resolution says so, no stance of its
    own. Voting a text down ("voted against imposing an arms embargo") is one."""
    if [n.iri for n in holders] != [COUNCIL]:
        return False
    voted = any(w.lemma_.lower() in parse_rules().vote_lemmas for w in words)
    return (voted and stance == "supports") or (cue.family == "cessation" and all(map(_a_measure, objects)))


def _a_measure_word(word: Token) -> bool:
    return word.norm_ in parse_rules().measure_words


def _a_measure(node: Node) -> bool:
    """A measure, or a topic named as one ("targeted sanctions", "weapons ban")."""
    words = set(node.label.lower().replace("-", " ").split())
    return node.cls == "measure" or bool(words & parse_rules().measure_words)


def _unable(words: list[Token]) -> bool:
    modals = parse_rules().inability_modals
    return any(c.dep_ == "aux" and c.lower_ in modals for w in _own_clause(words) for c in w.children)


def _negated_stance(cue: Cue, head: Token) -> str | None:
    """What a negated cue says: "will not support" opposes, "has no plans to reduce its exercises"
    and "will never give up its nuclear weapons" support keeping them; other negations say nothing."""
    if cue.family == "cessation":
        return "supports"
    flips = parse_rules().negation_flips
    if cue.family == "verb" and cue.stance == "supports" and head.lemma_.lower() in flips:
        return "opposes"
    return None


def call_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "X urges Y to V Z", "X demanded that Y V Z": X supports Z when V is no cue (a cue there is
    read as itself, its holder climbing back to X); the called party Y is never what is held."""
    readings = []
    for call in sent:
        verbs = grammar.complements(call)
        words = grammar.chain(call) if verbs else []
        if not verbs or grammar.negated(words[:1]) or grammar.unasserted(words):
            continue
        holders = _holders(words, ctx, obligation=False)
        for verb in verbs if holders is not None else []:
            reading = _asked_reading(sent, call, verb, cue_words, ctx, mentions)
            if reading is not None:
                readings.append(replace(reading, holders=tuple(holders[0]), needs_speaker=holders[1]))
    return readings


def _asked_reading(sent: Span, call: Token, verb: Token, cue_words: set[int], ctx: Context,
                   mentions) -> Reading | None:
    """What one complement of a call asks for, its holder left to the caller: its object supported,
    or opposed when the complement is refused ("not to conduct another test") or halts it ("for
    the tests to be halted")."""
    means = _means_to(verb)
    if means is not None:  # "take immediate steps to restore constitutional order": the restoring
        return _asked_reading(sent, call, means, cue_words, ctx, mentions)
    inside = grammar.object_tokens(sent.doc[verb.i : verb.i + 1], set()) & cue_words
    if verb.i in cue_words or any(not grammar.describes(sent.doc[i]) for i in inside):
        return None  # "to declare a moratorium on tests": the cue inside says what is asked ("sanctions
        # against those who ..." only names the sanctions)
    region = grammar.object_tokens(sent.doc[verb.i : verb.i + 1], cue_words)
    held = grammar.asked_patient(call, verb)  # "called for the sanctions to be lifted"
    halted = held is not None and verb.lemma_.lower() in stance_words("cessation")
    if held is not None and not halted and verb.lemma_.lower() not in parse_rules().asked_acts:
        return None  # "sanctions should be adjusted": a change asked for, neither for nor against
    region |= {t.i for t in held.subtree} if held is not None else set()
    refused = grammar.negated([verb])
    if refused and verb.norm_ in family_words("evaluative", "opposes"):
        return None  # "the measures must not harm the Libyan people": what is spared is no stance's object
    # A name may start at the verb itself: "to lift the sanctions" is sanctions relief. What a
    # refused act names anywhere in its clause is refused ("shall not acquire interests in any
    # commercial activity relating to uranium enrichment").
    looked = region | {verb.i} | (grammar.clause_words(verb) if refused else set())
    objects = _named(sent, looked, ctx, mentions) or _in_focus(sent, region, ctx)
    if not objects and held is not None and held.lower_ in parse_rules().object_pronouns:
        objects = _named_before_in(held, ctx, mentions)  # "called for it to be lifted"
    if not objects:
        objects = _object_topic(sent, verb, region) if refused else _asked_act(sent, verb, region, held)
    if not objects or _procedural(verb, objects):
        return None
    stance = "opposes" if halted != refused else "supports"
    return Reading((), False, stance, tuple(objects), BASE_CONFIDENCE["call"], sent, True)


def _procedural(verb: Token, objects: list[Node]) -> bool:
    """ "requested the Panel to provide the Council a midterm report": asking for the work of a
    body's mandate takes no stance on anything."""
    thing = _verb_object(verb)
    mandated = thing is not None and thing.lemma_.lower() in parse_rules().procedural_nouns
    return mandated and all(o.new for o in objects)


def _means_to(verb: Token) -> Token | None:
    """The act a light verb of means asks for: "take steps to V", "make every effort to V",
    "redouble its efforts to V", "continue to V"."""
    rules = parse_rules()
    carried = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in grammar.VERBS), None)
    if verb.lemma_.lower() in rules.transparent_verbs and carried is not None:
        return carried
    if verb.lemma_.lower() not in rules.means_verbs:
        return None
    means = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in rules.means_nouns]
    acts = [c for m in means for c in m.children if c.dep_ in {"acl", "relcl"} and c.pos_ in grammar.VERBS]
    return acts[0] if acts else None


def _asked_act(sent: Span, verb: Token, region: set[int], held: Token | None = None) -> list[Node]:
    """What a call asks for when the vocabularies name nothing in it: the act as a noun with its
    object ("to implement the resolutions": implementation of resolutions), or a light verb's
    object ("to exercise restraint": restraint)."""
    rules = parse_rules()
    lemma = verb.lemma_.lower()
    if lemma in rules.asked_light_verbs:
        return _object_topic(sent, verb, region)
    if lemma not in rules.asked_acts:
        return []
    thing = held if held is not None else _verb_object(verb)  # "sovereignty should be respected"
    act = rules.asked_acts[lemma]
    small = next((c for c in verb.children if c.dep_ in {"ccomp", "oprd"} and c.pos_ == "ADJ"), None)
    if thing is None and small is not None:  # "to hold perpetrators accountable", a small clause
        return [topic_named(f"{act.rsplit(' ', 1)[0]} {sent.doc[small.left_edge.i : small.i + 1].text}")]
    if thing is None:
        return [topic_named(act.rsplit(" ", 1)[0])]  # "urged the DPRK to comply": compliance
    if thing.i not in region:  # an object shared with a coordinated verb
        region = region | grammar.region(thing, set())
    words = _topic_words(sent, thing, region) if _nameable(thing) else None
    return [topic_named(f"{act} {words.text}")] if words is not None else []


def _object_topic(sent: Span, verb: Token, region: set[int]) -> list[Node]:
    """The verb's object as a topic: "to exercise restraint", "not to conduct further launches"."""
    thing = _verb_object(verb)
    named = thing is not None and _nameable(thing) and not _pointer(thing)
    words = _topic_words(sent, thing, region) if named else None
    return [new_topic(words)] if words is not None else []


def _verb_object(verb: Token) -> Token | None:
    """The verb's object, or the one it shares with the verb coordinated with it ("to restore and
    respect constitutional order")."""
    own = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), None)
    if own is not None:
        return own
    shared = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in grammar.VERBS]
    return next((c for v in shared for c in v.children if c.dep_ == "dobj"), None)


def _nameable(thing: Token) -> bool:
    """A noun, not "it" or "so": "to implement it", "to do so" ask for what is named elsewhere; nor
    another's stance ("their position must be respected"), which is what they hold, not a thing."""
    meta = thing.lemma_.lower() in parse_rules().stance_nouns
    return thing.pos_ in NOUN_TAGS and thing.lower_ not in PHRASE_STOP and not meta


def sentence_speaker(sent: Span, ctx: Context) -> list[Node]:
    """The actors the sentence's own verb of saying names ("..., the Chinese ambassador said"), if
    its root is one and its subject is an actor or an office."""
    root = sent.root
    if root.lemma_.lower() not in parse_rules().reporting_lemmas:
        return []
    found = grammar.holder_word([root])
    who = _who(found.token, ctx) if found is not None else None
    return who[0] if who else []


# --- holders -----------------------------------------------------------------------------------


def _obliged(words: list[Token]) -> bool:
    """ "North Korea must stop": the subject is who is obliged, the speaker holds the stance."""
    modals = parse_rules().obligation_modals
    return any(c.dep_ == "aux" and c.lower_ in modals for w in words for c in w.children)


def _holders(words: list[Token], ctx: Context, *, obligation: bool,
             cue: frozenset[int] = frozenset()) -> tuple[list[Node], bool] | None:
    """(holders, whether the speaker is asked for); None when the clause's subject is a thing."""
    found = None if obligation else grammar.holder_word(words, cue)
    if found is None:
        if obligation and grammar.reporter(words) is None and not _voiced(words):
            return None  # "all permanent members must vote in favour": a rule, not a stance
        return _said_by(words, ctx) or ([], True)
    who = _who(found.token, ctx)
    for extra in found.extra:  # "South Korea, US agree ..."
        more = _who(extra, ctx)
        if who is not None and more is not None:
            who = (who[0] + [n for n in more[0] if n not in who[0]], who[1] and more[1])
    if who is None:  # a thing; "it" of a verb of saying is its speaker's
        if found.how == "subject" and (_is_pronoun(found.token) or _misjoined(words)):
            return _said_by(words, ctx)
        return None
    if who == ([], True):  # "we", "his country", "the agreement": the verb of saying's subject first
        return _said_by(words, ctx) or who
    return who


def _misjoined(words: list[Token]) -> bool:
    """ "China's representative said sanctions were not an end in themselves and called for a
    political solution": an act the parser coordinated with a clause whose subject is a thing,
    inside what a verb of saying reports, is the sayer's."""
    joined = any(w.dep_ == "conj" for w in words[:-1])
    top = words[-1]
    reported = top.dep_ == "ccomp" and top.head.lemma_.lower() in grammar.saying_lemmas()
    return joined and reported


def _said_by(words: list[Token], ctx: Context) -> tuple[list[Node], bool] | None:
    """Who the verb of saying whose clause holds the chain names ("..., Lavrov said"), or the
    speaker asked for when it names no actor; None when no verb of saying holds the chain."""
    speaker = grammar.reporter(words)
    return (_who(speaker, ctx) or ([], True)) if speaker is not None else None


def _voiced(words: list[Token]) -> bool:
    sent = words[0].sent
    return any(t.text in QUOTES or is_pronoun(t, stance_words("first_person")) for t in sent)


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON"


def _who(token: Token, ctx: Context) -> tuple[list[Node], bool] | None:
    """The actors a subject names: "Russia and China", "China's envoy", "the Secretary-General"
    (who held the office on the article's date), "we" (the speaker); None for a thing."""
    doc, gaz = token.doc, ctx.gazetteer
    nodes = [n for t in grammar.conjuncts(token) for n in _actor_nodes(t, ctx)]
    named = [a for a in token.children if a.dep_ == "appos"]  # "two powers, Russia and China"
    nodes = nodes or [n for a in named for t in grammar.conjuncts(a) for n in _actor_nodes(t, ctx)]
    nodes = nodes or _abstainers_named_before(token, ctx)
    if nodes:
        return nodes, False
    low = token.lower_
    if is_pronoun(token, stance_words("first_person")) or _own_country(token):
        return [], True
    if low in {"he", "she"}:
        own = _main_subject(token, ctx) or _unknown_before(token, ctx) or _speaker_before(token, ctx)
        if own:  # "The delegate of France welcomed the text, which he said ..."
            return own, False
        person = last_person(doc, token.i, gaz)
        return ([person], False) if person else ([], True)
    if low == "they":
        group = [n for n in (actor_node(a, gaz) for a in last_group(doc, token.i, token.sent)) if n]
        return (group, False) if group else ([], True)
    if low in {"which", "that", "who"} and token.head.dep_ == "relcl":
        if token.head.head.pos_ == "PRON":
            return None  # "sanctions on those who violate the ceasefire": whom a measure targets
        return _who(token.head.head, ctx)  # "Russia, which opposes ..."
    owner = _purpose_owner(token)
    if owner is not None:
        return _who(owner, ctx)  # "the resolution has a definite target, which is to prevent ..."
    if low == "it" and token.dep_ in parse_rules().subject_relations and not _extraposed(token):
        body = _resolution_before(token, ctx) or _last_body(token, ctx)
        if body is not None:
            return [body], False  # "It also condemned ...": the Council (or state) just named
    if token.pos_ == "PRON" and low in parse_rules().demonstrative_subjects:
        return [], True  # "this means cancelling nuclear tests": the speaker's voice
    if token.lemma_.lower() in parse_rules().agreement_nouns:
        return [], True  # "the agreement cut off the pathways ...": whoever says so
    if token.norm_ in RESOLUTION_HEADS:
        council = gaz.node(COUNCIL)
        return ([Node.of(council)], False) if council else None
    if token.norm_ in stance_words("roles") or token.lower_ in stance_words("speaker_anaphora"):
        return [], True  # "the minister said": whoever speaks
    return None


def _abstainers_named_before(noun: Token, ctx: Context) -> list[Node]:
    """ "the five countries that abstained": the actors an earlier sentence lists as abstaining
    ("with China, Russia, India, Kenya and Gabon abstaining", "Abstaining were China and Russia")."""
    lemmas = parse_rules().abstention_lemmas
    if not any(c.dep_ == "relcl" and c.lemma_.lower() in lemmas for c in noun.children):
        return []
    doc = noun.doc
    for i in range(noun.sent.start - 1, -1, -1):  # the nearest earlier roll call (unparsed: its words)
        if any(doc[i].lower_.startswith(lemma) for lemma in lemmas):
            run = _listed_at(doc, i)
            if run:
                return [n for n in (actor_node(a, ctx.gazetteer) for a in run) if n is not None]
    return []


def _listed_at(doc, i: int) -> list[Span]:
    """The actors listed right before word ``i`` ("China and Gabon abstaining") or right after
    it and a verb ("Abstaining were China and Gabon")."""
    sent = doc[i].sent
    before = [a for a in actors_in(doc, sent.start, i) if a.end >= i - 1]
    if before:
        return coordinated(doc, before[-1])
    after = actors_in(doc, i + 1, sent.end)
    if not after or after[0].start > i + 2:
        return []
    run = [after[0]]
    for actor in after[1:]:
        between = {t.lower_ for t in doc[run[-1].end : actor.start]}
        if not between <= {",", "and"}:
            break
        run.append(actor)
    return run


def _main_subject(pronoun: Token, ctx: Context) -> list[Node]:
    """The actors named by the subject of the pronoun's sentence, when it stands before it: "he"
    inside the sentence of "the delegate of France" is that delegate."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if subject is None or subject.i == pronoun.i or subject.pos_ == "PRON":
        return []
    return _actor_nodes(subject, ctx)


def _unknown_before(pronoun: Token, ctx: Context) -> list[Node]:
    """ "Anna Evstigneeva of the Russian Federation echoed ... She expressed regret ...": "she" is
    the person the sentence before has as its subject, though the vocabularies lack her, when no
    person they know is named since."""
    sent = pronoun.sent
    if sent.start == 0:
        return []
    subject = next((c for c in pronoun.doc[sent.start - 1].sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or actor_at(pronoun.doc, subject.i) is not None:
        return []
    if _people_between(subject, pronoun, ctx):
        return []
    return _named_for(subject, ctx)


def _speaker_before(pronoun: Token, ctx: Context) -> list[Node]:
    """ "The Secretary-General welcomes ... The resolution sends ... He calls on ...": "he" is the
    person (or the holder of the office) that the nearest sentence before it with one as its
    subject names, within a few sentences."""
    sent, doc = pronoun.sent, pronoun.doc
    for _ in range(PRONOUN_SENTENCES):
        if sent.start == 0:
            return []
        sent = doc[sent.start - 1].sent
        if not sent.root.tag_:  # a sentence left unparsed (kg/nlp.py): who it says speaks, by word order
            said = attributed_in(sent, ctx)
            if said:
                return list(said)
            continue
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        nodes = _actor_nodes(subject, ctx) if subject is not None and subject.pos_ != "PRON" else []
        if any(n.cls == "person" for n in nodes):
            return nodes
    return []


def _people_between(first: Token, last: Token, ctx: Context) -> list[Node]:
    spans = actors_in(first.doc, first.i + 1, last.i)
    return [n for n in (actor_node(s, ctx.gazetteer) for s in spans) if n is not None and n.cls == "person"]


def _purpose_owner(token: Token) -> Token | None:
    """Whose aim a purpose noun names: its possessor, its "of" complement, or the subject of the
    verb it is the object of ("the resolution has a target")."""
    if token.lemma_.lower() not in parse_rules().purpose_nouns:
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if token.dep_ in {"dobj", "attr"}:
        return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return None


def _own_country(token: Token) -> bool:
    """ "his country", "our government": the speaker's own state."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    return owned and token.lower_ in parse_rules().self_nouns


def _extraposed(token: Token) -> bool:
    """ "it is important to show ...", "it is necessary that ...": an "it" that stands for a clause."""
    verb = token.head.children
    clause = any(c.dep_ in {"xcomp", "ccomp", "csubj"} for c in token.head.children)
    return token.dep_ == "expl" or (clause and any(c.dep_ in {"acomp", "attr"} for c in verb))


def _resolution_before(token: Token, ctx: Context) -> Node | None:
    """ "The resolution called on all governments to ... It also urged ...": "it" is the resolution
    the sentence before had for its main subject, and what a resolution says is the Council's."""
    if token.sent.start == 0:
        return None
    before = token.doc[token.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in parse_rules().subject_relations), None)
    subject = subject or before.root  # "The resolution called on ...", parsed as a noun and its participle
    if subject.norm_ not in RESOLUTION_HEADS or _drafted([subject]):
        return None
    council = ctx.gazetteer.node(COUNCIL)
    return Node.of(council) if council else None


def _last_body(token: Token, ctx: Context) -> Node | None:
    """The organization or state "it" stands for: the last one named in the sentence before or
    in the one before it."""
    doc = token.doc
    start = token.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    bodies = [
        (actor, node) for actor in actors_in(doc, start, token.i)
        if (node := actor_node(actor, ctx.gazetteer)) is not None and node.cls in {"organization", "state"}
    ]
    subjects = [node for actor, node in bodies if actor.root.dep_ in parse_rules().subject_relations]
    # The main clause's subject before one of a clause inside it ("the Council underlined that Syria
    # and Lebanon shared responsibility ... It encouraged ...": the Council).
    main = [node for actor, node in bodies if actor.root.dep_ in parse_rules().subject_relations
            and actor.root.head == actor.root.sent.root]
    # In a sentence left unparsed, a body after a preposition ("the mandate of the Panel") is no subject.
    free = [node for actor, node in bodies if not _after_preposition(actor)]
    return (main or subjects or free or [node for _, node in bodies] or [None])[-1]


def _after_preposition(span: Span) -> bool:
    i = span.start - 1
    while i >= 0 and span.doc[i].lower_ in DETERMINERS:
        i -= 1
    return i >= 0 and span.doc[i].lower_ in parse_rules().object_prepositions


def _actor_nodes(token: Token, ctx: Context) -> list[Node]:
    """The actor a word names, directly, through the owner of an office ("China's envoy", "the
    representative of France"), or as the holder of an office on the article's date."""
    gaz = ctx.gazetteer
    if token.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "nummod" for c in token.children):
        return []  # "nine Council members voted in favour": some members, not the Council
    span = actor_at(token.doc, token.i)
    if span is not None:
        node = actor_node(span, gaz)
        return [node] if node else []
    office = _office(token, ctx)
    if office:  # "German Foreign Minister Frank-Walter Steinmeier": the office names only the state
        return _named_in_office(token, office, ctx)
    people = parse_rules().people_nouns
    if token.lemma_.lower() in people or token.lower_ in stance_words("speaker_anaphora"):
        owner = _owner(token) or _body_of_members(token)
        node = actor_node(owner, gaz) if owner is not None else None
        return _named_in_office(token, [node], ctx) if node else []  # "Britain's ambassador Barbara Woodward"
    if token.pos_ == "PROPN":  # a name the vocabularies lack: "Anna Evstigneeva of the Russian Federation"
        known = known_person_named(token, gaz)
        if known is not None:  # "Ban said" after "Secretary-General Ban Ki-moon"
            return [known]
        person = person_named(token)
        return ([person] if person else []) + _named_for(token, ctx)
    return []


def _named_in_office(token: Token, office: list[Node], ctx: Context) -> list[Node]:
    """Who speaks when an office and a name come together: the person named ("Deputy US Ambassador
    to the UN Robert Wood" is not the ambassador the record has for that date; "Britain's
    ambassador Barbara Woodward"), unless the name is the record's holder's own ("US Ambassador
    Nikki R. Haley")."""
    names = [w for w in [token, *token.children] if w.pos_ == "PROPN" and (w is token or w.dep_ == "appos")]
    person = next((p for w in names if (p := _person_at(w, ctx)) is not None), None)
    holders = [n for n in office if n.cls == "person"]
    if person is None or any(person.label.split()[-1] in n.label for n in holders):
        return office
    return [person, *(n for n in office if n.cls != "person")]


def _person_at(name: Token, ctx: Context) -> Node | None:
    """The person a name stands for: one the vocabularies know, or a new one named in full."""
    span = actor_at(name.doc, name.i)
    node = actor_node(span, ctx.gazetteer) if span is not None else None
    if node is not None:
        return node if node.cls == "person" else None
    return person_named(name)


def _named_for(name: Token, ctx: Context) -> list[Node]:
    """The state a person the vocabularies lack speaks for, named in their own noun phrase
    ("Ethiopia's UN Ambassador Tekeda Alemu", "Anna Evstigneeva of the Russian Federation")."""
    owner = _owner(name)
    node = actor_node(owner, ctx.gazetteer) if owner is not None else None
    states = [node] if node is not None and node.cls == "state" else phrase_states(name, ctx.gazetteer)
    return states[:1]


def _owner(token: Token) -> Span | None:
    """The actor an office noun belongs to: "China's", "Chinese", "U.S.", "of France"."""
    for child in token.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"}:
            span = actor_at(token.doc, child.i)
            if span is not None:
                return span
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "in"}:  # "the government in Juba"
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            span = actor_at(token.doc, pobj.i) if pobj is not None else None
            span = span or (_that_country(pobj) if pobj is not None else None)
            if span is not None:
                return span
    return None


def _body_of_members(noun: Token) -> Span | None:
    """ "the members welcomed ...": members of no one named are the body named last before them
    ("the current Council President said the members ...")."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or noun.i == noun.sent.start
    if noun.lemma_.lower() not in parse_rules().member_nouns or not definite:
        return None
    start = max(0, noun.i - MEMBERS_BODY_TOKENS)
    bodies = [a for a in actors_in(noun.doc, start, noun.i) if a.kb_id_.startswith(str(KGR["organization/"]))]
    return bodies[-1] if bodies else None


def _that_country(noun: Token) -> Span | None:
    """ "the representative of that country": the state named last before it."""
    pointing = any(c.dep_ == "det" and c.lower_ in {"that", "this"} for c in noun.children)
    if not pointing or noun.lemma_.lower() not in parse_rules().self_nouns:
        return None
    states = [a for a in actors_in(noun.doc, max(0, noun.i - THAT_COUNTRY_TOKENS), noun.i)
              if a.kb_id_.startswith(str(KGR["state/"]))]
    return states[-1] if states else None


def _office(token: Token, ctx: Context) -> list[Node]:
    """ "The Secretary-General", "the Chinese ambassador to the UN", "Russia's foreign minister":
    the person who held that office on the article's date, and the state it speaks for."""
    offices = offices_of(ctx)
    found = _role_in(token, offices)
    if found is None:
        return []
    role, phrase = found
    words = {t.lower_ for t in _office_words(token)} - set(office_normalise(phrase).split())
    if words & parse_rules().subordinate_words:  # "the deputy ambassador to the UN": not the holder
        return [n for n in _office_holders_of(role, token, offices, phrase, ctx) if n.cls != "person"]
    return _office_holders_of(role, token, offices, phrase, ctx)


def _office_holders_of(role: str, token: Token, offices: Offices, phrase: str, ctx: Context) -> list[Node]:
    owner = _owner(token)
    state = owner.kb_id_ if owner is not None else None
    post = offices.post(role, state)
    return office_holders(post, phrase, ctx) if post is not None else []


def office_holders(post: str, phrase: str, ctx: Context) -> list[Node]:
    """Who speaks through a post named by ``phrase`` on the article's date: its holder, if the
    record says, and the state or organization it speaks for."""
    offices = offices_of(ctx)
    principal = offices.posts[post].on_behalf_of
    if principal is not None:  # the Spokesperson for the Secretary-General: the Secretary-General's word
        return office_holders(principal, phrase, ctx)
    # "China's envoy" may be a special envoy: only an office named as at the UN names its holder.
    named_at_un = office_normalise(phrase) not in parse_rules().ambiguous_offices
    person = offices.holder(post, ctx.published) if ctx.published and named_at_un else None
    # The Secretary-General speaks for himself, not for the United Nations as a whole.
    speakers = [iri for iri in (person, offices.speaks_for(post)) if iri and iri != UNITED_NATIONS]
    return [Node.of(info) for iri in speakers if (info := ctx.gazetteer.node(iri)) is not None]


def _role_in(token: Token, offices: Offices) -> tuple[str, str] | None:
    """The role the words of an office name, the longest found, with the words that named it
    ("the Chinese ambassador to the UN" names the UN ambassador's role; the nationality says
    whose). Only the office's own words count, not a clause about it ("the government led by
    President Trump")."""
    words = sorted(_office_words(token), key=lambda t: t.i)
    text = f" {office_normalise(''.join(t.text_with_ws for t in words))} "
    for phrase in offices.role_words():  # longest first
        if f" {office_normalise(phrase)} " in text:
            role = offices.role(phrase)
            return (role, phrase) if role else None
    return None


def _office_words(token: Token) -> list[Token]:
    """The token and the words of its name: modifiers, "to the UN", "for the Secretary-General"."""
    words = [token]
    rules = parse_rules()
    for child in token.children:
        preposition = child.dep_ == "prep" and child.lower_ in rules.office_prepositions
        if child.dep_ in rules.office_modifiers or preposition:
            words += _office_words(child)
    return words


def offices_of(ctx: Context) -> Offices:
    """The offices and their holders, loaded once per article context."""
    if "offices" not in ctx.cache:
        ctx.cache["offices"] = load_offices()
    return ctx.cache["offices"]


def _asked(words: list[Token], holders: tuple[list[Node], bool]) -> bool:
    """A halt verb is a stance when someone asks for it (it climbed to a call, a cue of support,
    an obligation) or stands alone in the speaker's voice ("cancelling nuclear tests"): not when
    its own subject did it ("North Korea halted its tests")."""
    if len(words) > 1 or _obliged(words):
        return True
    head = words[0]
    return holders[1] and (head.tag_ == "VBG" or head.tag_ == "VB")


def _gerund_after(span: Span) -> bool:
    """ "without suffocating the regime": the cue takes an -ing form."""
    return any(c.tag_ == "VBG" for w in span for c in w.subtree if c.i >= span.end)


# --- objects -----------------------------------------------------------------------------------


def _objects(sent, span: Span, cue: Cue, cue_words: set[int], ctx: Context, mentions, confidence: float):
    praised = _praised_for(span.root, cue_words)
    region = praised if praised is not None else grammar.object_tokens(span, cue_words)
    held = None if grammar.felt(span) else grammar.passive_subject(span.root)
    if held is not None:
        region |= {t.i for t in held.subtree} - set(range(span.start, span.end))
    if cue.norm in stance_words("clausal"):
        region |= _clauses(span, cue_words)
    draft = _object_head(span, region) if region else None
    if draft is not None and _drafted([draft]):  # "the draft resolution extending sanctions": the draft
        focus = _in_focus(sent, region, ctx, draft.left_edge.i)
        if focus:
            return focus, confidence
    named = _named(sent, region, ctx, mentions)
    if named:
        return named, confidence
    vote = span.root.lemma_.lower() in parse_rules().vote_lemmas
    if not region and vote:
        return _voted_on(sent, ctx), confidence  # "had voted in favour because ..."
    if not region:
        return [], confidence
    pronoun = _pronoun_object(sent.doc, region)
    if pronoun is not None:  # "... will not solve the problem and we firmly oppose it"
        named = _named_before_in(pronoun, ctx, mentions) or (_voted_on(sent, ctx) if vote else [])
        return named, confidence * PRONOUN_PENALTY
    head = _object_head(span, region)
    start = head.left_edge.i if head is not None else min(region)
    focus = _in_focus(sent, region, ctx, start)
    if focus:
        return focus, confidence
    part = head or _cue_preposition_object(span, region)
    bodies = _bodies(part, region, ctx) or _agents_of(part, region, ctx)
    if bodies:  # "reiterated their support to the Interim Authority", "welcomed the Panel"
        return bodies, confidence
    pointed = head or _preposition_object(span, region)  # "the lifting of the embargo": the embargo
    generic = generic_head(sent, pointed.left_edge.i, max(region) + 1) if pointed is not None else None
    named = antecedent(generic, ctx) if generic is not None else []
    if generic is not None and (named or not _a_measure_word(generic)):
        return named, confidence  # "their opposition to the move"; a measure named by nothing before is one
    topic = _new_topic(span, region)
    return ([topic], confidence * NEW_TOPIC_PENALTY) if topic else ([], confidence)


def _bodies(head: Token | None, region: set[int], ctx: Context) -> list[Node]:
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


def _agents_of(head: Token | None, region: set[int], ctx: Context) -> list[Node]:
    """The organizations whose part an object is: "commends the role of the African Union",
    "welcomed the efforts by the French forces and MICOPAX" support the bodies themselves."""
    if head is None or head.lemma_.lower() not in parse_rules().agency_nouns:
        return []
    agents = [c for p in head.children if p.lower_ in {"of", "by"} for c in p.children if c.dep_ == "pobj"]
    return [n for agent in agents for n in _bodies(agent, region, ctx)]


def _praised_for(head: Token, cue_words: set[int]) -> set[int] | None:
    """ "commends the parties for their efforts": what they are praised for, not whom (None when
    the cue praises nothing for anything); a cue there ("for their commitment to ...") reads itself."""
    if head.lemma_.lower() not in parse_rules().praise_lemmas:
        return None
    praised = [head, *(c for c in head.children if c.dep_ == "dobj")]  # "for" hangs on either
    reason = next((c for w in praised for c in w.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return grammar.region(reason, cue_words) - {reason.i} if reason is not None else None


def _pronoun_object(doc, region: set[int]) -> Token | None:
    """The object when it is only "it", "this" or "them"."""
    words = [doc[i] for i in region if not doc[i].is_punct]
    if len(words) == 1 and words[0].lower_ in parse_rules().object_pronouns:
        return words[0]
    return None


def _named_before_in(pronoun: Token, ctx: Context, mentions) -> list[Node]:
    """What an object pronoun stands for: the last thing the vocabularies name before it, in its
    sentence or the one before."""
    shared = _shared_object(pronoun)
    if shared is not None:  # "recognizes this launch as a violation ..., condemns it"
        named = objects_in(pronoun.sent, shared.left_edge.i, shared.i + 1, ctx, mentions)
        words = None if named else _topic_words(pronoun.sent, shared, {t.i for t in shared.subtree})
        return named[-1:] or ([new_topic(words)] if words is not None else [])
    sent = pronoun.sent
    start = sent.start if sent.start == 0 else pronoun.doc[sent.start - 1].sent.start
    named = objects_in(sent, start, pronoun.i, ctx, mentions)
    return named[-1:]


def _shared_object(pronoun: Token) -> Token | None:
    """The object of the first of coordinated verbs that "it" takes up again."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.dep_ != "conj" or grammar.own_subject(verb) is not None:
        return None  # "... will not solve the problem and we firmly oppose it": a clause of its own
    while verb.dep_ == "conj":
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "dobj" and _nameable(c)), None)


def _voted_on(sent: Span, ctx: Context) -> list[Node]:
    """What a vote with no object of its own is on: the resolution in focus, else the draft."""
    return resolution_at(sent, ctx) or draft_in_focus(sent, ctx)


def _in_focus(sent: Span, region: set[int], ctx: Context, start: int | None = None) -> list[Node]:
    """ "the resolution", "the text" in the object: the resolution the article speaks of, or the
    draft it reports on when it names none ("vetoed the draft"); not "a resolution that could be
    used as a pretext", which is any."""
    heads = [sent.doc[i] for i in region if sent.doc[i].norm_ in RESOLUTION_HEADS | {"draft"}]
    if not heads or (any(_indefinite(h) for h in heads) and not _drafted(heads)):
        return []  # "a draft resolution" is the one the article reports on; "a resolution" is any
    found = resolution_in_focus(sent, min(region) if start is None else start, ctx)
    if found or any(h.norm_ == "adoption" for h in heads):
        return found
    return [] if resolution_mentions(sent.doc, ctx) and not _drafted(heads) else draft_in_focus(sent, ctx)


def _drafted(heads: list[Token]) -> bool:
    return any(h.norm_ == "draft" or any(c.norm_ == "draft" for c in h.lefts) for h in heads)


def _indefinite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in token.children)


def _clauses(span: Span, cue_words: set[int]) -> set[int]:
    """What a clausal cue holds: "hope that Pyongyang will return to talks"."""
    found: set[int] = set()
    for word in span:
        for child in word.children:
            if child.dep_ not in {"ccomp", "xcomp", "acl"} or child.i in cue_words:
                continue
            # Each verb of the clause and what it governs, not its circumstances ("defuse tensions
            # | after the nuclear tests"; "will make conclusions, take into account ... demands").
            for verb in grammar.conjuncts(child):
                if verb.i not in cue_words and not grammar.negated([verb]):  # "shall not apply to"
                    found |= {verb.i} | grammar.object_tokens(verb.doc[verb.i : verb.i + 1], cue_words)
                    found |= _done_to(verb, cue_words) | _happening(verb, cue_words)
    return found


def _happening(verb: Token, cue_words: set[int]) -> set[int]:
    """What a hoped-for clause wants to happen: "hopes that dialogue will resume" holds dialogue
    (the subject of a verb that only says it goes on; "that Pyongyang will return to talks" does
    not hold Pyongyang)."""
    subject = grammar.own_subject(verb)
    if subject is None or verb.lemma_.lower() not in parse_rules().happening_lemmas:
        return set()
    return grammar.region(subject, cue_words)


def _done_to(verb: Token, cue_words: set[int]) -> set[int]:
    """What a hoped-for passive asks to be carried out: "hope that the resolution will be fully
    implemented" holds the resolution; not "... will be lifted", which a halt verb would turn."""
    patient = grammar.passive_subject(verb)
    if patient is None or verb.lemma_.lower() not in parse_rules().asked_acts:
        return set()
    return grammar.region(patient, cue_words)


def _named(sent: Span, region: set[int], ctx: Context, mentions) -> list[Node]:
    """Topics, measures and resolutions the vocabularies name inside the region, in text order."""
    found: list[Node] = []
    for start, end in _runs(region):
        # A name that starts inside reads whole ("allow war | on the Korean Peninsula").
        end = max([end] + [s.end for g in ("topic", "measure") for s in spans_in(sent.doc, g, start, end + 8)
                           if s.start < end and s.end <= sent.end])
        for node in objects_in(sent, start, end, ctx, mentions):
            if node not in found:
                found.append(node)
    return found


def _runs(indices: set[int]) -> list[tuple[int, int]]:
    """Contiguous runs of token indices as (start, end) pairs."""
    runs: list[tuple[int, int]] = []
    for i in sorted(indices):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _new_topic(span: Span, region: set[int]) -> Node | None:
    """A topic the vocabularies lack, named by the object's head noun with its modifiers and
    "of" complement ("joint military exercises", "the suffocation of the regime"): never a verb,
    a pronoun, an actor or a fragment cut at a clause. A noun cue's object is its preposition's
    ("support for the peace process")."""
    head = _object_head(span, region) or _cue_preposition_object(span, region)
    drafted = any(c.norm_ == "draft" for c in head.lefts) if head is not None else False
    if head is None or (head.norm_ in RESOLUTION_HEADS and not drafted):
        return None  # "welcomed the adoption" of no resolution the article names: nothing to hold
    if head.lemma_.lower() in parse_rules().purpose_nouns:
        return None  # "to achieve this goal": the goal is named elsewhere
    if _pointer(head):
        return None  # "the matter", "should not have taken place": names nothing
    head = _lacked(head, region) or head
    words = _topic_words(span, head, region)
    return new_topic(words) if words is not None else None


def _pointer(head: Token) -> bool:
    """A vague noun with no modifier, which names no thing of its own ("the matter", "take place")."""
    modified = any(c.dep_ in parse_rules().label_modifiers for c in head.children)
    return head.lemma_.lower() in parse_rules().vague_nouns and not modified


def _lacked(head: Token, region: set[int]) -> Token | None:
    """What a lack is the lack of, the thing a stance on the lack turns to: "the lack of an
    extension", "the failure to extend travel exemptions" (the act's object)."""
    if head.lemma_.lower() not in parse_rules().lack_nouns:
        return None
    for child in head.rights:
        inner = [c for c in child.children if c.dep_ == ("pobj" if child.dep_ == "prep" else "dobj")]
        if inner and inner[0].i in region and (child.lower_ == "of" or child.dep_ == "acl"):
            return inner[0]
    return None


def _topic_words(span: Span, head: Token, region: set[int]) -> Span | None:
    """The words that name ``head``'s thing: its modifiers and its first prepositional or clausal
    complement, inside ``region``, less determiners and edge punctuation. A complement too long
    for a name keeps only its own head ("the extension of the mandate of the Panel of Experts":
    extension of the mandate)."""
    for whole in (True, False):
        words = _trimmed(span, _label_words(head, region, whole=whole))
        if words is not None and len(words) <= MAX_NEW_TOPIC_WORDS:
            return None if _only_actors(words) else words
    return None


def _label_words(head: Token, region: set[int], *, whole: bool) -> set[int]:
    modifiers = parse_rules().label_modifiers

    def named(token: Token) -> set[int]:
        kept = [c for c in token.lefts if c.dep_ in modifiers and c.i in region]
        return {token.i} | {t.i for c in kept for t in c.subtree}

    words = named(head)
    for right in head.rights:  # "the suffocation of the regime", "attempts to strangle", "control over"
        if right.dep_ in {"prep", "acl"} or (head.tag_ == "VBG" and right.dep_ == "dobj"):
            # Cut short, a complement keeps its own head: "of the mandate", "to place a hold".
            inner = [c for c in right.children if c.dep_ == ("pobj" if right.dep_ == "prep" else "dobj")]
            if whole or not inner or right.dep_ == "dobj":
                words |= {t.i for t in right.subtree}
            else:
                words |= {right.i} | named(inner[0])
            break
    return {i for i in words if i in region}


def _trimmed(span: Span, words: set[int]) -> Span | None:
    while words and _ends_in_punct(span, words):
        words.discard(max(words))
    if not words:
        return None  # the object was punctuation alone ("oppose #")
    start, end = min(words), max(words) + 1
    doc = span.doc
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    return doc[start:end] if start < end else None


def _object_head(span: Span, region: set[int]) -> Token | None:
    doc = span.doc
    for i in sorted(region):
        token = doc[i]
        if token.head.i in region:
            continue
        if token.dep_ in {"dobj", "pobj", "attr", "oprd", "dative"}:
            return token if token.pos_ in NOUN_TAGS and token.lower_ not in PHRASE_STOP else None
        if token.dep_ in {"pcomp", "xcomp"} and token.tag_ == "VBG":
            return token  # "without suffocating the regime", "stop taking wrong actions"
    return None


def _preposition_object(span: Span, region: set[int]) -> Token | None:
    """The noun a noun cue's own preposition governs ("lifting [of the embargo]")."""
    doc = span.doc
    top = [doc[i] for i in sorted(region) if doc[i].head.i not in region and doc[i].dep_ == "prep"]
    objects = [c for p in top[:1] for c in p.children if c.dep_ == "pobj" and c.pos_ in NOUN_TAGS]
    return objects[0] if objects else None


def _cue_preposition_object(span: Span, region: set[int]) -> Token | None:
    """The noun a noun cue takes for its thing ("support for the peace process", "opposition to
    the blockade"), never its holder's ("the support of France") or a circumstance's."""
    thing = _preposition_object(span, region)
    cue = span.root
    if thing is None or cue.pos_ not in NOUN_TAGS or thing.head.head != cue:
        return None
    own = thing.head.lower_ in parse_rules().noun_cue_prepositions and thing.ent_type_ not in TIME_ENTITIES
    return thing if own else None


def _ends_in_punct(span: Span, words: set[int]) -> bool:
    return bool(words) and span.doc[max(words)].is_punct


def _only_actors(span: Span) -> bool:
    return all(actor_at(span.doc, t.i) is not None or t.is_punct or t.lower_ in {"'s", "’s"} for t in span)
