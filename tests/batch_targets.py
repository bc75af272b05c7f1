"""Worker targets for tests/test_batch.py: the real answer, except for claims that misbehave on purpose."""

import os
import signal
import time

from symconvex.batch import answer_claim


def misbehave(text: str, timeout: float) -> dict:
    """``hang``: ignore the time-limit alarm and never return; ``die``: end the worker process; else the answer."""
    if "hang" in text:
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        while True:
            time.sleep(3600)
    if "die" in text:
        os._exit(7)
    return answer_claim(text, timeout)
