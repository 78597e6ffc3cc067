"""Extraction quality on the two development sets, scored by the EVAL.md rule.

The seeds' gold (../shared/gold/seeds.jsonl) and the tuning half of the real articles of other
outlets (tests/data/tuning/, annotated without looking at the extractors' output). The floors
sit a little under today's scores: a change that makes reading worse fails here. The check half
(tests/data/check/) has no floor: it is scored and reported (README), never tuned to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.articles import Article, iter_articles
from kg.claims import record
from kg.evaluate import read_gold, score
from kg.extract import extract_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS_GOLD = ROOT.parent / "shared" / "gold" / "seeds.jsonl"
FIELD = ROOT / "tests" / "data" / "tuning"


def predictions(gold: list[dict], folder: Path) -> list[dict]:
    lines = []
    for entry in gold:
        for article in iter_articles([folder / entry["article"]]):
            assert isinstance(article, Article), article
            claims, _ = extract_text(article.text, article.published)
            lines += [record(entry["article"], c) for c in claims]
    return lines


@pytest.mark.skipif(not SEEDS_GOLD.is_file(), reason="the shared development gold is not beside the checkout")
def test_seeds_gold():
    gold = read_gold(SEEDS_GOLD)
    scores = score(gold, predictions(gold, ROOT / "seeds")).scores
    assert scores["bans"].f1 >= 0.95
    assert scores["position"].f1 >= 0.82  # 0.84 on 2026-12-04 with the parsed reading (0.88 by word order)


def test_tuning_half_of_the_real_articles():
    gold = read_gold(FIELD / "gold.jsonl")
    scores = score(gold, predictions(gold, FIELD)).scores
    assert scores["bans"].f1 >= 0.85
    assert scores["position"].precision >= 0.82  # 0.85 on 2026-12-04 (tuning half)
    assert scores["position"].recall >= 0.8  # 0.83 on 2026-12-04, after rulings and refusals
    assert scores["overall"].f1 >= 0.8
