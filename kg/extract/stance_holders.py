"""Who holds a stance, read from the parse: the actors a subject names, directly, through an
office held on the article's date, a pronoun, a body's members or the speaker of the sentence."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from kg.claims import Node
from kg.extract import grammar
from kg.extract.base import Context, is_pronoun
from kg.extract.cues import stance_words
from kg.extract.grammar import grammar as parse_rules
from kg.extract.holders import last_group, last_person
from kg.extract.people import known_person_named, person_named
from kg.extract.phrases import DETERMINERS
from kg.extract.resolutions import RESOLUTION_HEADS
from kg.extract.speakers import (
    QUOTES,
    actor_at,
    actor_node,
    actors_in,
    attributed_in,
    coordinated,
    phrase_body,
    phrase_states,
    phrase_voiced_body,
    speaks_through_staff,
)
from kg.extract.stance_objects import drafted
from kg.namespaces import KGR
from kg.offices import UN as UNITED_NATIONS
from kg.offices import Offices, load_offices
from kg.offices import normalise as office_normalise

COUNCIL = str(KGR["organization/un-security-council"])  # who holds what a resolution says
THAT_COUNTRY_TOKENS = 80  # how far back "that country" looks for the state it points at
MEMBERS_BODY_TOKENS = 80  # how far back "the members" look for the body they are members of
LEAD_WORDS = 3  # "the resolution:", "Resolution 1988:": a list's lead names its subject last
PRONOUN_SENTENCES = 3  # how many sentences back "he" looks for a subject that names a person
Holders = tuple[list[Node], bool]  # the holders, and whether the sentence's speaker is asked for


def obliged(words: list[Token]) -> bool:
    """ "North Korea must stop", "Iran has to suspend", "is required to": the subject is who is
    obliged, the speaker holds the stance."""
    modals = parse_rules().obligation_modals
    modal = any(c.dep_ == "aux" and c.lower_ in modals for w in words for c in w.children)
    return modal or any(_bound_to(verb, above) for verb, above in itertools.pairwise(words))


def _bound_to(verb: Token, above: Token) -> bool:
    """ "had to show progress", "is obliged to abandon": ``above`` binds its subject to ``verb``."""
    if verb.dep_ != "xcomp" or verb.head != above or above.lemma_.lower() not in parse_rules().bound_lemmas:
        return False
    passive = any(c.dep_ == "auxpass" for c in above.children)
    return passive or above.lemma_.lower() in parse_rules().active_bound_lemmas


def holders_in(words: list[Token], ctx: Context, *, obligation: bool,
             cue: frozenset[int] = frozenset()) -> Holders | None:
    """(holders, whether the speaker is asked for); None when the clause's subject is a thing."""
    found = None if obligation else grammar.holder_word(words, cue)
    if found is None and grammar.text_of_another(words[-1]):
        # "Russia vetoed a draft resolution calling for sanctions": the text's call, the Council's
        # once adopted ("rejected the resolution demanding ..."); a draft's sponsors go unnamed
        text = words[-1]
        owner = next((c for c in text.children if c.dep_ in {"poss", "amod"} and actor_nodes(c, ctx)), None)
        if owner is not None:  # "rejected a Russian statement urging the easing of sanctions"
            return actor_nodes(owner, ctx), False
        return None if drafted([text]) or grammar.never_adopted(text) else who_is(text, ctx)
    if found is None:
        if obligation and grammar.reporter(words) is None and not voiced(words) and not ctx.byline:
            # "all permanent members must vote in favour": a rule, not a stance, unless the whole
            # text is a statement in one voice ("Relevant parties should refrain from ...")
            return None
        return said_by(words, ctx) or ([], True)
    said = said_by(words, ctx) if _text_described(found.token) else None
    if said and said[0]:  # "'This resolution is a strong response to the provocations,' said Power"
        return said
    who = who_is(found.token, ctx)
    for extra in found.extra:  # "South Korea, US agree ..."
        more = who_is(extra, ctx)
        if who is not None and more is not None:
            who = (who[0] + [n for n in more[0] if n not in who[0]], who[1] and more[1])
    if who is None:  # a thing; "it" of a verb of saying is its speaker's
        if found.how == "subject" and (_is_pronoun(found.token) or _misjoined(words)):
            return said_by(words, ctx)
        return None
    if who == ([], True):  # "we", "his country", "the agreement": the verb of saying's subject first
        return said_by(words, ctx) or who
    return _with_own_speaker(who, words, ctx)


def _text_described(subject: Token) -> bool:
    """A text a linking verb says something of ("this resolution is a strong response to ..."):
    what it is said to be is the sayer's view, when someone says it; the Council's words otherwise."""
    linked = subject.head.lemma_.lower() in parse_rules().linking_lemmas
    return subject.dep_ == "nsubj" and subject.norm_ in RESOLUTION_HEADS and linked


def opener_holders(opener: Span, ctx: Context) -> list[Node]:
    """Whom the items of a list speak for: the subject of the verb that opens it ("China stressed
    that four principles should be followed: First, ..."), or what a lead with no verb names just
    before its colon ("In the operative paragraphs, the resolution: – calls for ...", "Resolution
    1988: 1. Creates ...": the Council)."""
    listed = holders_in(grammar.chain(opener.root), ctx, obligation=False)
    if listed and listed[0]:
        return listed[0]
    words = [t for t in opener if not t.is_space and not t.is_punct]
    for word in reversed(words[-LEAD_WORDS:]):
        who = who_is(word, ctx)
        if who is not None and who[0]:
            return who[0]
    return []


def _with_own_speaker(who: Holders, words: list[Token], ctx: Context) -> Holders:
    """ "Pompeo said Washington would push to restore sanctions": a person saying what their own
    state holds holds it too."""
    if not who[0] or any(n.cls != "state" for n in who[0]):
        return who
    spoken = said_by(words, ctx)
    people = [n for n in spoken[0] if n.cls == "person"] if spoken is not None else []
    states = {n.iri for n in spoken[0] if n.cls == "state"} if spoken is not None else set()
    states |= {s.iri for n in people if (s := ctx.gazetteer.state_of(n.iri)) is not None}
    if people and all(n.iri in states for n in who[0]):
        return [*people, *who[0]], who[1]
    return who


def _misjoined(words: list[Token]) -> bool:
    """ "China's representative said sanctions were not an end in themselves and called for a
    political solution": an act the parser coordinated with a clause whose subject is a thing,
    inside what a verb of saying reports, is the sayer's."""
    joined = any(w.dep_ == "conj" for w in words[:-1])
    top = words[-1]
    reported = top.dep_ == "ccomp" and top.head.lemma_.lower() in grammar.saying_lemmas()
    return joined and reported


def said_by(words: list[Token], ctx: Context) -> Holders | None:
    """Who the verb of saying whose clause holds the chain names ("..., Lavrov said"), or the
    speaker asked for when it names no actor; None when no verb of saying holds the chain."""
    speaker = grammar.reporter(words)
    return (who_is(speaker, ctx) or ([], True)) if speaker is not None else None


def voiced(words: list[Token]) -> bool:
    """Whether the sentence quotes someone or speaks in the first person."""
    sent = words[0].sent
    return any(t.text in QUOTES or is_pronoun(t, stance_words("first_person")) for t in sent)


def _antecedent(relative: Token) -> Token:
    """The noun a relative pronoun stands for. A restrictive "that" never restricts a name: in
    "adopted Resolution 2375 against North Korea that includes a freeze ..." it is the resolution's,
    however the parser hung it on the name."""
    noun = relative.head.head
    if relative.lower_ != "that" or noun.pos_ != "PROPN" or noun.dep_ != "pobj":
        return noun
    above = noun.head.head  # the noun "against" hangs on, or the verb whose object it follows
    objects = [above] if above.pos_ in {"NOUN", "PROPN"} else [c for c in above.children if c.dep_ == "dobj"]
    return next((o for o in objects if o.i < noun.i), noun)


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON"


def who_is(token: Token, ctx: Context) -> Holders | None:
    """The actors a subject names: "Russia and China", "China's envoy", "the Secretary-General"
    (who held the office on the article's date), "we" (the speaker); None for a thing."""
    doc, gaz = token.doc, ctx.gazetteer
    members = [n for t in members_named(token) for n in actor_nodes(t, ctx)]
    if members:  # "several Council members, including China and Russia": they hold it, not the Council
        return members, False
    listed = [*grammar.conjuncts(token), *grammar.names_set_beside(token)]  # "Brazil, Turkey, Lebanon say"
    nodes = [n for t in listed for n in actor_nodes(t, ctx)]
    named = [a for a in token.children if a.dep_ == "appos"]  # "two powers, Russia and China"
    nodes = nodes or [n for a in named for t in grammar.conjuncts(a) for n in actor_nodes(t, ctx)]
    nodes = nodes or _abstainers_named_before(token, ctx)
    if nodes:  # "the representative of Ghana, speaking also for Gabon and Mozambique": all three
        return nodes + [n for n in _spoken_for(token, ctx) if n not in nodes], False
    low = token.lower_
    if _own_country(token) and _said_on_its_own(token):
        return _country_of_the_speaker_before(token, ctx)
    if is_pronoun(token, stance_words("first_person")) or _own_country(token) or grammar.community(token):
        return [], True  # "we", "my country", "the international community": the speaker
    if low in {"he", "she"}:
        own = _main_subject(token, ctx)
        named = _subject_before(token)
        if not own and (named is None or named.pos_ != "PROPN"):  # not "Amr Moussa said he opposed"
            own = _unknown_before(token, ctx) or _speaker_before(token, ctx)
        if own:  # "The delegate of France welcomed the text, which he said ..."
            return own, False
        person = last_person(doc, token.i, gaz)
        return ([person], False) if person else ([], True)
    if low == "they":
        group = [n for n in (actor_node(a, gaz) for a in last_group(doc, token.i, token.sent)) if n]
        return (group, False) if group else (_plural_subject_before(token, ctx) or ([], True))
    if low in {"which", "that", "who"} and token.head.dep_ == "relcl":
        if token.head.head.pos_ == "PRON":
            return None  # "sanctions on those who violate the ceasefire": whom a measure targets
        return who_is(_antecedent(token), ctx)  # "Russia, which opposes ..."
    owner = _purpose_owner(token)
    if owner is not None:
        return who_is(owner, ctx)  # "the resolution has a definite target, which is to prevent ..."
    if low == "it" and token.dep_ in parse_rules().subject_relations and not extraposed(token):
        above = _main_subject(token, ctx)  # "Tehran vowed to go on because it deemed the action illegal"
        body = above[0] if len(above) == 1 else _resolution_before(token, ctx) or _last_body(token, ctx)
        if body is not None:
            return [body], False  # "It also condemned ...": the Council (or state) just named
    if token.pos_ == "PRON" and low in parse_rules().demonstrative_subjects:
        return [], True  # "this means cancelling nuclear tests": the speaker's voice
    if token.lemma_.lower() in parse_rules().agreement_nouns:
        return [], True  # "the agreement cut off the pathways ...": whoever says so
    rules = parse_rules()
    # "the unanimous action by the Council has sent a clear message that ...": its doer's
    if token.lemma_.lower() in rules.act_pointers and token.head.lemma_.lower() in rules.authoring_lemmas:
        doer = next((d for d in (who_is(t, ctx) for t in _doers(token)) if d is not None), None)
        if doer is not None:
            return doer
    measure = token.norm_ in RESOLUTION_HEADS or token.lower_ in rules.measure_words | rules.measure_act_nouns
    if measure and _effect_in_reported_words(token):
        return [], True  # "the resolution will help to end the violence, the French ambassador said",
        # "said the embargo had helped stop the flow of weapons"
    if token.norm_ in RESOLUTION_HEADS:
        council = gaz.node(COUNCIL)
        return ([Node.of(council)], False) if council else None
    if token.norm_ in stance_words("roles") or token.lower_ in stance_words("speaker_anaphora"):
        if any(c.dep_ == "det" and c.lower_ in parse_rules().unnamed_determiners for c in token.children):
            return None  # "said a diplomat familiar with the matter": no one named, no one known
        spoken_for = _spoken_for(token, ctx)
        if spoken_for:  # "Speaking for the European Union, the delegate called on ..."
            return spoken_for, False
        return [], True  # "the minister said": whoever speaks
    return None


def _doers(act: Token) -> list[Token]:
    """Who an act may be said to be done by, each tried in turn: "the Council's action", "today's
    action by the Council" (``grammar.call_owner`` stops at the first owner, which may be a day)."""
    owners = [c for c in act.children if c.dep_ == "poss"]
    return owners + [p for c in act.children if c.dep_ == "prep" and c.lower_ == "by"
                     for p in c.children if p.dep_ == "pobj"]


def _spoken_for(role: Token, ctx: Context) -> list[Node]:
    """Whom a role with no one named speaks for, by the participle of speaking beside it:
    "Speaking for the European Union, the delegate ...", "the delegate, speaking on behalf of the
    Group of Arab States, ..."; or by an "on behalf of" on its own verb ("On behalf of the three
    African members, Kenya welcomed ...")."""
    speaking = [c for c in (*role.head.children, *role.children)
                if c.lemma_.lower() == "speak" and c.dep_ in {"advcl", "acl"}]
    preps = [p for s in speaking for p in s.children if p.dep_ == "prep"]
    if role.dep_ == "nsubj":
        preps += [p for p in role.head.children if p.dep_ == "prep" and p.lower_ == "on"]
    named = [o for p in preps if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    named += [o for p in preps if p.lower_ == "on" for b in p.children if b.lower_ == "behalf"
              for of in b.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]
    return [n for o in named for t in grammar.conjuncts(o) for n in actor_nodes(t, ctx)]


def members_named(group: Token) -> list[Token]:
    """The members a plural group names as its own: "several Council members, including China and
    Russia", "some countries, such as Japan" (the "as" of "such as")."""
    plural = _plural_of(group)
    if plural is None:
        return []
    named = [c for p in plural.children if p.dep_ == "prep" and (
        p.lower_ == "including" or p.lower_ == "as" and any(a.lower_ == "such" for a in p.children))
        for c in p.children if c.dep_ == "pobj"]
    named = [_whose(c) or c for c in named]
    return [t for c in named or _members_set_apart(group) or _among_them(group) for t in grammar.conjuncts(c)]


def _among_them(group: Token) -> list[Token]:
    """ "Thirteen members voted in favour, among them France, Britain and Japan", "Several members,
    among them France and Britain, ...": the names "among them" sets beside a group, which the
    parser hangs on the first name, on "among" or on the group's verb."""
    if group.dep_ not in parse_rules().subject_relations:
        return []
    named = []
    for among in (t for t in group.head.subtree if t.lower_ == "among" and t.dep_ == "prep"):
        if not any(c.lower_ == "them" for c in among.children):
            continue
        after = [c for h in (among, among.head) for c in h.children if c.i > among.i and c.pos_ == "PROPN"]
        name = among.head if among.head.pos_ == "PROPN" else next(iter(after), None)
        named += [name] if name is not None else []
    return named


def _whose(those: Token) -> Token | None:
    """ "including those of India and Brazil": the members "those" stands for."""
    if those.lower_ not in {"those", "that"}:
        return None
    return next((c for p in those.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)


def _plural_of(group: Token) -> Token | None:
    """The plural a group names: itself ("several members"), or what it is part of ("the rest of
    the Council's members", "13 of the 15 members")."""
    if group.tag_ in {"NNS", "NNPS"}:
        return group
    part = next((c for p in group.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
    return part if part is not None and part.tag_ in {"NNS", "NNPS"} else None


def _members_set_apart(group: Token) -> list[Token]:
    """ "The other members voted for the text, including China and Russia": the parser hangs the
    members a subject names on the singular thing at the end of its clause."""
    rules = parse_rules()
    if group.dep_ not in rules.subject_relations:
        return []
    # a singular thing, or a measure or text that holds no states ("voted for the sanctions, including
    # Canada, Finland and Romania"); not "sanctions on several countries, including Iran"
    holds_none = rules.measure_words | rules.text_nouns
    return [c for t in group.head.subtree if t.dep_ == "prep" and t.lower_ == "including"
            and t.i > group.head.i and (t.head.tag_ in {"NN", "NNP"} or t.head.lower_ in holds_none)
            for c in t.children if c.dep_ == "pobj"]


def _effect_in_reported_words(subject: Token) -> bool:
    """Whether a subject's clause tells, in what a verb of saying reports, what the subject will do
    for a thing ("the resolution will help to end the violence, the French ambassador said"): the
    sayer's view. What the text itself demands or urges ("noted that the resolution urges all sides
    to comply") stays the Council's (grammar.yaml ``effect_verbs``, ``beneficial_acts``)."""
    verb, rules = subject.head, parse_rules()
    if verb.lemma_.lower() not in rules.effect_verbs | rules.beneficial_acts:  # "will strengthen efforts"
        return False
    while verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in {"ccomp", "parataxis"} and verb.head.lemma_.lower() in grammar.saying_lemmas()


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
    subject = _subject_before(pronoun)
    return actor_nodes(subject, ctx) if subject is not None else []


def _subject_before(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above the pronoun's, when a noun or name before it: "the
    Council imposed sanctions, but Tehran vowed to go on because it deemed them illegal" (Tehran)."""
    for verb in pronoun.head.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subject is not None:
            return None if subject.pos_ == "PRON" else subject
    return None


def _plural_subject_before(pronoun: Token, ctx: Context) -> Holders | None:
    """What "they" stands for when its own sentence names no group before it: the last plural
    subject of the sentence before that names actors ("Russia and China abstained. They called for
    dialogue"; "the Council President said the members welcomed ... 'They reiterated ...'")."""
    sent, doc = pronoun.sent, pronoun.doc
    if sent.start == 0 or any(t.pos_ in {"NOUN", "PROPN"} for t in doc[sent.start : pronoun.i]):
        return None
    before = doc[sent.start - 1].sent
    subjects = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"}]
    for subject in reversed(subjects):
        found = who_is(subject, ctx) if grammar.plural(subject) else None
        if found is not None and found[0]:
            return found
    # a sentence with no cue goes unparsed (kg/nlp.py): the last actors named together in it
    group = [] if subjects else last_group(doc, before.end, before)
    nodes = [n for n in (actor_node(a, ctx.gazetteer) for a in group) if n]
    return (nodes, False) if len(nodes) > 1 else None


def _unknown_before(pronoun: Token, ctx: Context) -> list[Node]:
    """ "Anna Evstigneeva of the Russian Federation echoed ... She expressed regret ...": "she" is
    the person the sentence before has as its subject, though the vocabularies lack her, when no
    person they know is named since, and the state or body she speaks for."""
    sent = pronoun.sent
    if sent.start == 0:
        return []
    subject = next((c for c in pronoun.doc[sent.start - 1].sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or actor_at(pronoun.doc, subject.i) is not None:
        return []
    if _people_between(subject, pronoun, ctx):
        return []
    person = person_named(subject)  # the person, and whom they speak for
    return ([person] if person is not None else []) + _named_for(subject, ctx)


def _speaker_before(pronoun: Token, ctx: Context) -> list[Node]:
    """ "The Secretary-General welcomes ... The resolution sends ... He calls on ...": "he" is the
    person (or the holder of the office, or whom a representative speaks for) that the nearest
    sentence before it with one as its subject names, within a few sentences."""
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
        nodes = actor_nodes(subject, ctx) if subject is not None and subject.pos_ != "PRON" else []
        # "Qatar's representative said ... He was saddened that ...": the person who speaks for it
        if any(n.cls == "person" for n in nodes) or nodes and subject.norm_ in stance_words("roles"):
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


def _said_on_its_own(noun: Token) -> bool:
    """ "His delegation supported the resolution.": "his" or "her" country as the subject of a
    sentence of its own, no one said to speak in it."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and owner.lower_ in parse_rules().third_person_owners and noun.dep_ == "nsubj" \
        and noun.head.dep_ == "ROOT"


def _country_of_the_speaker_before(noun: Token, ctx: Context) -> Holders | None:
    """ "The representative of Japan said ... His delegation condemned ...": whom the speaker of a
    sentence just before speaks for; no one when none spoke."""
    nodes = [n for n in _speaker_before(noun, ctx) if n.cls != "person"]
    return (nodes, False) if nodes else None


def extraposed(token: Token) -> bool:
    """ "it is important to show ...", "it is necessary that ...": an "it" that stands for a clause."""
    # "considers it necessary to lift the sanctions": the small clause's adjective judges it
    judged = any(c.dep_ in {"acomp", "attr"} for c in token.head.children) or token.head.pos_ == "ADJ"
    return token.dep_ == "expl" or (judged and extraposed_act(token.head) is not None)


def extraposed_act(verb: Token) -> Token | None:
    """The clause an extraposed "it" stands for: "it is important to resume the talks", "it is
    vital that the parties resume the talks", "it is important for the parties to resume the
    talks" (which the parser hangs as an adverbial clause), "considers it necessary to lift the
    sanctions", "finds it regrettable that ..." (hung on the adjective)."""
    for clause in verb.children:
        marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "aux"}}
        # "finds it regrettable that the Council imposed ...": a "that" clause hung on the adjective
        adverbial = {"for", "to"} <= marks or verb.pos_ == "ADJ" and bool(marks & {"to", "that"})
        if clause.pos_ in grammar.VERBS and (clause.dep_ in {"xcomp", "ccomp", "csubj"}
                                             or clause.dep_ == "advcl" and adverbial):
            return clause
    return None


def _resolution_before(token: Token, ctx: Context) -> Node | None:
    """ "The resolution called on all governments to ... It also urged ...": "it" is the resolution
    the sentence before had for its main subject, and what a resolution says is the Council's."""
    if token.sent.start == 0:
        return None
    before = token.doc[token.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in parse_rules().subject_relations), None)
    subject = subject or before.root  # "The resolution called on ...", parsed as a noun and its participle
    if subject.norm_ not in RESOLUTION_HEADS or drafted([subject]):
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
    # not one inside a "that" clause, where another stands outside ("the Council, underlining that
    # Syria and Lebanon shared responsibility, ...", however the parser hung the Council)
    bodies = [(a, n) for a, n in bodies if not _in_that_clause(a)] or bodies
    subjects = [node for actor, node in bodies if actor.root.dep_ in parse_rules().subject_relations]
    # The main clause's subject before one of a clause inside it ("the Council underlined that Syria
    # and Lebanon shared responsibility ... It encouraged ...": the Council).
    main = [node for actor, node in bodies if actor.root.dep_ in parse_rules().subject_relations
            and actor.root.head == actor.root.sent.root]
    # In a sentence left unparsed, a body after a preposition ("the mandate of the Panel") is no subject.
    free = [node for actor, node in bodies if not _after_preposition(actor)]
    return (main or subjects or free or [node for _, node in bodies] or [None])[-1]


def _in_that_clause(span: Span) -> bool:
    return any(t.dep_ == "ccomp" for t in (span.root, *span.root.ancestors))


def _after_preposition(span: Span) -> bool:
    i = span.start - 1
    while i >= 0 and span.doc[i].lower_ in DETERMINERS:
        i -= 1
    return i >= 0 and span.doc[i].lower_ in parse_rules().object_prepositions


def actor_nodes(token: Token, ctx: Context) -> list[Node]:
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
        if node is not None and token.tag_ in {"NNS", "NNPS"}:  # "the representatives of France and Japan"
            joined = [actor_at(token.doc, t.i) for t in grammar.conjuncts(owner.root)[1:]]
            nodes = [actor_node(a, gaz) for a in joined if a is not None]
            return [node, *(n for n in nodes if n is not None)]
        return _named_in_office(token, [node], ctx) if node else []  # "Britain's ambassador Barbara Woodward"
    if token.lemma_.lower() in parse_rules().group_member_nouns:
        owner = _owner(token)  # "the M23 rebels": the group; "Syrian rebels" are not Syria
        node = actor_node(owner, gaz) if owner is not None else None
        return [node] if node is not None and node.cls == "organization" else []
    if token.pos_ == "PROPN":  # a name the vocabularies lack: "Anna Evstigneeva of the Russian Federation"
        known = known_person_named(token, gaz)
        if known is not None:  # "Ban said" after "Secretary-General Ban Ki-moon"
            return [known]
        person = person_named(token)
        spoken_for = _named_for(token, ctx)
        if person is None:  # "Secretary General of the Arab League ...": no one named, no body speaks
            return [n for n in spoken_for if n.cls == "state"]
        return [person, *spoken_for]
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
    """The state or body a person the vocabularies lack speaks for, named in their own noun phrase
    ("Ethiopia's UN Ambassador Tekeda Alemu", "Anna Evstigneeva of the Russian Federation", "Louis
    Charbonneau of Human Rights Watch")."""
    gaz = ctx.gazetteer
    owner = _owner(name)
    node = actor_node(owner, gaz) if owner is not None else None
    if node is not None and node.cls == "state":
        return [node]
    states = phrase_states(name, gaz)[:1]  # "South Sudan's ambassador to the UN Cecilia Adeng": not the UN
    if states:
        return states
    body = node if node is not None and speaks_through_staff(node, gaz) else phrase_body(name, gaz)
    body = body or phrase_voiced_body(name, gaz)  # "Maria Lopez, a spokeswoman for the European Commission"
    return [body] if body is not None else []


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


def asked_for(words: list[Token], holders: Holders) -> bool:
    """A halt verb is a stance when someone asks for it (it climbed to a call, a cue of support,
    an obligation) or stands alone in the speaker's voice ("cancelling nuclear tests"): not when
    its own subject did it ("North Korea halted its tests")."""
    if len(words) > 1 or obliged(words):
        return True
    head = words[0]
    return holders[1] and (head.tag_ == "VBG" or head.tag_ == "VB")


def gerund_after(span: Span) -> bool:
    """ "without suffocating the regime": the cue takes an -ing form."""
    return any(c.tag_ == "VBG" for w in span for c in w.subtree if c.i >= span.end)
