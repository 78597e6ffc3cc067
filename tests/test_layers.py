"""The package reads top-down: every module's kg imports, parsed (never run), go one way only.

The layers, top to bottom, as the README's architecture section draws them: a module imports
modules of its own layer or of the layers beneath it, never of one above, and no chain of
imports comes back to where it started. An import inside a function counts like any other (so
it cannot hide a loop), and needs a comment saying why it waits: a heavy or optional package
(trafilatura, pandas, Dask) loaded only when used. A module that imports ``kg.pkg.mod`` from
outside ``kg.pkg`` runs ``kg/pkg/__init__.py`` too, so it imports the package.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"

LAYERS: list[tuple[str, set[str]]] = [  # top first; a name ending in ".*" is a package's modules
    ("cli", {"kg.cli", "kg.cli.*"}),
    ("library", {"kg", "kg.api"}),
    ("runs, views", {"kg.pipeline", "kg.viz", "kg.analysis", "kg.views", "kg.network"}),
    ("runners", {"kg.parallel", "kg.distributed"}),
    ("reading", {"kg.reading"}),
    ("extraction", {"kg.extract", "kg.extract.*", "kg.nlp", "kg.ruler"}),
    ("statements", {"kg.claims", "kg.rdf", "kg.scoring", "kg.unlist", "kg.official", "kg.validate"}),
    ("data", {"kg.articles", "kg.store", "kg.gazetteer", "kg.saved", "kg.offices"}),
    ("names", {"kg.namespaces", "kg.kinds", "kg.vocabulary"}),
    ("base", {"kg.errors", "kg.dates", "kg.files", "kg.fingerprints"}),
]


@dataclass(frozen=True)
class Import:
    module: str  # the module imported (a package for its __init__), or a third-party name
    line: int
    in_function: bool
    justified: bool  # a comment on its line, or on the import just above it, says why


def module_files(package: Path) -> dict[str, Path]:
    """Every module of ``package`` by its dotted name (a package by its own name)."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _packages_run(importer: str, module: str) -> list[str]:
    """The packages whose __init__ importing ``module`` runs, from outside them."""
    parts = module.split(".")
    return [p for p in (".".join(parts[:i]) for i in range(2, len(parts)))
            if not (importer == p or importer.startswith(p + "."))]


def imports_of(name: str, modules: dict[str, Path]) -> list[Import]:
    """What module ``name`` imports, wherever the import statement stands: the package's modules
    (and packages) it runs, and the third-party names it imports inside functions."""
    root = name.split(".")[0]
    source = modules[name].read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    in_function = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                   for n in ast.walk(f)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        above = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
        justified = "#" in lines[node.lineno - 1] or (
            above.startswith(("import ", "from ", "#")) and "#" in above)
        inside = id(node) in in_function
        for imported in names:
            if imported.split(".")[0] != root:
                if inside:
                    found.append(Import(imported, node.lineno, True, justified))
                continue
            module = imported
            while module not in modules:
                module = module.rpartition(".")[0]  # kg.extract.extract_text is in kg.extract
            found += [Import(target, node.lineno, inside, justified)
                      for target in [*_packages_run(name, module), module] if target != name]
    return found


Layers = list[tuple[str, set[str]]]


def layer_of(name: str, layers: Layers = LAYERS) -> int:
    for index, (_, members) in enumerate(layers):
        if name in members or any(m.endswith(".*") and name.startswith(m[:-1]) for m in members):
            return index
    raise AssertionError(f"{name} is in no layer: add it to LAYERS (and to the README's picture)")


def upward(graph: dict[str, list[Import]], layers: Layers = LAYERS) -> list[str]:
    return [f"{name}:{i.line} imports {i.module} ({layers[layer_of(i.module, layers)][0]}, above "
            f"{layers[layer_of(name, layers)][0]})"
            for name, found in graph.items() for i in found
            if i.module in graph and layer_of(i.module, layers) < layer_of(name, layers)]


def loops(graph: dict[str, list[Import]]) -> list[str]:
    """Every chain of imports that comes back to a module on it (depth first, each once)."""
    edges = {name: sorted({i.module for i in found if i.module in graph}) for name, found in graph.items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    found: list[str] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in edges[name]:
            if state.get(target) == 1:
                found.append(" -> ".join([*path[path.index(target):], name, target]))
            elif target not in state:
                visit(target, [*path, name])
        state[name] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [])
    return found


def unexplained(graph: dict[str, list[Import]]) -> list[str]:
    return [f"{name}:{i.line} imports {i.module} inside a function, with no comment saying why"
            for name, found in graph.items() for i in found if i.in_function and not i.justified]


MODULES = module_files(PACKAGE)
GRAPH = {name: imports_of(name, MODULES) for name in MODULES}


def test_every_module_has_a_layer() -> None:
    for name in MODULES:
        layer_of(name)


def test_no_module_imports_a_layer_above_its_own() -> None:
    assert upward(GRAPH) == []


def test_no_import_comes_back_to_where_it_started() -> None:
    assert loops(GRAPH) == []


def test_an_import_inside_a_function_says_why_it_waits() -> None:
    assert unexplained(GRAPH) == []


def test_commands_share_only_cli_common() -> None:
    crossing = [f"{name}:{i.line} imports {i.module}" for name, found in GRAPH.items()
                if name.startswith("kg.cli.") and name != "kg.cli.common"
                for i in found if i.module.startswith("kg.cli") and i.module != "kg.cli.common"]
    assert crossing == []


BROKEN_LAYERS: Layers = [("top", {"kg"}), ("extraction", {"kg.extract", "kg.extract.*"}),
                         ("middle", {"kg.store", "kg.claims", "kg.rdf"}), ("base", {"kg.errors"})]


@pytest.fixture
def broken(tmp_path: Path) -> dict[str, list[Import]]:
    """A package of four modules with each fault once, laid out on a layer table of its own."""
    files = {
        "__init__.py": "",
        "errors.py": "from kg import store\n",  # upward, and a loop with store
        "store.py": "from kg.errors import StoreError\n\ndef later():\n    from kg import claims\n",
        "claims.py": "def frame():\n    import pandas\n",  # no comment
        "extract/__init__.py": "from kg.extract import base\n",
        "extract/base.py": "from kg import errors\n",
        "rdf.py": "from kg.extract.base import Context  # runs kg/extract/__init__.py\n",
    }
    for name, text in files.items():
        (tmp_path / "kg" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "kg" / name).write_text(text, encoding="utf-8")
    modules = module_files(tmp_path / "kg")
    return {name: imports_of(name, modules) for name in modules}


def test_the_checks_find_an_upward_import_a_loop_and_a_silent_lazy_import(broken: dict) -> None:
    assert upward(broken, BROKEN_LAYERS) == ["kg.errors:1 imports kg.store (middle, above base)",
                              "kg.rdf:1 imports kg.extract (extraction, above middle)",
                              "kg.rdf:1 imports kg.extract.base (extraction, above middle)"]
    assert loops(broken) == ["kg.errors -> kg.store -> kg.errors"]
    assert unexplained(broken) == [
        "kg.claims:2 imports pandas inside a function, with no comment saying why",
        "kg.store:4 imports kg.claims inside a function, with no comment saying why"]


def _readme_picture() -> dict[str, str]:
    """The README's picture of the layers: layer name -> its lines (continuations included)."""
    text = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    section = text.split("## How the code is laid out", 1)[1]
    picture = section.split("```\n", 2)[1]
    rows: dict[str, str] = {}
    name = ""
    for line in picture.splitlines():
        if line[:1].strip():
            name, _, line = line.partition("  ")
        rows[name] = rows.get(name, "") + " " + line
    return rows


def _file_named(module: str) -> str:
    """How the picture names a module: ``pipeline.py``, ``extract/``, ``cli/``, ``__init__.py``."""
    if module == "kg":
        return "__init__.py"
    if module.endswith(".*") or module in ("kg.cli", "kg.extract"):
        return module.removesuffix(".*").split(".")[-1] + "/"
    return module.split(".")[-1] + ".py"


def test_the_readme_draws_these_layers_in_this_order() -> None:
    picture = _readme_picture()
    assert [name for name, _ in LAYERS] == list(picture)
    for (name, members), drawn in zip(LAYERS, picture.values(), strict=True):
        assert [m for m in sorted(members) if _file_named(m) not in drawn] == [], name
