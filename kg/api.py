"""kg as a library: what each command does, as one function a notebook or a script can call.

``kg extract`` is :func:`read`, ``kg eval`` is :func:`evaluate`; the command line only parses
its arguments and renders what these return. Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from kg.articles import MAX_CHARS, ArticleError
from kg.claims import record
from kg.dates import parse_date
from kg.scoring import Report, read_gold, score
from kg.extract import listings
from kg.extract.listindex import ListIndex
from kg.reading import Reading, read_paths

__all__ = ["evaluate", "read"]


def read(paths: Iterable[Path | str], *, published: date | None = None, model: str | None = None,
         un_list: ListIndex | None = None, max_chars: int = MAX_CHARS) -> Iterator[Reading | ArticleError]:
    """The statements of every article under ``paths``, without storing them: one
    :class:`kg.reading.Reading` per article (its claims, or the line that says why an extractor
    failed on it), or the ArticleError of an input that is no article; one at a time, as read.

    Args:
        paths: article files (.txt, .md, .html, .jsonl) or folders of them.
        published: the date of articles that give none.
        model: the spaCy pipeline (default: ``KG_MODEL``, else en_core_web_sm).
        un_list: the UN list whose names the ``listings`` family links (default: the file
            ``KG_UN_LIST`` names, if any).
        max_chars: the longest article read.
    """
    un_list = un_list if un_list is not None else listings.index_for()
    return read_paths([Path(p) for p in paths], published=published, model=model, un_list=un_list,
                      max_chars=max_chars)


def evaluate(gold: Path | str | list[dict[str, Any]], articles: Path | str, *, model: str | None = None,
             un_list: ListIndex | None = None) -> Report:
    """Precision, recall and F1 per kind of what kg reads from the gold's articles, by the rule of
    EVAL.md.

    Args:
        gold: a gold file (one JSON object per article) or its records (:func:`kg.scoring.read_gold`).
        articles: the folder holding the articles the gold names.
        model, un_list: as for :func:`read`.

    Raises:
        ArticleError: an article of the gold cannot be read, or an extractor fails on it.
        OSError, ValueError: the gold file cannot be read.
    """
    records = gold if isinstance(gold, list) else read_gold(Path(gold))
    un_list = un_list if un_list is not None else listings.index_for()
    predictions: list[dict[str, Any]] = []
    for entry in records:
        published = parse_date(entry["published"]) if entry.get("published") else None
        path = Path(articles) / entry["article"]
        for item in read_paths([path], published=published, model=model, un_list=un_list):
            if isinstance(item, ArticleError):
                raise item
            if item.error is not None:
                raise ArticleError(item.article.where, item.error)
            predictions += [record(entry["article"], claim) for claim in item.claims]
    return score(records, predictions)
