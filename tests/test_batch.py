r"""``symconvex check --batch``: many claims in worker processes, JSON lines out, kill and resume, Dask, time limits.

The claims are cheap generated variants whose answers are known: ``$k x y$ is convex`` is refuted (xy is
neither), ``$x^{2m}$`` and ``$k x^2$`` are convex (holds), ``$x^{2m+1}$`` is not (refuted), ``$-k x y$ is
concave`` is refuted.
"""

import fcntl
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from symconvex import batch
from symconvex.analysis import time_limit  # fails a Dask run that hangs, rather than waiting
from symconvex.certificates import from_json
from symconvex.check import verify
from symconvex.cli import EXIT_BAD_INPUT, EXIT_OK, main

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generated(k: int) -> tuple[str, bool]:
    """The k-th generated claim and whether it holds."""
    kind = k % 4
    if kind == 0:
        return f"${k} x y$ is convex", False
    if kind == 1:
        m = k % 7 + 2
        return f"$x^{{{m}}}$ is convex", m % 2 == 0
    if kind == 2:
        return f"${k} x^2$ is convex", True
    return f"$-{k} x y$ is concave", False


def started(*argv, **streams) -> subprocess.Popen:
    """``python -m symconvex ARGV`` as a subprocess of this source tree."""
    env = {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-m", "symconvex", *argv], env=env, cwd=ROOT, **streams)


def cli(*argv, timeout=120) -> subprocess.CompletedProcess:
    """Run ``python -m symconvex ARGV`` to its end; its output as text."""
    run = started(*argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = run.communicate(timeout=timeout)
    return subprocess.CompletedProcess(run.args, run.returncode, out, err)


def rows(path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def by_id(answers: list[dict]) -> dict:
    out = {}
    for row in answers:
        assert row["id"] not in out, f"id {row['id']} answered twice"
        out[row["id"]] = row
    return out


@pytest.fixture(scope="module", params=[pytest.param(100, marks=pytest.mark.slow), pytest.param(1000, marks=pytest.mark.slow)],
                ids=lambda n: f"{n}")  # corpora: slow (test_jsonl_ids_and_stdout is the default batch run)
def corpus(request, tmp_path_factory):
    """N generated claims in a .txt file (with a comment, a blank line and one claim that cannot be read) and
    one uninterrupted ``--jobs 2`` run of it: (N, the file, id -> answer line)."""
    n = request.param
    folder = tmp_path_factory.mktemp(f"batch{n}")
    path = folder / "claims.txt"
    lines = ["# generated claims", ""] + [generated(k)[0] for k in range(1, n + 1)] + [r"$\frac{1}{$ is convex"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = folder / "reference.jsonl"
    done = cli("check", "--batch", str(path), "--jobs", "2", "--out", str(out))
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith(f"answered {n + 1} claims in ") and done.stderr.count("\n") == 1  # no bar: no TTY
    return n, path, by_id(rows(out))


def test_every_claim_is_answered_once_with_its_mathematics(corpus):
    N, _, reference = corpus
    assert sorted(reference) == list(range(3, N + 4))  # ids are line numbers: a comment and a blank line first
    for k in range(1, N + 1):
        row = reference[k + 2]
        text, holds = generated(k)
        assert row["line"] == k + 2 and row["claim"] == text
        assert row["holds"] is holds and row["error"] is None and row["verified"] is True
    bad = reference[N + 3]
    assert bad["holds"] is None and bad["certificates"] == [] and bad["error"].startswith("incomplete fraction")


def test_certificates_in_the_answers_are_accepted_by_the_checker(corpus):
    reference = corpus[2]
    for k in (1, 2, 3, 4, 5, 6):
        row = reference[k + 2]
        statements = {verify(from_json(c)) for c in row["certificates"]}
        assert statements, row["claim"]
        claimed = "concave" if "concave" in row["claim"] else "convex"
        assert (claimed in statements) is row["holds"]
        assert (f"not_{claimed}" in statements) is (not row["holds"])


def test_a_line_is_exactly_the_check_json_object_with_id_and_line(corpus, capsys):
    reference = corpus[2]
    for k in (4, 5, 6, 7):
        row = dict(reference[k + 2])
        main(["check", "--json", row["claim"]])
        single = json.loads(capsys.readouterr().out)
        assert (row.pop("id"), row.pop("line")) == (k + 2, k + 2)
        assert row == single


@pytest.mark.slow
def test_killed_half_way_and_resumed_answers_every_claim_once_the_same(corpus, tmp_path, capsys):
    N, claims, reference = corpus
    out = tmp_path / "results.jsonl"
    run = started("check", "--batch", str(claims), "--jobs", "2", "--out", str(out), stdout=subprocess.DEVNULL,
                  stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < N // 2):
        time.sleep(0.005)
    run.send_signal(signal.SIGKILL)
    run.wait()
    written = out.read_bytes()
    assert N // 2 <= written.count(b"\n") < N + 1, "the run was not stopped half-way"
    with open(out, "ab") as handle:  # the line a kill would leave half-written: detected and redone
        handle.write(b'{"certificates": [], "claim": "$3 x')
    finished_before = {json.loads(line)["id"] for line in written.splitlines()}

    status = main(["check", "--batch", str(claims), "--jobs", "2", "--out", str(out), "--resume"])
    err = capsys.readouterr().err
    assert status == EXIT_OK, err
    assert f"{len(finished_before)} already answered" in err
    resumed = by_id(rows(out))  # every line is whole JSON; no id twice
    assert resumed == reference
    assert out.read_bytes().startswith(written)  # nothing written before the kill was lost or rewritten

    with open(out, "a") as other_run:  # a second run on the same file at the same time is refused
        fcntl.flock(other_run, fcntl.LOCK_EX)
        assert main(["check", "--batch", str(claims), "--out", str(out), "--resume"]) == EXIT_BAD_INPUT
        assert capsys.readouterr().err == f"error: {out} is being written by another batch run; wait for it, " \
                                          "or stop it\n"
    assert main(["check", "--batch", str(claims), "--out", str(out), "--resume"]) == EXIT_OK
    assert "answered 0 claims" in capsys.readouterr().err
    assert len(rows(out)) == N + 1


@pytest.mark.slow
def test_a_dask_local_cluster_gives_identical_answers(corpus, tmp_path, capsys):
    import distributed  # a test dependency (and the ``batch`` extra)

    _, claims, reference = corpus
    out = tmp_path / "dask.jsonl"
    with time_limit(240), distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                                dashboard_address=None) as cluster:
        status = main(["check", "--batch", str(claims), "--executor", "dask", "--scheduler",
                       cluster.scheduler_address, "--out", str(out), "--timeout", "30"])
    assert status == EXIT_OK, capsys.readouterr().err
    assert by_id(rows(out)) == reference


@pytest.mark.slow
def test_a_dask_cluster_of_worker_processes_gives_identical_answers(corpus, tmp_path, capsys):
    """Dask's worker processes are daemons, which may not start multiprocessing children; the claim workers
    are plain subprocesses, so they run there too."""
    import distributed

    reference = corpus[2]
    ids = sorted(reference)[:20]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": k, "claim": reference[k]["claim"]}) + "\n" for k in ids))
    out = tmp_path / "dask.jsonl"
    with time_limit(240), distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                                dashboard_address=None) as cluster:
        status = main(["check", "--batch", str(path), "--executor", "dask", "--scheduler",
                       cluster.scheduler_address, "--out", str(out)])
    assert status == EXIT_OK, capsys.readouterr().err
    answers = by_id(rows(out))
    assert sorted(answers) == ids
    assert all({**answers[k], "line": None} == {**reference[k], "line": None} for k in ids)


@pytest.mark.slow
def test_a_claim_over_its_time_limit_is_undecided_and_its_worker_replaced(monkeypatch):
    monkeypatch.setattr(batch, "GRACE", 0.5)
    tasks = [batch.Task(1, 1, "hang"), batch.Task(2, 2, "die"), batch.Task(3, 3, "$5 x y$ is convex"),
             batch.Task(4, 4, "$x^{4}$ is convex")]
    lines = []
    start = time.monotonic()
    assert batch.run_batch(tasks, lines.append, jobs=1, timeout=3, target="batch_targets:misbehave") == 4
    assert time.monotonic() - start < 30
    answers = {row["id"]: row for row in map(json.loads, lines)}
    assert answers[1]["holds"] is None and answers[1]["error"] is None
    assert "no answer within the time limit of 3 s; the worker was stopped and replaced" in answers[1]["explanation"]
    assert answers[2]["holds"] is None and "exit status 7" in answers[2]["explanation"]
    assert answers[3]["holds"] is False and answers[4]["holds"] is True  # fresh workers answer the rest


def test_a_worker_that_cannot_start_gives_undecided_answers_with_the_reason():
    lines = []
    assert batch.run_batch([batch.Task("a", 1, "$x^{2}$ is convex")], lines.append, jobs=1, timeout=5,
                           target="batch_targets:no_such_function") == 1
    row = json.loads(lines[0])
    assert row["holds"] is None and row["id"] == "a"
    assert row["explanation"].startswith("a worker process did not start (AttributeError")


@pytest.mark.slow
def test_an_interrupted_run_stops_its_workers_and_keeps_whole_lines(corpus, tmp_path):
    n, claims, reference = corpus
    out = tmp_path / "results.jsonl"
    run = started("check", "--batch", str(claims), "--jobs", "2", "--out", str(out), stdout=subprocess.DEVNULL,
                  stderr=subprocess.PIPE, text=True,  # Ctrl-C's signal reaches it even when the tests run in the
                  preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # background of a shell
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 5):
        time.sleep(0.005)

    def children() -> set[int]:
        found = set()
        for entry in os.listdir("/proc"):
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    if entry.isdigit() and int(handle.read().rpartition(")")[2].split()[1]) == run.pid:
                        found.add(int(entry))
            except OSError:
                pass
        return found

    workers = children()
    assert len(workers) == 2
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=30)
    assert run.returncode == 130 and err == "error: interrupted\n"
    for pid in workers:  # killed and reaped, not left running
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    answered = rows(out)  # whole lines only
    assert 5 <= len(answered) < n + 1
    assert all(row == reference[row["id"]] for row in answered)


@pytest.mark.slow
def test_the_time_limit_inside_the_worker_answers_undecided(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "slow", "claim": r"$\log(1 + x^4) + x^2 + x^3 y$ is convex"}) + "\n")
    assert main(["check", "--batch", str(path), "--jobs", "1", "--timeout", "0.001"]) == EXIT_OK
    row = json.loads(capsys.readouterr().out)
    assert row["id"] == "slow" and row["line"] == 1 and row["holds"] is None and row["certificates"] == []
    # check_claim's own limit: on reading the claim (a one-line error) or on the search (an explanation)
    assert "out of time" in row["explanation"] or "longer than 0.001 s" in (row["error"] or "")


def test_jsonl_ids_and_stdout(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([json.dumps({"id": "a", "claim": "$f(x,y) = xy$ is convex"}),
                               json.dumps({"claim": r"$\max(0, x)$ is convex"}), "",
                               json.dumps({"id": 7, "claim": "$x$ is pretty"})]) + "\n")
    assert main(["check", "--batch", str(path), "--jobs", "1"]) == EXIT_OK
    out, err = capsys.readouterr()
    answers = by_id(json.loads(line) for line in out.splitlines())
    assert answers["a"]["holds"] is False and answers["a"]["line"] == 1
    assert answers[2]["holds"] is True and answers[2]["line"] == 2
    assert answers[7]["holds"] is None and answers[7]["error"] and answers[7]["line"] == 4
    assert err.startswith("answered 3 claims")


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("case", ["missing", "csv", "not json", "no claim", "id twice", "jobs 0", "jobs word",
                                  "resume without out", "other input", "not an answer file", "out exists",
                                  "claim and batch", "dask without scheduler", "scheduler without dask",
                                  pytest.param("scheduler address", marks=pytest.mark.slow), "certificate",
                                  "out is input"])
def test_bad_input_gives_one_line_and_exit_2(tmp_path, capsys, case):
    good = _write(tmp_path / "c.txt", "$x^{2}$ is convex\n$x y$ is convex\n")
    argv = {
        "missing": lambda: ["--batch", str(tmp_path / "nothere.txt")],
        "csv": lambda: ["--batch", _write(tmp_path / "c.csv", "$x$ is convex\n")],
        "not json": lambda: ["--batch", _write(tmp_path / "c.jsonl", '{"claim": "$x^2$ is convex"}\n{oops\n')],
        "no claim": lambda: ["--batch", _write(tmp_path / "c.jsonl", '{"text": "$x^2$ is convex"}\n')],
        "id twice": lambda: ["--batch", _write(tmp_path / "c.jsonl", '{"id": 1, "claim": "$x^2$ is convex"}\n'
                                                                     '{"id": 1, "claim": "$x y$ is convex"}\n')],
        "jobs 0": lambda: ["--batch", good, "--jobs", "0"],
        "jobs word": lambda: ["--batch", good, "--jobs", "two"],
        "resume without out": lambda: ["--batch", good, "--resume"],
        "other input": lambda: ["--batch", good, "--out", _write(tmp_path / "r.jsonl", json.dumps(  # a torn end too
            {"id": 1, "claim": "$x^{3}$ is convex", "holds": False}) + '\n{"id": 2'), "--resume"],
        "not an answer file": lambda: ["--batch", good, "--out", _write(tmp_path / "r.jsonl", "hello\n"),
                                       "--resume"],
        "out exists": lambda: ["--batch", good, "--out", _write(tmp_path / "r.jsonl", "{}\n")],
        "claim and batch": lambda: ["$x^2$ is convex", "--batch", good],
        "dask without scheduler": lambda: ["--batch", good, "--executor", "dask"],
        "scheduler without dask": lambda: ["--batch", good, "--scheduler", "tcp://127.0.0.1:8786"],
        "scheduler address": lambda: ["--batch", good, "--executor", "dask", "--scheduler", "no-port"],
        "certificate": lambda: ["--batch", good, "--certificate", str(tmp_path / "c.json")],
        "out is input": lambda: ["--batch", good, "--out", good],
    }[case]()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    status = main(["check", *argv])
    stdout, stderr = capsys.readouterr()
    assert status == EXIT_BAD_INPUT
    assert stdout == ""
    assert stderr.startswith("error: ") and stderr.count("\n") == 1, stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # nothing written, nothing cut
    if case == "other input":
        assert "belongs to another input" in stderr


@pytest.mark.slow
def test_a_progress_bar_on_a_terminal_only(tmp_path):
    import pty
    import struct
    import termios

    path = _write(tmp_path / "c.txt", "$x^{2}$ is convex\n$x y$ is convex\n$x^{3}$ is convex\n")
    out = tmp_path / "r.jsonl"
    main_end, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 rows, 100 columns
    run = started("check", "--batch", path, "--jobs", "2", "--out", str(out), stdin=subprocess.DEVNULL,
                  stdout=terminal, stderr=terminal)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main_end, 4096)
        except OSError:  # the terminal closed: the run ended
            break
        if not chunk:
            break
        shown += chunk
    os.close(main_end)
    assert run.wait(timeout=60) == EXIT_OK
    text = shown.decode("utf-8", "replace")
    assert "3/3" in text and "claim" in text and "100%" in text  # tqdm's bar, ending complete
    assert [row["holds"] for row in sorted(rows(out), key=lambda r: r["id"])] == [True, False, False]
