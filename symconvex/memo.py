r"""A per-process memo for the finders' pure functions (search layer; never used by the checker, which checks every
certificate every time).

A finder such as ``decompose.prove_by_hessian`` or ``rules.prove_by_rules`` answers as a function of its exact
inputs alone: the same expression (compared by ``sympy.srepr``, so assumptions on symbols count), the same variable
names, the same domain (its constraint trees) and the same options give the same certificate. ``Memo`` keeps such
answers, least recently used first out, so that a question asked again in the same process costs a copy instead of
the symbolic work. It keeps a private deep copy of each answer and hands out deep copies (certificates hold lists
and dicts a caller may change). A call that took ``seconds`` or longer is not kept: only a time limit inside it
(a check refused for running out of time) could have made its answer depend on anything but the inputs, and a
time limit that interrupts the call raises instead of returning, so nothing is kept then either.

Nothing here decides anything: a remembered certificate goes through the same gate (checker and subject) as a
new one, and a remembered statement is the one the checker gave that very certificate.

>>> memo = Memo(size=2)
>>> memo.lookup("k") is None
True
>>> memo.store("k", [1, 2], "extra", time.monotonic())
>>> value, extra = memo.lookup("k")
>>> value, extra
([1, 2], 'extra')
>>> value.append(3); memo.lookup("k")[0]
[1, 2]
"""

from __future__ import annotations

import collections
import copy
import time


class Memo:
    """``key -> (answer, extra)`` for at most ``size`` keys (module docstring)."""

    def __init__(self, size: int = 2048, seconds: float = 10.0):
        self.size, self.seconds = size, seconds
        self._kept: collections.OrderedDict = collections.OrderedDict()

    def lookup(self, key):
        """``(a copy of the answer, extra)`` when ``key`` is kept, else None."""
        if key not in self._kept:
            return None
        self._kept.move_to_end(key)
        answer, extra = self._kept[key]
        return copy.deepcopy(answer), extra

    def store(self, key, answer, extra, started: float) -> None:
        """Keep a copy of ``answer`` (and ``extra``) under ``key``, unless the call that computed it, begun at the
        ``time.monotonic()`` instant ``started``, took ``seconds`` or longer."""
        if time.monotonic() - started >= self.seconds:
            return
        self._kept[key] = (copy.deepcopy(answer), extra)
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)

    def __len__(self) -> int:
        return len(self._kept)


__all__ = ["Memo"]
