"""kg as a library: kg.build, kg.read and kg.evaluate, what kg build, kg extract and kg eval call."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import kg
from kg.articles import ArticleError
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTICLE = SEEDS / "000_4e526a4453f70164.txt"
TUNING = ROOT / "tests" / "data" / "tuning"


def test_import_kg_loads_neither_spacy_nor_the_library_until_used() -> None:
    code = "import sys, kg; print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('kg')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['kg']"


def test_read_gives_each_article_s_claims_and_names_what_is_no_article(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    found = list(kg.read([ARTICLE, tmp_path / "empty.txt"]))
    [reading] = [r for r in found if not isinstance(r, ArticleError)]
    [error] = [r for r in found if isinstance(r, ArticleError)]
    assert reading.article.file_name == ARTICLE.name and reading.claims and reading.error is None
    assert "empty.txt" in str(error)


def test_build_stores_what_read_reads_and_writes_the_view(tmp_path: Path) -> None:
    store = open_store("memory")
    try:
        built = kg.build([ARTICLE], store, out=tmp_path / "out")
        assert built.report.stored == 1 and built.stats["articles"] == 1
        assert sorted(p.name for p in built.written) == ["graph.html", "graph.trig"]
        assert all(p.stat().st_size > 0 for p in built.written)
        [reading] = kg.read([ARTICLE])
        assert sum(built.report.statements.values()) == len(reading.claims)
        again = kg.build([ARTICLE], store)
        assert again.report.unchanged == 1 and again.written == []
    finally:
        store.close()


def test_evaluate_scores_a_gold_file_as_kg_eval_does() -> None:
    report = kg.evaluate(TUNING / "gold.jsonl", TUNING)
    assert {"bans", "position", "overall"} <= set(report.scores)
    assert report.scores["overall"].gold > 0
