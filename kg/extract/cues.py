"""Cue phrases from the rules tables, compiled into one spaCy ``Matcher`` per vocabulary.

A phrase is a sequence of words matched on their normalised form; ``*`` stands
for up to four words of any kind ("call * to" matches "call our American
counterparts to"), ``+`` for one to four ("pushed + to" is not the passive "be
pushed to").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import numpy
import spacy
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg.nlp import load_rules, normalise

GAP_WIDTHS = {"*": (0, 4), "+": (1, 4)}
QUOTE_MARKS = {'"', "“", "”", "«", "»"}  # not the apostrophe, which is also a possessive's
LIST_STANCE = "opposes"  # families given as a plain list (cessation, hostile) oppose
TURNING_FAMILIES = {"cessation", "hostile"}  # a halt or hostile act turns the stance of what asks for it


@dataclass(frozen=True)
class Cue:
    """One cue found in a sentence."""

    family: str  # verb | evaluative | evaluative_adjective | evaluative_after | predicate | ...
    stance: str  # supports | opposes
    start: int
    end: int
    norm: str  # the cue's words, normalised, for the per-cue tables (clausal, ...)


Gap = tuple[int, int]  # the fewest and most words a gap holds


class GapMatcher:
    """The few phrases with a gap, tried only where their first word stands: spaCy's token
    ``Matcher`` tries every pattern at every token, a second for seven patterns over 40,000 tokens.
    Words a gap may hold: no punctuation, and no negation ("will never comply with" is no "will *
    comply with": the negation turns the cue, and is no part of it) nor ``gap_breakers``."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[str, tuple[str | Gap, ...]]]] = {}
        self._firsts = numpy.array([], dtype="uint64")  # the first words' hashes, as the norms are
        rules = load_rules("stance")
        self._breakers = frozenset(normalise(str(w)) for w in rules["negation"] + rules["gap_breakers"])

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())

    def add(self, label: str, words: list[str]) -> None:
        items = tuple(GAP_WIDTHS[w] if w in GAP_WIDTHS else normalise(w) for w in words)
        if not isinstance(items[0], str):
            raise ValueError(f"a cue phrase cannot start with a gap: {' '.join(words)!r}")
        self._by_first.setdefault(items[0], []).append((label, items[1:]))
        self._firsts = numpy.array([hash_string(w) for w in self._by_first], dtype="uint64")

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(label, start, end) of every match, overlapping ones included."""
        starts = numpy.flatnonzero(numpy.isin(doc.to_array("NORM"), self._firsts))
        return [(label, int(i), end) for i in starts for label, rest in self._by_first[doc[int(i)].norm_]
                for end in sorted(self._ends(doc, int(i) + 1, rest))]

    def _ends(self, doc: Doc, i: int, rest: tuple[str | Gap, ...]) -> set[int]:
        if not rest:
            return {i}
        item, tail = rest[0], rest[1:]
        if isinstance(item, str):
            return self._ends(doc, i + 1, tail) if i < len(doc) and doc[i].norm_ == item else set()
        fewest, most = item
        ends: set[int] = set()
        for held in range(most + 1):
            if held >= fewest:
                ends |= self._ends(doc, i + held, tail)
            if i + held >= len(doc) or not self._fills(doc[i + held]):
                break
        return ends

    def _fills(self, token: Token) -> bool:
        return not token.is_punct and token.norm_ not in self._breakers


@lru_cache(maxsize=16)
def _matchers(vocab: Vocab, table: str, families: tuple[str, ...]) -> tuple[PhraseMatcher, GapMatcher]:
    """Phrases go to a PhraseMatcher; the few with a gap to a GapMatcher."""
    tokenizer = _tokenizer()
    rules = load_rules(table)
    phrases, gapped = PhraseMatcher(vocab, attr="NORM"), GapMatcher()
    for family in families:
        # A family is a list of phrases, or a mapping of stance to phrases.
        entries = rules[family].items() if isinstance(rules[family], dict) else [(LIST_STANCE, rules[family])]
        for stance, entries_phrases in entries:
            label = f"{family}|{stance}"
            for phrase in entries_phrases:
                words = [t.text for t in tokenizer(phrase)]
                if GAP_WIDTHS.keys() & set(words):
                    gapped.add(label, words)
                else:
                    phrases.add(label, [_norm_doc(vocab, words)])
    return phrases, gapped


def _norm_doc(vocab: Vocab, words: list[str]) -> Doc:
    doc = Doc(vocab, words=words)
    for token in doc:
        token.norm_ = normalise(token.text)
    return doc


def find_cues(sent: Span, table: str, families: tuple[str, ...]) -> list[Cue]:
    """The cues of some families of a rules table in one sentence; the longest where two overlap."""
    cues, starts = _doc_cues(sent.doc, table, families)
    return cues[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]


def _doc_cues(doc: Doc, table: str, families: tuple[str, ...]) -> tuple[list[Cue], list[int]]:
    """Every cue of the document in text order with their starts, matched once and kept with it."""
    key = f"kg_cues_{table}_{'_'.join(families)}"
    if key not in doc.user_data:
        phrases, gapped = _matchers(doc.vocab, table, families)
        words, at = _unquoted(doc)
        plain = [Span(doc, at[s], at[e - 1] + 1, label=m) for m, s, e in phrases(words)]
        found = gapped(words) if len(gapped) else []
        gaps = [Span(doc, at[s], at[e - 1] + 1, label=m) for m, s, e in found]
        spans = plain + [g for g in gaps if not _holds_another_family(g, plain)]
        cues = []
        for span in filter_spans(spans):
            family, stance = span.label_.split("|")
            norm = " ".join(t.norm_ for t in span if t.text not in QUOTE_MARKS)
            cues.append(Cue(family, stance, span.start, span.end, norm))
        cues.sort(key=lambda c: c.start)
        doc.user_data[key] = (cues, [c.start for c in cues])
    return doc.user_data[key]


def _unquoted(doc: Doc) -> tuple[Doc, list[int]]:
    """The document's words without its quotation marks, and where each stands in it: a quote may
    open or close inside a cue ('Russia "cannot agree" with', 'a "firm and united response" to')."""
    if "kg_unquoted" not in doc.user_data:  # every table's matching reads the same view
        at = [t.i for t in doc if t.text not in QUOTE_MARKS]
        words = doc
        if len(at) < len(doc):
            words = Doc(doc.vocab, words=[doc[i].text for i in at], spaces=[True] * len(at))
            words.from_array(["NORM"], doc.to_array(["NORM"])[at])
        doc.user_data["kg_unquoted"] = (words, at)
    return doc.user_data["kg_unquoted"]


def _holds_another_family(gapped: Span, plain: list[Span]) -> bool:
    """ "call * to" over "call for an end to": past its first word it holds a halt or a hostile act
    ("an end to"), which turns what is asked and is read as itself, not swallowed."""
    inside = [p for p in plain if gapped.start < p.start and p.end <= gapped.end]
    return any(p.label_.split("|")[0] in TURNING_FAMILIES for p in inside)


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    return spacy.blank("en").tokenizer


@lru_cache(maxsize=64)
def word_set(table: str, key: str) -> frozenset[str]:
    """A list of a rules table as a set of normalised phrases."""
    return frozenset(" ".join(normalise(t.text) for t in _tokenizer()(p)) for p in load_rules(table)[key])


@lru_cache(maxsize=16)
def family_words(family: str, stance: str) -> frozenset[str]:
    """The phrases of one stance of a family of ``stance.yaml`` ("evaluative", "opposes"), normalised."""
    phrases = load_rules("stance")[family].get(stance, [])
    return frozenset(" ".join(normalise(t.text) for t in _tokenizer()(p)) for p in phrases)


def stance_words(key: str) -> frozenset[str]:
    """A list of ``kg/rules/stance.yaml`` as a set of normalised phrases."""
    return word_set("stance", key)
