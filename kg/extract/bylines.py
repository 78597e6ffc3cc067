"""The voice an article's metadata names: a statement's title or a government publisher.

"Statement by the Spokesperson for the Secretary-General on the DPRK" speaks in the voice of the
Secretary-General of the article's date; "Foreign Ministry Spokesperson Geng Shuang's Regular
Press Conference on September 4, 2017" in Geng Shuang's; a press release published by the
"Ministry of Foreign Affairs of Japan" in Japan's. A headline ("UN imposes new sanctions on North
Korea") or a news outlet ("Reuters") names no voice: their sentences are narration. The words
(genres of statement, boundaries, roles) are ``kg/rules/stance.yaml``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.claims import Node
from kg.extract.base import Context, sentences, text_of
from kg.extract.speakers import Voice, actor_node, actor_spans
from kg.extract.stance_holders import office_holders, offices_of
from kg.nlp import load_rules
from kg.offices import normalise as office_normalise

MAX_BYLINE_CHARS = 300  # a title or a publisher, not a paragraph
TITLE_SENTENCES = 3  # a statement's title, date line and salutation
GENRE_LINE_WORDS = 3  # "Press Statement", "Joint Statement", "Readout": a genre alone on its line
POSSESSIVE = re.compile(r"['’]s\b")
SEGMENT_JOINS = re.compile(r"\s[-–—|]\s")  # "Côte d'Ivoire - Adoption of UNSCR 1975 - Statement by ..."


def byline_voice(nlp: Language, ctx: Context, title: str | None, source: str | None,
                 doc: Doc | None = None) -> Voice:
    """Who speaks in the whole text, by the article's title, else by a title its text opens with
    (its first sentences: a title, a date line, a salutation), else by its publisher; () if none
    says."""
    heads = sentences(doc)[:TITLE_SENTENCES] if doc is not None else []
    opening = [s.text for s in heads if _title_like(s.text)]
    # "Press Statement" on a line of its own, who gives it on the next ("Michael R. Pompeo,
    # Secretary of State"): the two lines read together
    given = [f"{line} {after}" for line, after in zip(opening, opening[1:], strict=False)
             if _genre_pattern().search(line) and len(line.split()) <= GENRE_LINE_WORDS]
    candidates = [(text, _genre_pattern()) for text in [title or "", *opening, *given]]
    for text, marks in [*candidates, (source or "", _role_pattern())]:
        part = _speaking_part(text, marks)
        if part:
            voice = _voice_in(nlp(part), ctx)
            if voice:
                return voice
    return ()


def _title_like(text: str) -> bool:
    """A title is no sentence: "China issued a statement condemning the test." names no voice; a
    line that opens with its genre is a title, full stop or not ("Explanation of vote by Ambassador
    Barbara Woodward, UK Permanent Representative to the UN, following the vote on ...")."""
    return text.rstrip()[-1:] not in ".!?" or _genre_pattern().match(text.strip()) is not None


def _speaking_part(text: str, marks: re.Pattern) -> str:
    """The words of a title or publisher before its subject begins ("... on the DPRK", "Iran: ..."),
    if they name a statement (or, for a publisher, an office)."""
    text = " ".join(text.split())[:MAX_BYLINE_CHARS]
    if marks is _genre_pattern():  # a title: the part that names the statement ("Iran - Statement by ...")
        mark = next((m for m in marks.finditer(text) if _names_a_statement(text, m)), None)
        text = text[_segment_start(text, mark.start()):] if mark else ""
    mark = marks.search(text)
    if mark is None:
        return ""
    boundary = _boundary_pattern().search(text)
    if boundary is not None and boundary.start() < mark.start() and boundary.group().strip().isalpha():
        # A word before the statement is named opens no subject: "The following statement by ...".
        boundary = _boundary_pattern().search(text, mark.end())
    part = text[: boundary.start()] if boundary else text
    return part if marks.search(part) else ""


def _segment_start(text: str, at: int) -> int:
    """Where the part of a title holding ``at`` begins, after the dashes or bars that join parts."""
    return max((m.end() for m in SEGMENT_JOINS.finditer(text, 0, at)), default=0)


def _names_a_statement(text: str, mark: re.Match) -> bool:
    """A genre word names the text itself when only names, offices and a possessive lead to it in
    its part of the title ("Foreign Ministry Spokesperson Qin Gang's Statement", "Remarks by ...",
    "Following is the text of ...'s remarks", "X issued the following statement"), not when a
    headline's words do ("Obama: resolution sends strong message", "Brazil, Turkey Say Tehran
    Declaration Could ...", "The situation in the Middle East Letter dated ...")."""
    before = text[_segment_start(text, mark.start()) : mark.start()].split()
    rules = load_rules("stance")
    reporting, leads = {str(w).lower() for w in rules["reporting"]}, {str(w) for w in rules["byline_leads"]}
    return all((w[:1].isupper() or POSSESSIVE.search(w) or w in leads)
               and w.lower().strip(",") not in reporting for w in before)


def _voice_in(doc: Doc, ctx: Context) -> Voice:
    """The office named (its holder on the article's date, else whom it speaks for), else the first
    person, state or organization named."""
    office = _office_in(doc, ctx)
    if office:
        return (office[0],)
    nodes = [n for n in (actor_node(a, ctx.gazetteer) for a in actor_spans(doc)) if n is not None]
    for cls in ("person", "state"):
        chosen = [n for n in nodes if n.cls == cls]
        if chosen:
            return (chosen[0],)
    return (nodes[0],) if nodes else ()


def _office_in(doc: Doc, ctx: Context) -> list[Node]:
    offices = offices_of(ctx)
    text = f" {office_normalise(POSSESSIVE.sub('', text_of(doc)))} "  # "Secretary-General's remarks"
    phrase = next((p for p in offices.role_words() if f" {office_normalise(p)} " in text), None)
    role = offices.role(phrase) if phrase else None
    if role is None:
        return []
    named = [ctx.gazetteer.node(a.kb_id_) for a in actor_spans(doc)]
    states = [info.iri for info in named if info is not None and info.cls == "state"]
    post = offices.post(role, states[0] if states else None)
    return office_holders(post, phrase, ctx) if post else []


@lru_cache(maxsize=1)
def _genre_pattern() -> re.Pattern:
    return _words(load_rules("stance")["statement_genres"])


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern:
    return _words(load_rules("stance")["roles"])


@lru_cache(maxsize=1)
def _boundary_pattern() -> re.Pattern:
    words = [str(w) for w in load_rules("stance")["byline_boundaries"]]
    alternation = "|".join(rf"\s{re.escape(w)}\s" if w.isalpha() else re.escape(w) for w in words)
    return re.compile(alternation, re.IGNORECASE)


def _words(phrases: list) -> re.Pattern:
    alternation = "|".join(re.escape(str(p)) for p in sorted(phrases, key=lambda p: -len(str(p))))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)
