"""The exceptions kg raises, in one tree: ``except KgError`` catches every error kg means to report.

Each is also importable from the module that raises it (``kg.store.StoreError``,
``kg.articles.ArticleError``, ...). Those that were a ``ValueError`` or a ``RuntimeError``
before this tree existed still are, so a caller that catches the built-in keeps working.
Every message is one line, meant for people; the CLI prints it and picks the exit code.
"""

from __future__ import annotations


class KgError(Exception):
    """Anything kg reports rather than crashes on; ``str()`` is one line."""


class ArticleError(KgError):
    """An input that cannot be read as an article; ``str()`` is one line naming it."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(KgError):
    """A store that cannot be opened or used; the message is one line, meant for people."""


class UnListError(KgError):
    """A list file that cannot be imported; the message is one line naming the file."""


class SavedQueryError(KgError, ValueError):
    """A saved question that does not exist, a bad header, or parameters that do not fit it."""


class WorkerError(KgError, RuntimeError):
    """A worker process that died (killed, out of memory); the message is one line."""


class ModelError(KgError):
    """No trained pipeline with a parser can be loaded."""


class OfficesError(KgError, ValueError):
    """The offices file contradicts itself: a tenure of no post, a post of two kinds."""


class OutputError(KgError):
    """An output file that cannot be written; ``str()`` is one line naming it. ``done`` is what the
    run did before (``kg.api.build``'s result: the store is written)."""

    def __init__(self, message: str, done: object = None) -> None:
        super().__init__(message)
        self.done = done


class ViewError(KgError, ValueError):
    """A view that cannot be drawn as asked: an unknown kind or filter, a focus that names no node."""
