"""Which sanctions regimes an article is about, and which resolutions belong to each.

Read from ``ontology/regimes.ttl`` (each regime's ``kg:targetName``: "Libya", "ISIL",
"Al-Shabaab" ...; its establishing resolutions and dates) and ``ontology/resolutions.ttl``
(``kg:regime`` of every resolution). The resolutions family uses it to tell same-day resolutions
apart ("the resolution adopted on Thursday" in an article on ISIL is the ISIL regime's) and to
resolve "the Council imposed an arms embargo on Libya in 2011" to the resolution that set the
regime up that year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from kg.gazetteer import load_ontology
from kg.namespaces import KG

__all__ = ["RegimeIndex", "regime_index"]


@dataclass(frozen=True)
class RegimeIndex:
    """Regimes by IRI: the names of their targets, their establishing resolutions, their members."""

    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    established: dict[str, tuple[int, ...]] = field(default_factory=dict)
    started: dict[str, date] = field(default_factory=dict)
    ended: dict[str, date] = field(default_factory=dict)
    members: dict[int, frozenset[str]] = field(default_factory=dict)

    def regimes_of(self, number: int) -> frozenset[str]:
        """The regimes a resolution belongs to (none for most)."""
        return self.members.get(number, frozenset())

    def in_force(self, regimes: frozenset[str], day: date) -> frozenset[str]:
        """The regimes of ``regimes`` that had started by ``day`` and had not ended before it."""
        return frozenset(
            r for r in regimes if self.started.get(r, date.min) <= day <= self.ended.get(r, date.max)
        )

    def named_in(self, text: str) -> frozenset[str]:
        """The regimes whose target the text names, as written ("CAR" is not "car"); a name inside a
        longer one of another regime is not its own ("Sudan" in "South Sudan")."""
        spans = [(m.start(), m.end(), iri) for iri, pattern in self._patterns().items()
                 for m in pattern.finditer(text)]
        inside = _inside_others({(start, end) for start, end, _ in spans})
        return frozenset(iri for start, end, iri in spans if (start, end) not in inside)

    def _patterns(self) -> dict[str, re.Pattern[str]]:
        return _compiled(tuple(sorted(self.names.items())))


def _inside_others(ranges: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The ranges that lie within another, in one sweep: by start, the longest first, a range is
    inside another when an earlier one reaches as far (a pairwise test grows with the square of the
    names a long article holds)."""
    inside, reach = set(), -1
    for start, end in sorted(ranges, key=lambda r: (r[0], -r[1])):
        if end <= reach:
            inside.add((start, end))
        reach = max(reach, end)
    return inside


@lru_cache(maxsize=4)
def _compiled(names: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, re.Pattern[str]]:
    return {iri: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in labels) + r")(?![\w-])")
            for iri, labels in names if labels}


@lru_cache(maxsize=4)
def regime_index(path: str | None = None) -> RegimeIndex:
    """The index built from the ontology at ``path`` (default: the project's)."""
    graph = load_ontology(path)
    index = RegimeIndex()
    for regime in set(graph.subjects(KG.targetName, None)):
        iri = str(regime)
        index.names[iri] = tuple(sorted(str(n) for n in graph.objects(regime, KG.targetName)))
        index.established[iri] = tuple(sorted(int(str(r).rsplit("/", 1)[1])
                                              for r in graph.objects(regime, KG.establishedBy)))
        start = graph.value(regime, KG.startDate)
        if start is not None:
            index.started[iri] = start.toPython()
        end = graph.value(regime, KG.endDate)
        if end is not None:
            index.ended[iri] = end.toPython()
    members: dict[int, set[str]] = {}
    for resolution, regime in graph.subject_objects(KG.regime):
        number = graph.value(resolution, KG.resolutionNumber)
        if number is not None:
            members.setdefault(int(number), set()).add(str(regime))
    index.members.update({n: frozenset(r) for n, r in members.items()})
    return index
