r"""Batch checks: many claims answered in parallel worker processes (surface layer, beside ``cli``).

    symconvex check --batch claims.txt|claims.jsonl [--jobs N] [--out results.jsonl] [--resume]
                    [--timeout S] [--executor local|dask --scheduler ADDRESS]

Input
    ``.txt``: one claim per line; blank lines and lines starting with ``#`` are skipped. A claim's id is its
    line number. ``.jsonl``: one JSON object per line with a string ``"claim"`` and an optional ``"id"`` (a
    string or an integer, unique in the file; default: the line number). A file that cannot be read, a
    ``.jsonl`` line that is not such an object, or a repeated id is bad input (exit 2, nothing is run).

Output (``--out FILE``, else stdout): JSON lines, one object per claim, in the order the answers finish:
    ``id`` and ``line`` (the claim's id and its line number in the input), and exactly the object that
    ``symconvex check --json`` prints for that claim: ``claim`` (the text), ``holds`` (true / false / null),
    ``facts``, ``curvature``, ``certificates``, ``verified``, ``explanation``, ``error`` (null, or the
    one-line message of a claim that cannot be read; its ``holds`` is null and the batch goes on), and, for a
    claim that was read, ``function``, ``variables``, ``domain``, ``property``, ``negated``, ``reading``.
    Each line is written whole and flushed as soon as its claim is answered, so an interrupted run loses no
    finished answer. ``--resume`` continues such a file: it skips the ids already in it, checks that each of
    them names the same claim text as the input (else the file belongs to another input: exit 2) and redoes
    a last line that a kill left half-written. Without ``--resume`` an existing non-empty ``--out`` file is
    refused rather than overwritten.

Time limit
    Each claim gets ``--timeout`` seconds (``check_claim``'s own limit, inside the worker). A worker that has
    not answered ``GRACE`` seconds later (a call that ignores the alarm) is killed and replaced; its claim is
    answered undecided (``holds`` null) with the reason in ``explanation``. A worker that dies is treated
    the same way. Workers are separate Python processes (``_Worker``) speaking JSON lines over pipes, with
    ``PYTHONHASHSEED=0`` so that any worker gives any claim the same answer.

Executors
    ``local`` (default): ``--jobs`` workers on this machine. ``dask``: each claim is a task on the Dask
    cluster at ``--scheduler`` (``dask.distributed.Client``, the ``batch`` extra); on every Dask worker the
    task runs in the same kind of killable worker process, so the answers and the time limit are the same.
    Either way at most ``4 * jobs`` claims (at least 64) are in flight, so a long input costs little memory.

Exit status: 0 when every claim was answered (whatever the answers), 2 bad input, 130 interrupted (the
answers written so far stay; ``--resume`` continues).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import queue
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

from .errors import InputError

#: Seconds a worker may overrun the per-claim ``--timeout`` before it is killed.
GRACE = 5.0
#: Seconds a new worker may take to import the engine.
STARTUP = 120.0
#: The function a worker calls on each claim: ``module:function(text, timeout) -> dict``.
TARGET = "symconvex.batch:answer_claim"
#: Most worker processes ``--jobs`` may ask for.
MAX_JOBS = 512


@dataclass(frozen=True)
class Task:
    """One claim of the input: its ``id`` (as given, or the line number), ``line`` number and ``claim`` text."""

    id: object
    line: int
    claim: str

    @property
    def key(self) -> str:
        """The id as a canonical string (``7`` and ``"7"`` differ)."""
        return json.dumps(self.id)


# ------------------------------------------------------------------------------------------- answers

def error_answer(text: str, message: str) -> dict:
    """The ``--json`` object for a claim that could not be read (``cli.main`` prints the same fields)."""
    return {"claim": text, "error": message, "holds": None, "curvature": "unknown", "facts": {},
            "certificates": [], "verified": False, "explanation": ""}


def undecided_answer(text: str, explanation: str) -> dict:
    """The ``--json`` object for a claim whose worker gave no answer (stopped, or died)."""
    return {"claim": text, "error": None, "holds": None, "curvature": "unknown", "facts": {},
            "certificates": [], "verified": False, "explanation": explanation}


def answer_claim(text: str, timeout: float) -> dict:
    r"""The ``symconvex check --json`` object for one claim (runs inside a worker process).

    >>> row = answer_claim("$f(x,y) = xy$ is convex", timeout=10)
    >>> row["holds"], row["curvature"], row["verified"], row["error"]
    (False, 'neither', True, None)
    >>> answer_claim(r"$\frac{1}{$ is convex", timeout=10)["error"]
    "incomplete fraction: unbalanced '{' in \\frac{...}{...}"
    """
    from .claims import check_claim
    from .errors import SymconvexError

    try:
        result = check_claim(text, timeout=timeout)
    except SymconvexError as exc:
        return error_answer(text, " ".join(str(exc).split()) or type(exc).__name__)
    except RecursionError:
        return error_answer(text, "the claim is nested too deeply to read")
    except Exception as exc:  # an engine failure while reading: no answer, never a traceback
        return undecided_answer(text, f"reading the claim failed ({type(exc).__name__}: "
                                      f"{' '.join(str(exc).split())[:120]})")
    return {**result.to_dict(), "claim": text}


# ------------------------------------------------------------------------------------------- workers

def _serve(target: str) -> None:
    """A worker's main loop: one JSON request per line on stdin, one JSON answer per line on the protocol
    channel (the original stdout; stray prints go to stderr). The first line out is ``"ready"`` (or
    ``{"failed": reason}``). Ends at end of input."""
    import importlib
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a run stops
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)

    def send(value) -> None:
        channel.write(json.dumps(value, sort_keys=True) + "\n")
        channel.flush()

    try:
        module, _, name = target.partition(":")
        answer = getattr(importlib.import_module(module), name)
    except Exception as exc:
        send({"failed": f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"})
        return
    send("ready")
    for request in sys.stdin:
        task = json.loads(request)
        try:
            send(answer(task["claim"], task["timeout"]))
        except Exception as exc:  # a failure outside the engine's own guards: undecided, the worker goes on
            send(undecided_answer(task["claim"], f"the worker failed ({type(exc).__name__})"))


class WorkerLost(Exception):
    """The worker gave no answer: it ran over its time (``timed_out``) or it died."""

    def __init__(self, message: str, timed_out: bool):
        super().__init__(message)
        self.timed_out = timed_out


class _Worker:
    """A child Python process running ``_serve(target)``, which can be killed at any moment."""

    def __init__(self, target: str = TARGET):
        code = f"import sys; sys.path[:0] = {sys.path!r}; from symconvex.batch import _serve; _serve({target!r})"
        env = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
        self.process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=env, start_new_session=True)
        self._buffer = b""
        try:
            hello = json.loads(self._read_line(time.monotonic() + STARTUP))
        except (WorkerLost, ValueError) as exc:
            hello = {"failed": str(exc)}
        if hello != "ready":
            self.kill()
            reason = hello.get("failed") if isinstance(hello, dict) else None
            raise WorkerLost(f"a worker process did not start ({reason or 'no greeting'})", timed_out=False)

    def _read_line(self, deadline: float) -> str:
        """The next line from the worker, or WorkerLost at ``deadline`` or when it exits."""
        fd = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise WorkerLost("no answer in time", timed_out=True)
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                raise WorkerLost(f"the worker process stopped (exit status {self.process.wait()})", timed_out=False)
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode("utf-8")

    def ask(self, text: str, timeout: float) -> dict:
        """The worker's answer to one claim; WorkerLost (and the worker is dead) when it gives none in
        ``timeout + GRACE`` seconds."""
        try:
            self.process.stdin.write((json.dumps({"claim": text, "timeout": timeout}) + "\n").encode("utf-8"))
            self.process.stdin.flush()
            return json.loads(self._read_line(time.monotonic() + timeout + GRACE))
        except (WorkerLost, OSError, ValueError) as exc:
            self.kill()
            if isinstance(exc, WorkerLost):
                raise
            raise WorkerLost(f"the worker process failed ({type(exc).__name__})", timed_out=False) from None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass


class Workers:
    """Worker processes shared by threads: each ``answer`` takes an idle worker (or starts one), and a worker
    that overran or died is dropped, so the next claim gets a fresh one."""

    def __init__(self, target: str = TARGET):
        self.target = target
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def answer(self, text: str, timeout: float) -> dict:
        """The ``--json`` object for ``text``; undecided with the reason when the worker gave none."""
        with self._lock:
            if self._closed:
                return undecided_answer(text, "the run was stopped before this claim was answered")
            worker = self._idle.pop() if self._idle else None
        try:
            worker = worker or _Worker(self.target)
        except WorkerLost as exc:
            return undecided_answer(text, str(exc))
        with self._lock:
            if self._closed:  # closed while this worker was starting
                worker.kill()
                return undecided_answer(text, "the run was stopped before this claim was answered")
            self._busy.add(worker)
        try:
            result = worker.ask(text, timeout)
        except WorkerLost as exc:
            if exc.timed_out:
                return undecided_answer(text, f"no answer within the time limit of {timeout:g} s; the worker "
                                              f"was stopped and replaced")
            return undecided_answer(text, f"{exc}; the worker was replaced")
        finally:
            with self._lock:
                self._busy.discard(worker)
        with self._lock:
            if self._closed:
                worker.kill()
            else:
                self._idle.append(worker)
        return result

    def close(self) -> None:
        """Kill every worker, idle or busy (a busy one's ``answer`` then returns undecided)."""
        with self._lock:
            self._closed = True
            workers, self._idle = [*self._idle, *self._busy], []
        for worker in workers:
            worker.kill()


_SHARED: dict[str, Workers] = {}
_SHARED_LOCK = threading.Lock()


def answer_on_dask(text: str, timeout: float, target: str = TARGET) -> dict:
    """A Dask task: the claim's answer from a worker process of this Dask worker's own ``Workers``."""
    with _SHARED_LOCK:
        if target not in _SHARED:
            _SHARED[target] = Workers(target)
            atexit.register(_SHARED[target].close)
        workers = _SHARED[target]
    return workers.answer(text, timeout)


# --------------------------------------------------------------------------------------------- input

def read_tasks(path: str) -> list[Task]:
    """The claims of a ``.txt`` or ``.jsonl`` file (see the module docstring); InputError when it is not one."""
    kind = os.path.splitext(path)[1].lower()
    if kind not in (".txt", ".jsonl"):
        raise InputError(f"{path}: a batch is a .txt file (one claim per line) or a .jsonl file "
                         f'(objects with a "claim"), not {kind or "a file without extension"}')
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"cannot read {path}: not UTF-8 text") from None
    tasks, seen = [], {}
    for number, text in enumerate(lines, 1):
        if not text.strip() or (kind == ".txt" and text.lstrip().startswith("#")):
            continue
        task = Task(number, number, text.strip()) if kind == ".txt" else _jsonl_task(path, number, text)
        if task.key in seen:
            raise InputError(f"{path}:{number}: id {task.key} is already used on line {seen[task.key]}")
        seen[task.key] = number
        tasks.append(task)
    return tasks


def _jsonl_task(path: str, number: int, text: str) -> Task:
    want = 'expected a JSON object with a string "claim" and an optional "id" (a string or an integer)'
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise InputError(f"{path}:{number}: not JSON; {want}") from None
    if not isinstance(data, dict) or not isinstance(data.get("claim"), str):
        raise InputError(f"{path}:{number}: {want}")
    ident = data.get("id", number)
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        raise InputError(f"{path}:{number}: the id must be a string or an integer")
    return Task(ident, number, data["claim"])


def finished_ids(path: str, tasks: list[Task]) -> set[str]:
    """The ids (``Task.key``) already answered in the output file ``path`` of an earlier run of ``tasks``.
    A last line without its newline (a run killed while writing it) is cut off, so that claim is redone;
    InputError when a line is not such an answer or names a claim other than the input's."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return set()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    end = data.rfind(b"\n") + 1
    claims = {t.key: t.claim for t in tasks}
    done = set()
    for number, raw in enumerate(data[:end].splitlines(), 1):
        try:
            row = json.loads(raw.decode("utf-8"))
            key, claim = json.dumps(row["id"]), row["claim"]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            raise InputError(f"{path}:{number}: not a batch answer; --resume continues a file written by "
                             f"--batch --out") from None
        if claims.get(key) != claim:
            found = "no such id" if key not in claims else "another claim"
            raise InputError(f"{path} belongs to another input: its line {number} answers id {key}, and the "
                             f"input has {found}")
        if key in done:
            raise InputError(f"{path}:{number}: id {key} is answered twice")
        done.add(key)
    if end < len(data):  # checked to be this input's answers above: only the torn last line is cut
        with open(path, "r+b") as handle:
            handle.truncate(end)
    return done


# ----------------------------------------------------------------------------------------------- run

def run_batch(tasks: list[Task], write, *, jobs: int, timeout: float, executor: str = "local",
              scheduler=None, target: str = TARGET, progress=None) -> int:
    """Answer ``tasks``, calling ``write(line)`` with each answer's JSON line (``id``, ``line`` and the
    ``--json`` object) as it finishes, and ``progress()`` after each; returns the number answered. ``local``
    runs ``jobs`` worker processes; ``dask`` sends each claim to the cluster at ``scheduler`` (an address, or a
    ``LocalCluster``) with ``4 * jobs`` of them (at least 64) in flight."""
    window = max(4 * jobs, 64)
    if executor == "dask":
        client = _dask_client(scheduler)
        try:
            return _collect(lambda t: client.submit(answer_on_dask, t.claim, timeout, target, pure=False), tasks,
                            write, progress, window)
        finally:
            client.close()
    from concurrent.futures import ThreadPoolExecutor

    workers = Workers(target)
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="symconvex-batch")
    try:
        return _collect(lambda t: pool.submit(workers.answer, t.claim, timeout), tasks, write, progress, window)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        workers.close()


def _dask_client(scheduler):
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--executor dask needs dask.distributed: pip install 'symconvex[batch]'") from None
    try:
        return Client(scheduler, timeout=30) if isinstance(scheduler, str) else Client(scheduler)
    except (OSError, ValueError, TypeError) as exc:  # unreachable (TimeoutError is an OSError) or malformed
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {' '.join(str(exc).split())}") from None


def _collect(submit, tasks, write, progress, window) -> int:
    """``submit(task)`` (a future of its answer) for each task, at most ``window`` unfinished at a time, and
    write each answer as its future finishes; a future that failed (a lost Dask worker) is answered undecided."""
    finished: queue.SimpleQueue = queue.SimpleQueue()
    pending, running, count = iter(tasks), set(), 0

    def launch() -> None:
        task = next(pending, None)
        if task is not None:
            future = submit(task)
            running.add(future)
            future.add_done_callback(lambda f, t=task: finished.put((t, f)))

    try:
        for _ in range(window):
            launch()
        while running:
            task, future = finished.get()
            running.discard(future)  # a finished Dask future is let go, so the cluster can drop its result
            try:
                answer = future.result()
            except Exception as exc:  # KilledWorker, a cancelled task, ...: no answer, the run goes on
                answer = undecided_answer(task.claim, f"the task failed ({type(exc).__name__})")
            write(json.dumps({**answer, "id": task.id, "line": task.line}, sort_keys=True))
            count += 1
            if progress:
                progress()
            launch()
        return count
    finally:
        for future in running:
            future.cancel()


# ------------------------------------------------------------------------------------------- the CLI

def jobs_count(text: str) -> int:
    """A ``--jobs`` value: a whole number from 1 to ``MAX_JOBS``."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number, not {text!r}") from None
    if not 1 <= value <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"--jobs must be from 1 to {MAX_JOBS}, not {value}")
    return value


def add_batch_arguments(p) -> None:
    """``symconvex check``'s batch options."""
    p.add_argument("--batch", metavar="FILE",
                   help="answer every claim of a file instead of CLAIM: .txt (one per line, # comments) or .jsonl "
                   '(objects with "claim" and optional "id"); one JSON line per claim, exit 0 once every claim is '
                   "answered, e.g. --batch claims.txt --jobs 4 --out results.jsonl")
    p.add_argument("--jobs", type=jobs_count, default=None, metavar="N",
                   help="worker processes for --batch (default: the number of CPUs; with --executor dask, 4 N "
                   "claims are in flight), e.g. --jobs 2")
    p.add_argument("--out", metavar="FILE",
                   help="append --batch answers to this JSON-lines file (default stdout), e.g. --out results.jsonl")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted --batch run: skip the claims already answered in --out")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="where --batch runs: local processes (default) or a Dask cluster (with --scheduler)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="the Dask scheduler for --executor dask, e.g. --scheduler tcp://10.0.0.5:8786")


def _check_options(args) -> None:
    if getattr(args, "claim", None) is not None:
        raise InputError("give a CLAIM or --batch FILE, not both")
    for name in ("certificate", "latex"):
        if getattr(args, name, None):
            raise InputError(f"--{name} writes one claim's file; with --batch the certificates are in the answers")
    if args.resume and not args.out:
        raise InputError("--resume continues an --out file; give --out FILE")
    if (args.executor == "dask") != bool(args.scheduler):
        raise InputError("--executor dask needs --scheduler ADDRESS" if args.scheduler is None
                         else "--scheduler is for --executor dask")
    if args.out and os.path.exists(args.batch) and os.path.exists(args.out) \
            and os.path.samefile(args.batch, args.out):
        raise InputError("--out must not be the --batch input file")
    if args.out and os.path.isdir(args.out):
        raise InputError(f"cannot write {args.out}: Is a directory (--out is a file, e.g. --out results.jsonl)")
    if args.out and not args.resume and os.path.exists(args.out) and os.path.getsize(args.out) > 0:
        raise InputError(f"{args.out} already holds answers; add --resume to continue it, or remove it")


def _progress_bar(total: int, done: int):
    """A tqdm bar on stderr when both stdout and stderr are terminals, else None."""
    if not (sys.stderr.isatty() and sys.stdout.isatty()):
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, initial=done, unit="claim", file=sys.stderr, dynamic_ncols=True)


def _open_output(path: str):
    """``path`` opened for appending, locked against a second run writing it at the same time."""
    import fcntl  # POSIX, like the workers' pipes; imported here so that the rest of the CLI needs neither

    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InputError(f"cannot write {path}: folder {folder} does not exist")
    try:
        sink = open(path, "a", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    try:
        fcntl.flock(sink, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sink.close()
        raise InputError(f"{path} is being written by another batch run; wait for it, or stop it") from None
    return sink


def run_batch_command(args) -> int:
    """``symconvex check --batch FILE ...``: 0 when every claim was answered, 2 bad input."""
    from .errors import EXIT_OK

    _check_options(args)
    tasks = read_tasks(args.batch)
    sink = _open_output(args.out) if args.out else sys.stdout
    bar = None
    try:
        done = finished_ids(args.out, tasks) if args.resume else set()
        bar = _progress_bar(len(tasks), len(done))

        def write(line: str) -> None:
            if bar is not None and sink is sys.stdout:
                bar.write(line, file=sys.stdout)
            else:
                sink.write(line + "\n")
            sink.flush()

        start = time.monotonic()
        count = run_batch([t for t in tasks if t.key not in done], write, jobs=args.jobs or os.cpu_count() or 1,
                          timeout=args.timeout, executor=args.executor, scheduler=args.scheduler,
                          progress=bar.update if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
        if sink is not sys.stdout:
            sink.close()
    skipped = f", {len(done)} already answered" if done else ""
    print(f"answered {count} claims in {time.monotonic() - start:.1f} s{skipped}", file=sys.stderr)
    return EXIT_OK


__all__ = ["GRACE", "Task", "Workers", "add_batch_arguments", "answer_claim", "answer_on_dask", "finished_ids",
           "read_tasks", "run_batch", "run_batch_command"]
