r"""Time limits of the search and the analysis (model layer; the checker keeps its own, see ``check.verify``).

``time_limit(seconds)`` interrupts the block with ``SearchTimeout`` after ``seconds`` of wall-clock time (SIGALRM,
so only in the main thread; elsewhere, or with None, no limit). ``coerce_timeout`` is the one rule for a time
limit given by a user: None, or a positive finite number of seconds (at most ``MAX_TIMEOUT``).

An analysis with a time limit T spends at most ``SEARCH_SHARE``·T searching (``search_deadline``) and checks
what it found in the time left until T: the limit holds for the whole analysis, search and checks together, and a
check that runs out of the time left is a rejection (the answer is then "undecided", never late).
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager

from .errors import InputError

MAX_TIMEOUT = 1_000_000.0

#: The share of an analysis's time limit its search may use; the rest is left to the checker (the gate).
SEARCH_SHARE = 0.8


def search_deadline(timeout: float | None, start: float) -> float | None:
    """The ``time.monotonic()`` instant by which a search that started at ``start`` under ``timeout`` ends.

    >>> search_deadline(10.0, 100.0), search_deadline(None, 100.0)
    (108.0, None)
    """
    return start + SEARCH_SHARE * timeout if timeout else None


class Budget:
    """When a finder stops: at the search's wall-clock ``deadline`` (a ``time.monotonic()`` instant, the user's time
    limit; None: none) or after ``cpu_seconds`` of this thread's CPU time from now (the finder's own share of the
    work; None: none). A finder's own budget is measured in CPU time so that it means the same work on a busy
    machine as on an idle one; the user's limit stays a wall-clock limit.

    >>> Budget(None, None).spent(), Budget(0.0, None).spent(), Budget(None, 60.0).spent()
    (False, True, False)
    """

    def __init__(self, deadline: float | None = None, cpu_seconds: float | None = None):
        self.deadline = deadline
        self.cpu_deadline = None if cpu_seconds is None else time.thread_time() + cpu_seconds

    @classmethod
    def of(cls, deadline) -> "Budget":
        """``deadline`` itself when it is a ``Budget``, else the budget of a wall-clock deadline (or None)."""
        return deadline if isinstance(deadline, Budget) else cls(deadline)

    def spent(self) -> bool:
        return (self.deadline is not None and time.monotonic() > self.deadline) or \
            (self.cpu_deadline is not None and time.thread_time() > self.cpu_deadline)


class SearchTimeout(Exception):
    """Raised inside the search when its time budget is spent (never escapes ``analyze``)."""


@contextmanager
def time_limit(seconds: float | None):
    """Interrupt the block with ``SearchTimeout`` after ``seconds`` (SIGALRM in the main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    armed = [True]

    def handler(signum, frame):
        if armed[0]:
            raise SearchTimeout()

    previous = signal.signal(signal.SIGALRM, handler)
    try:
        # and again every 1/4 s: an alarm raised where Python ignores exceptions (a gc callback) would be lost.
        # Armed inside the try: a limit so short that the alarm fires before the block starts (--timeout 1e-6)
        # still runs the cleanup, which it skipped when the timer was armed before the try.
        signal.setitimer(signal.ITIMER_REAL, seconds, 0.25)
        yield
    finally:
        # The alarm may fire while this cleanup runs, before ``armed`` is cleared: its SearchTimeout would skip the
        # rest and leave the repeating timer and the handler in place, to interrupt whatever runs next. Repeat the
        # cleanup until it completes (an alarm during it is late: the block has ended).
        while True:
            try:
                armed[0] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                break
            except SearchTimeout:
                continue


def coerce_timeout(timeout) -> float | None:
    """A time limit in seconds: None (no limit) or a positive finite number up to ``MAX_TIMEOUT`` (or its
    decimal text, as on the command line); ``InputError`` for anything else (0, negative, nan, inf, "abc").

    >>> from fractions import Fraction
    >>> coerce_timeout(30), coerce_timeout(None), coerce_timeout(Fraction(1, 2))
    (30.0, None, 0.5)
    """
    if timeout is None:
        return None
    try:
        value = None if isinstance(timeout, bool) else float(timeout)   # a number, or its text ("30")
    except (TypeError, ValueError):
        value = None
    if value is None or not 0 < value <= MAX_TIMEOUT:  # also refuses nan and inf
        raise InputError(f"expected a positive number of seconds (at most {int(MAX_TIMEOUT)}), e.g. --timeout 30; "
                         f"found {str(timeout)!r}")
    return value


def seconds_text(seconds: float) -> str:
    """A time limit as an answer prints it: to a tenth of a second, two digits below one tenth (display only).

    >>> seconds_text(29.2368), seconds_text(30.0), seconds_text(1234.56), seconds_text(0.0421)
    ('29.2', '30', '1234.6', '0.042')
    """
    return f"{round(seconds, 1):g}" if seconds >= 0.1 else f"{seconds:.2g}"


__all__ = ["MAX_TIMEOUT", "Budget", "SearchTimeout", "coerce_timeout", "seconds_text", "time_limit"]
