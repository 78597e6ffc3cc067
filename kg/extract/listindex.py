"""The names of a UN list as one spaCy ``PhraseMatcher`` per vocabulary: what the ``listings``
family looks for in an article, and what an article's :class:`kg.extract.base.Context` carries.

A :class:`ListIndex` files every :class:`ListedName` (a name, alias, partial name, acronym or
vessel, with the entry it may stand for) under its :func:`phrase_key`, and builds the matcher over
the normalised tokens kg's pipeline sets (the family hands it ``kg.nlp.kg_norm``) once per
vocabulary. Which names a list gives, and how an index is made from a file or a store, is
:mod:`kg.extract.listings`'s. Nothing here reads a rule file: every family's context carries an
index, and none's version hashes more for it than this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

Normaliser = Callable[[Doc], Doc]  # sets token.norm_ as the pipeline does (kg.nlp.kg_norm)


@dataclass(frozen=True)
class ListedName:
    """One phrase to look for, and the entry it may stand for."""

    text: str
    subject: str  # IRI of the kg:ListedName or kg:Vessel node
    entry: str  # IRI of the listed entry
    entry_label: str
    reference: str
    match: str  # a key of kg.extract.listings.CONFIDENCE


@dataclass
class ListIndex:
    """The names of one list and, per vocabulary, the matcher built over them. ``source`` says which
    list it is (a file and its modification time, or a store and the list's date)."""

    names: list[ListedName]
    source: str = ""
    _matchers: dict[int, tuple[Vocab, PhraseMatcher]] = field(default_factory=dict, repr=False)
    _phrases: dict[str, list[ListedName]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name in self.names:
            self._phrases.setdefault(phrase_key(name.text), []).append(name)

    def __reduce__(self) -> tuple:
        """Pickled (for a spawned worker) as its names and source: the matchers are built again there."""
        return (ListIndex, (self.names, self.source))

    def matcher(self, vocab: Vocab, normalise: Normaliser) -> PhraseMatcher:
        """The PhraseMatcher over every name for this vocabulary, its phrases normalised as the
        pipeline normalises a text; built once per vocabulary."""
        cached = self._matchers.get(id(vocab))
        if cached is None or cached[0] is not vocab:
            cached = (vocab, _build_matcher(vocab, self._phrases, normalise))
            self._matchers[id(vocab)] = cached
        return cached[1]

    def candidates(self, key: str) -> list[ListedName]:
        """The names filed under one matcher key."""
        return self._phrases.get(key, [])


def phrase_key(text: str) -> str:
    """What a name is filed under: case-blind, whitespace folded."""
    return " ".join(text.casefold().split())


def _build_matcher(vocab: Vocab, phrases: dict[str, list[ListedName]],
                   normalise: Normaliser) -> PhraseMatcher:
    tokenizer = spacy.blank("en", vocab=vocab)
    matcher = PhraseMatcher(vocab, attr="NORM")
    for key, names in phrases.items():
        pattern = normalise(tokenizer.make_doc(names[0].text))
        if len(pattern):
            matcher.add(key, [pattern])
    return matcher
