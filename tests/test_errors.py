"""One exception tree (kg/errors.py), each error still importable from the module that raises it."""

import ast
import importlib
from pathlib import Path

import pytest

from kg import errors

RAISED_BY = [
    ("kg.articles", "ArticleError"),
    ("kg.store", "StoreError"),
    ("kg.unlist", "UnListError"),
    ("kg.saved", "SavedQueryError"),
    ("kg.parallel", "WorkerError"),
    ("kg.nlp", "ModelError"),
    ("kg.offices", "OfficesError"),
]


@pytest.mark.parametrize(("module", "name"), RAISED_BY)
def test_error_is_a_kg_error_importable_where_raised(module: str, name: str) -> None:
    error = getattr(importlib.import_module(module), name)
    assert error is getattr(errors, name)
    assert issubclass(error, errors.KgError)


@pytest.mark.parametrize(("name", "builtin"), [
    ("SavedQueryError", ValueError), ("OfficesError", ValueError), ("WorkerError", RuntimeError),
])
def test_error_is_still_the_builtin_it_was(name: str, builtin: type[Exception]) -> None:
    assert issubclass(getattr(errors, name), builtin)


def test_no_exception_class_outside_errors_py() -> None:
    package = Path(errors.__file__).parent
    elsewhere = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id.endswith(("Error", "Exception")) for base in node.bases
            ):
                elsewhere.append(f"{path.relative_to(package)}: {node.name}")
    assert elsewhere == []
