"""What a reading depends on (kg/fingerprints.py): the whole package, and each family's own sources.

Edits are made to a temporary copy of the package, never to kg/ itself.
"""

import shutil
from pathlib import Path

import pytest

from kg import fingerprints, reading
from kg.extract import VERSIONS, bans, events, listings, positions, resolutions

FAMILIES = {m.NAME: m for m in (resolutions, bans, positions, events, listings)}


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the package, to edit."""
    copy = tmp_path / "kg"
    shutil.copytree(fingerprints.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")


@pytest.mark.parametrize("edited", ["rdf.py", "namespaces.py", "extract/readings.py", "rules/stance.yaml",
                                    "cli/common.py"])
def test_editing_any_module_or_rule_file_changes_the_package_hash(package: Path, edited: str) -> None:
    before = fingerprints.package_hash(package)
    _edit(package / edited)
    assert fingerprints.package_hash(package) != before


def test_a_new_module_changes_the_package_hash_and_the_view_assets_do_not(package: Path) -> None:
    before = fingerprints.package_hash(package)
    _edit(package / "static" / "view.css")
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    assert fingerprints.package_hash(package) == before
    (package / "extract" / "new_family.py").write_text("NAME = 'new'\n", encoding="utf-8")
    assert fingerprints.package_hash(package) != before


def test_the_extraction_fingerprint_is_the_installed_package_s(package: Path, monkeypatch) -> None:
    before = reading.extraction_fingerprint()
    monkeypatch.setattr(fingerprints, "PACKAGE", package)
    reading._extraction_fingerprint.cache_clear()
    try:
        assert reading.extraction_fingerprint() == before  # the same files, elsewhere
        _edit(package / "rdf.py")  # make_id's caller and the statement shape: once forgotten
        reading._extraction_fingerprint.cache_clear()
        assert reading.extraction_fingerprint() != before
    finally:
        reading._extraction_fingerprint.cache_clear()


@pytest.mark.parametrize(("family", "rules"), [
    ("resolutions", ["bans.yaml", "grammar.yaml", "stance.yaml"]),  # council_acts, through kg.nlp
    ("bans", ["bans.yaml", "grammar.yaml", "stance.yaml"]),
    ("positions", ["bans.yaml", "grammar.yaml", "stance.yaml"]),  # it imports resolutions
    ("events", ["bans.yaml", "events.yaml", "grammar.yaml", "stance.yaml"]),
    ("listings", ["grammar.yaml", "stance.yaml"]),
])
def test_a_family_reads_these_rule_files(family: str, rules: list[str]) -> None:
    _, read = fingerprints.family_sources(FAMILIES[family].__name__)
    assert [p.name for p in read] == rules
    assert all(p.is_file() for p in read)


def test_every_rule_file_is_read_by_some_family() -> None:
    read = {p for m in FAMILIES.values() for p in fingerprints.family_sources(m.__name__)[1]}
    assert read == set((fingerprints.PACKAGE / "rules").glob("*.yaml"))


def test_the_registry_s_versions_are_the_families_hashes() -> None:
    for name, module in FAMILIES.items():
        assert VERSIONS[name] == module.VERSION == fingerprints.family_version(module.__name__)
        assert len(module.VERSION) == fingerprints.VERSION_DIGITS


@pytest.mark.parametrize(("edited", "changed"), [
    ("extract/readings.py", {"positions"}),  # a helper only the positions reader imports
    ("extract/positions.py", {"positions"}),
    ("rules/bans.yaml", {"resolutions", "bans", "positions", "events"}),  # council_acts
    ("rules/events.yaml", {"events"}),
    ("extract/resolutions.py", {"resolutions", "bans", "positions", "events"}),  # they import it
])
def test_a_family_s_version_changes_with_what_it_runs_and_only_then(package: Path, edited: str,
                                                                     changed: set[str]) -> None:
    def versions() -> dict[str, str]:
        return {name: fingerprints.family_version(m.__name__, package) for name, m in FAMILIES.items()}

    before = versions()
    _edit(package / edited)
    after = versions()
    assert {name for name in FAMILIES if after[name] != before[name]} == changed
