"""Reading articles: plain text, Markdown with front matter, HTML, and JSONL corpora.

Every reader yields ``Article`` objects or ``ArticleError``s, one at a time, so a
folder of 100,000 files or a large JSONL corpus is never held in memory, and one
bad file is reported and skipped while the rest go on.

Metadata (title, published, source, url) comes from, in order: the JSONL record,
YAML front matter (``---`` lines at the top of a text file), a sidecar
``NAME.json`` beside the file, or the caller (``--published``).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import posixpath
import re
import stat
import unicodedata
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph
import yaml

from kg.dates import parse_date
from kg.errors import ArticleError
from kg.namespaces import slug

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
TEXT_FIELDS = ("text", "content", "body", "article")
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
BINARY_SAMPLE = 8192
MAX_CHARS = 1_000_000  # longest article text read (spaCy's own default limit); longer inputs are skipped
HTML_BYTES_PER_CHAR = 10  # a page may be this much bigger than its text before it is refused unread
CONTROL_SHARE = 0.05  # more control characters than this in the first BINARY_SAMPLE: binary
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
SURROGATES = re.compile("[\ud800-\udfff]")
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # C0 but tab and line breaks, DEL, C1
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # the same, and the two XML refuses too
IRI_SAFE = ":/?#[]@!$&'()*+,;=%~"
URL_SCHEMES = ("http://", "https://")  # the only URLs stored: no javascript:, data:, vbscript:, file:
# Markup in text read as plain text: a tag (a letter right after "<", so "a < b" and <https://...>
# stay), a comment, and script and style elements with what they hold.
# The AP's archive of wire stories writes quotation marks as primes (″an act of war.″): read as
# quotes, they let the parser see the words they stick to; after a digit they stay feet and inches.
PRIME_QUOTES = re.compile("(?<![0-9])[\u2032\u2033]")
MARKUP_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
MARKUP_CODE = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.S | re.I)
BOILERPLATE_TITLES = {"all news", "news", "home", "menu"}
# Cyrillic letters in Latin (BGN/PCGN, simplified), so that Russian and Ukrainian file names give
# readable ids; letters of other scripts are not transliterated: their ids carry a hash instead.
CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w",
})


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
    where: str = ""  # the file as named in messages (its path under the folder walked), or a JSONL line
    key: str | None = None  # a JSONL record's own id, as written (its id is this slugged)
    location: Path | None = None  # the file it was read from (a JSONL record: its corpus), absolute

    def __post_init__(self) -> None:
        self.where = self.where or self.file_name

    @property
    def content_hash(self) -> str:
        digest = hashlib.sha256(self.text.encode("utf-8"))
        digest.update(repr((self.title, self.published, self.source, self.url)).encode())
        return "sha256:" + digest.hexdigest()


def article_id(name: str) -> str:
    """The id of an article named ``name`` (a file's stem, a JSONL id), for its IRI and graph.

    The slug of the name, Cyrillic transliterated; when the slug loses letters or digits of the
    name (other scripts) or the name has none (``!!!``), a short hash of the name is added, so
    that ``日本語`` and ``中文`` stay apart. Names of Latin letters keep the ids they always had.

    >>> article_id("санкции"), article_id("Report 2017")
    ('sanktsii', 'report-2017')
    """
    name = unicodedata.normalize("NFC", name)
    latin = name.lower().translate(CYRILLIC)
    ident = slug(latin)
    decomposed = unicodedata.normalize("NFKD", latin)
    lost = any(ch.isalnum() and not ch.isascii() for ch in decomposed)
    if lost or not any(ch.isalnum() for ch in decomposed):
        return f"{ident}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:10]}"
    return ident


def _cp1252_else_latin1(error: UnicodeDecodeError) -> tuple[str, int]:
    """The five bytes Windows-1252 leaves undefined read as Latin-1, as browsers do."""
    return "".join(chr(b) for b in error.object[error.start:error.end]), error.end


codecs.register_error("kg-latin-1", _cp1252_else_latin1)


def _looks_binary(sample: str) -> bool:
    controls = sum(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v\x1b" for ch in sample)
    return controls > CONTROL_SHARE * max(1, len(sample))


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes as text: UTF-8 (or UTF-16/32 with a byte order mark); else Windows-1251 when it reads
    as Cyrillic, else Latin-1 (Windows-1252 punctuation), with a warning; a few stray bytes in
    UTF-8 text become U+FFFD, also with a warning. Binary data is an ArticleError."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError:
                problem = f"starts with a {encoding} byte order mark but is not {encoding}"
                raise ArticleError(name, problem) from None
    if b"\x00" in data[:BINARY_SAMPLE]:
        raise ArticleError(name, "binary file, not text")
    if data.startswith(b"%PDF-"):
        raise ArticleError(name, "binary file, not text (a PDF document: convert it to text first)")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text, warnings = _legacy(data, name)
    if _looks_binary(text[:BINARY_SAMPLE]):
        raise ArticleError(name, "binary file, not text")
    return text, warnings


def _legacy(data: bytes, name: str) -> tuple[str, list[str]]:
    utf8 = data.decode("utf-8", errors="replace")
    stray = utf8.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(ord(ch) > 0x7F for ch in utf8) - utf8.count("\ufffd")
    if multibyte >= stray:  # UTF-8 text with a few bad bytes (a scrape glued together, a cut)
        return utf8, [f"{name}: not valid UTF-8, {stray} undecodable byte sequence(s) replaced by U+FFFD"]
    cyrillic = data.decode("cp1251", errors="replace")
    share = sum("\u0400" <= ch <= "\u04ff" for ch in cyrillic) / max(1, len(cyrillic))
    if share > 0.3:
        return cyrillic, [f"{name}: not UTF-8, decoded as cp1251"]
    return data.decode("cp1252", errors="kg-latin-1"), [f"{name}: not UTF-8, decoded as latin-1"]


def _no_surrogates(text: str, name: str, warnings: list[str]) -> str:
    """Text without lone surrogates (JSON can spell them; no RDF store or UTF-8 file can hold them)."""
    if SURROGATES.search(text):
        warnings.append(f"{name}: lone surrogate code point(s) replaced by U+FFFD")
        return SURROGATES.sub("\ufffd", text)
    return text


def _too_large(name: str, size: str, max_chars: int) -> ArticleError:
    return ArticleError(name, f"too large for one article ({size}; the limit is {max_chars:,} characters, "
                              "--max-chars): split it into articles, e.g. a JSONL corpus, one per line")


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


def _scalar(meta: dict, article: Article, *keys: str) -> object:
    """The first of ``keys`` set in ``meta``, if it is one value (a string, number or date)."""
    for key in keys:
        value = meta.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float | date):
            article.warnings.append(f"{article.where}: {key} is not a single value; ignored")
            continue
        if isinstance(value, date):
            return value
        return CONTROLS.sub(" ", _no_surrogates(str(value), article.where, article.warnings))
    return None


def _url(url: str, article: Article) -> str | None:
    """An http(s) URL as a valid IRI (bad characters percent-encoded), or None with a warning."""
    if not url.lower().startswith(URL_SCHEMES):
        article.warnings.append(f"{article.where}: url {url[:200]!r} is not an http(s) URL; ignored")
        return None
    for candidate in (url, urllib.parse.quote(url, safe=IRI_SAFE)):
        try:
            pyoxigraph.NamedNode(candidate)
            return candidate
        except ValueError:
            continue
    article.warnings.append(f"{article.where}: url {url[:200]!r} is not a valid IRI; ignored")
    return None


def _without_markup(text: str, where: str, warnings: list[str]) -> str:
    """Text with its markup tags (and the code of script and style elements) as spaces: the
    offsets stay those of the file, and no tag reaches the store as words."""
    tags = len(MARKUP_TAG.findall(text))
    if not tags:
        return text
    warnings.append(f"{where}: {tags} markup tag(s) removed from the text")
    blank = lambda match: re.sub(r"[^\n]", " ", match.group())  # noqa: E731
    return MARKUP_TAG.sub(blank, MARKUP_CODE.sub(blank, text))


def _quote_of_prime(prime: re.Match) -> str:
    """The quotation mark a prime stands for, one character for one, so offsets stay the file's."""
    return '"' if prime.group() == "\u2033" else "'"


def _metadata(meta: dict, article: Article) -> Article:
    article.title = str(_scalar(meta, article, "title") or article.title or "") or None
    when = _scalar(meta, article, "published", "date", "published_at")
    if when:
        parsed = when if isinstance(when, date) else parse_date(str(when))
        if parsed is None:
            article.warnings.append(f"{article.where}: cannot read the date {when!r}; ignored")
        article.published = parsed or article.published
    article.source = str(_scalar(meta, article, "source") or article.source or "") or None
    url = _scalar(meta, article, "url")
    article.url = _url(str(url), article) if url else article.url
    return article


def _make(name: str, text: str, article_id: str, warnings: list[str], meta: dict, *,
          where: str | None = None, max_chars: int = MAX_CHARS, key: str | None = None,
          location: Path | None = None) -> Article:
    where = where or name
    if len(text) > max_chars:
        raise _too_large(where, f"{len(text):,} characters", max_chars)
    text = _no_surrogates(text, where, warnings)
    text = _without_markup(text, where, warnings)
    text = PRIME_QUOTES.sub(_quote_of_prime, text)
    if CONTROLS.search(text):  # terminal escapes and the like: never meant, and never passed on
        warnings.append(f"{where}: {len(CONTROLS.findall(text))} control character(s) replaced by spaces")
        text = CONTROLS.sub(" ", text)
    if not text.strip():  # after the clean-up: a file of escapes alone is empty too
        raise ArticleError(where, "empty: no text to read")
    article = Article(id=article_id, file_name=name, text=text, title=_guess_title(text), warnings=warnings,
                      where=where, key=key, location=location)
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
    """The main text and the title of an HTML page, by the stdlib parser (the fallback of html_article)."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return parser.text(), parser.title


def html_article(html: str) -> tuple[str, dict]:
    """The main text of a news page and what its markup says of it (title, url, source, published).

    trafilatura finds the main text and drops navigation, related links, share buttons, comments
    and footers; when it finds nothing (a page too short or too odd for it), the stdlib parser's
    text is used, which drops only scripts, styles and navigation elements. Nothing is fetched.
    """
    import trafilatura  # imported here: it takes a while, and only HTML needs it
    from htmldate import find_date

    html = NOT_IN_XML.sub(" ", html)  # lxml, under trafilatura and htmldate, refuses them with a ValueError
    text = trafilatura.extract(html, favor_precision=True, include_comments=False, include_tables=True,
                               deduplicate=False) or ""
    meta: dict = {}
    page = trafilatura.extract_metadata(html)
    if page is not None:
        meta = {"title": page.title, "url": page.url, "source": page.sitename}
    # The date only from the markup (meta tags, <time>), never guessed from the text or a copyright line.
    meta["published"] = find_date(html, extensive_search=False, original_date=True)
    fallback, title = html_to_text(html)
    meta["title"] = meta.get("title") or title
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip()) or fallback
    return text, {key: value for key, value in meta.items() if value}


def _absolute(path: Path) -> Path | None:
    """The file's absolute path, stored as ``prov:atLocation`` (its folder's links resolved, not a link
    to the file itself: the link is what was read, and what --prune finds gone); None when no IRI
    can name it."""
    try:
        absolute = path.parent.resolve() / path.name
        absolute.as_uri().encode("utf-8")
    except (OSError, RuntimeError, ValueError):  # a symlink loop; a name that is not UTF-8
        return None
    return absolute


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as err:
        raise ArticleError(str(path), f"cannot read: {err.strerror or err}") from None


def read_file(path: Path, published: date | None = None, *, where: str | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[Article | ArticleError]:
    """The article(s) in one file; raises ArticleError for a file that holds none.

    A text file over ``max_chars`` characters, or a page over HTML_BYTES_PER_CHAR times that in
    bytes, is refused before it is read; a JSONL corpus is read one line at a time, whatever its size.
    """
    name, where = path.name, where or path.name
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, where=where, max_chars=max_chars)
        return
    size = _size(path)
    if size > max_chars * (HTML_BYTES_PER_CHAR if suffix in HTML_SUFFIXES else 4):  # 4: UTF-8's widest
        raise _too_large(where, f"{size / 1e6:,.1f} MB", max_chars)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(str(path), f"cannot read: {err.strerror or err}") from None
    yield _article(data, name, where, _sidecar(path), published, max_chars, _absolute(path))


def _article(data: bytes, name: str, where: str, meta: dict, published: date | None, max_chars: int,
             location: Path | None) -> Article:
    """The article of a text or HTML file's bytes (``meta``: its sidecar's, updated here)."""
    stem, suffix = posixpath.splitext(name)
    text, warnings = decode(data, where)
    if suffix.lower() in HTML_SUFFIXES:
        text, found = html_article(text)
        for key, value in found.items():
            meta.setdefault(key, value)
    else:
        text, front = _front_matter(text, where)
        meta.update(front)
    if published and not meta.get("published"):
        meta["published"] = published
    return _make(name, text, article_id(stem), warnings, meta, where=where,
                 max_chars=max_chars, location=location)


def _front_matter(text: str, name: str) -> tuple[str, dict]:
    match = FRONT_MATTER.match(text)
    if not match:
        return text, {}
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as err:
        raise ArticleError(name, f"front matter is not valid YAML ({err.__class__.__name__})") from None
    except RecursionError:
        raise ArticleError(name, "front matter is not valid YAML (nested too deeply)") from None
    if not isinstance(meta, dict):
        raise ArticleError(name, "front matter is not a mapping of keys to values")
    # Keep offsets true to the file: blank out the front matter instead of cutting it.
    return " " * match.end() + text[match.end() :], meta


def _sidecar(path: Path) -> dict:
    side = path.with_suffix(".json")
    if not side.is_file():
        return {}
    try:
        return _sidecar_meta(side.read_bytes(), str(side))
    except OSError as err:
        raise ArticleError(str(side), f"sidecar metadata is not valid JSON ({err})") from None


def _sidecar_meta(data: bytes, name: str) -> dict:
    try:
        meta = json.loads(data.decode("utf-8"))
    except RecursionError:
        raise ArticleError(name, "sidecar metadata is not valid JSON (nested too deeply)") from None
    except ValueError as err:
        raise ArticleError(name, f"sidecar metadata is not valid JSON ({err})") from None
    return meta if isinstance(meta, dict) else {}


def read_jsonl(path: Path, *, where: str | None = None,
               max_chars: int = MAX_CHARS) -> Iterator[Article | ArticleError]:
    """One article per JSON line, read one line at a time; a bad line is an error of its own."""
    where = where or path.name
    try:
        handle = path.open("rb")
    except OSError as err:
        raise ArticleError(str(path), f"cannot read: {err.strerror or err}") from None
    with handle:
        yield from _jsonl_lines(handle, where, path.stem, max_chars, _absolute(path))


def _jsonl_lines(handle: BinaryIO, where: str, stem: str, max_chars: int,
                 location: Path | None) -> Iterator[Article | ArticleError]:
    number = 0
    while True:
        try:
            raw = handle.readline()
        except OSError as err:
            yield ArticleError(f"{where}:{number + 1}", f"cannot read: {err.strerror or err}")
            return
        if not raw:
            return
        number += 1
        if raw.strip():
            yield _jsonl_record(raw, f"{where}:{number}", f"{stem}-{number}", max_chars, location)


def _jsonl_record(raw: bytes, where: str, default_id: str, max_chars: int,
                  location: Path | None = None) -> Article | ArticleError:
    if len(raw) > 6 * max_chars:  # JSON escapes at most 6 characters for one
        return _too_large(where, f"{len(raw) / 1e6:,.1f} MB", max_chars)
    try:
        line, warnings = decode(raw, where)
        record = json.loads(line)
    except ArticleError as err:
        return err
    except ValueError as err:
        return ArticleError(where, f"not valid JSON ({getattr(err, 'msg', err)})")
    except RecursionError:
        return ArticleError(where, "not valid JSON (nested too deeply)")
    if not isinstance(record, dict):
        return ArticleError(where, "not a JSON object")
    body = next((record.get(k) for k in TEXT_FIELDS if record.get(k)), None)
    if not isinstance(body, str):
        return ArticleError(where, f"no text field (one of {', '.join(TEXT_FIELDS)})")
    own = record.get("id") or record.get("file")
    ident = SURROGATES.sub("\ufffd", str(own or default_id))
    name = _no_surrogates(str(record.get("file") or where), where, warnings)
    try:
        return _make(name, body, article_id(ident), warnings, record, where=where, max_chars=max_chars,
                     key=ident if own else None, location=location)
    except ArticleError as err:
        return err


NOT_AN_ARTICLE = "not an article file (kg reads .txt, .md, .html, .jsonl)"
NOT_REGULAR = "not a regular file (a FIFO, device or socket)"


def iter_paths(paths: Iterable[Path]) -> Iterator[tuple[Path, str] | ArticleError]:
    """Files under the given paths with the name messages give them (their path under the folder
    walked), folders walked in name order; sidecars and hidden files left out, other files named
    as skipped: files of other types, FIFOs and devices, links to files outside the folder,
    links to folders and folders that cannot be read."""
    for path in paths:
        path = _file_url(path)
        if not path.exists():
            yield ArticleError(str(path), "no such file or folder")
        elif path.is_dir():
            yield from _walk(path)
        elif not _regular(path):
            yield ArticleError(str(path), NOT_REGULAR)
        elif path.suffix.lower() == ".json":
            sidecar = "; a .json file is the metadata of the article beside it)"
            yield ArticleError(path.name, NOT_AN_ARTICLE[:-1] + sidecar)
        elif path.suffix.lower() not in SUFFIXES:
            yield ArticleError(path.name, NOT_AN_ARTICLE)
        else:
            yield path, path.name  # a file named, even a link: the user chose it


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # reading it says why


def _walk(root: Path) -> Iterator[tuple[Path, str] | ArticleError]:
    """The files of a folder, in name order, and a line for each entry that is not read."""
    entries: list[tuple[tuple[str, ...], Path, str | None]] = []  # (sort key, path, why it is not read)

    def add(path: Path, problem: str | None) -> None:
        entries.append((path.relative_to(root).parts, path, problem))

    def unreadable(error: OSError) -> None:
        if error.filename and Path(error.filename) != root:
            add(Path(error.filename), f"cannot read this folder ({error.strerror or error})")
        else:
            entries.append(((), root, f"cannot read this folder ({error.strerror or error})"))

    inside = _absolute(root) or root
    for folder, folders, files in os.walk(root, onerror=unreadable):
        here = Path(folder)
        for name in list(folders):
            if name.startswith(".") or (here / name).is_symlink():
                folders.remove(name)
                if not name.startswith("."):
                    add(here / name, "a link to a folder: not followed (give the folder itself to read it)")
        for name in files:
            if not name.startswith("."):
                add(here / name, _not_read(here / name, inside))
    found = False
    for _, path, problem in sorted(entries, key=lambda entry: entry[0]):
        where = path.relative_to(root).as_posix() if path != root else str(root)
        if problem == "":
            continue  # a sidecar
        if problem is not None:
            yield ArticleError(where, problem)
            continue
        found = True
        yield path, where
    if not found:
        yield ArticleError(str(root), "no article files (.txt, .md, .html, .jsonl) in this folder")


def _not_read(path: Path, inside: Path) -> str | None:
    """Why a file of a folder is not read ("" for a sidecar, said nowhere), or None."""
    if path.suffix.lower() == ".json":
        return ""
    if path.is_symlink():
        try:
            target: Path | None = path.resolve()
        except (OSError, RuntimeError):  # a loop
            target = None
        if target is None or not target.exists():
            return "a broken link: not followed"
        if inside not in target.parents:
            return f"a link to a file outside the folder given ({target}): not followed"
    if not _regular(path):
        return NOT_REGULAR
    if path.suffix.lower() not in SUFFIXES:
        return NOT_AN_ARTICLE
    return None


def iter_articles(paths: Iterable[Path], published: date | None = None, *,
                  max_chars: int = MAX_CHARS) -> Iterator[Article | ArticleError]:
    """Every article under ``paths``, or the error that stopped one, in order, one at a time.
    A path may be a URL that fsspec reads (:func:`input_url`)."""
    for path in paths:
        url = input_url(path)
        for item in iter_paths([path]) if url is None else _remote_files(url):
            if isinstance(item, ArticleError):
                yield item
                continue
            file, where = item
            try:
                if isinstance(file, RemoteFile):
                    yield from _read_remote(file, published, where, max_chars)
                else:
                    yield from read_file(file, published, where=where, max_chars=max_chars)
            except ArticleError as err:
                yield err


# --- URLs: s3://, gs://, hdfs://, ... read with fsspec (kg's distributed extra installs it) ---------

URL_INPUT = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+):/+(.*)", re.S)


def _file_url(path: Path) -> Path:
    """A ``file:`` URL as the local path it names (pathlib writes ``file:///srv/a`` as ``file:/srv/a``)."""
    match = URL_INPUT.fullmatch(str(path))
    if match is None or match.group(1).lower() != "file" or path.exists():
        return path
    return Path(urllib.request.url2pathname("/" + match.group(2)))


def input_url(path: Path | str) -> str | None:
    """The URL an input names (``s3://bucket/corpus/``, which pathlib writes ``s3:/bucket/corpus``),
    or None for a local path or a ``file:`` URL. Any protocol fsspec knows: its package for that
    protocol (s3fs, gcsfs, ...) must be installed.

    >>> input_url(Path("s3://bucket/news.jsonl")), input_url("seeds/"), input_url("file:///srv/a")
    ('s3://bucket/news.jsonl', None, None)
    """
    match = URL_INPUT.fullmatch(str(path))
    if match is None or len(match.group(1)) < 2 or match.group(1).lower() == "file" or Path(path).exists():
        return None
    return f"{match.group(1).lower()}://{match.group(2)}"


@dataclass(frozen=True)
class RemoteFile:
    """A file of an fsspec file system, read by the process that reads the inputs."""

    fs: Any
    path: str

    @property
    def name(self) -> str:
        return posixpath.basename(self.path)


def _remote_files(url: str) -> Iterator[tuple[RemoteFile, str] | ArticleError]:
    """The article files at ``url`` (a file, or every file under a folder, in name order), as
    :func:`iter_paths` gives local ones: hidden files and sidecars left out, others named."""
    try:
        import fsspec  # here, not above: an optional extra (kg[distributed]), needed only for URLs

        fs, root = fsspec.core.url_to_fs(url)
        folder = fs.isdir(root)
        names = sorted(fs.find(root)) if folder else [root] if fs.isfile(root) else []
    except ImportError as err:  # fsspec, or its package for this protocol
        yield ArticleError(url, f"cannot read this URL: {err} (pip install 'kg[distributed]' for fsspec)")
        return
    except (OSError, ValueError) as err:
        yield ArticleError(url, f"cannot read: {err}")
        return
    if not names:
        yield ArticleError(url, "no such file or folder")
        return
    found = False
    for name in names:
        where = posixpath.relpath(name, root) if folder else posixpath.basename(name)
        suffix = posixpath.splitext(name)[1].lower()
        if any(part.startswith(".") for part in where.split("/")) or (folder and suffix == ".json"):
            continue
        if suffix not in SUFFIXES:
            yield ArticleError(where, NOT_AN_ARTICLE)
            continue
        found = True
        yield RemoteFile(fs, name), where
    if folder and not found:
        yield ArticleError(url, "no article files (.txt, .md, .html, .jsonl) in this folder")


def _read_remote(file: RemoteFile, published: date | None, where: str,
                 max_chars: int) -> Iterator[Article | ArticleError]:
    """The article(s) of a remote file, by the rules of :func:`read_file` (no ``prov:atLocation``:
    it names local files only, which ``--prune`` checks)."""
    suffix = posixpath.splitext(file.name)[1].lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with file.fs.open(file.path, "rb") as handle:
                yield from _jsonl_lines(handle, where, posixpath.splitext(file.name)[0], max_chars, None)
            return
        size = file.fs.size(file.path)
        if size is not None and size > max_chars * (HTML_BYTES_PER_CHAR if suffix in HTML_SUFFIXES else 4):
            raise _too_large(where, f"{size / 1e6:,.1f} MB", max_chars)
        data = file.fs.cat_file(file.path)
        side = posixpath.splitext(file.path)[0] + ".json"
        meta = _sidecar_meta(file.fs.cat_file(side), side) if file.fs.isfile(side) else {}
    except OSError as err:
        raise ArticleError(where, f"cannot read: {err.strerror or err}") from None
    yield _article(data, file.name, where, meta, published, max_chars, None)
