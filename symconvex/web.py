r"""``symconvex serve``: a local web page and a JSON API for claims and functions (surface layer).

Routes (``create_app``):

- ``GET /`` the page: a claim box (or a function with a domain), examples; ``GET /?claim=...`` and
  ``POST /`` (an HTML form) answer and show the result: the claim rendered as MathML (no JavaScript), the
  answer (holds / refuted / undecided) and the proven facts, each certificate explained in words with its
  numbers, a plot of f along the refuting segment or line (server-side SVG), and downloads.
- ``GET /result/{id}/certificates.json`` (every certificate: what ``symconvex verify`` reads),
  ``/result/{id}/certificate-{k}.json``, ``/result/{id}/proof.tex`` (``latex.to_latex``) and
  ``/result/{id}/proof.pdf`` (pdflatex, when installed). Results are kept in memory, newest ``KEEP_RESULTS``.
- ``POST /api/check {"claim": ...}`` and ``POST /api/analyze {"expr": ..., "domain": ..., "vars": ...}``: the
  JSON objects of ``symconvex check --json`` / ``analyze --json`` (``ClaimResult.to_dict()``,
  ``Analysis.to_dict()``). Bad input: HTTP 400 with the error object the CLI prints under ``--json``
  (``{"error": "<one line>", "holds": null, ...}``); input over ``MAX_CHARS`` characters: 413.

Time limit. Each answer is computed in a fresh worker process forked from a warm ``forkserver`` (SymPy and
symconvex already imported), where it runs in the worker's main thread, so the search's own SIGALRM budget
(``analysis.time_limit``) works as on the command line: a search that runs out of time answers "undecided".
The server waits for the worker in a thread, with a hard deadline (the budget plus ``GRACE`` seconds for the
plots and the LaTeX): a worker still running then is killed and the request gets a one-line error (HTTP 504).
Nothing the worker does can hang the server's event loop or outlive its deadline. At most ``workers`` answers
are computed at once; further requests wait for a slot (and get HTTP 503 if none frees up in time).

Soundness is unchanged: every verdict shown comes from ``check_claim`` / ``analyze`` (the gate); the plots use
the checker's evaluator at sample points and are display only (floats appear only there).
"""

from __future__ import annotations

import asyncio
import html
import io
import json
import multiprocessing
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import OrderedDict
from fractions import Fraction
from importlib import resources
from urllib.parse import parse_qs, quote

import sympy as sp

from .errors import InputError, SymconvexError

#: The longest claim, expression, domain or variable list accepted (characters).
MAX_CHARS = 4000
#: The largest request body read (bytes); a longer body is refused before it is read in full.
MAX_BODY = 64 * 1024
#: Default seconds the search may run for one request (``symconvex serve --timeout``).
DEFAULT_TIMEOUT = 30.0
#: Seconds beyond the search budget for plots and LaTeX before the worker is killed.
GRACE = 15.0
#: How many answers the server keeps for their download links.
KEEP_RESULTS = 200
#: Networks with more weights than this get no plot (the page stays quick).
PLOT_MAX_WEIGHTS = 400
SAMPLES = 81

EXAMPLES = (
    r"$f(x,y) = xy$ is convex",
    r"The function $f(x, y) = x^2 y^2$ is not convex.",
    r"$\sigma(x) = \frac{1}{1+e^{-x}}$ is convex on $\mathbb{R}$",
    r"$\frac{x^2}{y}$ is convex on $y > 0$",
    r"$\log(e^{x} + e^{y})$ is convex",
    r"$(1 - \rho(w_1 \rho(w_0 + b_0) + b_1))^2$ is convex in $w_0, b_0, w_1, b_1$ where $\rho(z) = \max\{0, z\}$",
    "The loss of a neural network with one hidden layer is convex in its weights.",
)


class WorkerTimeout(Exception):
    """The worker outlived its hard deadline and was killed."""


class ServerBusy(Exception):
    """No worker slot freed up in time."""


def one_line(text) -> str:
    """A message on one line (what every error shown by the page or the API is)."""
    return " ".join(str(text).split())


# ===================================================================================== worker processes

def _child(conn, fn, args) -> None:
    """The worker's body: ``fn(*args)`` in this process's main thread, the outcome sent back as plain data."""
    try:
        outcome = ("ok", fn(*args))
    except SymconvexError as exc:
        outcome = ("input", one_line(exc) or type(exc).__name__)
    except RecursionError:
        outcome = ("input", "the input is nested too deeply")
    except MemoryError:
        outcome = ("failed", "the computation ran out of memory")
    except Exception as exc:  # an engine failure is a one-line error, never a traceback on the page
        outcome = ("failed", f"internal error ({type(exc).__name__}: {one_line(exc)[:160]})")
    try:
        conn.send(outcome)
    finally:
        conn.close()


class Runner:
    """Runs picklable module-level functions in worker processes forked from a warm forkserver, each with a
    hard deadline, at most ``workers`` at a time."""

    def __init__(self, workers: int | None = None, preload=("symconvex.web_worker",)):
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(list(preload))
        self._slots = threading.BoundedSemaphore(self.workers)

    def call(self, deadline: float, fn, *args):
        """``fn(*args)`` in a worker; ``deadline`` seconds at most (then the worker is killed and
        ``WorkerTimeout`` raised). Returns ``(status, value)``: status "ok", "input" (a one-line input error) or
        "failed" (a one-line engine failure). Blocking: call it from a thread."""
        start = time.monotonic()
        if not self._slots.acquire(timeout=deadline):
            raise ServerBusy()
        try:
            receive, send = self._ctx.Pipe(duplex=False)
            proc = self._ctx.Process(target=_child, args=(send, fn, args), daemon=True)
            proc.start()
            send.close()
            try:
                left = max(deadline - (time.monotonic() - start), 0.01)
                if not receive.poll(left):
                    raise WorkerTimeout()
                try:
                    return receive.recv()
                except (EOFError, OSError):
                    return ("failed", "the worker stopped without an answer (out of memory?)")
            finally:
                receive.close()
                if proc.is_alive():
                    proc.kill()
                proc.join(5)
        finally:
            self._slots.release()

    async def run(self, deadline: float, fn, *args):
        """``call`` from the event loop, in a thread: the loop keeps serving while the worker computes."""
        return await asyncio.to_thread(self.call, deadline, fn, *args)


# ============================================================================================ jobs
# Module-level functions (picklable by name) run in the worker; they return plain data only.

def job_check(text: str, timeout: float, render: bool) -> dict:
    """``check_claim(text)``: the ``--json`` object, and with ``render`` the page fragments and downloads."""
    from .claims import check_claim

    result = check_claim(text, timeout=timeout)
    out = {"payload": result.to_dict()}
    if render:
        out.update(_render_result(result, family=hasattr(result, "answers")))
    return out


def job_analyze(expr: str, domain: str | None, variables: str | None, timeout: float, render: bool) -> dict:
    """What ``symconvex analyze EXPR [--vars] [--domain] --json`` computes."""
    from .analysis import analyze
    from .api_input import coerce_function
    from .parsing import parse_domain, parse_variables

    f = coerce_function(expr)     # as the CLI and the Python API read it (a function by cases too)
    names = parse_variables(variables) if variables else None
    dom = parse_domain(domain) if domain else None
    analysis = analyze(f, names, dom, timeout=timeout)
    out = {"payload": {**analysis.to_dict(), "error": None}}
    if render:
        out.update(_render_analysis(analysis, expr, domain))
    return out


# ============================================================================================ rendering

_MATHML_TAGS = {"math", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msub", "msup", "msubsup", "mfrac",
                "msqrt", "mroot", "mstyle", "mtable", "mtr", "mtd", "mover", "munder", "munderover", "mpadded",
                "mphantom", "menclose", "semantics", "annotation", "merror", "mfenced"}
_MATHML_NS = "{http://www.w3.org/1998/Math/MathML}"


def _clean_mathml(markup: str) -> str | None:
    """``markup`` re-serialized if it is MathML only (whitelisted elements, no event or link attributes), else
    None: latex2mathml copies ``\\text{...}`` verbatim, so its output is never trusted as HTML."""
    try:
        root = ET.fromstring(markup)
    except ET.ParseError:
        return None
    for el in root.iter():
        if el.tag.removeprefix(_MATHML_NS) not in _MATHML_TAGS:
            return None
        for name in list(el.attrib):
            if name.lower().startswith("on") or "href" in name.lower() or ":" in name or "{" in name:
                del el.attrib[name]
    ET.register_namespace("", _MATHML_NS[1:-1])
    return ET.tostring(root, encoding="unicode", short_empty_elements=False)


def math_html(latex: str, *, display: bool = False) -> str:
    """LaTeX as MathML (latex2mathml), or as escaped code when it cannot be converted safely."""
    try:
        from latex2mathml.converter import convert

        markup = _clean_mathml(convert(latex, display="block" if display else "inline"))
    except Exception:  # latex2mathml raises many kinds of errors on LaTeX it does not know
        markup = None
    return markup if markup else f"<code>{html.escape(latex)}</code>"


def latex_of(expr) -> str:
    """SymPy's LaTeX for display, with plain parentheses (MathML spaces ``\\left(`` widely)."""
    return sp.latex(expr).replace(r"\left(", "(").replace(r"\right)", ")")


_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)


def text_with_math(text: str) -> str:
    """Prose with ``$...$`` / ``\\(...\\)`` pieces rendered as MathML, the rest escaped."""
    out, last = [], 0
    for m in _MATH.finditer(text):
        out.append(html.escape(text[last:m.start()]))
        latex = next(g for g in m.groups() if g is not None)
        out.append(math_html(latex, display=bool(m.group(1) or m.group(4))))
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def _number(x) -> str:
    """A stated number as text: exact "p/q" as written, "~1.2e-3" as ≈ 1.2e-3."""
    if isinstance(x, str) and x.startswith("~"):
        return "≈ " + x[1:]
    return str(x)


def _to_float(x) -> float:
    """Display only: a number (rational, interval, stated string) as a float."""
    if isinstance(x, str):
        return float(x[1:]) if x.startswith("~") else float(Fraction(x))
    try:
        return float(x)
    except TypeError:
        import mpmath

        return float(mpmath.mpf(x.mid)) if hasattr(x, "mid") else float(mpmath.mpf(x))


def _listed(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _vector(values) -> str:
    return "(" + ", ".join(_number(v) for v in values) + ")"


def _pretty(expr) -> str:
    from .pretty import pretty

    try:
        return pretty(expr)
    except Exception:
        return sp.sstr(expr)


def _tree_text(tree) -> str:
    from .certificates import to_sympy

    try:
        return _pretty(to_sympy(tree))
    except Exception:
        return json.dumps(tree)[:200]


class _Sampler:
    """Values of a certificate's function at points (the checker's evaluator; floats for display only)."""

    def __init__(self, cert):
        from .check import subject_names, subject_tree

        self.tree = subject_tree(cert)
        self.names = subject_names(cert)

    def value(self, point):
        from .check.evaluate import value_at
        from .check.numbers import interval_precision

        with interval_precision():
            return _to_float(value_at(self.tree, self.names, point))

    def pattern(self, point, direction):
        from .check.evaluate import evaluate, line_jets
        from .check.numbers import interval_precision

        with interval_precision():
            return evaluate(self.tree, line_jets(self.names, point, direction, 2), 2)[1]

    def along(self, origin, step, ts):
        out = []
        for s in ts:
            try:
                out.append((float(s), self.value([o + s * d for o, d in zip(origin, step)])))
            except Exception:  # undefined there: leave a gap
                continue
        return out


def _matplotlib():
    """matplotlib on its Agg backend (no display: the plots are SVG text made on the server), imported on the first
    plot so that ``import symconvex`` and the command line do not pay for it."""
    import matplotlib

    matplotlib.use("Agg")
    return matplotlib


def _svg(fig) -> str:
    buffer = io.StringIO()
    with _matplotlib().rc_context({"svg.fonttype": "none", "svg.hashsalt": "symconvex"}):
        fig.savefig(buffer, format="svg", bbox_inches="tight")
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def _axes(title: str):
    _matplotlib()
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.4, 3.4))
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=10)
    ax.grid(True, color="#e5e7eb", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def plot_midpoint(cert, name: str = "f") -> str | None:
    """f on the segment from a to b (s ↦ f((1−s)a + s b)), the chord, and the points a, b, m."""
    from .certificates import parse_coordinate, parse_rational

    sampler = _Sampler(cert)
    a = [parse_coordinate(v) for v in cert.a]
    b = [parse_coordinate(v) for v in cert.b]
    lam = parse_rational(cert.lam)
    s_m = 1 - lam  # m = lam a + (1 - lam) b = (1 - s) a + s b
    step = [y - x for x, y in zip(a, b)]
    ts = sorted({Fraction(k, SAMPLES - 1) for k in range(SAMPLES)} | {s_m})
    pts = sampler.along(a, step, ts)
    if len(pts) < 3:
        return None
    fa, fb = sampler.value(a), sampler.value(b)
    fm = sampler.value([x + s_m * d for x, d in zip(a, step)])
    chord = (1 - float(s_m)) * fa + float(s_m) * fb
    fig, ax = _axes(f"{name} on the segment from a to b")
    ax.plot([p[0] for p in pts], [p[1] for p in pts], color="#1d4ed8", linewidth=2,
            label=f"{name}((1−s)·a + s·b)")
    ax.plot([0, 1], [fa, fb], color="#6b7280", linestyle="--", linewidth=1.4, label="chord")
    ax.plot([float(s_m)] * 2, [chord, fm], color="#dc2626", linewidth=1.6, label="the gap")
    ax.scatter([0, 1, float(s_m)], [fa, fb, fm], color="#111827", zorder=3, s=22)
    ax.scatter([float(s_m)], [chord], color="#6b7280", zorder=3, s=18)
    for x, y, label in ((0, fa, "a"), (1, fb, "b"), (float(s_m), fm, "m")):
        ax.annotate(label, (x, y), textcoords="offset points", xytext=(4, 6), fontsize=10, fontweight="bold")
    ax.set_xlabel("s (the point (1−s)·a + s·b)")
    ax.set_ylabel(name)
    ax.legend(fontsize=8, loc="best", frameon=False)
    return _svg(fig)


def plot_curvature(cert, name: str = "f") -> str | None:
    """φ(t) = f(p + t u) near t = 0, with its second-order Taylor polynomial from the stated jet."""
    from .certificates import parse_coordinate

    sampler = _Sampler(cert)
    p = [parse_coordinate(v) for v in cert.point]
    u = [parse_coordinate(v) for v in cert.direction]
    pattern = sampler.pattern(p, u)
    h = Fraction(1)
    for _ in range(30):  # a window whose probes keep the certificate's smooth piece
        try:
            probes = [h * Fraction(k, 8) for k in range(-8, 9) if k]
            if all(sampler.pattern([x + s * d for x, d in zip(p, u)], u) == pattern for s in probes):
                break
        except Exception:
            pass
        h /= 2
    ts = [-h + 2 * h * Fraction(k, SAMPLES - 1) for k in range(SAMPLES)]
    pts = sampler.along(p, u, ts)
    if len(pts) < 3:
        return None
    f0, d1, d2 = (_to_float(cert.value), _to_float(cert.slope), _to_float(cert.second_derivative))
    fig, ax = _axes(f"φ(t) = {name}(p + t·u) near t = 0")
    ax.plot([q[0] for q in pts], [q[1] for q in pts], color="#1d4ed8", linewidth=2, label="φ(t)")
    xs = [float(t) for t in ts]
    ax.plot(xs, [f0 + d1 * t + d2 * t * t / 2 for t in xs], color="#dc2626", linestyle=":", linewidth=1.4,
            label="φ(0) + φ′(0)·t + φ″(0)·t²/2")
    ax.plot(xs, [f0 + d1 * t for t in xs], color="#6b7280", linestyle="--", linewidth=1.2, label="tangent at 0")
    ax.scatter([0], [f0], color="#111827", zorder=3, s=22)
    ax.annotate("p", (0, f0), textcoords="offset points", xytext=(4, 6), fontsize=10, fontweight="bold")
    ax.set_xlabel("t (the point p + t·u)")
    ax.set_ylabel("φ")
    ax.legend(fontsize=8, loc="best", frameon=False)
    return _svg(fig)


def _plot(cert) -> str | None:
    if cert.kind not in ("midpoint", "curvature"):
        return None
    if cert.network is not None:
        from .check.network import parameter_names

        if len(parameter_names(cert.network)) > PLOT_MAX_WEIGHTS:
            return None
    name = "L" if cert.network is not None else "f"
    try:
        return (plot_midpoint if cert.kind == "midpoint" else plot_curvature)(cert, name)
    except Exception:  # display only: a plot that cannot be drawn is left out
        return None


def _derivation_html(node, depth: int = 0, budget: list | None = None) -> str:
    budget = budget if budget is not None else [60]
    if budget[0] <= 0:
        return "<li>…</li>"
    budget[0] -= 1
    expr = html.escape(_tree_text(node.get("expr"))) if node.get("expr") is not None else ""
    facts = ", ".join(str(node.get(k)) for k in ("curvature", "sign") if node.get(k) not in (None, "", "unknown"))
    kids = node.get("children", []) or []
    inner = "".join(_derivation_html(k, depth + 1, budget) for k in kids) if depth < 8 else ""
    return (f"<li><code>{expr}</code> is {html.escape(facts) or '—'} "
            f"<span class=rule>({html.escape(str(node.get('rule', '?')))})</span>"
            + (f"<ul>{inner}</ul>" if inner else "") + "</li>")


def _matrix_html(rows) -> str:
    """A matrix of expression trees as MathML (a table of text when it cannot be shown so)."""
    from .certificates import to_sympy

    try:
        if len(rows) <= 8 and all(len(r) <= 8 for r in rows):
            matrix = sp.Matrix([[to_sympy(c) for c in row] for row in rows])
            return math_html(sp.latex(matrix, mat_delim="("))
    except Exception:
        pass
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(_tree_text(c))}</td>" for c in row) + "</tr>"
                    for row in rows[:8])
    return f"<table class=matrix>{cells}</table>"


def explain_certificate(cert) -> str:
    """The certificate in words, with its numbers (HTML)."""
    e = html.escape
    kind, st = cert.kind, cert.statement
    subject = "the loss L" if cert.network is not None else "f"
    f = "L" if cert.network is not None else "f"
    if kind == "midpoint":
        v = cert.values
        lam = cert.lam
        rel, word, chords = {"convex": (">", "above", "on or below its chords"),
                             "concave": ("<", "below", "on or above its chords"),
                             "strictly_convex": ("≥", "on or above", "strictly below its chords between their ends"),
                             "strictly_concave": ("≤", "on or below", "strictly above its chords between their ends"),
                             }.get(cert.refutes, ("?", "?", "?"))
        try:
            chord = Fraction(lam) * Fraction(v["f(a)"]) + (1 - Fraction(lam)) * Fraction(v["f(b)"])
            chord_text = str(chord)
        except (KeyError, ValueError, TypeError, ZeroDivisionError):
            chord_text = f"{lam}·{f}(a) + (1 − {lam})·{f}(b)"
        prop = cert.refutes.replace("_", " ")
        return (f"<p>Take the points <b>a</b> = {e(_vector(cert.a))} and <b>b</b> = {e(_vector(cert.b))} of the "
                f"domain and λ = {e(lam)}. The point <b>m</b> = λ·a + (1 − λ)·b = {e(_vector(cert.m))}.</p>"
                f"<table class=nums><tr><th>{f}(a)</th><td>{e(_number(v.get('f(a)', '?')))}</td></tr>"
                f"<tr><th>{f}(b)</th><td>{e(_number(v.get('f(b)', '?')))}</td></tr>"
                f"<tr><th>{f}(m)</th><td>{e(_number(v.get('f(m)', '?')))}</td></tr>"
                f"<tr><th>chord at m: λ·{f}(a) + (1 − λ)·{f}(b)</th><td>{e(chord_text)}</td></tr></table>"
                f"<p>A {e(prop)} function lies {e(chords)}. Here {f}(m) {e(rel)} the chord value: the graph is "
                f"{e(word)} the chord at m, so {subject} is <b>not {e(prop)}</b> on the domain.</p>")
    if kind == "curvature":
        sign = "< 0" if cert.refutes == "convex" else "> 0"
        need = "≥ 0" if cert.refutes == "convex" else "≤ 0"
        pattern = (f" It lies strictly inside one smooth piece (kink pattern {e(str(list(cert.pattern)[:12]))}"
                   f"{'…' if len(cert.pattern) > 12 else ''}), so {subject} is twice differentiable near p."
                   if len(cert.pattern) else "")
        return (f"<p>Along the line through <b>p</b> = {e(_vector(cert.point))} in the direction "
                f"<b>u</b> = {e(_vector(cert.direction))}, let φ(t) = {subject}(p + t·u). The point p is strictly "
                f"inside the domain.{pattern}</p>"
                f"<table class=nums><tr><th>φ(0) = {f}(p)</th><td>{e(_number(cert.value))}</td></tr>"
                f"<tr><th>φ′(0)</th><td>{e(_number(cert.slope))}</td></tr>"
                f"<tr><th>φ″(0)</th><td>{e(_number(cert.second_derivative))} {e(sign)}</td></tr></table>"
                f"<p>A {e(cert.refutes)} function that is twice differentiable near an interior point has "
                f"φ″(0) {e(need)} along every line, so {subject} is <b>not {e(cert.refutes)}</b> on the domain.</p>")
    if kind == "rules":
        return (f"<p>{subject} is <b>{e(cert.proves)}</b> by the composition rules of disciplined convex "
                f"programming; each node below is one rule applied to facts about its children (curvature, "
                f"sign), which the checker re-derives from the atom table:</p>"
                f"<ul class=tree>{_derivation_html(cert.derivation)}</ul>")
    if kind == "hessian":
        side = "H" if cert.proves.endswith("convex") else "−H"
        rel = "> 0" if cert.proves.startswith("strictly") else "≥ 0"
        pivots = ", ".join(_tree_text(d) for d in cert.D[:8]) + (", …" if len(cert.D) > 8 else "")
        return (f"<p>The Hessian H of {subject} factors as {side} = L·D·Lᵀ with L unit lower triangular and D "
                f"diagonal, whose pivots ({e(pivots)}) are each {e(rel)} on the domain; so {side} is positive "
                f"{'definite' if rel == '> 0' else 'semidefinite'} there and {subject} is "
                f"<b>{e(cert.proves.replace('_', ' '))}</b>.</p>"
                f"<div class=matrices><div>H = {_matrix_html(cert.hessian)}</div>"
                f"<div>L = {_matrix_html(cert.L)}</div>"
                f"<div>D = diag{_matrix_html([list(cert.D)])}</div></div>")
    return f"<p>{e(cert.summary())}</p>"


_WORDS = {True: ("holds", "The claim holds."), False: ("refuted", "The claim is refuted."),
          None: ("undecided", "Undecided: no certificate settles the claim.")}


def _facts_html(facts: dict) -> str:
    if not facts:
        return "<p class=facts>Proven facts: none.</p>"
    items = "".join(f"<li>{html.escape(f.replace('_', ' '))} <span class=muted>(certificate "
                    f"{', '.join(str(k + 1) for k in ks)})</span></li>" if ks else
                    f"<li>{html.escape(f.replace('_', ' '))}</li>" for f, ks in facts.items())
    return f"<div class=facts><h3>Proven facts</h3><ul>{items}</ul></div>"


def _certificates_html(certs, first: str | None = None) -> list[str]:
    """Each certificate explained (numbered as in the JSON; those for the fact ``first`` shown first)."""
    out = []
    order = sorted(range(len(certs)), key=lambda k: first is not None and certs[k].statement.removeprefix(
        "not_").removeprefix("strictly_") != first)
    for k in order:
        cert = certs[k]
        plot = _plot(cert)
        out.append(
            f"<section class=cert id=cert-{k + 1}><h3>Certificate {k + 1}: "
            f"{html.escape(cert.statement.replace('_', ' '))} <span class=kind>({html.escape(cert.kind)})</span></h3>"
            + explain_certificate(cert)
            + (f"<figure class=plot>{plot}</figure>" if plot else "")
            + (f"<p class=muted>({html.escape(cert.note)})</p>" if getattr(cert, "note", "") else "")
            + f"<p class=checked>✓ accepted by the independent checker: {html.escape(cert.statement)}</p>"
            + "<p class=dl-one><a download href=\"{base}/certificate-" + str(k + 1) + ".json\">certificate-"
            + str(k + 1) + ".json</a></p></section>")
    return out


def _downloads(certs, latex_text: str | None, latex_error: str = "") -> dict:
    from .certificates import dumps_readable

    dicts = [c.to_dict() for c in certs]
    return {
        "certificates": dumps_readable(dicts[0] if len(dicts) == 1 else dicts) + "\n" if dicts else None,
        "each": [dumps_readable(d) + "\n" for d in dicts],
        "latex": latex_text,
        "latex_error": latex_error,
    }


def _latex_of(make) -> tuple[str | None, str]:
    try:
        return make(), ""
    except Exception as exc:
        return None, one_line(exc)[:200]


def _render_result(result, *, family: bool) -> dict:
    """The page fragments for a ``ClaimResult`` or a ``FamilyResult`` (runs in the worker)."""
    holds = result.holds
    word, sentence = _WORDS[holds]
    parts = [f"<div class='verdict {word}'><span class=badge>{word}</span> {html.escape(sentence)}</div>"]
    if getattr(result, "is_landscape", False) or getattr(result, "matrix_atoms", False):
        # a saddle claim (saddle_claims) or matrix atoms of every size (matrix_atoms): text, reason, certificates
        text = result.claim if getattr(result, "is_landscape", False) else result.text
        parts.append(f"<div class=claim><h3>The claim</h3><p class=pasted>{text_with_math(text)}</p>"
                     f"<p class=explanation>{html.escape(result.explanation)}</p></div>")
        parts += _certificates_html(result.certificates)
        return {"html": "\n".join(parts), "downloads": _downloads(result.certificates, None, "no LaTeX for this claim"),
                "holds": holds}
    if hasattr(result, "subclaims"):   # a compound sentence (compound_claims): each part rendered as its own claim
        parts.append(f"<div class=claim><h3>The claim</h3><p class=pasted>{text_with_math(result.text)}</p>"
                     f"<p class=explanation>{html.escape(result.explanation)}</p></div>")
        for k, p in enumerate(result.subclaims, 1):
            parts.append(f"<h3>Part {k} ({html.escape(p.role)}): {text_with_math(p.says)}</h3>")
            parts.append(_render_result(p.result, family=hasattr(p.result, "answers"))["html"])
        return {"html": "\n".join(parts), "holds": holds,
                "downloads": _downloads(result.certificates, None, "one proof per part: check each part on its own")}
    parts.append(f"<div class=claim><h3>The claim</h3><p class=pasted>{text_with_math(result.claim.text)}</p>")
    if family:
        from .latex import family_document

        c = result.claim
        parts.append(f"<p>Read as a family claim: {html.escape(c.statement)}.</p>")
        for note in c.notes:
            parts.append(f"<p class=muted>({html.escape(note)})</p>")
        parts.append("</div>")
        rows = []
        for a in result.answers:
            member = ""
            if a.member is not None:
                spec = a.member.spec
                member = (f"layers {'-'.join(str(w) for w in spec['layers'])}, "
                          f"{', '.join(spec['activations'])}, {spec['loss']} loss, "
                          f"{len(a.member.names)} weight{'' if len(a.member.names) == 1 else 's'}, data "
                          + html.escape(", ".join(f"x = {_vector(_listed(x))} → y = {_vector(_listed(y))}"
                                                  for x, y in list(zip(spec["inputs"], spec["targets"]))[:6])))
            rows.append(f"<tr><td>{html.escape(a.reading.words)}</td><td class={_WORDS[a.holds][0]}>"
                        f"{_WORDS[a.holds][0]}</td><td>{html.escape(a.reason)}</td><td>{member}</td></tr>")
        parts.append("<div class=readings><h3>Readings</h3><table><tr><th>reading</th><th>answer</th>"
                     f"<th>why</th><th>member</th></tr>{''.join(rows)}</table></div>")
        certs = result.certificates
        latex_text, latex_error = _latex_of(lambda: family_document(result)) if certs else (None, "no certificate")
        parts += _certificates_html(certs)
    else:
        c = result.claim
        args = ", ".join(latex_of(v) for v in c.variables)
        head = f"{c.name or 'f'}({args}) = {latex_of(c.function)}"
        prop = "neither convex nor concave" if c.property == "neither" else c.property
        dom = (", ".join(latex_of(x) for x in c.domain)) if c.domain else None
        parts.append(f"<p class=reading>Read as: {math_html(head)} is "
                     f"<b>{'not ' if c.negated else ''}{html.escape(prop)}</b> in "
                     f"{math_html('(' + args + ')')}"
                     + (f" on {math_html(dom)}" if dom else _whole_space(c)) + "</p>")
        if c.note:
            parts.append(f"<p class=muted>({html.escape(c.note)})</p>")
        parts.append("</div>")
        fact = c.property.replace(" ", "_")
        decisive = [f for f in (fact, "not_" + fact) if f in result.facts] if fact != "neither" else []
        if decisive and holds is not None:
            ks = ", ".join(str(k + 1) for k in result.facts[decisive[0]])
            parts.insert(1, f"<p class=decisive>Proved: {html.escape(decisive[0].replace('_', ' '))}"
                         + (f" (certificate {ks})" if ks else "") + ".</p>")
        parts.append(f"<p>Curvature: <b>{html.escape(result.curvature)}</b></p>")
        parts.append(_facts_html(result.facts))
        if result.explanation and holds is None:
            parts.append(f"<p class=explanation>{html.escape(result.explanation)}</p>")
        certs = result.certificates
        if result.analysis is not None and certs:
            from .latex import to_latex

            latex_text, latex_error = _latex_of(lambda: to_latex(result))   # as `symconvex check --latex` writes it
        else:
            latex_text, latex_error = None, "no certificate"
        parts += _certificates_html(certs, c.property.removeprefix("strictly "))
    return {"html": "\n".join(parts), "downloads": _downloads(certs, latex_text, latex_error),
            "holds": holds}


def _render_analysis(analysis, expr: str, domain: str | None) -> dict:
    """The page fragments for ``analyze`` (a function and a domain)."""
    from .latex import to_latex

    verdict = analysis.curvature.value
    word = "undecided" if verdict == "unknown" else "holds"
    args = ", ".join(latex_of(v) for v in analysis.variables)
    parts = [f"<div class='verdict {word if word == 'undecided' else 'decided'}'><span class=badge>{html.escape(verdict)}</span> "
             f"{'No certificate decides the curvature.' if verdict == 'unknown' else 'Curvature: ' + html.escape(verdict) + '.'}</div>",
             f"<div class=claim><h3>The function</h3><p class=reading>{math_html(f'f({args}) = ' + latex_of(analysis.function))}"
             + (f" on {math_html(', '.join(latex_of(c) for c in analysis.domain.constraints))}"
                if analysis.domain and analysis.domain.constraints else " on its natural domain")
             + "</p></div>", _facts_html(analysis.facts)]
    if analysis.explanation:
        parts.append(f"<p class=explanation>{html.escape(analysis.explanation)}</p>")
    certs = list(analysis.certificates)
    latex_text, latex_error = _latex_of(lambda: to_latex(analysis)) if certs else (None, "no certificate")
    parts += _certificates_html(certs)
    return {"html": "\n".join(parts), "downloads": _downloads(certs, latex_text, latex_error), "holds": None}


# ============================================================================================ the page

def _asset(name: str) -> str:
    return resources.files("symconvex").joinpath("web_assets", name).read_text(encoding="utf-8")


def _page(*, claim: str = "", expr: str = "", domain: str = "", variables: str = "", body: str = "",
          error: str = "", mode: str = "claim") -> str:
    e = html.escape
    examples = "".join(f"<li><a href=\"/?claim={quote(x)}\">{text_with_math(x)}</a></li>" for x in EXAMPLES)
    err = f"<p class=error role=alert>error: {e(error)}</p>" if error else ""
    return _asset("page.html").format(
        claim=e(claim), expr=e(expr), domain=e(domain), vars=e(variables), examples=examples, error=err,
        result=body, max_chars=MAX_CHARS, fn_open=" open" if mode == "function" else "",
        examples_open=" open" if not (body or error) else "")


def _result_body(rid: str, out: dict, pdf: bool) -> str:
    d = out["downloads"]
    base = f"/result/{rid}"
    links = []
    if d["certificates"]:
        links.append(f"<a id=dl-certificates download href=\"{base}/certificates.json\">certificates.json</a>"
                     " <span class=muted>(re-check: <code>symconvex verify certificates.json</code>)</span>")
    else:
        links.append("<span class=muted>no certificate to download</span>")
    if d["latex"]:
        links.append(f"<a id=dl-latex download href=\"{base}/proof.tex\">proof.tex</a>")
        links.append(f"<a id=dl-pdf download href=\"{base}/proof.pdf\">proof.pdf</a>" if pdf else
                     "<span id=dl-pdf class=muted>PDF unavailable: pdflatex is not installed on this server</span>")
    else:
        why = d.get("latex_error") or "no certificate"
        links.append(f"<span class=muted>LaTeX proof unavailable: {html.escape(why)}</span>")
    downloads = "<div class=downloads><h3>Downloads</h3><ul>" + "".join(f"<li>{x}</li>" for x in links) + \
        f"</ul><p class=muted>JSON, as <code>symconvex check --json</code> prints it: " \
        f"<a href=\"{base}/answer.json\">answer.json</a></p></div>"
    html_body = out["html"].replace("{base}", base)
    return f"<section id=result>{html_body}\n{downloads}</section>"


class _Results:
    """The newest answers, for their download links (in memory; bounded)."""

    def __init__(self, keep: int = KEEP_RESULTS):
        self.keep, self._items, self._lock = keep, OrderedDict(), threading.Lock()

    def add(self, entry: dict) -> str:
        rid = secrets.token_urlsafe(12)
        with self._lock:
            self._items[rid] = entry
            while len(self._items) > self.keep:
                self._items.popitem(last=False)
        return rid

    def get(self, rid: str) -> dict | None:
        with self._lock:
            return self._items.get(rid)


def compile_pdf(latex: str, timeout: float = 60.0) -> bytes:
    """The PDF pdflatex makes of ``latex`` (no shell escape, in a fresh folder, run twice so that every reference
    and citation is resolved), or ``InputError``."""
    exe = shutil.which("pdflatex")
    if not exe:
        raise InputError("PDF unavailable: pdflatex is not installed on this server")
    with tempfile.TemporaryDirectory(prefix="symconvex-web-") as folder:
        with open(os.path.join(folder, "proof.tex"), "w", encoding="utf-8") as handle:
            handle.write(latex)
        deadline = time.monotonic() + timeout
        try:  # twice: the second run resolves the references and citations (else "Fact ??" and "[?]")
            for _ in range(2):
                subprocess.run([exe, "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", "proof.tex"],
                               cwd=folder, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, timeout=max(deadline - time.monotonic(), 0.001),
                               check=False)
                if not os.path.exists(os.path.join(folder, "proof.pdf")):
                    break
        except subprocess.TimeoutExpired:
            raise InputError(f"pdflatex took longer than {timeout:g} s") from None
        pdf = os.path.join(folder, "proof.pdf")
        if not os.path.exists(pdf):
            raise InputError("pdflatex could not compile the proof; download proof.tex instead")
        with open(pdf, "rb") as handle:
            return handle.read()


# ============================================================================================ the app

def _error_object(message: str) -> dict:
    """The object ``symconvex ... --json`` prints for an error (CLAIMS.md's keys: ``facts`` too, empty)."""
    return {"error": message, "holds": None, "curvature": "unknown", "certificates": [], "facts": {},
            "explanation": "", "verified": False}


#: The fields of each JSON API's body, the first required.
_API_FIELDS = {"check": ("claim",), "analyze": ("expr", "domain", "vars")}


class _TooLarge(InputError):
    pass


def create_app(*, timeout: float = DEFAULT_TIMEOUT, grace: float = GRACE, workers: int | None = None,
               runner: Runner | None = None):
    """The ASGI application (Starlette). ``timeout``: seconds the search may run per request; the worker is
    killed ``grace`` seconds after that."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse as _HTMLResponse
    from starlette.responses import JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route

    runner = runner or Runner(workers)
    results = _Results()
    # the page runs no script at all; styles and everything else come from this server only
    csp = {"Content-Security-Policy": "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                      "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
           "X-Content-Type-Options": "nosniff"}

    def HTMLResponse(text: str, status_code: int = 200):  # noqa: N802 - Starlette's name, with the headers
        return _HTMLResponse(text, status_code=status_code, headers=csp)
    pdf_lock = threading.Lock()

    async def body_of(request: Request) -> bytes:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            raise _TooLarge(f"the request is larger than {MAX_BODY} bytes")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise _TooLarge(f"the request is larger than {MAX_BODY} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def field(value, name: str, *, required: bool) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip() and not required):
            if required:
                raise InputError(f'"{name}" is missing')
            return None
        if not isinstance(value, str):
            raise InputError(f'"{name}" must be a string')
        if len(value) > MAX_CHARS:
            raise _TooLarge(f"{name} is {len(value)} characters long; the limit is {MAX_CHARS}")
        if not value.strip():
            raise InputError(f'"{name}" is empty')
        return value.strip()

    async def compute(kind: str, values: dict, render: bool) -> tuple[str, object]:
        """Run one job in a worker: ("ok", out) or ("input" | "failed" | "timeout" | "busy", message)."""
        if kind == "check":
            fn, args = job_check, (values["claim"], timeout, render)
        else:
            fn, args = job_analyze, (values["expr"], values.get("domain"), values.get("vars"), timeout, render)
        try:
            return await runner.run(timeout + grace, fn, *args)
        except WorkerTimeout:
            return "timeout", f"the answer took longer than {timeout + grace:g} s and was stopped"
        except ServerBusy:
            return "busy", "the server is busy; try again in a moment"
        except Exception as exc:  # e.g. a worker that could not be started: one line, logged
            import logging

            logging.getLogger("symconvex.web").error("worker failure", exc_info=exc)
            return "failed", f"internal error ({type(exc).__name__}: {one_line(exc)[:160]})"

    status_of = {"input": 400, "failed": 500, "timeout": 504, "busy": 503}

    def api(kind: str, keys: tuple[str, ...]):
        async def endpoint(request: Request):
            try:
                raw = await body_of(request)
                try:
                    data = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, ValueError, RecursionError):
                    raise InputError('the body is not JSON; send e.g. {"claim": "$f(x,y) = xy$ is convex"}'
                                     if kind == "check" else
                                     'the body is not JSON; send e.g. {"expr": "x^2 y", "domain": "y > 0"}') from None
                if not isinstance(data, dict):
                    raise InputError("the body must be a JSON object")
                unknown = sorted(set(data) - set(keys))
                if unknown:
                    other = "analyze" if kind == "check" else "check"
                    elsewhere = set(unknown) & set(_API_FIELDS[other])   # {"expr": ...} sent to /api/check
                    raise InputError(f"unknown field {unknown[0]!r}; expected {', '.join(keys)}"
                                     + (f" ({', '.join(_API_FIELDS[other])} "
                                        f"{'goes' if len(_API_FIELDS[other]) == 1 else 'go'} to POST /api/{other})"
                                        if elsewhere else ""))
                values = {}
                for k in keys:
                    v = data.get(k)
                    if k == "vars" and isinstance(v, list):
                        if not all(isinstance(n, str) for n in v):
                            raise InputError('"vars" must be a list of names, e.g. ["x", "y"]')
                        v = ",".join(v)
                    values[k] = field(v, k, required=k == keys[0])
            except _TooLarge as exc:
                return JSONResponse(_error_object(one_line(exc)), status_code=413)
            except InputError as exc:
                return JSONResponse(_error_object(one_line(exc)), status_code=400)
            status, out = await compute(kind, values, render=False)
            if status == "ok":
                return JSONResponse(out["payload"])
            return JSONResponse(_error_object(out), status_code=status_of[status])
        return endpoint

    async def page(request: Request):
        form: dict = {}
        code = 200
        try:
            if request.method == "POST":
                raw = await body_of(request)
                parsed = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
                form = {k: v[0] for k, v in parsed.items()}
            else:
                form = dict(request.query_params)
        except _TooLarge as exc:
            return HTMLResponse(_page(error=one_line(exc)), status_code=413)
        mode = "function" if form.get("mode") == "function" or ("expr" in form and "claim" not in form) else "claim"
        shown = {"claim": form.get("claim", ""), "expr": form.get("expr", ""), "domain": form.get("domain", ""),
                 "variables": form.get("vars", ""), "mode": mode}
        if not any(form.get(k, "").strip() for k in ("claim", "expr")):
            if request.method == "POST":
                return HTMLResponse(_page(error="paste a claim (or a function) first", **shown), status_code=400)
            return HTMLResponse(_page(**shown))
        try:
            if mode == "claim":
                values = {"claim": field(form.get("claim"), "claim", required=True)}
            else:
                values = {"expr": field(form.get("expr"), "expr", required=True),
                          "domain": field(form.get("domain"), "domain", required=False),
                          "vars": field(form.get("vars"), "vars", required=False)}
        except _TooLarge as exc:
            return HTMLResponse(_page(error=one_line(exc), **{**shown, "claim": shown["claim"][:MAX_CHARS]}),
                                status_code=413)
        except InputError as exc:
            return HTMLResponse(_page(error=one_line(exc), **shown), status_code=400)
        status, out = await compute("check" if mode == "claim" else "analyze", values, render=True)
        if status != "ok":
            return HTMLResponse(_page(error=out, **shown), status_code=status_of[status])
        rid = results.add({**out["downloads"], "payload": out["payload"], "pdf": None})
        body = _result_body(rid, out, pdf=shutil.which("pdflatex") is not None)
        return HTMLResponse(_page(body=body, **shown), status_code=code)

    def entry_or_404(request: Request):
        entry = results.get(request.path_params["rid"])
        if entry is None:
            return None, PlainTextResponse("error: this result has expired; check the claim again\n",
                                           status_code=404)
        return entry, None

    async def download(request: Request):
        entry, missing = entry_or_404(request)
        if missing:
            return missing
        name = request.path_params["name"]
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        if name == "certificates.json" and entry["certificates"]:
            return Response(entry["certificates"], media_type="application/json", headers=headers)
        if name == "answer.json":
            return JSONResponse(entry["payload"])
        m = re.fullmatch(r"certificate-(\d{1,6})\.json", name)
        if m and 1 <= int(m.group(1)) <= len(entry["each"]):
            return Response(entry["each"][int(m.group(1)) - 1], media_type="application/json", headers=headers)
        if name == "proof.tex" and entry["latex"]:
            return Response(entry["latex"], media_type="application/x-tex", headers=headers)
        if name == "proof.pdf" and entry["latex"]:
            if entry["pdf"] is None:
                try:
                    def make():
                        with pdf_lock:
                            return entry["pdf"] or compile_pdf(entry["latex"])
                    entry["pdf"] = await asyncio.to_thread(make)
                except InputError as exc:
                    return PlainTextResponse(f"error: {one_line(exc)}\n", status_code=503)
            return Response(entry["pdf"], media_type="application/pdf", headers=headers)
        return PlainTextResponse("error: no such download\n", status_code=404)

    async def style(request: Request):
        return Response(_asset("style.css"), media_type="text/css")

    async def not_found(request: Request, exc):
        code = getattr(exc, "status_code", 404)
        if request.url.path.startswith("/api/"):   # an API client reads JSON, with what to send instead
            name = request.url.path[len("/api/"):]
            if code == 405 and name in _API_FIELDS:
                example = '{"claim": "$f(x,y) = xy$ is convex"}' if name == "check" else '{"expr": "x^2 y", ' \
                    '"domain": "y > 0"}'
                message = f"/api/{name} answers POST with a JSON body, e.g. {example}"
            else:
                message = "no such API; POST a JSON body to /api/check or /api/analyze"
            return JSONResponse(_error_object(message), status_code=code,
                                headers={"Allow": "POST"} if code == 405 else None)
        return PlainTextResponse(f"error: {getattr(exc, 'detail', 'not found')}\n", status_code=code)

    async def server_error(request: Request, exc):
        import logging

        logging.getLogger("symconvex.web").error("internal error on %s", request.url.path, exc_info=exc)
        return PlainTextResponse("error: internal server error\n", status_code=500)

    routes = [
        Route("/", page, methods=["GET", "POST"]),
        Route("/style.css", style),
        Route("/api/check", api("check", _API_FIELDS["check"]), methods=["POST"]),
        Route("/api/analyze", api("analyze", _API_FIELDS["analyze"]), methods=["POST"]),
        Route("/result/{rid}/{name}", download),
    ]
    from contextlib import asynccontextmanager

    from starlette.exceptions import HTTPException

    @asynccontextmanager
    async def lifespan(app):
        # start the forkserver (and its warm-up) now, in the background, so the first answer is quick
        threading.Thread(target=_warm, args=(runner,), daemon=True).start()
        yield

    return Starlette(routes=routes, exception_handlers={HTTPException: not_found, Exception: server_error},
                     lifespan=lifespan)


def _warm(runner: Runner) -> None:
    try:
        runner.call(120, abs, 0)
    except Exception:  # only a warm-up: the first request will start the workers instead
        pass


# ============================================================================================ the command

def run_serve_command(args) -> int:
    """``symconvex serve [--host 127.0.0.1] [--port 8000] [--timeout S]``: serve until Ctrl-C."""
    import socket

    try:
        import uvicorn
    except ImportError:  # pragma: no cover - a dependency of symconvex
        raise InputError("symconvex serve needs uvicorn and starlette: pip install -e .") from None
    host, port = args.host, args.port
    if not 0 <= port <= 65535:
        raise InputError(f"--port must be between 0 and 65535, not {port}")
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except (OSError, OverflowError) as exc:
        raise InputError(f"cannot listen on {host}:{port}: {getattr(exc, 'strerror', None) or exc}") from None
    app = create_app(timeout=args.timeout)
    shown = f"[{host}]" if ":" in host else host
    print(f"symconvex serve: http://{shown}:{sock.getsockname()[1]}/  (Ctrl-C to stop)", flush=True)
    config = uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=2)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
    return 0


__all__ = ["DEFAULT_TIMEOUT", "MAX_CHARS", "Runner", "create_app", "explain_certificate", "math_html",
           "plot_curvature", "plot_midpoint", "run_serve_command", "text_with_math"]


def _whole_space(claim) -> str:
    """The reading's set when the claim states none (None: the function's natural domain) or states all of R^n
    ([]: "on $\\mathbb{R}$", a tool's ``Set.univ``), which is not the natural domain of log x."""
    if claim.domain is None:
        return " on its natural domain"
    n = len(claim.variables)
    return " on " + math_html(r"\mathbb{R}" if n == 1 else r"\mathbb{R}^{%d}" % n)


# ---------------------------------------------------------------------------------------- notebooks
# Jupyter shows an object's _repr_html_: the answers get the page's fragment (verdict, facts, each certificate
# explained and plotted as SVG), without the page's download links. The package root imports this module when
# its API is first used (``symconvex._displays``); the lower layers import nothing from here.

def html_fragment(obj) -> str:
    """The page's fragment for a ``ClaimResult``, a ``FamilyResult`` or an ``Analysis`` (no download links)."""
    if hasattr(obj, "answers"):
        out = _render_result(obj, family=True)
    elif hasattr(obj, "claim"):
        out = _render_result(obj, family=False)
    else:
        out = _render_analysis(obj, "", None)
    return re.sub(r"<a [^>]*href=\"\{base\}[^>]*>.*?</a>", "", out["html"]).replace("{base}", "")


def _register_reprs() -> None:
    from .analysis import Analysis
    from .claims import ClaimResult
    from .families import FamilyResult

    for cls in (Analysis, ClaimResult, FamilyResult):
        cls._repr_html_ = html_fragment


_register_reprs()

