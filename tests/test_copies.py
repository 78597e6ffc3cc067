"""Syndicated copies read once: ``kg ingest`` shapes a copy's graph from the statements of the
first article that reads the same (``kg.reading.reading_key``), and stores exactly what reading
the copy afresh stores.

A corpus of the seeds and a dateline article without a date (its date is inferred from the
text), each followed by copies: under another id and a news outlet's name, the same record under
another id, and variants that must be read again (a publisher that names a voice, another date,
another title). It is ingested with and without the reuse, with one worker and with two, and the
two stores must hold the same quads.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from kg import parallel, pipeline, reading
from kg.articles import Article, iter_articles
from kg.store import open_store

pytestmark = pytest.mark.usefixtures("frozen_ontology")
ROOT = Path(__file__).resolve().parents[1]
UNDATED = (
    "Lavrov criticises missile shield plans\n\n"
    "MOSCOW, March 11. /TASS/. Russian Foreign Minister Sergey Lavrov said on Friday that Russia "
    "opposes the deployment of the US missile defence system in South Korea.\n"
    "The UN Security Council resolution 2270 bans exports of coal and iron ore from North Korea.\n"
)


def originals() -> list[dict]:
    seeds = [a for a in iter_articles([ROOT / "seeds"]) if isinstance(a, Article)]
    records = [{"id": a.id, "title": a.title, "published": a.published and a.published.isoformat(),
                "source": a.source, "text": a.text} for a in seeds]
    return [*records, {"id": "undated", "source": "TASS", "text": UNDATED}]


# Copies of each original: (id suffix, changes, whether it reads as its original).
COPIES = [
    ("wire", {"source": "Reuters (syndicated)"}, True),
    ("again", {}, True),
    ("no-source", {"source": None}, True),
    ("ministry", {"source": "Ministry of Foreign Affairs of Japan"}, False),  # a publisher's voice
    ("later", {"published": "2024-01-02"}, False),
    ("retitled", {"title": "Statement by the Spokesperson for the Secretary-General"}, False),
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    records = []
    for record in originals():
        records.append(record)
        records += [{**record, **changes, "id": f"{record['id']}-{suffix}"} for suffix, changes, _ in COPIES]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def spied(workers: int, sent: list[str]) -> parallel.Runner:
    """The runner of ``workers`` processes, noting the id of every article it is given to read
    (not those it is given with the statements of one read before)."""
    def noted(items: Iterable[Article]) -> Iterator[Article]:
        for item in items:
            if not isinstance(item, reading.ReadBefore):
                sent.append(item.id)
            yield item

    def run(items: Iterable[Article], work):
        return parallel.extract_all(noted(items), work, workers=workers)
    return run


def ingested(reference: Path, where: Path, corpus: Path, **options) -> tuple[pipeline.IngestReport, set[str]]:
    """The report of ``kg ingest CORPUS`` into a new store, and the store's quads (N-Quads lines)."""
    shutil.copytree(reference, where)
    store = open_store(f"oxigraph:{where}")
    try:
        report = pipeline.ingest(store, [corpus], **options)
        return report, set(store.dump("nq").decode("utf-8").splitlines())
    finally:
        store.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_copy_read_once_stores_what_reading_it_again_stores(reference_only: Path, tmp_path: Path,
                                                              corpus: Path, workers: int) -> None:
    sent: list[str] = []
    reused, reused_quads = ingested(reference_only, tmp_path / "reused", corpus, runner=spied(workers, sent))
    fresh, fresh_quads = ingested(reference_only, tmp_path / "fresh", corpus, reuse_copies=False,
                                  workers=workers)
    assert reused_quads == fresh_quads
    assert (reused.stored, reused.skipped, reused.warnings, reused.statements) == \
        (fresh.stored, fresh.skipped, fresh.warnings, fresh.statements)
    expected = [r["id"] for r in originals()] + [f"{r['id']}-{suffix}" for r in originals()
                                                 for suffix, _, same in COPIES if not same]
    assert sorted(sent) == sorted(expected)  # the copies that read as their original were not extracted
    assert len(fresh_quads) > 0 and reused.stored == len(originals()) * (1 + len(COPIES))


def test_a_failed_extraction_fails_on_its_copies_too(reference_only: Path, tmp_path: Path, corpus: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    read = reading.read_statements

    def failing(article: Article, *args):
        if article.text == UNDATED:
            raise ValueError("a bug")
        return read(article, *args)

    monkeypatch.setattr(reading, "read_statements", failing)
    reused, reused_quads = ingested(reference_only, tmp_path / "reused", corpus)
    fresh, fresh_quads = ingested(reference_only, tmp_path / "fresh", corpus, reuse_copies=False)
    assert reused_quads == fresh_quads
    assert reused.skipped == fresh.skipped
    assert len(reused.skipped) == 1 + len(COPIES)


def test_the_key_holds_what_the_extractors_are_given() -> None:
    [first, *_] = [a for a in iter_articles([ROOT / "seeds"]) if isinstance(a, Article)]
    key = reading.reading_key(first)
    outlet = Article("x", "x.txt", first.text, first.title, first.published, source="Reuters", url="u")
    assert reading.reading_key(outlet) == key
    for other in [Article("y", "y.txt", first.text + " ", first.title, first.published),
                  Article("y", "y.txt", first.text, "Another title", first.published),
                  Article("y", "y.txt", first.text, first.title, date(1999, 1, 1)),
                  Article("y", "y.txt", first.text, first.title, first.published, source="Kremlin")]:
        assert reading.reading_key(other) != key


def read_once_as_fresh(articles: list[Article]) -> list[Article]:
    """Read ``articles`` with copies read once, check the results are in order and what reading
    each afresh gives, and return the articles the workers were given."""
    run = partial(parallel.extract_all, workers=2)
    given: list[Article] = []

    def noted(items: Iterable[Article], work) -> Iterator:
        return run((given.append(item) or item for item in items), work)

    results = list(pipeline._read_once(noted, iter(articles), reading.Reader()))
    assert [a.id for a, _ in results] == [a.id for a in articles]
    fresh = {a.id: d.ntriples for a, d in run(articles, reading.Reader())}
    assert {a.id: d.ntriples for a, d in results} == fresh
    return given


@pytest.mark.parametrize("size", [3, 12])
def test_copies_come_back_in_the_order_read(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether the first of a reading is still in flight or long back when its copy is read (with
    small chunks and windows, so that a few texts outrun what is in flight)."""
    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "WINDOW", 2)
    [sample] = [a for a in iter_articles([ROOT / "seeds"]) if isinstance(a, Article)][:1]
    texts = [f"{sample.text}\n\nNote {i}." for i in range(size)]
    articles = [Article(f"a{i}", f"a{i}.txt", texts[i % size] if i % 3 else texts[i // 3 % size],
                        sample.title, sample.published) for i in range(3 * size)]
    given = read_once_as_fresh(articles)
    shaped = sum(isinstance(a, reading.ReadBefore) for a in given)
    assert len(given) - shaped == size  # each text read once
    if size > parallel.WINDOW * parallel.CHUNK:  # copies of a text in flight are shaped here, later
        assert 0 < shaped < 2 * size                # ones by the workers


def test_a_long_run_of_copies_in_flight_is_not_all_held(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past HELD articles waiting for results, a copy is read again: the input is still read only
    a window ahead, whatever it holds."""
    monkeypatch.setattr(pipeline, "HELD", 4)
    [sample] = [a for a in iter_articles([ROOT / "seeds"]) if isinstance(a, Article)][:1]
    articles = [Article(f"c{i}", f"c{i}.txt", sample.text, sample.title, sample.published) for i in range(24)]
    given = read_once_as_fresh(articles)
    assert sum(not isinstance(a, reading.ReadBefore) for a in given) > 1
