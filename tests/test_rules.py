"""The rule tables are data: they load, and no cue phrase sits in two families (which one wins
would then depend on match order)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from kg.extract.positions import FAMILIES
from kg.nlp import load_rules


@pytest.mark.parametrize("table", ["stance", "bans", "events"])
def test_tables_load(table):
    assert load_rules(table)


def test_every_phrase_is_a_string():
    rules = load_rules("stance")
    for key, value in rules.items():
        phrases = [p for v in value.values() for p in v] if isinstance(value, dict) else value
        assert all(isinstance(p, str) for p in phrases), key  # YAML reads a bare no or yes as a boolean


def test_no_cue_in_two_families():
    rules = load_rules("stance")
    where = defaultdict(set)
    for family in FAMILIES:
        value = rules[family]
        for stance, phrases in value.items() if isinstance(value, dict) else [("opposes", value)]:
            for phrase in phrases:
                where[phrase].add(f"{family}/{stance}")
    assert {p: f for p, f in where.items() if len(f) > 1} == {}
