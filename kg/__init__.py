"""kg: a knowledge graph of sanctions and UN Security Council resolutions, read from the news.

The library's front door is :mod:`kg.api`: ``kg.build(paths, store)`` reads, extracts and stores
articles (and writes the view with ``out=``), ``kg.read(paths)`` gives their statements without
storing them, ``kg.evaluate(gold, folder)`` scores them against gold triples. They are loaded on
first use, so that ``import kg`` stays fast (kg.api loads spaCy and its pipeline's code).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["build", "evaluate", "read"]


def __getattr__(name: str) -> Any:
    """``kg.build``, ``kg.read``, ``kg.evaluate``: :mod:`kg.api`'s, imported on first use."""
    if name in __all__:
        from kg import api  # lazy: on first use only, so that import kg does not load spaCy

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
