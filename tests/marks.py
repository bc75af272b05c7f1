"""Marks for the default and the slow test runs.

The README's ``pytest`` deselects tests marked ``slow`` (``addopts = -m "not slow"`` in pyproject.toml) so that it
finishes in under a minute on two cores; ``.ci/run`` also runs ``pytest -m slow``, so every test still runs in CI.
A parametrized test keeps a fast representative in the default run and marks the rest slow:

    @pytest.mark.parametrize("spec", slow_except(SPECS, keep=[1]))

A long property test draws fewer examples in the default run and its full count in CI, where ``.ci/run`` sets
``SYMCONVEX_FULL_PROPERTIES=1`` before both runs:

    @settings(max_examples=examples(40, default=10), deadline=None)
"""

from __future__ import annotations

import os

import pytest

SLOW = pytest.mark.slow

#: The environment variable, set to 1 by ``.ci/run``, under which every property test draws its full number of
#: examples.
FULL_PROPERTIES_VARIABLE = "SYMCONVEX_FULL_PROPERTIES"
FULL_PROPERTIES = os.environ.get(FULL_PROPERTIES_VARIABLE, "") == "1"


def examples(full: int, *, default: int) -> int:
    """The number of hypothesis examples a property test draws: ``full`` in CI (``SYMCONVEX_FULL_PROPERTIES=1``),
    ``default`` (fewer) in the README's run."""
    assert 0 < default <= full
    return full if FULL_PROPERTIES else default


def slow_except(values, keep=(0,), *, several: bool = False) -> list:
    """``values`` with every entry whose index is not in ``keep`` marked slow (``several``: each entry is a tuple of
    several arguments, as for ``parametrize("a,b", ...)``)."""
    out = []
    for i, v in enumerate(values):
        if i in keep:
            out.append(v)
        elif isinstance(v, type(pytest.param(None))):
            out.append(pytest.param(*v.values, marks=[*v.marks, SLOW], id=v.id))
        else:
            out.append(pytest.param(*(v if several else (v,)), marks=SLOW))
    return out
