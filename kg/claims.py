"""The statement model: what extraction yields, whatever reads or stores it.

:class:`Triples` is where :mod:`kg.rdf` shapes an article's statements for the store: a set of
triples in insertion order, without the indexes an rdflib ``Graph`` keeps (which cost more than
the extraction itself). :class:`TripleSink` is what ``kg.rdf`` writes into: a ``Triples`` or an
rdflib ``Graph``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from rdflib.term import Node as Term

Triple = tuple[Term, Term, Term]


class TripleSink(Protocol):
    """Anything triples can be added to: :class:`Triples`, or an rdflib ``Graph``."""

    def add(self, triple: Triple, /) -> object: ...


class Triples:
    """An article's triples: a set in insertion order, without the indexes a Graph keeps."""

    def __init__(self) -> None:
        self._triples: dict[Triple, None] = {}

    def add(self, triple: Triple, /) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)
