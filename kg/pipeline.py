"""The main job: articles in, statements out, into the store.

``load_reference`` puts the ontology and reference data in their own graphs;
``ingest`` reads, extracts and stores articles one named graph each, skipping
any whose content is already stored and reporting the ones it cannot read;
``stats`` counts what the store holds. Nothing here prints: callers render.
"""

from __future__ import annotations

import hashlib
import urllib.parse
import urllib.request
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from rdflib import Literal, URIRef

from kg import parallel, rdf
from kg.articles import MAX_CHARS, Article, ArticleError, iter_articles
from kg.extract import listings
from kg.extract.listindex import ListIndex
from kg.gazetteer import ontology_dir, vocabulary_files
from kg.kinds import KINDS
from kg.namespaces import KG, ONTOLOGY_GRAPH, REFERENCE_GRAPH, article_graph, sparql_prefixes
from kg.reading import Extracted, Reader, extraction_fingerprint, read_before, reading_key
from kg.store import REMOTE_CHUNK, Store, StoreError
from kg.unlist import UN_LIST_GRAPH

SCHEMA_FILE = "kg.ttl"
BATCH = 32  # articles written to the store in one transaction
BATCH_TRIPLES = REMOTE_CHUNK // 2  # and fewer triples than this: one request even to a remote store
KEPT_READINGS = 1024  # the statements of this many distinct readings kept for copies read later
HELD = 512  # articles read ahead of their results at most, copies waiting for theirs included


@dataclass
class IngestReport:
    """What one run did: stored, unchanged and skipped articles, and statements by kind."""

    stored: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    statements: Counter = field(default_factory=Counter)
    removed: list[str] | None = None  # with prune: the articles dropped because their files are gone


def _files_hash(files: list[Path], seed: str = "") -> str:
    """"sha256:..." of the files' names and contents (after ``seed``)."""
    digest = hashlib.sha256(seed.encode())
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return "sha256:" + digest.hexdigest()


def load_reference(store: Store, directory: str | None = None) -> bool:
    """Put the schema and the reference vocabularies in their graphs; False when already current."""
    files = vocabulary_files(ontology_dir(directory))
    digest = _files_hash(files)
    if store.graph_value(REFERENCE_GRAPH, KG.contentHash) == digest:
        return False
    schema, reference = rdf.new_graph(), rdf.new_graph()
    for file in files:
        (schema if file.name == SCHEMA_FILE else reference).parse(file, format="turtle")
    reference.add((REFERENCE_GRAPH, KG.contentHash, Literal(digest)))
    store.replace_graphs({ONTOLOGY_GRAPH: schema, REFERENCE_GRAPH: reference})
    return True


def reading_fingerprint(store: Store, model: str | None = None, un_list: ListIndex | None = None) -> str:
    """The extraction fingerprint of a run into ``store``: with the UN list the ``listings`` extractor
    reads (the store's, or ``un_list``: ``KG_UN_LIST``'s), that list too, so that importing a list
    reads the stored articles again. Without a list, :func:`kg.reading.extraction_fingerprint` itself."""
    listed = (store.graph_value(UN_LIST_GRAPH, KG.contentHash)
              or store.graph_value(UN_LIST_GRAPH, KG.listGenerated))  # imported before lists had a hash
    if listed is None and un_list is not None:
        listed = un_list.source
    if listed is None:
        return extraction_fingerprint(model)
    return "sha256:" + hashlib.sha256(f"{extraction_fingerprint(model)} {listed}".encode()).hexdigest()


def ingest(
    store: Store,
    paths: Iterable[Path],
    *,
    published: date | None = None,
    model: str | None = None,
    force: bool = False,
    on_article: Callable[[str], None] | None = None,
    max_chars: int = MAX_CHARS,
    workers: int = 1,
    prune: bool = False,
    runner: parallel.Runner | None = None,
    reuse_copies: bool = True,
) -> IngestReport:
    """Read, extract and store every article under ``paths``; bad input is skipped and listed.

    Articles are written a batch at a time, each batch one transaction, so a run stopped at any
    point leaves every article stored whole or not at all, and the same run again completes it.
    An article that fails (unreadable, an extractor's error, a term no store can hold, an id
    another input of the same run already took) is skipped with one line; the others go on.
    Each article is read by a :class:`kg.reading.Reader`; with ``workers`` > 1, in that many
    processes (:mod:`kg.parallel`); with a ``runner`` (``kg.parallel.dask_runner``: a Dask cluster),
    by that. Articles are still read from their files one at a time here
    and stored in the order read, the same quads as with one worker.
    An article that reads as one read before in this run (the same text, date, title and voice:
    :func:`kg.reading.reading_key`, a syndicated copy) is not extracted again: its graph is shaped
    here from the first one's statements, the graph it would get read afresh (``reuse_copies=False``
    reads every article).
    With ``prune``, the stored articles read from under the given folders (or from the given
    files) whose files no longer exist are dropped, and listed in ``removed``.
    """
    paths = list(paths)
    report = IngestReport()
    pending: dict[URIRef, Extracted] = {}
    seen: dict[URIRef, tuple[str, str]] = {}
    un_list = listings.index_for(store)  # the UN list imported into this store, else KG_UN_LIST's
    fingerprint = reading_fingerprint(store, model, un_list)
    articles = _to_extract(store, paths, published, force, on_article, max_chars, report, fingerprint, seen)
    reader = Reader(model, fingerprint, un_list)
    run = runner or partial(parallel.extract_all, workers=workers)
    for item, done in (_read_once(run, articles, reader) if reuse_copies else run(articles, reader)):
        if done.error:
            report.skipped.append(f"{item.where}: {done.error}")
            continue
        if not done.kinds:
            report.warnings.append(f"{item.where}: no statements found; stored with its metadata only")
        report.statements.update(done.kinds)
        pending[article_graph(item.id)] = done
        if len(pending) >= BATCH or sum(d.triples for d in pending.values()) >= BATCH_TRIPLES:
            _flush(store, pending, report)
    _flush(store, pending, report)
    if prune:
        gone = [a for a in stored_articles(store) if a.graph not in seen and a.gone_from(paths)]
        drop_articles(store, [a.graph for a in gone])
        report.removed = [a.shown for a in gone]
    return report


@dataclass
class _First:
    """The first article of a reading in this run: its result, once back."""

    done: Extracted | None = None


def _read_once(run: parallel.Runner, articles: Iterable[Article],
               reader: Reader) -> Iterator[tuple[Article, Extracted]]:
    """``run(articles, reader)``, but each reading once: an article with the :func:`reading_key` of
    one before it is not read again. When the first one's statements are back, ``run`` is given
    the article with them (:class:`kg.reading.ReadBefore`: a worker only shapes its graph); while
    the first one is still in flight, its graph is shaped here when its turn comes (the first
    one's result is back by then: ``run`` gives results in the order read), unless :data:`HELD`
    articles are waiting already: then it is read again. Results come in the order read. The
    statements of the last :data:`KEPT_READINGS` distinct readings are kept (a copy read later
    is read again)."""
    firsts: OrderedDict[str, _First] = OrderedDict()
    queue: deque[tuple[Article, _First | None, bool]] = deque()  # article, its first, whether run has it

    def feed() -> Iterator[Article]:
        for item in articles:
            key = reading_key(item)
            first = firsts.get(key)
            if first is None:
                firsts[key] = first = _First()
                if len(firsts) > KEPT_READINGS:
                    firsts.popitem(last=False)  # a copy already queued keeps its first
                queue.append((item, first, True))
                yield item
                continue
            firsts.move_to_end(key)
            if first.done is not None and first.done.statements is not None:
                queue.append((item, None, True))
                yield read_before(item, first.done.statements)
            elif len(queue) >= HELD:  # copies of articles in flight, a long run of them: read it again
                queue.append((item, None, True))
                yield item
            else:
                queue.append((item, first, False))

    def copy(item: Article, first: _First | None) -> Extracted:
        done = first.done if first is not None else None
        if done is None or done.statements is None and done.error is None:
            return reader(item)  # a runner that returns no statements: read it here
        if done.statements is None:  # the extraction failed: it fails on the copy too
            return Extracted(error=done.error)
        return reader.shape(item, done.statements)

    for _, done in run(feed(), reader):
        while not queue[0][2]:
            earlier, first, _ = queue.popleft()
            yield earlier, copy(earlier, first)
        item, first, _ = queue.popleft()
        if first is not None:
            first.done = Extracted(error=done.error, statements=done.statements)  # without its graph
        yield item, done
    while queue:
        earlier, first, _ = queue.popleft()
        yield earlier, copy(earlier, first)


def _to_extract(store: Store, paths: Iterable[Path], published: date | None, force: bool,
                on_article: Callable[[str], None] | None, max_chars: int,
                report: IngestReport, fingerprint: str,
                seen: dict[URIRef, tuple[str, str]]) -> Iterator[Article]:
    """The articles to extract, read one at a time; the others (unreadable, unchanged, taken ids)
    are reported here. ``seen``: graph -> (content hash, where) of the articles of this run."""
    texts: dict[str, str] = {}  # hash of the text -> where, to name copies under other names
    holds_articles = _holds_articles(store)  # else no question per article (this run's are in seen)
    for item in iter_articles(paths, published, max_chars=max_chars):
        if isinstance(item, ArticleError):
            report.skipped.append(str(item))
            continue
        report.warnings.extend(item.warnings)
        if on_article:
            on_article(item.file_name)
        target = article_graph(item.id)
        if target in seen:
            digest, earlier = seen[target]
            if digest == item.content_hash:
                report.warnings.append(f"{item.where}: the same article as {earlier}; stored once")
                report.unchanged += 1
            else:
                report.skipped.append(f"{item.where}: its id {item.id!r} is the id of {earlier}, read "
                                      "before it in this run; not stored (rename one, or give it an id)")
            continue
        seen[target] = (item.content_hash, item.where)
        copy_of = texts.setdefault(hashlib.sha256(item.text.encode("utf-8")).hexdigest(), item.where)
        if copy_of != item.where:
            report.warnings.append(f"{item.where}: the same text as {copy_of}; stored as an article too")
        stored = _stored(store, target) if holds_articles else {}
        if (taken := _taken_by(stored, item)) is not None:
            report.skipped.append(f"{item.where}: its id {item.id!r} is taken by {taken}, stored before; not "
                                  f"stored (rename one, give it an id, or kg remove {item.id} first)")
            continue
        if not force and _current(stored, item, fingerprint):
            report.unchanged += 1
            continue
        yield item


_STORED_ARTICLE = sparql_prefixes() + """
SELECT ?p ?o WHERE {
  GRAPH ?g { ?a a kg:Article ; ?p ?o }
  VALUES ?p { kg:contentHash kg:extractedWith kg:fileName dcterms:identifier prov:atLocation }
}"""


def _holds_articles(store: Store) -> bool:
    """Whether the store holds any article."""
    return store.query(sparql_prefixes() + "ASK { GRAPH ?g { ?a a kg:Article } }").boolean is True


def _stored(store: Store, target: URIRef) -> dict[str, str]:
    """What the store says of the article in graph ``target``: property's local name -> value."""
    rows = store.query(_STORED_ARTICLE, {"g": target}).rows
    return {str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]: str(o) for p, o in rows}


def _taken_by(stored: dict[str, str], item: Article) -> str | None:
    """The file (or JSONL record) of another article that holds ``item``'s id, if any.

    The same article is the same file name (in the same place, or its old place is gone: a
    moved file), or the same JSONL id as written; anything else only shares the slug.
    """
    earlier = stored.get("fileName")
    if earlier is None or (item.key is not None and stored.get("identifier") == item.key):
        return None
    if earlier != item.file_name:
        return earlier
    old = stored.get("atLocation")
    if old and item.location is not None and old != item.location.as_uri():
        old_path = Path(urllib.request.url2pathname(urllib.parse.urlsplit(old).path))
        if old_path.exists():
            return str(old_path)
    return None


def _current(stored: dict[str, str], item: Article, fingerprint: str) -> bool:
    """Whether the store holds this article's text, from the same place, read the same way."""
    return (
        stored.get("contentHash") == item.content_hash
        and stored.get("extractedWith") == fingerprint
        and (item.location is None
             or stored.get("atLocation", item.location.as_uri()) == item.location.as_uri())
    )


def _flush(store: Store, pending: dict, report: IngestReport) -> None:
    """Write the pending article graphs in one transaction and count them as stored."""
    if not pending:
        return
    try:
        store.replace_graphs({graph: done.ntriples for graph, done in pending.items()})
    except StoreError as error:
        raise StoreError(f"{error} ({report.stored} article(s) of this run stored before it, whole; "
                         f"{len(pending)} in the failed write and the rest not: run the same command "
                         "again when the store is fixed)") from None
    report.stored += len(pending)
    pending.clear()


@dataclass
class StoredArticle:
    """An article as the store names it: its graph, id, file name and where it was read."""

    graph: URIRef
    id: str
    file_name: str
    identifier: str
    location: Path | None

    @property
    def shown(self) -> str:
        return str(self.location) if self.location is not None else self.file_name

    def gone_from(self, paths: Iterable[Path]) -> bool:
        """Whether it was read from under one of ``paths`` (or from one of them), and its file is gone."""
        if self.location is None or self.location.exists():
            return False
        return any(self.location == root or root in self.location.parents for root in map(_resolved, paths))


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


_ARTICLES = sparql_prefixes() + """
SELECT ?g ?file ?id ?location WHERE {
  GRAPH ?g { ?a a kg:Article ; kg:fileName ?file . OPTIONAL { ?a dcterms:identifier ?id }
             OPTIONAL { ?a prov:atLocation ?location } }
}"""


def stored_articles(store: Store) -> list[StoredArticle]:
    """Every article the store holds."""
    found = []
    for graph, file, ident, location in store.query(_ARTICLES).rows:
        where = None
        if location is not None and str(location).startswith("file:"):
            where = Path(urllib.request.url2pathname(urllib.parse.urlsplit(str(location)).path))
        found.append(StoredArticle(graph, str(graph).rsplit("/", 1)[-1], str(file),  # type: ignore[arg-type]
                                   str(ident or ""), where))
    return found


def drop_articles(store: Store, graphs: list[URIRef]) -> None:
    """Drop the named graphs of these articles, a batch of them per request."""
    for start in range(0, len(graphs), BATCH):
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[start:start + BATCH]))


def remove(store: Store, names: Iterable[str]) -> tuple[list[StoredArticle], list[str]]:
    """Drop the articles ``names`` name: each an article id, a stored file name or JSONL id, or the
    path of a file or folder they were read from. Returns those removed and the names that
    matched none."""
    articles = stored_articles(store)
    removed: dict[URIRef, StoredArticle] = {}
    unknown = []
    for name in names:
        path = _resolved(Path(name))
        places = {path, _resolved(Path(name).parent) / Path(name).name}  # a link, and what it points to
        matched = [a for a in articles if name in (a.id, a.file_name, a.identifier)
                   or (a.location is not None and (a.location in places or path in a.location.parents))]
        if not matched:
            unknown.append(name)
        removed.update((a.graph, a) for a in matched)
    drop_articles(store, list(removed))
    return list(removed.values()), unknown


def count_articles(store: Store) -> int:
    """How many articles the store holds."""
    sparql = sparql_prefixes() + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a kg:Article } }"
    rows = store.query(sparql).rows
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


STATS_QUERY = sparql_prefixes() + """
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  {
    GRAPH ?g { ?x a kg:Article }
    BIND("articles" AS ?what)
  } UNION {
    GRAPH ?g { ?x a ?class }
    VALUES (?class ?what) { """ + " ".join(f'(<{k.cls}> "{k.counted_as}")' for k in KINDS.values()) + """ }
  } UNION {
    GRAPH ?g { ?s a kg:PositionStatement ; rdf:subject ?x }
    BIND("actors with positions" AS ?what)
  } UNION {
    GRAPH ?g { ?s a kg:ReferenceStatement ; rdf:object ?x }
    BIND("resolutions referenced" AS ?what)
  } UNION {
    GRAPH ?g { ?s a kg:BanStatement ; rdf:object ?x }
    BIND("commodities banned or capped" AS ?what)
  }
}
GROUP BY ?what
"""
STATS_ORDER = ("articles", "position statements", "ban and cap statements", "resolution references",
               "events", "actors with positions", "resolutions referenced", "commodities banned or capped",
               "candidate links to the UN list")


def stats(store: Store) -> dict[str, int]:
    """How many articles, statements by kind, actors and resolutions the store holds."""
    counts = {str(what): int(n) for what, n in store.query(STATS_QUERY).rows}
    result = {name: counts.get(name, 0) for name in STATS_ORDER}
    result["quads"] = store.count()
    return result
