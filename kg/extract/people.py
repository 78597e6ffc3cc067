"""People the vocabularies lack, named where they hold a stance.

A holder named in full ("Foreign Minister Frank-Walter Steinmeier said", "JOHN NEGROPONTE (United
States) said") is a person of its own, made from the article's words as a new topic is; the
surname alone later in the article ("Steinmeier added") is the same person. The titles before a
name, and the words of organizations, places and dates, are listed in ``grammar.yaml``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.claims import Node
from kg.extract.base import group_spans, span_at
from kg.extract.grammar import grammar
from kg.gazetteer import Gazetteer
from kg.namespaces import node as node_iri

NAME_WORD = re.compile(r"[A-Z][A-Za-z'’]*\.?|[A-Z]\.")  # "Negroponte", "NEGROPONTE", "M."
MIN_SURNAME = 2  # "Ma", "Li", "Ban": a single letter is an initial
MIN_NAME_WORDS = 2  # a first name and a surname; a surname alone only after the full name
UNTAGGED_OR_NAME = {"PROPN", "X", ""}  # sentences without a cue go untagged (kg/nlp.py): capitals tell
SHORT_WORD = 3  # words this short stay in lower case in a headline's title case
MIN_HEADLINE_WORDS = 4


def person_named(token: Token) -> Node | None:
    """The person a name the vocabularies lack stands for, or None when it is no person's name."""
    if title_case(token.sent):
        return None  # "Security Council Imposes Travel Ban on Five Leaders": a headline's capitals
    words = _name(token)
    if _named_of(token):
        return None  # "Plan of Action", "Bank of England": a thing's or a body's name, no person's
    if len(words) < MIN_NAME_WORDS and words:
        words = _full_name_before(token)
    if len(words) < MIN_NAME_WORDS:
        return None
    label = token.doc[words[0] : words[-1] + 1].text
    label = label.title() if label.isupper() else label
    return Node(str(node_iri("person", label)), label, "person", new=True)


def known_person_named(token: Token, gaz: Gazetteer) -> Node | None:
    """The person the vocabularies know whose name, written in full earlier in the article, holds
    this one word ("Secretary-General Ban Ki-moon ... Ban urged", "Mr. Ban"); None when it is no
    name or when two people named before share it."""
    if token.pos_ != "PROPN" or not token.is_title or len(token.text) < MIN_SURNAME:
        return None
    found = {}
    for span in group_spans(token.doc, "actor"):
        if span.start >= token.i:
            break
        node = gaz.node(span.kb_id_)
        named = len(span) > 1 and token.text in {t.text for t in span}
        if node is not None and node.cls == "person" and named:
            found[node.iri] = node
    return Node.of(next(iter(found.values()))) if len(found) == 1 else None


def _named_of(token: Token) -> bool:
    """A name that goes on with "of" and a capital: a thing's or a body's ("Plan of Action"), unless
    what follows is an actor the vocabularies know, whom a person speaks for ("Ambassador Jagdish
    Koonjul of Mauritius")."""
    doc = token.doc
    named = token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and doc[token.i + 2].text[:1].isupper()
    return named and span_at(doc, "actor", token.i + 2) is None


def title_case(sent: Span) -> bool:
    """A headline's capitals: no longer word in lower case ("on", "of", "the" stay low)."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > SHORT_WORD]
    return len(words) >= MIN_HEADLINE_WORDS and all(w[0].isupper() for w in words)


def _name(token: Token) -> list[int]:
    """The indexes of the name ending at ``token``: the name words and hyphens just before it,
    back to a title, an actor the vocabularies know, or any other word."""
    if not _name_word(token):
        return []
    doc, start = token.doc, token.i
    while start > token.sent.start and _continues(doc, start - 1):
        start -= 1
    while start < token.i and not _name_word(doc[start]):
        start += 1  # a name opens with a name word, not a particle or a hyphen
    return list(range(start, token.i + 1))


def _continues(doc: Doc, i: int) -> bool:
    word = doc[i]
    if word.whitespace_ == "" and word.text in {"-", "‑"}:
        return True  # "Frank-Walter": the tokenizer splits the hyphen off
    return _name_word(word) or (word.lower_ in grammar().name_particles and word.i > word.sent.start)


def _name_word(word: Token) -> bool:
    g = grammar()
    low = word.lower_.rstrip(".")
    if word.pos_ not in UNTAGGED_OR_NAME or not NAME_WORD.fullmatch(word.text):
        return False
    known = span_at(word.doc, "actor", word.i) is not None
    return not known and low not in g.person_titles and low not in g.not_person_words


def _full_name_before(token: Token) -> list[int]:
    """The full name earlier in the article whose surname, or first name, ``token`` is ("said
    Marty" after "Marty Natalegawa")."""
    doc = token.doc
    for i in range(token.i - 1, -1, -1):
        if doc[i].text == token.text:
            words = _name(doc[i])
            if len(words) < MIN_NAME_WORDS:
                end = i
                while end + 1 < token.i and _continues(doc, end + 1) and doc[end + 1].sent == doc[i].sent:
                    end += 1
                words = [w for w in _name(doc[end]) if w >= i] if end > i else []
            if len(words) >= MIN_NAME_WORDS:
                return words
    return []
