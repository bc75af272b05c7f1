r"""``symconvex serve``: the JSON API and the page (Starlette's TestClient), the worker deadline, and an end-to-end
run in a real browser (Playwright driving Debian's chromium) against a real uvicorn server on 127.0.0.1.

The browser test skips with a one-line reason when playwright or chromium is missing, and fails instead when
``SYMCONVEX_REQUIRE_BROWSER=1`` (CI sets it after installing chromium)."""

from __future__ import annotations

import importlib.util
import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import time

import pytest

if importlib.util.find_spec("starlette") is None:  # found without importing it
    pytest.skip("could not import 'starlette'", allow_module_level=True)

from symconvex.certificates import from_json  # noqa: E402
from symconvex.check import verify  # noqa: E402
from symconvex.claims import check_claim  # noqa: E402
from symconvex.cli import main  # noqa: E402

XY = r"$f(x,y) = xy$ is convex"
X2Y2 = r"The function $f(x, y) = x^2 y^2$ is not convex."
RELU = (r"$(1 - \rho(w_1 \rho(w_0 + b_0) + b_1))^2$ is convex in $w_0, b_0, w_1, b_1$ "
        r"where $\rho(z) = \max\{0, z\}$")
FAMILY = "The loss of a neural network with one hidden layer is convex in its weights."
#: Strict convexity of an 8-term log-sum-exp: the search still runs after 3 s (then answers undecided).
SLOW = r"$\log(e^{x_1} + e^{x_2} + e^{x_3} + e^{x_4} + e^{x_5} + e^{x_6} + e^{x_7} + e^{x_8})$ is strictly convex"


@pytest.fixture(scope="module")
def web():
    """``symconvex.web``, imported by the first test that needs it rather than when each test worker collects this
    file (with Starlette's test client, start-up that a worker running no web test would waste)."""
    from symconvex import web

    return web


def _client(app, **options):
    """Starlette's TestClient of ``app`` (a context manager that runs the app's lifespan)."""
    from starlette.testclient import TestClient

    return TestClient(app, **options)


@pytest.fixture(scope="module")
def client(web):
    with _client(web.create_app(timeout=20), raise_server_exceptions=False) as c:
        # Start the forkserver (a fresh Python importing the engine) outside every test's 20 s request budget: on a
        # loaded two-core machine its start alone can take most of that budget.
        c.post("/api/check", json={"claim": XY})
        yield c


def _verified(cert_dicts) -> list[str]:
    return sorted(verify(from_json(d)) for d in cert_dicts)


# ------------------------------------------------------------------------------------------- the API

def test_api_check_refutes_xy_with_the_cli_contract(client):
    r = client.post("/api/check", json={"claim": XY})
    assert r.status_code == 200
    data = r.json()
    assert data["holds"] is False and data["verified"] is True and data["error"] is None
    assert data["curvature"] == "neither"
    assert {"not_convex", "not_concave"} <= set(data["facts"])
    assert _verified(data["certificates"]) == ["not_concave", "not_convex"]
    local = check_claim(XY, timeout=20).to_dict()  # the same object `symconvex check --json` prints
    assert set(data) == set(local)
    assert (data["holds"], data["facts"], data["function"]) == (local["holds"], local["facts"], local["function"])


def test_api_check_x2y2_is_not_convex_holds(client):
    data = client.post("/api/check", json={"claim": X2Y2}).json()
    assert data["holds"] is True and data["negated"] is True
    assert "not_convex" in data["facts"]
    assert "not_convex" in _verified(data["certificates"])


def test_web_api_analyze_reads_cases_and_refuses_an_unknown_function_word(client):
    """(From tests/test_new_user.py, moved here to use this module's server instead of starting a second one.)"""
    r = client.post("/api/analyze", json={"expr": r"\begin{cases} x^2 & x \ge 0 \\ 0 & x < 0 \end{cases}"})
    assert r.status_code == 200 and r.json()["curvature"] == "convex" and r.json()["verified"] is True
    r = client.post("/api/analyze", json={"expr": "logit(x)", "domain": "0 < x < 1"})
    assert r.status_code == 400 and r.json()["error"].startswith("unknown function logit in ")


def test_api_analyze_quad_over_lin_is_convex(client):
    r = client.post("/api/analyze", json={"expr": r"\frac{x^2}{y}", "domain": "y > 0"})
    assert r.status_code == 200
    data = r.json()
    assert data["curvature"] == "convex" and data["verified"] is True and data["error"] is None
    assert "convex" in data["facts"]
    assert "convex" in _verified(data["certificates"])
    assert data["domain"] == ["y > 0"]


def test_api_analyze_takes_vars_as_a_list_or_a_string(client):
    a = client.post("/api/analyze", json={"expr": "x y", "vars": ["x", "y"]}).json()
    b = client.post("/api/analyze", json={"expr": "x y", "vars": "x, y"}).json()
    assert a["curvature"] == b["curvature"] == "neither"
    assert a["variables"] == b["variables"] == ["x", "y"]


@pytest.mark.parametrize("body, fragment", [
    ({"claim": "$x^2$ is blue"}, "expected a property"),
    ({"claim": ""}, '"claim" is empty'),
    ({}, '"claim" is missing'),
    ({"claim": 3}, '"claim" must be a string'),
    ({"claim": XY, "extra": 1}, "unknown field 'extra'"),
    (["not", "an", "object"], "must be a JSON object"),
])
def test_api_bad_claim_is_a_one_line_400(client, body, fragment):
    r = client.post("/api/check", json=body)
    assert r.status_code == 400
    data = r.json()
    assert fragment in data["error"] and "\n" not in data["error"] and "Traceback" not in data["error"]
    assert data["holds"] is None and data["certificates"] == []


def test_api_body_that_is_not_json_is_a_400(client):
    r = client.post("/api/analyze", content=b"x^2", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"].startswith("the body is not JSON")


def test_api_bad_expression_is_a_one_line_400(client):
    r = client.post("/api/analyze", json={"expr": r"\log(-1)"})
    assert r.status_code == 400
    assert "\n" not in r.json()["error"]


def test_api_refuses_input_over_the_size_limit(client, web):
    r = client.post("/api/check", json={"claim": "$x^2$ is convex" + " " * web.MAX_CHARS})
    assert r.status_code == 413
    assert r.json()["error"] == f"claim is {web.MAX_CHARS + 15} characters long; the limit is {web.MAX_CHARS}"
    r = client.post("/api/check", content=b"{" + b" " * web.MAX_BODY + b"}",
                    headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"] == f"the request is larger than {web.MAX_BODY} bytes"


def test_family_claim_answers_with_readings_and_members(client):
    data = client.post("/api/check", json={"claim": FAMILY}).json()
    assert data["family"] is True and data["readings"]
    refuting = [a for a in data["readings"] if a["holds"] is False]
    assert refuting and refuting[0]["member"]["layers"]
    assert "not_convex" in _verified(refuting[0]["certificates"])
    page = client.post("/", data={"claim": FAMILY}).text
    assert "<h3>Readings</h3>" in page and refuting[0]["reading"] in page


# ------------------------------------------------------------------------------------------ the page

def test_page_shows_the_verdict_mathml_the_plot_and_downloads(client):
    r = client.post("/", data={"mode": "claim", "claim": XY})
    assert r.status_code == 200
    page = r.text
    assert "<span class=badge>refuted</span>" in page
    assert "<math" in page and "<mi>x</mi>" in page  # the claim rendered as MathML
    assert page.count("<svg") == 2  # one plot per curvature certificate
    assert "φ″(0)</th><td>-2 &lt; 0" in page  # the refuting number, in words and numbers
    assert "Traceback" not in page
    base = re.search(r'href="(/result/[^/"]+)/certificates\.json"', page).group(1)
    certs = client.get(f"{base}/certificates.json").json()
    assert _verified(certs) == ["not_concave", "not_convex"]
    assert _verified([client.get(f"{base}/certificate-1.json").json()]) == ["not_concave"]
    tex = client.get(f"{base}/proof.tex").text
    assert tex.startswith("\\documentclass") and "\\end{document}" in tex
    assert client.get(f"{base}/answer.json").json()["holds"] is False
    if shutil.which("pdflatex") or os.environ.get("SYMCONVEX_REQUIRE_PDFLATEX") == "1":
        pdf = client.get(f"{base}/proof.pdf")
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
        assert 'id=dl-pdf download href="' in page
    assert client.get(f"{base}/certificate-9.json").status_code == 404
    assert client.get("/result/nope/certificates.json").status_code == 404


def test_page_midpoint_certificate_plots_the_segment_and_the_chord(client):
    page = client.post("/", data={"claim": r"$\max(0, 1 - \max(0, x))$ is convex"}).text
    assert "<span class=badge>refuted</span>" in page
    assert "(midpoint)" in page and "chord at m" in page and "<svg" in page


def test_page_analyze_a_function_on_a_domain(client):
    page = client.post("/", data={"mode": "function", "expr": r"\frac{x^2}{y}", "domain": "y > 0"}).text
    assert "<span class=badge>convex</span>" in page
    assert "composition rules" in page or "L·D·Lᵀ" in page


def test_page_says_the_pdf_is_unavailable_without_pdflatex(client, monkeypatch):
    monkeypatch.setattr("symconvex.web.shutil.which", lambda name: None)
    page = client.post("/", data={"claim": XY}).text
    assert "PDF unavailable: pdflatex is not installed on this server" in page
    base = re.search(r'href="(/result/[^/"]+)/proof\.tex"', page).group(1)
    r = client.get(f"{base}/proof.pdf")
    assert r.status_code == 503 and r.text == "error: PDF unavailable: pdflatex is not installed on this server\n"


def test_page_bad_claim_shows_the_one_line_error(client):
    r = client.post("/", data={"claim": "$x^2$ is blue"})
    assert r.status_code == 400
    errors = re.findall(r"<p class=error role=alert>(.*?)</p>", r.text)
    assert len(errors) == 1 and errors[0].startswith("error: expected a property")
    assert "Traceback" not in r.text and 'is blue</textarea>' in r.text  # the claim stays in the box


def test_page_refuses_a_claim_over_the_size_limit(client, web):
    r = client.post("/", data={"claim": "x" * (web.MAX_CHARS + 1)})
    assert r.status_code == 413 and f"the limit is {web.MAX_CHARS}" in r.text


def test_page_escapes_what_it_shows(web):
    shown = web.text_with_math(r"<b>$\text{<script>alert(1)</script>}$ and $x^2$")
    assert "<script" not in shown and "<b>" not in shown
    assert "&lt;b&gt;" in shown and "<msup><mi>x</mi><mn>2</mn></msup>" in shown


def test_page_and_examples_load(client):
    r = client.get("/")
    assert "<textarea" in r.text and "/?claim=" in r.text and "<script" not in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert client.get("/style.css").headers["content-type"].startswith("text/css")


# -------------------------------------------------------------------------------------- time limit

def test_a_slow_request_does_not_hold_up_a_quick_one(web):
    import threading

    with _client(web.create_app(timeout=3, grace=10, workers=2)) as client:
        client.post("/api/check", json={"claim": XY})  # start the forkserver outside the measurement
        slow = {}
        worker = threading.Thread(target=lambda: slow.update(client.post("/api/check", json={"claim": SLOW}).json()))
        worker.start()
        time.sleep(0.3)
        start = time.monotonic()
        assert client.post("/api/check", json={"claim": XY}).json()["holds"] is False
        quick = time.monotonic() - start
        assert worker.is_alive() and quick < 3  # answered while the slow search still runs
        worker.join(30)
        assert slow["holds"] is None


def test_worker_past_its_deadline_is_killed(web):
    runner = web.Runner(workers=1)
    start = time.monotonic()
    with pytest.raises(web.WorkerTimeout):
        runner.call(1.0, time.sleep, 60)
    assert time.monotonic() - start < 5
    assert runner.call(5.0, abs, -3) == ("ok", 3)  # the slot is free again


def test_request_time_limit_answers_undecided_and_the_server_keeps_serving(web):
    with _client(web.create_app(timeout=1, grace=10)) as client:
        client.post("/api/check", json={"claim": XY})  # start the forkserver outside the measurement
        start = time.monotonic()
        data = client.post("/api/check", json={"claim": SLOW}).json()
        assert time.monotonic() - start < 3  # stopped at its 1 s budget (the search needs over 3 s)
        assert data["holds"] is None
        if data["error"] is None:  # the usual case: undecided, with what was proved in time
            assert not {"strictly_convex", "not_strictly_convex"} & set(data["facts"])
        else:  # on a loaded machine even reading the claim may use up the budget
            assert data["error"] == "reading the claim took longer than 1 s"
        assert client.post("/api/check", json={"claim": XY}).json()["holds"] is False


# ------------------------------------------------------------------------------------------- the command

def test_serve_refuses_a_port_in_use_in_one_line(capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot listen on 127.0.0.1:{port}: ") and err.count("\n") == 1


def test_serve_listens_on_loopback_by_default():
    from symconvex.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.timeout) == ("127.0.0.1", 8000, 30.0)


def test_serve_refuses_a_bad_port(capsys):
    assert main(["serve", "--port", "70000"]) == 2
    assert capsys.readouterr().err == "error: --port must be between 0 and 65535, not 70000\n"


# --------------------------------------------------------------------------------------- in a browser

def _browser_or_skip():
    """Playwright and Debian's chromium, or a one-line skip (a failure under SYMCONVEX_REQUIRE_BROWSER=1)."""
    required = os.environ.get("SYMCONVEX_REQUIRE_BROWSER") == "1"
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright, reason = None, "the playwright package is not installed"
    else:
        reason = None if chromium else "no chromium on PATH (apt-get install chromium)"
    if reason:
        if required:
            pytest.fail(f"SYMCONVEX_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    return sync_playwright, chromium


@pytest.fixture(scope="module")
def _server_process():
    """``symconvex serve`` on 127.0.0.1 and a free port (``--port 0``), in its own process."""
    root = str(pathlib.Path(__file__).resolve().parents[1])  # this source tree, even when not installed
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    proc = subprocess.Popen([sys.executable, "-m", "symconvex", "serve", "--port", "0"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    yield proc
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def server(_server_process):
    """The address of the server ``_server_process`` started."""
    proc = _server_process
    line = proc.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:\d+/", line)
    if not match:
        proc.kill()
        pytest.fail(f"symconvex serve did not start: {line!r} {proc.stderr.read()[:300]!r}")
    return match.group(0)


@pytest.fixture(scope="module")
def browser():
    sync_playwright, chromium = _browser_or_skip()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.mark.parametrize("claim, verdict, fact", [
    (XY, "refuted", "not convex"),
    pytest.param(X2Y2, "holds", "not convex", marks=pytest.mark.slow),  # every browser test is slow (tests/conftest.py)
    pytest.param(RELU, "refuted", "not convex", marks=pytest.mark.slow),
])
def test_browser_paste_a_seed_claim_see_the_answer_and_verify_the_download(browser, server, tmp_path, capsys,
                                                                           claim, verdict, fact):
    page = browser.new_page(viewport={"width": 1100, "height": 900}, accept_downloads=True)
    try:
        page.goto(server)
        page.fill("#claim", claim)
        page.click("#check")
        page.wait_for_selector("#result", timeout=60_000)
        assert page.inner_text(".verdict .badge").lower() == verdict
        assert page.inner_text(".decisive").startswith(f"Proved: {fact}")
        assert page.locator("figure.plot svg").count() >= 1
        assert page.locator(".claim math").count() >= 1
        page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
        with page.expect_download() as info:
            page.click("#dl-certificates")
        saved = tmp_path / "certificates.json"
        info.value.save_as(saved)
    finally:
        page.close()
    assert json.loads(saved.read_text())  # the file is the certificate JSON itself
    capsys.readouterr()
    assert main(["verify", str(saved)]) == 0  # `symconvex verify certificates.json`
    out = capsys.readouterr().out
    assert out.startswith("accepted: ") and fact.replace(" ", "_") in out


def test_api_error_object_has_the_cli_error_keys(client, capsys):
    """(User trial, session 10.) The API's error object lacked ``facts`` and ``explanation``, keys CLAIMS.md's
    output contract requires and ``symconvex check --json`` prints for the same error."""
    bad = "$f(x, y) = xy$ is conex"   # one slip from convex and from cone: refused (a single-word slip is read)
    r = client.post("/api/check", json={"claim": bad})
    assert r.status_code == 400
    data = r.json()
    assert main(["check", "--json", bad]) == 2
    cli = json.loads(capsys.readouterr().out)
    assert cli.pop("claim") == bad
    assert data == cli
    assert data["facts"] == {} and data["holds"] is None and data["certificates"] == []
    assert data["error"].startswith("'conex' is not a property: it is one letter from 'convex'")
