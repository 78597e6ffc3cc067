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
        longer one is not its own ("Sudan" in "South Sudan"): one pattern of every name, the longest
        tried first, reads the text once and never inside a name it has read."""
        pattern, owners = _compiled(tuple(sorted(self.names.items())))
        return frozenset(iri for match in pattern.finditer(text) for iri in owners[match.group(0)])


@lru_cache(maxsize=4)
def _compiled(names: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern[str], dict[str, set[str]]]:
    """One pattern of every target name, and the regimes each name is a target of ("Libya" is two)."""
    owners: dict[str, set[str]] = {}
    for iri, labels in names:
        for label in labels:
            owners.setdefault(label, set()).add(iri)
    longest_first = sorted(owners, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in longest_first)
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])"), owners


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
