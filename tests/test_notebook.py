"""notebooks/explore.ipynb: committed without outputs, and runs top to bottom in a fresh kernel.

The kernel is this interpreter (a kernel spec written for the test and found first through
JUPYTER_PATH), so the notebook sees the kg under test whatever kernels the machine has.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"
KERNEL = "kg-test-python"
CELL_TIMEOUT = 120  # seconds; the whole notebook takes well under a minute


@pytest.fixture
def kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernel spec named KERNEL that runs this Python."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel_json = {"argv": argv, "display_name": KERNEL, "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel_json), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return KERNEL


def test_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)


def test_runs_top_to_bottom(kernel: str):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name=kernel, timeout=CELL_TIMEOUT,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    started = time.monotonic()
    client.execute()  # raises CellExecutionError, with the cell and its traceback, on any error
    assert time.monotonic() - started < 90
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # stderr may carry a first run's notices (matplotlib building its font cache), never a traceback
    assert not [o for o in outputs if o.output_type == "stream" and "Traceback" in o.text]
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 2  # the alignment heatmap and the positions timeline
    assert any("<iframe srcdoc=" in h for h in html)  # the interactive view, inline
    assert any("aviation fuel" in h for h in html)  # a saved question's DataFrame
    assert any("5 articles stored, 0 skipped" in "".join(o.get("text", "")) for o in outputs)
