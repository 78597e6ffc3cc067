"""The trained pipeline's attribute ruler, its one-token patterns looked up once per kind of token.

``en_core_web_sm``'s ``AttributeRuler`` sets coarse tags, morphology and some lemmas from 179
token patterns with spaCy's ``Matcher``, which tries every pattern at every token: on the texts
of ``tests/data`` that took longer than the tagger and the parser together. All but a few
patterns are one token, so what they set depends only on the token's own tag, word, relation and
whether it is a space: that is worked out once per such kind of token (fixed values looked up in
a table, the few with another test tried in turn) and applied as one merged set of attributes. The
patterns of two tokens still go to a ``Matcher``, run only where a token may start one; a token
one of them matches takes every match in the ruler's order. A later pattern wins over an earlier
one, as in the ruler, so the result is the ruler's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import product

from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span, Token
from spacy.tokens._retokenize import set_token_attrs  # the ruler's own setter

READ: dict[str, Callable[[Token], object]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
TESTS = {"IN", "NOT_IN", "REGEX"}
KINDS_KEPT = 200_000  # kinds of token whose attributes are kept: memory stays bounded on any corpus
Spec = dict  # one token of a pattern: attribute -> a value or a test
Kind = tuple  # a token's values of READ, in its order


class TabledRuler:
    """An ``AttributeRuler`` whose one-token patterns are worked out once per kind of token."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.tables: dict[tuple[str, ...], dict[tuple, list[int]]] = {}  # fixed values -> patterns
        self.tested: list[tuple[int, Spec]] = []  # one-token patterns with another test
        self.longer = Matcher(ruler.vocab)
        self.openers: list[Spec] = []  # the first token of each longer pattern
        for index, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                self._add(index, pattern)
        self._kinds: dict[Kind, tuple[dict, list[int], bool]] = {}

    def _add(self, index: int, pattern: list[Spec]) -> None:
        fixed = _fixed_values(pattern)
        if fixed is not None:
            attrs, values = fixed
            table = self.tables.setdefault(attrs, {})
            for value in values:
                table.setdefault(value, []).append(index)
        elif len(pattern) == 1 and _readable(pattern[0]):
            self.tested.append((index, pattern[0]))
        else:
            self.longer.add(str(index), [pattern])
            self.openers.append(pattern[0])

    def __call__(self, doc: Doc) -> Doc:
        kinds = [self._kind(tuple(read(token) for read in READ.values())) for token in doc]
        longer = self._longer_matches(doc) if any(opens for _, _, opens in kinds) else []
        ordered = {i for _, start, end in longer for i in range(start, end)}
        for token, (merged, _, _) in zip(doc, kinds, strict=True):
            if merged and token.i not in ordered:
                set_token_attrs(token, merged)
        singles = [(index, i, i + 1) for i in ordered for index in kinds[i][1]]
        for index, start, end in sorted(singles + longer):
            set_token_attrs(Span(doc, start, end)[self.ruler.indices[index]], self.ruler.attrs[index])
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _longer_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        strings = self.ruler.vocab.strings
        return [(int(strings[key]), start, end) for key, start, end in self.longer(doc, allow_missing=True)]

    def _kind(self, kind: Kind) -> tuple[dict, list[int], bool]:
        """What the one-token patterns set on a token of this kind (merged, a later pattern's over an
        earlier one's), which they are, and whether a longer pattern may start at it."""
        if kind not in self._kinds:
            if len(self._kinds) >= KINDS_KEPT:
                self._kinds.clear()
            values = dict(zip(READ, kind, strict=True))
            indices = [index for attrs, table in self.tables.items()
                       for index in table.get(tuple(values[a] for a in attrs), ())]
            indices = sorted(indices + [index for index, spec in self.tested if _passes(spec, values)])
            merged: dict = {}
            for index in indices:
                merged.update(self.ruler.attrs[index])
            opens = any(not _readable(spec) or _passes(spec, values) for spec in self.openers)
            self._kinds[kind] = (merged, indices, opens)
        return self._kinds[kind]


def _readable(spec: Spec) -> bool:
    """A token spec of READ's attributes with fixed values or the tests this module knows."""
    tests = (v for v in spec.values() if isinstance(v, dict))
    return bool(spec) and set(spec) <= READ.keys() and all(set(t) <= TESTS for t in tests)


def _passes(spec: Spec, values: dict) -> bool:
    return all(_holds(wanted, values[attr]) for attr, wanted in spec.items())


def _holds(wanted: object, value: object) -> bool:
    """A value meets a spec's fixed value or its tests (as spaCy's: "REGEX" searches)."""
    if not isinstance(wanted, dict):
        return value == wanted
    return ("IN" not in wanted or value in wanted["IN"]) \
        and ("NOT_IN" not in wanted or value not in wanted["NOT_IN"]) \
        and ("REGEX" not in wanted or re.search(wanted["REGEX"], str(value)) is not None)


def _fixed_values(pattern: list[Spec]) -> tuple[tuple[str, ...], list[tuple]] | None:
    """A one-token pattern of fixed values (or "IN" lists) as its attributes and every tuple of
    values it takes; None for any other pattern."""
    if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= READ.keys():
        return None
    attrs = tuple(sorted(pattern[0]))
    choices = []
    for attr in attrs:
        value = pattern[0][attr]
        if isinstance(value, dict) and set(value) != {"IN"}:
            return None
        choices.append(list(value["IN"]) if isinstance(value, dict) else [value])
    return attrs, list(product(*choices))
