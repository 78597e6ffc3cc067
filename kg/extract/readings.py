"""What a stance cue says, read from the sentence's parse: its holder, stance and objects.

``read_cue`` reads the cues of action and attitude (the ``verb``, ``hostile``, ``cessation`` and
``gerund_only`` families of ``stance.yaml``); ``call_readings`` reads what a call asks for when
the verb it asks for is no cue ("urges the DPRK to abide by the resolution"). Where the parse
names no holder (a pronoun, an office, a quote), the reading asks for the sentence's speaker.
Who holds a cue is read by ``stance_holders``, what it is about by ``stance_objects``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from kg.claims import Node
from kg.extract import grammar
from kg.extract.base import Context, is_pronoun, span_at, words_of
from kg.extract.cues import Cue, family_words, find_cues, stance_words
from kg.extract.grammar import grammar as parse_rules
from kg.extract.people import title_case
from kg.extract.phrases import generic_head, new_topic, objects_in, topic_named
from kg.extract.resolutions import RESOLUTION_HEADS
from kg.extract.speakers import (
    actor_at,
    actor_node,
    speaks_through_staff,
)
from kg.extract.stance_holders import (
    COUNCIL,
    Holders,
    actor_nodes,
    asked_for,
    extraposed,
    extraposed_act,
    gerund_after,
    holders_in,
    members_named,
    obliged,
    said_by,
    voiced,
    who_is,
)
from kg.extract.stance_objects import (
    NEW_TOPIC_PENALTY,
    a_measure,
    a_measure_word,
    a_text_or_measure,
    bodies_of,
    drafted,
    failure_told,
    helped_bodies,
    in_focus,
    is_pointer,
    lacked,
    measured,
    nameable,
    named_before_in,
    named_in,
    object_head,
    objects_of,
    owned_text_act,
    pointed_at,
    remember_proposed,
    set_against,
    topic_head,
    topic_words,
)
from kg.nlp import STANCE_FAMILIES, opens_list_item

BASE_CONFIDENCE = {"verb": 0.8, "hostile": 0.75, "cessation": 0.7, "gerund_only": 0.6, "call": 0.7,
                   "judgement": 0.65}
OTHER_STANCE = {"supports": "opposes", "opposes": "supports"}
TURNABLE_FAMILIES = {"cessation", "hostile"}  # an undoing, wanted or not by the verb that takes it
TAKING_FAMILIES = {"verb", "hostile"}
TEXT_HEADS = RESOLUTION_HEADS - {"adoption"}  # a text named by a word alone ("the resolution", "the text")
NEGATED_SUPPORT_PENALTY = 0.8
RELATIVE_PRONOUN_TAGS = {"WDT", "WP"}  # "which", "that", "who"
ENDORSED_RELATIONS = {"dobj", "pobj", "pcomp", "prep"}  # how a call taken as an object hangs on the verb
CALL_HOPS = 2  # a call over its complement's verb: "want | lifted", "want | to | lift"
ACT_WORDS_BETWEEN = 3  # "to fully implement (the ...)": words between an asked act and its object
SHARED_DENIAL = {"or", "nor"}  # "not helpful or constructive": both denied
MIN_SHARED_STEM = 4  # "engage"/"engagement", "negotiate"/"negotiations": a noun made from the verb
ENDORSED_HOPS = 3  # "with" + "push", "in" + "pushing": a call further down is in a clause of its own


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
    named_subject: bool = False  # ... and named it with a noun ("the presidential office welcomed")


def parsed_as_content(span: Span) -> bool:
    """Whether the parser read a cue's head as a verb, noun or adjective, as cues are: a headline
    ("EU, Russia and China back the Iran deal") can leave "back" an adverb, a parse to distrust."""
    return span.root.pos_ in parse_rules().content_tags


def particle_of_a_verb(span: Span) -> bool:
    """Whether the parser hangs a verb cue's word on a verb as its adverb or particle: "bring the
    parties back to the table", "came back", not the verb of a headline ("China back the Iran deal")."""
    root = span.root
    return root.pos_ == "ADV" and root.dep_ in {"advmod", "prt"} and root.head.pos_ in grammar.VERBS


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
    if _part_of_a_name(sent, span):
        return None
    backing = _backing(sent, head, cue_words, ctx, mentions)
    if backing is not None:
        return backing
    if (grammar.describes(head) and not _said_by_cue(head, cue_words)) or \
            grammar.complements(head) and not _thing_called_for(span, head):
        return None  # a call with a verb complement is read by call_readings
    words = grammar.chain(head)
    denier = _denying_call(head)
    if grammar.unasserted(words) or _said_of_the_targeted(words):
        return None
    if denier is not None and not _wish(denier):
        return None  # "did not urge Seoul to lift the sanctions": no call made
    stance, confidence = cue.stance, BASE_CONFIDENCE[cue.family]
    own = frozenset(range(cue.start, cue.end))  # the cue's own words
    refused = grammar.negated(_own_clause(words), own) or grammar.shares_denial(head)
    if refused and cue.family == "cessation" and _unable(words):
        return None  # "it cannot, by itself, end the violence": no refusal to halt, no stance
    if refused:
        flipped = _negated_stance(cue, head)
        if flipped is None:
            return None
        stance, confidence = flipped, confidence * NEGATED_SUPPORT_PENALTY
    above = grammar.governor(words, cue_words)
    purpose_of = _judged_purpose(head, cue_words) if above is None else None
    # "regretted that the Council could not agree on an arms embargo": a failed act is taken as an undoing
    turnable = cue.family in TURNABLE_FAMILIES or (refused and grammar.failed(head)) or _told_of_another(head)
    taker = _taking_cue(words, cue_words) if turnable else _reason_taker(words, cue_words)
    if taker is not None:  # "welcomed the decision to lift the embargo": the welcoming holds it
        above = sent.doc[taker.start : taker.end].root
        stance = stance if taker.stance == "supports" else OTHER_STANCE[stance]
    if taker is not None and taker == _judging_cue(words):  # "the lifting ... was premature": the judge's
        holders = said_by(grammar.chain(above), ctx) or ([], True)
    elif above is not None:  # "reaffirmed that Pyongyang shall abandon ...": the reaffirming holds it
        holders = holders_in(grammar.chain(above), ctx, obligation=False)
    elif purpose_of is not None:  # "the unity of the Council is essential to achieve ...": the judge's
        holders = said_by(grammar.chain(purpose_of), ctx) or ([], True)
    else:
        holders = holders_in(words, ctx, obligation=obliged(words), cue=own)
    by_measure = holders is None and above is None and cue.family == "cessation" \
        and _halted_by_a_measure(words)
    if by_measure:
        # "the United States said the measure would curb the flow of weapons": the sayer's; "would not
        # stop the fighting" judges the measure, and holds nothing of the fighting
        holders = None if refused else said_by(words, ctx)
    if holders is not None and not holders[0] and above is None:
        holders = _held_over_a_relative(head, cue_words, ctx) or holders
    helped = _help_given(sent, head, cue_words, ctx, mentions) if cue.family == "verb" else None
    # "reaffirmed its support for the Envoy in his efforts to ...": the help reads what it is given in
    if cue.family == "verb" and helped is None and _left_to_endorser(sent, cue, words, own, cue_words, ctx,
                                                                     mentions):
        return None
    if holders is None:
        return None
    council_failed = [n.iri for n in holders[0]] == [COUNCIL] and any(grammar.failed(w) for w in words[:2])
    if council_failed and taker is None and above is None:
        return None  # "the Council could not agree on an arms embargo", "failed to agree": a failure told
    halt = _halting(head) if cue.family == "verb" else None
    if halt is not None:  # "called on Eritrea to cease its support for Al-Shabaab" opposes Al-Shabaab
        halted = grammar.chain(halt)  # asked, or "demanded that Eritrea end its support for ..."
        refused_halt = grammar.negated(halted[:1])  # "will never stop supporting": turned back, as refused
        asked = asked_for(halted, holders) or grammar.governor(halted, cue_words) is not None
        if not refused_halt and not asked:
            return None  # "Rwanda stopped supporting the M23": a change told, no stance
        stance = OTHER_STANCE[stance]
    if cue.family == "cessation" and above is None and not refused and not asked_for(words, holders) \
            and not by_measure:
        return None  # "North Korea halted its tests" narrates; "will never give up" refuses
    council = not holders[0] or [n.iri for n in holders[0]] == [COUNCIL]  # France's call is France's
    if cue.family == "cessation" and council and _measure_laid_on_states(head, span, cue_words):
        return None  # "decided that all States shall prevent the sale or supply of arms": a ban, read as one
    if cue.family == "gerund_only" and not gerund_after(span):
        return None
    if _wanted_halted(head, cue_words):
        return None  # "we want the fighting to end": the halt reads what is wanted
    objects, confidence = _held_objects(sent, span, cue, cue_words, ctx, mentions, confidence)
    undone = _act_not_done(sent, span, cue_words, ctx, mentions)
    if undone is not None:  # "regretted Iran's refusal to halt its tests": what the halt would end
        objects = list(undone.objects)
        stance = stance if undone.stance == "opposes" else OTHER_STANCE[stance]
    if helped is not None:  # "supports Mali in its efforts to restore ...": the restoring
        # with the party helped, as the cue reads it (a state or a person is no object), or the
        # body whose means are backed ("welcomed the efforts of the African Union to ...")
        taken = _means_taken(head)
        # the party helped where the cue names a body ("the Interim Authority", "the Government of
        # Mali"), not an unnamed party ("the parties in their efforts to ...")
        named = [o for o in objects if not o.new or any(w[:1].isupper() for w in o.label.split())]
        backed = named if _helped_in(head, taken) else helped_bodies(taken, ctx)
        acts = [o for r in helped for o in r.objects]
        objects = acts + [o for o in backed if o not in acts]
        stance = OTHER_STANCE[stance] if helped and helped[0].stance == "opposes" else stance
    endorsed = _endorsed_call(sent, cue, cue_words) if not objects and cue.family in TAKING_FAMILIES else None
    if endorsed is not None:  # "disagrees with Washington's push for new sanctions": what the push asks
        others = cue_words - set(range(endorsed.start, endorsed.end))
        taken = cue_span(sent, endorsed)
        objects, _ = _held_objects(sent, taken, endorsed, others, ctx, mentions, confidence)
        asked = [] if objects else _complements_asked(sent, taken.root, others, ctx, mentions)
        objects = objects or [o for r in asked for o in r.objects]  # "resisted a push by ... to impose ..."
        turned = asked[0].stance == "opposes" if asked else endorsed.stance != "supports"
        turned = turned != (_halting(taken.root) is not None)  # "demanded an end to all outside support for"
        stance = OTHER_STANCE[stance] if turned else stance
    if not objects and cue.family in TAKING_FAMILIES:  # "criticized the US for imposing unilateral sanctions"
        objects = _act_taken_for(sent, head, cue_words, ctx, mentions)
    region = grammar.object_tokens(span, cue_words)
    if not objects and not set_against(sent.doc, region):
        return None  # else an empty stance, which only turns: "advocated a world free of nuclear weapons"
    if objects and own_decision(holders[0], words, cue, stance, objects):
        return None
    lacking = undone is None and _lacking(span, region, objects)
    if lacking != grammar.belief_denied(words):  # "regret over the lack of progress" is for the
        stance = OTHER_STANCE[stance]  # progress; "does not believe that ..." turns
    if _harmed(sent, region, objects, ctx, mentions):
        stance = OTHER_STANCE[stance]  # "will not accept any attempt to weaken the sanctions regime"
    if _undoing_taken_in_the_passive(sent, head):
        stance = OTHER_STANCE[stance]  # "China's proposal to suspend the sanctions was rejected by the US"
    if failure_told(span):
        stance = OTHER_STANCE[stance]  # "regretted that the Council was unable to adopt the draft"
    if denier is not None:
        stance = OTHER_STANCE[stance]  # "does not want the sanctions to be lifted" supports them
    found = grammar.holder_word(grammar.chain(above) if above is not None else words, own)
    named = found is not None and found.token.pos_ in {"NOUN", "PROPN"}
    # "proposed a ban on oil exports", "proposed to lift the embargo": for "the proposal" later
    remember_proposed(ctx, [head, *words], stance, objects)
    return Reading(tuple(holders[0]), holders[1], stance, tuple(objects), confidence, sent, found is not None,
                   named)


def _thing_called_for(span: Span, head: Token) -> bool:
    """ "called for stronger sanctions to bring Pyongyang back to the table": a thing the call's own
    preposition takes, with an active infinitive of purpose, is asked for itself too (not "called
    for the sanctions to be eased", whose infinitive says what is asked of them)."""
    last, pointers = span[-1], parse_rules().act_pointers
    # a thing, not an act that points at what it does ("pushes for a vote to extend the embargo")
    taken = last.lower_ == "for" and last.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.lemma_.lower() not in pointers for c in last.children)
    # a purpose acts on a thing of its own ("to punish Pyongyang"); "for the fighting to stop" asks
    # the fighting's end
    purposes = [v for v in grammar.complements(head) if v.dep_ == "advcl" and _acts_on_a_thing(v)]
    return taken and bool(purposes)


def _acts_on_a_thing(verb: Token) -> bool:
    """An active verb with an object of its own."""
    kids = {c.dep_ for c in verb.children}
    return "dobj" in kids and "auxpass" not in kids


def _undoing_taken_in_the_passive(sent: Span, verb: Token) -> bool:
    """A passive cue whose subject asks to undo a thing ("China's proposal to suspend the sanctions
    was rejected by the United States"): what is taken is the undoing, as in the active, where the
    halt's own reading turns it."""
    subject = grammar.passive_subject(verb)
    return subject is not None and _halt_in(sent, {t.i for t in subject.subtree}) is not None


def _backing(sent: Span, noun: Token, cue_words: set[int], ctx: Context, mentions) -> Reading | None:
    """Support or opposition named as had by a thing, whose "of" or "from" names who gives it: "the
    draft won the support of France and Russia", "was adopted with the backing of China", "the
    sanctions drew sharp criticism from Iran": the givers hold it on the thing (the subject of the
    verb that wins it or is done with it; grammar.yaml ``backing_nouns``, ``objecting_nouns``); or
    that comes from its givers, on the noun's own thing ("support for the embargo came from France")."""
    rules = parse_rules()
    lemma = noun.lemma_.lower()
    stance = "supports" if lemma in rules.backing_nouns else "opposes" if lemma in rules.objecting_nouns \
        else None
    if noun.pos_ != "NOUN" or stance is None:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head
    # "Support for the arms embargo came from France", "criticism of the resolution came from Iran":
    # the givers come after "from", the thing is the noun's own
    came = noun.dep_ == "nsubj" and verb.lemma_.lower() in rules.coming_lemmas
    # "of" and "from" on the noun, or "from" on the verb ("drew criticism | from Iran")
    given = [*([] if came else noun.children), *(c for c in verb.children if c.lower_ == "from"
                                                 and (noun.dep_ == "dobj" or came))]
    givers = [c for p in given if p.lower_ in {"of", "from"} for c in p.children if c.dep_ == "pobj"]
    gained = noun.dep_ == "dobj" and verb.lemma_.lower() in rules.gaining_lemmas
    thing = grammar.own_subject(verb) if gained or noun.head.lower_ == "with" else None
    if came:
        thing = next((o for p in noun.children if p.lower_ in rules.noun_cue_prepositions | {"of"}
                      for o in p.children if o.dep_ == "pobj"), None)
    # "the support of the three leading opponents of the war -- France, Russia and Germany --"
    # "the support of 13 of the 15 members, including Britain, China and France"
    named = [a for g in givers[:1] for a in [g, *(c for c in g.subtree if c.dep_ == "appos")]]
    named += [m for g in givers[:1] for w in g.subtree for m in members_named(w)]
    holders = [n for g in named for w in grammar.conjuncts(g) for n in actor_nodes(w, ctx)]
    if thing is None or not holders:
        return None
    region = grammar.region(thing, cue_words)
    # "the move drew criticism": what the move points at; "the new measures drew criticism": themselves
    pointer = generic_head(sent, thing.left_edge.i, max(region) + 1)
    objects = named_in(sent, region, ctx, mentions) or in_focus(sent, region, ctx, thing.left_edge.i) \
        or (pointed_at(sent, pointer, ctx) if pointer is not None else _thing_topic(sent, thing, region))
    if not objects:
        return None
    return Reading(tuple(holders), False, stance, tuple(objects), BASE_CONFIDENCE["verb"], sent, True)


def partisan_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "Russia has been a vocal critic of the sanctions regime", "Russia, a staunch opponent of the
    sanctions, abstained": who is named a supporter or an opponent of a thing holds that stance on
    it (grammar.yaml ``partisan_nouns``)."""
    readings = []
    for noun in words_of(sent):
        stance = parse_rules().partisan_nouns.get(noun.lemma_.lower())
        thing = next((o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
                     None) if stance and noun.pos_ == "NOUN" else None
        holders = _partisan(noun, ctx) if thing is not None else None
        if not holders or not holders[0] and not holders[1]:
            continue
        reading = _thing_held(sent, thing, stance, cue_words, ctx, mentions)
        readings += _held_by(holders, [reading]) if reading is not None else []
    return readings


def _thing_held(sent: Span, thing: Token, stance: str, cue_words: set[int], ctx: Context,
                mentions) -> Reading | None:
    """A stance, held by no one yet, on the thing a noun phrase names: the vocabularies' names in
    it, the resolution in focus, or its own words as a new topic."""
    region = {t.i for t in thing.subtree} - cue_words
    objects = named_in(sent, region, ctx, mentions) or in_focus(sent, region, ctx, thing.left_edge.i) \
        or _thing_topic(sent, thing, region)
    if not objects:
        return None
    return Reading((), False, stance, tuple(objects), BASE_CONFIDENCE["verb"], sent, True)


def _partisan(noun: Token, ctx: Context) -> Holders | None:
    """Who a partisan noun is said of: the subject of the verb it completes ("has been a critic of",
    "is among the backers of", "emerged as a supporter of", "is one of the critics of"), or the
    actor it stands beside ("Russia, a staunch opponent of ..."); none when that is denied."""
    one = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"
    said = noun.head.head if one else noun
    said = said.head.head if said.dep_ == "pobj" and said.head.lower_ in parse_rules().partisan_prepositions \
        and said.head.dep_ == "prep" else said
    if said.dep_ == "appos":
        return [n for w in grammar.conjuncts(said.head) for n in actor_nodes(w, ctx)], False
    verb = said.head if said.dep_ in {"attr", "oprd"} else said
    if verb.pos_ not in grammar.VERBS:
        return None
    words = grammar.chain(verb)
    if grammar.negated(words[:1]) or grammar.unasserted(words):
        return None
    return holders_in(words, ctx, obligation=False)


def text_content_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "welcomes the adoption of resolution 2127, which authorizes the deployment of African forces",
    "Iran rejected resolution 1737, which imposes sanctions": who welcomes or rejects an adopted
    text holds the same or the other way on what its relative clause brings about or undoes
    (grammar.yaml ``text_content_lemmas``)."""
    rules, readings = parse_rules(), []
    for verb in words_of(sent):
        text = verb.head
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in rules.text_content_lemmas \
                or text.lemma_.lower() not in rules.text_nouns or grammar.negated([verb]):
            continue
        if drafted([text]) or grammar.never_adopted(text):
            continue  # "vetoed a draft that would have extended the sanctions": held on the draft alone
        judge = text.head.head if text.dep_ == "pobj" else text.head  # "the adoption of resolution ..."
        judge = judge.head if judge.dep_ == "dobj" and judge.pos_ == "NOUN" else judge
        stance = "supports" if judge.norm_ in family_words("verb", "supports") else \
            "opposes" if judge.norm_ in family_words("verb", "opposes") else None
        words = grammar.chain(judge) if stance else []
        if not words or grammar.negated(words[:1]) or grammar.unasserted(words):
            continue
        holders = holders_in(words, ctx, obligation=False)
        asked = _text_asks(sent, judge, verb, cue_words, ctx, mentions) if holders else []
        turned = [replace(r, stance=OTHER_STANCE[r.stance]) for r in asked] if stance == "opposes" else asked
        readings += _held_by(holders, turned)
    return readings


def _text_asks(sent: Span, judge: Token, verb: Token, cue_words: set[int], ctx: Context,
               mentions) -> list[Reading]:
    """What a text's relative clause brings about ("which authorizes the deployment of ..."), or
    what it calls for: its verbs ("which urges all parties to return to the talks") or the thing
    after its "for" ("which calls for an immediate ceasefire")."""
    if verb.lemma_.lower() not in parse_rules().call_lemmas:
        return _asked_readings(sent, judge, verb, cue_words, ctx, mentions)
    wanted = next((o for p in verb.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"),
                  None)
    held = _thing_held(sent, wanted, "supports", cue_words, ctx, mentions) if wanted is not None else None
    return _complements_asked(sent, verb, cue_words, ctx, mentions) + ([held] if held is not None else [])


def requested_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "The Council adopted resolution 2374 at the request of the Government of Mali", "the arms
    embargo was lifted at the behest of the Somali Government": who a thing was done at the request
    of asked for the act, as a caller asks for it (grammar.yaml ``request_nouns``)."""
    rules, readings = parse_rules(), []
    for noun in words_of(sent):
        if noun.lemma_.lower() not in rules.request_nouns or noun.dep_ != "pobj":
            continue
        asker, done = grammar.call_owner(noun), noun.head.head
        if asker is None or noun.head.lower_ not in rules.request_prepositions:
            continue
        if done.pos_ not in grammar.VERBS:
            continue  # "the request of Mali to ..." is a call, read as one
        holders = [n for w in grammar.conjuncts(asker) for n in actor_nodes(w, ctx)]
        if holders and not grammar.negated([done]):
            asked = _asked_readings(sent, noun, done, cue_words - {done.i}, ctx, mentions)
            readings += [replace(r, holders=tuple(holders)) for r in asked]
    return readings


def gained_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "The sanctions drew sharp criticism from Iran", "the proposal met with opposition from
    China": a stance named by a noun no cue reads, had by a thing (cues read their own)."""
    rules = parse_rules()
    nouns = rules.backing_nouns | rules.objecting_nouns
    found = (_backing(sent, noun, cue_words, ctx, mentions) for noun in words_of(sent)
             if noun.i not in cue_words and noun.lemma_.lower() in nouns)
    return [r for r in found if r is not None]


def _told_of_another(verb: Token) -> bool:
    """A stance verb in the clause of another cue, done by another named actor: "Japan regrets that
    North Korea has pursued its nuclear development" is Japan's stance on the development, the
    regret's turned by what the clause tells (not "regrets that it cannot support", its own)."""
    subject = grammar.own_subject(verb)
    named = subject is not None and subject.pos_ == "PROPN"
    return verb.dep_ == "ccomp" and named and verb.head.pos_ in grammar.VERBS


def _taking_cue(words: list[Token], cue_words: set[int]) -> Cue | None:
    """The stance verb whose object is the intent a halt or hostile act belongs to: "welcomed the
    decision to lift the embargo" (a welcome of lifting opposes the embargo), "opposed attempts to
    lift it" and "condemned attempts to derail the process" (an opposed undoing supports it); whose
    clause tells of it: "regretted that the Council had lifted the sanctions"; or that takes its
    object to task for it: "blamed Russia for blocking the renewal"."""
    # "regretted that the Council had lifted the sanctions", "expressed regret that": the undoing is
    # the clause's own verb ("condemned that they refused to stop ..." is a refusal, not an undoing)
    clause = words[0] if words and words[0].dep_ in {"ccomp", "acl"} else None
    # "opposed easing the sanctions", "objected to lifting them": the undoing is the gerund it takes
    gerund = bool(words) and words[0].dep_ in {"xcomp", "pcomp"} and words[0].tag_ == "VBG"
    clause = words[0] if gerund else clause
    said = clause.head if clause is not None and clause.head.i in cue_words else None
    taken_by = clause.head.head if gerund and clause.dep_ == "pcomp" and clause.head.dep_ == "prep" else None
    if said is None and taken_by is not None and taken_by.i in cue_words:
        said = taken_by  # "is against easing the sanctions"
    taker = _taking_cue_at(said) if said is not None else None
    if taker is not None:
        return taker
    reason = _reason_taker(words, cue_words)
    if reason is not None or _taken_for(words) is not None:
        return reason
    judging = _judging_cue(words)
    if judging is not None:
        return judging
    noun = _taken_intent(words)
    if noun is None:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return _taking_cue_at(verb) if verb.i in cue_words else _deeming_cue(verb)


def _judging_cue(words: list[Token]) -> Cue | None:
    """The judgement a linking verb passes on the undoing that is its subject: "the lifting of the
    embargo was premature" (whoever judges so is for the embargo)."""
    if not words or words[0].dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = words[0].head
    if verb.lemma_.lower() not in parse_rules().linking_lemmas:
        return None
    judgements = find_cues(verb.sent, "stance", ("judgement",))
    return next((c for c in judgements if (root := cue_span(verb.sent, c).root).head.i == verb.i
                 and root.dep_ in {"acomp", "attr"}), None)


def _taken_for(words: list[Token]) -> Token | None:
    """The verb that takes someone to task for an act, or praises them for it: "blamed Russia for
    blocking the renewal", "accused Iran of supporting terrorism", "condemned the UAE's role in
    supporting the militias" (through a noun of agency)."""
    rules = parse_rules()
    if len(words) < 3 or words[0].dep_ != "pcomp":
        return None
    if words[1].lower_ in rules.reason_prepositions:
        return words[2]
    part = words[1].lower_ == "in" and words[2].lemma_.lower() in rules.agency_nouns
    return words[3] if part and len(words) > 3 else None


def _act_taken_for(sent: Span, head: Token, cue_words: set[int], ctx: Context, mentions) -> list[Node]:
    """ "criticized the US for imposing unilateral sanctions", "accused Turkey of buying oil from
    Islamic State militants": what a party the cue takes is taken to task or praised for doing; an
    act that is a cue reads itself, as does a harm (harm_readings: "accused Iran of violating the
    embargo" holds the embargo dear)."""
    rules = parse_rules()
    acts = [c for p in head.children if p.dep_ == "prep" and p.lower_ in rules.reason_prepositions
            for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i not in cue_words
            and c.lemma_.lower() not in rules.harming_lemmas and not _act_not_taken(c)]
    found: list[Node] = []
    for act in (_means_to(a) or a for a in acts):  # "for taking steps to improve ...": the improving
        region = grammar.object_tokens(sent.doc[act.i : act.i + 1], cue_words)
        named = named_in(sent, region | {act.i}, ctx, mentions) or _asked_act(sent, act, region)
        if not named and region:  # "buying oil from Islamic State militants": the act itself
            named = [new_topic(sent.doc[act.i : max(region) + 1])]
        found += named
    return found


def _act_not_taken(act: Token) -> bool:
    """An act denied, failed or declined ("for not imposing", "for failing to enforce the sanctions"):
    what it leaves undone is the other way round, and not read here."""
    rules = parse_rules()
    return grammar.negated([act]) or grammar.failed(act) or act.lemma_.lower() in rules.reluctance_words


def _reason_taker(words: list[Token], cue_words: set[int]) -> Cue | None:
    """The stance verb that takes its object to task, or praises it, for the act ``words`` climb
    from: the act's stance is turned by a verb that opposes ("accused Iran of supporting terrorism"
    opposes terrorism) and kept by one that supports ("praised Qatar for supporting the talks")."""
    verb = _taken_for(words)
    return _taking_cue_at(verb) if verb is not None and verb.i in cue_words else None


def _deeming_cue(verb: Token) -> Cue | None:
    """The judgement a verb of deeming passes on its object: "described the proposal to lift the
    embargo as unacceptable" (unacceptable: whoever deems so is for the embargo)."""
    if verb.lemma_.lower() not in parse_rules().deeming_lemmas:
        return None
    judgements = find_cues(verb.sent, "stance", ("judgement",))
    return next((c for c in judgements if _deeming(cue_span(verb.sent, c).root) == verb), None)


def _taken_intent(words: list[Token]) -> Token | None:
    """The noun an undoing belongs to that a verb takes as its object: "the decision to lift the
    embargo"; "regrets the fact that the sanctions were lifted" (the clause hangs on the noun it
    says); "opposed any loosening of the sanctions" (the undoing is itself the object)."""
    nouns = [*words, *(w.head for w in words if w.dep_ == "acl")]
    undoing = words[:1] if words and words[0].pos_ == "NOUN" else []
    return next((w for w in undoing + nouns if w.dep_ in {"dobj", "pobj"}
                 and (w in undoing or w.lemma_.lower() in parse_rules().intent_nouns)), None)


def owner_reading(sent: Span, cue: Cue, reading: Reading, cue_words: set[int],
                  ctx: Context) -> Reading | None:
    """Whose the call is that a stance verb takes, holds the call's own stance: "the US rejected
    Libya's request to lift the asset freeze" (Libya opposes the freeze, the US supports it), "welcomed
    China's proposal to lift the embargo" (both oppose it)."""
    if cue.family not in TURNABLE_FAMILIES:
        return None
    words = grammar.chain(cue_span(sent, cue).root)
    taker = _taking_cue(words, cue_words)
    intent = _taken_intent(words) if taker is not None else None
    rules = parse_rules()
    asked = intent is not None and intent.lemma_.lower() in rules.call_lemmas | rules.asking_nouns
    holders = _owners(intent, ctx) if asked else []  # a decision or a vote to lift is an act, told
    if not holders:
        return None
    stance = reading.stance if taker.stance == "supports" else OTHER_STANCE[reading.stance]
    return replace(reading, holders=tuple(holders), needs_speaker=False, stance=stance)


def _taking_cue_at(word: Token) -> Cue | None:
    """The cue of a family that takes what it is about ("welcomed", "opposed") that holds ``word``."""
    cues = find_cues(word.sent, "stance", STANCE_FAMILIES)
    return next((c for c in cues if c.start <= word.i < c.end and c.family in TAKING_FAMILIES), None)


def against_reading(sent: Span, cue: Cue, reading: Reading, cue_words: set[int], ctx: Context,
                    mentions) -> Reading | None:
    """What a cue's object sets against it with "not" ("China supports dialogue, not sanctions"):
    the other stance, by the same holder, on what the vocabularies name there."""
    span = cue_span(sent, cue)
    denied = set_against(sent.doc, grammar.object_tokens(span, cue_words)) | _harmed_for(span, cue_words)
    objects = _denied_things(sent, denied, ctx, mentions)
    if not objects:
        return None
    return replace(reading, stance=OTHER_STANCE[reading.stance], objects=tuple(objects))


def _judged_purpose(verb: Token, cue_words: set[int]) -> Token | None:
    """The judgement whose purpose a cue states: "the unity of the Council is essential to achieve
    denuclearisation" is the judge's wish, not the unity's nor the Council's."""
    to_gerund = verb.dep_ == "pcomp" and verb.head.lower_ == "to"  # "is vital to achieving ..."
    if verb.dep_ not in {"xcomp", "advcl"} and not to_gerund:
        return None
    above = verb.head.head if to_gerund else verb.head  # the adjective, or the verb the purpose hangs on
    linked = (c for c in above.children if c.dep_ == "acomp" and c.pos_ == "ADJ")
    judgement = above if above.pos_ == "ADJ" else next(linked, None)
    if judgement is None or judgement.i not in cue_words:
        return None
    # a thing judged, not "Russia has been reluctant to", "the Secretary-General stands ready to"
    judged = grammar.own_subject(judgement.head)
    people = parse_rules().people_nouns
    thing = judged is not None and judged.pos_ != "PROPN" and judged.lemma_.lower() not in people
    return judgement if thing and actor_at(verb.doc, judged.i) is None else None


def _held_over_a_relative(word: Token, cue_words: set[int], ctx: Context) -> tuple[list[Node], bool] | None:
    """Who holds a cue that names no one inside a relative clause on a thing another cue takes:
    in "welcomes the unity of the Council, which is essential to achieve denuclearisation and
    create the space for initiatives aimed at achieving it" the welcomer wishes both."""
    for _ in range(grammar.MAX_CLIMB):
        subject = grammar.own_subject(word)
        if subject is not None and subject.tag_ not in RELATIVE_PRONOUN_TAGS:
            return None  # "ambassadors visited to urge ...": a clause of someone else's
        if word.dep_ == "relcl":
            taker = next((w for w in grammar.chain(word.head) if w.i in cue_words), None)
            held = holders_in(grammar.chain(taker), ctx, obligation=False) if taker is not None else None
            return held if held and held[0] else None
        if word.dep_ == "ROOT":
            return None
        word = word.head
    return None


def _wanted_halted(head: Token, cue_words: set[int]) -> bool:
    """Whether what a verb wants is what a halt cue after it stops ("want the fighting to end",
    "wants the sanctions to end")."""
    doc = head.doc
    wanted = [c for c in head.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
    halted = (grammar.halted_noun(doc[i]) for i in cue_words if i > head.i)
    return any(h is not None and any(h.i == w.i or h.head.i == w.i for w in wanted) for h in halted)


def _held_objects(sent: Span, span: Span, cue: Cue, cue_words: set[int], ctx: Context, mentions,
                  confidence: float) -> tuple[list[Node], float]:
    """What a cue holds: its objects, or what its work is for where a name took its cue's words."""
    objects, confidence = objects_of(sent, span, cue, cue_words, ctx, mentions, confidence)
    if _intent_held(span, cue_words):
        return _worked_for(sent, span, cue_words, ctx, mentions), confidence
    right = object_head(span, grammar.object_tokens(span, cue_words))
    if right is not None and right.lemma_.lower() in parse_rules().right_nouns:
        # "reaffirmed the inalienable right of all States to develop nuclear energy": the right to it
        things = _right_to(sent, right, cue_words, ctx, mentions)
        return ([topic_named(f"right to {t.label}") for t in things] or objects), confidence
    return objects, confidence


def _endorsed_call(sent: Span, cue: Cue, cue_words: set[int]) -> Cue | None:
    """A call or stance of another that a stance verb takes as its object: "disagrees with
    Washington's push for new sanctions", "we don't agree with the U.S. in pushing for the
    extension of the arms embargo", "supports Russia's call for dialogue": one agrees or disagrees
    with what that call asks."""
    for other in find_cues(sent, "stance", ("verb",)):
        # a stance not taken is read by failure_readings: "criticized China for not condemning the test"
        not_taken = grammar.negated([cue_span(sent, other).root])
        if other.start in cue_words and not not_taken and _endorsing_cue(sent, other) == cue:
            return other
    return None


def _endorsing_cue(sent: Span, call: Cue) -> Cue | None:
    """The stance verb that takes the call or stance noun ``call`` as its object, through at most
    a preposition and a noun ("disagrees with ... push for", "agree ... in pushing for"); not one a
    halt asks for ("China's call for an end to the sanctions" is read by the halt)."""
    root = cue_span(sent, call).root
    if root.pos_ not in {"NOUN", "VERB"} or _undoing_asked(sent, root):
        return None
    verbs = [c for c in find_cues(sent, "stance", tuple(sorted(TAKING_FAMILIES))) if c != call]
    word = root
    for _ in range(ENDORSED_HOPS):
        if word.dep_ not in ENDORSED_RELATIONS:
            return None
        word = word.head
        taker = next((c for c in verbs if c.start <= word.i < c.end), None)
        if taker is not None:
            return taker if cue_span(sent, taker).root.pos_ == "VERB" else None
    return None


def _left_to_endorser(sent: Span, cue: Cue, words: list[Token], own: frozenset[int], cue_words: set[int],
                      ctx: Context, mentions) -> bool:
    """Whether a call taken by a stance verb that names nothing else is read by that verb, and the
    call has no holder of its own ("we don't agree with the U.S. in pushing for ...": whoever pushes,
    not "we")."""
    taker = _endorsing_cue(sent, cue)
    if taker is None:
        return False
    found = grammar.holder_word(words, own)
    if found is not None and not (taker.start <= found.token.head.i < taker.end):
        return False
    others = (cue_words | own) - set(range(taker.start, taker.end))
    objects, _ = objects_of(sent, cue_span(sent, taker), taker, others, ctx, mentions, 0.0)
    return not objects


def _undoing_asked(sent: Span, root: Token) -> bool:
    """A call for an undoing ("China's call for an end to the sanctions") is read by the undoing's
    own cue, which the call takes."""
    inside = {t.i for t in root.subtree}
    return any(c.start in inside for c in find_cues(sent, "stance", tuple(sorted(TURNABLE_FAMILIES))))


def _said_by_cue(verb: Token, cue_words: set[int]) -> bool:
    """ "expressed regret that the Council had lifted the sanctions": a "that" clause a cue noun
    holds says what the feeling is about; it describes nothing."""
    that = grammar.marked_that(verb)
    return that and verb.dep_ == "acl" and verb.head.i in cue_words


def _intent_held(span: Span, cue_words: set[int]) -> bool:
    """Whether the cue's object is an intent whose act is a cue read on its own ("welcomed the vote
    to lift the embargo"), or a verb that works for something else: that reading holds the stance,
    the intent ("vote", "working with all sides") is no topic."""
    head = object_head(span, grammar.object_tokens(span, cue_words))
    if head is not None and head.tag_ == "VBG" and head.lemma_.lower() in parse_rules().transparent_verbs:
        return True  # "his commitment to working with all sides to ...": the work is for its purpose
    acting = head is not None and head.tag_ == "VBG"
    if acting and any(c.dep_ == "dobj" and c.i in cue_words for c in head.children):
        return True  # "committed to pursuing a zero-tolerance approach to terrorism": that reads itself
    if head is None or head.lemma_.lower() not in parse_rules().intent_nouns:
        return False
    return any(c.dep_ == "acl" and c.i in cue_words for c in head.children)


def _worked_for(sent: Span, span: Span, cue_words: set[int], ctx: Context, mentions) -> list[Node]:
    """What a cue's work is for, named where no cue of its own reads it: "his commitment to working
    with all sides to reduce tensions and achieve denuclearisation" holds the de-escalation (a
    name that took the words of the cue "reduce"); "achieve" reads itself."""
    head = object_head(span, grammar.object_tokens(span, cue_words))
    act = grammar.carried_act(head) if head is not None else None
    if act is None:
        return []
    region = {i for done in grammar.conjuncts(act) for i in grammar.region(done, cue_words)}
    return named_in(sent, region, ctx, mentions)


def _measure_laid_on_states(head: Token, span: Span, cue_words: set[int]) -> bool:
    """ "all States shall prevent the sale or supply of ...", "called on all States to prevent the
    entry into their territories of ...", "shall take the necessary measures to prevent the import
    of ...": a halt of trade or travel laid on every State is the measure itself (the bans family
    reads it), not a stance on what is traded."""
    if not _laid_on_states(head):
        return False
    words = {span.doc[i].lemma_.lower() for i in grammar.object_tokens(span, cue_words)}
    return bool(words & parse_rules().trade_nouns)


def _laid_on_states(act: Token) -> bool:
    """Whether an act is done by every State: its subject, whom a call asks it of, or who takes
    the means it is done by ("requires all States to take necessary measures to prevent the supply
    ...", not the measures)."""
    doers = (_shared_subject(act), _called_on(act), _doer_of_the_means(act))
    addressees = parse_rules().measure_addressees  # "all Member States", not the United States
    return any(d is not None and d.lemma_.lower() in addressees and span_at(d.doc, "actor", d.i) is None
               for d in doers)


def _doer_of_the_means(act: Token) -> Token | None:
    """Who takes the means an act is done by: "all member States shall take the necessary measures
    to prevent the import of charcoal" (States), however the parser hung the act on the measures."""
    means = act.head.head if act.head.dep_ == "dobj" else act.head
    if means.lemma_.lower() not in parse_rules().means_verbs:
        return None
    return grammar.own_subject(means) or _called_on(means)


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
    adjective = _noun_said_as(cue_span(sent, cue).root)
    deeming = _deeming(adjective)
    verb = deeming or _linked(adjective)
    if verb is None:
        return None  # "an important step", "illegal sanctions": read as other families are
    words = grammar.chain(verb)
    # "Iran considers the resolution illegal": the small clause's own subject is judged, or the
    # deeming verb's object ("called the sanctions unjust").
    copula = _to_be(adjective)
    subject = grammar.own_subject(adjective if deeming is not None else verb) or (
        _deemed_object(adjective) if deeming is not None else None) or (
        grammar.own_subject(copula) if copula is not None else None)
    if not _stated(words[-1]) or grammar.unasserted(words):
        return None  # "members are unconvinced that the reimposition is justified"
    if subject is None or actor_at(sent.doc, subject.i) is not None:
        return None
    judged = _judged(sent, subject, cue_words, ctx, mentions, _as_words(adjective))
    if judged is None:
        return None
    stance, objects, confidence = judged
    stance = stance if cue.stance == "supports" else OTHER_STANCE[stance]
    # "were not ideal but necessary", "not helpful and counterproductive": the denial is the first
    # judgement's; only "or" and "nor" share it ("not helpful or constructive")
    negated = grammar.negated([adjective] if _joined_not_denied(adjective) else [adjective, *words])
    if negated and grammar.obliging(verb):
        return None  # "sanctions should not become an instrument of punishment": a norm, no judgement
    if negated != grammar.belief_denied(words):
        stance = OTHER_STANCE[stance]
    deemer = holders_in(words, ctx, obligation=False) if deeming is not None else None
    holders = deemer or said_by(words, ctx) or ([], True)
    return Reading(tuple(holders[0]), holders[1], stance, tuple(objects),
                   BASE_CONFIDENCE["judgement"] * confidence, sent, True)


def _first_of_list(word: Token) -> Token:
    """The first of the words coordinated with ``word`` ("unjust and counterproductive": unjust)."""
    while word.dep_ == "conj":
        word = word.head
    return word


def _noun_said_as(adjective: Token) -> Token:
    """The noun a judgement describes after "as", which says what the object is: "regards the
    sanctions as an unacceptable interference", "described the snapback as a political and
    unconstructive action" (the noun stands where "as unacceptable" would)."""
    first = _first_of_list(adjective)
    noun = first.head
    said_as = first.dep_ == "amod" and noun.dep_ == "pobj" and noun.head.lower_ == "as"
    return noun if said_as else adjective


def _deeming(adjective: Token) -> Token | None:
    """The verb of deeming whose small clause a judgement is: "considers the resolution illegal",
    "deems the sanctions unjustified", "called the sanctions unjust", "regards the sanctions as
    unacceptable", "described the resolution as a violation" (grammar.yaml ``deeming_lemmas``)."""
    adjective = _first_of_list(adjective)  # "called the sanctions unjust and counterproductive"
    copula = _to_be(adjective)
    if copula is not None:  # "considers the unilateral restrictions to be illegitimate"
        deemer = copula.head
        deemed = grammar.own_subject(copula) is not None
        return deemer if deemed and deemer.lemma_.lower() in parse_rules().deeming_lemmas else None
    judged = grammar.own_subject(adjective) or _deemed_object(adjective)
    as_verb = _as_verb(adjective) or _complemented(adjective)
    head = as_verb if as_verb is not None else adjective.head
    complement = adjective.dep_ in {"ccomp", "xcomp"} or as_verb is not None
    small_clause = complement and judged is not None
    return head if small_clause and head.lemma_.lower() in parse_rules().deeming_lemmas else None


def _to_be(adjective: Token) -> Token | None:
    """The "to be" of a small clause a judgement ends: "considers the sanctions [to be] illegal"."""
    copula = adjective.head
    infinitive = copula.lemma_ == "be" and grammar.has_aux_to(copula) and copula.dep_ in {"ccomp", "xcomp"}
    return copula if adjective.dep_ in {"acomp", "attr"} and infinitive else None


def _as_verb(word: Token) -> Token | None:
    """The verb of "regards the sanctions [as unacceptable]", what "as" says its object is; the
    parser hangs "as" on the verb, on its object or on the object's infinitive."""
    as_ = word.head
    if as_.lower_ != "as" or as_.dep_ != "prep" or word.dep_ not in {"amod", "pobj", "acomp"}:
        return None
    # "described the US attempt to trigger the snapback as illegal": hung on the last noun of the
    # object's own act, the verb of deeming is found above it
    deemer, deeming = as_.head, parse_rules().deeming_lemmas
    for _ in range(grammar.MAX_CLIMB):
        if deemer.lemma_.lower() in deeming or deemer.dep_ not in {"dobj", "acl", "pobj"}:
            break
        deemer = deemer.head
    if deemer.lemma_.lower() in deeming:
        return deemer
    head = as_.head
    if head.dep_ == "acl" and head.head.dep_ == "dobj":  # "described the decision to reimpose
        head = head.head  # sanctions as illegal": hung on the object's own act
    return head.head if head.dep_ == "dobj" else head


def _as_words(adjective: Token) -> set[int]:
    """The words of "as unacceptable" (or of "a mistake" taken for a second object), which say what
    the object is, not which thing it is."""
    adjective = _first_of_list(adjective)
    if _as_verb(adjective) is not None:
        return {t.i for t in adjective.head.subtree}
    second = adjective.dep_ == "dobj" and _complemented(adjective) is not None
    if _object_ended_by(adjective) is not None:  # hung inside the object, the object's words under it
        return {adjective.i} | {c.i for c in adjective.children if c.dep_ == "advmod"}
    return {t.i for t in adjective.subtree} if second else set()


def _deemed_object(adjective: Token) -> Token | None:
    """What a deeming verb's object complement judges: its direct object ("called [the sanctions]
    unjust", "described [the resolution] as illegal")."""
    adjective = _first_of_list(adjective)
    if _fronted(adjective):  # "considers unacceptable the attempts to expand the sanctions"
        return adjective.head
    verb = _as_verb(adjective) or _complemented(adjective)
    if verb is None:
        return None
    # "called the embargo unacceptable": the parser may hang the object on its complement, before it
    folded = next((c for c in adjective.lefts if c.dep_ in {"compound", "nsubj"} and c.pos_ == "NOUN"), None)
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i != adjective.i), folded)


def _object_ended_by(word: Token) -> Token | None:
    """The object of a verb of deeming that a judgement ends, after a noun, where the parser hung the
    complement inside the object: "considers the extension of the arms embargo [counterproductive]",
    "deems the new sanctions on Iran [unacceptable]" (no English modifier stands there)."""
    top = next((a for a in word.ancestors if a.dep_ == "dobj"), None)
    if top is None or top.head.lemma_.lower() not in parse_rules().deeming_lemmas:
        return None
    last = max(t.i for t in top.subtree if not t.is_punct)
    after_a_noun = word.i > top.i and word.doc[word.i - 1].pos_ in {"NOUN", "PROPN"}
    return top if last == word.i and after_a_noun else None


def _fronted(adjective: Token) -> bool:
    """An object complement put before a long object, right after its verb of deeming: "the Russian
    side considers unacceptable the attempts to ...", "deems inadmissible any attempt to ..."."""
    noun = adjective.head
    verb = noun.head
    before = adjective.dep_ == "amod" and noun.dep_ in {"dobj", "ccomp"} and adjective.i == verb.i + 1
    return before and verb.lemma_.lower() in parse_rules().deeming_lemmas


def _complemented(adjective: Token) -> Token | None:
    """The verb whose object an adjective says what it is: "called the sanctions [unjust]"; also
    where the parser hung a quoted adjective on the object as its modifier, after it, where no
    English modifier stands ("called the resolution "unbalanced and one-sided"")."""
    if adjective.dep_ == "oprd":
        return adjective.head
    if _fronted(adjective):
        return adjective.head.head
    ending = _object_ended_by(adjective)
    if ending is not None:
        return ending.head
    noun = adjective.head
    after_its_object = adjective.dep_ == "amod" and noun.i < adjective.i and noun.dep_ == "dobj"
    # "branded the resolution a criminal act": the parser takes the complement for the object's apposition
    beside_its_object = adjective.dep_ == "appos" and noun.dep_ == "dobj"
    if after_its_object or beside_its_object:
        return noun.head
    # "called the decision to impose sanctions a mistake": the parser takes the complement for a
    # second object of the object's own act
    act = adjective.head
    objects = {"dobj", "dative"}
    # "labelled the sanctions an act of war": a verb of deeming parsed with two objects
    deemed_first = any(c.dep_ == "dobj" and c.i < adjective.i for c in act.children)
    if adjective.dep_ == "dobj" and deemed_first and act.lemma_.lower() in parse_rules().deeming_lemmas:
        return act
    second = adjective.dep_ == "dobj" and any(c.dep_ in objects and c.i < adjective.i for c in act.children)
    if not second:
        return None
    return act.head.head if act.dep_ == "acl" and act.head.dep_ == "dobj" else None


def predicate_subject(sent: Span, cue: Cue, ctx: Context, mentions) -> tuple[str, list[Node]] | None:
    """What a predicate cue says something of, by the parse, and the stance a favourable word
    takes on it: the subject of the verb the cue belongs to, its clauses cut ("the lifting of
    sanctions, which had been prolonged by ..., was a step forward": opposes the sanctions);
    nothing when that subject is an actor ("the Council will play a constructive role"); None
    where the parse names no subject or a headline's capitals make it unreliable."""
    word = cue_span(sent, cue).root
    described = _described_as(word)
    if described is not None:  # "opposed the use of sanctions as a tool of pressure": the use is judged
        judged = _judged(sent, described, set(), ctx, mentions)
        return (judged[0], list(judged[1])) if judged is not None else ("supports", [])
    verb = next((w for w in (word, word.head, word.head.head) if w.pos_ in grammar.VERBS), None)
    if verb is not None and grammar.contrasted(verb):
        return "supports", []  # "should serve the settlement rather than hinder it": no judgement made
    if verb is not None and cue.stance == "supports" and _obliged_apart(verb, cue):
        return "supports", []  # "any measure must be conducive to the settlement": a norm, no judgement
    act = grammar.carried_act(verb.head) if verb is not None else None
    carried = act is not None and act.i == verb.i  # "continue to undermine": no aim
    if verb is not None and grammar.has_aux_to(verb) and not carried:
        return "supports", []  # "sanctions designed to weaken Al-Shabaab": an aim, no judgement of its doer
    subject = (_shared_subject(verb) or _doer_described(verb)) if verb is not None else None
    if verb is not None and cue.stance == "supports" and _futile(verb):
        return "supports", []  # "the sanctions racket would only strengthen our resolve"
    if verb is not None and _bare_verb_in_a_list(verb):
        return "supports", []  # "targets those who obstruct the process, violate human rights or ..."
    if verb is not None and cue.family == "evaluative" and grammar.passive_subject(verb) is not None:
        subject = grammar.agent(verb)  # "the peace process was undermined by the sanctions": the doer
        if subject is None:
            return "supports", []  # what is harmed is no thing judged
    said = verb is not None and verb.lemma_.lower() in parse_rules().reporting_lemmas
    if subject is None or said or title_case(sent) or verb.norm_ in stance_words("naming"):
        return None  # "Beijing says sanctions not a solution", "Pyongyang called the sanctions a ..."
    if subject.lower_ in parse_rules().relative_pronouns and _clefted(verb):
        subject = verb.head  # "it is dialogue that represents the right way": what "that" stands for
    if subject.lower_ in parse_rules().people_relatives:
        return "supports", []  # "targets those who violate human rights": people described
    span, denied = cue_span(sent, cue), False
    if span.start <= subject.i < span.end:  # "the only way out is dialogue": what the way is
        subject = _what_the_cue_is(verb)
        if subject is None:
            return "supports", []  # the cue names no thing: none from word order either
        denied = _denied_attribute(verb, subject)
    body = _body_judged(subject, ctx) if cue.family == "predicate" else _group_judged(subject, ctx)
    if body is not None:  # "the Panel of Experts played an indispensable role": the panel; "the
        return "supports", [body]  # Houthis destabilized the region, the United States said": the Houthis
    if actor_at(sent.doc, subject.i) is not None or subject.lemma_.lower() in parse_rules().stance_nouns \
            or grammar.community(subject):
        return "supports", []  # an actor's role, another's position: no thing judged
    if _situation_in_a_place(subject):
        return "supports", []  # "the situation in the DRC continues to constitute a threat to ...": a finding
    # "welcomed the renewal of the arms embargo, saying that it remained an essential tool": the
    # thing named last before "it" (_judged); never a name by word order ("it remained")
    judged = _judged(sent, subject, set(), ctx, mentions)
    # the parse names the subject: when it names no thing, word order names none either ("the
    # resolution had no legal basis" with no resolution in focus is not "resolution had")
    if judged is None:
        return "supports", []
    return (OTHER_STANCE[judged[0]] if denied else judged[0]), list(judged[1])


def _obliged_apart(verb: Token, cue: Cue) -> bool:
    """A verb under a modal of obligation the cue does not hold ("must be conducive to"; not the
    cue "should be carried out", which says what is wanted)."""
    modals = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in parse_rules().obligation_modals]
    return bool(modals) and not any(cue.start <= m.i < cue.end for m in modals)


def _body_judged(subject: Token, ctx: Context) -> Node | None:
    """A body other than the Council whose role a predicate cue praises: a panel, a mission, the
    African Union (a state's or a person's role names what they did; the Council's is its own)."""
    return next((b for b in bodies_of(subject, {subject.i}, ctx) if b.iri != COUNCIL), None)


def _group_judged(subject: Token, ctx: Context) -> Node | None:
    """An armed group or an NGO that a harm or a good is said of: judged as a thing is (a state's
    or a person's deed is their own act, not a thing another holds)."""
    actor = actor_at(subject.doc, subject.i)
    node = actor_node(actor, ctx.gazetteer) if actor is not None else None
    return node if node is not None and speaks_through_staff(node, ctx.gazetteer) else None


def _futile(verb: Token) -> bool:
    """A verb said with "only" or "merely" (not "not only"), which makes a good it does no praise."""
    return any(c.dep_ == "advmod" and c.lower_ in parse_rules().futility_words
               and not any(n.dep_ == "neg" for n in c.children) and verb.doc[c.i - 1].lower_ != "not"
               for c in verb.children)


def _bare_verb_in_a_list(verb: Token) -> bool:
    """A bare verb with no subject, no modal and no "to", which the parser tore from the verbs listed
    before it, or joined to a finite verb it cannot share a subject with ("targets those who plot
    ..., prevent ..., violate human rights"): what it is said of is theirs, never the thing named
    just before it."""
    if grammar.stray_bare_verb(verb):
        return True
    bare = verb.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in verb.children)
    return bare and verb.dep_ != "conj"


def _denied_attribute(verb: Token, attribute: Token) -> bool:
    """ "the only solution is not sanctions": what the cue is said not to be (not "is not pressure
    but dialogue", whose "but" brings the thing the cue is)."""
    but = any(c.dep_ == "cc" and c.lower_ == "but" for c in attribute.children)
    return not but and any(c.dep_ == "neg" and c.i < attribute.i for c in verb.children)


def _described_as(word: Token) -> Token | None:
    """The thing an "as" phrase says what it is: "the use of sanctions [as a tool of pressure]"
    (the use), "regards the sanctions [as an instrument of pressure]" (the sanctions)."""
    as_ = word.head
    if word.dep_ != "pobj" or as_.lower_ != "as" or as_.dep_ != "prep" or as_.i < as_.head.i:
        return None  # not "As another important step, the Council added ...": the whole act
    thing = as_.head
    if thing.pos_ in {"NOUN", "PROPN"}:
        return thing
    verb = thing.pos_ in grammar.VERBS
    return next((c for c in thing.children if c.dep_ == "dobj"), None) if verb else None


def _situation_in_a_place(noun: Token) -> bool:
    """ "the situation in the Democratic Republic of the Congo": the state of a whole country, which the
    Council finds a threat to the peace (Article 39), no thing anyone is for or against (grammar.yaml
    ``situation_nouns``)."""
    placed = any(p.dep_ == "prep" and p.lower_ == "in" for p in noun.children)
    return placed and noun.lemma_.lower() in parse_rules().situation_nouns


def _shared_subject(verb: Token) -> Token | None:
    """A verb's subject, or the one it shares with the verb it is joined to ("the renewal strengthens
    ... and will help limit ...") or completes ("gang violence contributes to undermining the rule of
    law", "continues to undermine ...")."""
    for _ in range(grammar.MAX_CLIMB):
        subject = grammar.own_subject(verb)
        if subject is not None:
            return subject
        if verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in grammar.VERBS:
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in grammar.VERBS:
            verb = verb.head.head
        else:
            return None
    return None


def _clefted(verb: Token) -> bool:
    """The relative clause of a cleft, "it is X that V ...", whose X is what "that" stands for."""
    focus = verb.head
    if verb.dep_ != "relcl" or focus.dep_ != "attr":
        return False
    subject = grammar.own_subject(focus.head)
    return subject is not None and subject.lower_ == "it"


def _doer_described(verb: Token) -> Token | None:
    """Who does what a participle describes: the noun it modifies, or what that noun is said to be
    ("the launch ... is a grave provocation undermining the peace": the launch)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    return (grammar.own_subject(noun.head) or noun) if noun.dep_ == "attr" else noun


def takes_up_a_thing(pronoun: Token, ctx: Context) -> bool:
    """A subject "it" or "they" that may take up a thing told before: not an extraposed "it", nor
    one that stands for whoever says or does the clause it opens ("China said it would strengthen
    its enforcement")."""
    if pronoun.lower_ not in parse_rules().taken_up_pronouns or extraposed(pronoun):
        return False
    return not _holders_own(pronoun, ctx)


def _subject_taken_up(pronoun: Token) -> Token | None:
    """The thing a subject "it" or "they" takes up, by the parse: the nearest thing before it that
    agrees with it and is a subject, in its sentence or the one before ("the sanctions were useful
    at first, but they are now counterproductive"), else the nearest such object ("The Council
    imposed new sanctions. Lavrov said they were counterproductive"); the same pronoun as an earlier
    subject takes up what that one does ("while it cannot end the violence, it is a vital step")."""
    doc, sent = pronoun.doc, pronoun.sent
    before_parsed = sent.start > 0 and _parsed(doc[sent.start - 1])
    start = doc[sent.start - 1].sent.start if before_parsed else sent.start
    pronoun = _first_of_chain(pronoun)
    agreeing = [t for t in doc[start : pronoun.i] if _agrees(t, pronoun) and not _people(t)]
    for relations in (grammar.subject_relations(), {"dobj"}):
        found = [t for t in agreeing if t.dep_ in relations]
        if found:
            return found[-1]
    return None


def _told_before_unparsed(pronoun: Token, ctx: Context, mentions) -> list[Node]:
    """What a subject "it" or "they" takes up from a sentence before that was not parsed (kg/nlp.py
    parses only what holds a cue): the last thing the vocabularies name there ("The Council adopted
    resolution 1672. Bolton said it would strengthen the peace process")."""
    doc, sent, pronoun = pronoun.doc, pronoun.sent, _first_of_chain(pronoun)
    named_since = any(t.pos_ == "NOUN" for t in doc[sent.start : pronoun.i])
    if sent.start == 0 or _parsed(doc[sent.start - 1]) or named_since:
        return []
    before = doc[sent.start - 1].sent
    return objects_in(before, before.start, before.end, ctx, mentions)[-1:]


def _first_of_chain(pronoun: Token) -> Token:
    """The first subject of a sentence that is the same pronoun, which a later one takes up
    ("while it cannot end the violence, it is a vital step")."""
    same = (t for t in pronoun.sent if t.lower_ == pronoun.lower_)
    return next(t for t in same if t.dep_ in grammar.subject_relations() or t.i == pronoun.i)


def _parsed(token: Token) -> bool:
    return bool(token.tag_)


def _agrees(noun: Token, pronoun: Token) -> bool:
    """A common noun of the pronoun's number: "they" takes up "the sanctions" or "the embargo and
    the asset freeze", "it" "the resolution"."""
    if noun.pos_ != "NOUN":
        return False
    return grammar.plural(noun) == (pronoun.lower_ == "they")


def _holders_own(pronoun: Token, ctx: Context) -> bool:
    """A pronoun that stands for an actor: the subject of the clause it completes ("China said it
    ...", "Europe is showing that it ...", "Russia and China said they ..."), or the subject
    nearest before it of a clause joined to its own ("China supports the resolution, but it
    opposes ..."); not a person's "it" ("Lavrov said it ..."), nor a thing ("Russia said the
    embargo had been useful, but it had become an obstacle", however the parser joined them)."""
    verb, holder = pronoun.head, None
    if verb.dep_ == "conj":
        before = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in grammar.subject_relations()]
        holder = before[-1] if before else None
    while holder is None and verb.dep_ in {"ccomp", "xcomp", "advcl"} and verb.head.pos_ in grammar.VERBS:
        verb = verb.head
        holder = grammar.own_subject(verb)
        if holder is not None and holder.lower_ == pronoun.lower_:
            holder = None  # "not only is it a step, it sends a signal": one thing
    if holder is None or not (_people(holder) or holder.pos_ == "PROPN"):
        return False
    return grammar.plural(holder) if pronoun.lower_ == "they" else not _a_person(holder, ctx)


def _people(noun: Token) -> bool:
    """Actors, not things: "Russia", "the members of the Council", "officials"."""
    return actor_at(noun.doc, noun.i) is not None or noun.lemma_.lower() in parse_rules().people_nouns


def _a_person(noun: Token, ctx: Context) -> bool:
    """ "Lavrov", "the minister", "Foreign Minister Wang Yi": one person, whom "it" cannot stand for."""
    held = who_is(noun, ctx)
    if held is not None and held[0]:
        return all(n.cls == "person" for n in held[0])
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in parse_rules().person_titles


def _head_and_of(subject: Token, region: set[int]) -> set[int]:
    """Where "the resolution" judged may stand: the subject's head with its own modifiers, and the
    head of its "of" ("the adoption of the resolution"); not deeper ("each day of debate over the
    text would hinder recovery" judges the debate, not the text)."""
    words = {subject.i} | {c.i for c in subject.lefts}
    words |= {o.i for c in subject.rights if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"}
    return words & region


def _what_the_cue_is(verb: Token) -> Token | None:
    """What a predicate cue that is itself the subject names: "the only way out is dialogue" (its
    attribute), "the solution lies in dialogue" (what it lies in)."""
    attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attribute is not None:
        return attribute
    where = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    if where is None:
        return None
    inner = next((c for c in where.children if c.dep_ in {"pobj", "pcomp"}), None)
    if inner is not None and inner.dep_ == "pcomp":  # "lies in advancing a political process"
        inner = next((c for c in inner.children if c.dep_ == "dobj"), None)
    return inner


def _stated(top: Token) -> bool:
    """Whether a clause is said outright: the sentence's own, one coordinated with it, or what a
    verb of saying reports; not a clause inside another judgement, a condition or a ruling."""
    top = _first_of_list(top)
    if top.dep_ == "ROOT":
        return True
    if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in parse_rules().reason_marks
                                   for c in top.children):
        return _stated(top.head)  # "..., because it deemed the resolution illegal"
    if top.dep_ == "relcl" and top.head.pos_ == "PROPN" and top.doc[top.left_edge.i - 1].text == ",":
        return True  # "criticism came from Iran, which called the sanctions illegal": told of a name
    if grammar.view_holder(top) is not None:
        return True  # "Russia's position is that the sanctions are counterproductive"
    return top.dep_ in {"ccomp", "parataxis"} and top.head.lemma_.lower() in parse_rules().reporting_lemmas


def is_attribute(sent: Span, cue: Cue) -> bool:
    """A judgement not after a linking verb: part of a thing's name ("illegal exports")."""
    return cue.family == "judgement" and _linked(cue_span(sent, cue).root) is None


def no_cue_of_its_own(sent: Span, cue: Cue) -> bool:
    """A cue that is part of a thing's name or of another word ("illegal exports",
    "counter-terrorism", "the Cessation of Hostilities Agreements"): it neither reads nor cuts."""
    return is_attribute(sent, cue) or _part_of_a_name(sent, cue_span(sent, cue))


def for_a_time(sent: Span, cue: Cue) -> bool:
    """A cue whose last word is a preposition taking a span of time ("lobbied for | years"): the
    words name no stance of their own (grammar.yaml ``duration_nouns``)."""
    last = sent.doc[cue.end - 1]
    return last.pos_ == "ADP" and any(c.dep_ == "pobj" and c.lemma_.lower() in parse_rules().duration_nouns
                                      for c in last.children)


def _part_of_a_name(sent: Span, span: Span) -> bool:
    """A cue word inside another word or a proper name, or one that names an act or a measure with
    whom it is against or on ("attacks against peacekeepers", "the asset freeze on ...")."""
    return _inside_another_word(sent, span) or _target_of_an_act(span.root) or _a_measures_name(span.root) \
        or _posed_in_a_phrase(span) or _a_freeze_of_assets(span.root)


def _a_freeze_of_assets(word: Token) -> bool:
    """ "a freeze on Kim Jong Un's assets": an asset freeze, the measure, no halt of the assets
    (grammar.yaml ``frozen_nouns``)."""
    frozen = parse_rules().frozen_nouns
    held = [o for p in word.children if p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
    return word.lemma_.lower() == "freeze" and any(o.lemma_.lower() in frozen for o in held)


def _posed_in_a_phrase(span: Span) -> bool:
    """ "concern at the threat posed by ...", "to respond to the threats posed by these groups": a
    threat named by what poses it inside a preposition's phrase is that phrase's thing; as a verb's
    object ("recognised the threat posed by ...") it says what is opposed."""
    return span.root.dep_ == "pobj" and any(t.lemma_.lower() == "pose" for t in span)


def _a_measures_name(word: Token) -> bool:
    """ "the asset freeze on the Libyan Investment Authority": a measure named with what it is of,
    whom it targets after it, no call to halt anything (grammar.yaml ``measure_words``)."""
    named = any(c.dep_ == "compound" for c in word.children)
    return word.pos_ == "NOUN" and word.lower_ in parse_rules().measure_words and named


def _target_of_an_act(word: Token) -> bool:
    """ "attacks against peacekeepers", "violence against civilians": whom a hostile act is against
    is part of the act's name, no stance (grammar.yaml ``hostile_act_nouns``)."""
    hostile = word.head.lemma_.lower() in parse_rules().hostile_act_nouns
    return word.pos_ == "ADP" and word.dep_ == "prep" and hostile


def _inside_another_word(sent: Span, span: Span) -> bool:
    """A cue word that is part of a compound or a proper name, no cue of its own."""
    return _part_of_a_word(span.root) or _in_a_name(sent, span)


def _in_a_name(sent: Span, span: Span) -> bool:
    """A cue inside a proper name in running text: "the Cessation of Hostilities Agreements", "the
    Peace and Security Council"; not a headline, whose every word is capitalised."""
    named = all(t.is_title for t in span if t.is_alpha and not t.is_stop)
    proper = span.root.tag_ in {"NNP", "NNPS"} and named
    running = any(t.pos_ == "VERB" and t.is_lower for t in sent)  # a headline capitalises its verbs
    return proper and running and span.start > sent.start


def _part_of_a_word(head: Token) -> bool:
    """ "the veto initiative", "veto-wielding powers", "counter-terrorism": a cue word in a compound."""
    hyphened = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "-"
    return head.dep_ == "compound" or hyphened


def _linked(adjective: Token) -> Token | None:
    """The verb that links a judgement to what it judges: "remained (essential)", or the
    participle itself ("was no longer justified", which the parser reads as a passive). A judgement
    coordinated with another is linked as the first is ("was unbalanced and premature")."""
    while adjective.dep_ == "conj" and adjective.head.pos_ in {"ADJ", "VERB"}:
        adjective = adjective.head
    noun, linking = adjective.head, parse_rules().linking_lemmas
    named = noun if adjective.dep_ == "amod" else adjective
    if named.dep_ == "pobj" and named.head.lower_ == "but" and named.head.head.lower_ == "nothing":
        return _linked(named.head.head)  # "the sanctions are nothing but a criminal act"
    if adjective.dep_ in {"acomp", "attr"} and noun.lemma_.lower() in linking:
        return noun
    sort = _sort_said(adjective)
    if sort is not None:  # "should not become an instrument of punishment", "are a form of punishment"
        return _linked(sort)
    if adjective.dep_ in {"dobj", "pobj"}:  # "constitutes a clear violation"
        return _linking(adjective)
    if adjective.dep_ == "amod" and noun.dep_ == "attr" and noun.head.lemma_.lower() in linking:
        return noun.head  # "the sanctions remain an important instrument", "are an unacceptable interference"
    if adjective.dep_ == "amod" and noun.dep_ in {"dobj", "pobj"}:
        return _linking(noun)  # "constitutes an unacceptable interference"
    passive = any(c.dep_ == "auxpass" for c in adjective.children)
    by_someone = any(c.dep_ == "agent" for c in adjective.children)
    # "are outdated" parsed as a passive with an adjective for its verb
    participle = adjective.tag_ == "VBN" or adjective.pos_ == "ADJ"
    return adjective if participle and passive and not by_someone else None


def _sort_said(noun: Token) -> Token | None:
    """The noun of sort or means whose "of" a judgement is: "an instrument [of punishment]", "a form
    [of collective punishment]" (grammar.yaml ``sort_nouns``, ``instrument_nouns``)."""
    rules, of = parse_rules(), noun.head
    sort = of.head if noun.dep_ == "pobj" and of.lower_ == "of" else None
    said = sort is not None and sort.lemma_.lower() in rules.sort_nouns | rules.instrument_nouns
    return sort if said and sort.dep_ == "attr" else None


def _linking(complement: Token) -> Token | None:
    """The verb whose object, or whose "to", says what its subject is (grammar.yaml
    ``linking_object_lemmas``, ``linking_to_lemmas``)."""
    rules, head = parse_rules(), complement.head
    if complement.dep_ == "dobj" and head.lemma_.lower() in rules.linking_object_lemmas:
        return head
    to = complement.dep_ == "pobj" and head.lower_ == "to"
    return head.head if to and head.head.lemma_.lower() in rules.linking_to_lemmas else None


def _judged(sent: Span, subject: Token, cue_words: set[int], ctx: Context, mentions,
            aside: frozenset[int] | set[int] = frozenset()) -> tuple[str, list[Node], float] | None:
    """What a judgement is of, as (the stance a favourable judgement takes, objects, a factor of
    confidence): the act an extraposed "it" stands for ("it is essential to maintain the
    sanctions"), or the subject's own phrase; never what another pronoun points back at. ``aside``
    are words that say what the thing is ("as illegal"), no part of it and no cue."""
    if subject.lower_ == "it" and extraposed(subject):
        act = extraposed_act(subject.head)
        asked = _asked_reading(sent, subject.head, act, cue_words, ctx, mentions) if act is not None else None
        return (asked.stance, list(asked.objects), 1.0) if asked is not None else None
    act = _act_of(subject)
    if act is not None:  # "the decision to reimpose sanctions was a gross violation": the act judged
        asked = _asked_reading(sent, subject, act, cue_words - aside, ctx, mentions)
        return (asked.stance, list(asked.objects), 1.0) if asked is not None else None
    if subject.pos_ == "PRON":
        if not takes_up_a_thing(subject, ctx):
            return None  # "this is unacceptable": an act told before, rarely one thing named
        taken_up = _subject_taken_up(subject)  # "the embargo was useful, but it has become an obstacle"
        if taken_up is None:
            named = _told_before_unparsed(subject, ctx, mentions)
            return ("supports", named, 1.0) if named else None
        sent, subject, cue_words = taken_up.sent, taken_up, set()  # it may be named in the sentence before
    subject = _carried_on(subject) or subject
    # a judgement the parser hung inside its object keeps the object's words it holds ("considers the
    # extension of the arms embargo counterproductive": the embargo hung under "counterproductive")
    hung = {i for i in aside if subject.left_edge.i <= i <= subject.right_edge.i}
    region = grammar.region(subject, (cue_words | aside) - hung) - hung
    region -= set_against(sent.doc, region)  # "the solution lies in dialogue, not sanctions"
    if not region:
        return None  # the subject is itself a cue ("Russia's veto ... was regrettable"): read as one
    named = named_in(sent, region, ctx, mentions) or in_focus(sent, _head_and_of(subject, region), ctx)
    if named:  # "the lack of progress is regrettable", "any interruption to the process would harm"
        halt = _halt_in(sent, region)
        if halt is not None:  # "the adoption of a resolution to lift the arms embargo has significance":
            # what the halt undoes, unless something is named before it ("implementation of the
            # resolutions to stop the tests" is for the resolutions)
            before = named_in(sent, {i for i in region if i < halt}, ctx, mentions)
            return ("supports", before, 1.0) if before else ("opposes", named, 1.0)
        return ("opposes" if _undoing(subject) else "supports"), named, 1.0
    generic = generic_head(sent, subject.left_edge.i, max(region) + 1)
    named = pointed_at(sent, generic, ctx) if generic is not None else []
    if named:  # "the move was regrettable": what was named before
        return "supports", named, 1.0
    if generic is not None and not a_measure_word(generic):
        return None  # "the move", named by nothing before: no thing to hold
    inner = lacked(subject, region)
    if inner is not None:  # "the breakdown of the ceasefire is deplorable": for the ceasefire
        words = topic_words(sent, inner, region)
        return ("opposes", [new_topic(words)], NEW_TOPIC_PENALTY) if words is not None else None
    if subject.norm_ in RESOLUTION_HEADS:
        return None  # "the resolution", none in focus: "resolution" names no topic
    words = topic_words(sent, subject, region) if nameable(subject) else None
    return ("supports", [new_topic(words)], NEW_TOPIC_PENALTY) if words is not None else None


def _act_of(noun: Token) -> Token | None:
    """The act a generic noun names with its infinitive: "the decision to reimpose sanctions", "the
    move to lift the embargo" (grammar.yaml ``generic_nouns``)."""
    if noun.lemma_.lower() not in parse_rules().generic_nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and grammar.has_aux_to(c)), None)


def _carried_on(gerund: Token) -> Token | None:
    """What a gerund of going on is done to: "continuing to exert pressure on all parties would
    not help" judges the pressure, not the continuing."""
    if gerund.tag_ != "VBG" or gerund.lemma_.lower() not in parse_rules().transparent_verbs:
        return None
    act = next((c for c in gerund.children if c.dep_ == "xcomp" and c.pos_ in grammar.VERBS), None)
    return next((c for c in act.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) if act else None


def _undoing(noun: Token) -> bool:
    """A lack or undoing not part of a topic's name ("suspension for suspension" is the double freeze)."""
    named = any(s.start <= noun.i < s.end for s in noun.doc.spans.get("topic", []))
    return noun.lemma_.lower() in parse_rules().lack_nouns and not named


def _halting(head: Token) -> Token | None:
    """The halt a stance is the object of: "to cease its support for Al-Shabaab", "to stop supporting
    the M23", "an end to all outside support for the rebels", "to end its opposition to ..."."""
    sort = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if sort is not None and sort.lemma_.lower() in parse_rules().sort_nouns:
        head = sort  # "an end to all forms of support to Al-Shabaab"
    governor = head.head.head if head.dep_ == "pobj" and head.head.lower_ in {"to", "of"} else head.head
    if governor.i == head.i or head.dep_ not in {"dobj", "xcomp", "pobj"}:
        return None
    halts = find_cues(head.sent, "stance", ("cessation",))
    halting = governor.lemma_.lower() in stance_words("cessation")
    return governor if halting or any(c.start <= governor.i < c.end for c in halts) else None


def _halt_in(sent: Span, region: set[int]) -> int | None:
    """Where a halt verb inside a judged phrase undoes what it names ("a resolution to lift the
    arms embargo"); not one a topic's name holds ("the lifting of sanctions" is sanctions relief,
    "reduction of military confrontation" de-escalation)."""
    named = {i for s in sent.doc.spans.get("topic", []) for i in range(s.start, s.end)}
    halts = (c.start for c in find_cues(sent, "stance", ("cessation",)) if c.start in region)
    return next((i for i in halts if i not in named), None)


def _vote_mentioned(head: Token) -> bool:
    """ "within ten days of a veto being cast", "the veto undermines the credibility of the Council":
    a vote named as an event or a subject, cast by nobody named."""
    named = head.dep_ in {"pobj", "nsubj", "nsubjpass"}
    if head.pos_ != "NOUN" or not named or head.lemma_.lower() not in parse_rules().vote_lemmas:
        return False
    return grammar.holder_word([head]) is None


def _said_of_the_targeted(words: list[Token]) -> bool:
    """ "sanctions against those seeking to derail the transition", "entities providing support for":
    what those a measure targets do."""
    targeted = parse_rules().targeted_words
    # "targets those who plot ..., prevent the delivery of aid": a verb of their list the parser
    # joined to the measure's verb
    torn = [w for w in words[:1] if grammar.stray_bare_verb(w)
            and any(o.dep_ == "dobj" and o.lower_ in targeted for o in w.head.children)]
    return bool(torn) or any(w.dep_ in {"acl", "relcl"} and w.head.lower_ in targeted for w in words)


def _act_not_done(sent: Span, span: Span, cue_words: set[int], ctx: Context, mentions) -> Reading | None:
    """The halt a failure or refusal that a cue holds leaves undone: "deplored the refusal of Iran
    to suspend enrichment" opposes the enrichment, as a call for the halt would."""
    head = topic_head(span, grammar.object_tokens(span, cue_words))
    act = grammar.act_left_undone(head) if head is not None else None
    if act is None or act.norm_ not in stance_words("cessation"):
        return None  # "deplored Iran's failure to comply": the failure itself, as the lack reads it
    region = grammar.object_tokens(sent.doc[act.i : act.i + 1], cue_words)
    halted = named_in(sent, region, ctx, mentions) or _object_topic(sent, act, region)
    if not halted:
        return None
    return Reading((), False, "opposes", tuple(halted), BASE_CONFIDENCE["call"], sent, True)


def _lacking(span: Span, region: set[int], objects: list[Node]) -> bool:
    """Whether the object is the lack of what is held ("the lack of transparency", "the absence of
    dialogue"): regretting it is wanting that thing. A new topic named by the lack itself is held
    as it is, whoever's lack it is ("deplored Iran's failure to comply" opposes that failure).
    ``region`` is the cue's object."""
    head = topic_head(span, region)
    if head is None or head.lemma_.lower() not in parse_rules().lack_nouns:
        return False
    return not any(o.new and head.lower_ in o.label.lower().split() for o in objects)


def _harmed(sent: Span, region: set[int], objects: list[Node], ctx: Context, mentions) -> bool:
    """Whether what a cue holds is only what a verb of harm in its object (``region``) does harm
    ("rejects any attempt to weaken the sanctions regime" is for the regime; grammar.yaml
    ``harming_lemmas``)."""
    harming = parse_rules().harming_lemmas
    verbs = [sent.doc[i] for i in sorted(region) if sent.doc[i].lemma_.lower() in harming
             and sent.doc[i].pos_ in grammar.VERBS]
    for verb in verbs:
        thing = _verb_object(verb)
        harmed = named_in(sent, {t.i for t in thing.subtree}, ctx, mentions) if thing is not None else []
        if harmed and all(o in harmed for o in objects):
            return True
    return False


def own_decision(holders: list[Node], words: list[Token], cue: Cue, stance: str,
                  objects: list[Node]) -> bool:
    """The Council voting for a text ("voted in favour of the resolution"), lifting its own
    measures ("voted to lift the arms embargo", "decided to lift the measures imposed by resolution
    1011") or keeping them up ("reaffirmed the travel ban"), acts: the resolution says so, no
    stance of its own. Voting a text down ("voted against imposing an arms embargo") is one."""
    if [n.iri for n in holders] != [COUNCIL]:
        return False
    voted = any(w.lemma_.lower() in parse_rules().vote_lemmas for w in words)
    own = all(a_text_or_measure(o) for o in objects)
    kept_up = words[0].lemma_.lower() in parse_rules().own_act_lemmas and all(a_measure(o) for o in objects)
    return (voted and stance == "supports") or (cue.family == "cessation" and own) or kept_up


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
    for call in words_of(sent):
        verbs = grammar.complements(call)
        words = grammar.chain(call) if verbs else []
        refused = bool(words) and grammar.negated(words[:1])
        if not verbs or (refused and not _wish(call)) or grammar.unasserted(words) \
                or _anothers_call(call, cue_words):
            continue
        # "the push by France to renew the sanctions": a call named as a noun is its owner's
        owners = _owners(call, ctx) if call.pos_ == "NOUN" else []
        holders = (owners, False) if owners else holders_in(words, ctx, obligation=False)
        # "does not want the sanctions to be lifted": a wish denied holds the other way, as does a
        # call opposed ("rejected the proposal to extend the embargo")
        turned = refused != (_opposed_call(call) and not owners)
        # "criticized the US for pushing the Council to adopt sanctions": the critic holds the other way
        taker = _reason_taker(words, cue_words)
        turned = turned != (taker is not None and taker.stance == "opposes")
        for verb in verbs if holders is not None else []:
            means = _means_to(verb)  # "to work together to reduce tensions and to create conditions ..."
            for act in grammar.conjuncts(means) if means is not None else [verb]:
                asked = _held_by(holders, _asked_readings(sent, call, act, cue_words, ctx, mentions))
                for reading in asked:  # "proposed to ban oil exports", for "backed the proposal" later
                    remember_proposed(ctx, [call], reading.stance, list(reading.objects))
                readings += [replace(r, stance=OTHER_STANCE[r.stance]) for r in asked] if turned else asked
    return readings


def _owners(call: Token, ctx: Context) -> list[Node]:
    """The actors a call or an aim named as a noun is owned by ("Libya's request", "a push by France",
    "China's priority")."""
    owner = grammar.call_owner(call)
    return [n for w in grammar.conjuncts(owner) for n in actor_nodes(w, ctx)] if owner is not None else []


def _complements_asked(sent: Span, call: Token, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """What a call's verb complements ask, each read as call_readings reads it, held by no one yet."""
    return [r for verb in grammar.complements(call) for r in _asked_readings(sent, call, verb, cue_words, ctx,
                                                                              mentions)]


def _opposed_call(verb: Token) -> bool:
    """A verb of opposition taking a call named as a noun: "Russia opposed the proposal to extend
    the arms embargo" opposes what the proposal asks, as does a hostile act done to it ("China
    blocked a proposal to sanction four ships", "torpedoed the plan to ...")."""
    hostile = stance_words("hostile")
    hostile_act = verb.norm_ in hostile or verb.lemma_.lower() in hostile
    opposing = verb.norm_ in family_words("verb", "opposes") or hostile_act
    return opposing and verb.lemma_.lower() not in parse_rules().call_lemmas


def _wish(call: Token) -> bool:
    """A call that is a wish, whose denial is a stance ("does not want ..."; grammar.yaml
    ``negation_flips``), not a call not made ("did not urge ...")."""
    return call.lemma_.lower() in parse_rules().negation_flips


def _denying_call(head: Token) -> Token | None:
    """The negated call whose complement a cue heads: "does not want the sanctions to be lifted",
    "did not urge Seoul to lift ..." (a cue there is read as itself, the call's denial with it)."""
    return next((a for a in list(head.ancestors)[:CALL_HOPS] if grammar.negated([a])
                 and any(v.i == head.i for v in grammar.complements(a))), None)


def _held_by(holders: Holders, readings: list[Reading]) -> list[Reading]:
    """The readings with their holders (and whether the speaker is asked for) set."""
    return [replace(r, holders=tuple(holders[0]), needs_speaker=holders[1]) for r in readings]


def rights_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "Qatar said Iran had the right to nuclear energy research", "Iran has the inalienable right
    to enrich uranium, Russia said": who tells of a right had to a thing supports the right; a right
    denied ("has no right to enrich uranium") opposes it (grammar.yaml ``right_nouns``)."""
    rules, readings = parse_rules(), []
    for right in words_of(sent):
        if right.lemma_.lower() not in rules.right_nouns or right.dep_ != "dobj" \
                or right.head.lemma_.lower() not in rules.having_lemmas:
            continue
        # The right is the thing held, not what it is to: who says Iran may enrich need not want it to.
        things = _right_to(sent, right, cue_words, ctx, mentions)
        objects = [topic_named(f"right to {thing.label}") for thing in things]
        holders = said_by(grammar.chain(right.head), ctx) if objects else None
        if holders is None:
            continue  # a right told in no one's words, or to nothing named
        denied = grammar.negated([right.head]) or any(c.dep_ == "det" and c.lower_ == "no"
                                                      for c in right.children)
        readings.append(Reading(tuple(holders[0]), holders[1], "opposes" if denied else "supports",
                                tuple(objects), BASE_CONFIDENCE["verb"], sent, True))
    return readings


def _right_to(sent: Span, right: Token, cue_words: set[int], ctx: Context, mentions) -> list[Node]:
    """What a right is to: the thing after "to", or the act its infinitive names (or the infinitive
    the parser hung on the verb the right is the object of: "reaffirmed the right of all States to
    develop nuclear energy")."""
    hung = [c for c in right.head.children if c.dep_ == "advcl" and c.i > right.i] if right.dep_ == "dobj" \
        else []
    for child in [*right.children, *hung]:
        if child.dep_ == "prep" and child.lower_ == "to":
            region = {t.i for t in child.subtree} - {child.i}
            goal = next((g for g in child.children if g.dep_ == "pobj"), None)
            return named_in(sent, region, ctx, mentions) or _thing_topic(sent, goal, region)
        # a right to ask for a thing is a right to the thing: "had no right to demand a snapback"
        asking = child.lemma_.lower() in parse_rules().call_lemmas
        infinitive = child.dep_ in {"acl", "advcl", "relcl"} and grammar.has_aux_to(child)
        if infinitive and (child.i not in cue_words or asking):
            region = grammar.object_tokens(sent.doc[child.i : child.i + 1], cue_words - {child.i}) | {child.i}
            return named_in(sent, region, ctx, mentions) or _asked_act(sent, child, region)
    return []


def requirement_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "The only way forward requires de-escalation and open communication channels", "lasting
    peace needs an inclusive political process": what a goal requires, its speaker asks for; as
    what a party needs ("South Sudan needs constructive support, not pressure")."""
    rules = parse_rules()
    readings = []
    for verb in words_of(sent):
        subject = _requirer(verb) if verb.lemma_.lower() in rules.requiring_lemmas else None
        if subject is None or grammar.negated([verb]) or not (
                subject.lemma_.lower() in rules.goal_nouns or _party_in_need(verb, subject, ctx)):
            continue
        holders = said_by(grammar.chain(verb), ctx) or ([], True)
        readings += _held_by(holders, _asked_readings(sent, verb, verb, cue_words, ctx, mentions))
    return readings


def _requirer(verb: Token) -> Token | None:
    """The subject of a verb of requiring; a relative clause with no subject of its own is the
    parser's misreading of a sentence's verb ("The only way forward requires de-escalation", its
    verb hung under "way"): the noun it hangs on."""
    subject = grammar.own_subject(verb)
    return verb.head if subject is None and verb.dep_ == "relcl" else subject


def denied_existence_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "There can be no military solution to the conflict", "there is no place for impunity": what
    a speaker says can have no place, they oppose; "there can be no lasting peace without justice"
    asks for what the thing cannot be without (grammar.yaml ``existence_words``, ``room_nouns``)."""
    rules, readings = parse_rules(), []
    for verb in words_of(sent):
        thing = _denied_a_place(verb, cue_words)
        if thing is None:
            continue
        stance, held = "opposes", thing
        without = _object_after(thing, {"without"})
        if without is not None:
            stance, held = "supports", without  # "no lasting peace without justice": justice
        elif thing.lemma_.lower() in rules.room_nouns:
            held = _object_after(thing, {"for"})  # "no place for impunity": impunity
        region = grammar.region(held, cue_words) - {c.i for c in held.children if c.lower_ == "no"} \
            if held is not None else set()
        # "there can be no ...", "there should be no ..." deny; "there is no" denies only a thing the
        # vocabularies name ("there is no military solution", not "there is no evidence that ...")
        modal = any(c.dep_ == "aux" and c.lower_ in rules.denying_modals for c in verb.children)
        # "no military solution to the crisis in Yemen": the solution, not what it would solve
        own = {i for i in region if held is not None and i <= held.i}
        # "demanded that there be no foreign forces in Lebanon": a call's subjunctive denies as a
        # modal does, and the call's subject holds it
        caller = grammar.governor(grammar.chain(verb), set()) if verb.tag_ == "VB" else None
        objects = named_in(sent, own, ctx, mentions) or named_in(sent, region, ctx, mentions) \
            or (_thing_topic(sent, held, region) if modal or caller is not None else [])
        if objects and (modal or caller is not None or verb.tag_ in {"VBZ", "VBP"}):
            called = holders_in(grammar.chain(caller), ctx, obligation=False) if caller is not None else None
            holders = called or said_by(grammar.chain(verb), ctx) or ([], True)
            reading = Reading((), False, stance, tuple(objects), BASE_CONFIDENCE["call"], sent, True)
            readings += _held_by(holders, [reading])
    return readings


def _denied_a_place(verb: Token, cue_words: set[int]) -> Token | None:
    """The thing "there ... no" denies a place ("there can be no military solution"); not one a cue
    reads itself ("there is no alternative to dialogue") nor one beside an exception ("no weapons
    other than the State's")."""
    rules = parse_rules()
    there = any(c.dep_ == "expl" and c.lower_ in rules.existence_words for c in verb.children)
    thing = next((c for c in verb.children if c.dep_ == "attr"), None) if there else None
    if thing is None or not any(c.dep_ == "det" and c.lower_ == "no" for c in thing.children):
        return None
    excepted = any(t.lower_ in rules.exception_words for t in verb.subtree)
    return None if excepted or any(t.i in cue_words for t in thing.subtree) else thing


def _object_after(noun: Token, prepositions: set[str]) -> Token | None:
    """The object of the first of ``prepositions`` the word takes ("no place [for] impunity")."""
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in prepositions
                 for o in p.children if o.dep_ == "pobj"), None)


def _halted_by_a_measure(words: list[Token]) -> bool:
    """Whether the halt's subject is a measure or a text ("the sanctions would stop the flow of
    arms", "the resolution will curb ..."), whose good a speaker tells; not the measure a small
    clause undoes ("sought to have the embargo lifted")."""
    subject = None if grammar.small_clause(words[0]) else grammar.own_subject(words[0])
    measure = subject is not None and (a_measure_word(subject) or f"{subject.lemma_.lower()}s" in
                                       parse_rules().measure_words)
    return measure or (subject is not None and subject.norm_ in RESOLUTION_HEADS)


def _party_in_need(verb: Token, subject: Token, ctx: Context) -> bool:
    """A state, or a body of people, that needs a thing (not one that needs to act: "Iran needs to
    comply" is an obligation)."""
    acts = any(c.dep_ == "xcomp" for c in verb.children)
    party = bool(actor_nodes(subject, ctx)) or subject.lemma_.lower() in parse_rules().people_nouns
    return verb.lemma_.lower() == "need" and party and not acts


def aim_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "Our aim is a negotiated settlement", "the ultimate goal is the denuclearization of the
    Korean Peninsula", "China's priority is to maintain peace and stability": the aim one names is
    held by whose aim it is, or by who says it (grammar.yaml ``aim_nouns``)."""
    rules, readings = parse_rules(), []
    for verb in words_of(sent):
        subject = grammar.own_subject(verb) if verb.lemma_.lower() in rules.linking_lemmas else None
        if subject is None or subject.lemma_.lower() not in rules.aim_nouns or grammar.negated([verb]):
            continue
        owners = _owners(subject, ctx)  # "China's priority"
        holders = (owners, False) if owners else said_by(grammar.chain(verb), ctx) or ([], True)
        acts = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and grammar.has_aux_to(c)]
        found = [r for act in acts for r in _asked_readings(sent, verb, act, cue_words, ctx, mentions)]
        aims = [c for c in verb.children if c.dep_ == "attr"]
        found += [r for aim in aims for r in _aim_named(sent, aim, cue_words, ctx, mentions)]
        readings += _held_by(holders, found)
    return readings + _aims_shared(sent, cue_words, ctx, mentions)


def _aim_named(sent: Span, aim: Token, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """What an aim names is supported: the things it names, or its own words as a topic."""
    region = grammar.region(aim, cue_words)
    objects = named_in(sent, region, ctx, mentions) or _thing_topic(sent, aim, region)
    held = Reading((), False, "supports", tuple(objects), BASE_CONFIDENCE["call"], sent, True)
    return [held] if objects else []


def _aims_shared(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "China shares the goal of denuclearization", "Pakistan fully shares the humanitarian
    objectives of the resolution": who shares an aim holds it (grammar.yaml ``sharing_lemmas``); a
    text whose aim it is names no part of it."""
    rules, readings = parse_rules(), []
    for verb in words_of(sent):
        aims = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in rules.aim_nouns]
        if verb.lemma_.lower() not in rules.sharing_lemmas or not aims or grammar.negated([verb]):
            continue
        holders = holders_in(grammar.chain(verb), ctx, obligation=False)
        texts = {t.i for aim in aims for p in aim.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.lemma_.lower() in rules.text_nouns for t in p.subtree}
        found = [r for aim in aims for r in _aim_named(sent, aim, cue_words | texts, ctx, mentions)]
        readings += _held_by(holders, found) if holders is not None else []
    return readings


def _anothers_call(call: Token, cue_words: set[int]) -> bool:
    """ "described the proposal to lift the sanctions as unacceptable", "rejected the request to
    ...": a call named as a noun that no one owns is not the subject of a verb that judges it."""
    if call.pos_ != "NOUN" or grammar.call_owner(call) is not None or call.dep_ not in {"dobj", "pobj"}:
        return False
    if call.lemma_.lower() in parse_rules().asking_nouns | parse_rules().speech_nouns:
        return False  # "sees no reason to maintain the embargo", "sent a clear message that": one's own
    verb = call.head.head if call.dep_ == "pobj" else call.head
    return verb.i in cue_words or verb.lemma_.lower() in parse_rules().deeming_lemmas or _opposed_call(verb)


def voiced_obligation_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "Relevant parties should exercise restraint", "The DPRK must comply with the resolutions",
    said in a statement's own voice or inside a quote: what the speaker says others should or must
    do is asked of them, as "China said the DPRK should comply" is (the speaker holds it)."""
    root = sent.root
    if root.pos_ not in grammar.VERBS:
        return []
    # a verb of saying reads its own clause; "According to X, ..." names the speaker with none
    viewed = grammar.in_the_view_of(root) is not None
    if grammar.reporter([root]) is not None and not viewed:
        return []
    modals = {c.lower_ for c in root.children if c.dep_ == "aux"} & parse_rules().voiced_modals
    spoken = viewed or ctx.byline or voiced([root]) or list_opener(sent) is not None  # a list item too
    if not modals or not spoken or grammar.ruled_on_a_measure(root):
        return []
    readings = _acts_asked(sent, root, cue_words, ctx, mentions)
    holders = said_by([root], ctx) if viewed else None
    return _held_by(holders, readings) if holders is not None else readings


def _acts_asked(sent: Span, root: Token, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """What a verb and the verbs coordinated with it ask, each as a call's complement would."""
    return [r for act in grammar.conjuncts(root) if act.pos_ in grammar.VERBS and not grammar.contrasted(act)
            for r in _asked_readings(sent, act, act, cue_words, ctx, mentions)]


def harm_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "Ethiopia's ambassador told the council that imposing the arms embargo would undermine the
    peace process", "arguing that inspections could harm freedom of navigation and disrupt
    international trade": what a speaker says a measure harms, they hold dear (grammar.yaml
    ``harming_lemmas``). Only a speaker's (a narrator's is no one's), and only a measure's harm: of
    "the launch undermines peace and security" the field reads the opposition to the launch alone;
    nor a measure's purpose ("sanctions designed to disrupt its finances"), which is its aim. Whoever
    takes another to task for a harm holds dear what is harmed: "France accused Russia of undermining
    the peace process"."""
    readings = []
    for verb in words_of(sent):
        if not _harm_told(verb):
            continue
        words = grammar.chain(verb)
        taker = _reason_taker(words, cue_words)  # "accused Russia of undermining the peace process"
        if taker is None and not _done_by_a_measure(sent, verb, ctx, mentions):
            continue
        if taker is not None and taker.stance == "opposes":
            holders = holders_in(grammar.chain(sent.doc[taker.start : taker.end].root), ctx, obligation=False)
        elif taker is None:
            holders = _judged_by(words, ctx)
        else:
            continue  # praised for harming: no one's stance here
        region = grammar.object_tokens(sent.doc[verb.i : verb.i + 1], cue_words)
        objects = named_in(sent, region, ctx, mentions) or _object_topic(sent, verb, region)
        if holders is None or not objects:
            continue
        reading = Reading((), False, "supports", tuple(objects), BASE_CONFIDENCE["hostile"], sent, True)
        readings += _held_by(holders, [reading])
    return readings


def _joined_not_denied(adjective: Token) -> bool:
    """A judgement joined to one before it by a word that does not share that one's denial: "not
    ideal but necessary", "not helpful and counterproductive" (not "or", "nor")."""
    marks = {c.lower_ for c in adjective.head.children if c.dep_ == "cc"}
    return adjective.dep_ == "conj" and bool(marks) and not marks & SHARED_DENIAL


def _judged_by(words: list[Token], ctx: Context) -> Holders | None:
    """Who judges what a clause says a measure does: the subject of its verb of saying ("...,
    China said"), whoever acts for the reason the clause gives ("China voted in favour because
    the text would help maintain stability"), or the text's one voice; None for narration."""
    voice = ([], True) if ctx.byline or voiced(words) else None
    return said_by(words, ctx) or reasoner(words, ctx) or voice


def reasoner(words: list[Token], ctx: Context) -> Holders | None:
    """The actor whose act a reason clause in the chain explains ("voted against because ...")."""
    marks = parse_rules().reason_marks
    reason = next((w for w in words if w.dep_ == "advcl"
                   and any(c.dep_ == "mark" and c.lower_ in marks for c in w.children)), None)
    subject = grammar.own_subject(reason.head) if reason is not None else None
    who = who_is(subject, ctx) if subject is not None else None
    if who == ([], True) and reason is not None:  # "said his country had abstained because ...": the sayer
        who = said_by(grammar.chain(reason.head), ctx)
    return who if who is not None and who[0] else None


def failure_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "the sanctions have failed to bring peace to Darfur", "the embargo could not stop the flow of
    arms": whoever says a measure or a resolution failed opposes it; talks said to fail are told,
    not opposed. Only a speaker's, as with harm."""
    readings = []
    for verb in words_of(sent):
        if verb.pos_ not in grammar.VERBS:
            continue
        failed = grammar.failed(verb)
        if not (failed or grammar.negated([verb])) or grammar.unasserted([verb]):
            continue
        words = grammar.chain(verb)
        taker = _reason_taker(words, cue_words)
        if taker is not None and taker.stance == "opposes":
            # "criticized the Council for failing to extend the arms embargo", "for not imposing
            # sanctions": the critic wanted it done
            act = grammar.infinitive(verb) or verb  # "failing to extend" (extend), "not imposing"
            readings += _failure_taken_to_task(sent, act, taker, cue_words, ctx, mentions)
            continue
        if not failed:
            continue
        doer = grammar.own_subject(verb)
        council_failed = _council_failed_to_act(sent, verb, doer, cue_words, ctx, mentions)
        if council_failed:  # "said the Council had failed to extend the arms embargo": the sayer wants it
            holders = said_by(words, ctx)
            confidence = BASE_CONFIDENCE["judgement"]
            reading = Reading((), False, "supports", tuple(council_failed), confidence, sent, True)
            readings += _held_by(holders, [reading]) if holders is not None and holders[0] else []
            continue
        told = doer is not None and _a_measure_itself(doer) and not drafted([doer])
        if not told or _votes_lacked(verb):
            continue  # "the draft failed to win the nine votes needed": its fate, no one's judgement
        holders = _judged_by(words, ctx)
        objects = _measures_named(sent, doer, ctx, mentions)
        if holders is not None and objects:
            reading = Reading((), False, "opposes", tuple(objects), BASE_CONFIDENCE["judgement"], sent, True)
            readings += _held_by(holders, [reading])
    return readings


def _failure_taken_to_task(sent: Span, act: Token, taker: Cue, cue_words: set[int], ctx: Context,
                           mentions) -> list[Reading]:
    """What a party is taken to task for failing to do, or for not doing, its critic wants done:
    "criticized the Council for failing to extend the arms embargo" (supports the embargo), "for not
    condemning the test" (an act that is a cue: its own stance, opposes the test)."""
    region = grammar.object_tokens(sent.doc[act.i : act.i + 1], cue_words - {act.i})
    objects = named_in(sent, region, ctx, mentions) or _asked_act(sent, act, region)
    holders = holders_in(grammar.chain(sent.doc[taker.start : taker.end].root), ctx, obligation=False)
    if holders is None or not objects:
        return []
    own = next((c for c in find_cues(sent, "stance", STANCE_FAMILIES) if c.start <= act.i < c.end), None)
    stance = own.stance if own is not None else "supports"
    reading = Reading((), False, stance, tuple(objects), BASE_CONFIDENCE["judgement"], sent, True)
    return _held_by(holders, [reading])


def _council_failed_to_act(sent: Span, verb: Token, doer: Token | None, cue_words: set[int], ctx: Context,
                           mentions) -> list[Node]:
    """The measures the Council is told it failed to renew or impose: "the Security Council had failed
    to extend the arms embargo on Iran" (a text act on a measure the vocabularies name)."""
    council = doer is not None and [n.iri for n in actor_nodes(doer, ctx)] == [COUNCIL]
    act = grammar.infinitive(verb) if council else None
    if act is None or act.lemma_.lower() not in parse_rules().council_measure_acts:
        return []
    region = grammar.object_tokens(sent.doc[act.i : act.i + 1], cue_words)
    return [n for n in named_in(sent, region, ctx, mentions) if n.cls in {"measure", "resolution", "topic"}]


def _a_measure_itself(noun: Token) -> bool:
    """A measure or a text named by its own head ("the sanctions", "resolution 2397", "the arms
    embargo"), not an act on one: "the adoption of the resolution could not be postponed" tells of
    the adoption."""
    rules = parse_rules()
    named = any(s.start <= noun.i < s.end for s in noun.doc.spans.get("measure", []))
    text = noun.norm_ in RESOLUTION_HEADS - {"adoption"}
    return named or text or noun.lower_ in rules.measure_words


def _votes_lacked(verb: Token) -> bool:
    """ "failed to win enough votes", "could not secure the support of nine members": a text's fate
    in the vote (grammar.yaml ``gaining_lemmas``, ``vote_lemmas``)."""
    rules = parse_rules()
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(a.lemma_.lower() in rules.gaining_lemmas | rules.vote_lemmas for a in acts)


def _done_by_a_measure(sent: Span, verb: Token, ctx: Context, mentions) -> bool:
    """Whether the harm's doer names a measure or a resolution ("imposing the arms embargo would
    undermine ...", "the resolution could harm ..."); a verb coordinated with another shares its doer."""
    while verb.dep_ == "conj" and grammar.own_subject(verb) is None:
        if grammar.stray_bare_verb(verb):
            return False  # "sanctions designed to degrade Al-Shabaab, disrupt its finances", a
            # purpose the parser joined to the main verb ("retains"): a bare verb shares no such subject
        verb = verb.head
    doer = grammar.own_subject(verb)
    if doer is None:
        return False
    rules = parse_rules()
    if doer.lower_ in rules.measure_words | rules.measure_act_nouns:  # "the new measures", "the renewal"
        return True
    if doer.norm_ in TEXT_HEADS and not drafted([doer]):
        return True  # "the resolution would help maintain stability", no number named
    if doer.lower_ == "it" and _text_before(doer, ctx, mentions):
        return True  # "voted in favour of the text because it would help ..."
    region = {t.i for t in doer.subtree}
    named = named_in(sent, region, ctx, mentions) or in_focus(sent, region, ctx)
    return any(a_text_or_measure(n) for n in named)


def _text_before(pronoun: Token, ctx: Context, mentions) -> bool:
    """Whether "it" stands for a text or a measure: the last one named before it, or a word
    for a text earlier in its sentence ("voted in favour of the text because it ...")."""
    if any(a_text_or_measure(n) for n in named_before_in(pronoun, ctx, mentions)):
        return True
    rules = parse_rules()
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    return any(t.norm_ in TEXT_HEADS or t.lower_ in rules.measure_words for t in before)


def _harm_told(verb: Token) -> bool:
    """A verb of harm, asserted and not a purpose, done to a thing (not to whom it threatens)."""
    if verb.lemma_.lower() not in parse_rules().harming_lemmas or verb.pos_ not in grammar.VERBS:
        return False
    if grammar.negated([verb]) or grammar.unasserted([verb]) or grammar.has_aux_to(verb):
        return False
    thing = _verb_object(verb)
    return thing is not None and actor_at(verb.doc, thing.i) is None and nameable(thing)


def effect_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "the sanctions could have a negative impact on humanitarian operations, Mexico said": who
    says a thing has an effect its adjective judges holds the thing the same way, and holds dear
    what a bad effect falls on (grammar.yaml ``effect_nouns``, ``effect_adjectives``). Only a
    speaker's."""
    readings = []
    for effect in words_of(sent):
        stance = _effect_judged(effect)
        cause = grammar.own_subject(effect.head) if stance is not None else None
        if cause is None or actor_at(sent.doc, cause.i) is not None or grammar.unasserted([effect.head]):
            continue
        holders = _judged_by(grammar.chain(effect.head), ctx)
        if holders is None:
            continue
        judged = [(stance, _named_or_new(sent, cause, cue_words, ctx, mentions))]
        spared = _object_after(effect, {"on", "upon"}) if stance == "opposes" else None
        if spared is not None:  # "... on humanitarian operations": held dear
            judged.append(("supports", _named_or_new(sent, spared, cue_words, ctx, mentions)))
        confidence = BASE_CONFIDENCE["judgement"]
        readings += _held_by(holders, [Reading((), False, held, tuple(things), confidence, sent, True)
                                       for held, things in judged if things])
    return readings


def _named_or_new(sent: Span, thing: Token, cue_words: set[int], ctx: Context, mentions) -> list[Node]:
    """What the vocabularies name in a thing's words, else the resolution in focus for "the
    resolution", else the words as a new topic."""
    region = grammar.region(thing, cue_words)
    named = named_in(sent, region, ctx, mentions)
    if named or thing.norm_ in RESOLUTION_HEADS:
        return named or in_focus(sent, region, ctx)
    return _thing_topic(sent, thing, region)


def _effect_judged(effect: Token) -> str | None:
    """The stance an effect's adjective takes on the effect's cause, where a verb of having takes the
    effect as its object ("could have a negative impact on ...")."""
    rules = parse_rules()
    if effect.lemma_.lower() not in rules.effect_nouns or effect.dep_ != "dobj" \
            or effect.head.lemma_.lower() not in rules.having_effect_lemmas:
        return None
    adjectives = [rules.effect_adjectives.get(c.lower_) for c in effect.children if c.dep_ == "amod"]
    return next((a for a in adjectives if a is not None), None)


def served_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "the new sanctions are in line with the denuclearization goal", "an arms embargo is not
    conducive to the political process", "the renewal will help limit the Houthis' ability ...": what
    a speaker says a thing serves, or fails to serve, they hold dear (grammar.yaml ``serving_words``);
    an act helped asks what a call's act would. Only a speaker's, as with harm; asserted, only a
    measure's or a resolution's service."""
    readings = []
    for word in words_of(sent):
        preposition = _serving(word)
        if preposition is None:
            continue
        clause = _clause_verb(word)
        words = grammar.chain(clause)
        # Denied, any doer's service counts, but a verb of good done by anyone else is their own
        # stance ("France does not support sanctions").
        denied = grammar.negated([word, *words]) and not _beneficial(word)
        # "any measure by the Council must be conducive to the settlement": a norm, whoever's service
        owed = grammar.obliging(clause) and not denied
        served = denied or owed or _done_by_a_measure(sent, clause, ctx, mentions)
        if grammar.unasserted(words) or not served:
            continue
        holders = _judged_by(words, ctx)
        if holders is not None:
            readings += _held_by(holders, _ends_served(sent, word, preposition, cue_words, ctx, mentions))
            if denied:  # "today's resolution was not in keeping with current realities"
                readings += _held_by(holders, _measure_failing(sent, clause, ctx, mentions))
    return readings


def _measure_failing(sent: Span, verb: Token, ctx: Context, mentions) -> list[Reading]:
    """The measure or text a clause says fails to serve an end, opposed by whoever says so."""
    doer = next((s for w in grammar.chain(verb) if (s := grammar.own_subject(w)) is not None), None)
    objects = _measures_named(sent, doer, ctx, mentions) if doer is not None else []
    return [Reading((), False, "opposes", tuple(objects), BASE_CONFIDENCE["judgement"], sent, True)] \
        if objects else []


def _measures_named(sent: Span, doer: Token, ctx: Context, mentions) -> list[Node]:
    """The measures and texts a doer names, or the resolution "today's resolution" points at."""
    region = {t.i for t in doer.subtree}
    generic = generic_head(sent, doer.left_edge.i, doer.i + 1)
    named = named_in(sent, region, ctx, mentions) or in_focus(sent, region, ctx) \
        or (pointed_at(sent, generic, ctx) if generic is not None else [])
    return [n for n in named if a_text_or_measure(n)]


def _serving(word: Token) -> str | None:
    """The preposition of the end a word of service names ("" for a verb's object or act), if it is one."""
    rules = parse_rules()
    if word.dep_ in {"pobj", "pcomp"}:  # "in line with", "in keeping with": after its preposition
        return rules.serving_words.get(f"{word.head.lower_} {word.lower_}")
    if word.dep_ == "dobj" and word.lemma_.lower() == "way" and word.head.lemma_.lower() in rules.way_verbs:
        return " ".join(rules.way_prepositions)  # "the resolution would pave the way for a settlement"
    if _beneficial(word):
        return ""  # "the new measures will strengthen efforts to ...": good done to the verb's object
    return rules.serving_words.get(word.lemma_.lower()) if word.pos_ in grammar.VERBS | {"ADJ"} else None


def _beneficial(word: Token) -> bool:
    return word.pos_ in grammar.VERBS and word.lemma_.lower() in parse_rules().beneficial_acts


def _clause_verb(word: Token) -> Token:
    """The verb whose subject does what a word of service says: "is (not) conducive", "are in line"."""
    if word.pos_ in grammar.VERBS:
        return word
    return word.head.head if word.dep_ in {"pobj", "pcomp"} else word.head


def _ends_served(sent: Span, word: Token, preposition: str, cue_words: set[int], ctx: Context,
                 mentions) -> list[Reading]:
    """What a word of service serves: the object of its preposition, or a verb's object, supported;
    an act it helps, read as a call's complement ("will help limit ...", "to help defeat ISIL")."""
    acts = [a for c in word.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in grammar.VERBS
            for a in grammar.conjuncts(c) if a.pos_ in grammar.VERBS]  # "help end the fighting and bring ..."
    means = _means_to(word) if not acts else None  # "will strengthen efforts to monitor violations"
    acts += [means] if means is not None else []
    if not preposition and acts:
        return [r for act in acts for r in _asked_readings(sent, word, act, cue_words, ctx, mentions)]
    ends = [g for p in word.children if p.dep_ == "prep" and p.lower_ in preposition.split()
            for g in p.children if g.dep_ == "pobj"] if preposition else \
        [c for c in word.children if c.dep_ == "dobj"]
    end = _aim_of_means(ends[0]) if ends else None
    if end is None or end.i in cue_words or actor_at(sent.doc, end.i) is not None:
        return []
    region = {t.i for t in end.subtree} - cue_words
    objects = named_in(sent, region, ctx, mentions)
    generic = generic_head(sent, end.left_edge.i, end.i + 1)
    if not objects and generic is not None:
        objects = pointed_at(sent, generic, ctx)  # "it will strengthen that process": the one named
    elif not objects and end.lemma_.lower() not in parse_rules().purpose_nouns:
        objects = _thing_topic(sent, end, region)
    return [Reading((), False, "supports", tuple(objects), BASE_CONFIDENCE["hostile"], sent, True)] \
        if objects else []


def _aim_of_means(end: Token) -> Token:
    """What a means served is taken on or towards: "clear the way for early action by the Council
    on a full six-month extension" serves the extension (grammar.yaml ``means_nouns``)."""
    rules = parse_rules()
    if end.lemma_.lower() not in rules.means_nouns:
        return end
    aims = (o for p in end.children if p.dep_ == "prep" and p.lower_ in rules.means_aim_prepositions
            for o in p.children if o.dep_ == "pobj")
    return next(aims, end)


def commitment_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "Japan will continue to fully implement the relevant Security Council resolutions", "Iran
    would not comply with the resolution": who says they will carry out a text or measure supports
    it, or opposes it when they will not (grammar.yaml ``commitment_modals``, ``carrying_acts``);
    a cue's own words are read as the cue."""
    readings = []
    for verb in words_of(sent):
        top = _committed(verb)
        if top is None or verb.i in cue_words or grammar.unasserted(grammar.chain(top)):
            continue
        holders = holders_in(grammar.chain(top), ctx, obligation=False)
        region = grammar.object_tokens(sent.doc[verb.i : verb.i + 1], cue_words)
        own = _own_thing_going_on(verb)  # "our maximum pressure campaign will continue": the speaker's
        carried = grammar.passive_subject(verb) or own  # "so that the resolution will be implemented"
        region |= {t.i for t in carried.subtree} - cue_words if carried is not None else set()
        holders = ([], True) if own is not None and holders is None else holders
        refused = grammar.negated([verb, top])
        # what the vocabularies do not name, as a call's act ("will continue to fully implement the
        # relevant resolutions": implementation of relevant resolutions), or the speaker's own thing
        objects = named_in(sent, region, ctx, mentions) or in_focus(sent, region, ctx) or (
            [] if refused else _asked_act(sent, verb, region) or _thing_topic(sent, own, region))
        if holders is None or not holders[0] and not holders[1] or not objects:
            continue
        stance = "opposes" if refused else "supports"
        reading = Reading((), False, stance, tuple(objects), BASE_CONFIDENCE["verb"], sent, True)
        readings += _held_by(holders, [reading])
    return readings


def defiance_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "North Korea vowed to continue its nuclear programme despite the sanctions", "Iran will
    continue enrichment regardless of the resolution": an actor who acts in defiance of a text or a
    measure opposes it, whoever tells it (grammar.yaml ``defiance_prepositions``, ``defiance_words``)."""
    readings = []
    for marker in words_of(sent):
        defied = grammar.defied(marker)
        verb = _defying_verb(marker) if defied else None
        if verb is None or grammar.unasserted(grammar.chain(verb)):
            continue
        holders = holders_in(grammar.chain(verb), ctx, obligation=False)
        if holders is None or not holders[0] and not holders[1]:
            continue  # "the sanctions stayed despite ...": no actor defies
        region = {t.i for d in defied for t in d.subtree} - cue_words
        named = named_in(sent, region, ctx, mentions) or in_focus(sent, region, ctx)
        objects = tuple(n for n in named if a_text_or_measure(n))
        reading = Reading((), False, "opposes", objects, BASE_CONFIDENCE["verb"], sent, True)
        readings += _held_by(holders, [reading]) if objects else []
    return readings


def _defying_verb(marker: Token) -> Token | None:
    """The verb a phrase of defiance hangs on, however deep in its object the parser put it."""
    word = marker.head
    for _ in range(grammar.MAX_CLIMB):
        if word.pos_ in grammar.VERBS:
            return word
        if word.head.i == word.i:
            return None
        word = word.head
    return None


def _own_thing_going_on(verb: Token) -> Token | None:
    """The speaker's own thing a verb of going on says will go on: "our maximum pressure campaign
    will continue" (a first-person owner; "the sanctions will continue" forecasts, it holds nothing)."""
    if verb.lemma_.lower() not in parse_rules().happening_lemmas or grammar.object_tokens(
            verb.doc[verb.i : verb.i + 1], set()):
        return None
    subject = grammar.own_subject(verb)
    owned = subject is not None and any(c.dep_ == "poss" and is_pronoun(c, stance_words("first_person"))
                                         for c in subject.children)
    return subject if owned else None


def _carrying(verb: Token) -> bool:
    """An act of carrying out or going on: "implement", "continue", "press ahead with" (grammar.yaml
    ``carrying_acts``, ``pressing_on_lemmas`` with one of ``pressing_on_particles``)."""
    rules, lemma = parse_rules(), verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in {"advmod", "prt"}}
    return lemma in rules.carrying_acts or lemma in rules.pressing_on_lemmas and bool(
        particles & rules.pressing_on_particles)


def _committed(verb: Token) -> Token | None:
    """The verb that bears "will" or "would" (or "always", grammar.yaml ``constancy_adverbs``) for
    an act of carrying out: the act itself ("will implement"), the verb of striving it is carried by
    ("will continue to implement") or the act it is the purpose of ("will work with its partners to
    implement")."""
    rules = parse_rules()
    if not _carrying(verb) or verb.pos_ not in grammar.VERBS:
        return None
    top = verb
    for _ in range(grammar.MAX_CLIMB):
        if any(c.dep_ == "aux" and c.lower_ in rules.commitment_modals for c in top.children):
            return top
        constant = any(c.dep_ == "advmod" and c.lower_ in rules.constancy_adverbs for c in top.children)
        # "China always strictly implements ...", not "the embargo must be strictly enforced" (asked)
        passive = any(c.dep_ == "auxpass" for c in top.children)
        if constant and not passive and not grammar.negated([top]):
            return top
        striving = top.dep_ == "xcomp" and top.head.lemma_.lower() in rules.transparent_verbs
        purpose = top.dep_ in {"advcl", "pcomp"} and grammar.has_aux_to(top)  # "will act to implement"
        # "will work with partners to ensure the sanctions are enforced"
        ensured = top.dep_ == "ccomp" and top.head.lemma_.lower() in rules.ensuring_lemmas
        if not striving and not purpose and not ensured:
            return None
        # "will work with its partners to implement": the parser makes the partners the subject
        top = top.head.head if top.dep_ == "pcomp" else top.head
    return None


def listed_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "China stressed that four principles should be followed: First, bring an early end to the
    conflicts; Second, launch an inclusive political process": an item of a list a colon opens, its
    verb bare and with no subject, asks what it says, as a call does (grammar.yaml
    ``list_ordinals``); whoever opens the list holds it (positions.py's speaker for the item)."""
    root = sent.root
    if root.tag_ != "VB" or grammar.own_subject(root) is not None or list_opener(sent) is None:
        return []
    return _acts_asked(sent, root, cue_words, ctx, mentions)


def valued_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """ "stressed the sanctions regime's importance", "highlighted the embargo's key contribution": a
    thing whose importance, or whose good part, a speaker stresses is supported, as "the importance
    of" a thing is (grammar.yaml ``valued_nouns``, ``role_nouns``, ``stressing_lemmas``); not an
    actor's part ("China's constructive role"), nor a pronoun's."""
    rules, readings = parse_rules(), []
    stressing = rules.reporting_lemmas | rules.stressing_lemmas
    for noun in words_of(sent):
        verb = noun.head
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        stressed = noun.dep_ == "dobj" and verb.lemma_.lower() in stressing
        if owner is None or not stressed or not _valued(noun) or grammar.negated([verb]) \
                or actor_at(sent.doc, owner.i) is not None:
            continue
        holders = holders_in(grammar.chain(verb), ctx, obligation=False)
        region = grammar.region(owner, cue_words)
        objects = named_in(sent, region, ctx, mentions) or _thing_topic(sent, owner, region)
        if holders is not None and objects:
            readings.append(Reading(tuple(holders[0]), holders[1], "supports", tuple(objects),
                                    BASE_CONFIDENCE["verb"], sent, True))
    return readings


def _valued(noun: Token) -> bool:
    """Importance named, or a part called good ("vital role", "key contribution")."""
    rules, lemma = parse_rules(), noun.lemma_.lower()
    good = family_words("judgement", "supports")
    return lemma in rules.valued_nouns or lemma in rules.role_nouns and any(
        a.dep_ == "amod" and a.norm_ in good for a in noun.children)


def list_opener(item: Span) -> Span | None:
    """The sentence whose colon opens the list an item belongs to, past the items before it."""
    sent = item
    while opens_list_item(sent) and sent.start > 0:
        before = sent.doc[sent.start - 1].sent
        words = [t for t in before if not t.is_space]
        if words and words[-1].text == ":":
            return before
        sent = before
    return None


def threat_readings(sent: Span, cue_words: set[int], ctx: Context, mentions) -> list[Reading]:
    """A measure threatened on a condition: "should the Sudan fail to comply with resolution 1556,
    the Council would consider taking additional measures" supports the resolution; "if the DPRK
    conducts another test, the Council will take further significant measures" opposes the test.
    A measure's undoing promised on a condition turns it ("will lift the sanctions if Iran
    complies" supports the compliance). Who threatens or promises holds it (``threat_nouns``)."""
    readings = []
    for condition in words_of(sent):
        # the parser hangs an inverted "should" clause as a ccomp
        if condition.dep_ not in {"advcl", "ccomp"} or not _on_condition(condition):
            continue
        main, measure = _conditioned(condition)
        if main.i in cue_words and main.lemma_.lower() not in stance_words("cessation"):
            continue  # "if Iran resumes enrichment, France would support new sanctions": a stance unasserted
        holders = holders_in(grammar.chain(main), ctx, obligation=False) if measure is not None else None
        failed = condition.lemma_.lower() in parse_rules().failure_words or _unless(condition)
        act = (grammar.infinitive(condition) or condition) if failed else condition  # "fail to comply"
        for done in grammar.conjuncts(act) if holders else []:  # "fail to comply ... or to cooperate"
            conditioned = any(c.dep_ == "advcl" and _on_condition(c) for c in done.children)
            reading = None if conditioned else _asked_reading(sent, main, done, cue_words, ctx, mentions)
            if reading is None:
                continue  # "..., or adopt additional ones if the country did not": a clause of its own
            # what a threat asks is what the condition does not do, or fails to do; a verb joined to a
            # denied one shares its denial ("if it does not prosecute and disarm militias")
            shares_denial = done.i != act.i and grammar.shares_denial(done)
            kept = (failed != (measure == "promise")) != shares_denial
            stance = reading.stance if kept else OTHER_STANCE[reading.stance]
            readings.append(replace(reading, holders=tuple(holders[0]), needs_speaker=holders[1],
                                    stance=stance))
    return readings


def _conditioned(condition: Token) -> tuple[Token, str | None]:
    """The clause a condition is put on, and what it does with a measure: the condition's head, or
    the clause after it when the parser hung both on a verb of saying ("declared that, should the
    Sudan fail to comply, it would consider taking additional measures")."""
    head = condition.head
    beside = [c for c in head.children if c.dep_ == "ccomp" and c.i > condition.i]
    for main in [head, *beside[:1]]:
        measure = _measure_on_condition(main)
        if measure is not None:
            return main, measure
    return head, None


def _on_condition(verb: Token) -> bool:
    """ "if X ...", "unless X ...", "should X fail to ..." (an inverted "should")."""
    marks = parse_rules().condition_marks
    if any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return True
    subject = grammar.own_subject(verb)
    return subject is not None and any(c.dep_ == "aux" and c.lower_ in marks and c.i < subject.i
                                       for c in verb.children)


def _unless(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "unless" for c in verb.children)


def _measure_on_condition(verb: Token) -> str | None:
    """ "threat" where a clause takes or weighs a measure ("would consider taking additional
    measures", "will impose sanctions", "warned of further consequences") or threatens an act
    ("threatened to withdraw from the treaty"), "promise" where it undoes one ("will lift the
    sanctions"), else None."""
    acts = [verb]
    while len(acts) < grammar.MAX_CLIMB:
        carried = next((c for c in acts[-1].children if c.dep_ == "xcomp"), None)
        if carried is None:
            break
        acts.append(carried)
    things = [c for a in acts for c in a.children if c.dep_ == "dobj"]
    things += [p for a in acts for c in a.children if c.dep_ == "prep"
               for p in c.children if p.dep_ == "pobj"]
    # "threatened to withdraw ... if", "warned it would conduct another test if"
    threatening = parse_rules().threatening_lemmas
    threatened = len(acts) > 1 and verb.lemma_.lower() in threatening \
        or verb.dep_ == "ccomp" and verb.head.lemma_.lower() in threatening
    if not threatened and not any(t.lemma_.lower() in parse_rules().threat_nouns for t in things):
        return None
    undoing = stance_words("cessation") | parse_rules().undoing_lemmas
    undone = any(a.lemma_.lower() in undoing for a in acts)
    return "promise" if undone else "threat"


def _asked_readings(sent: Span, call: Token, verb: Token, cue_words: set[int], ctx: Context,
                    mentions) -> list[Reading]:
    """What a complement of a call asks for, and what it sets against that with "not", "rather
    than" or "instead of", held the other way ("called for dialogue instead of sanctions")."""
    reading = _asked_reading(sent, call, verb, cue_words, ctx, mentions) \
        or _asked_unnamed(sent, verb, cue_words)
    if reading is None:
        return []
    if grammar.shares_denial(verb):  # "decided that it shall not deploy or use chemical weapons"
        reading = replace(reading, stance=OTHER_STANCE[reading.stance])
    denied = set_against(sent.doc, grammar.object_tokens(sent.doc[verb.i : verb.i + 1], cue_words))
    objects = [o for o in _denied_things(sent, denied, ctx, mentions) if o not in reading.objects]
    against = replace(reading, stance=OTHER_STANCE[reading.stance], objects=tuple(objects))
    asked = [reading] if reading.objects else []
    return asked + [against] if objects else asked


def _denied_things(sent: Span, denied: set[int], ctx: Context, mentions) -> list[Node]:
    """Each thing "not" sets against a held one, named by the vocabularies or not: "dialogue and
    negotiation, not sanctions and pressure", "not on isolation, not on pressure"."""
    named = named_in(sent, denied, ctx, mentions) if denied else []
    return named + [t for t in _things_set_against(sent, denied) if not _named_among(t, named)]


def _named_among(topic: Node, named: list[Node]) -> bool:
    """Whether a new topic's words hold a thing the vocabularies named ("sanctions")."""
    words = f" {topic.label.casefold()} "
    return any(f" {(n.text or n.label).casefold()} " in words for n in named)


def _asked_unnamed(sent: Span, verb: Token, cue_words: set[int]) -> Reading | None:
    """A thing asked for that names nothing one can hold, but sets things against it: "we should
    focus not on isolation, not on pressure, but on truly collective efforts" opposes what "not"
    denies (an empty support, which only turns)."""
    region = grammar.object_tokens(verb.doc[verb.i : verb.i + 1], cue_words)
    plain = verb.i not in cue_words and not region & cue_words and not grammar.negated([verb])
    halts = verb.lemma_.lower() in stance_words("cessation")
    if not plain or halts or not set_against(sent.doc, region):
        return None
    return Reading((), False, "supports", (), BASE_CONFIDENCE["call"], sent, True)


def _things_set_against(sent: Span, denied: set[int]) -> list[Node]:
    """What "not" sets against an asked thing, each a topic of its own words, each of those joined
    too: "should focus not on isolation, not on pressure, but on ..." (isolation, pressure), "not
    sanctions and pressure"."""
    heads = [sent.doc[i] for i in sorted(denied) if sent.doc[i].head.i not in denied]
    things = [c for h in heads for c in ([h] if h.pos_ != "ADP" else h.children) if c.dep_ != "neg"]
    things += [c for t in things for c in t.conjuncts if c.i in denied and c not in things]
    return [n for t in things for n in _thing_topic(sent, t, denied)]


def _asked_reading(sent: Span, call: Token, verb: Token, cue_words: set[int], ctx: Context,
                   mentions) -> Reading | None:
    """What one complement of a call asks for, its holder left to the caller: its object supported,
    or opposed when the complement is refused ("not to conduct another test") or halts it ("for
    the tests to be halted")."""
    means = _means_to(verb)
    if means is not None:  # "take immediate steps to restore constitutional order": the restoring
        return _asked_reading(sent, call, means, cue_words, ctx, mentions)
    if _measure_laid(verb):
        return None
    keeping = _kept_reading(sent, verb, ctx, mentions)
    if keeping is not None:  # "the arms embargo should remain in place"
        return keeping
    goal = _brought_goal(verb)
    ended = goal is not None and goal.lemma_.lower() in parse_rules().ending_goals  # "to an end"
    inside = grammar.object_tokens(sent.doc[verb.i : verb.i + 1], set()) & cue_words
    inside -= {goal.i} if ended else set()  # "the sanctions to be brought to an end": the act's own end
    if verb.i in cue_words or any(not grammar.describes(sent.doc[i]) for i in inside):
        return None  # "to declare a moratorium on tests": the cue inside says what is asked ("sanctions
        # against those who ..." only names the sanctions)
    region = grammar.object_tokens(sent.doc[verb.i : verb.i + 1], cue_words)
    region -= set_against(sent.doc, region)  # "focus on dialogue, not on sanctions": read the other way
    if goal is not None and not ended:  # "to bring the perpetrators to justice": justice, not them
        region = {t.i for t in goal.subtree}
    held = grammar.asked_patient(call, verb)  # "called for the sanctions to be lifted"
    halted = ended or held is not None and verb.lemma_.lower() in stance_words("cessation")
    if held is not None and not halted and not grammar.brings_about(verb):
        return None  # "sanctions should be adjusted": a change asked for, neither for nor against
    if verb.lemma_.lower() in parse_rules().change_lemmas:
        return None  # "urged the Council to adjust the sanctions", in the active
    # what a goal is asked for, not who is taken to it ("those responsible for the violations to be
    # held accountable")
    region |= {t.i for t in held.subtree} if held is not None and (goal is None or ended) else set()
    # "urged that there be no further provocations": the thing denied a place is refused
    refused = grammar.negated([verb]) or _denied_a_place(verb, cue_words) is not None
    if refused and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None  # "sanctions must not be used as a tool to punish the population": a norm of their use
    if refused and (verb.norm_ in family_words("evaluative", "opposes") or _harming(verb)):
        # "the measures must not harm the Libyan people", "should not affect the rights of flag
        # states": what is spared is held dear
        spared = named_in(sent, region, ctx, mentions) or _object_topic(sent, verb, region)
        held_dear = Reading((), False, "supports", tuple(spared), BASE_CONFIDENCE["call"], sent, True)
        return held_dear if spared else None
    # A name may start at the verb itself: "to lift the sanctions" is sanctions relief. What a
    # refused act names anywhere in its clause is refused ("shall not acquire interests in any
    # commercial activity relating to uranium enrichment").
    looked = region | {verb.i} | (grammar.clause_words(verb) if refused else set())
    # "wants the restrictions on arms supplies lifted": the restrictions, not the supplies
    looked -= measured(held) | measured(_verb_object(verb))
    objects = _measure_asked(sent, verb, region, held) or named_in(sent, looked, ctx, mentions) \
        or in_focus(sent, region, ctx)
    if not objects and held is not None and held.lower_ in parse_rules().object_pronouns:
        objects = named_before_in(held, ctx, mentions)  # "called for it to be lifted"
    if not objects and not refused:  # "adopted resolution 2397 and urged all States to implement it"
        objects = _act_on_what_was_named(verb, ctx, mentions)
    # "sought to undermine the deal", "tried to weaken the sanctions": a harm asked is opposition
    harmed = not refused and verb.lemma_.lower() in parse_rules().harming_lemmas
    if not objects and (refused or harmed):
        objects = _object_topic(sent, verb, region)
    elif not objects:
        objects = _asked_act(sent, verb, region, held)
    if not objects or _procedural(verb, objects):
        return None
    stance = "opposes" if (halted or harmed) != refused else "supports"
    return Reading((), False, stance, tuple(objects), BASE_CONFIDENCE["call"], sent, True)


def _measure_asked(sent: Span, verb: Token, region: set[int], held: Token | None) -> list[Node]:
    """An act that lays a measure, asked as the measure whatever the vocabularies name in it: "to
    ban oil exports" asks for a ban on oil exports (grammar.yaml ``measure_acts``)."""
    if grammar.act_lemma(verb) not in parse_rules().measure_acts:
        return []
    return _asked_act(sent, verb, region, held)


def _measure_laid(verb: Token) -> bool:
    """ "decided that all States shall prohibit the take-off of ...": a measure laid on every State
    is the measure itself (the bans family reads it), no stance of the Council's."""
    return grammar.act_lemma(verb) in parse_rules().measure_acts and _laid_on_states(verb)


def _act_on_what_was_named(verb: Token, ctx: Context, mentions) -> list[Node]:
    """An asked act on a pronoun, as a topic of the act on the text or measure the pronoun takes up:
    "to implement it" after resolution 2397 asks for "implementation of UNSC Resolution 2397", "to
    ensure its full implementation" for "full implementation of UNSC Resolution 2397" (grammar.yaml
    ``text_acts``)."""
    rules, lemma, thing = parse_rules(), verb.lemma_.lower(), _verb_object(verb)
    if thing is None:
        return []
    if lemma not in rules.text_acts or thing.lower_ not in rules.object_pronouns:
        return owned_text_act(thing, ctx, mentions)  # "to ensure its full implementation"
    texts = [n for n in named_before_in(thing, ctx, mentions) if a_text_or_measure(n)]
    return [topic_named(f"{rules.asked_acts[lemma]} {node.label}") for node in texts]


def _harmed_for(span: Span, cue_words: set[int]) -> set[int]:
    """What a thing is taken to task for harming: "criticized the sanctions for undermining
    dialogue" holds dialogue dear, as a thing set against the object is held the other way."""
    harming = parse_rules().harming_lemmas
    harms = [a for w in span for a in grammar.reason_acts(w)
             if a.lemma_.lower() in harming and not grammar.negated([a])]
    return {i for a in harms for i in grammar.object_tokens(a.doc[a.i : a.i + 1], cue_words)}


def _harming(verb: Token) -> bool:
    """A verb of harm, or of any effect on a thing (grammar.yaml ``harming_lemmas``, ``affecting_lemmas``)."""
    rules = parse_rules()
    return verb.lemma_.lower() in rules.harming_lemmas | rules.affecting_lemmas


def _kept_reading(sent: Span, verb: Token, ctx: Context, mentions) -> Reading | None:
    """A thing asked to be kept as it is, supported, or opposed when the keeping is refused: "the
    arms embargo should remain in place", "the sanctions should not be maintained"."""
    thing = grammar.kept(verb)
    if thing is None:
        return None
    region = {t.i for t in thing.subtree}
    objects = named_in(sent, region, ctx, mentions) or in_focus(sent, region, ctx) \
        or _measure_kept(sent, thing, region, ctx)
    if not objects:
        return None
    stance = "opposes" if grammar.negated([verb]) else "supports"
    return Reading((), False, stance, tuple(objects), BASE_CONFIDENCE["call"], sent, True)


def _measure_kept(sent: Span, thing: Token, region: set[int], ctx: Context) -> list[Node]:
    """A measure named only by its noun ("the embargo must remain in place"): what it points back
    at, or, named by nothing before, the measure itself, as any stance on it reads it."""
    if not a_measure_word(thing):
        return []
    generic = generic_head(sent, thing.left_edge.i, thing.i + 1)
    pointed = pointed_at(sent, generic, ctx) if generic is not None else []
    words = topic_words(sent, thing, region)
    return pointed or ([new_topic(words)] if words is not None else [])


def _procedural(verb: Token, objects: list[Node]) -> bool:
    """ "requested the Panel to provide the Council a midterm report": asking for the work of a
    body's mandate takes no stance on anything; nor does a meeting held at someone's request."""
    thing = grammar.passive_subject(verb) or _verb_object(verb)
    mandated = thing is not None and thing.lemma_.lower() in parse_rules().procedural_nouns
    return mandated and all(o.new for o in objects)


def _means_to(verb: Token) -> Token | None:
    """The act a light verb of means asks for: "take steps to V", "make every effort to V",
    "redouble its efforts to V", "continue to V"; the act a verb of help backs: "support efforts to
    V", "support the Government in V-ing", "assist Somalia in its efforts to V" (grammar.yaml
    ``helping_lemmas``)."""
    rules = parse_rules()
    carried = grammar.carried_act(verb)
    if carried is not None:
        return carried
    helping = verb.lemma_.lower() in rules.helping_lemmas
    if not helping and verb.lemma_.lower() not in rules.means_verbs:
        return None
    taken = _means_taken(verb)
    helped_in = _helped_in(verb, taken) if helping else []
    acts = [h for h in helped_in if h.pos_ in grammar.VERBS]
    return acts[0] if acts else _act_of_means(verb, taken + helped_in)


def _act_of_means(verb: Token, things: list[Token]) -> Token | None:
    """The act the means among ``things`` serve: "steps to restore ...", "efforts to ..."."""
    rules = parse_rules()
    means = [c for c in things if c.lemma_.lower() in rules.means_nouns]
    acts = [c for m in means for c in m.children if c.dep_ in {"acl", "relcl"} and c.pos_ in grammar.VERBS]
    # "the steps taken by the Government to restore order": the act of the means taken, however
    # the parser hung it
    acts = [next((a for a in c.children if a.dep_ in {"advcl", "xcomp"} and grammar.has_aux_to(a)), None)
            if c.lemma_.lower() in rules.means_verbs else c for c in acts]
    acts = [a for a in acts if a is not None]
    # "to intensify its efforts, with the support of UNMIL, to establish its authority", "welcomed the
    # steps taken by the Government to restore calm" (the steps parsed as the act's subject): the
    # parser hangs an act set apart from the means on the verb
    acts += [c for c in verb.children if means and c.dep_ in {"advcl", "ccomp"} and grammar.has_aux_to(c)]
    return acts[0] if acts else None


def _means_taken(word: Token) -> list[Token]:
    """What a verb or a noun of help takes that may be a means or a party helped: a verb's object,
    or the subject the parser gave the act after it ("welcomed the steps taken by ... to restore
    calm"); a noun's "to" or "for" ("its support to the Interim Authority"), the parser may hang
    on the verb whose object the noun is."""
    if word.pos_ not in grammar.VERBS:
        owners = [word, word.head] if word.dep_ == "dobj" else [word]
        return [c for w in owners for p in w.children if p.dep_ == "prep" and p.lower_ in {"to", "for"}
                for c in p.children if c.dep_ == "pobj"]
    acts = [c for c in word.children if c.dep_ == "ccomp" and grammar.has_aux_to(c)]
    # "called for efforts to repatriate the refugees": what a verb's "for" takes
    sought = [c for p in word.children if p.dep_ == "prep" and p.lower_ == "for" for c in p.children
              if c.dep_ == "pobj"]
    return [c for c in word.children if c.dep_ == "dobj"] + sought + [s for a in acts for s in a.children
                                                                     if s.dep_ == "nsubj"]


def _helped_in(word: Token, taken: list[Token]) -> list[Token]:
    """What a party is helped "in", an act or a means ("will support the Government in reaching a
    settlement", "in its efforts to ..."), its preposition on the verb or noun of help, on the
    party, or on the verb whose object the noun is; not a means's own ("supports Somalia's efforts
    in the fight against Al-Shabaab")."""
    parties = [t for t in taken if t.lemma_.lower() not in parse_rules().means_nouns]
    noun_taken = word.pos_ not in grammar.VERBS and word.dep_ == "dobj"
    owners = [word, *parties] + ([word.head] if noun_taken else [])
    return [c for w in owners for p in w.children if p.dep_ == "prep" and p.lower_ == "in"
            for c in p.children if c.dep_ in {"pcomp", "pobj"}]


def _help_given(sent: Span, verb: Token, cue_words: set[int], ctx: Context, mentions) -> list[Reading] | None:
    """What a stance verb backs (or opposes) when it takes a means to an act ("welcomed steps to
    restore constitutional order": the restoring) or helps a party in an act ("supports Mali in its
    efforts to restore ...": not Mali): each act, read as a call's complement is; an act that is a
    cue reads itself. None when the verb takes no act."""
    taken = _means_taken(verb)
    helping = verb.lemma_.lower() in parse_rules().helping_lemmas
    if helping and any(h.i in cue_words for h in _helped_in(verb, taken)):
        return []  # "in their fight against terrorism": the fight reads itself
    means = _means_to(verb) if helping else _act_of_means(verb, taken)
    if means is None or not grammar.has_aux_to(means) and means.dep_ != "pcomp":
        return None  # "the measures taken by the Government" are what is held
    acts = [a for a in grammar.conjuncts(means) if a.pos_ in grammar.VERBS and a.i not in cue_words]
    readings = [r for r in (_asked_reading(sent, verb, act, cue_words, ctx, mentions) for act in acts) if r]
    # a means whose act names nothing is read as itself ("the efforts of the African Union to
    # mediate": the Union); a party helped never is
    return readings if readings or helping and means.dep_ == "pcomp" or means.i in cue_words else None


def _asked_act(sent: Span, verb: Token, region: set[int], held: Token | None = None) -> list[Node]:
    """What a call asks for when the vocabularies name nothing in it: the act as a noun with its
    object ("to implement the resolutions": implementation of resolutions), or a light verb's
    object ("to exercise restraint": restraint)."""
    rules = parse_rules()
    lemma = grammar.act_lemma(verb)
    goal = _brought_goal(verb)
    if goal is not None and goal.lemma_.lower() in rules.brought_goals:
        named = rules.goal_names.get(goal.lemma_.lower())
        return [topic_named(named)] if named else _thing_topic(sent, goal, region)
    brings = lemma in rules.bringing_verbs and lemma not in rules.asked_acts  # "hold elections": an act
    if lemma in rules.asked_light_verbs | rules.requiring_lemmas or brings:
        # "for a ceasefire to be secured": what the passive brings about
        return _thing_topic(sent, held, region) if held is not None else _object_topic(sent, verb, region)
    if lemma in rules.transparent_verbs:  # "to work towards a lasting ceasefire": the goal, or what
        # goes on ("to continue its cooperation with the Panel of Experts")
        kept_up = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if kept_up is not None and kept_up.lemma_.lower() in rules.means_nouns | rules.agency_nouns:
            kept_up = None  # "will continue its efforts to ...", "its constructive engagement": what for
        return _goal_topic(sent, verb, region, {"towards", "toward"}) or _thing_topic(sent, kept_up, region)
    way = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "way"), None)
    if lemma in rules.way_verbs and way is not None:  # "to make way for the restoration of ..."
        return _goal_topic(sent, way, region, {"for"}) or _goal_topic(sent, verb, region, {"for"})
    if lemma not in rules.asked_acts:
        return []
    thing = held if held is not None else _verb_object(verb)  # "sovereignty should be respected"
    act = rules.asked_acts[lemma]
    small = next((c for c in verb.children if c.dep_ in {"ccomp", "oprd"} and c.pos_ == "ADJ"), None)
    stem = act.rsplit(" ", 1)[0]  # "holding" of "holding of"
    if small is not None and small.lemma_.lower() in rules.goal_names:  # "held accountable": accountability
        return [topic_named(rules.goal_names[small.lemma_.lower()])]
    if thing is None and small is not None:  # "to hold perpetrators accountable", a small clause
        return [topic_named(f"{stem} {sent.doc[small.left_edge.i : small.i + 1].text}")]
    if held is not None and small is not None:  # "for the perpetrators to be held accountable"
        words = topic_words(sent, held, grammar.region(held, set())) if nameable(held) else None
        return [topic_named(f"{stem} {words.text} {small.text}")] if words is not None else []
    if thing is None:
        return [_act_topic(stem, verb)]  # "urged the DPRK to comply": compliance
    if thing.i not in region:  # an object shared with a coordinated verb
        region = region | grammar.region(thing, set())
    words = topic_words(sent, thing, region, actors=True) if nameable(thing) else None
    # "cooperation with the IAEA"
    if words is None:
        return []
    return [_act_topic(f"{_own_preposition(act, lemma, thing)} {words.text}", verb, words)]


def _own_preposition(act: str, lemma: str, thing: Token) -> str:
    """An act noun made from the verb keeps the preposition the verb takes in the sentence ("to
    engage constructively with the Special Envoy": engagement with, not in); one of another word
    keeps its own ("abide by": compliance with)."""
    stem, _, preposition = act.rpartition(" ")
    told = thing.head.lower_ if thing.dep_ == "pobj" and thing.head.dep_ == "prep" else preposition
    derived = stem[:MIN_SHARED_STEM] == lemma[:MIN_SHARED_STEM]
    return f"{stem} {told}" if stem and derived else act


def _act_topic(label: str, verb: Token, words: Span | None = None) -> Node:
    """An asked act as a topic named as a noun ("implementation of resolution's provisions"), with the
    sentence's own words for it when they follow the verb ("implement the resolution's provisions")."""
    between = words.start - verb.i - 1 if words is not None else -1
    asked = words is not None and 0 <= between <= ACT_WORDS_BETWEEN
    text = verb.doc[verb.i : words.end].text if asked else verb.text
    return replace(topic_named(label), text=text)


def _brought_goal(verb: Token) -> Token | None:
    """The goal a verb of bringing takes its object to, where that is what is asked for ("to bring
    the perpetrators to justice", "to bring the Houthis back to the negotiating table"; grammar.yaml
    ``brought_goals``, ``ending_goals``); None for a place ("to bring peace to the region")."""
    rules = parse_rules()
    if verb.lemma_.lower() not in rules.bringing_verbs:
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod")]  # "back to the table"
    goals = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in {"to", "into"}
             for g in p.children if g.dep_ == "pobj"]
    goals += [c for c in verb.children if c.dep_ in {"oprd", "acomp"}]  # "to be held accountable"
    return next((g for g in goals if g.lemma_.lower() in rules.brought_goals | rules.ending_goals), None)


def _goal_topic(sent: Span, word: Token, region: set[int], prepositions: set[str]) -> list[Node]:
    """What a verb of striving works towards ("to work towards a lasting ceasefire"), or a way is
    made for ("to make way for the restoration ... and a return to constitutional order"), each
    goal coordinated a topic of its own."""
    goal = _object_after(word, prepositions)
    goals = grammar.conjuncts(goal) if goal is not None else []
    return [topic for g in goals for topic in _thing_topic(sent, g, region)]


def _object_topic(sent: Span, verb: Token, region: set[int]) -> list[Node]:
    """The verb's object as a topic: "to exercise restraint", "not to conduct further launches"."""
    return _thing_topic(sent, _verb_object(verb), region)


def _thing_topic(sent: Span, thing: Token | None, region: set[int]) -> list[Node]:
    """A thing's words as a new topic, if they name one."""
    named = thing is not None and nameable(thing) and not is_pointer(thing)
    words = topic_words(sent, thing, region) if named else None
    return [new_topic(words)] if words is not None else []


def _verb_object(verb: Token) -> Token | None:
    """The verb's object, or the one it shares with the verb coordinated with it ("to restore and
    respect constitutional order")."""
    manner = parse_rules().manner_nouns  # "to negotiate in good faith on a settlement": how, not what
    own = grammar.brought_object(verb) or next(
        (p for c in verb.children if c.dep_ == "prep" for p in c.children
         if p.dep_ == "pobj" and p.lemma_.lower() not in manner), None)
    if own is not None:
        return own
    shared = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in grammar.VERBS]
    return next((c for v in shared for c in v.children if c.dep_ == "dobj"), None)




def sentence_speaker(sent: Span, ctx: Context) -> list[Node]:
    """The actors the sentence's own verb of saying names ("..., the Chinese ambassador said"), if
    its root is one and its subject is an actor or an office."""
    root = sent.root
    if root.lemma_.lower() not in parse_rules().reporting_lemmas:
        return []
    found = grammar.holder_word([root])
    who = who_is(found.token, ctx) if found is not None else None
    return who[0] if who else []
