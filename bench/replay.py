r"""Record the checker's outcomes on one commit and replay them on another: evidence that a change to the checker
(`symconvex/check/`) changes no verdict.

    python bench/replay.py record DIR [pytest arguments]   # the suite (or any pytest run) with every call recorded
    python bench/replay.py replay DIR                      # each distinct certificate re-checked by this checkout

``record`` runs pytest with this module as a plugin (``-p replay``): before any test imports the engine it wraps
``symconvex.check.verify``, ``verify_domain`` and ``report_minimum`` (and ``symconvex.verify``), so every call
(the engine's gate, the finders', the tests' own) appends the certificate's JSON and its outcome (the statement, or
"rejected" and the message) to ``DIR/calls.<pid>.jsonl`` (one file per process: pytest-xdist workers too). ``replay``
reads them all, re-checks each distinct (function, certificate) once with the default time limit and prints the
number of calls, the *verdict* differences (accepted vs rejected, or another statement: each one listed) and the
*message* differences (a rejection for another stated reason), then exits 1 when a verdict differs. A call made
with a shorter time limit than the default may differ in its message only. Record with the old commit checked out
(``git worktree add``), replay with the new one.
"""

from __future__ import annotations

import collections
import functools
import json
import os
import pathlib
import subprocess
import sys

_FUNCTIONS = ("verify", "verify_domain", "report_minimum")
#: A certificate larger than this (characters of JSON) is not recorded.
MAX_RECORDED = 2_000_000


def _as_json(certificate) -> str | None:
    """The certificate as JSON text (None when it is not one the checker reads)."""
    try:
        text = certificate.to_json() if hasattr(certificate, "to_json") else (
            certificate if isinstance(certificate, (str, bytes)) else json.dumps(certificate))
        return text.decode() if isinstance(text, bytes) else text
    except (TypeError, ValueError, AttributeError, RecursionError):
        return None


def _recording(fn, name: str, out: pathlib.Path):
    """``fn`` (a checker entry point) that appends each call and its outcome to ``out``."""
    from symconvex.errors import CertificateError

    @functools.wraps(fn)
    def wrapper(certificate, *args, **kwargs):
        text, result = _as_json(certificate), None
        try:
            found = fn(certificate, *args, **kwargs)
            result = ["ok", getattr(found, "statement", found)]
            return found
        except CertificateError as exc:
            result = ["rejected", str(exc)]
            raise
        finally:
            if text is not None and result is not None and len(text) <= MAX_RECORDED:
                with open(out, "a", encoding="utf-8") as log:
                    log.write(json.dumps({"fn": name, "cert": text, "result": result}) + "\n")
    return wrapper


def _install() -> None:
    """Wrap the checker's entry points when ``SYMCONVEX_REPLAY_DIR`` names the folder to record into."""
    folder = os.environ.get("SYMCONVEX_REPLAY_DIR")
    if not folder:
        return
    import symconvex
    import symconvex.check as check

    out = pathlib.Path(folder) / f"calls.{os.getpid()}.jsonl"
    for name in _FUNCTIONS:
        setattr(check, name, _recording(getattr(check, name), name, out))
    symconvex.verify = check.verify


_install()   # as a pytest plugin (``-p replay``), before the tests import the engine


def replay(folder: pathlib.Path) -> int:
    """Re-check every recorded certificate; print the differences; 1 when a verdict differs, else 0."""
    from symconvex import check
    from symconvex.errors import CertificateError

    seen, verdicts, messages, calls = set(), [], collections.Counter(), 0
    for path in sorted(folder.glob("calls.*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            calls += 1
            row = json.loads(line)
            if (row["fn"], row["cert"]) in seen:
                continue
            seen.add((row["fn"], row["cert"]))
            try:
                found = getattr(check, row["fn"])(row["cert"])
                new = ["ok", getattr(found, "statement", found)]
            except CertificateError as exc:
                new = ["rejected", str(exc)]
            old = row["result"]
            if old[0] != new[0] or (old[0] == "ok" and old[1] != new[1]):
                verdicts.append((row["fn"], old, new, row["cert"][:200]))
            elif old != new:
                messages[(old[1][:70], new[1][:70])] += 1
    print(f"{calls} calls, {len(seen)} distinct certificates replayed: {len(verdicts)} verdict differences, "
          f"{sum(messages.values())} message differences")
    for fn, old, new, cert in verdicts:
        print(f"VERDICT {fn}: {old} -> {new}: {cert}")
    for (old, new), count in messages.most_common(40):
        print(f"message x{count}: {old!r} -> {new!r}")
    return 1 if verdicts else 0


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("record", "replay"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    folder = pathlib.Path(argv[1])
    if argv[0] == "replay":
        return replay(folder)
    folder.mkdir(parents=True, exist_ok=True)
    here = str(pathlib.Path(__file__).resolve().parent)
    env = dict(os.environ, SYMCONVEX_REPLAY_DIR=str(folder.resolve()),
               PYTHONPATH=os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "replay", *argv[2:]], env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
