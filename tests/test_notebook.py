"""Issue #14: a notebook (examples/notebook.ipynb) run by nbclient shows the answers' LaTeX and HTML displays,
and the values the API promises (tri-state properties, facts, checked certificates)."""

from __future__ import annotations

import pathlib

import pytest

NOTEBOOK = pathlib.Path(__file__).resolve().parent.parent / "examples" / "notebook.ipynb"


@pytest.fixture(scope="module")
def executed():
    # Imported here, not at collection: every test of this file is slow, and Jupyter's packages take a noticeable
    # share of each default-run worker's start-up.
    nbclient = pytest.importorskip("nbclient", reason="nbclient not installed")
    nbformat = pytest.importorskip("nbformat", reason="nbformat not installed")
    pytest.importorskip("ipykernel", reason="ipykernel not installed")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent.parent)}}).execute()
    return [c for c in nb.cells if c.cell_type == "code"]


def _data(cell) -> dict:
    (out,) = [o for o in cell.outputs if o.output_type == "execute_result"]
    return out["data"]


@pytest.mark.slow  # runs the notebook in a Jupyter kernel
def test_claim_result_shows_latex_and_html_with_a_plot(executed):
    data = _data(executed[1])
    assert "The claim \\textbf{is refuted}" in data["text/latex"]
    assert "refuted" in data["text/html"] and "<svg" in data["text/html"]


@pytest.mark.slow  # runs the notebook in a Jupyter kernel
def test_the_answer_is_the_mathematics(executed):
    import ast
    holds, facts, statements = ast.literal_eval(_data(executed[2])["text/plain"])
    assert holds is False and {"not_convex", "not_concave"} <= set(facts)
    assert sorted(statements) == ["not_concave", "not_convex"]


@pytest.mark.slow  # runs the notebook in a Jupyter kernel
def test_analysis_and_certificate_displays(executed):
    assert "convex" in _data(executed[3])["text/latex"] and "<math" in _data(executed[3])["text/html"]
    # x^2/y on y > 0 is convex, not concave, and not strictly convex (it is linear along rays)
    assert _data(executed[4])["text/plain"] == "(True, False, False)"
    assert "convex" in _data(executed[5])["text/latex"]
