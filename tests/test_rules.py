"""The rule tables are data: they load, and no cue phrase sits in two families (which one wins
would then depend on match order)."""

from __future__ import annotations

from collections import defaultdict

import pytest
import yaml

from kg.extract.positions import FAMILIES
from kg.nlp import load_rules, normalise, read_rules


@pytest.mark.parametrize("table", ["stance", "bans", "events", "grammar"])
def test_tables_load(table):
    assert load_rules(table)


def test_a_key_written_twice_in_a_table_is_refused(tmp_path):
    table = tmp_path / "twice.yaml"
    table.write_text("linking_lemmas: [be, remain]\naim_nouns: [goal]\nlinking_lemmas: [be]\n")
    with pytest.raises(yaml.constructor.ConstructorError, match="'linking_lemmas' written twice"):
        read_rules(table)


def test_braces_in_a_listed_phrase_hold_alternatives(tmp_path):
    table = tmp_path / "alternatives.yaml"
    table.write_text('bans:\n  - ban\n  - "{halt|block} * {export|import}"\n'
                     'council_liftings:\n  done: ["{lifted|eased} the ban"]\n'
                     'numbers: {one: 1}\nplain: ["a {brace} alone", "x|y"]\n')
    assert read_rules(table) == {
        "bans": ["ban", "halt * export", "halt * import", "block * export", "block * import"],
        "council_liftings": {"done": ["lifted the ban", "eased the ban"]},
        "numbers": {"one": 1},
        "plain": ["a {brace} alone", "x|y"],
    }


def _listed_words(value, path: str):
    """Every item of every list in a table, with where it is."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _listed_words(inner, f"{path}/{key}")
    elif isinstance(value, list):
        for item in value:
            yield from _listed_words(item, path) if isinstance(item, (dict, list)) else [(path, item)]


@pytest.mark.parametrize("table", ["stance", "bans", "events", "grammar"])
def test_every_listed_word_is_a_string(table):
    # YAML reads a bare no, yes, on or off as a boolean: ["at", "on"] would hold True, not "on"
    listed = _listed_words(load_rules(table), "")
    assert [(path, item) for path, item in listed if not isinstance(item, str)] == []


def test_no_cue_in_two_families():
    rules = load_rules("stance")
    where = defaultdict(set)
    for family in FAMILIES:
        value = rules[family]
        for stance, phrases in value.items() if isinstance(value, dict) else [("opposes", value)]:
            for phrase in phrases:
                where[phrase].add(f"{family}/{stance}")
    assert {p: f for p, f in where.items() if len(f) > 1} == {}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We call on all parties to exercise restraint.", ["call on all party to"]),
        ("We call to dialogue.", ["call to"]),  # "*" may hold no word
        ("Japan pushed to adopt sanctions.", []),  # "+" holds at least one
        ("Japan pushed Seoul to adopt sanctions.", ["pushed seoul to"]),
        ("They will call, never to return.", []),  # a gap holds no punctuation and no negation
        ("We call upon the Council, its members and all States to act.", []),
    ],
)
def test_a_gap_in_a_cue_phrase_holds_what_it_says(text: str, found: list[str]) -> None:
    """ "call * to" holds up to four words, "push + to" one to four (kg/extract/cues.py ``GapMatcher``)."""
    from kg.extract.cues import find_cues
    from kg.reading import nlp_for

    doc = nlp_for()(text)
    cues = find_cues(doc[:], "stance", FAMILIES)
    assert [c.norm for c in cues if c.end - c.start > 1 and " to" in c.norm] == found


@pytest.mark.parametrize(
    ("word", "form"),
    [("favours", "favor"), ("favour", "favor"), ("favoured", "favored"), ("favouring", "favoring"),
     ("favors", "favor"), ("neighbouring", "neighboring"), ("endeavours", "endeavor"),
     ("four", "four"), ("your", "your"), ("programmes", "program"), ("sanctions", "sanction")],
)
def test_a_words_matching_form_is_one_spelling_whatever_its_ending(word: str, form: str) -> None:
    assert normalise(word) == form
