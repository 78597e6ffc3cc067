"""Events with their own dates: nuclear tests, missile and satellite launches, adoptions.

A sentence with a trigger and an object word of one event type
(``kg/rules/events.yaml``) and a calendar date yields an event: who did it
(the first actor named before the trigger), when (the date in the sentence, in
the article's year when the text gives none), and for launches how many, of
what type and how far.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.claims import Claim, Node
from kg.dates import find_dates
from kg.extract.base import Context, claim_for, sentence_text, sentences, text_of
from kg.extract.resolutions import in_sentence, resolution_mentions
from kg.extract.speakers import actor_node, actors_in
from kg.fingerprints import family_version
from kg.kinds import EVENT
from kg.namespaces import KGR, make_id
from kg.nlp import load_rules

NEAR_TRIGGER = 60  # characters between an event's verb and its date
NAME = "events"
VERSION = family_version(__name__)  # a hash of this module, what it imports, its rules
RANGE = re.compile(
    r"(?:range of|flew|flying|travell?ed)\s+(?:up to\s+|about\s+|around\s+|over\s+|some\s+)?"
    r"(?P<low>\d[\d,]*)(?:\s*-\s*(?P<high>\d[\d,]*))?\s*(?:km|kilomet)",
    re.I,
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[str, re.Pattern, re.Pattern]]:
    def alternation(words: list[str]) -> re.Pattern:
        return re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I
        )

    return {
        kind: (spec["label"], alternation(spec["triggers"]), alternation(spec["objects"]))
        for kind, spec in load_rules("events")["types"].items()
    }


def _details(text: str) -> dict[str, object]:
    """Count, missile type and range of a launch, as far as the sentence says."""
    rules = load_rules("events")
    lower = text.lower()
    details: dict[str, object] = {}
    kinds = [t for t in rules["missile_types"] if t in lower or t + "s" in lower]
    if kinds:
        details["missile_type"] = max(kinds, key=len)
    words = "|".join(rules["numbers"])
    count = re.search(
        r"\b(" + words + r"|\d+)\s+(?:[\w-]+\s+){0,3}(?:missiles?|projectiles?|rockets?)\b", lower
    )
    if count:
        value = rules["numbers"].get(count.group(1), count.group(1))
        if value is not None and str(value).isdigit():
            details["count"] = int(value)
    reach = RANGE.search(text)
    if reach:
        details["range_km"] = int((reach.group("high") or reach.group("low")).replace(",", ""))
    return details


def _agent(sent: Span, trigger_end: int, ctx: Context) -> Node | None:
    """Who did it: "conducted by the DPRK" names the agent after the trigger, else the last actor before."""
    actors = actors_in(sent.doc, sent.start, sent.end)
    after = [a for a in actors if a.start_char >= trigger_end]
    passive = after and text_of(sent.doc)[trigger_end : after[0].start_char].strip().lower() in {
        "by",
        "by the",
    }
    before = [a for a in actors if a.end_char <= trigger_end]
    chosen = after[0] if passive else (before[-1] if before else None)
    node = actor_node(chosen, ctx.gazetteer) if chosen is not None else None
    if node is None:
        return None
    state = ctx.gazetteer.state_of(node.iri)
    return Node.of(state) if state and node.cls == "person" else node


def _event(sent: Span, kind: str, label: str, ctx: Context, mentions) -> Claim | None:
    text = sent.text
    _, trigger, _ = _patterns()[kind]
    at = trigger.search(text).start()
    # The event's own date stands next to its verb: not "... in response to the test on Sept. 9".
    dates = [
        d for d in find_dates(text, sent.start_char) if abs(d.start - sent.start_char - at) <= NEAR_TRIGGER
    ]
    year = ctx.published.year if ctx.published else None
    when = dates[0].resolve(year) if dates else None
    if when and dates[0].year is None and ctx.published and when > ctx.published:
        when = dates[0].resolve(year - 1)  # "on December 23" in an article of January 5
    if when is None:
        return None
    agent = _agent(sent, sent.start_char + trigger.search(text).end(), ctx)
    if agent is None:
        return None
    details = _details(text) if kind.endswith("launch") else {}
    resolutions = in_sentence(sent, mentions) if kind == "resolution-adoption" else []
    if resolutions:
        details["resolution"] = resolutions[0].iri
    event_id = make_id(kind, agent.iri, when.isoformat(), details.get("missile_type", ""))
    event = Node(str(KGR[f"event/{event_id}"]), f"{label} on {when.isoformat()}", "event", new=True)
    return claim_for(
        sent,
        EVENT,
        agent,
        "conducted",
        event,
        confidence=0.75,
        extractor=NAME,
        version=VERSION,
        ctx=ctx,
        date=when,
        date_inferred=dates[0].year is None,
        event_type=str(KGR[f"event-type/{kind}"]),
        **details,
    )


def extract(doc: Doc, ctx: Context) -> Iterator[Claim]:
    """One ``event`` claim per dated event a sentence reports."""
    mentions = resolution_mentions(doc, ctx)
    for sent in sentences(doc):
        text = sentence_text(sent)
        for kind, (label, trigger, obj) in _patterns().items():
            if trigger.search(text) and obj.search(text):
                claim = _event(sent, kind, label, ctx, mentions)
                if claim:
                    yield claim
                    break
