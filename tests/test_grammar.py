"""The stance patterns of kg/rules/grammar.yaml, each run on its own example sentence, and the
failure families the parse was brought in for, on sentences written in the field's styles."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract_text
from kg.nlp import load_rules

PATTERN_GROUPS = ("holder", "calls", "objects")
EXAMPLES = [
    pytest.param(entry["example"], tuple(entry["expect"]), id=f"{group}: {entry['name']}")
    for group in PATTERN_GROUPS
    for entry in load_rules("grammar")[group]
]


def positions(text: str, published: date = date(2016, 3, 4)) -> set[tuple[str, str, str]]:
    claims, _ = extract_text(text, published)
    return {(c.subject.label, c.stance or "", c.object.label) for c in claims if c.kind == "position"}


@pytest.mark.parametrize(("text", "expect"), EXAMPLES)
def test_every_pattern_reads_its_example(text: str, expect: tuple[str, str, str]) -> None:
    holder, stance, word = expect
    found = positions(text)
    assert any(h == holder and s == stance and word.lower() in o.lower() for h, s, o in found), found


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # Who holds it: the caller, never the party called on.
        ("Japan urges the DPRK to abide by resolution 2270 and calls upon all Member States to ensure "
         "its implementation.",
         {("Japan", "supports", "UNSC Resolution 2270")},
         {("North Korea", "supports", "UNSC Resolution 2270")}),
        # Scope: a halt verb governs its own object, not the verb coordinated with it.
        ("China urged North Korea to immediately stop reckless provocations and take the path of "
         "dialogue toward denuclearization.",
         {("China", "supports", "dialogue and negotiations")},
         {("China", "opposes", "dialogue and negotiations"), ("China", "opposes", "denuclearization")}),
        # A demand in a "that" clause belongs to whoever demands it.
        ("The United States demands that Pyongyang halt its nuclear tests.",
         {("United States", "opposes", "nuclear tests")},
         {("North Korea", "opposes", "nuclear tests")}),
        # A passive cue: the agent holds it, the passive subject is what is held.
        ("The deployment of THAAD is strongly opposed by Beijing and Moscow.",
         {("China", "opposes", "missile defence"), ("Russia", "opposes", "missile defence")},
         set()),
        # UN coverage: "It" is the Council just named.
        ("The Security Council today adopted resolution 2270. It also condemned the nuclear test.",
         {("UN Security Council", "opposes", "nuclear tests")},
         set()),
    ],
)
def test_failure_families_of_word_order(text, expected, not_expected) -> None:
    found = positions(text)
    assert expected <= found, found
    assert not (not_expected & found), found


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Russia welcomed the adoption of a new Security Council resolution on Friday.", "adoption of"),
        ("Japan condemned the North Korean launch of a long-range rocket.", "launch of a long"),
    ],
)
def test_objects_are_whole_phrases_never_fragments(text: str, fragment: str) -> None:
    assert not any(o.endswith(fragment) for _, _, o in positions(text))
