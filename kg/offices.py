"""Offices and who held them when, read from ``ontology/offices.ttl``.

The press names an official by office more often than by name: "the Secretary-General
welcomes ...", "China's representative said", "Kremlin spokesman Dmitry Peskov". This module
turns such a phrase into a role, the role and a state into a post, and the post and an
article's date into the person who held it then::

    >>> offices = load_offices()
    >>> sg = offices.post(offices.role("UN chief"), None)
    >>> offices.holder(sg, date(2016, 3, 2))
    'https://w3id.org/kg-sanctions/id/person/ban-ki-moon'

The data is W3C ORG (``org:Role``, ``org:Post``, ``org:Membership``) with OWL-Time intervals;
the file's header says how it is modelled and where the dates come from.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rdflib import Graph, Literal
from rdflib.namespace import ORG, RDF, SKOS, TIME
from rdflib.term import Node

from kg.errors import OfficesError
from kg.gazetteer import load_ontology
from kg.namespaces import KG, KGR

UN = str(KGR["organization/united-nations"])
# British spellings folded to American ones before a role phrase is looked up.
SPELLINGS = {"organisation": "organization", "defence": "defense", "programme": "program", "centre": "center"}


@dataclass(frozen=True)
class Tenure:
    """One person in one post, with what the record says of when.

    ``earliest``/``latest`` bound the days the person may have held the post (a start known
    to the year begins on its 1 January); ``sure_from``/``sure_to`` the days they surely did.
    """

    person: str
    post: str
    earliest: date
    sure_from: date
    sure_to: date
    latest: date

    def may_hold(self, on: date) -> bool:
        return self.earliest <= on <= self.latest

    def surely_holds(self, on: date) -> bool:
        return self.sure_from <= on <= self.sure_to


@dataclass(frozen=True)
class Post:
    """An office of one state or organization (``kgr:post/china-un-ambassador``)."""

    iri: str
    role: str
    post_in: str
    speaks_for: str
    concurrent: bool = False
    on_behalf_of: str | None = None  # the post whose holder this one speaks for


@dataclass
class Offices:
    """Roles and the words for them, posts, and tenures, as ``ontology/offices.ttl`` has them."""

    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role IRI -> its labels
    posts: dict[str, Post] = field(default_factory=dict)
    tenures: dict[str, list[Tenure]] = field(default_factory=dict)  # post IRI -> its tenures
    phrases: dict[str, str] = field(default_factory=dict)  # normalised phrase -> role IRI

    def role(self, phrase: str) -> str | None:
        """The role a phrase names, matched case-blind with spacing, dots and hyphens folded.

        "UN chief", "U.N. Chief", "the Secretary General" and "Secretary-General" are the
        Secretary-General's role. A bare "ambassador", "envoy" or "representative" is the
        UN ambassador's role: in the Security Council coverage this graph reads, "China's
        representative" and "the Russian envoy" are the permanent representatives (a state's
        ambassador to another state is not modelled). "UN envoy" is no role: it names the
        Secretary-General's special envoys.

        >>> load_offices().role("Kremlin spokesman")
        'https://w3id.org/kg-sanctions/id/role/presidential-spokesperson'
        """
        return self.phrases.get(normalise(phrase))

    def post(self, role: str, organization: str | None) -> str | None:
        """The post of a role for a state, an organization or a ministry; ``None`` for the UN.

        ``post(role("foreign ministry spokesman"), "…/state/china")`` is the Chinese Foreign
        Ministry's spokesperson, as is the same role with ``…/organization/chinese-foreign-ministry``.
        Without an organization only a UN post is found (the Secretary-General, his spokesperson).
        """
        wanted = organization or UN
        found = [p.iri for p in self.posts.values() if p.role == role and wanted in (p.post_in, p.speaks_for)]
        return found[0] if len(found) == 1 else None

    def holder(self, post: str, on: date | None) -> str | None:
        """The person who held the post on a day, or ``None`` when the record cannot say.

        A day two tenures may both cover (a change of ambassador known only to the month)
        goes to the one that surely holds it, and a handover day to the incoming holder.
        Posts held by several at once (the Chinese Foreign Ministry's spokespersons) have no
        single holder: who spoke is in the article, not the calendar.
        """
        if on is None or post not in self.posts or self.posts[post].concurrent:
            return None
        candidates = [t for t in self.tenures.get(post, []) if t.may_hold(on)]
        if len(candidates) > 1:
            candidates = [t for t in candidates if t.surely_holds(on)]
        if len(candidates) > 1:
            candidates = [t for t in candidates if t.sure_from == on]
        return candidates[0].person if len(candidates) == 1 else None

    def speaks_for(self, post: str) -> str:
        """The state or organization a post speaks for: the Kremlin's spokesperson, Russia."""
        return self.posts[post].speaks_for

    def role_words(self) -> list[str]:
        """Every phrase that names a role, longest first, for the extractors to match."""
        words = {label for labels in self.roles.values() for label in labels}
        return sorted(words, key=lambda w: (-len(w), w))


@lru_cache(maxsize=65536)
def normalise(phrase: str) -> str:
    """A role phrase folded for lookup (cached: every office named is compared with every role).

    >>> normalise("  the U.N. Secretary-General ")
    'un secretary general'
    """
    text = re.sub(r"[-,\s]+", " ", phrase.replace(".", "").casefold()).strip()  # "to the UN, Susan Rice"
    text = re.sub(r"^the ", "", text)
    return " ".join(SPELLINGS.get(word, word) for word in text.split())


@lru_cache(maxsize=4)
def load_offices(ontology_dir: str | None = None) -> Offices:
    """The offices of the ontology at ``ontology_dir`` (default: the project's), cached."""
    graph = load_ontology(ontology_dir)
    offices = Offices()
    for role in graph.subjects(RDF.type, ORG.Role):
        _add_role(offices, graph, role)
    for post in graph.subjects(RDF.type, ORG.Post):
        _add_post(offices, graph, post)
    by_key = {(p.post_in, p.role): p.iri for p in offices.posts.values()}
    for membership in graph.subjects(RDF.type, ORG.Membership):
        tenure = _tenure(graph, membership, by_key)
        offices.tenures.setdefault(tenure.post, []).append(tenure)
    for tenures in offices.tenures.values():
        tenures.sort(key=lambda t: (t.earliest, t.person))
    return offices


def _add_role(offices: Offices, graph: Graph, role: Node) -> None:
    labels = tuple(
        str(label) for prop in (SKOS.prefLabel, SKOS.altLabel) for label in graph.objects(role, prop)
    )
    offices.roles[str(role)] = labels
    for label in labels:
        key = normalise(label)
        if offices.phrases.setdefault(key, str(role)) != str(role):
            raise OfficesError(f"{label!r} names two roles: {offices.phrases[key]} and {role}")


def _add_post(offices: Offices, graph: Graph, post: Node) -> None:
    role, post_in = graph.value(post, ORG.role), graph.value(post, ORG.postIn)
    if role is None or post_in is None:
        raise OfficesError(f"{post}: a post needs org:role and org:postIn")
    concurrent = graph.value(post, KG.concurrentHolders)
    principal = graph.value(post, KG.onBehalfOf)
    offices.posts[str(post)] = Post(
        str(post),
        str(role),
        str(post_in),
        _speaker(graph, post_in),
        bool(concurrent and concurrent.toPython()),
        str(principal) if principal is not None else None,
    )


def _speaker(graph: Graph, body: Node) -> str:
    """Follow kg:represents from a ministry or presidency to the state it stands for."""
    seen: set[Node] = set()
    while (up := graph.value(body, KG.represents)) is not None and body not in seen:
        seen.add(body)
        body = up
    return str(body)


def _tenure(graph: Graph, membership: Node, by_key: dict[tuple[str, str], str]) -> Tenure:
    key = (str(graph.value(membership, ORG.organization)), str(graph.value(membership, ORG.role)))
    person, interval = graph.value(membership, ORG.member), graph.value(membership, ORG.memberDuring)
    if key not in by_key or person is None or interval is None:
        raise OfficesError(
            f"{membership}: no post has its org:organization and org:role, or no member or interval"
        )
    earliest, sure_from = _bounds(graph, graph.value(interval, TIME.hasBeginning), date.min, date.max)
    end = graph.value(interval, TIME.hasEnd)
    sure_to, latest = _bounds(graph, end, date.min, date.max) if end is not None else (date.max, date.max)
    if earliest > latest:
        raise OfficesError(f"{membership}: it ends before it begins")
    return Tenure(str(person), by_key[key], earliest, sure_from, sure_to, latest)


def _bounds(graph: Graph, instant: Node | None, low: date, high: date) -> tuple[date, date]:
    """The first and last day an instant may be: a day, a month's days, a year's days, or any."""
    for prop in (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear):
        value = graph.value(instant, prop) if instant is not None else None
        if isinstance(value, Literal):
            return _period(str(value))
    return low, high


def _period(lexical: str) -> tuple[date, date]:
    """``"2013-08"`` -> 1 and 31 August 2013; ``"2014"`` -> the year; a day is itself."""
    parts = [int(p) for p in lexical.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


__all__ = ["Offices", "OfficesError", "Post", "Tenure", "load_offices", "normalise"]
