"""Scoring extraction against gold triples, by the rule of ``EVAL.md``.

Names are compared case-blind with whitespace folded, as whole words: a gold
name matches when it occurs in the predicted label or in the local name of the
predicted IRI (``_`` and ``-`` read as spaces). A prediction is correct when some
gold triple of its article and kind matches its subject, object and stance; it
counts toward the gold triples it matches most specifically (longest aliases).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.kinds import BANS, POSITION

SCORED_KINDS = (BANS, POSITION)  # the kinds the gold files annotate (EVAL.md)


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


@lru_cache(maxsize=20_000)
def _word_pattern(name: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)")


def local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/"))[-1].replace("_", " ").replace("-", " ")


def match_length(names: list[str], label: str, iri: str) -> int:
    """The length of the longest gold name found in the label or IRI; 0 when none is."""
    texts = (fold(label), fold(local_name(iri)))
    return max((len(fold(n)) for n in names if any(_word_pattern(n).search(t) for t in texts)), default=0)


@dataclass
class Score:
    """Counts for one kind (or all kinds) and the rates derived from them."""

    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    wrong: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)


def _specificity(pred: dict, triple: dict) -> tuple[int, int]:
    if triple.get("kind") == POSITION and triple.get("stance") != pred.get("stance"):
        return (0, 0)
    subject = match_length(triple["subject"], pred["subject"], pred.get("subject_iri", ""))
    obj = match_length(triple["object"], pred["object"], pred.get("object_iri", ""))
    return (obj, subject) if subject and obj else (0, 0)


def dedupe(predictions: Iterable[dict]) -> list[dict]:
    """Predictions once per (article, kind, subject, stance, object) as printed."""
    seen: dict[tuple, dict] = {}
    for p in predictions:
        key = (p["article"], p["kind"], p["subject"], p.get("stance"), p["object"])
        seen.setdefault(key, p)
    return list(seen.values())


def score(gold: list[dict], predictions: Iterable[dict]) -> Report:
    """Precision, recall and F1 per scored kind and overall, with the wrong and missed."""
    report = Report({kind: Score() for kind in (*SCORED_KINDS, "overall")})
    by_article = {g["article"]: g for g in gold}
    matched: set[tuple[str, int]] = set()
    for pred in dedupe(p for p in predictions if p["kind"] in SCORED_KINDS and p["article"] in by_article):
        triples = [
            (i, t) for i, t in enumerate(by_article[pred["article"]]["triples"]) if t["kind"] == pred["kind"]
        ]
        scored = [(_specificity(pred, t), i) for i, t in triples if not t.get("optional")]
        best = max((s for s, _ in scored), default=(0, 0))
        if best == (0, 0) and any(_specificity(pred, t) > (0, 0) for _, t in triples if t.get("optional")):
            continue  # implied by the text, not stated: neither right nor wrong (EVAL.md)
        for kind in (pred["kind"], "overall"):
            report.scores[kind].predicted += 1
            report.scores[kind].correct += best > (0, 0)
        if best > (0, 0):
            matched.update((pred["article"], i) for s, i in scored if s == best)
        else:
            report.wrong.append(pred)
    for article, record in by_article.items():
        for i, triple in enumerate(record["triples"]):
            if triple["kind"] not in SCORED_KINDS or triple.get("optional"):
                continue  # optional triples are left out of recall
            hit = (article, i) in matched
            for kind in (triple["kind"], "overall"):
                report.scores[kind].gold += 1
                report.scores[kind].found += hit
            if not hit:
                report.missed.append({"article": article, **triple})
    return report


def read_gold(path: Path) -> list[dict]:
    """The gold file: one JSON object per article per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
