"""Shared test helpers: the external programs some tests need (pdflatex, pdftotext).

Slow cases: the README's ``pytest`` deselects tests marked ``slow`` (pyproject.toml's ``addopts``) and ``.ci/run``
runs them with ``pytest -m slow``. Most are marked in their own files (``tests/marks.py`` for parametrized ones);
``SLOW_CASES`` marks a few parametrized cases of tables that other work extends row by row, by the start of their
test id, so that a new row neither conflicts with the mark nor is slowed down by it.

A test that needs pdflatex calls ``require_tool("pdflatex")`` (or uses the ``pdflatex`` fixture): when the
program is absent it is skipped with the one-line reason "pdflatex not installed", unless the environment sets
``SYMCONVEX_REQUIRE_PDFLATEX=1`` (as ``.ci/run`` does), in which case it fails. The README's test command thus
passes on a fresh machine without TeX, and CI still runs every compile test.
"""

from __future__ import annotations

import os
import shutil

import pytest

#: The Debian package that provides each program the tests call.
TOOL_PACKAGES = {"pdflatex": "texlive-latex-base texlive-latex-recommended", "pdftotext": "poppler-utils"}


def tools_required() -> bool:
    """True when a missing pdflatex (or pdftotext) must fail the tests instead of skipping them."""
    return os.environ.get("SYMCONVEX_REQUIRE_PDFLATEX", "") == "1"


def require_tool(name: str) -> str:
    """The path of program ``name``; skip the calling test when it is absent (fail under
    ``SYMCONVEX_REQUIRE_PDFLATEX=1``)."""
    exe = shutil.which(name)
    if exe is not None:
        return exe
    reason = f"{name} not installed"
    if tools_required():
        pytest.fail(f"{reason} (SYMCONVEX_REQUIRE_PDFLATEX=1; apt-get install {TOOL_PACKAGES.get(name, name)})")
    pytest.skip(reason)


#: (file, test, start of the parametrized id): cases marked slow (module docstring).
SLOW_CASES = [
    ("tests/test_check_proofs.py", "test_every_one_number_tamper_is_rejected", "hessian-logistic"),
    ("tests/test_check_proofs.py", "test_every_one_number_tamper_is_rejected", "hessian-lse"),
    ("tests/test_check_proofs.py", "test_every_one_number_tamper_is_rejected", "hessian-geo_mean"),
    ("tests/test_decompose.py", "test_hessian_proves", "f1-"),
    ("tests/test_minima.py", "test_the_search_on_a_dask_cluster_finds_what_local_workers_find", ""),  # a cluster
    ("tests/test_joint_domains.py", "test_strict_convexity_under_a_joint_constraint", ""),  # seconds of range signs
    ("tests/test_joint_domains.py", "test_ranges_contain_every_value_at_random_points", ""),  # a long property
    ("tests/test_joint_domains.py", "test_the_cli_refuses_a_non_convex_joint_domain_with_status_2", ""),  # a subprocess
    ("tests/test_rules.py", "test_row_smooth_scalar_atom", "tanh"),
    ("tests/test_rules.py", "test_row_smooth_scalar_atom", "sigmoid-"),
    ("tests/test_rules.py", "test_row_norm2", "weights2"),
]


@pytest.hookimpl(tryfirst=True)  # before pytest's own -m deselection reads the marks
def pytest_collection_modifyitems(config, items):
    for item in items:
        path, _, name = item.nodeid.partition("::")
        test, _, case = name.partition("[")
        if any(path == p and test == t and case.startswith(c) for p, t, c in SLOW_CASES):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def pdflatex() -> str:
    return require_tool("pdflatex")


@pytest.fixture
def pdftotext() -> str:
    return require_tool("pdftotext")
