"""Reading articles: formats, metadata, and bad input reported per file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kg.articles import Article, ArticleError, iter_articles
from kg.reading import extract_article


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


def _same(article: Article, other: Article) -> bool:
    """The same article read from two places: all but where it was read from."""
    return (article.id, article.file_name, article.text, article.title, article.published, article.source,
            article.url) == (other.id, other.file_name, other.text, other.title, other.published,
                             other.source, other.url)


def test_urls_are_read_with_fsspec_by_the_rules_of_files(tmp_path: Path):
    import fsspec  # kg[distributed] and kg[test] install it

    local = tmp_path / "corpus"
    (local / "sub").mkdir(parents=True)
    (local / "a.md").write_text("---\ntitle: Moscow speaks\npublished: 2017-03-07\n---\nRussia opposes it.")
    (local / "b.txt").write_text("Text of the article.")
    (local / "b.json").write_text(json.dumps({"published": "2018-01-15"}))
    (local / "sub" / "c.jsonl").write_text('{"id": "x1", "text": "One."}\nnot json\n')
    (local / "notes.csv").write_text("a,b")
    (local / ".hidden.txt").write_text("Hidden.")
    memory = fsspec.filesystem("memory")
    for file in local.rglob("*"):
        if file.is_file():
            memory.pipe(f"/kg-test-corpus/{file.relative_to(local).as_posix()}", file.read_bytes())
    try:
        # as the command line hands it over: a Path, which writes memory://x as memory:/x
        remote = read_all(Path("memory://kg-test-corpus"))
        from_file_url = read_all(Path(local.as_uri()))
    finally:
        memory.rm("/kg-test-corpus", recursive=True)
    expected = read_all(local)
    assert [str(r) for r in remote if isinstance(r, ArticleError)] == [
        "notes.csv: not an article file (kg reads .txt, .md, .html, .jsonl)", "sub/c.jsonl:2: not valid JSON "
        "(Expecting value)"]
    articles = [r for r in remote if isinstance(r, Article)]
    assert len(articles) == 3
    local_articles = [e for e in expected if isinstance(e, Article)]
    assert all(_same(a, b) for a, b in zip(articles, local_articles, strict=True))
    assert [a.where for a in articles] == ["a.md", "b.txt", "sub/c.jsonl:1"]
    assert all(a.location is None for a in articles)  # prov:atLocation names local files only
    assert [str(r) for r in from_file_url] == [str(r) for r in expected]


def test_a_url_nothing_can_read_is_one_error():
    [error] = read_all(Path("memory://no-such-kg-corpus"))
    assert str(error) == "memory://no-such-kg-corpus: no such file or folder"
    [error] = read_all(Path("nosuchprotocol://bucket/a.txt"))
    assert str(error).startswith("nosuchprotocol://bucket/a.txt: cannot read")


def test_primes_written_for_quotation_marks_are_read_as_quotes(tmp_path: Path):
    """The AP's archive writes quotes as primes; a prime after a digit stays a measure."""
    path = tmp_path / "ap.txt"
    body = ("Iraqi Ambassador Abdul Al-Anbari said the naval embargo was ″an act of war.″ "
            "The ships carried 16″ guns.")
    path.write_text(f"---\npublished: 1990-09-26\n---\n{body}")
    [article] = read_all(path)
    assert article.text.endswith('was "an act of war." The ships carried 16″ guns.')
    assert len(article.text) == len(path.read_text())  # one character for one: offsets stay
    claims, _ = extract_article(article)
    found = {(c.subject.label, c.stance, c.object.label) for c in claims if c.kind == "position"}
    assert ("Abdul Al-Anbari", "opposes", "naval embargo") in found
