"""Reading articles: plain text, Markdown with front matter, HTML, and JSONL corpora.

Every reader yields ``Article`` objects or ``ArticleError``s, one at a time, so a
folder of 100,000 files or a large JSONL corpus is never held in memory, and one
bad file is reported and skipped while the rest go on.

Metadata (title, published, source, url) comes from, in order: the JSONL record,
YAML front matter (``---`` lines at the top of a text file), a sidecar
``NAME.json`` beside the file, or the caller (``--published``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import yaml

from kg.extract.dates import parse_date
from kg.namespaces import slug

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
TEXT_FIELDS = ("text", "content", "body", "article")
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
BINARY_SAMPLE = 8192
BOILERPLATE_TITLES = {"all news", "news", "home", "menu"}


class ArticleError(Exception):
    """An input that cannot be read as an article; ``str()`` is one line naming it."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


@dataclass
class Article:
    """One article's text and what is known about it."""

    id: str
    file_name: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        digest = hashlib.sha256(self.text.encode("utf-8"))
        digest.update(repr((self.title, self.published, self.source, self.url)).encode())
        return "sha256:" + digest.hexdigest()


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes as text: UTF-8, else Windows-1251 when it reads as Cyrillic, else Latin-1 (warned)."""
    if b"\x00" in data[:BINARY_SAMPLE]:
        raise ArticleError(name, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    cyrillic = data.decode("cp1251", errors="replace")
    share = sum("\u0400" <= ch <= "\u04ff" for ch in cyrillic) / max(1, len(cyrillic))
    encoding = "cp1251" if share > 0.3 else "latin-1"
    text = cyrillic if encoding == "cp1251" else data.decode("latin-1")
    return text, [f"{name}: not UTF-8, decoded as {encoding}"]


def _guess_title(text: str) -> str | None:
    """The first line that reads as a headline (a few words, no final full stop)."""
    for line in text.splitlines()[:6]:
        line = line.strip()
        if line.lower() in BOILERPLATE_TITLES or not line:
            continue
        if 3 <= len(line.split()) <= 25 and not line.endswith("."):
            return line
        return None
    return None


def _metadata(meta: dict, article: Article) -> Article:
    article.title = str(meta.get("title") or article.title or "") or None
    when = meta.get("published") or meta.get("date") or meta.get("published_at")
    if when:
        parsed = when if isinstance(when, date) else parse_date(str(when))
        if parsed is None:
            article.warnings.append(f"{article.file_name}: cannot read the date {when!r}; ignored")
        article.published = parsed or article.published
    article.source = str(meta.get("source") or article.source or "") or None
    article.url = str(meta.get("url") or article.url or "") or None
    return article


def _make(name: str, text: str, article_id: str, warnings: list[str], meta: dict) -> Article:
    if not text.strip():
        raise ArticleError(name, "empty: no text to read")
    article = Article(id=article_id, file_name=name, text=text, title=_guess_title(text), warnings=warnings)
    return _metadata(meta, article)


class _TextOfHtml(HTMLParser):
    """The readable text of an HTML page: paragraphs and headings, not scripts or navigation."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "template"}
    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "br", "article", "section", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        self._in_title = tag == "title"
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        if tag in self.BLOCK:
            self.parts.append("\n\n")
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        joined = re.sub(r"[ \t\r\f\v]+", " ", "".join(self.parts))
        return re.sub(r"\s*\n\s*(\n\s*)+", "\n\n", joined).strip()


def html_to_text(html: str) -> tuple[str, str | None]:
    """The main text and the title of an HTML page."""
    parser = _TextOfHtml()
    parser.feed(html)
    return parser.text(), parser.title


def read_file(path: Path, published: date | None = None) -> Iterator[Article | ArticleError]:
    """The article(s) in one file; raises ArticleError for a file that holds none."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(str(path), f"cannot read: {err.strerror or err}") from None
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(data, path)
        return
    text, warnings = decode(data, name)
    meta = _sidecar(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        text, title = html_to_text(text)
        meta.setdefault("title", title)
    else:
        text, front = _front_matter(text, name)
        meta.update(front)
    if published and not meta.get("published"):
        meta["published"] = published
    yield _make(name, text, slug(path.stem), warnings, meta)


def _front_matter(text: str, name: str) -> tuple[str, dict]:
    match = FRONT_MATTER.match(text)
    if not match:
        return text, {}
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        raise ArticleError(name, f"front matter is not valid YAML ({err.__class__.__name__})") from None
    if not isinstance(meta, dict):
        raise ArticleError(name, "front matter is not a mapping of keys to values")
    # Keep offsets true to the file: blank out the front matter instead of cutting it.
    return " " * match.end() + text[match.end() :], meta


def _sidecar(path: Path) -> dict:
    side = path.with_suffix(".json")
    if not side.is_file():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (ValueError, OSError) as err:
        raise ArticleError(str(side), f"sidecar metadata is not valid JSON ({err})") from None
    return meta if isinstance(meta, dict) else {}


def read_jsonl(data: bytes, path: Path) -> Iterator[Article | ArticleError]:
    """One article per JSON line; a bad line is an error of its own, the others still read."""
    text, _ = decode(data, path.name)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as err:
            yield ArticleError(where, f"not valid JSON ({err.msg})")
            continue
        body = next((record.get(k) for k in TEXT_FIELDS if isinstance(record, dict) and record.get(k)), None)
        if not isinstance(body, str):
            yield ArticleError(where, f"no text field (one of {', '.join(TEXT_FIELDS)})")
            continue
        ident = str(record.get("id") or record.get("file") or f"{path.stem}-{number}")
        try:
            yield _make(str(record.get("file") or where), body, slug(ident), [], record)
        except ArticleError as err:
            yield err


def iter_paths(paths: Iterable[Path]) -> Iterator[Path | ArticleError]:
    """Files under the given paths, folders walked in name order, sidecars left out."""
    for path in paths:
        if not path.exists():
            yield ArticleError(str(path), "no such file or folder")
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _is_article_file(child):
                    yield child
        else:
            yield path


def _is_article_file(path: Path) -> bool:
    if path.name.startswith("."):
        return False
    suffix = path.suffix.lower()
    if suffix == ".json":
        return False  # sidecar metadata, read with its article
    return suffix in SUFFIXES


def iter_articles(paths: Iterable[Path], published: date | None = None) -> Iterator[Article | ArticleError]:
    """Every article under ``paths``, or the error that stopped one, in order, one at a time."""
    for item in iter_paths(paths):
        if isinstance(item, ArticleError):
            yield item
            continue
        try:
            yield from read_file(item, published)
        except ArticleError as err:
            yield err
