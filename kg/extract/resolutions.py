"""Resolution references: by number, by symbol, by adoption date, and by anaphora.

``resolution_mentions`` finds every reference in a document and links it to the
reference table; ``focus`` says which resolution each sentence speaks of (named
in it, or the one just named: "The document imposes ..."). The extractor
``extract`` yields one ``references`` claim per resolution an article names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.claims import Claim, Node
from kg.dates import MONTHS, DateMention, dateline, find_dates, years_in
from kg.extract.base import Context, claim_for, sentences, text_of
from kg.extract.regimes import regime_index
from kg.fingerprints import family_version
from kg.gazetteer import ResolutionInfo
from kg.kinds import REFERENCES
from kg.namespaces import KGR, slug
from kg.nlp import load_rules

NAME = "resolutions"
VERSION = family_version(__name__)  # a hash of this module, what it imports, its rules

_NUM = r"(?:No\.?\s*)?\d{3,4}(?:\s*\(\d{4}\))?"
BY_NUMBER = re.compile(
    r"\b(?:UNSCRs?|[Rr]esolutions?|RESOLUTIONS?)[\"”’']?\s+(?:[Nn]o\.?\s*|[Nn]umber\s+)?"
    + r"(?P<numbers>"
    + _NUM
    + r"(?:\s*(?:,|and|&|or|as well as)\s*"
    + _NUM
    + r")*)"
)
BY_SYMBOL = re.compile(r"\bS/RES/(?P<number>\d{1,4})\s*(?:\((?P<year>\d{4})\))?")
NUMBER_IN_LIST = re.compile(r"(\d{3,4})(?:\s*\((\d{4})\))?")
ADOPTION = re.compile(r"\b(adopted|adopting|adopts|approved|approving|passed|voted|unanimously)\b", re.I)
ADOPTED_THING = re.compile(r"\b(resolutions?|sanctions|measures)\b", re.I)
# "the measures adopted on 2 March" may be anyone's: only a resolution on the article's states is it.
COUNCILS_THING = re.compile(r"\b(resolutions?|sanctions)\b", re.I)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first: "Sept" before "Sep"
ADOPTED_IN_MONTH = re.compile(
    r"\b(?:adopted|passed|approved)\s+(?:unanimously\s+)?in\s+(?P<month>"
    + MONTH_NAMES
    + r")\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    re.I,
)
# "last month's resolution", "the resolution adopted last month": the month before publication.
LAST_MONTH = re.compile(
    r"\blast month(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?resolution\b"
    r"|\bresolution\s+(?:adopted|passed)\s+last month\b",
    re.I,
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
WEEKDAY_RESOLUTION = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")(?:'s|’s)\s+(?:\w+\s+)?resolution\b", re.I)
TODAY = re.compile(r"\btoday\b", re.I)
# A date that names the resolution itself, with no adoption verb: "its resolution of 2 March", "the
# 2 March resolution", "today's resolution", "the Council's resolution of 22 December 2017".
RESOLUTION_OF = re.compile(r"\bresolutions?\s+of\s+(?:the\s+)?$", re.I)
DATED_RESOLUTION = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:UN|U\.N\.|UNSC|Security|Council|sanctions)\s+){0,3}resolution\b", re.I
)
# A date that ends a term, not one of adoption: "imposes an arms embargo until 31 May 2019", "renewed
# the measures through February 2026", "extended to 15 April 2017".
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_MONTH = r"(?:" + MONTH_NAMES + r")\.?"
_YEAR = r"(?:19|20)\d\d"
TERM_END = re.compile(
    r"\b(?:until|till|through|to|by|expiring(?:\s+on)?|ending(?:\s+on)?|expires\s+on)\s+(?:"
    + rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?|{_MONTH}(?:\s+{_DAY})?(?:,?\s+{_YEAR})?|{_YEAR}"
    + r")\b",
    re.I,
)
TRIGGER = re.compile(
    r"\b(in response to|following|after|condemning|over)\b[^.]{0,80}\b(test|launch|launches|attack)", re.I
)
FIRST_YEAR = 1990  # years tried for a weekday when the article gives no date
NEAR_ADOPTION = 40  # characters between an adoption verb and its date
# Words that point back at the resolution just named.
ANAPHORA = re.compile(
    r"\b(?:the|this|that|new|latest)\s+(?:new\s+|latest\s+|sanctions\s+)?"
    r"(?:resolution|document|text|measure)\b",
    re.I,
)
FOCUS_SENTENCES = 3
FOCUS_AHEAD = 2  # opening sentences that speak of a resolution named right after them
RESOLUTION_HEADS = {"resolution", "document", "text", "adoption"}  # heads that point back at a resolution
RESOLUTION_WINDOW = 16  # tokens after a cue where "the ... resolution" may stand
ROLES = ("acting", "passing", "origin", "lifting")  # every role a mention has
MAX_PLAUSIBLE = 3000
# A resolution named only in passing: the one that set up a body ("the Group of Experts established
# pursuant to resolution 1533 (2004)", "the Committee established by resolution 751"). It is not
# what the sentence's verbs act on: its bans are the resolution the sentence is about.
PASSING = re.compile(
    r"\b(?:Committee|Group of Experts|Panel of Experts|Panel|Monitoring Group|Monitoring Team|Mission|"
    r"Ombudsperson|Office|Mechanism|Team|Force|Operation|Group)\b[^.;()]{0,40}?"
    r"(?:\b(?:established|set up|created|mandated|renewed|extended|referred to)\s+)?"
    r"(?:by|pursuant to|under|in)\s+(?:Security Council\s+|the\s+|its\s+)*"
    r"(?:UNSCR|[Rr]esolutions?)\s*(?:[Nn]o\.?\s*)?$"
)
# A resolution named as the origin of a measure ("the oil-related sanctions laid out in resolution
# 2146 (2014)", "the arms embargo imposed by resolution 1556"): it, too, bans what is named just before.
ORIGIN = re.compile(
    r"\b(?:laid out|set out|imposed|first imposed|introduced|established|outlined|contained|specified|"
    r"set forth)\s+(?:by|in|under|pursuant to)\s+"
    r"(?:Security Council\s+|the\s+|its\s+|paragraphs?\s+[\w(), ]{1,30}\s+of\s+)*"
    r"(?:UNSCR|[Rr]esolutions?)\s*(?:[Nn]o\.?\s*)?$"
)
# A sentence that places an adoption in time other than by the article's day ("adopted in
# August", "an earlier resolution", "in 2017", "this month"): no adoption of the day is guessed for it.
# A month only as a name ("in May", not "countries may no longer").
OTHER_TIME = re.compile(
    r"\b(?:earlier|previous|prior|last|past|former|first|this\s+(?:week|month|year)|(?:19|20)\d\d|(?-i:"
    + MONTH_NAMES.title()
    + r"))\b",
    re.I,
)
NEAR_ACT = 80  # characters between a Council's act and its day ("imposed an arms embargo on ... on Friday")


def _words_pattern(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _act_patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str], re.Pattern, re.Pattern]:
    """A Council act written without the word "resolution" (``council_acts`` of bans.yaml), the
    measure words one acts on, the act verbs that are bans themselves, a Council's lifting
    (``council_liftings``), and the words that ask an act of the Council (``council_requests``)."""
    rules = load_rules("bans")
    # "the Council on Aug. 6 imposed ...": an abbreviation's period before a day ends no clause
    council = r"\b(?:(?i:council)|UNSC)\b(?:[^.;]|\.(?=\s+\d)){0,60}?"
    decisions = _words_pattern(rules["council_decisions"])

    def decided(verbs: list[str]) -> str:  # "voted unanimously to lift", "voted Wednesday to ban"
        return rf"(?:{decisions})\s+(?:\w+\s+)?to\s+(?:{_words_pattern(verbs)})"

    acts = rf"{_words_pattern(rules['council_acts'])}|{decided(rules['council_acts_decided'])}"
    act = re.compile(council + rf"\b(?P<verb>{acts})\b")
    lifts = rules["council_liftings"]
    liftings = rf"{_words_pattern(lifts['done'])}|{decided(lifts['decided'])}"
    lifting = re.compile(council + rf"\b(?P<verb>{liftings})\b")
    measure = re.compile(r"\b(?:" + _words_pattern(rules["measure_words"]) + r")\b", re.I)
    # the asking verb right before the Council: "urged the UN Security Council"
    asked = re.compile(rf"\b(?:{_words_pattern(rules['council_requests'])})\s+(?:the\s+)?"
                       r"(?:(?:UN|U\.N\.|United Nations|Security)\s+){0,3}$", re.I)
    return act, measure, frozenset(w.lower() for w in rules["bans"]), lifting, asked


# "The Council imposed an arms embargo on Libya in 2011", "first imposed sanctions in May 2001":
# the resolution that set up the regime of the states named, that month or year.
IMPOSED_IN = re.compile(
    r"\b(?:imposed|introduced|established|slapped|put|placed)\b[^.;]{0,100}?\bin\s+(?:(?P<month>"
    + MONTH_NAMES
    + r")\.?\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# Of two resolutions adopted the same day on the same states, a sentence about sanctions speaks of
# the one whose title is about them (2428, not 2429, on 13 July 2018).
# "the new UN Security Council resolution", "the latest sanctions resolution": the newest one on the
# article's states or regimes, adopted in the days before it was published.
# So is "the sanctions resolution", quoted or not (KCNA: 'the "sanctions resolution" cooked up by').
NEWEST = re.compile(
    r"\b(?:(?:new|newest|latest|fresh)\s+(?:(?:UN|U\.N\.|UNSC|Security|Council|sanctions)\s+){0,3}resolution"
    r"|[\"“]?sanctions[\"”]?\s+resolution)\b",
    re.I,
)
NEWEST_DAYS = 7  # how long a resolution stays "the new resolution" of the news
ON_SANCTIONS = re.compile(
    r"\b(embargo\w*|sanction\w*|bans?|banned|prohibit\w*|asset freeze|travel ban)\b", re.I
)
# Past the week, "the new resolution" is the newest of the one regime the article names, but only
# when it is written as one adopted ("the new resolution bans"), not one proposed or hoped for ("a
# new resolution", "the draft", "the new resolution would ban"; a modal before it is the speaker's:
# "China said it would implement the latest resolution").
THE_NEWEST = re.compile(r"\b(?:the|this|its|(?:Council|UN|U\.N\.|UNSC)(?:'s|’s))\s+" + NEWEST.pattern, re.I)
NOT_ADOPTED = re.compile(
    r"\b(?:draft\w*|propos\w+|expected|seek\w*|sought|push\w*|circulat\w+|negotiat\w+|vote on|"
    r"tabled?|veto\w*)\b",
    re.I,
)
# "another resolution", "a second resolution" after one was named: not that one (see _the_other).
OTHER_RESOLUTION = re.compile(
    r"\b(?:another|a second|a separate|a further|the other|the second)\s+"
    r"(?:(?:UN|U\.N\.|UNSC|Security|Council|sanctions)\s+){0,3}resolution\b",
    re.I,
)
NOT_YET = re.compile(r"\b(?:would|will|could|should|shall)\b", re.I)
# A title that speaks of a regime's measures ("renewal of measures on arms", "the measures imposed by
# resolution 2146"), not only of its Panel of Experts or a mission.
ON_MEASURES = re.compile(ON_SANCTIONS.pattern + r"|\bmeasures?\b", re.I)


@dataclass(frozen=True)
class Mention:
    """One place where the text names a resolution, and what it was linked to."""

    start_char: int
    end_char: int
    node: Node
    how: str  # number | symbol | date | unresolved
    adopted: date | None = None
    # acting | passing (it set up a body named) | origin (it first imposed a measure) | lifting (a
    # Council's act of lifting that names no resolution: what it lifted is not its measure)
    role: str = "acting"


def _by_number(doc: Doc, ctx: Context) -> Iterator[Mention]:
    for m in BY_NUMBER.finditer(text_of(doc)):
        for n in NUMBER_IN_LIST.finditer(m.group("numbers")):
            number = int(n.group(1))
            if number in ctx.gazetteer.resolutions or 0 < number < MAX_PLAUSIBLE:
                start = m.start("numbers") + n.start()
                yield _mention(start, start + len(n.group(0)), ctx.gazetteer.resolution(number), "number")
    for m in BY_SYMBOL.finditer(text_of(doc)):
        yield _mention(m.start(), m.end(), ctx.gazetteer.resolution(int(m.group("number"))), "symbol")


def _mention(start: int, end: int, info: ResolutionInfo, how: str) -> Mention:
    return Mention(start, end, _node(info), how, info.adopted)


def _node(info: ResolutionInfo) -> Node:
    return Node(info.iri, info.label, "resolution")


def _by_date(doc: Doc, ctx: Context, named: list[Mention], states: list[str]) -> Iterator[Mention]:
    """ "The resolution adopted on March 2", "on Wednesday unanimously adopted a resolution",
    "Tuesday's resolution": the date next to the adoption, resolved in the reference table."""
    starts = sorted(m.start_char for m in named)
    for sent in sentences(doc):
        i = bisect_left(starts, sent.start_char)
        if i < len(starts) and starts[i] < sent.end_char:
            continue  # the sentence names its resolution
        text = sent.text
        found = _by_adoption(sent, ctx, states, text_of(doc)) if ADOPTED_THING.search(text) else None
        act = _council_act(text) if found is None else None
        if act is not None:  # "the Council on Friday renewed the arms embargo": a resolution on its states
            when = _adoption_date(text, sent.start_char, ctx, states, anchors=[act], near=NEAR_ACT)
            if when is not None:
                found = _resolve_date(when, ctx, states, text_of(doc), strict=True, sentence=text)
            else:  # "UNSC imposes arms embargo on S Sudan": the day's (or the day before's) resolution
                found = _by_publication(text, sent.start_char, ctx, states, act=act)
            if found is not None and _lifts(text, act):
                found = replace(found, role="lifting")  # no measure of its own, for bans
        if found is None:
            found = _by_year_imposed(text, sent.start_char, ctx, states)
        if found is not None:
            yield found


def _lifts(text: str, act: int) -> bool:
    """Whether the Council's act at ``act`` lifts a measure ("voted to lift the arms embargo")."""
    match = _act_patterns()[3].search(text)
    return match is not None and match.start("verb") == act


def _by_year_imposed(text: str, offset: int, ctx: Context, states: list[str]) -> Mention | None:
    """ "The Council imposed an arms embargo on Libya in 2011": the one resolution that set up a
    regime the sentence names (its states or its target) in that year, or that month of it."""
    match = IMPOSED_IN.search(text)
    measure = _act_patterns()[1]
    if match is None or not measure.search(text) or not re.search(r"\b(?:(?i:council)|UN|U\.N\.)\b", text):
        return None
    index = regime_index()
    named = index.named_in(text)
    year = int(match.group("year"))
    month = MONTHS[match.group("month").lower().rstrip(".")] if match.group("month") else None
    found = set()
    for regime in named:  # each regime's first establishing resolution of that year (733, not 751)
        setting_up = [ctx.gazetteer.resolutions[n] for n in index.established.get(regime, ())
                      if n in ctx.gazetteer.resolutions]
        that_year = [r for r in setting_up if r.adopted and r.adopted.year == year]
        first = min(that_year, key=lambda r: r.adopted, default=None)
        if first is not None and month in (None, first.adopted.month):
            found.add(first.number)
    if len(found) != 1:
        return None
    info = ctx.gazetteer.resolutions[found.pop()]
    return _mention(match.start("year") + offset, match.end("year") + offset, info, "date")


def _by_adoption(sent: Span, ctx: Context, states: list[str], text: str) -> Mention | None:
    """A sentence that speaks of a resolution or sanctions: the date next to its adoption verb, else
    the month it names, else the event it answers."""
    when = _adoption_date(sent.text, sent.start_char, ctx, states)
    if when is not None:
        strict = not COUNCILS_THING.search(sent.text)
        return _resolve_date(when, ctx, states, text, strict=strict, sentence=sent.text)
    start = sent.start_char
    return (_by_month(sent.text, start, ctx, states) or _by_trigger(sent.text, start, ctx, states)
            or _by_publication(sent.text, start, ctx, states))


def _by_publication(
    text: str, offset: int, ctx: Context, states: list[str], act: int | None = None
) -> Mention | None:
    """ "following the adoption of a resolution renewing the Somalia sanctions regime", "UNSC imposes
    arms embargo", with no date: the one resolution on the article's states or regimes adopted the
    day it was published or the day before (a statement of the day, a wire story of the next)."""
    newest = None
    if act is not None:
        match = re.compile(r"\w+").match(text, act)
    else:
        match = ADOPTION.search(text) or re.search(r"\badoption\b", text, re.I)
        if match is not None and not re.search(r"\bresolution\b", text, re.I):
            return None
        newest = NEWEST.search(text) if match is None else None
        match = match or newest
    if match is None or ctx.published is None:
        return None
    line = ctx.cache.get("dateline")
    if line is not None and offset <= line.start < offset + len(text):  # "JUBA, July 14." is not the act's
        text = text[: line.start - offset] + " " * (line.end - line.start) + text[line.end - offset :]
    text = _without_terms(text)
    if OTHER_TIME.search(text) or WEEKDAY.search(text) or ADOPTED_IN_MONTH.search(text):
        return None
    if ctx.published_inferred:
        return None
    if newest is not None:  # the newest resolution of the week before, not only of the day
        found = _newest(ctx, states)
        the = THE_NEWEST.search(text)
        if not found and the and not NOT_ADOPTED.search(text) and not NOT_YET.search(text, the.end()):
            found = _newest_of_regime(ctx, text)
    else:
        days = (ctx.published, ctx.published - timedelta(days=1))
        found = {r.number: r for day in days for r in _on_the_articles_states(day, ctx, states)}
    if len(found) > 1 and ON_SANCTIONS.search(text):  # 2428 (sanctions), not 2429 (UNAMID), on 13 July 2018
        found = {n: r for n, r in found.items() if ON_SANCTIONS.search(r.context)}
    found = {r.number: r for r in _by_title_words(list(found.values()), text)}
    if len(found) != 1:
        return None
    resolution = found.popitem()[1]
    if newest is not None and _may_be_newer(ctx, resolution):
        return None
    return _mention(match.start() + offset, match.end() + offset, resolution, "date")


def _on_the_articles_states(day: date, ctx: Context, states: list[str]) -> list[ResolutionInfo]:
    return [r for r in ctx.gazetteer.resolutions_on(day.month, day.day, day.year)
            if _about(r, states) or _of_regimes(r, ctx)]


def _newest(ctx: Context, states: list[str]) -> dict[int, ResolutionInfo]:
    """The resolutions on the article's states or regimes adopted on the latest day, within
    :data:`NEWEST_DAYS` before publication, that adopted any."""
    for back in range(NEWEST_DAYS + 1):
        found = _on_the_articles_states(ctx.published - timedelta(days=back), ctx, states)
        if found:
            return {r.number: r for r in found}
    return {}


def _newest_of_regime(ctx: Context, sentence: str) -> dict[int, ResolutionInfo]:
    """The resolutions of the one regime in force that the article names, adopted on the latest day on
    or before publication; none when the article names no regime or several, or when the sentence
    speaks of sanctions and the newest is about something else (a Panel's mandate): an older one
    may be meant, or a resolution the table lacks."""
    index = regime_index()
    regimes = index.in_force(ctx.cache.get("regimes_named", frozenset()), ctx.published)
    if len(regimes) != 1:
        return {}
    (regime,) = regimes
    adopted = [r for r in ctx.gazetteer.resolutions.values()
               if r.adopted and r.adopted <= ctx.published and regime in index.regimes_of(r.number)]
    latest = max((r.adopted for r in adopted), default=None)
    found = {r.number: r for r in adopted if r.adopted == latest}
    if ON_SANCTIONS.search(sentence) and not any(ON_MEASURES.search(r.context) for r in found.values()):
        return {}
    return found


def _may_be_newer(ctx: Context, resolution: ResolutionInfo) -> bool:
    """Whether a resolution the reference table lacks, or holds without a date, may have been adopted
    after ``resolution`` and by the article's date and be of its regime: then "the newest" cannot be
    told. One the table holds without a date but with its title and no regime in common is no rival."""
    table = ctx.gazetteer.resolutions
    if "undated" not in ctx.cache:  # each undated number, with the date of the dated one before it
        dated = sorted((r.number, r.adopted) for r in table.values() if r.adopted)
        ctx.cache["undated"] = [(gap, day) for (n, day), (after, _) in zip(dated, dated[1:], strict=False)
                                for gap in range(n + 1, after)]
        ctx.cache["last_dated"] = dated[-1][1]
    if ctx.cache["last_dated"] <= ctx.published:  # and every number after the last the table dates
        return True
    regimes = regime_index().regimes_of(resolution.number)
    return any(n > resolution.number and day <= ctx.published
               and (n not in table or regime_index().regimes_of(n) & regimes)
               for n, day in ctx.cache["undated"])


def _by_month(text: str, offset: int, ctx: Context, states: list[str]) -> Mention | None:
    """ "an earlier resolution adopted in August": the one resolution on the article's states
    adopted that month (of the year written, else the last such month before the article)."""
    match = ADOPTED_IN_MONTH.search(text)
    last = LAST_MONTH.search(text) if match is None else None
    if (match is None and last is None) or not states:
        return None
    if last is not None:
        if ctx.published is None:
            return None
        before = ctx.published.replace(day=1) - timedelta(days=1)
        year, month = before.year, before.month
    else:
        month = MONTHS[match.group("month").lower().rstrip(".")]
        if match.group("year"):
            year = int(match.group("year"))
        elif ctx.published is not None:
            year = ctx.published.year - (month > ctx.published.month)
        else:
            return None
    found = [
        r for r in ctx.gazetteer.resolutions.values()
        if r.adopted and (r.adopted.year, r.adopted.month) == (year, month) and _about(r, states)
    ]
    if len(found) != 1:
        return None
    span = (match.start("month"), match.end()) if match is not None else last.span()
    return _mention(span[0] + offset, span[1] + offset, found[0], "date")


def _by_trigger(text: str, offset: int, ctx: Context, states: list[str]) -> Mention | None:
    """ "adopted a resolution in response to the nuclear test on Sept. 9": the resolution whose
    title condemns the event of that day ("condemning the nuclear test of 9 Sept. 2016")."""
    if not TRIGGER.search(text):
        return None
    for when in find_dates(text, offset):
        found = [r for r in _triggered_by(ctx, when.month, when.day) if _about(r, states) and r.adopted]
        if found:  # the Council's answer is the first resolution that names the event
            return _mention(when.start, when.end, min(found, key=lambda r: r.adopted), "trigger")
    return None


def _triggered_by(ctx: Context, month: int, day: int) -> list[ResolutionInfo]:
    """Resolutions whose title names an event on that day or the day before (time zones)."""
    if "trigger_index" not in ctx.cache:
        index: dict[tuple[int, int], list[ResolutionInfo]] = {}
        for resolution in ctx.gazetteer.resolutions.values():
            for mention in find_dates(resolution.context):
                index.setdefault((mention.month, mention.day), []).append(resolution)
        ctx.cache["trigger_index"] = index
    index = ctx.cache["trigger_index"]
    earlier = date(2000, month, day) - timedelta(days=1) if (month, day) != (2, 29) else date(2000, 2, 28)
    return index.get((month, day), []) + index.get((earlier.month, earlier.day), [])


def _council_act(text: str) -> int | None:
    """Where the Council's verb is in "the Council on Friday renewed the arms embargo": an act on
    sanctions written without the word "resolution" (None when there is none)."""
    act, measure, bans, lifting, asked = _act_patterns()
    match = act.search(text) or lifting.search(text)
    if match is None or asked.search(text, 0, match.start()):
        return None
    verb = match.group("verb").lower().rsplit(None, 1)[-1]  # "voted Wednesday to ban": the ban
    if verb not in bans and not measure.search(text, match.end()):
        return None
    return match.start("verb")


def _adoption_date(
    text: str, offset: int, ctx: Context, states: list[str], anchors: list[int] | None = None,
    near: int = NEAR_ADOPTION,
) -> DateMention | None:
    """The date written next to an adoption verb ("adopted on March 2"), not any date of the
    sentence; or next to the ``anchors`` given (a Council's act)."""
    dated = anchors is None  # a date that names the resolution itself counts too
    if anchors is None:
        anchors = [m.start() for m in ADOPTION.finditer(text)] + [
            m.start() for m in WEEKDAY_RESOLUTION.finditer(text)
        ]
    line = ctx.cache.get("dateline")  # the wire's dateline dates the story, not the adoption
    terms = [m.span() for m in TERM_END.finditer(text)]  # "until 31 May 2019" ends a term
    dates = [
        d for d in find_dates(text, offset)
        if (line is None or d.start != line.start) and not _within(d.start - offset, terms)
    ]
    dates += _weekdays(text, offset, ctx, states)
    gaps = [(min(abs(d.start - offset - a) for a in anchors), d) for d in dates if anchors]
    gaps = [(gap, d) for gap, d in gaps if gap <= near]
    if dated:
        gaps += [(0, d) for d in dates if _names_a_resolution(text, d.start - offset, d.end - offset)]
    return min(gaps, key=lambda x: x[0])[1] if gaps else None


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _names_a_resolution(text: str, start: int, end: int) -> bool:
    """Whether a date is the resolution's own name: "its resolution of 2 March", "the 2 March
    resolution", with no adoption verb beside it."""
    return bool(RESOLUTION_OF.search(text, 0, start) or DATED_RESOLUTION.match(text[end:]))


def _without_terms(text: str) -> str:
    """The text with the ends of terms blanked out ("until 31 May 2019"), offsets kept: a date a
    measure runs to does not place the adoption in time."""
    return TERM_END.sub(lambda m: " " * len(m.group()), text)


def _weekdays(text: str, offset: int, ctx: Context, states: list[str]) -> list[DateMention]:
    """ "on Wednesday", "today": a day of the week before the article's publication date; with no
    date given, before its dateline in the one year where that day saw a resolution on its states."""
    found = []
    for m in WEEKDAY.finditer(text):
        day = _weekday_before(WEEKDAYS.index(m.group(1).lower()), ctx, states)
        if day is not None:
            found.append(
                DateMention(m.start() + offset, m.end() + offset, day.month, day.day, day.year, True)
            )
    if ctx.published is not None and not ctx.published_inferred:
        day = ctx.published
        for m in TODAY.finditer(text):
            found.append(
                DateMention(m.start() + offset, m.end() + offset, day.month, day.day, day.year, True)
            )
    return found


def _weekday_before(weekday: int, ctx: Context, states: list[str]) -> date | None:
    if ctx.published is not None and not ctx.published_inferred:
        return ctx.published - timedelta(days=(ctx.published.weekday() - weekday) % 7)
    line = ctx.cache.get("dateline")
    if line is None or not states:
        return None
    days = []
    for year in range(FIRST_YEAR, date.today().year + 1):
        written = line.resolve(year)
        if written is None:
            continue
        day = written - timedelta(days=(written.weekday() - weekday) % 7)
        for candidate in (day, day - timedelta(days=1)):
            on = ctx.gazetteer.resolutions_on(candidate.month, candidate.day, candidate.year)
            if any(_about(r, states) for r in on):
                days.append(candidate)
                break
    return days[0] if len(days) == 1 else None  # only when the reference table leaves one year


def _resolve_date(
    when: DateMention, ctx: Context, states: list[str], text: str, strict: bool = False, sentence: str = ""
) -> Mention | None:
    """The resolution adopted on a date; with ``strict`` (a Council act that does not say
    "resolution"), only one on the article's states, else None."""
    candidates = ctx.gazetteer.resolutions_on(when.month, when.day, when.year)
    if not candidates and when.relative:  # "Tuesday's resolution" in Asia is Monday's in New York
        before = date(when.year, when.month, when.day) - timedelta(days=1)
        candidates = ctx.gazetteer.resolutions_on(before.month, before.day, before.year)
    if when.year is None and ctx.published and not ctx.published_inferred:
        # "on 4 March" in an article of 10 March 2016 is 4 March 2016, not 2015's: the last such day
        year = ctx.published.year - ((when.month, when.day) > (ctx.published.month, ctx.published.day))
        candidates = [r for r in candidates if r.adopted.year == year and r.adopted <= ctx.published]
    about = [r for r in candidates if _about(r, states) or _of_regimes(r, ctx)]
    if strict and not about:
        return None
    candidates = about or candidates
    if len(candidates) > 1:  # a regime the article names settles it ("Thursday's" in an article on ISIL)
        candidates = [r for r in candidates if _of_regimes(r, ctx)] or candidates
    if len(candidates) > 1:
        latest = max(_years(ctx, text), default=0)
        candidates = [r for r in candidates if r.adopted.year >= latest] or candidates
    if len(candidates) > 1 and ON_SANCTIONS.search(sentence):
        candidates = [r for r in candidates if ON_SANCTIONS.search(r.context)] or candidates
    candidates = _by_title_words(candidates, sentence)
    if len(candidates) == 1:
        return _mention(when.start, when.end, candidates[0], "date")
    if strict:
        return None
    label = f"UNSC resolution adopted on {text[when.start : when.end]}"
    return Mention(
        when.start,
        when.end,
        Node(str(KGR[f"resolution/{slug(label)}"]), label, "resolution", new=True),
        "unresolved",
    )


def _by_title_words(candidates: list[ResolutionInfo], sentence: str) -> list[ResolutionInfo]:
    """Of resolutions adopted the same day, those whose agenda item and title share most of the
    sentence's words that tell them apart ("reimpose an arms embargo on al-Shabaab": 2713, the
    Al-Shabaab regime's, not 2714 on the Government of Somalia); all of them when none does."""
    if len(candidates) < 2:
        return candidates
    titles = [_stems(r.context) for r in candidates]
    telling = set().union(*titles) - set.intersection(*titles)
    said = _stems(sentence) & telling
    shared = [len(said & t) for t in titles]
    best = max(shared)
    return [r for r, n in zip(candidates, shared, strict=True) if n == best] if best else candidates


def _stems(text: str) -> set[str]:
    """Words of four letters or more, cut to five ("renewed" and "renewal" are one)."""
    return {w[:5] for w in re.findall(r"[\w-]{4,}", text.lower())}


def _years(ctx: Context, text: str) -> list[int]:
    """The years the article writes, found once."""
    if "years" not in ctx.cache:
        ctx.cache["years"] = years_in(text)
    return ctx.cache["years"]


def _of_regimes(resolution: ResolutionInfo, ctx: Context) -> bool:
    """Whether the resolution belongs to a regime whose target the article names."""
    return bool(regime_index().regimes_of(resolution.number) & ctx.cache.get("regimes_named", frozenset()))


def _about(resolution: ResolutionInfo, states: list[str]) -> bool:
    """Whether a resolution's agenda item or title names one of the states (as whole words)."""
    return bool(_states_pattern(tuple(states)).search(resolution.context))


@lru_cache(maxsize=64)
def _states_pattern(states: tuple[str, ...]) -> re.Pattern:
    words = sorted({s for s in states if len(s) > 2}, key=len, reverse=True) or ["(?!)"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def state_labels(doc: Doc, ctx: Context) -> list[str]:
    """Every label of every state the document names, to tell same-day resolutions apart."""
    states = {span.kb_id_ for span in doc.spans.get("actor", [])}
    infos = {info.iri: info for info in map(ctx.gazetteer.state_of, states) if info}
    return [label for info in infos.values() for label in info.labels]


def resolution_mentions(doc: Doc, ctx: Context) -> list[Mention]:
    """Every resolution the document names, in text order (cached on the context)."""
    if "dateline" not in ctx.cache:
        ctx.cache["dateline"] = dateline(text_of(doc))
    if "regimes_named" not in ctx.cache:
        ctx.cache["regimes_named"] = regime_index().named_in(text_of(doc))
    if "resolution_mentions" not in ctx.cache:
        numbered = sorted(set(_by_number(doc, ctx)), key=lambda m: m.start_char)
        named = [_with_role(m, text_of(doc)) for m in numbered]
        acting = [m for m in named if m.role == "acting"]
        dated = list(_by_date(doc, ctx, acting, state_labels(doc, ctx)))
        ctx.cache["resolution_mentions"] = sorted(named + dated, key=lambda m: m.start_char)
    return ctx.cache["resolution_mentions"]


def _with_role(mention: Mention, text: str) -> Mention:
    """The mention with its role, read from the words before it: a body's founding resolution is
    named in passing, a measure's origin as such; any other acts in its sentence."""
    before = text[max(0, mention.start_char - 120) : mention.start_char]
    # "resolutions 1267, 1989 and 2253": the words before the list, not the numbers before this one
    before = re.sub(r"(?:\d{3,4}(?:\s*\(\d{4}\))?\s*(?:,|and|&)\s*)+$", "", before)
    for role, pattern in (("passing", PASSING), ("origin", ORIGIN)):
        if pattern.search(before):
            return replace(mention, role=role)
    return mention


def mentions_by_role(sent: Span, mentions: list[Mention], roles: tuple[str, ...]) -> list[Mention]:
    """The mentions of one sentence that have one of the roles, in text order."""
    return [m for m in mentions if sent.start_char <= m.start_char < sent.end_char and m.role in roles]


def in_sentence(sent: Span, mentions: list[Mention]) -> list[Node]:
    """The resolutions named inside one sentence, each once, in order."""
    seen: dict[str, Node] = {}
    for m in mentions:
        if sent.start_char <= m.start_char < sent.end_char:
            seen.setdefault(m.node.iri, m.node)
    return list(seen.values())


def focus(
    doc: Doc, ctx: Context, roles: tuple[str, ...] = ROLES
) -> dict[int, list[Node]]:
    """For each sentence (by its first token), the resolutions it speaks of.

    A sentence that names none speaks of those named within the last few sentences, as "The
    document imposes ..." does after "... approved a resolution"; the opening sentences of a
    text speak of the first resolution it names just after them ("The Council imposed
    sanctions today ... Adopting resolution 1929 ...").
    """
    mentions = [m for m in resolution_mentions(doc, ctx) if m.role in roles]
    sents = sentences(doc)
    named = [in_sentence(sent, mentions) for sent in sents]
    result: dict[int, list[Node]] = {}
    recent: list[Node] = []
    since = FOCUS_SENTENCES + 1
    for i, sent in enumerate(sents):
        if named[i]:
            recent, since = named[i], 0
        else:
            since += 1
        ahead = next((n for n in named[i + 1 : i + 1 + FOCUS_AHEAD] if n), []) if not recent else []
        carried = recent if since <= FOCUS_SENTENCES else ahead
        if not named[i] and OTHER_RESOLUTION.search(sent.text):
            carried = _the_other(carried, ctx)
        result[sent.start] = named[i] or carried
    return result


def resolution_in_focus(sent: Span, start: int, ctx: Context, roles: tuple[str, ...] = ROLES) -> list[Node]:
    """ "supported the resolution", "rejected the US-drafted, Council-adopted resolution", "the
    document": the resolution the text speaks of, when the words right after the cue name one
    (of the mentions in ``roles``: the bans family reads only the resolutions that act)."""
    if names_a_draft(sent):
        return []  # "the U.S. draft resolution ... the resolution": a draft, not an adopted text
    words = [t.norm_ for t in sent.doc[start : min(sent.end, start + RESOLUTION_WINDOW)]]
    head = next((i for i, w in enumerate(words) if w in RESOLUTION_HEADS), None)
    if head is None or "draft" in words[:head] or any(w in {";", "which", "that"} for w in words[:head]):
        return []
    return resolution_at(sent, ctx, roles)


def names_a_draft(sent: Span) -> bool:
    """Whether the sentence speaks of a draft, whose "the resolution" is no adopted text."""
    return any(t.norm_ == "draft" for t in sent)


def resolution_at(sent: Span, ctx: Context, roles: tuple[str, ...] = ROLES) -> list[Node]:
    """The resolution a sentence speaks of when it names none: the one in focus there ("voted in
    favour because ..."), else the article's only one, or the only one it has named so far."""
    near = focus_cached(sent.doc, ctx, roles).get(sent.start, [])
    mentions = [m for m in resolution_mentions(sent.doc, ctx) if m.role in roles]
    named = {m.node.iri: m.node for m in mentions}
    before = {m.node.iri: m.node for m in mentions if m.start_char < sent.start_char}
    # Far from any mention, "the resolution" of an article that names only one is that one, and
    # so is the only one named before it (a resolution named later is not yet the article's).
    sole = named if len(named) == 1 else before if len(before) == 1 else {}
    return list(near)[:1] or list(sole.values())


def focus_cached(doc: Doc, ctx: Context, roles: tuple[str, ...] = ROLES) -> dict[int, list[Node]]:
    """:func:`focus`, worked out once per document and roles (kept on the context)."""
    key = f"resolution_focus:{','.join(roles)}"
    if key not in ctx.cache:
        ctx.cache[key] = focus(doc, ctx, roles)
    return ctx.cache[key]


def _the_other(recent: list[Node], ctx: Context) -> list[Node]:
    """ "another resolution" after one was named: the one other resolution of its regime adopted the
    same day, or none (never the one just named)."""
    numbers = [n.iri.rsplit("/", 1)[1] for n in recent]  # an unresolved one has a slug, no number
    one = len(numbers) == 1 and numbers[0].isdigit()
    named = ctx.gazetteer.resolutions.get(int(numbers[0])) if one else None
    if named is None or named.adopted is None:
        return []
    regimes = regime_index().regimes_of(named.number)
    day = named.adopted
    others = [r for r in ctx.gazetteer.resolutions_on(day.month, day.day, day.year)
              if r.number != named.number and regime_index().regimes_of(r.number) & regimes]
    return [_node(others[0])] if len(others) == 1 else []


def infer_published(doc: Doc, ctx: Context) -> None:
    """Date an article that has no metadata: its dateline, in the year its content implies."""
    if ctx.published is not None:
        return
    line = dateline(text_of(doc))
    if line is None:
        return
    adopted = [m.adopted.year for m in resolution_mentions(doc, ctx) if m.adopted]
    year = line.year or max(adopted + years_in(text_of(doc)), default=None)
    if year is not None:
        ctx.published = line.resolve(year)
        ctx.published_inferred = True
        ctx.cache.pop("resolution_mentions", None)


def extract(doc: Doc, ctx: Context) -> Iterator[Claim]:
    """One ``references`` claim per resolution the article names, with its first sentence."""
    article = Node("article", "article", "article")
    seen: set[str] = set()
    for sent in sentences(doc):
        for node in in_sentence(sent, resolution_mentions(doc, ctx)):
            if node.iri not in seen:
                seen.add(node.iri)
                yield claim_for(
                    sent,
                    REFERENCES,
                    article,
                    "references",
                    node,
                    confidence=0.95 if not node.new else 0.5,
                    extractor=NAME,
                    version=VERSION,
                    ctx=ctx,
                )
