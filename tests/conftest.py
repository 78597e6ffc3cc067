"""Fixtures several test modules share: a frozen copy of the ontology and stores with the
reference data already in (loading it takes seconds)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import pipeline
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def frozen_ontology(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of ontology/ for the module (and its subprocesses, through KG_ONTOLOGY), so that an
    edit of the Turtle files while the tests run does not make a later build reload the
    reference graphs and change the counts compared."""
    copy = tmp_path_factory.mktemp("ontology") / "ontology"
    shutil.copytree(ROOT / "ontology", copy)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KG_ONTOLOGY", str(copy))
        yield copy


@pytest.fixture(scope="module")
def reference_only(tmp_path_factory: pytest.TempPathFactory, frozen_ontology: Path) -> Path:
    """An on-disk store holding the ontology and the reference data only."""
    where = tmp_path_factory.mktemp("reference") / "store"
    store = open_store(f"oxigraph:{where}")
    try:
        assert pipeline.load_reference(store) is True
    finally:
        store.close()
    return where


@pytest.fixture
def spec(reference_only: Path, tmp_path: Path) -> str:
    """A store of this test's own, the reference data already in."""
    shutil.copytree(reference_only, tmp_path / "store")
    return f"oxigraph:{tmp_path / 'store'}"
