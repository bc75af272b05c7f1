r"""Writing files so that nothing is half-written (kernel-level utility; imports only the error classes).

``write_atomically(path, text)`` writes through a temporary file in the same folder and a rename: a reader sees
the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import tempfile

from .errors import InputError


def write_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename: readers see the old
    file or the new one, never half of one."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InputError(f"cannot write {path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".symconvex-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual permissions
        os.replace(tmp, path)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise InputError(f"cannot write {path}: {exc.strerror}") from None


__all__ = ["write_atomically"]
