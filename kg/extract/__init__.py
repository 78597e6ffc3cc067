"""The extractor families and the one function that runs them over an article.

Each family is a module with ``NAME``, ``VERSION`` and a pure
``extract(doc, ctx) -> Iterator[Claim]``; ``EXTRACTORS`` is the registry. ``VERSION`` is
never written by hand: ``family_version(__name__)`` (kg/fingerprints.py) hashes the family's
module, the kg modules it imports (transitively) and the rule files they read, so a
statement's ``kgr:extractor/<name>/<version>`` changes whenever its reader does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from kg.claims import Claim, Node
from kg.extract import bans, events, listings, positions, resolutions
from kg.extract.base import Context
from kg.extract.bylines import byline_voice
from kg.extract.listindex import ListIndex
from kg.nlp import gazetteer_of, make_nlp

Extractor = Callable[[Doc, Context], Iterator[Claim]]
EXTRACTORS: dict[str, Extractor] = {
    resolutions.NAME: resolutions.extract,
    bans.NAME: bans.extract,
    positions.NAME: positions.extract,
    events.NAME: events.extract,
    listings.NAME: listings.extract,
}
VERSIONS = {m.NAME: m.VERSION for m in (resolutions, bans, positions, events, listings)}

__all__ = ["Claim", "Context", "Node", "EXTRACTORS", "VERSIONS", "extract_text", "context_for"]


def context_for(doc: Doc, nlp: Language, published: date | None, *, title: str | None = None,
                source: str | None = None, un_list: ListIndex | None = None) -> Context:
    """The extraction context of one article: vocabularies (and the UN list's names, if given), its
    date (inferred if not given), and the voice its title or publisher names."""
    ctx = Context(gazetteer=gazetteer_of(nlp), un_list=un_list, published=published)
    resolutions.infer_published(doc, ctx)
    ctx.byline = byline_voice(nlp, ctx, title, source, doc)
    return ctx


def extract_text(
    text: str, published: date | None = None, *, nlp: Language | None = None, title: str | None = None,
    source: str | None = None, un_list: ListIndex | None = None,
) -> tuple[list[Claim], Context]:
    """Every claim of every family read from one article's text, in family order, once each; the
    article's title and publisher may name who speaks in it. ``un_list``: the UN list whose names
    the ``listings`` family links (:func:`kg.extract.listings.index_for`); without one it reads none."""
    nlp = nlp or make_nlp()
    doc = nlp(text)
    ctx = context_for(doc, nlp, published, title=title, source=source, un_list=un_list)
    claims: dict[tuple, Claim] = {}
    for extractor in EXTRACTORS.values():
        for claim in extractor(doc, ctx):
            key = (claim.key(), claim.start)
            claims[key] = with_wording(claims[key], claim.object.text) if key in claims else claim
    return list(claims.values()), ctx


def with_wording(claim: Claim, text: str) -> Claim:
    """``claim`` with one more way its sentence names the object: "industrial machinery"
    named as "industrial equipment" and "heavy machinery" keeps both wordings."""
    known = claim.object.text
    if not text or text.casefold() in {w.casefold() for w in known.split("; ")}:
        return claim
    wording = f"{known}; {text}" if known else text
    return replace(claim, object=replace(claim.object, text=wording))
