"""Actor–position–topic: who supports or opposes what, read from stance cues.

For each cue of ``kg/rules/stance.yaml`` in a sentence:

* cues of action and attitude (verbs, halt verbs, hostile verbs) are read from the parse
  (kg/extract/readings.py, with the patterns of ``kg/rules/grammar.yaml``): the holder is the
  subject of the cue's clause, a passive agent or a possessor, an office resolved by the
  article's date, or the speaker a verb of saying names; what is held is what the cue governs;
  a call's complement says what is asked;
* judgements, predicates, recorded votes and cues the parser did not read as words of content
  are read by word order (kg/extract/holders.py, kg/extract/phrases.py), as is the holder of a
  clause the parse names no subject for;
* where no one is named, the sentence's speaker holds it (kg/extract/speakers.py: quotes,
  headlines, statement titles); a text in the first person with no named speaker speaks for
  the actor that holds most positions in it; hedges lower the confidence.

A person's position is also their state's ("Lavrov said" is Russia's too).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.claims import Claim, Node
from kg.extract import grammar
from kg.extract.base import (
    Context,
    claim_for,
    is_pronoun,
    sentence_text,
    sentences,
    span_at,
    spans_in,
    words_of,
)
from kg.extract.cues import Cue, find_cues, stance_words, word_set
from kg.extract.holders import BE_FORMS, HARD_BOUNDARY, HOLDER_BOUNDARY, demonstrative, holder_of, scare_quote
from kg.extract.phrases import (
    antecedent,
    draft_in_focus,
    generic_head,
    mention_end,
    new_topic,
    noun_phrase,
    objects_in,
)
from kg.extract.readings import (
    NEGATED_SUPPORT_PENALTY,
    OTHER_STANCE,
    Reading,
    a_measure,
    against_reading,
    aim_readings,
    call_readings,
    commitment_readings,
    cue_span,
    defiance_readings,
    denied_existence_readings,
    effect_readings,
    failure_readings,
    for_a_time,
    gained_readings,
    harm_readings,
    is_attribute,
    list_opener,
    listed_readings,
    no_cue_of_its_own,
    own_decision,
    owner_reading,
    parsed_as_content,
    particle_of_a_verb,
    partisan_readings,
    predicate_subject,
    read_cue,
    reasoner,
    requested_readings,
    requirement_readings,
    rights_readings,
    sentence_speaker,
    served_readings,
    takes_up_a_thing,
    text_content_readings,
    threat_readings,
    valued_readings,
    voiced_obligation_readings,
)
from kg.extract.resolutions import (
    NEWEST_DAYS,
    RESOLUTION_HEADS,
    in_sentence,
    names_a_draft,
    resolution_at,
    resolution_in_focus,
    resolution_mentions,
)
from kg.extract.speakers import QUOTES, actor_at, actor_node, actor_spans, actors_in, asked_in, speakers
from kg.extract.stance_holders import COUNCIL, opener_holders, who_is
from kg.extract.stance_objects import NEW_TOPIC_PENALTY
from kg.fingerprints import family_version
from kg.kinds import POSITION
from kg.nlp import PARSED_FAMILIES, STANCE_FAMILIES, verb_forms

NAME = "positions"
VERSION = family_version(__name__)  # a hash of this module, what it imports, its rules
FAMILIES = STANCE_FAMILIES
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
# Words that open a clause of their own when an actor follows: "as US reimposes sanctions".
CLAUSE_CONJUNCTIONS = {"as", "when", "whilst", "until"}
CONSEQUENCE_REACH = 6  # "lead to [a financial and economic] blockade": the words up to the harm
MAX_PURPOSE_CLIMB = 3  # "must act now [to stop ...]": purposes nested this deep still reach the sayer
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
DETERMINER_BEFORE_NOUN = {"the", "a", "an", "this", "that", "these", "those"}
VOTE_AGAINST = re.compile(r"\bin favou?r\s*(?:,\s*|to\s+)\w+\s+against\s*\((?P<voters>[^)]*)\)", re.I)
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
# "by 4 in favour (Algeria, China) to 9 against (Denmark, France), with 2 abstentions (Guyana)":
# each side named in brackets after its count holds its vote.
VOTE_GROUPS = (
    (VOTE_AGAINST, "opposes"),
    (re.compile(rf"\b{_COUNT}\s+in\s+favou?r\s*\((?P<voters>[^)]*)\)", re.I), "supports"),
    (re.compile(rf"\b{_COUNT}\s+against\s*\((?P<voters>[^)]*)\)", re.I), "opposes"),
)
HEDGING_MODALS = {"would", "could", "might"}  # lower the confidence, do not block
SPEAKER_PENALTY = 0.85
FIRST_PERSON_SENTENCES = 2
HEDGE_PENALTY = 0.7
WORD_ORDER_PENALTY = 0.9  # a holder found by word order where the parse found none
TURNED_BY_NEGATION = {"verb", "predicate", "evaluative"}  # a support cue negated opposes; others say nothing


def _clause_start(sent: Span, i: int) -> int:
    """Where the clause holding token ``i`` begins, looking back for a hard boundary."""
    for j in range(i - 1, sent.start - 1, -1):
        if sent.doc[j].lower_ in HARD_BOUNDARY:
            return j + 1
    return sent.start


def _scope_end(sent: Span, cue: Cue, cues: list[Cue], topics: list[Span]) -> int:
    """Where what a cue governs ends: the next cue, a hard boundary, or a comma not opening a list."""
    doc = sent.doc
    later = [c.start for c in cues if c.start >= cue.end and c.family != "evaluative_adjective"
             and not no_cue_of_its_own(sent, c)]  # "illegal exports" is a name, not a cue of its own
    stop = min(later, default=sent.end)
    topic_starts = {t.start for t in spans_in(doc, "topic", cue.end, sent.end)}
    for j in range(cue.end, stop):
        tok = doc[j]
        if (
            tok.lower_ in HARD_BOUNDARY
            or tok.text == "?"
            or (tok.lower_ in SOFT_BOUNDARY and j > cue.end and not demonstrative(doc, j))
            or (tok.lower_ in CLAUSE_CONJUNCTIONS and _opens_clause(doc, j))
        ):
            return j
        if (
            tok.text == ","
            and j + 1 not in topic_starts
            and j > cue.end + 1
            and cue.norm not in stance_words("clausal")
        ):
            return j
    return stop


def _opens_clause(doc: Doc, j: int) -> bool:
    """ "back the deal as US reimposes sanctions": the conjunction at ``j`` has an actor for subject."""
    k = j + 1
    while k < len(doc) and doc[k].lower_ in DETERMINER_BEFORE_NOUN:
        k += 1
    return k < len(doc) and actor_at(doc, k) is not None


def _negated(sent: Span, cue: Cue) -> bool:
    doc = sent.doc
    clause = _clause_start(sent, cue.start)
    before = [doc[j] for j in range(max(clause, cue.start - 3), cue.start)]
    return any(w.norm_ in stance_words("negation") and not _contrasting(w) for w in before)


def _contrasting(word: Token) -> bool:
    """A "not" the parse sets on a noun, contrasting it with another ("Dialogue, not sanctions, is
    the answer"): no negation of the verb after it."""
    return word.dep_ == "neg" and word.head.pos_ in {"NOUN", "PROPN"}


def _blocked(sent: Span, cue: Cue) -> bool:
    """A hypothetical or denied cue states no position, nor does a negated one, except that
    "will not support X" is opposition to X."""
    doc = sent.doc
    clause = _clause_start(sent, cue.start)
    turned = cue.family in TURNED_BY_NEGATION and cue.stance == "supports" and "only" not in cue.norm
    if _negated(sent, cue) and not turned:  # "not the only way" opposes nothing
        return True
    opening = {doc[j].norm_ for j in range(clause, cue.start)}
    hypothetical = stance_words("hypothetical") - HEDGING_MODALS
    return bool(opening & hypothetical or opening & stance_words("denial"))


def _reason_of_a_measure(sent: Span, cue: Cue) -> bool:
    """A harm given as the reason for a measure ("imposed sanctions on individuals for undermining
    Haiti's democratic processes"): the targets did it, no judgement of the measure."""
    word = sent.doc[cue.start : cue.end].root
    return word.tag_ == "VBG" and word.dep_ == "pcomp" and word.head.lower_ == "for"


def _hedged(sent: Span) -> bool:
    return any(t.norm_ in stance_words("hedge") or t.lower_ in HEDGING_MODALS for t in words_of(sent))


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


def _read_cue(sent: Span, cue: Cue, cues: list[Cue], ctx: Context, actors, topics, mentions
              ) -> Reading | None:
    """What one cue says: its holder, stance and objects, or None when it says nothing."""
    if _blocked(sent, cue):
        return None
    end = _scope_end(sent, cue, cues, topics)
    stance, family = cue.stance, cue.family
    confidence = BASE_CONFIDENCE[family]
    if family in TURNED_BY_NEGATION and stance == "supports" and _negated(sent, cue):
        # "would not support", "sanctions are not an effective tool"
        stance, confidence = "opposes", confidence * NEGATED_SUPPORT_PENALTY
    holders, needs_speaker = [], True
    if _nominal(sent, cue):
        return None
    agents = _passive_agents(sent, cue) if family == "verb" else []
    if agents:  # "the draft was vetoed by Russia": the agents hold it, of the clause's subject
        objects = _subject_of(sent, cue, ctx, mentions, actors)
        holders = [n for n in (actor_node(a, ctx.gazetteer) for a in agents) if n is not None]
        confidence *= HEDGE_PENALTY if _hedged(sent) else 1
        return Reading(tuple(holders), False, stance, tuple(objects), confidence, sent) if objects else None
    if family in {"verb", "hostile", "gerund_only"}:
        if _after_relative(sent, cue) or _takes_that_clause(sent, cue) or _purpose(sent, cue):
            return None
        holders, needs_speaker = holder_of(sent, cue, actors, ctx.gazetteer)
        # "The resolution was in response to ...": what a resolution says is the Council's.
        council = None if holders else ctx.gazetteer.node(COUNCIL)
        if council is not None and _resolution_subject(sent, cue, mentions):
            holders, needs_speaker = [Node.of(council)], False
        obligation = _obligation(sent, cue)
        if obligation == "reported":
            holders, needs_speaker = [], True  # "China said the Council should support ...": China's
        elif obligation == "narrated":
            return None  # "all five permanent members must vote in favour": a rule, not a stance
    if family == "cessation" and not _standalone_gerund(sent, cue):
        return None
    if family == "gerund_only" and not _gerund(sent, cue.end):
        return None
    if family == "predicate":
        # The parse's subject first; word order where the parse names none (a headline torn apart).
        parsed = predicate_subject(sent, cue, ctx, mentions)
        stance = OTHER_STANCE[stance] if parsed is not None and parsed[0] == "opposes" else stance
        objects = parsed[1] if parsed is not None else _subject_of(sent, cue, ctx, mentions, actors)
        holders, needs_speaker = _named_by(sent, cue, ctx) or (holders, needs_speaker)
    elif family == "evaluative":  # "gang violence undermines the rule of law": the parse's subject first
        if any(c.family == "evaluative" and c.start == cue.end for c in cues):
            return None  # "contributes to undermining the rule of law": the harm says it
        if _reason_of_a_measure(sent, cue):
            return None  # "sanctions on 50 individuals for undermining ...": what the targets did
        parsed = predicate_subject(sent, cue, ctx, mentions)
        stance = OTHER_STANCE[stance] if parsed is not None and parsed[0] == "opposes" else stance
        objects = parsed[1] if parsed is not None else _judged(sent, cue, cues, ctx, mentions)
        named = _named_by(sent, cue, ctx) or _reasoned_by(sent, cue, ctx)
        holders, needs_speaker = named or (holders, needs_speaker)
    elif family == "evaluative_adjective":
        if span_at(sent.doc, "topic", cue.start) is not None:
            return None  # "the illegal exploitation of natural resources": the adjective is the name's
        window = min(cue.end + 3, sent.end)
        objects = objects_in(sent, cue.end, window, ctx, mentions)[:1]
        span = None if objects or _predicative(sent, cue) else noun_phrase(sent, cue.start, window, actors)
        if span is not None and span[-1].norm_ not in OUTCOME_NOUNS:  # not "dangerous consequences"
            objects = [new_topic(span)]
    elif family == "evaluative_after":
        objects = objects_in(sent, cue.end, sent.end, ctx, mentions)[:1]
    else:
        objects = objects_in(sent, cue.end, end, ctx, mentions)
        if not objects and cue.norm not in stance_words("clausal"):
            span = noun_phrase(sent, cue.end, end, actors)
            objects = resolution_in_focus(sent, cue.end, ctx)
            head = None if objects else generic_head(sent, cue.end, end)
            if head is not None:
                objects, span = antecedent(head, ctx), None  # "their opposition to the move"
            if span is not None and not objects:
                objects = [new_topic(span)]
                confidence *= NEW_TOPIC_PENALTY
    if not objects:
        return None
    if _hedged(sent):
        confidence *= HEDGE_PENALTY
    denied = grammar.belief_denied(grammar.chain(cue_span(sent, cue).root))
    if denied and family in {"predicate", "evaluative"}:  # "does not think that sanctions will help"
        stance = OTHER_STANCE[stance]
    return Reading(tuple(holders), needs_speaker, stance, tuple(objects), confidence, sent)


def _passive_agents(sent: Span, cue: Cue) -> list[Span]:
    """The actors after "by" of a passive cue: "was vetoed by Russia", "were welcomed by Japan
    and the United States"."""
    doc = sent.doc
    if cue.start - 1 < sent.start or doc[cue.start - 1].lower_ not in BE_FORMS:
        return []
    if cue.end >= sent.end or doc[cue.end].lower_ != "by":
        return []
    agents: list[Span] = []
    i = cue.end + 1
    while i < sent.end:
        i += doc[i].lower_ == "the"
        actor = actor_at(doc, i) if i < sent.end else None
        if actor is None or actor.start != i:
            break
        agents.append(actor)
        i = actor.end
        if i >= sent.end or doc[i].lower_ not in {"and", ","}:
            break
        i += 1
    return agents


def _resolution_subject(sent: Span, cue: Cue, mentions) -> bool:
    """Whether the cue's clause opens with a resolution ("The U.S.-sponsored resolution was in
    response to ...", "Resolution 2371 condemns ...")."""
    start = _subject_start(sent, cue)
    doc = sent.doc
    if any(doc[j].norm_ in RESOLUTION_HEADS for j in range(start, cue.start)):
        return True
    return any(start <= doc.char_span(m.start_char, m.end_char, alignment_mode="expand").start < cue.start
               for m in mentions if sent.start_char <= m.start_char < sent.end_char)


def _obligation(sent: Span, cue: Cue) -> str | None:
    """ "should" or "must" before a cue: "reported" when someone says it ("X said the Council should
    support Y", the speaker's stance), "narrated" when the text states it as a rule."""
    doc = sent.doc
    before = {doc[j].lower_ for j in range(max(sent.start, cue.start - 2), cue.start)}
    if not before & {"should", "must"}:
        return None
    attributing = stance_words("reporting") | stance_words("attribution_openers")  # "According to X, ..."
    voiced = any(t.norm_ in attributing or t.text in QUOTES for t in words_of(sent))
    return "reported" if voiced or _first_person(sent) else "narrated"


def _named_by(sent: Span, cue: Cue, ctx: Context) -> tuple[list[Node], bool] | None:
    """Who calls a thing what the cue says, as its holder: "Pyongyang called the sanctions a
    declaration of war", "China regards the deployment as a threat to its security"."""
    namer = _namer(sent, cue)
    node = actor_node(namer, ctx.gazetteer) if namer is not None else None
    return ([node], False) if node is not None else _naming_subject(sent, cue, ctx)


def _naming_subject(sent: Span, cue: Cue, ctx: Context) -> tuple[list[Node], bool] | None:
    """ "Kenya's representative described the sanctions as an obstacle to peace": where no name
    stands right before the verb of naming, the parse's subject of it (an envoy, an office)."""
    verb = next((a for a in sent.doc[cue.start].ancestors if a.norm_ in stance_words("naming")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    found = who_is(subject, ctx) if subject is not None else None
    return found if found is not None and found[0] else None


def _reasoned_by(sent: Span, cue: Cue, ctx: Context) -> tuple[list[Node], bool] | None:
    """The actor whose act a reason clause holding the cue explains: "Kenya abstained because the
    sanctions would undermine the peace process" (Kenya judges the sanctions)."""
    word = sent.doc[cue.start]
    return reasoner([word, *word.ancestors], ctx)


def _namer(sent: Span, cue: Cue) -> Span | None:
    """The actor that calls something what a predicate cue says: "Pyongyang called the sanctions
    a declaration of war", "Iran described the resolution as politically motivated"."""
    doc = sent.doc
    for j in range(_subject_start(sent, cue), cue.start):
        if doc[j].norm_ in stance_words("naming") and j > sent.start:
            actor = actor_at(doc, j - 1)
            return actor if actor is not None and actor.end == j else None
    return None


def _predicative(sent: Span, cue: Cue) -> bool:
    """ "dismissed the sanctions as illegal and said ...": no noun follows the adjective."""
    after = sent.doc[cue.end] if cue.end < sent.end else None
    return after is None or after.is_punct or after.lower_ in {"and", "or", "but"}


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
    return cue.end < sent.end and doc[cue.end].lower_ == "that" and cue.norm not in stance_words("clausal")


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
    the vocabularies where they can ("the resolution adopted on March 2 will play a role"); after
    a naming verb, what it names ("Iran called the European move politically motivated")."""
    start = _subject_start(sent, cue)
    start = next((j + 1 for j in range(start, cue.start) if _naming_verb(sent.doc[j])), start)
    span = noun_phrase(sent, start, cue.start, actors)
    stop = cue.start if span is None else max(span.end, mention_end(sent, start, cue.start, mentions))
    if span is not None and span[-1].norm_ in grammar.grammar().intent_nouns:
        stop = cue.start  # "attempts by the E3 to trigger the snapback have no legal basis"
    # A name the phrase opens ("the 'suspension for suspension' proposal") is read whole.
    stop = max([stop] + [t.end for t in spans_in(sent.doc, "topic", start, cue.start) if t.start < stop])
    named = objects_in(sent, start, stop, ctx, mentions)[:1]
    if named or span is None:
        return named
    if span[-1].norm_ in RESOLUTION_HEADS:  # "the resolution was opposed by China": the one in focus,
        return resolution_in_focus(sent, start, ctx)  # or none ("resolution" names no topic)
    if all(t.pos_ in {"VERB", "AUX", "ADV", "ADP"} or t.is_punct for t in span):
        return []  # "..., who attended as an interested party, ...": a verb names no thing
    return [new_topic(span)]


def _naming_verb(word) -> bool:
    """ "called", "described", "regards" as a verb; unparsed, not after a preposition ("with regard to")."""
    before = word.doc[word.i - 1].lower_ if word.i > 0 else ""
    after_preposition = before in grammar.grammar().object_prepositions
    verb = word.pos_ == "VERB" or (word.pos_ in {"X", ""} and not after_preposition)
    return verb and word.norm_ in stance_words("naming")


def _judged(sent: Span, cue: Cue, cues: list[Cue], ctx: Context, mentions) -> list[Node]:
    """What a judgement is about: the first thing its clause names before any other cue."""
    start = _subject_start(sent, cue)
    stop = min([c.start for c in cues if start <= c.start < cue.start] + [cue.start])
    return objects_in(sent, start, stop, ctx, mentions)[:1]


def _subject_start(sent: Span, cue: Cue) -> int:
    """Where the clause of a cue begins: after "that", "which", a quote mark or a hard boundary."""
    doc = sent.doc
    for j in range(cue.start - 1, sent.start - 1, -1):
        if doc[j].lower_ in HOLDER_BOUNDARY and not scare_quote(doc, j):  # not 'the "dual-track approach"'
            return _cleft(sent, j) or j + 1
        if j > sent.start and _joins_clauses(doc, j):
            return j + 1  # "The action is not about sanctions, and diplomatic means is the only way"
    return _after_attribution(sent, cue)


def _joins_clauses(doc, j: int) -> bool:
    """ ", and" between two clauses, not inside a list ("the UK, Germany, and France"): as the
    parse says, or, unparsed, before a word in lower case."""
    if doc[j].lower_ not in {"and", "but"} or doc[j - 1].text not in {",", ";"}:
        return False
    if doc[j].dep_ == "cc":
        return doc[j].head.pos_ in {"VERB", "AUX"}
    return j + 1 < len(doc) and doc[j + 1].is_lower


def _after_attribution(sent: Span, cue: Cue) -> int:
    """ "According to the ministry, the resolution should be implemented": the clause begins after
    the words that say whose it is."""
    if sent[0].lower_ not in stance_words("attribution_openers"):
        return sent.start
    comma = next((t.i for t in sent.doc[sent.start : cue.start] if t.text == ","), None)
    return comma + 1 if comma is not None else sent.start


CLEFT_WORDS = 8  # "it is <at most this many words> that ..."


def _cleft(sent: Span, that: int) -> int | None:
    """ "It is dialogue and negotiation that represents the right way": the clause after "that"
    says something of what "it is" names."""
    doc = sent.doc
    if doc[that].lower_ != "that":
        return None
    for k in range(that - 2, max(sent.start, that - CLEFT_WORDS - 1), -1):
        if doc[k].lower_ in BE_FORMS and doc[k - 1].lower_ == "it":
            return k + 1
    return None


def _vote_readings(sent: Span, ctx: Context, actors: list[Span], mentions) -> list[Reading]:
    """ "adopted by a vote of 12 in favour to 2 against (Brazil, Turkey)": the states in the
    parentheses opposed the resolution being adopted; "Voting in favour of the draft were France,
    Spain and Uruguay": each voter holds its vote."""
    roll_call = _roll_call(sent)
    groups = _tallies(sent) or ([roll_call] if roll_call else [])
    if not groups:
        return []
    voted_on = in_sentence(sent, mentions) or resolution_in_focus(sent, sent.start, ctx) \
        or draft_in_focus(sent, ctx)
    actors_here = actors_in(sent.doc, sent.start, sent.end)
    readings = []
    for (start, end), stance in groups:
        nodes = (actor_node(a, ctx.gazetteer) for a in actors_here if start <= a.start_char < end)
        holders = tuple(n for n in nodes if n is not None)
        if holders and voted_on:
            confidence = BASE_CONFIDENCE["verb"]
            readings.append(Reading(holders, False, stance, tuple(voted_on[:1]), confidence, sent))
    return readings


def _tallies(sent: Span) -> list[tuple[tuple[int, int], str]]:
    """The sides of a tally named in brackets, each as the character span of its voters and its
    stance; one side once ("12 in favour to 2 against (Brazil, Turkey)" is read as against)."""
    found: dict[tuple[int, int], str] = {}
    text = sentence_text(sent)
    if "(" not in text:
        return []  # every side is named in brackets
    for pattern, stance in VOTE_GROUPS:
        for match in pattern.finditer(text):
            span = (sent.start_char + match.start("voters"), sent.start_char + match.end("voters"))
            found.setdefault(span, stance)
    return list(found.items())


@lru_cache(maxsize=1)
def _voting_forms() -> frozenset[str]:
    """ "Voting", "vetoing": the -ing forms a roll call opens with."""
    return frozenset(f"{lemma.removesuffix('e')}ing" for lemma in grammar.grammar().vote_lemmas)


def _roll_call(sent: Span) -> tuple[tuple[int, int], str] | None:
    """ "Voting against were Russia and China": the voters after the copula or a colon, the vote's
    direction from the words before it (grammar.yaml's ``vote_directions``)."""
    if sent[0].lower_ not in _voting_forms():
        return None  # read on the words: a roll call need not be parsed
    turn = next((t for t in sent[1:] if t.lower_ in BE_FORMS or t.text == ":"), None)
    if turn is None:
        return None
    directions = grammar.grammar().vote_directions
    before = sent[1 : turn.i - sent.start]
    stance = next((directions[t.lower_] for t in before if t.lower_ in directions), None)
    # The list ends at the first full stop: a sentence the splitter ran on holds the next one too.
    stop = next((t.idx for t in sent.doc[turn.i : sent.end] if t.text in {".", ";"}), sent.end_char)
    return ((turn.idx + len(turn), stop), stance) if stance else None


def _sentence_readings(sent: Span, ctx: Context, actors, topics, mentions) -> list[Reading]:
    if sentence_text(sent).rstrip().endswith("?"):
        return []
    named = [(t.start, t.end) for t in spans_in(sent.doc, "topic", sent.start, sent.end)]
    cues = [
        _as_halt_verb(sent, c)  # before the cue words are gathered: a call's verb that halts is a cue
        for c in find_cues(sent, "stance", FAMILIES)
        # "the Russian-Chinese roadmap for"; a judgement names the topic it judges by ("a violation of
        # Security Council resolutions") and reads on.
        if (c.family == "judgement" or not any(c.start < b and a < c.end for a, b in named))
        and not for_a_time(sent, c)  # "lobbied for years to ..."
    ] + _consequence_cues(sent)
    # An adjective of judgement on a noun is part of the thing's name ("illegal exports of diamonds").
    cue_words = {i for c in cues if c.family in PARSED_FAMILIES and not no_cue_of_its_own(sent, c)
                 for i in range(c.start, c.end)}
    readings: list[Reading] = _vote_readings(sent, ctx, actors, mentions)
    readings += call_readings(sent, cue_words, ctx, mentions)
    readings += threat_readings(sent, cue_words, ctx, mentions)
    readings += voiced_obligation_readings(sent, cue_words, ctx, mentions)
    readings += requirement_readings(sent, cue_words, ctx, mentions)
    readings += denied_existence_readings(sent, cue_words, ctx, mentions)
    readings += aim_readings(sent, cue_words, ctx, mentions)
    readings += rights_readings(sent, cue_words, ctx, mentions)
    readings += harm_readings(sent, cue_words, ctx, mentions)
    readings += failure_readings(sent, cue_words, ctx, mentions)
    readings += served_readings(sent, cue_words, ctx, mentions)
    readings += effect_readings(sent, cue_words, ctx, mentions)
    readings += commitment_readings(sent, cue_words, ctx, mentions)
    readings += defiance_readings(sent, cue_words, ctx, mentions)
    readings += gained_readings(sent, cue_words, ctx, mentions)
    readings += requested_readings(sent, cue_words, ctx, mentions)
    readings += partisan_readings(sent, cue_words, ctx, mentions)
    readings += text_content_readings(sent, cue_words, ctx, mentions)
    readings += listed_readings(sent, cue_words, ctx, mentions)
    readings += valued_readings(sent, cue_words, ctx, mentions)
    placed: list[tuple[int, Reading]] = []  # each cue's reading, by where the cue stands
    for cue in cues:
        others = cue_words - set(range(cue.start, cue.end))  # the words of the sentence's other cues
        if cue.family in PARSED_FAMILIES and parsed_as_content(sent.doc[cue.start : cue.end]):
            reading = read_cue(sent, cue, others, ctx, mentions)
            if reading is not None and not reading.holders and not reading.parsed_subject:
                reading = _named_before(reading, sent, cue, actors, ctx)
            if _done_by_a_thing(sent, cue, ctx):
                # "the measures violated the principle of sovereignty", "a negotiated solution would
                # strengthen the regime": the speaker judges the doer, whatever else the verb holds
                judged = _read_cue(sent, replace(cue, family="evaluative"), cues, ctx, actors, topics,
                                   mentions)
                if reading is None:
                    reading = judged
                elif judged is not None:
                    placed.append((cue.start, judged))
            if reading is None and _condemning_attribute(sent, cue):
                # "the illegal sanctions": an adjective of condemnation names what it judges
                judged = replace(cue, family="evaluative_adjective")
                reading = _read_cue(sent, judged, cues, ctx, actors, topics, mentions)
        elif cue.family == "judgement" or cue.family == "verb" and particle_of_a_verb(cue_span(sent, cue)):
            reading = None  # "right after the vote", "the right to": no adjective, no judgement;
            # "bring the parties back": no verb
        else:  # predicates, and cues the parser did not read as a word of content
            reading = _read_cue(sent, cue, cues, ctx, actors, topics, mentions)
        if reading:
            reading = _vote_on_the_resolution(sent, cue, reading, ctx)
            placed.append((cue.start, reading))
            parsed = cue.family in PARSED_FAMILIES
            # "supports dialogue, not sanctions", "the answer is dialogue, not sanctions"
            set_against = parsed or cue.family == "predicate"
            against = against_reading(sent, cue, reading, others, ctx, mentions) if set_against else None
            if against is not None:
                placed.append((cue.start, against))
            owned = owner_reading(sent, cue, reading, others, ctx) if parsed else None
            if owned is not None:  # "rejected Libya's request to lift the asset freeze": Libya's own
                placed.append((cue.start, owned))
    readings += _the_later_prevails(sent, placed)
    return readings + _taken_up_by_welcomers(sent, readings)


def _vote_on_the_resolution(sent: Span, cue: Cue, reading: Reading, ctx: Context) -> Reading:
    """ "Canada, Finland and Romania voted for the sanctions package", "Brazil and Turkey voted
    against the sanctions": a vote on measures is a vote on the resolution in focus that sets them."""
    voted = sent.doc[cue.start].lemma_.lower() in grammar.grammar().vote_lemmas
    if not voted or not reading.objects or not all(a_measure(o) for o in reading.objects):
        return reading
    focus = [] if names_a_draft(sent) else resolution_at(sent, ctx)
    return replace(reading, objects=tuple(focus[:1])) if focus else reading


def _taken_up_by_welcomers(sent: Span, readings: list[Reading]) -> list[Reading]:
    """ "The UK welcomed resolution 2216, which demands that the Houthis end the violence", "I
    welcome the adoption of resolution 2140, which provides for sanctions against ...", "welcomed the
    resolution calling for a ceasefire": who welcomes a resolution holds what its relative clause or
    participle says it does, as the Council does."""
    clauses = [c for c in words_of(sent)
               if c.dep_ == "relcl" and _relative(c) or c.dep_ == "acl" and c.tag_ == "VBG"]
    if not any(_welcomed(clause.head) for clause in clauses):
        return []
    welcomes = [r for r in readings if r.stance == "supports" and COUNCIL not in {h.iri for h in r.holders}
                and any(o.cls == "resolution" for o in r.objects)]
    councils = [r for r in readings if [h.iri for h in r.holders] == [COUNCIL]
                and not any(o.cls == "resolution" for o in r.objects)]
    return [replace(c, holders=w.holders, needs_speaker=w.needs_speaker)
            for w in welcomes[:1] for c in councils]


def _relative(clause: Token) -> bool:
    """A relative clause whose subject is its relative pronoun ("which demands ...")."""
    pronouns = grammar.grammar().relative_pronouns
    return any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in clause.children)


def _welcomed(antecedent: Token) -> bool:
    """A resolution that a verb of welcome takes for its object: "welcomed resolution 2216", "welcome
    the adoption of resolution 2140"."""
    noun = antecedent.head if antecedent.dep_ in {"nummod", "appos"} else antecedent
    if noun.norm_ not in RESOLUTION_HEADS:
        return False
    taken = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    rules = grammar.grammar()
    return taken.dep_ == "dobj" and taken.head.lemma_.lower() in rules.welcoming_lemmas | rules.praise_lemmas


def _the_later_prevails(sent: Span, placed: list[tuple[int, Reading]]) -> list[Reading]:
    """ "the sanctions were useful at first, but they are now counterproductive": of two readings
    of one holder on one thing that disagree across a "but" (grammar.yaml ``concession_words``),
    the later is the speaker's point; the earlier is conceded."""
    turns = [t.i for t in words_of(sent) if t.lower_ in grammar.grammar().concession_words]

    def overruled(start: int, reading: Reading) -> bool:
        return any(
            start < turn < later and _same_claim(reading, other) and reading.stance != other.stance
            for later, other in placed for turn in turns
        )

    return [reading for start, reading in placed if not overruled(start, reading)]


def _same_claim(one: Reading, other: Reading) -> bool:
    """The same holders (one still waiting for the sentence's speaker may be any) on a shared thing."""
    holders = {n.iri for n in one.holders} == {n.iri for n in other.holders}
    speaker = one.needs_speaker or other.needs_speaker
    return (holders or speaker) and bool({n.iri for n in one.objects} & {n.iri for n in other.objects})


def _done_by_a_thing(sent: Span, cue: Cue, ctx: Context) -> bool:
    """A harmful or beneficial verb whose subject is a thing, not an actor: "the sanctions derailed
    the talks", "a negotiated solution would strengthen the regime"; not a hostile act that may
    well be the thing's purpose ("the sanctions would cut off funding for gangs", grammar.yaml
    ``harmful_acts``, ``beneficial_acts``)."""
    root = sent.doc[cue.start : cue.end].root
    rules = grammar.grammar()
    acts = {("hostile", "opposes"): rules.harmful_acts, ("verb", "supports"): rules.beneficial_acts}
    if root.lemma_.lower() not in acts.get((cue.family, cue.stance), frozenset()):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() in rules.people_nouns:
        return False  # "his delegation had supported the text": people do it, no thing
    if subject.lower_ in rules.taken_up_pronouns:  # "Bolton said it would strengthen the process"
        return takes_up_a_thing(subject, ctx)
    return subject.pos_ == "NOUN" and actor_at(sent.doc, subject.i) is None


def _condemning_attribute(sent: Span, cue: Cue) -> bool:
    """An adjective of condemnation said of a noun it modifies: "the unjustified sanctions". A
    hyphenated one ("counter-productive") the parser splits and hangs anywhere: only after a
    linking verb is it read."""
    single = cue.end - cue.start == 1
    adjective = sent.doc[cue.start].pos_ == "ADJ"  # not "result in nothing but damaging ..."
    return cue.stance == "opposes" and single and adjective and is_attribute(sent, cue)


def _consequence_cues(sent: Span) -> list[Cue]:
    """ "the sanctions would lead to a humanitarian catastrophe", "could result in further
    instability": a verb of consequence with a harm after it judges what brings the harm about, as
    a verb of harm does (grammar.yaml ``consequence_lemmas``, ``harm_outcomes``)."""
    forms, outcomes = _consequence_words()
    halts = stance_words("cessation")
    cues = []
    for word in (w for w in sent if w.norm_ in forms):
        after = sent.doc[word.i + 1 : min(sent.end, word.i + 1 + CONSEQUENCE_REACH)]
        harm = next((t for t in after if t.norm_ in outcomes or t.is_punct), None)
        if harm is None or harm.is_punct:
            continue
        # "would lead to an end to the confrontation": a harm ended is a good brought about
        if not any(t.norm_ in halts for t in sent.doc[word.i + 1 : harm.i]):
            cues.append(Cue("evaluative", "opposes", word.i, word.i + 1, word.norm_))
    return cues


@lru_cache(maxsize=1)
def _consequence_words() -> tuple[frozenset[str], frozenset[str]]:
    forms = verb_forms(sorted(grammar.grammar().consequence_lemmas))
    return frozenset(forms), word_set("grammar", "harm_outcomes")


def _as_halt_verb(sent: Span, cue: Cue) -> Cue:
    """ "the exercises must end" holds the exercises, but "the rebels must end their violence" is
    a call to halt the violence: a halt predicate with an object of its own reads as the verb."""
    if cue.family != "predicate" or cue.stance != "opposes":
        return cue
    root = sent.doc[cue.start : cue.end].root
    halts = stance_words("cessation")
    # ... or an act of its own: "the DPRK should stop conducting missile tests"
    own = any(c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG" for c in root.children)
    if root.norm_ not in halts or not own:
        return cue
    return replace(cue, family="cessation", start=root.i, end=root.i + 1, norm=root.norm_)


def _named_before(reading: Reading, sent: Span, cue: Cue, actors, ctx: Context) -> Reading | None:
    """Where the parse finds no holder in the cue's clause and no one reports it (a clause the
    parser tore apart), the actor named before the cue in its clause holds it, if any."""
    words = grammar.chain(sent.doc[cue.start : cue.end].root)
    # reported, or another helped: "to help the CAR ensure ..." is not the CAR's stance ("to help
    # stem the flow of arms" is the helper's own)
    if _purpose_reported(words[-1]) or any(grammar.helped(w) and grammar.own_subject(w) is not None
                                           for w in words):
        return reading
    holders, needs_speaker = holder_of(sent, cue, actors, ctx.gazetteer)
    if not holders:
        return reading
    root = sent.doc[cue.start : cue.end].root
    if own_decision(holders, [root], cue, reading.stance, list(reading.objects)):
        return None  # "Security Council votes to end sanctions", its subject torn from the verb
    return replace(reading, holders=tuple(holders), needs_speaker=needs_speaker,
                   confidence=reading.confidence * WORD_ORDER_PENALTY)


def _purpose_reported(top: Token) -> bool:
    """Whether a verb of saying reports the clause, or the clause an act is the purpose of: "'The
    Council must act now to stop the flow of weapons,' said Britain's ambassador" (the sayer asks
    for the stopping, not the Council)."""
    for _ in range(MAX_PURPOSE_CLIMB):
        if grammar.reporter(grammar.chain(top)) is not None:
            return True
        if top.dep_ != "advcl" or not grammar.has_aux_to(top):
            return False
        top = top.head
    return False


def _holders(node: Node, ctx: Context) -> list[Node]:
    """A person or a ministry speaks for their state too; the Secretary-General and his
    spokesperson speak for themselves, not for the United Nations as a whole."""
    state = ctx.gazetteer.state_of(node.iri)
    if state and state.iri != node.iri and state.cls == "state":
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
    adopted_now = _adopted_now(mentions, ctx)
    if all(v is None for v in speaking.values()) and _written_in_first_person(doc):
        # No one is quoted or reported and "we" speaks: an official statement in its author's voice.
        speaking = {k: (default,) if default else None for k in speaking}
    previous: Reading | None = None
    for r in readings:
        holders, confidence = list(r.holders), r.confidence
        if not holders:
            holders, confidence = _speaker_for(r, speaking, previous, default, confidence, ctx)
        if holders:
            previous = Reading(tuple(holders), False, r.stance, r.objects, confidence, r.sent)
        for holder in holders:
            for who in _holders(holder, ctx):
                for obj in r.objects:
                    if _held(who, r.stance, obj, adopted_now):
                        yield claim_for(
                            r.sent,
                            POSITION,
                            who,
                            r.stance,
                            obj,
                            confidence=confidence,
                            extractor=NAME,
                            version=VERSION,
                            ctx=ctx,
                            stance=r.stance,
                        )


def _held(who: Node, stance: str, obj: Node, adopted_now: set[str]) -> bool:
    """Not a stance on oneself, nor the Council's support of the text it has just adopted."""
    council_adopting = who.iri == COUNCIL and stance == "supports" and obj.iri in adopted_now
    return obj.iri != who.iri and not council_adopting


def _adopted_now(mentions, ctx: Context) -> set[str]:
    """The resolutions the article reports adopted, in the days before it was published: the
    Council adopting one acts, it holds no position on its own text (who voted for it does)."""
    if ctx.published is None:
        return set()
    return {m.node.iri for m in mentions
            if m.adopted is not None and 0 <= (ctx.published - m.adopted).days <= NEWEST_DAYS}


def _speaker_for(
    r: Reading, speaking: dict, previous: Reading | None, default: Node | None, confidence: float,
    ctx: Context,
) -> tuple[list[Node], float]:
    """Who holds a position the clause does not name a holder for: the subject of the sentence's
    verb of saying in the parse ("Russia's envoy to the UN said ..."), else the speaker read
    from quotes, headlines and titles."""
    said_by = sentence_speaker(r.sent, ctx)
    if said_by:
        return said_by, confidence
    opener = list_opener(r.sent)  # "... four principles: First, bring an end to the conflicts; ..."
    listed = opener_holders(opener, ctx) if opener is not None else []
    if listed:
        return listed, confidence
    speaker = speaking.get(r.sent.start)
    if speaker is not None:
        return list(speaker), confidence
    if _reported(r.sent) or asked_in(r.sent, ctx):
        return [], confidence  # "..., said a diplomat familiar with the matter": someone unnamed
    # "... This means cancelling ...": the speaker before goes on, unless someone else is named
    # ("The presidential office welcomed the new sanctions" after a sentence of the Council's)
    if previous is not None and previous.sent.end == r.sent.start and not r.named_subject:
        return list(previous.holders), confidence * SPEAKER_PENALTY
    if default is not None and _first_person(r.sent):
        return [default], confidence * SPEAKER_PENALTY
    return [], confidence


def _reported(sent: Span) -> bool:
    """Whether a verb of saying in the sentence names its own speaker, an actor or not."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in grammar.saying_lemmas() for t in words_of(sent))


def _written_in_first_person(doc: Doc) -> bool:
    """A text where "we" or "our" speaks in several sentences."""
    return sum(_first_person(sent) for sent in sentences(doc)) >= FIRST_PERSON_SENTENCES


def _first_person(sent: Span) -> bool:
    return any(is_pronoun(t, stance_words("first_person")) for t in words_of(sent))


def _default_speaker(readings: list[Reading]) -> Node | None:
    """The actor that holds most positions by name: the voice of a first-person text."""
    named = Counter(h for r in readings for h in r.holders)
    return named.most_common(1)[0][0] if named else None
