"""Reading articles: formats, metadata, and bad input reported per file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kg.articles import Article, ArticleError, iter_articles


def read_all(*paths: Path) -> list[Article | ArticleError]:
    return list(iter_articles(paths))


def test_text_with_front_matter_keeps_offsets(tmp_path: Path):
    body = "Russia opposes THAAD."
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Moscow speaks\npublished: 2017-03-07\nsource: TASS\n---\n{body}")
    [article] = read_all(path)
    assert (article.title, article.published, article.source) == ("Moscow speaks", date(2017, 3, 7), "TASS")
    start = article.text.index(body)
    assert path.read_text()[start : start + len(body)] == body


def test_sidecar_metadata(tmp_path: Path):
    (tmp_path / "b.txt").write_text("Text of the article.")
    (tmp_path / "b.json").write_text(json.dumps({"published": "2018-01-15", "url": "https://example.org/b"}))
    [article] = read_all(tmp_path)
    assert article.published == date(2018, 1, 15) and article.url == "https://example.org/b"


def test_html_with_control_characters_is_read(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><body><script></script>\x01<p>Russia opposes the sanctions.\x0b</p></body>")
    [item] = list(iter_articles([page]))
    assert isinstance(item, Article) and item.text == "Russia opposes the sanctions."


def test_html_main_text_without_scripts_or_navigation(tmp_path: Path):
    path = tmp_path / "c.html"
    path.write_text(
        "<html><head><title>T</title><script>var x=1;</script></head><body><nav>Home | News</nav>"
        "<article><p>Russia opposes THAAD.</p><p>Second paragraph.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    [article] = read_all(path)
    assert article.text == "Russia opposes THAAD.\n\nSecond paragraph."
    assert article.title == "T"


def test_jsonl_corpus_one_article_per_line_bad_lines_reported(tmp_path: Path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "one", "text": "First article.", "published": "2016-03-02"}),
                "{not json",
                json.dumps({"id": "two", "title": "no text"}),
                json.dumps({"id": "three", "content": "Third article."}),
            ]
        )
    )
    items = read_all(path)
    assert [i.id for i in items if isinstance(i, Article)] == ["one", "three"]
    errors = [str(i) for i in items if isinstance(i, ArticleError)]
    assert errors == [
        "corpus.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes)",
        "corpus.jsonl:3: no text field (one of text, content, body, article)",
    ]


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "good.txt").write_text("A good article.")
    items = read_all(tmp_path, tmp_path / "missing.txt")
    assert [str(i) for i in items if isinstance(i, ArticleError)] == [
        "binary.txt: binary file, not text",
        "empty.txt: empty: no text to read",
        f"{tmp_path / 'missing.txt'}: no such file or folder",
    ]
    assert [i.file_name for i in items if isinstance(i, Article)] == ["good.txt"]


def test_legacy_encodings_are_decoded_with_a_warning(tmp_path: Path):
    (tmp_path / "ru.txt").write_bytes("Москва против развертывания THAAD.".encode("cp1251"))
    (tmp_path / "fr.txt").write_bytes("Paris s'oppose à la résolution.".encode("latin-1"))
    ru, fr = sorted(
        (a for a in read_all(tmp_path) if isinstance(a, Article)), key=lambda a: a.id, reverse=True
    )
    assert ru.text.startswith("Москва") and ru.warnings == ["ru.txt: not UTF-8, decoded as cp1251"]
    assert "résolution" in fr.text and fr.warnings == ["fr.txt: not UTF-8, decoded as latin-1"]


def test_content_hash_changes_with_text_and_metadata():
    a = Article("x", "x.txt", "Text.")
    b = Article("x", "x.txt", "Text.", published=date(2016, 1, 1))
    assert a.content_hash != b.content_hash and a.content_hash == Article("x", "x.txt", "Text.").content_hash


def test_ids_keep_names_apart_that_slug_alike():
    from kg.articles import article_id

    # Cyrillic is transliterated; what cannot be is hashed, deterministically.
    assert article_id("санкции") == "sanktsii" and article_id("россия") == "rossiya"
    ids = [article_id(name) for name in ("日本語", "中文", "!!!", "???", "x")]
    assert len(set(ids)) == len(ids), ids
    assert article_id("日本語") == article_id("日本語") and article_id("日本語").startswith("x-")
    # plain names keep the ids they always had (a store built before keeps its graphs)
    assert article_id("000_4e526a4453f70164") == "000-4e526a4453f70164"
    assert article_id("Report 2017") == article_id("report_2017") == "report-2017"
