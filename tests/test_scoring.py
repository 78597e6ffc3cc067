"""The scoring rule of EVAL.md, on hand-made gold and predictions."""

from __future__ import annotations

from kg.scoring import match_length, score

GOLD = [
    {
        "article": "a.txt",
        "published": None,
        "triples": [
            {"kind": "bans", "subject": ["2270"], "object": ["iron ore"]},
            {"kind": "bans", "subject": ["2270"], "object": ["iron"]},
            {
                "kind": "position",
                "subject": ["Sergey Lavrov", "Russia"],
                "stance": "opposes",
                "object": ["THAAD"],
            },
        ],
    }
]


def pred(kind: str, subject: str, obj: str, stance: str | None = None, **iris: str) -> dict:
    return {
        "article": "a.txt",
        "kind": kind,
        "subject": subject,
        "object": obj,
        "stance": stance,
        "subject_iri": iris.get("s", ""),
        "object_iri": iris.get("o", ""),
    }


def test_whole_words_in_label_or_iri_local_name():
    assert match_length(["iron"], "iron ore", "") == 4
    assert match_length(["iron"], "ironing", "") == 0
    assert match_length(["2270"], "a resolution", "https://x/id/resolution/2270") == 4
    assert match_length(["missile defence"], "x", "https://x/id/topic/missile-defence") == 15


def test_most_specific_match_and_dedup():
    report = score(
        GOLD,
        [
            pred("bans", "UNSC Resolution 2270", "iron ore"),
            pred("bans", "UNSC Resolution 2270", "iron ore"),  # a duplicate, counted once
            pred("position", "Russia", "THAAD deployment", "opposes"),
            pred("position", "Russia", "THAAD deployment", "supports"),  # wrong stance
        ],
    )
    bans, positions, overall = report.scores["bans"], report.scores["position"], report.scores["overall"]
    assert (bans.predicted, bans.correct, bans.found, bans.gold) == (1, 1, 1, 2)  # "iron" not covered
    assert (positions.predicted, positions.correct, positions.found) == (2, 1, 1)
    assert round(overall.precision, 3) == round(2 / 3, 3) and round(overall.recall, 3) == round(2 / 3, 3)
    assert [m["object"] for m in report.missed] == [["iron"]]


def test_optional_triples_are_neither_required_nor_wrong():
    from kg.scoring import score

    gold = [{"article": "a.txt", "triples": [
        {"kind": "bans", "subject": ["2270"], "object": ["coal"]},
        {"kind": "bans", "subject": ["2270"], "object": ["gold"], "optional": True},
    ]}]
    predictions = [
        {"article": "a.txt", "kind": "bans", "subject": "UNSC Resolution 2270", "object": "coal"},
        {"article": "a.txt", "kind": "bans", "subject": "UNSC Resolution 2270", "object": "gold"},
        {"article": "a.txt", "kind": "bans", "subject": "UNSC Resolution 2270", "object": "iron"},
    ]
    bans = score(gold, predictions).scores["bans"]
    assert (bans.predicted, bans.correct, bans.gold, bans.found) == (2, 1, 1, 1)
