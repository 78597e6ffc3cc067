"""Where a stance cue's holder and object are in the dependency parse.

The relations, verbs and nouns this reads are named once, in ``kg/rules/grammar.yaml``; this
module only walks them. A cue's *chain* is its head word and the words it climbs to inside its
clause ("to stop" → "urges"); its *holder* is the first subject, passive agent or possessor met
along that chain; its *object* is what the cue's words govern, less the clauses inside it, the
verbs coordinated with the cue and the other cues it contains.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from types import MappingProxyType

from spacy.tokens import Span, Token

from kg.nlp import load_rules

MAX_CLIMB = 12  # a chain longer than this is a parse gone wrong, not a clause
MAX_LIST = 8  # verbs in one list; longer is a parse gone wrong
VERBS = {"VERB", "AUX"}
FINITE_TAGS = {"VBZ", "VBD", "VBG", "VBN"}  # forms never coordinated with a bare verb


@dataclass(frozen=True)
class Grammar:
    """The word sets of ``grammar.yaml``, as frozensets, each under its key in the file."""

    climb: frozenset[str]
    subject_relations: frozenset[str]
    passive_subject_relations: frozenset[str]
    clause_relations: frozenset[str]
    object_cuts: frozenset[str]
    intent_nouns: frozenset[str]
    communities: frozenset[str]
    subject_matter_prepositions: frozenset[str]
    agreement_nouns: frozenset[str]
    people_nouns: frozenset[str]
    member_nouns: frozenset[str]
    abstention_lemmas: frozenset[str]
    procedural_nouns: frozenset[str]
    companion_words: frozenset[str]
    failed_text_phrases: frozenset[str]
    generic_nouns: frozenset[str]
    act_pointers: frozenset[str]
    stance_nouns: frozenset[str]
    measure_addressees: frozenset[str]
    trade_nouns: frozenset[str]
    negation_flips: frozenset[str]
    inability_modals: frozenset[str]
    reporting_lemmas: frozenset[str]
    belief_lemmas: frozenset[str]
    scope_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    call_lemmas: frozenset[str]
    effort_lemmas: frozenset[str]
    moving_lemmas: frozenset[str]
    hostile_act_nouns: frozenset[str]
    kept_agents: frozenset[str]
    place_nouns: frozenset[str]
    joint_lemmas: frozenset[str]
    instrument_nouns: frozenset[str]
    change_lemmas: frozenset[str]
    consequence_lemmas: frozenset[str]
    harm_outcomes: frozenset[str]
    asking_nouns: frozenset[str]
    backing_nouns: frozenset[str]
    fact_nouns: frozenset[str]
    constancy_adverbs: frozenset[str]
    duration_nouns: frozenset[str]
    objecting_nouns: frozenset[str]
    agency_nouns: frozenset[str]
    gaining_lemmas: frozenset[str]
    coming_lemmas: frozenset[str]
    partisan_nouns: Mapping[str, str]  # "critic" -> the stance its bearer holds on what it is "of"
    partisan_prepositions: frozenset[str]
    text_content_lemmas: frozenset[str]
    request_nouns: frozenset[str]
    right_nouns: frozenset[str]
    having_lemmas: frozenset[str]
    request_prepositions: frozenset[str]
    bringing_verbs: frozenset[str]
    brought_goals: frozenset[str]
    goal_names: Mapping[str, str]
    ending_goals: frozenset[str]
    happening_lemmas: frozenset[str]
    worsening_lemmas: frozenset[str]
    ruling_lemmas: frozenset[str]
    vote_lemmas: frozenset[str]
    killing_lemmas: frozenset[str]
    own_act_lemmas: frozenset[str]
    turning_heads: frozenset[str]
    reacting_heads: frozenset[str]
    countering_prefixes: frozenset[str]
    lack_nouns: frozenset[str]
    refusing_nouns: frozenset[str]
    threat_nouns: frozenset[str]
    condition_marks: frozenset[str]
    undoing_lemmas: frozenset[str]
    threatening_lemmas: frozenset[str]
    bringing_nouns: frozenset[str]
    telling_nouns: frozenset[str]
    purpose_nouns: frozenset[str]
    object_relations: frozenset[str]
    object_prepositions: frozenset[str]
    verb_object_prepositions: frozenset[str]
    noun_cue_prepositions: frozenset[str]
    means_prepositions: frozenset[str]
    vague_nouns: frozenset[str]
    kind_heads: frozenset[str]
    existence_words: frozenset[str]
    room_nouns: frozenset[str]
    denying_modals: frozenset[str]
    exception_words: frozenset[str]
    denial_lemmas: frozenset[str]
    hypothetical_marks: frozenset[str]
    mandative_lemmas: frozenset[str]
    awaited_marks: frozenset[str]
    negations: frozenset[str]
    negative_subjects: frozenset[str]
    reluctance_words: frozenset[str]
    taken_up_pronouns: frozenset[str]
    concession_words: frozenset[str]
    unnamed_determiners: frozenset[str]
    contrast_words: frozenset[str]
    proposal_nouns: frozenset[str]
    proposing_lemmas: frozenset[str]
    freedom_adjectives: frozenset[str]
    freedom_prepositions: frozenset[str]
    obligation_modals: frozenset[str]
    voiced_modals: frozenset[str]
    effect_nouns: frozenset[str]
    harmful_acts: frozenset[str]
    violent_acts: frozenset[str]
    beneficial_acts: frozenset[str]
    harming_lemmas: frozenset[str]
    affecting_lemmas: frozenset[str]
    causative_lemmas: frozenset[str]
    getting_done_lemmas: frozenset[str]
    summoning_lemmas: frozenset[str]
    council_measure_acts: frozenset[str]
    pressing_on_lemmas: frozenset[str]
    pressing_on_particles: frozenset[str]
    bound_lemmas: frozenset[str]
    active_bound_lemmas: frozenset[str]
    object_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    stance_topic_prepositions: frozenset[str]
    people_relatives: frozenset[str]
    belief_adjectives: frozenset[str]
    futility_words: frozenset[str]
    manner_nouns: frozenset[str]
    time_nouns: frozenset[str]
    effect_verbs: frozenset[str]
    offer_words: frozenset[str]
    general_resolution_words: frozenset[str]
    ability_words: frozenset[str]
    failure_words: frozenset[str]
    failing_acts: frozenset[str]
    demonstrative_subjects: frozenset[str]
    self_nouns: frozenset[str]
    third_person_owners: frozenset[str]
    office_modifiers: frozenset[str]
    office_prepositions: frozenset[str]
    ambiguous_offices: frozenset[str]
    subordinate_words: frozenset[str]
    person_titles: frozenset[str]
    name_particles: frozenset[str]
    not_person_words: frozenset[str]
    content_tags: frozenset[str]
    label_modifiers: frozenset[str]
    asked_acts: Mapping[str, str]  # verb lemma -> the act as a noun and its preposition
    measure_acts: frozenset[str]
    serving_words: Mapping[str, str]  # a word of service -> the preposition of its end ("" for none)
    having_effect_lemmas: frozenset[str]
    effect_adjectives: Mapping[str, str]  # an effect's adjective -> the stance it takes on its cause
    vote_directions: Mapping[str, str]  # a roll call's word -> the stance of its voters
    asked_light_verbs: frozenset[str]
    giving_lemmas: frozenset[str]
    keeping_lemmas: frozenset[str]
    staying_lemmas: frozenset[str]
    standing_nouns: frozenset[str]
    text_acts: frozenset[str]
    commitment_modals: frozenset[str]
    carrying_acts: frozenset[str]
    linking_lemmas: frozenset[str]
    linking_object_lemmas: frozenset[str]
    linking_to_lemmas: frozenset[str]
    deeming_lemmas: frozenset[str]
    means_verbs: frozenset[str]
    measure_words: frozenset[str]
    text_nouns: frozenset[str]
    matter_prepositions: frozenset[str]
    measure_act_nouns: frozenset[str]
    targeted_words: frozenset[str]
    duty_nouns: frozenset[str]
    situation_nouns: frozenset[str]
    authoring_lemmas: frozenset[str]
    measure_reasons: frozenset[str]
    praise_lemmas: frozenset[str]
    welcoming_lemmas: frozenset[str]
    feeling_lemmas: frozenset[str]
    requiring_lemmas: frozenset[str]
    goal_nouns: frozenset[str]
    aim_nouns: frozenset[str]
    frozen_nouns: frozenset[str]
    valued_nouns: frozenset[str]
    role_nouns: frozenset[str]
    stressing_lemmas: frozenset[str]
    rank_words: frozenset[str]
    ranked_nouns: frozenset[str]
    sharing_lemmas: frozenset[str]
    linking_lemmas: frozenset[str]
    reason_marks: frozenset[str]
    short_of_lemmas: frozenset[str]
    doubt_words: frozenset[str]
    reason_prepositions: frozenset[str]
    means_nouns: frozenset[str]
    helping_lemmas: frozenset[str]
    kind_nouns: frozenset[str]
    abstaining_lemmas: frozenset[str]
    sort_nouns: frozenset[str]
    spoken_participles: frozenset[str]
    way_verbs: frozenset[str]
    view_frame_nouns: frozenset[str]
    quoting_lemmas: frozenset[str]
    means_aim_prepositions: frozenset[str]
    way_prepositions: frozenset[str]
    defiance_prepositions: frozenset[str]
    defiance_words: frozenset[str]
    group_member_nouns: frozenset[str]
    transparent_verbs: frozenset[str]
    circumstance_prepositions: frozenset[str]
    ensuring_lemmas: frozenset[str]
    seeing_lemmas: frozenset[str]
    wishing_lemmas: frozenset[str]


def saying_lemmas() -> frozenset[str]:
    """The verbs of saying proper: the reporting verbs less those of belief."""
    g = grammar()
    return g.reporting_lemmas - g.belief_lemmas


@lru_cache(maxsize=1)
def ruling_lemmas() -> frozenset[str]:
    """The verbs whose "that" clause with a modal of obligation asks as a call does: the verbs of
    ruling and every reporting verb."""
    g = grammar()
    return g.ruling_lemmas | g.reporting_lemmas


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    rules = load_rules("grammar")
    return Grammar(**{f.name: _frozen(rules[f.name]) for f in fields(Grammar)})


def _frozen(value: list | dict) -> frozenset[str] | Mapping[str, str]:
    if isinstance(value, dict):
        return MappingProxyType({str(k): str(v) for k, v in value.items()})
    return frozenset(str(w) for w in value)


def community(token: Token) -> bool:
    """ "the international community", "the world": all nations, the speaker among them; no
    actor and no thing judged."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return f"{before} {token.lower_}" in grammar().communities


def has_aux_to(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def brought_object(verb: Token) -> Token | None:
    """What a verb brings about or hands over: its object, or for a verb of giving what it gives
    ("to provide the Government with assistance": the assistance, not the Government)."""
    given = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj"]
    if given and verb.lemma_.lower() in grammar().giving_lemmas:
        return given[0]
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def subject_relations() -> frozenset[str]:
    """The relations of a subject, active or passive."""
    g = grammar()
    return g.subject_relations | g.passive_subject_relations


def own_subject(token: Token) -> Token | None:
    """The word's own subject, active or passive."""
    subjects = subject_relations()
    return next((c for c in token.children if c.dep_ in subjects), None)


def plural(noun: Token) -> bool:
    """A plural noun, or nouns joined: "the sanctions", "Russia and China"."""
    return noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in noun.children)


def climbs(token: Token) -> bool:
    """Whether ``token`` sits inside its head's clause, so the head's subject is its holder too."""
    g, dep = grammar(), token.dep_
    if dep == "ROOT" or token.head.i == token.i:
        return False
    if dep in g.climb:
        return not (dep == "conj" and own_subject(token) is not None)
    if helped(token):
        return True  # "to help the CAR ensure the security of its borders": the helper's
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    if owned and (dep == "dobj" or (dep == "pobj" and token.head.head.pos_ in VERBS)):
        return True  # "Reaffirming its commitment to ...", "commends them for their commitment to ..."
    if dep == "csubj" and token.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in token.head.children):
        return "advcl_participle" in g.climb  # the preamble's participle the parser took for a subject
    if dep in {"acl", "relcl", "advcl"} and has_aux_to(token) and _ranked(token):
        return True  # "France was among the first nations to welcome the move": France welcomed it
    if dep == "advcl":
        if has_aux_to(token) and token.head.lemma_ in g.call_lemmas and "advcl_to" in g.climb:
            return True  # "calls upon all Member States to ensure ..."
        # "will cooperate with the United States to ensure", "summoned the ambassador to protest"
        purposed = g.transparent_verbs | g.joint_lemmas | g.summoning_lemmas
        if has_aux_to(token) and token.head.lemma_ in purposed and "purpose_to" in g.climb:
            return True  # "working with all sides to reduce tensions": the work is for the reducing
        # "Condemning the launch, the Council ...", and an opening adjective or past participle:
        # "Deeply concerned about the flow of weapons, the Council ..."
        opening = token.tag_ == "VBG" or (token.tag_ in {"VBN", "JJ"} and token.i < token.head.i)
        return opening and own_subject(token) is None and "advcl_participle" in g.climb
    if dep in {"acl", "relcl"} and has_aux_to(token) and token.head.lemma_.lower() in g.intent_nouns:
        return "to_intent" in g.climb
    if dep == "acl":
        return token.head.lemma_.lower() in g.speech_nouns and "acl_speech" in g.climb
    return False


def _ranked(verb: Token) -> bool:
    """An infinitive that says what one was the first, only or last to do: on the rank itself ("the
    first to condemn"), on actors ranked ("among the first nations to welcome"), or on the verb that
    ranks them, as the parser may hang it."""
    g = grammar()
    ranks = [c for c in verb.head.children if c.dep_ in {"attr", "prep"}]  # "were (among) the first"
    ranked = [w for c in ranks for w in (c, *c.children) if w.dep_ != "prep"]
    heads = ranked if verb.dep_ == "advcl" else [verb.head]
    return any(h.lower_ in g.rank_words or h.lemma_.lower() in g.ranked_nouns
               and any(a.dep_ == "amod" and a.lower_ in g.rank_words for a in h.children) for h in heads)


def helped(verb: Token) -> bool:
    """A clause a causative verb governs ("help the CAR ensure ..."): its subject acts, by another's will."""
    return verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in grammar().causative_lemmas


def chain(head: Token) -> list[Token]:
    """The cue's head and the words it climbs to within its clause, nearest first."""
    words = [head]
    while climbs(words[-1]) and len(words) < MAX_CLIMB:
        if text_of_another(words[-1]):
            break
        sayer = _sayer_of_participle(words[-1])
        if sayer is not None:  # "X said the sanctions were necessary, stressing ...": X stresses
            words.append(sayer)
            continue
        above = words[-1].head
        if _joined_across_a_clause(words[-1]):
            above = above.head  # "believes that a solution would strengthen ... and hopes that ..."
        words.append(above.head if words[-1].dep_ == "pobj" else above)  # through a preposition
    return words


def _joined_across_a_clause(verb: Token) -> bool:
    """A finite verb the parser joined to a bare verb inside the clause of a verb of its own tense:
    "the Secretary-General believes that a negotiated solution would strengthen the regime and hopes
    that dialogue will resume" (he hopes; the solution does not)."""
    head = verb.head
    # the parser may take the finite verb for a plural noun: "... and hopes that dialogue will resume"
    bare_noun = verb.tag_ == "NNS" and not any(c.dep_ in {"det", "amod", "poss"} for c in verb.children)
    tense = "VBZ" if bare_noun else verb.tag_
    return verb.dep_ == "conj" and tense in {"VBZ", "VBD"} and own_subject(verb) is None \
        and head.tag_ == "VB" and head.dep_ == "ccomp" and head.head.tag_ == tense


def _sayer_of_participle(word: Token) -> Token | None:
    """The verb of saying whose subject a trailing participle of speech belongs to, when the parser
    hung it on the clause that verb reports: "the representative of France said the sanctions were
    necessary, stressing the need for a political solution" (the representative stresses, not the
    sanctions; grammar.yaml ``spoken_participles``)."""
    g = grammar()
    speech = g.reporting_lemmas | g.call_lemmas | g.spoken_participles
    trailing = word.dep_ == "advcl" and word.tag_ == "VBG" and word.i > word.head.i
    if not trailing or word.lemma_.lower() not in speech or word.nbor(-1).text != ",":
        return None
    clause = word.head
    for _ in range(MAX_CLIMB):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in saying_lemmas():
            return clause.head
        if clause.dep_ not in {"ccomp", "xcomp", "conj", "advcl"}:
            return None
        clause = clause.head
    return None


def text_of_another(noun: Token) -> bool:
    """A text or statement reached from what it says ("a draft resolution calling for sanctions")
    that the verb above does not author: "Russia vetoed a draft resolution calling for sanctions"
    is no call of Russia's; "China and Russia issued a statement calling on ..." is theirs
    (grammar.yaml ``authoring_lemmas``); nor is a text the Council failed to adopt its own."""
    g, verb = grammar(), noun.head
    said = any(c.dep_ == "acl" for c in noun.children) and noun.lemma_.lower() in g.speech_nouns
    if not said or noun.dep_ != "dobj":
        return False
    return never_adopted(noun) or verb.lemma_.lower() not in g.authoring_lemmas


def never_adopted(text: Token) -> bool:
    """A text its verb says was not adopted, whatever it is called: "failed to adopt a draft ...",
    "vetoed a resolution calling for an immediate ceasefire" (grammar.yaml ``killing_lemmas``)."""
    verb = text.head
    undone = failed(verb) or verb.dep_ == "xcomp" and failed(verb.head)
    return undone or verb.lemma_.lower() in grammar().killing_lemmas


@dataclass(frozen=True)
class Found:
    """Who the parse says holds a cue: a word (``token``) and how it was found."""

    token: Token
    how: str  # subject | agent | possessor
    extra: tuple[Token, ...] = ()


def holder_word(words: list[Token], cue: frozenset[int] = frozenset()) -> Found | None:
    """The first subject, passive agent or possessor along a chain. Two subjects of one verb
    ("South Korea, US agree ...", a headline's list) are one subject: ``extra`` has the rest.
    A cue whose own "by" is the agent ("is troubled by", "was encouraged by") is felt by its
    passive subject: the agent is what is felt."""
    g = grammar()
    for before, word in zip([None, *words], words, strict=False):
        if _joined_to_a_passive(before, word):  # "will never be bound by the resolution and will bolster"
            return Found(passive_subject(word), "subject")
        for child in word.children:
            if child.dep_ == "agent" and child.i in cue:
                felt_by = passive_subject(word)
                if felt_by is not None:
                    return Found(felt_by, "subject")
            elif child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return Found(pobj, "agent")
        # Not the word the chain climbed from: a participle the parser took for a subject; nor
        # whom a verb helps to act.
        subjects = [c for c in word.children if c.dep_ in g.subject_relations and c not in words
                    and not helped(word)]
        if subjects:
            return Found(subjects[0], "subject", tuple(subjects[1:]) + companions(word, subjects[0]))
        doer = agent_of_participle(word)  # "a veto cast by the Russian Federation"
        if doer is not None and doer.head.i not in cue:  # not "the threat posed by ...": what is opposed
            return Found(doer, "agent")
        # "their opposition to the move": a pronoun owner is the subject met further up; a call's
        # may follow it ("a proposal by China and Russia to extend the waiver").
        owner = next((c for c in word.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None and word.lemma_.lower() in g.call_lemmas:
            owner = call_owner(word)
        if owner is not None and word.pos_ in {"NOUN", "PROPN"}:
            return Found(owner, "possessor")
        felt_by = passive_subject(word)
        if felt_by is not None and word.i in cue and word.lemma_.lower() in g.feeling_lemmas:
            return Found(felt_by, "subject")  # "he was saddened that ...": who feels it
        if felt_by is not None:
            return None  # "the test was condemned": the passive subject is what is held
    return None


def _joined_to_a_passive(verb: Token | None, head: Token) -> bool:
    """An active verb joined to a passive one shares its passive subject, not its agent: in "the DPRK
    will never be bound by the resolution and will bolster its nuclear force" the DPRK bolsters."""
    if verb is None or verb.dep_ != "conj" or verb.head.i != head.i or passive_subject(head) is None:
        return False
    return not any(c.dep_ == "auxpass" for c in verb.children)


def companions(verb: Token, subject: Token) -> tuple[Token, ...]:
    """Who does what the subject does: "Russia and China, along with Bolivia, voted against",
    "France, together with Germany, called for ..." (the parser hangs the phrase on either)."""
    words = grammar().companion_words
    withs = [w for p in verb.children if p.dep_ == "prep" and p.lower_ in words
             for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]
    withs += [w for w in subject.children if w.dep_ == "prep" and w.lower_ == "with"
              and any(c.lower_ in words for c in w.children if c.dep_ == "advmod")]
    # a headline's list the parser split: "China, Russia block U.S. push for ..." ("China" hung
    # as an adverbial noun of the verb)
    listed = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < subject.i
              and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ","]
    listed += names_set_beside(subject)
    return tuple(listed) + tuple(o for w in withs for o in w.children if o.dep_ == "pobj")


def names_set_beside(name: Token) -> list[Token]:
    """A headline's list the parser took for a name's apposition: "Brazil, Turkey, Lebanon say ..."
    (a bare name set beside a name with a comma; not a role, "Dennis Francis, President of the General
    Assembly", nor a noun's name, "Russia's envoy, Vassily Nebenzia")."""
    if name.pos_ != "PROPN":
        return []
    bare = {"compound", "det", "punct", "conj", "cc"}
    return [n for a in name.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.doc[a.i - 1].text == ","
            and all(c.dep_ in bare for c in a.children) for n in conjuncts(a)]


def agent_of_participle(noun: Token) -> Token | None:
    """Who did what a participle says of a noun: "a veto cast by the Russian Federation"."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def in_the_view_of(verb: Token) -> Token | None:
    """Whose view a clause says by its "in" or "according to": "In Moscow's view, the embargo has
    outlived its purpose", "in the view of China, ...", "According to Zhang Jun, the sanctions
    should be lifted"."""
    frames = grammar().stance_nouns | grammar().view_frame_nouns  # "in Nebenzia's words, ..."
    views = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
             for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in frames]
    according = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "according"
                 for to in p.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
    return next((o for o in map(_view_owner, views) if o is not None), None) or next(iter(according), None)


def view_holder(clause: Token) -> Token | None:
    """Whose view a clause is, told as "X's position is that ...": the owner of the stance noun that
    is the linking verb's subject (grammar.yaml ``stance_nouns``)."""
    g, verb = grammar(), clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in g.linking_lemmas:
        return None
    view = own_subject(verb)
    if view is None or view.lemma_.lower() not in g.stance_nouns:
        return None
    return _view_owner(view)


def _view_owner(view: Token) -> Token | None:
    """Whose a view is: "Russia's position", "his view" (a pronoun too), "the view of the Council"."""
    return next((c for c in view.children if c.dep_ == "poss"), None) or call_owner(view)


def reporter(words: list[Token]) -> Token | None:
    """The subject of the verb of saying whose clause holds the chain ("..., Lavrov said")."""
    g = grammar()
    top = words[-1]
    while top.dep_ == "conj" and marked_that(top):
        top = top.head  # "said his Government had met all the conditions and that the sanctions ..."
    held = view_holder(top) or in_the_view_of(top)
    if held is not None:
        return held  # "Russia's position is that the sanctions are counterproductive"
    for candidate in (top.head, *top.children):
        believer = own_subject(candidate.head) if _belief_adjective(candidate, top) else None
        if believer is not None:
            return believer  # "the Secretary-General remains convinced that ..."
        if candidate.i == top.i or candidate.lemma_.lower() not in g.reporting_lemmas:
            continue
        if top.dep_ in {"ccomp", "parataxis"} or candidate.head.i == top.i:
            found = holder_word(chain(candidate))  # "..., saying sanctions were ...": the main subject
            if found is not None:
                return found.token
            experiencer = passive_subject(candidate) or _quoted(candidate)  # "Russia is convinced that ..."
            if experiencer is not None:
                return experiencer
    return None


def _quoted(saying: Token) -> Token | None:
    """Who "was quoted as saying" what follows: the subject of the passive verb of quoting above
    the verb of saying (grammar.yaml ``quoting_lemmas``)."""
    quoting = next((w for w in chain(saying)[1:] if w.lemma_.lower() in grammar().quoting_lemmas), None)
    return passive_subject(quoting) if quoting is not None else None


def _belief_adjective(word: Token, clause: Token) -> bool:
    """An adjective of belief after a linking verb, governing the clause: "remains convinced that"."""
    return word.i == clause.head.i and word.dep_ == "acomp" and word.lower_ in grammar().belief_adjectives \
        and clause.dep_ == "ccomp"


def conjuncts(token: Token) -> list[Token]:
    """The token and the words coordinated with it ("Russia and China")."""
    return [token, *token.conjuncts]


def negated(words: list[Token], cue: set[int] = frozenset()) -> bool:  # type: ignore[assignment]
    """A negation on the cue or the words above it in its clause ("does not oppose"), or reluctance
    above it ("reluctant to support"); one that is part of the cue ("never allow") is its meaning,
    not its negation."""
    g = grammar()
    reluctant = any(w.lemma_.lower() in g.reluctance_words and w.i not in cue and _complement_below(words, k)
                    for k, w in enumerate(words))
    # "stopped short of endorsing the sanctions", where the chain ends at "short"
    reluctant = reluctant or any(w.dep_ == "advmod" and w.lower_ == "short"
                                 and w.head.lemma_.lower() in g.short_of_lemmas for w in words)
    return reluctant or any(_negation(w, c, g) and c.i not in cue for w in words for c in w.children)


def _complement_below(words: list[Token], k: int) -> bool:
    """Whether the chain reached its k-th word from what that word takes ("declined to back",
    "refrained from condemning"), not from a clause beside it ("abstained, expressing concern ...")."""
    if k == 0:
        return True
    below = words[k - 1]
    return below.head.i == words[k].i and below.dep_ in {"xcomp", "ccomp", "prep", "acomp"}


def shares_denial(verb: Token) -> bool:
    """Whether a verb joined to a denied one is denied with it: "shall not deploy or use chemical
    weapons", "shall not develop, test or deploy", "did not condemn or criticise the test" (a list
    joined by "or", or a bare verb under the first one's "shall not"); not a verb with a subject,
    auxiliary or negation of its own ("were not an end in themselves and called for ...")."""
    return negated(_denied_with(verb))


def _denied_with(verb: Token) -> list[Token]:
    """The verbs before a joined verb in its list, when it would share their denial (see
    ``shares_denial``)."""
    heads, word = [], verb
    while word.dep_ == "conj" and word.head.pos_ in VERBS and len(heads) < MAX_LIST and _bare(word):
        word = word.head
        heads.append(word)
    listed = [verb, *heads]
    alternatives = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for w in listed for c in w.children)
    return heads if heads and (alternatives or verb.tag_ == "VB" == heads[-1].tag_) else []


def _bare(verb: Token) -> bool:
    """A verb with no subject, auxiliary or negation of its own."""
    own = {"aux", "auxpass", "neg"}
    return verb.pos_ in VERBS and own_subject(verb) is None and not any(c.dep_ in own for c in verb.children)


def in_another_clause(word: Token, other: Token) -> bool:
    """Whether a word stands in a clause that ``other`` is not part of, nor governs: "the Council,
    underlining that Syria and Lebanon shared responsibility for their border, reiterated its
    call ..." (Syria and Lebanon are the underlining's, not the call's, nor the reiterating's). A
    clause hung on ``other`` itself may hold its subject the parser misplaced ("once the United
    States is seeking to frustrate, break down the deal")."""
    top, clauses = word, grammar().clause_relations
    while top.dep_ not in clauses and top.head.i != top.i:
        top = top.head
    inside = top.left_edge.i <= other.i <= top.right_edge.i
    return top.dep_ in clauses and not inside and top.head.i != other.i


def infinitive(verb: Token) -> Token | None:
    """The verb's own "to" complement: "fail to comply" (comply), "continues to develop" (develop)."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in VERBS), None)


def carried_act(verb: Token) -> Token | None:
    """The act a verb that only works for another carries: "work to reduce tensions", "work together
    to reduce ...", "continue to implement" (the parser hangs the act as either), "work towards
    normalising ties"; None for others
    (grammar.yaml ``transparent_verbs``); the clause a verb of ensuring asks to be so: "to ensure
    that the arms embargo is fully implemented" (``ensuring_lemmas``)."""
    if verb.lemma_.lower() in grammar().ensuring_lemmas:
        return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in VERBS), None)
    if verb.lemma_.lower() not in grammar().transparent_verbs:
        return None
    toward = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"towards", "toward"}
              for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]  # "work towards normalising ties"
    infinitive = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ in VERBS
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    # "continue cooperating with the Panel"
    gerund = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    return infinitive or gerund or next(iter(toward), None)


def able_to(verb: Token) -> Token:
    """The act a clause of ability names: "was unable to adopt the draft" (adopt); else the verb."""
    able = grammar().ability_words
    abilities = [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in able]
    return next((x for c in abilities for x in c.children if x.dep_ == "xcomp"), verb)


def failed(verb: Token) -> bool:
    """Whether a clause tells that its act failed: "failed to adopt", "was unable to", "could not
    agree", "the draft was not adopted"."""
    g = grammar()
    if verb.lemma_.lower() in g.failure_words:
        return True
    if any(c.dep_ == "acomp" and c.lemma_.lower() in g.failure_words for c in verb.children):
        return True
    unable = any(c.dep_ == "aux" and c.lower_ in g.inability_modals for c in verb.children)
    return (unable or verb.lemma_.lower() in g.failing_acts) and negated([verb])


def _negation(word: Token, child: Token, g: Grammar) -> bool:
    """ "not", "never", "no longer", and "no" before a noun of intent ("has no plans to reduce ...")."""
    if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in g.negations):
        return True
    if child.dep_ == "advmod" and child.lower_ == "longer":  # "is no longer justified"
        return any(c.lower_ == "no" for c in child.children)
    if child.dep_ == "advmod" and child.lower_ == "short":  # "stopped short of calling for ..."
        return word.lemma_.lower() in g.short_of_lemmas
    if child.dep_ in g.subject_relations and _nobody(child, g):
        return True  # "nobody wants a war", "no country supports ..."
    # "there is no support for new sanctions": no backing is none had
    nouns = g.intent_nouns | g.backing_nouns | g.objecting_nouns
    return child.dep_ == "det" and child.lower_ == "no" and word.lemma_.lower() in nouns


def _nobody(subject: Token, g: Grammar) -> bool:
    """A subject that names no one: "nobody", "no one", "none", "no country", "neither Russia nor
    China"."""
    no = any(c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in subject.children)
    return no or subject.lower_ in g.negative_subjects


def belief_denied(words: list[Token]) -> bool:
    """ "did not believe that sanctions were advisable", "does not think they are helpful": the
    clause the chain ends in is what a negated verb of belief holds, the other way round."""
    top = words[-1]
    belief = top.dep_ == "ccomp" and top.head.lemma_.lower() in grammar().belief_lemmas
    return belief and negated([top.head])


SEPARATING_MARKS = {"–", "—", "-", ":", ";"}  # marks between two clauses said one after the other


def governor(words: list[Token], cue_words: set[int]) -> Token | None:
    """The word whose "that" clause holds the chain when that word is a cue, a call or a noun of
    intent: "reaffirmed that Pyongyang shall abandon ...", "demanded that the DPRK stop ...",
    "its demand that Iran suspend ..."."""
    g, top = grammar(), words[-1]
    # "sent a clear message that the DPRK must return to compliance": the message's author asks it
    spoken = next((w.head for w in words if w.dep_ == "acl" and marked_that(w) and obliging(w)
                   and w.head.lemma_.lower() in g.speech_nouns), None)
    if spoken is not None:
        return spoken
    marked = marked_that(top)
    if not (top.dep_ == "ccomp" or (top.dep_ in {"advcl", "acl"} and marked)):
        return None
    head, lemma = top.head, top.head.lemma_.lower()
    if small_clause(top) and lemma in g.getting_done_lemmas and head.dep_ == "xcomp":
        head, lemma = head.head, head.head.lemma_.lower()  # "sought to have the embargo lifted": the seeking
    if top.i < head.i and any(t.text in SEPARATING_MARKS for t in top.doc[top.i : head.i]):
        return None  # "We redoubled our commitment to ... – the resolution urges ...": a clause of its own
    # "told reporters that Guterres condemned ...": a verb of saying reports, it does not call.
    if head.i in cue_words or (lemma in g.call_lemmas | g.intent_nouns and lemma not in saying_lemmas()):
        return head
    if _wished_seen(head):  # "wishes to see the arms embargo lifted"
        return head
    if lemma in g.mandative_lemmas and subjunctive(top):  # "insisted that the sanctions be lifted"
        return head
    ruled = head.lemma_.lower() in ruling_lemmas() and obliging(top)  # "decided that all States shall"
    return head if ruled else None


def subjunctive(verb: Token) -> bool:
    """A "that" clause in the subjunctive: "that the sanctions be lifted", "that Iran halt
    enrichment" (a bare "be", or a bare verb, with no modal nor "to")."""
    if verb.dep_ != "ccomp" or own_subject(verb) is None:
        return False
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VB":
        return not helpers
    return verb.tag_ == "VBN" and [(c.dep_, c.lower_) for c in helpers] == [("auxpass", "be")]


def marked_that(verb: Token) -> bool:
    """A clause opened by "that" (not "while", "as")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def felt(cue: Span) -> bool:
    """A cue of feeling whose "by" is its own: "The Secretary-General is troubled by ..."."""
    return any(t.dep_ == "agent" for t in cue)


def passive_subject(head: Token) -> Token | None:
    """What a passive cue holds: "the deployment of THAAD is opposed by China"."""
    return next((c for c in head.children if c.dep_ in grammar().passive_subject_relations), None)


def agent(verb: Token) -> Token | None:
    """The doer a passive names after "by": "was undermined by the sanctions" (the sanctions)."""
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def clause_words(verb: Token) -> set[int]:
    """The words of a verb's own clause after it: its objects and circumstances, not its subject,
    nor the verbs coordinated with it."""
    kept = [c for c in verb.rights if c.dep_ not in {"conj", "cc", "punct"}]
    harm = {t.i for c in kept for h in c.subtree if _harm_done(h) for t in h.subtree}
    return {t.i for c in kept for t in c.subtree} - harm


def _harm_done(token: Token) -> bool:
    """A participle telling what a thing harms: "provocations threatening international peace" (what
    is harmed is not the thing, nor what is done to it)."""
    return token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() in grammar().harming_lemmas


def asked_patient(call: Token, verb: Token) -> Token | None:
    """What a call's passive complement acts on: "called for the sanctions to be lifted", "wants the
    sanctions lifted" (its own subject or, where the parser hung that on the call, the call's "for"
    object)."""
    own = passive_subject(verb) or (own_subject(verb) if small_clause(verb) else None)
    if own is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and _bare(verb):
        own = passive_subject(verb.head)  # "are not diverted to or used by armed groups": the arms
    if own is not None or not any(c.dep_ == "auxpass" for c in verb.children):
        return own  # "want the embargo extended": the small clause's subject is acted on
    return next((p for c in call.children if c.dep_ == "prep" and c.lower_ == "for"
                 for p in c.children if p.dep_ == "pobj"), None)


def kept(verb: Token) -> Token | None:
    """What a verb asks to be kept as it is: "the embargo should be maintained" (its passive
    subject), "the sanctions should remain in place" (the subject of a verb of staying "in" a
    standing noun); None for other verbs."""
    g, lemma = grammar(), verb.lemma_.lower()
    if lemma in g.keeping_lemmas:
        return passive_subject(verb)
    standing = any(p.lower_ == "in" and any(n.lemma_.lower() in g.standing_nouns for n in p.children)
                   for p in verb.children if p.dep_ == "prep")
    return own_subject(verb) if lemma in g.staying_lemmas and standing else None


def halted_noun(verb: Token) -> Token | None:
    """What a halt with no object of its own stops when it is wanted of a thing: "wants the
    sanctions to end", "demanded that the fighting end" (the halt's own subject, a common noun: a
    state asked to stop does something else), "called for the fighting to stop", "we need the
    violence to stop", "we want the fighting to end" (the parser hangs the thing on "for", or the
    halt on the thing, as a relative clause or "to end" as a preposition's object)."""
    doc = verb.doc
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = own_subject(verb)
    if verb.dep_ in {"ccomp", "xcomp"} and subject is not None and subject.pos_ == "NOUN":
        return subject
    asked = [p for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i
             for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    if verb.dep_ == "xcomp" and subject is None and asked:
        return asked[0]  # "called for the fighting to stop": the parser hung the thing on "for"
    if verb.i < 2 or doc[verb.i - 1].lower_ != "to":
        return None
    noun = doc[verb.i - 2]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "dobj":
        return None
    relative = verb.dep_ == "relcl" and verb.head.i == noun.i
    prepositional = verb.dep_ == "pobj" and verb.head.i == verb.i - 1 and verb.head.head.i == noun.i
    return noun if relative or prepositional else None


def unasserted(words: list[Token]) -> bool:
    """A clause opened by "if" or "until", denied ("denied that it had opposed ...") or doubted
    ("unlikely to")."""
    g = grammar()
    opening = g.hypothetical_marks | g.awaited_marks
    if any(c.dep_ == "mark" and c.lower_ in opening for w in words for c in w.children):
        return True
    conditions = [c for w in words for c in w.children if c.dep_ == "advcl"]  # "If X deploys it, Y would ..."
    near = [*words, *(c for w in words for c in w.children if c.dep_ == "acomp")]
    if any(t.lemma_.lower() in g.doubt_words for t in near):
        return True  # "was unlikely to support new measures"
    offered = any(t.lemma_.lower() in g.offer_words for t in near)  # "is ready to ... if ..."
    if not offered and any(m.dep_ == "mark" and m.lower_ in g.hypothetical_marks
                           for c in conditions for m in c.children):
        return True
    # "denied that it had opposed ...", "has denied seeking nuclear weapons"; "abstained from
    # supporting the resolution" (an abstention is neither support nor opposition)
    if any(w.dep_ in {"ccomp", "xcomp"} and w.head.lemma_.lower() in g.denial_lemmas for w in words):
        return True
    return any(w.dep_ == "pcomp" and w.head.head.lemma_.lower() in g.abstaining_lemmas for w in words)


def describes(head: Token) -> bool:
    """A cue that describes a thing rather than states a stance: an -ing or "to" form modifying a
    noun ("entities supporting its activities", "earnings to support"), or a preposition
    modifying a noun ("sanctions against the DPRK")."""
    g = grammar()
    if head.dep_ == "conj" and head.tag_ == "VBG" and head.head.dep_ == "acl":
        return describes(head.head)  # "sanctions limiting the trade of timber and restricting ..."
    if head.dep_ == "acl":  # not "the need to combat ...", nor "a statement calling on ..."
        if head.tag_ == "VBN" and head.head.pos_ == "PROPN":
            return False  # "the United States, alarmed by the mounting death toll, ...": its feeling
        if head.tag_ == "VBG" and {head.head.lower_, head.head.lemma_.lower()} & g.measure_words:
            return True  # "the measures preventing the travel of ...": what a measure does
        return head.head.lemma_.lower() not in g.speech_nouns | g.intent_nouns
    if head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.lower_ in g.subject_matter_prepositions:
        return True
    if head.dep_ == "pcomp" and head.head.head.lemma_.lower() in g.effect_nouns:
        return True  # "significance for supporting the government": an effect, no one's stance
    before = head.doc[head.i - 1] if head.i > head.sent.start else None
    if head.tag_ == "VBG" and before is not None and before.pos_ == "NOUN":
        return True  # "persons or entities supporting its activities", however the parser hung it
    if head.pos_ == "ADP" and head.dep_ == "prep" and head.head.dep_ == "acl" and head.head.tag_ == "VBN":
        return True  # "the improvements made in response to Pakistan's proposals"
    if head.dep_ == "amod" and head.pos_ == "ADJ":
        return True  # "to respect the legitimate demands of ...", "effective measures": a kind of thing
    if head.pos_ == "NOUN" and head.lemma_.lower() in g.call_lemmas and not complements(head) \
            and all(c.lower_ == "of" for c in head.children if c.dep_ == "prep"):
        return True  # "the demands of regional organisations": a call that asks nothing is a thing
        # (not "a campaign against terrorism", which is against it)
    return head.pos_ == "ADP" and head.dep_ == "prep" and head.head.pos_ in {"NOUN", "PROPN"}


def complements(call: Token) -> list[Token]:
    """The verbs a call asks for: "urges X to abide by ... and (to) refrain from ..."."""
    if not call.n_lefts and not call.n_rights:
        return []  # what a call asks hangs on it (every word is tried)
    g, lemma = grammar(), call.lemma_.lower()
    # "reiterated its call upon the States to deepen their cooperation": the parser hangs what the
    # call asks on the verb that renews it.
    # So does the need or readiness it stresses: "stressed the need to resume the talks"; not another's
    # ("welcomes the willingness of the P5+1 to ...").
    renewed = [c for c in call.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and _asks(c, g)
               and lemma not in g.deeming_lemmas  # not "described the proposal to ... as unacceptable"
               and not negated([c])]  # "sees no need to ...": the need denied reads itself
    renewed += _duties_stressed(call, g)
    if lemma in g.means_verbs and call.pos_ in VERBS:  # "took steps to tighten the embargo"
        renewed += [c for c in call.children if c.dep_ == "dobj" and c.lemma_.lower() in g.means_nouns]
    # "there is no need to maintain the embargo", "sees no reason to ...", "there is every reason to
    # ...": a need denied, or told with no verb that stresses it
    told_need = lemma in g.asking_nouns and call.pos_ == "NOUN" and (negated([call]) or call.dep_ == "attr")
    effort = lemma in g.effort_lemmas | g.moving_lemmas and call.pos_ in VERBS  # "will work to reduce ..."
    if (effort or renewed and lemma in g.means_verbs) and _asked_of_its_subject(call, g):
        return []  # "Liberia should work to join ...", "demanded that X take steps to ...": another's ask
    if lemma in g.call_lemmas or effort or renewed or told_need:
        # ... or on the renewed noun: "reiterated its demand that all parties provide access"; or on
        # a span of time: "has pushed for years to impose an arms embargo"
        timed = [c for p in call.children if p.dep_ == "prep" for c in p.children
                 if c.dep_ == "pobj" and c.lemma_.lower() in g.duration_nouns]
        found = [c for h in [call, *renewed, *timed] for c in h.children if c.pos_ in VERBS and _asked_for(c)
                 and not _told(h, c)]
        found += _passive_hung_on_for(call)
    elif _wished_seen(call):
        found = [c for c in call.children if small_clause(c)]  # "hopes to see the sanctions regime eased"
    elif lemma in ruling_lemmas() or call.pos_ == "NOUN" and lemma in g.speech_nouns:
        # "decided that the DPRK shall not conduct ...", "said we have to", "a message that ... must"
        # ... or "insisted that the sanctions be lifted", a clause in the subjunctive
        mandative = lemma in g.mandative_lemmas
        found = [_had_to(c) or c for c in call.children if c.pos_ in VERBS and c.dep_ in {"ccomp", "acl"}
                 and (obliging(c) or _had_to(c) or mandative and subjunctive(c))
                 and not ruled_on_a_measure(c)]
    else:
        return []
    verbs = [v for f in found for v in conjuncts(f) if (v.pos_ in VERBS or _bare_noun_joined(v))
             and not contrasted(v) and not _gerund_on_a_bare_verb(f, v)]
    return verbs + _stray_asks(call, verbs)


def _gerund_on_a_bare_verb(asked: Token, joined: Token) -> bool:
    """A gerund the parser joined to a bare asked verb is no act asked with it: "that the Council
    extend the arms embargo because of persistent violations and intensifying violence" (unless the
    verb governs a gerund it goes with: "to work towards normalising ties and settling a dispute")."""
    if joined.i == asked.i or asked.tag_ != "VB" or joined.tag_ != "VBG":
        return False
    # the parser may tag that gerund as an adjective ("towards normalising ties"): its "-ing" tells
    return not any(t.lower_.endswith("ing") and t.i < joined.i for t in asked.subtree if t.i != joined.i)


def _wished_seen(verb: Token) -> bool:
    """ "Hopes to see", "its determination to see": a wish to see a thing done."""
    g, wish = grammar(), verb.head.lemma_.lower()
    return verb.lemma_.lower() in g.seeing_lemmas and wish in g.wishing_lemmas | g.call_lemmas


def brings_about(verb: Token) -> bool:
    """A verb whose passive subject is what is wanted done: an act asked ("the resolution will be
    implemented") or a light verb ("a solution will be found"; grammar.yaml ``asked_acts``,
    ``asked_light_verbs``), or one that brings it to a goal ("those responsible to be brought to
    justice"; ``bringing_verbs``)."""
    g = grammar()
    return act_lemma(verb) in g.asked_acts.keys() | g.asked_light_verbs | g.bringing_verbs


def act_lemma(verb: Token) -> str:
    """The verb's lemma, with its particle where grammar.yaml ``asked_acts`` names the phrasal verb
    ("turn over" the suspects is a handover; "turn" alone is no act)."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    phrasal = f"{lemma} {particle}"
    return phrasal if particle is not None and phrasal in grammar().asked_acts else lemma


def _bare_noun_joined(word: Token) -> bool:
    """A bare noun the parser joined to a verb is a verb the tagger misread: "to stop its provocations
    and return to dialogue" ("return" tagged NN); a noun coordinated with a noun hangs on that noun."""
    bare = not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in word.children)
    return word.dep_ == "conj" and word.tag_ == "NN" and word.head.pos_ in VERBS and bare


def _passive_hung_on_for(call: Token) -> list[Token]:
    """ "called for those responsible for the violations to be held accountable": the passive the
    parser hung on the call's "for" object as a relative clause is what the call asks."""
    asked = [o for p in call.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
             if o.dep_ == "pobj"]
    return [r for o in asked for r in o.children if r.dep_ in {"relcl", "acl"} and has_aux_to(r)
            and any(c.dep_ == "auxpass" for c in r.children)]


def _stray_asks(call: Token, verbs: list[Token]) -> list[Token]:
    """Asked acts the parser joined to the call itself: in "called on the parties to exercise
    restraint, respect the ceasefire and resume talks", "respect" and "resume" hang on "called" as
    its conjuncts, but a bare verb is never coordinated with a finite one, so they are asked too."""
    if not verbs:
        return []
    after = max(v.i for v in verbs)
    return [c for c in call.conjuncts if c.i > after and stray_bare_verb(c) and c not in verbs]


def stray_bare_verb(verb: Token) -> bool:
    """A bare verb with no subject of its own that the parser joined to a finite verb: it shares
    neither the finite verb's subject nor its role ("retains sanctions designed to degrade
    Al-Shabaab, disrupt its finances"; "urged them to comply with the embargo, cease attacks")."""
    if verb.tag_ == "VBP" and verb.dep_ == "conj" and own_subject(verb) is None and verb.head.tag_ == "VBZ":
        return True  # "it targets those who plot ..., prevent ...": a plural verb cannot share "it"
    if verb.tag_ != "VB" or verb.dep_ != "conj" or own_subject(verb) is not None:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "strengthens efforts ... and will help limit ...": finite through its modal
    head = verb.head
    while head.tag_ == "VBP" and head.dep_ == "conj":  # "targets those who plot, prevent ..., violate ..."
        head = head.head
    return head.tag_ in FINITE_TAGS or stray_bare_verb(head)  # "..., respect X and resume Y"


def _duties_stressed(verb: Token, g: Grammar) -> list[Token]:
    """A duty a verb stresses or reminds of, whoever is bound ("stressed the obligation of all States
    to implement ...", "reminded all States of their obligation to ..."); not one had ("Iran has a
    duty to cooperate" is no call of Iran's)."""
    if verb.lemma_.lower() in g.having_lemmas:
        return []
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [d for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for d in p.children
              if d.dep_ == "pobj"]
    return [n for n in nouns if n.lemma_.lower() in g.duty_nouns]


def _asks(noun: Token, g: Grammar) -> bool:
    """A call or need the verb renews as its subject's own: "reiterated its call upon the States
    to ...", "stressed the need to"; not another's ("rejected Russia's call to lift ...")."""
    lemma = noun.lemma_.lower()
    return lemma in g.call_lemmas | g.asking_nouns and call_owner(noun) is None


def call_owner(noun: Token) -> Token | None:
    """Whose a noun is, named apart from its verb's subject: "the willingness of the P5+1",
    "Iran's readiness" (not "its readiness"), "a proposal by China and Russia", "calls from
    Beijing", "the US request", "the American push" (a nation's adjective, capitalised)."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
              or c.dep_ == "compound" and c.pos_ == "PROPN"  # "a joint India-US proposal"
              or c.dep_ == "amod" and c.text[:1].isupper() and c.i > c.sent.start]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "by", "from"}
               for p in c.children if p.dep_ == "pobj"]
    return owners[0] if owners else None


def ruled_on_a_measure(verb: Token) -> bool:
    """ "reaffirmed that the arms embargo shall not apply to ...": a rule on a measure's scope,
    no call on a party."""
    subject = own_subject(verb)
    if subject is None or verb.lemma_.lower() not in grammar().scope_verbs:
        return False  # "the arms embargo should be renewed" asks for the renewal
    named = any(m.start <= subject.i < m.end for m in verb.doc.spans.get("measure", []))
    return named or subject.lower_ in grammar().measure_words  # "the measures shall not apply to ..."


def _had_to(verb: Token) -> Token | None:
    """The act "have to", "have got to" or "need to" obliges: "we have (got) to bring peace" (bring)."""
    if verb.lemma_.lower() not in grammar().active_bound_lemmas | {"get"}:
        return None
    got = next((c for c in verb.children if c.lemma_.lower() == "get" and c.tag_ == "VBN"), verb)
    return next((c for c in got.children if c.dep_ == "xcomp" and has_aux_to(c)), None)


def _told(call: Token, clause: Token) -> bool:
    """A "that" clause a verb of saying reports rather than asks: "told reporters that sanctions
    alone could not solve the problem", not "told Iran that it must stop enrichment" nor "proposed
    that the sanctions be lifted"."""
    clausal = clause.dep_ == "ccomp" or marked_that(clause)
    return call.lemma_.lower() in saying_lemmas() and clausal and not has_aux_to(clause) \
        and not small_clause(clause) and not obliging(clause) and not subjunctive(clause)


def _asked_of_its_subject(verb: Token, g: Grammar) -> bool:
    """An effort asked of its subject by someone else, under a modal of obligation or as what a call
    or ruling asks ("Liberia should work to join ...", "demanded that the Command take steps to
    ..."): the asker's, never its subject's own aim."""
    asked = verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in g.call_lemmas | ruling_lemmas()
    return asked or obliging(verb)


def obliging(verb: Token) -> bool:
    """A verb under a modal of obligation ("should not be", "must not become", "shall not conduct")."""
    return any(c.dep_ == "aux" and c.lower_ in grammar().obligation_modals for c in verb.children)


def _asked_for(verb: Token) -> bool:
    """A call's complement: "to abide by ..." (xcomp, or an infinitive the parser hung as advcl or
    ccomp), or a "that" clause ("demanded that Iran comply with ...")."""
    if verb.dep_ == "xcomp":
        return True
    if verb.dep_ == "relcl":  # "take all necessary measures to enforce ...": an infinitive as a relative
        return has_aux_to(verb)
    if verb.dep_ not in {"advcl", "ccomp", "acl"}:  # acl: what a call named as a noun asks
        return False
    if small_clause(verb):
        return True  # "want the embargo extended"
    return has_aux_to(verb) or marked_that(verb)


def small_clause(verb: Token) -> bool:
    """A participle with a subject and no auxiliary nor mark: "want the sanctions lifted" (the parser
    may tag the participle as a past tense)."""
    bare = not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)
    subject = own_subject(verb)
    after = subject is not None and subject.i > verb.head.i  # not a clause before the call
    # a verb of saying reports a clause in the past ("said the Secretary-General hoped ..."), it
    # takes no small clause
    told = verb.head.lemma_.lower() in saying_lemmas()
    return verb.dep_ == "ccomp" and verb.tag_ in {"VBN", "VBD"} and bare and after and not told


def object_tokens(cue: Span, other_cues: set[int]) -> set[int]:
    """The indices of the words a cue governs: its objects' subtrees, less the clauses inside
    them, the verbs coordinated with the cue's head and other cues (read on their own)."""
    g = grammar()
    inside = set(range(cue.start, cue.end))
    found: set[int] = set()
    for word in cue:
        has_object = any(c.dep_ == "dobj" for c in word.children)
        # "Deploring the continuing refusal of the junta [to reinstate legitimate authority]": the
        # infinitive is the refusal's, what is left undone, never what the cue holds
        refusal = any(c.dep_ == "dobj" and c.lemma_.lower() in g.lack_nouns | g.refusing_nouns
                      for c in word.children)
        for child in word.children:
            infinitive = (child.dep_ == "advcl" and has_object and has_aux_to(child)
                          and not own_subject(child) and not refusal)
            # "committed to the denuclearization ... and to maintaining peace": the cue's own
            # preposition coordinated with another
            joined = child.dep_ == "conj" and word.pos_ == child.pos_ == "ADP"
            # "rejected the US bid to extend the embargo": a noun the parser hung as a clause
            nominal = child.dep_ == "ccomp" and child.tag_ in {"NN", "NNS"} and word.pos_ in VERBS
            held = child.dep_ in g.object_relations or infinitive or joined or nominal
            if child.i in inside or not held:
                continue
            preps = g.verb_object_prepositions if word.pos_ in VERBS else g.object_prepositions
            if child.dep_ == "prep" and (child.lower_ not in preps or _means(child, word)
                                         or _set_before(child) or has_object and _reason(child)
                                         or _measure_reason(child)):
                continue
            found |= region(child, other_cues)
    hung = hung_preposition(cue)
    if hung is not None:
        found |= region(hung, other_cues)
    return found - inside


def _set_before(prep: Token) -> bool:
    """A phrase set before its verb with a comma says how or where, not what: "By resolution 2244,
    the Council condemned ...", "In a presidential statement, the Council ..."."""
    end = prep.right_edge.i + 1
    return prep.i < prep.head.i and end < len(prep.doc) and prep.doc[end].text == ","


def hung_preposition(cue: Span) -> Token | None:
    """ "reiterated its support to the Interim Authority": the noun's own preposition, right after
    it, that the parser hung on the verb whose object the noun is."""
    root = cue.root
    after = preposition_hung_after(root) if root.pos_ == "NOUN" and root.right_edge.i < cue.end else None
    return after if after is not None and after.lower_ in grammar().object_prepositions else None


def preposition_hung_after(noun: Token) -> Token | None:
    """The preposition right after a verb's object that the parser hung on the verb, where it is the
    object's own: "to lift the ban [on timber exports]", "welcomes the adoption of resolution 2094
    [on the recent nuclear test]"."""
    doc, end = noun.doc, noun.right_edge.i + 1
    while noun.dep_ in {"pobj", "prep"} and noun.head.dep_ in {"prep", "dobj", "pobj"}:
        noun = noun.head  # "the adoption of [resolution 2094]": the verb's own object
    if end >= len(doc) or noun.dep_ != "dobj":
        return None
    after = doc[end]
    return after if after.dep_ == "prep" and after.head.i == noun.head.i else None


def _reason(preposition: Token) -> bool:
    """ "criticized the sanctions for undermining dialogue", "blamed Russia for blocking ...": what
    an object is taken to task for, not the object (an act there is read as taken by the verb)."""
    acts = any(c.dep_ == "pcomp" for c in preposition.children)
    return acts and preposition.lower_ in grammar().reason_prepositions


def reason_acts(word: Token) -> list[Token]:
    """The acts a verb with an object takes it to task for: "criticized the sanctions for
    undermining dialogue" (undermining), each of those coordinated."""
    if not any(c.dep_ == "dobj" for c in word.children):
        return []
    return [a for p in word.children if p.dep_ == "prep" and _reason(p)
            for c in p.children if c.dep_ == "pcomp" for a in conjuncts(c)]


def _means(preposition: Token, word: Token) -> bool:
    """ "By conducting another nuclear test, the DPRK violated ...": how, not what."""
    return (word.pos_ in VERBS and preposition.lower_ in grammar().means_prepositions
            and any(c.dep_ == "pcomp" for c in preposition.children))


def contrast(token: Token) -> bool:
    """ "than" of "rather than", "of" of "instead of": what follows is set against what the
    stance holds ("support mediation efforts rather than impose punitive measures")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ in {"than", "of"} and before is not None and before.lower_ in grammar().contrast_words


def freed_of(word: Token) -> set[int]:
    """The words of what a noun is to be free of: "a world free of nuclear weapons" (the weapons)."""
    g = grammar()
    return {t.i for a in word.children if a.dep_ == "amod" and a.lemma_.lower() in g.freedom_adjectives
            for p in a.children if p.dep_ == "prep" and p.lower_ in g.freedom_prepositions for t in p.subtree}


def _contrasted(marker: Token) -> list[int]:
    """The words of what a contrast marker sets aside when the parser coordinated it with its head."""
    return [t.i for c in marker.head.children if c.dep_ == "conj" and c.i > marker.i for t in c.subtree]


def contrasted(word: Token) -> bool:
    """Whether a word coordinated with another is set against it ("rather than impose ...")."""
    return word.dep_ == "conj" and any(contrast(c) and c.i < word.i for c in word.head.children)


def _describes_the_targeted(clause: Token) -> bool:
    """A participle on whom a measure targets: "impose sanctions on four officials accused of human
    rights abuses" (what they are accused of is nobody's stance)."""
    if clause.dep_ != "acl" or clause.head.dep_ != "pobj":
        return False
    preposition = clause.head.head
    return preposition.lower_ in {"on", "against"} and _on_a_measure(preposition)


def _measure_reason(preposition: Token) -> bool:
    """What a measure is laid for: "sanctions over the use of chemical weapons", "impose sanctions
    over ..." (grammar.yaml ``measure_reasons``), not what the measure's backer holds."""
    return preposition.dep_ == "prep" and preposition.lower_ in grammar().measure_reasons \
        and _on_a_measure(preposition)


def _on_a_measure(preposition: Token) -> bool:
    """A preposition of a measure: "sanctions on ...", or "impose sanctions on ..." hung on the verb."""
    words, measure = grammar().measure_words, preposition.head
    return measure.lemma_.lower() in words or any(c.dep_ == "dobj" and c.lemma_.lower() in words
                                                  for c in measure.children)


def region(top: Token, other_cues: set[int]) -> set[int]:
    """A word's subtree, less its clauses and the subtrees of other cues."""
    g = grammar()
    cut: set[int] = set()
    for token in top.subtree:
        if token.i == top.i:
            continue
        circumstance = token.dep_ == "prep" and (token.lower_ in g.circumstance_prepositions or defied(token))
        # "rejected the resolution as an infringement on its sovereignty": what the object is taken
        # for, a judgement of it, is no part of it
        taken_for = token.dep_ == "prep" and token.lower_ == "as" and token.head.i == top.i
        # "the views of the African Union on the sanctions": what a stance is on
        stance_topic = token.dep_ == "prep" and token.lower_ in g.stance_topic_prepositions \
            and token.head.lemma_.lower() in g.stance_nouns
        if token.dep_ in g.object_cuts or token.i in other_cues or _describes_the_targeted(token) \
                or _measure_reason(token) or _harm_done(token) or _sort_of(token, other_cues) \
                or circumstance or taken_for or stance_topic or _who_failed(token):
            kept = _made_so(token)  # "to make sanctions available": the sanctions
            cut.update(t.i for t in token.subtree if kept is None or t.i not in {k.i for k in kept.subtree})
        if contrast(token):  # "dialogue instead of sanctions": not the sanctions
            cut.update([token.i - 1, *(t.i for t in token.subtree), *_contrasted(token)])
    if top.i in other_cues or _sort_of(top, other_cues):
        return set()
    return ({t.i for t in top.subtree} | _stranded_objects(top)) - cut


STRANDED_OBJECT_TAGS = {"PROPN", "NOUN", "ADJ", "DET", "NUM"}


def _stranded_objects(top: Token) -> set[int]:
    """The words after a preposition the parser left with no object, which it hung elsewhere ("the
    deployment of THAAD undermines ...", with "THAAD" taken for a modifier of the verb): the nouns
    right after it, as far as the next word of another kind."""
    doc, found = top.doc, set()
    for prep in (t for t in top.subtree if t.dep_ == "prep" and not any(True for _ in t.children)):
        i = prep.i + 1
        while i < top.sent.end and doc[i].pos_ in STRANDED_OBJECT_TAGS:
            found.add(i)
            i += 1
    return found


def defied(marker: Token) -> list[Token]:
    """What a preposition of defiance defies: "despite [the sanctions]", "regardless of [the
    resolution]", "in defiance of [the sanctions]", "in spite of" (grammar.yaml
    ``defiance_prepositions``, ``defiance_words``); [] for any other word."""
    g = grammar()
    if marker.dep_ == "prep" and marker.lower_ in g.defiance_prepositions:
        return [c for c in marker.children if c.dep_ == "pobj"]
    words = [marker] if marker.lower_ in g.defiance_words else [
        c for c in marker.children if c.dep_ == "pobj" and c.lower_ in g.defiance_words]
    return [o for w in words for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def _made_so(clause: Token) -> Token | None:
    """The subject of an adjective a verb makes it ("make sanctions available", "keep the embargo
    in place" is a preposition's): what the verb acts on, the clause's only part of the object."""
    bare = not any(c.dep_ in {"aux", "mark"} for c in clause.children)
    return own_subject(clause) if clause.dep_ == "ccomp" and clause.pos_ == "ADJ" and bare else None


def _who_failed(preposition: Token) -> bool:
    """The "of" of a failure or refusal to act, naming who did not act: "deplored the failure of
    UNITA to comply with its obligations" holds the failure, not UNITA."""
    return preposition.lower_ == "of" and act_left_undone(preposition.head) is not None


def act_left_undone(noun: Token) -> Token | None:
    """The act a failure or refusal is of: "the refusal of Iran to suspend enrichment" (suspend)."""
    g = grammar()
    if noun.lemma_.lower() not in g.lack_nouns | g.refusing_nouns:
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and has_aux_to(c)), None)


def _sort_of(noun: Token, cues: set[int]) -> bool:
    """A noun of sort whose "of" names a cue: "all forms of support to Al-Shabaab" is the support."""
    if noun.lemma_.lower() not in grammar().sort_nouns:
        return False
    return any(p.lower_ == "of" and any(o.i in cues for o in p.children) for p in noun.children)
