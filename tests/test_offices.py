"""Offices and who held them when (ontology/offices.ttl, kg/offices.py): a role phrase and a
state give a post, a post and a day its holder, and the data holds no overlapping tenures."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.gazetteer import load_gazetteer, ontology_dir
from kg.namespaces import KG, KGR
from kg.offices import Offices, load_offices, normalise


def state(slug: str) -> str:
    return str(KGR[f"state/{slug}"])


def person(slug: str) -> str:
    return str(KGR[f"person/{slug}"])


def role(slug: str) -> str:
    return str(KGR[f"role/{slug}"])


@pytest.fixture(scope="module")
def offices() -> Offices:
    return load_offices()


# --- who held the post on the day ------------------------------------------------------

HOLDERS = [
    ("Secretary-General", None, date(2016, 3, 2), "ban-ki-moon"),
    ("Secretary-General", None, date(2017, 9, 12), "antonio-guterres"),
    ("UN chief", None, date(2006, 10, 9), "kofi-annan"),
    ("Ambassador to the UN", "china", date(2017, 8, 5), "liu-jieyi"),
    ("representative", "china", date(2020, 6, 30), "zhang-jun"),
    ("representative", "china", date(2013, 7, 15), "li-baodong"),  # left in July 2013: none other may hold it
    ("envoy", "russia", date(2017, 12, 22), "vassily-nebenzia"),
    ("UN ambassador", "russia", date(2016, 6, 1), "vitaly-churkin"),
    ("U.N. ambassador", "united-states", date(2017, 8, 5), "nikki-haley"),
    ("foreign minister", "russia", date(2010, 1, 1), "sergey-lavrov"),
    ("Secretary of State", "united-states", date(2017, 12, 1), "rex-tillerson"),
    ("Kremlin spokesman", "russia", date(2017, 9, 4), "dmitry-peskov"),
    ("President", "south-korea", date(2016, 1, 6), "park-geun-hye"),
    ("Premier", "china", date(2016, 3, 16), "li-keqiang"),
    ("leader", "north-korea", date(2017, 9, 3), "kim-jong-un"),
    ("State Department spokeswoman", "united-states", date(2018, 6, 1), "heather-nauert"),
]


@pytest.mark.parametrize(("phrase", "where", "day", "expected"), HOLDERS)
def test_the_holder_on_the_day(
    offices: Offices, phrase: str, where: str | None, day: date, expected: str
) -> None:
    post = offices.post(offices.role(phrase) or "", state(where) if where else None)
    assert post is not None
    assert offices.holder(post, day) == person(expected)


@pytest.mark.parametrize(
    ("post", "day"),
    [
        ("un-secretary-general", date(1990, 1, 1)),  # before any tenure the file knows
        ("russia-un-ambassador", date(2006, 4, 10)),  # Denisov left and Churkin came in April 2006
        ("china-foreign-ministry-spokesperson", date(2017, 1, 5)),  # several speak in turn
        ("united-states-un-ambassador", date(2025, 6, 1)),  # acting heads are not recorded
    ],
)
def test_no_holder_when_the_record_cannot_say(offices: Offices, post: str, day: date) -> None:
    assert offices.holder(str(KGR[f"post/{post}"]), day) is None


def test_a_handover_day_is_the_successors(offices: Offices) -> None:
    post = str(KGR["post/china-foreign-minister"])
    assert offices.holder(post, date(2013, 3, 15)) == person("yang-jiechi")
    assert offices.holder(post, date(2013, 3, 16)) == person("wang-yi")


def test_a_date_is_needed(offices: Offices) -> None:
    assert offices.holder(str(KGR["post/un-secretary-general"]), None) is None


# --- roles, posts, what they speak for ---------------------------------------------------

ROLES = [
    *[
        (p, "secretary-general")
        for p in (
            "Secretary-General",
            "Secretary General",
            "UN chief",
            "U.N. chief",
            "UN Secretary-General",
            "the secretary-general",
            "UN  Secretary\nGeneral",
        )
    ],
    *[
        (p, "sg-spokesperson")
        for p in (
            "Spokesperson for the Secretary-General",
            "spokesman for the Secretary-General",
            "UN spokesman",
        )
    ],
    *[
        (p, "un-ambassador")
        for p in (
            "ambassador to the UN",
            "UN ambassador",
            "envoy to the UN",
            "permanent representative",
            "representative",
            "envoy",
            "Ambassador",
        )
    ],
    *[
        (p, "foreign-minister")
        for p in (
            "foreign minister",
            "Minister for Foreign Affairs",
            "Secretary of State",
            "top diplomat",
            "Foreign Secretary",
        )
    ],
    *[
        (p, "foreign-ministry-spokesperson")
        for p in (
            "Foreign Ministry spokesperson",
            "foreign ministry spokesman",
            "MFA spokesperson",
            "State Department spokesperson",
        )
    ],
    ("president", "president"),
    ("Prime Minister", "prime-minister"),
    ("Kremlin spokesman", "presidential-spokesperson"),
]


@pytest.mark.parametrize(("phrase", "expected"), ROLES)
def test_a_role_phrase_names_its_role(offices: Offices, phrase: str, expected: str) -> None:
    assert offices.role(phrase) == role(expected)


@pytest.mark.parametrize("phrase", ["UN envoy", "spokesman", "minister", "Security Council", ""])
def test_other_phrases_name_no_role(offices: Offices, phrase: str) -> None:
    assert offices.role(phrase) is None


def test_normalise_folds_dots_hyphens_spacing_and_spelling() -> None:
    assert normalise(" The U.N.  Secretary-General") == "un secretary general"
    assert normalise("Defence Secretary") == "defense secretary"


def test_role_words_are_every_label(offices: Offices) -> None:
    words = offices.role_words()
    assert {"UN chief", "Kremlin spokesman", "MFA spokesperson", "representative"} <= set(words)
    assert len(words) == len(set(words)) and len(words[0]) >= len(words[-1])


@pytest.mark.parametrize(
    ("phrase", "where", "post", "speaks_for"),
    [
        ("MFA spokesperson", state("china"), "china-foreign-ministry-spokesperson", state("china")),
        (
            "foreign ministry spokesman",
            str(KGR["organization/chinese-foreign-ministry"]),
            "china-foreign-ministry-spokesperson",
            state("china"),
        ),
        ("Kremlin spokesman", state("russia"), "russia-presidential-spokesperson", state("russia")),
        (
            "Secretary of State",
            state("united-states"),
            "united-states-foreign-minister",
            state("united-states"),
        ),
        ("Secretary-General", None, "un-secretary-general", str(KGR["organization/united-nations"])),
        (
            "Spokesperson for the Secretary-General",
            None,
            "un-sg-spokesperson",
            str(KGR["organization/united-nations"]),
        ),
    ],
)
def test_a_post_speaks_for_its_state(
    offices: Offices, phrase: str, where: str | None, post: str, speaks_for: str
) -> None:
    found = offices.post(offices.role(phrase) or "", where)
    assert found == str(KGR[f"post/{post}"])
    assert offices.speaks_for(found) == speaks_for


def test_a_state_post_needs_its_state(offices: Offices) -> None:
    assert offices.post(role("un-ambassador"), None) is None
    assert offices.post(role("president"), state("united-kingdom")) is None


# --- the data ------------------------------------------------------------------------------


def test_every_post_the_brief_names_is_there(offices: Offices) -> None:
    states = [
        "china",
        "france",
        "russia",
        "united-kingdom",
        "united-states",
        "japan",
        "south-korea",
        "north-korea",
        "iran",
    ]
    for kind in ("un-ambassador", "foreign-minister", "foreign-ministry-spokesperson"):
        for slug in states:
            assert offices.post(role(kind), state(slug)) is not None, (kind, slug)


def test_no_post_has_two_holders_at_once(offices: Offices) -> None:
    """Tenures of one post overlap by a handover day at most, where the record is sure of both."""
    clashes = []
    for post, tenures in offices.tenures.items():
        if offices.posts[post].concurrent:
            continue
        for a, b in combinations(tenures, 2):
            if (min(a.sure_to, b.sure_to) - max(a.sure_from, b.sure_from)).days > 0:
                clashes.append((post, a.person, b.person))
    assert clashes == []


def test_every_tenure_begins_before_it_ends(offices: Offices) -> None:
    assert all(t.earliest <= t.latest for tenures in offices.tenures.values() for t in tenures)


def test_every_holder_is_a_person_who_represents_someone(offices: Offices) -> None:
    """A holder is a kg:Person of actors.ttl; one in office now represents what the post speaks for."""
    actors = Graph().parse(ontology_dir() / "actors.ttl", format="turtle")
    persons = {str(p) for p in actors.subjects(RDF.type, KG.Person)}
    for post, tenures in offices.tenures.items():
        for tenure in tenures:
            assert tenure.person in persons, tenure
            represents = {str(o) for o in actors.objects(URIRef(tenure.person), KG.represents)}
            assert represents, tenure
            if tenure.latest == date.max and tenure.sure_to == date.max:
                assert offices.speaks_for(post) in represents, tenure


def test_role_words_are_not_actors_or_topics() -> None:
    """The gazetteer reads labels by class: no role phrase becomes an actor or a topic."""
    gazetteer = load_gazetteer()
    labels = {label.casefold() for group in ("actor", "topic") for _, label in gazetteer.entries(group)}
    assert not {w.casefold() for w in load_offices().role_words()} & labels
    assert not any("/role/" in iri or "/post/" in iri or "/tenure/" in iri for iri in gazetteer.nodes)
