"""Write a SYNTHETIC corpus of wire-style articles, one JSON object per line, for benchmarks.

    python scripts/make_corpus.py N OUT.jsonl [--seed 7]

Every article is made up: sentence templates typical of wire stories (a dateline,
reported speech, stance verbs, lists of banned goods, launches with dates, filler),
filled with the labels of the ontology's vocabularies (actors, topics, commodities,
measures, resolutions, read with ``kg.gazetteer.load_gazetteer``). Each record says so in
its ``source`` ("synthetic ..."). The same N and seed give the same file, byte for byte.
Records have ``id``, ``title``, ``published``, ``source`` and ``text``, as ``kg ingest``
reads them. It is for measuring speed and memory, never for measuring accuracy.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kg.gazetteer import Gazetteer, load_gazetteer

SOURCE = "synthetic (scripts/make_corpus.py, seed {seed}): not a real article"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AGENCIES = ["TASS", "Xinhua", "Yonhap", "AFP", "Reuters", "AP", "Kyodo", "RIA Novosti"]
PLACES = ["MOSCOW", "WASHINGTON", "BEIJING", "UNITED NATIONS", "SEOUL", "TOKYO", "GENEVA", "NEW YORK",
          "VIENNA", "PYONGYANG", "BRUSSELS", "LONDON", "PARIS"]
MISSILES = ["ballistic missiles", "short-range ballistic missiles", "medium-range ballistic missiles",
            "intercontinental ballistic missiles", "cruise missiles", "projectiles", "rockets"]
NUMBERS = ["two", "three", "four", "several", "a pair of"]
SUPPORT = ["supports", "welcomed", "backs", "endorsed", "called for", "is in favour of", "praised"]
OPPOSE = ["opposes", "condemned", "rejected", "slammed", "is strongly opposed to", "denounced",
          "criticised", "voted against"]
FIRST_PERSON = ["support", "welcome", "back", "are in favour of", "oppose", "condemn", "reject",
                "are strongly against"]
BAN_VERBS = ["bans", "prohibits", "banned", "prohibited the supply of", "imposed a ban on",
             "outlawed the sale of"]
CAP_VERBS = ["caps", "capped", "limits", "put a cap on"]
FILLER = [
    "The talks are expected to resume next week, diplomats said.",
    "Officials declined to give further details.",
    "The statement came after a closed-door meeting that lasted more than three hours.",
    "Analysts say the move is unlikely to change the situation on the ground.",
    "The ministry did not say when the consultations would take place.",
    "Several delegations asked for more time to study the draft.",
    "Earlier this month, envoys met in the capital to discuss the crisis.",
    "Observers noted that the tone of the remarks was sharper than before.",
    "The spokesperson added that contacts at the expert level would continue.",
    "No vote has been scheduled so far.",
    "The announcement was broadcast by state television in the evening.",
    "Markets reacted calmly to the news.",
]


@dataclass
class Vocabulary:
    """The labels a generator picks from, by kind."""

    states: list[list[str]]
    persons: list[tuple[list[str], str | None]]  # labels, the label of the state represented
    bodies: list[list[str]]
    topics: list[list[str]]
    commodities: list[list[str]]
    measures: list[list[str]]
    resolutions: list[tuple[int, date | None]]

    @classmethod
    def of(cls, gaz: Gazetteer) -> Vocabulary:
        by_cls: dict[str, list] = {}
        for info in sorted(gaz.nodes.values(), key=lambda n: n.iri):
            by_cls.setdefault(info.cls, []).append(info)
        states = {n.iri: n.label for n in by_cls.get("state", [])}
        return cls(
            states=[list(n.labels) for n in by_cls.get("state", [])],
            persons=[(list(n.labels), states.get(n.represents or "")) for n in by_cls.get("person", [])],
            bodies=[list(n.labels) for n in by_cls.get("organization", [])],
            topics=[list(n.labels) for n in by_cls.get("topic", [])],
            commodities=[list(n.labels) for n in by_cls.get("commodity", [])],
            measures=[list(n.labels) for n in by_cls.get("measure", [])],
            resolutions=sorted((r.number, r.adopted) for r in gaz.resolutions.values()),
        )


class Writer:
    """Makes one article at a time from a seeded random generator."""

    def __init__(self, vocabulary: Vocabulary, rng: random.Random) -> None:
        self.v, self.rng = vocabulary, rng

    def pick(self, choices: list):
        return self.rng.choice(choices)

    def name(self, labels: list[str], canonical: float = 0.7) -> str:
        """Mostly the preferred label, sometimes an alternative, as the press varies them."""
        return labels[0] if self.rng.random() < canonical or len(labels) == 1 else self.pick(labels[1:])

    def actor(self) -> str:
        roll = self.rng.random()
        if roll < 0.45:
            return self.name(self.pick(self.v.states))
        if roll < 0.8:
            return self.name(self.pick(self.v.persons)[0])
        return self.name(self.pick(self.v.bodies))

    def topic(self) -> str:
        return self.name(self.pick(self.v.topics))

    def goods(self, n: int) -> str:
        names = [self.name(labels, 0.8) for labels in self.rng.sample(self.v.commodities, n)]
        return names[0] if n == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def resolution(self, near: date) -> tuple[int, date | None]:
        """A resolution adopted before the article's date when the table allows, else any."""
        earlier = [r for r in self.v.resolutions if r[1] and near - timedelta(days=3 * 365) <= r[1] < near]
        return self.pick(earlier or self.v.resolutions)

    @staticmethod
    def day(when: date) -> str:
        return f"{MONTHS[when.month - 1]} {when.day}"

    # --- sentences -----------------------------------------------------------------------------

    def reported_speech(self, when: date) -> str:
        labels, state = self.pick(self.v.persons)
        person = self.name(labels)
        quote = self.pick([
            f"We {self.pick(FIRST_PERSON)} {self.topic()} and we will say so in the Security Council",
            f"The {self.topic()} cannot be the answer to the problems of the region",
            f"Our position on {self.topic()} remains unchanged",
        ])
        said = self.pick(["said", "told reporters", "stressed", "noted", "added"])
        office = self.pick(["top diplomat", "envoy", "minister", "official"])
        who = f"{state}'s {office} {person}" if state else person
        on = self.pick([f" on {WEEKDAYS[when.weekday()]}", "", f" on {self.day(when)}"])
        return f'"{quote}," {who} {said}{on}.'

    def stance(self, when: date) -> str:
        actor, topic = self.actor(), self.topic()
        return self.pick([
            f"{actor} {self.pick(OPPOSE)} the {topic}.",
            f"{actor} {self.pick(SUPPORT)} {topic}, according to the statement.",
            f"According to {actor}, the {topic} is unacceptable.",
            f"{actor} {self.pick(OPPOSE)} what it called the {topic} and urged restraint.",
            f"In a statement, {actor} said it {self.pick(SUPPORT)} {topic}.",
        ])

    def bans(self, when: date) -> str:
        number, adopted = self.resolution(when)
        goods = self.goods(self.rng.randint(1, 5))
        target = self.name(self.pick(self.v.states))
        adopted_on = f", adopted on {self.day(adopted)}," if adopted and self.rng.random() < 0.5 else ""
        return self.pick([
            f"Resolution {number}{adopted_on} {self.pick(BAN_VERBS)} exports of {goods} from {target}.",
            f"The UN Security Council resolution {number} {self.pick(BAN_VERBS)} {goods}.",
            f"Under resolution {number}, deliveries of {goods} to {target} were also prohibited.",
            f"The document {self.pick(CAP_VERBS)} imports of {self.goods(1)} and {self.pick(BAN_VERBS)} "
            f"{goods}, diplomats said.",
            f"The sanctions of resolution {number} include a {self.name(self.pick(self.v.measures))} "
            f"and a ban on {goods}.",
        ])

    def event(self, when: date) -> str:
        state = self.name(self.pick(self.v.states))
        earlier = when - timedelta(days=self.rng.randint(1, 40))
        return self.pick([
            f"On {self.day(earlier)}, {state} launched {self.pick(NUMBERS)} {self.pick(MISSILES)} "
            f"that flew about {self.rng.randrange(200, 4000, 50)} kilometres.",
            f"{state} conducted a nuclear test on {self.day(earlier)}, {earlier.year}.",
            f"{state} put a satellite into orbit on {self.day(earlier)}, drawing condemnation.",
            f"The Security Council adopted the resolution on {self.day(earlier)} by a vote of 15 to 0.",
        ])

    # --- articles ------------------------------------------------------------------------------

    def article(self, index: int, seed: int) -> dict:
        when = date(2006, 1, 1) + timedelta(days=self.rng.randrange(17 * 365))
        subject = self.actor()
        title = self.pick([
            f"{subject} on {self.topic()}: talks must go on",
            f"New sanctions against {self.name(self.pick(self.v.states))} take effect",
            f"{subject} says {self.topic()} is a threat to the region",
            f"Security Council to discuss {self.topic()}",
        ])
        dateline = f"{self.pick(PLACES)}, {self.day(when)}. /{self.pick(AGENCIES)}/."
        makers = [self.reported_speech, self.stance, self.bans, self.event]
        paragraphs = []
        for number in range(self.rng.randint(5, 9)):
            sentences = [self.pick(makers)(when) for _ in range(self.rng.randint(1, 3))]
            sentences += [self.pick(FILLER) for _ in range(self.rng.randint(1, 3))]
            self.rng.shuffle(sentences)
            if number == 0:
                sentences.insert(0, dateline)
            paragraphs.append(" ".join(sentences))
        return {
            "id": f"synthetic-{seed}-{index:06d}",
            "title": title,
            "published": when.isoformat(),
            "source": SOURCE.format(seed=seed),
            "text": title + "\n\n" + "\n\n".join(paragraphs) + "\n",
        }


def articles(n: int, seed: int = 7, gazetteer: Gazetteer | None = None) -> Iterator[dict]:
    """``n`` synthetic articles, the same for the same ``seed`` and vocabularies."""
    writer = Writer(Vocabulary.of(gazetteer or load_gazetteer()), random.Random(seed))
    for index in range(n):
        yield writer.article(index, seed)


def write(n: int, out: Path, seed: int = 7) -> int:
    """Write ``n`` articles to ``out``; the number of words written."""
    words = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in articles(n, seed):
            words += len(record["text"].split())
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("out", type=Path, help="the JSONL file to write")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    words = write(args.n, args.out, args.seed)
    print(f"wrote {args.n} synthetic articles ({words} words) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
