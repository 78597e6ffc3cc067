"""Names of the UN Consolidated List found in an article: candidate links, never merges.

Every name, alias and vessel of the list (read from the XML by :mod:`kg.unlist`, or from
the store's ``kgr:graph/un-list``) becomes a phrase of a spaCy ``PhraseMatcher`` over the
normalised tokens kg's pipeline sets (``kg_norm``), built once per list and vocabulary.
A match yields a ``listed`` claim: the ``kg:ListedName`` (or ``kg:Vessel``) node of the
name as subject, ``candidateListing`` as predicate, the listed entry as object, the
sentence and offsets as evidence, and a confidence that says how good the match is:

=================  ==========  ===========================================================
match              confidence  what matched
=================  ==========  ===========================================================
``name``           0.9         the entry's full name as listed
``alias``          0.8         a good alias, or the name in its original script
``partial``        0.65        an entity's name without its legal form or bracketed acronym
``vessel``         0.6         a ship the entity's record names (its owner or manager)
``acronym``        0.55        the bracketed acronym of an entity's name ("PAD")
``weak alias``     0.5         an alias the list rates low quality
=================  ==========  ===========================================================

A name borne by several entries is a candidate for each, at 0.7 of the confidence; a
one-word name loses 0.1. Names must be capitalised in the text as names are (a lower-case
"green pine" is not the company). The list reaches the family as an argument: the index an
article's context carries (``Context.un_list``, which ``extract_text(..., un_list=...)`` sets),
built by :func:`index_from_xml`, :func:`index_from_store` or :func:`index_from_entries`;
:func:`index_for` finds the one a run reads with (the store's list, else the XML file named by
``KG_UN_LIST``). Without one, the family yields nothing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from rdflib.namespace import SKOS
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.claims import Claim, Node
from kg.extract.base import Context, claim_for, sentences
from kg.extract.listindex import ListedName, ListIndex, phrase_key
from kg.fingerprints import family_version
from kg.gazetteer import Gazetteer
from kg.kinds import LISTED
from kg.namespaces import KG
from kg.nlp import kg_norm, make_nlp
from kg.store import Store
from kg.unlist import UN_LIST_GRAPH, Entry, name_iri, read_list, vessel_iri

NAME = "listings"
VERSION = family_version(__name__)  # a hash of this module, what it imports, its rules
ENV = "KG_UN_LIST"
CONFIDENCE = {"name": 0.9, "alias": 0.8, "partial": 0.65, "vessel": 0.6, "acronym": 0.55, "weak alias": 0.5}
AMBIGUOUS = 0.7  # factor for a name that several entries bear
ONE_WORD = 0.1  # taken off a one-word name
MIN_ONE_WORD = 4  # letters a one-word name needs (acronyms: 3)
_LEGAL_FORM = re.compile(
    r"[,\s]+(?:company|co\.?|corporation|corp\.?|limited|ltd\.?|llc|inc\.?|group|joint venture)"
    r"(?:[,\s]+(?:limited|ltd\.?|co\.?))*\.?\s*$",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\s*\(([^()]*)\)\s*")
_SMALL_WORDS = {"of", "and", "the", "for", "de", "al", "el", "bin", "ibn", "abu", "&"}


__all__ = ["ListIndex", "ListedName", "extract", "index_for", "index_from_entries", "index_from_store",
           "index_from_xml", "listed_names", "mentions"]


# --------------------------------------------------------------------------- names


def listed_names(
    entry_iri: str,
    label: str,
    reference: str,
    kind: str,
    name: str,
    aliases: Iterable[str] = (),
    weak: Iterable[str] = (),
    original: str | None = None,
    vessels: Iterable[str] = (),
) -> list[ListedName]:
    """Every phrase one entry may be named by, with the kind of match each makes."""

    def named(text: str, match: str, subject: str | None = None) -> ListedName:
        return ListedName(text, subject or str(name_iri(text)), entry_iri, label, reference, match)

    out = [named(name, "name")]
    out += [named(a, "alias") for a in aliases]
    out += [named(original, "alias")] if original else []
    out += [named(w, "weak alias") for w in weak]
    if kind == "entity":
        out += [named(p, "partial", str(name_iri(name))) for p in _partials(name)]
        out += [named(a, "acronym", str(name_iri(name))) for a in _acronyms(name)]
    out += [named(v, "vessel", str(vessel_iri(v))) for v in vessels]
    return [n for n in _unique(out) if _usable(n)]


def _partials(name: str) -> list[str]:
    """An entity's name without its bracketed parts, then without its legal form."""
    bare = _BRACKETED.sub(" ", name).strip()
    shorter = _LEGAL_FORM.sub("", bare).strip(" ,")
    return [p for p in dict.fromkeys((bare, shorter)) if p and phrase_key(p) != phrase_key(name)]


def _acronyms(name: str) -> list[str]:
    return [a for a in _BRACKETED.findall(name) if re.fullmatch(r"[A-Z][A-Z0-9&-]{2,9}", a)]


def _unique(names: list[ListedName]) -> list[ListedName]:
    """One name per (phrase, entry): the best match kind wins."""
    best: dict[tuple[str, str], ListedName] = {}
    for n in names:
        key = (phrase_key(n.text), n.entry)
        if key not in best or CONFIDENCE[n.match] > CONFIDENCE[best[key].match]:
            best[key] = n
    return list(best.values())


def _usable(name: ListedName) -> bool:
    """Long enough to name something: a one-word name of 4+ letters, an acronym of 3+."""
    words = name.text.split()
    if len(words) > 1:
        return True
    letters = sum(ch.isalpha() for ch in name.text)
    return letters >= (3 if name.match == "acronym" else MIN_ONE_WORD)


def index_from_entries(entries: Iterable[Entry], source: str = "") -> ListIndex:
    """An index over :class:`kg.unlist.Entry` records."""
    names: list[ListedName] = []
    for e in entries:
        names += listed_names(str(e.iri), f"{e.name} ({e.reference})", e.reference, e.kind, e.name,
                              e.aliases, e.weak_aliases, e.original_script, e.vessels)
    return ListIndex(names, source)


def index_from_xml(path: str | os.PathLike) -> ListIndex:
    """An index over a Consolidated List XML file, read once per file and modification time."""
    resolved = Path(path).resolve()
    return _xml_index(str(resolved), resolved.stat().st_mtime)


@lru_cache(maxsize=2)
def _xml_index(path: str, mtime: float) -> ListIndex:
    return index_from_entries(read_list(Path(path)).entries, f"{path}@{mtime}")


_STORE_NAMES = """
PREFIX kg: <https://w3id.org/kg-sanctions/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entry ?label ?ref ?class ?prop ?value WHERE {
  GRAPH ?g {
    ?entry kg:referenceNumber ?ref ; a ?class ; rdfs:label ?label .
    FILTER(?class IN (kg:ListedIndividual, kg:ListedEntity))
    { ?entry ?prop ?value .
      FILTER(?prop IN (skos:prefLabel, skos:altLabel, kg:weakAlias, kg:originalScriptName)) }
    UNION { ?vessel a kg:Vessel ; kg:nameOf ?entry ; rdfs:label ?value . BIND(kg:Vessel AS ?prop) }
  }
}"""


def index_from_store(store: Store) -> ListIndex | None:
    """An index over the list graph of a store (None when no list was imported)."""
    rows = store.query(_STORE_NAMES, {"g": UN_LIST_GRAPH}).rows
    fields: dict[str, dict] = {}
    for entry, label, ref, cls, prop, value in rows:
        record = fields.setdefault(str(entry), {"label": str(label), "ref": str(ref), "cls": cls, "by": {}})
        record["by"].setdefault(prop, []).append(str(value))
    if not fields:
        return None
    names: list[ListedName] = []
    for iri, r in fields.items():
        by = r["by"]
        kind = "entity" if r["cls"] == KG.ListedEntity else "individual"
        original = (by.get(KG.originalScriptName) or [None])[0]
        names += listed_names(
            iri,
            r["label"],
            r["ref"],
            kind,
            sorted(by.get(SKOS.prefLabel, [""]))[0],
            sorted(by.get(SKOS.altLabel, [])),
            sorted(by.get(KG.weakAlias, [])),
            original,
            sorted(by.get(KG.Vessel, [])),
        )
    return ListIndex(names, f"store:{store.spec}")


# --------------------------------------------------------------------------- source

_STORE_INDEXES: dict[str, ListIndex] = {}  # the indexes of the last stores' lists, by store and list date
_STORE_INDEXES_KEPT = 2


def index_for(store: Store | None = None) -> ListIndex | None:
    """The list a run reads with: the one imported into ``store`` (its index built once while that
    list is unchanged), else the XML file ``KG_UN_LIST`` names, else None."""
    if store is not None and (index := _store_index(store)) is not None:
        return index
    return index_from_environment()


def index_from_environment() -> ListIndex | None:
    """The index of the XML file ``KG_UN_LIST`` names; None when it names none."""
    path = os.environ.get(ENV)
    if path and Path(path).is_file():
        return index_from_xml(path)
    return None


def _store_index(store: Store) -> ListIndex | None:
    generated = store.graph_value(UN_LIST_GRAPH, KG.listGenerated)
    if generated is None:
        return None
    key = f"store:{store.spec}@{generated}"
    if key not in _STORE_INDEXES:
        index = index_from_store(store)
        if index is None:
            return None
        index.source = key
        while len(_STORE_INDEXES) >= _STORE_INDEXES_KEPT:
            del _STORE_INDEXES[next(iter(_STORE_INDEXES))]
        _STORE_INDEXES[key] = index
    return _STORE_INDEXES[key]


# --------------------------------------------------------------------------- extraction


def extract(doc: Doc, ctx: Context, index: ListIndex | None = None) -> Iterator[Claim]:
    """A ``listed`` claim for every list name the article uses, per entry it may stand for: the
    names of ``index``, else of the list the article's context carries."""
    index = index or ctx.un_list
    if index is None or not len(doc):
        return
    spans = [Span(doc, s, e, label=key) for key, s, e in index.matcher(doc.vocab, kg_norm)(doc)]
    spans = [s for s in filter_spans(spans) if _written_as_name(s)]
    if not spans:
        return
    starts = {sent.start: sent for sent in sentences(doc)}
    for span in spans:
        sent = starts.get(span.sent.start, span.sent)
        yield from _claims(span, sent, index, ctx)


def _claims(span: Span, sent: Span, index: ListIndex, ctx: Context) -> Iterator[Claim]:
    names = index.candidates(span.label_)
    entries = {n.entry for n in names}
    for name in names:
        confidence = CONFIDENCE[name.match] * (AMBIGUOUS if len(entries) > 1 else 1.0)
        confidence -= ONE_WORD if len(span) == 1 else 0.0
        cls = "vessel" if name.match == "vessel" else "listed-name"
        yield claim_for(
            sent,
            LISTED,
            Node(name.subject, name.text, cls),
            "candidateListing",
            Node(name.entry, name.entry_label, "listed-entry"),
            confidence=max(confidence, 0.05),
            extractor=NAME,
            version=VERSION,
            ctx=ctx,
            reference=name.reference,
            match=name.match,
            mention=span.text,
            mention_start=span.start_char,
            mention_end=span.end_char,
        )


def _written_as_name(span: Span) -> bool:
    """The first and last words capitalised (or digits), as a name is written in running text."""
    words = [t for t in span if t.is_alpha and t.lower_ not in _SMALL_WORDS]
    if not words:
        return False
    if len(span) == 1 and not (span[0].is_upper or span[0].is_title):
        return False
    return all(not w.is_lower for w in (words[0], words[-1]))


def mentions(text: str, index: ListIndex) -> list[tuple[str, str, float]]:
    """(mention, reference, confidence) for every candidate in ``text``: a quick look, for tests."""
    doc = make_nlp()(text)
    claims = extract(doc, Context(gazetteer=Gazetteer.empty()), index)
    return [(dict(c.attributes)["mention"], dict(c.attributes)["reference"], c.confidence) for c in claims]
