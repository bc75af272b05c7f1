"""What the web server's forkserver imports before it forks workers (surface layer): imported there (a
``python -c`` process), this module imports symconvex's parser, search, checker and LaTeX writer and answers
one small claim, so every worker forked afterwards starts warm (see ``symconvex.web``: each request is
answered in a fresh forked worker). Imported anywhere else it does nothing until ``warm_up()`` is called."""

from __future__ import annotations

import sys


def warm_up() -> None:
    """Import and exercise the modules a request uses (parsing tables, lazy imports, plotting)."""
    from . import analysis, claims, families, latex, parsing, web  # noqa: F401

    try:
        result = claims.check_claim(r"$f(x,y) = xy$ is convex", timeout=10)
        web._render_result(result, family=False)
    except Exception:  # a warm-up that fails only leaves the workers cold
        pass


if sys.argv[:1] == ["-c"]:  # multiprocessing's forkserver runs as `python -c "from multiprocessing.forkserver ..."`
    warm_up()
