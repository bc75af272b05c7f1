"""Shared test helpers: the external programs some tests need (pdflatex, pdftotext).

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


@pytest.fixture
def pdflatex() -> str:
    return require_tool("pdflatex")


@pytest.fixture
def pdftotext() -> str:
    return require_tool("pdftotext")
