"""The extractors' vocabularies, read from the ontology's Turtle files.

Every label the extractors match is a ``skos:prefLabel``, ``skos:altLabel`` or
``kg:demonym`` in ``ontology/*.ttl``: a missed alias is fixed with a line of
Turtle. Resolutions (number, symbol, adoption date, agenda item) come from the
same files, so a resolution named by its date is found in the reference table.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.namespaces import KG, KGR

CLASS_NAMES = {
    KG.State: "state",
    KG.Organization: "organization",
    KG.Person: "person",
    KG.Topic: "topic",
    KG.Commodity: "commodity",
    KG.Measure: "measure",
}
GROUP_OF = {
    "state": "actor",
    "organization": "actor",
    "person": "actor",
    "demonym": "actor",
    "topic": "topic",
    "commodity": "commodity",
    "measure": "measure",
}
NOT_VOCABULARY = {"shapes.ttl"}
SCHEMA_FILE = "kg.ttl"


@dataclass(frozen=True)
class NodeInfo:
    """A node of the ontology as the extractors see it."""

    iri: str
    label: str
    cls: str
    represents: str | None = None
    labels: tuple[str, ...] = ()
    non_governmental: bool = False  # its staff speak for it (kg:NonGovernmentalOrganization, kg:ArmedGroup)


@dataclass(frozen=True)
class ResolutionInfo:
    """One Security Council resolution of the reference table."""

    number: int
    iri: str
    label: str
    symbol: str
    adopted: date | None
    context: str  # agenda item and title, for telling same-day resolutions apart


@dataclass
class Gazetteer:
    """Labels to match, nodes they stand for, and the table of resolutions."""

    nodes: dict[str, NodeInfo] = field(default_factory=dict)
    labels: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # group -> (key, label)
    resolutions: dict[int, ResolutionInfo] = field(default_factory=dict)
    # (month, day) -> the resolutions adopted that day, built on first use for the table's size
    _by_day: tuple[int, dict[tuple[int, int], list[ResolutionInfo]]] = field(
        default=(-1, {}), init=False, repr=False, compare=False)

    @classmethod
    def empty(cls) -> Gazetteer:
        return cls()

    def entries(self, group: str) -> Iterator[tuple[str, str]]:
        """``(key, label)`` pairs to match for one span group."""
        yield from self.labels.get(group, [])

    @staticmethod
    def iri_of(key: str) -> str:
        return key.split("|", 1)[1]

    @staticmethod
    def cls_of(key: str) -> str:
        return key.split("|", 1)[0]

    def node(self, iri: str) -> NodeInfo | None:
        return self.nodes.get(iri)

    def state_of(self, iri: str) -> NodeInfo | None:
        """The state an actor stands for: itself, or the state a person or body represents."""
        info = self.nodes.get(iri)
        seen = set()
        while info is not None and info.cls != "state" and info.represents and info.iri not in seen:
            seen.add(info.iri)
            info = self.nodes.get(info.represents)
        return info if info is not None and info.cls == "state" else None

    def resolutions_on(self, month: int, day: int, year: int | None = None) -> list[ResolutionInfo]:
        """Resolutions adopted on a day of the year, in any year unless one is given."""
        if self._by_day[0] != len(self.resolutions):  # built once: every article asks
            index: dict[tuple[int, int], list[ResolutionInfo]] = {}
            for r in self.resolutions.values():
                if r.adopted:
                    index.setdefault((r.adopted.month, r.adopted.day), []).append(r)
            self._by_day = (len(self.resolutions), index)
        return [r for r in self._by_day[1].get((month, day), []) if year is None or r.adopted.year == year]

    def resolution(self, number: int) -> ResolutionInfo:
        """A resolution by number; one the table does not hold still gets its node."""
        known = self.resolutions.get(number)
        if known:
            return known
        return ResolutionInfo(
            number, str(KGR[f"resolution/{number}"]), f"UNSC Resolution {number}", f"S/RES/{number}", None, ""
        )


def ontology_dir(path: str | os.PathLike | None = None) -> Path:
    """Where the ontology's Turtle files are: an argument, ``KG_ONTOLOGY``, or the installed copy."""
    if path:
        return Path(path)
    if os.environ.get("KG_ONTOLOGY"):
        return Path(os.environ["KG_ONTOLOGY"])
    here = Path(__file__).resolve().parent
    # A source tree keeps ontology/ beside kg/; an installed kg carries it as kg/ontology/.
    for candidate in (here.parent / "ontology", here / "ontology"):
        if (candidate / SCHEMA_FILE).is_file():
            return candidate
    raise FileNotFoundError(f"the ontology is missing: no {SCHEMA_FILE} beside {here}; set KG_ONTOLOGY")


def vocabulary_files(directory: Path) -> list[Path]:
    """The Turtle files that hold vocabularies and reference individuals."""
    files = sorted(p for p in directory.glob("*.ttl") if p.name not in NOT_VOCABULARY)
    if not any(p.name == SCHEMA_FILE for p in files):
        raise FileNotFoundError(f"{directory}: no {SCHEMA_FILE} here, not an ontology folder")
    return files


@lru_cache(maxsize=4)
def load_ontology(path: str | None = None) -> Graph:
    """Every vocabulary file of the ontology in one rdflib graph."""
    graph = Graph()
    for file in vocabulary_files(ontology_dir(path)):
        graph.parse(file, format="turtle")
    return graph


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer built from the ontology at ``path`` (default: the project's)."""
    graph = load_ontology(path)
    gaz = Gazetteer()
    for cls_iri, cls in CLASS_NAMES.items():
        for subject in graph.subjects(RDF.type, cls_iri):
            _add_node(gaz, graph, subject, cls)
    for subject in graph.subjects(RDF.type, KG.Resolution):
        info = _resolution(graph, subject)
        if info:
            gaz.resolutions[info.number] = info
    return gaz


OUTSIDE_GOVERNMENT = (KG.NonGovernmentalOrganization, KG.ArmedGroup)  # whose staff speak for them


def _add_node(gaz: Gazetteer, graph: Graph, subject: URIRef, cls: str) -> None:
    pref = graph.value(subject, SKOS.prefLabel) or graph.value(subject, RDFS.label)
    if pref is None:
        return
    alts = [str(a) for a in graph.objects(subject, SKOS.altLabel)]
    represents = graph.value(subject, KG.represents)
    iri = str(subject)
    gaz.nodes[iri] = NodeInfo(
        iri, str(pref), cls, str(represents) if represents else None, tuple([str(pref), *alts]),
        any((subject, RDF.type, outside) in graph for outside in OUTSIDE_GOVERNMENT),
    )
    group = GROUP_OF[cls]
    for label in {str(pref), *alts}:
        gaz.labels.setdefault(group, []).append((f"{cls}|{iri}", label))
    for demonym in graph.objects(subject, KG.demonym):
        gaz.labels.setdefault("actor", []).append((f"demonym|{iri}", str(demonym)))


def _resolution(graph: Graph, subject: URIRef) -> ResolutionInfo | None:
    number = graph.value(subject, KG.resolutionNumber)
    if number is None:
        return None
    adopted = graph.value(subject, KG.adoptionDate)
    context = " ".join(
        str(v) for v in (graph.value(subject, KG.agendaItem), graph.value(subject, DCTERMS.title)) if v
    )
    return ResolutionInfo(
        number=int(number),
        iri=str(subject),
        label=str(graph.value(subject, RDFS.label) or f"UNSC Resolution {int(number)}"),
        symbol=str(graph.value(subject, KG.symbol) or f"S/RES/{int(number)}"),
        adopted=adopted.toPython() if adopted is not None else None,
        context=context,
    )
