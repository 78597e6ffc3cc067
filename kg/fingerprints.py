"""What a reading depends on, as hashes: the whole package's, and each extractor family's own.

Two questions, two hashes, neither a list kept by hand:

* :func:`package_hash` — has anything kg reads articles with changed? Every file of the
  package (each module under ``kg/``, each rule file of ``kg/rules/``, the data installed
  with it) is hashed with its path, so a file added or edited is never forgotten. Only
  ``kg/static/`` is left out: the HTML view's scripts and styles, which no reader opens.
  ``kg.reading.extraction_fingerprint`` adds the vocabularies and the model to it.
* :func:`family_version` — has *this* extractor changed? The hash of the family's module,
  of every ``kg`` module it imports (found in the sources, followed through the modules
  they import in turn, without importing any), and of every rule table those sources read
  (``load_rules("events")``, ``word_set("bans", ...)``, ``find_cues(sent, "stance", ...)``,
  ``stance_words(...)``). ``prov:wasGeneratedBy kgr:extractor/positions/<version>`` then
  changes when anything the positions reader runs does, and only then.
"""

from __future__ import annotations

import ast
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
NOT_READ = frozenset({"static"})  # folders of the package that no reader of articles opens
VERSION_DIGITS = 12
RULE_USE = re.compile(
    r"""(?:load_rules|word_set)\(\s*["'](\w+)["']"""  # load_rules("events"), word_set("bans", ...)
    r"""|find_cues\([^()]*?,\s*["'](\w+)["']"""  # find_cues(sent, "stance", FAMILIES)
    r"""|\b(stance)_words\("""  # stance_words(key): a list of stance.yaml
)


def package_files(package: Path = PACKAGE) -> list[Path]:
    """Every file of the package a reading can depend on, sorted by its path in the package."""
    return sorted(
        path for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
        and path.relative_to(package).parts[0] not in NOT_READ
    )


def tree_hash(files: Iterable[Path], root: Path, seed: str = "") -> str:
    """``sha256:`` of the files' paths (relative to ``root`` when under it) and contents."""
    digest = hashlib.sha256(seed.encode())
    for file in files:
        name = file.relative_to(root) if file.is_relative_to(root) else Path(file.name)
        digest.update(b"\x00" + name.as_posix().encode() + b"\x00")
        digest.update(file.read_bytes())
    return "sha256:" + digest.hexdigest()


def package_hash(package: Path = PACKAGE, seed: str = "") -> str:
    """The hash of :func:`package_files`: changes when any module or data file of kg does."""
    return tree_hash(package_files(package), package, seed)


def _module_file(name: str, package: Path) -> Path | None:
    """The source of ``kg.a.b`` in ``package``: ``a/b.py`` or ``a/b/__init__.py``; None elsewhere."""
    parts = name.split(".")
    if parts[0] != package.name:
        return None
    base = package.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported(source: Path, package: Path) -> set[Path]:
    """The package's modules ``source`` imports (``from kg.extract import grammar`` is the
    module ``kg.extract.grammar``; a name that is no module is its package's ``__init__``)."""
    found: set[Path] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            names = [n if _module_file(n, package) else node.module for n in names]
        else:
            continue
        found.update(f for f in (_module_file(n, package) for n in names) if f is not None)
    return found - {package / "fingerprints.py"}  # the version's own machinery: it reads no article


def family_sources(module: str, package: Path = PACKAGE) -> tuple[list[Path], list[Path]]:
    """The modules a family runs (itself and what it imports, transitively) and the rule files
    they read, each list sorted."""
    start = _module_file(module, package)
    if start is None:
        raise ValueError(f"{module}: no such module in {package}")
    modules, todo = {start}, [start]
    while todo:
        for found in _imported(todo.pop(), package) - modules:
            modules.add(found)
            todo.append(found)
    tables = {name for path in modules for match in RULE_USE.finditer(path.read_text(encoding="utf-8"))
              for name in match.groups() if name}
    rules = [package / "rules" / f"{table}.yaml" for table in sorted(tables)]
    return sorted(modules), rules


def family_version(module: str, package: Path = PACKAGE) -> str:
    """An extractor family's version: the first 12 hex digits of the sha256 of its module, the
    package modules it imports and the rule files they read (:func:`family_sources`)."""
    modules, rules = family_sources(module, package)
    return tree_hash([*modules, *rules], package).removeprefix("sha256:")[:VERSION_DIGITS]
