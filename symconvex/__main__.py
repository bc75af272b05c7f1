"""``python -m symconvex ...``: the same command line as the ``symconvex`` script (``symconvex.cli``)."""

import sys

from .cli import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
