"""Who holds a position: the actor named before a stance cue in its clause.

"Russia is opposed to ...", "Russia and China propose ...", "China's envoy condemned ...",
"the representative of France said his country opposed ...", "Condemning the launch, the
Council ...", "as he spoke out against ..." (the last person named). A possessor ("North
Korea's actions") or the object of a preposition ("a resolution against North Korea") is not
a holder. When the clause says "we" or names no one, the caller asks the sentence's speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.claims import Node
from kg.extract.base import is_pronoun
from kg.extract.cues import Cue, stance_words
from kg.extract.grammar import in_another_clause
from kg.extract.speakers import actor_at, actor_node, actor_spans, actors_in, coordinated
from kg.gazetteer import Gazetteer

HARD_BOUNDARY = {";", ":", "but", "while", "whereas", "although", "though", "however"}
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


# Nouns "that" can point at ("that country", "that resolution"): then it opens no clause.
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
# After "and", these open a second verb of the same subject: "... and would do everything to ...".
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
AUXILIARIES = BE_FORMS | {"would", "will", "could", "can", "should", "must", "has", "have", "had"}
# A holder or a judged subject is not looked for across these: a relative, a quote, a verb of saying.
CLAUSE_OPENERS = {"that", "which", "who", "whom", '"', "“", "”", "said", "says", "say", "told"}
HOLDER_BOUNDARY = HARD_BOUNDARY | CLAUSE_OPENERS


SCARE_QUOTE_WORDS = 4  # tokens a quote mark pair may hold and still be a name or emphasis, not speech


PRONOUN_REACH = 600  # characters back to the person "he" or "she" stands for
PRONOUN_TOKENS = 150  # the same reach in tokens, to look up the candidates


def holder_of(sent: Span, cue: Cue, actors: list[Span], gaz: Gazetteer) -> tuple[list[Node], bool]:
    """The actors named before the cue in its clause ("Russia and China are ..."), or a call
    for the speaker when the clause says "we", "he" or names no one."""
    doc = sent.doc
    owner = possessor_before(doc, cue.start, actors) if cue.start - sent.start >= 2 else None
    if owner is not None and doc[cue.start - 1].lower_ in {"'s", "’s"}:
        node = actor_node(owner, gaz)  # "China's objection to ...", "Russia's support for ..."
        return ([node] if node else []), False
    fronted = _fronted_subject(sent, cue, actors)
    if fronted is not None:
        node = actor_node(fronted, gaz)  # "Expressing concern about X, the Council ..."
        return ([node] if node else []), False
    skip_to = cue.start  # below it: the words an object's title and article take are passed over
    for j in range(cue.start - 1, sent.start - 1, -1):
        if j >= skip_to:
            continue
        tok = doc[j]
        if tok.lower_ in HOLDER_BOUNDARY and not scare_quote(doc, j) and not demonstrative(doc, j):
            break
        if tok.lower_ == "they":
            group = last_group(doc, j, sent)  # "Germany, France and Britain said they ..."
            nodes = [actor_node(a, gaz) for a in group]
            return ([n for n in nodes if n], False) if group else ([], True)
        if tok.lower_ in {"he", "she"}:
            person = last_person(doc, j, gaz)  # "as he spoke out against ..."
            return ([person], False) if person else ([], True)
        if is_pronoun(tok, stance_words("first_person")):
            return [], True
        if tok.lower_ == "and" and doc[j + 1].lower_ in AUXILIARIES:
            subject = _clause_subject(doc, sent, j)  # "Moscow regretted the US decision and would ..."
            if subject is not None:
                return [n for n in (actor_node(a, gaz) for a in coordinated(doc, subject)) if n], False
        found = actor_at(doc, j)
        if found is not None:
            if _is_object(doc, found) or in_another_clause(found.root, doc[cue.start]):
                skip_to = _object_start(doc, found)
                continue
            nodes = [actor_node(a, gaz) for a in coordinated(doc, found)]
            return [n for n in nodes if n], False
        if tok.lower_ in stance_words("speaker_anaphora") or _role_at(doc, j):
            owner = possessor_before(doc, j, actors) or _modifier_before(doc, j)  # "China's envoy"
            if owner is not None:
                node = actor_node(owner, gaz)
                return ([node] if node else []), False
            return [], True
    return [], True


def _clause_subject(doc: Doc, sent: Span, j: int) -> Span | None:
    """The first actor of the clause that ends at token ``j`` that is not an object: the subject
    a second verb joined by "and" shares."""
    start = j
    while start > sent.start and not (
        doc[start - 1].lower_ in HOLDER_BOUNDARY and not scare_quote(doc, start - 1)
    ):
        start -= 1
    return next((a for a in actors_in(doc, start, j) if not _is_object(doc, a)), None)


def demonstrative(doc: Doc, j: int) -> bool:
    """ "that country's launches": "that" pointing at a noun, not opening a clause."""
    if doc[j].lower_ != "that" or j + 2 >= len(doc):
        return False
    return doc[j + 2].lower_ in {"'s", "’s"} or doc[j + 1].norm_ in DEMONSTRATIVE_NOUNS


def scare_quote(doc: Doc, j: int) -> bool:
    """A quote mark around a word or two ("“categorically” rejected"), not a quotation."""
    if doc[j].text not in {'"', "“", "”"}:
        return False
    near = doc[max(0, j - SCARE_QUOTE_WORDS - 1) : j + SCARE_QUOTE_WORDS + 2]
    return sum(t.text in {'"', "“", "”"} for t in near) >= 2


def last_group(doc: Doc, j: int, sent: Span) -> list[Span]:
    """What "they" stands for: the last actors named together before it in the sentence, else
    the last actor ("Britain, France and Germany said the United States had ..., and that
    they ..." are the three)."""
    before = [a for a in actors_in(doc, sent.start, j) if not _is_object(doc, a)]
    groups = [coordinated(doc, a) for a in before]
    plural = [g for g in groups if len(g) > 1]
    return plural[-1] if plural else groups[-1] if groups else []


def last_person(doc: Doc, j: int, gaz: Gazetteer) -> Node | None:
    """Who "he" or "she" at token ``j`` is: the last person named not long before."""
    for actor in reversed(actors_in(doc, max(0, j - PRONOUN_TOKENS), j)):
        if doc[j].idx - actor.end_char > PRONOUN_REACH:
            return None
        node = actor_node(actor, gaz)
        if node is not None and node.cls == "person":
            return node
    return None


def possessor_before(doc: Doc, j: int, actors: list[Span]) -> Span | None:
    """The actor in "<actor>'s <role>" when token ``j`` is the role (adjectives allowed between)."""
    for k in range(j - 1, max(0, j - 4), -1):
        if doc[k].lower_ in {"'s", "’s"}:
            owner = actor_at(doc, k - 1)
            return owner if owner is not None and owner.end == k else None
    return None


def _modifier_before(doc: Doc, j: int) -> Span | None:
    """The actor right before a noun of office: "the U.S. government", "the Chinese foreign ministry"."""
    owner = actor_at(doc, j - 1) if j >= 1 else None
    return owner if owner is not None and owner.end == j else None


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
    after = [a for a in actors_in(doc, comma + 1, sent.end) if a.start <= comma + 4]
    return after[0] if after else None


def _object_start(doc: Doc, actor: Span) -> int:
    """Where an object actor's phrase begins: its titles and article ("the President")."""
    i = actor.start
    while i > 1 and (doc[i - 1].lower_ in {"the", "a", "an"} or doc[i - 1].norm_ in stance_words("roles")):
        i -= 1
    return i


def _is_object(doc: Doc, actor: Span) -> bool:
    """A possessor ("North Korea's actions") or a prepositional object ("against Pyongyang"),
    unless an office speaks for it ("China's foreign ministry", "the representative of China")."""
    after = doc[actor.end].lower_ if actor.end < len(doc) else ""
    i = _object_start(doc, actor) - 1  # the word before "the DPRK", "President Trump"
    if i > 0 and doc[i].text == "(":
        previous = next((a for a in reversed(actor_spans(doc)) if a.end <= i), None)
        if previous is not None and previous.end == i:
            return _is_object(doc, previous)  # "against the Democratic People's Republic of Korea (DPRK)"
    before = doc[i].lower_ if i >= 0 else ""
    if after in {"'s", "’s", "'"}:
        return not _role_at(doc, actor.end + 1)
    if before == "of" and i >= 1 and doc[i - 1].norm_ in stance_words("roles"):
        return False
    return before in PREPOSITIONS


def _role_at(doc: Doc, i: int) -> bool:
    """Whether a noun of office that acts ("foreign ministry said", "ambassador condemned") starts
    at token ``i`` — not one in a list of things ("IAEA's authority and role")."""
    roles = stance_words("roles")
    for width in (2, 1):
        if i + width <= len(doc) and " ".join(t.norm_ for t in doc[i : i + width]) in roles:
            after = doc[i + width].lower_ if i + width < len(doc) else ""
            return after not in {"and", ",", "of", "to", "in", "."}
    return False
