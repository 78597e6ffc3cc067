"""Cue phrases from the rules tables, compiled into one spaCy ``Matcher`` per vocabulary.

A phrase is a sequence of words matched on their normalised form; ``*`` stands
for up to four words of any kind ("call * to" matches "call our American
counterparts to").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg.nlp import load_rules, normalise

GAP = {"OP": "{0,4}", "IS_PUNCT": False}
LIST_STANCE = "opposes"  # families given as a plain list (cessation, hostile) oppose


@dataclass(frozen=True)
class Cue:
    """One cue found in a sentence."""

    family: str  # verb | evaluative | evaluative_adjective | evaluative_after | predicate | ...
    stance: str  # supports | opposes
    start: int
    end: int
    norm: str  # the cue's words, normalised, for the per-cue tables (clausal, ...)


def _pattern(words: list[str]) -> list[dict]:
    return [GAP if w == "*" else {"NORM": normalise(w)} for w in words]


@lru_cache(maxsize=16)
def _matcher(vocab: Vocab, table: str, families: tuple[str, ...]) -> Matcher:
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    rules = load_rules(table)
    matcher = Matcher(vocab)
    for family in families:
        # A family is a list of phrases, or a mapping of stance to phrases.
        entries = rules[family].items() if isinstance(rules[family], dict) else [(LIST_STANCE, rules[family])]
        for stance, phrases in entries:
            patterns = [_pattern([t.text for t in tokenizer(p)]) for p in phrases]
            matcher.add(f"{family}|{stance}", patterns)
    return matcher


def find_cues(sent: Span, table: str, families: tuple[str, ...]) -> list[Cue]:
    """The cues of some families of a rules table in one sentence; the longest where two overlap."""
    doc = sent.doc
    matches = _matcher(doc.vocab, table, families)(sent)
    spans = [Span(doc, sent.start + s, sent.start + e, label=m) for m, s, e in matches]
    cues = []
    for span in filter_spans(spans):
        family, stance = span.label_.split("|")
        norm = " ".join(normalise(t.text) for t in span)
        cues.append(Cue(family, stance, span.start, span.end, norm))
    return sorted(cues, key=lambda c: c.start)


@lru_cache(maxsize=8)
def word_set(table: str, key: str) -> frozenset[str]:
    """A list of a rules table as a set of normalised phrases."""
    tokenizer = spacy.blank("en").tokenizer
    return frozenset(" ".join(normalise(t.text) for t in tokenizer(p)) for p in load_rules(table)[key])
