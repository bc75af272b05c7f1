r"""The proofs/ gallery: the canonical claims from the seed questions, as checked certificates and LaTeX proofs.

``CANONICAL`` is the table of claims, written as data: each row names the claim, where it comes from, the
subject (an expression tree or a network spec) and the evidence (points, directions, lambda) of its
certificates. ``regenerate(out_dir)`` builds every certificate from its row (the stated values are computed
by the checker's own evaluator), asserts that ``symconvex.check.verify`` accepts it, and writes
``<name>.tex`` (``symconvex.latex.document``), ``<name>.cert.json`` and a ``README.md`` index. The output is a
pure function of the table: regenerating gives byte-identical files.

A row whose ``evidence`` is ``"analyze"`` asks the engine (``symconvex.analysis.analyze``) for its
certificates instead (used for proofs of convexity, whose derivations the engine writes); such a row is
skipped with a note in the README when the engine cannot yet prove it.

``symconvex proofs [--out proofs/]`` runs ``run_proofs_command``.
"""

from __future__ import annotations

import os

from .certificates import Certificate, CurvatureCertificate, MidpointCertificate, dumps_readable, parse_rational
from .check import verify
from .check.evaluate import evaluate, line_jets, value_at
from .check.numbers import interval_precision, sign, stated
from .errors import CertificateError, InputError

# ------------------------------------------------------------------------------------------ subjects

_SEED_000_NET = {"layers": [1, 2, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
                 "inputs": [["1"], ["-1"]], "targets": [["1"], ["-1"]]}
_PERMUTATION_NET = {"layers": [1, 2, 1], "activations": ["relu", "identity"], "bias": True, "loss": "squared",
                    "inputs": [["-1"], ["1"], ["2"]], "targets": [["1"], ["2"], ["4"]]}
_LINEAR_NET = {"layers": [1, 1, 1], "activations": ["identity", "identity"], "bias": False, "loss": "squared",
               "inputs": [["1"]], "targets": [["1"]]}

_X, _Y = ["var", "x"], ["var", "y"]
_RELU_RELU = ["pow", ["add", ["num", "1"], ["mul", ["num", "-1"], ["relu", ["add", ["mul", ["var", "w_1"], ["relu", [
    "add", ["var", "w_0"], ["var", "b_0"]]]], ["var", "b_1"]]]]], ["num", "2"]]

#: The canonical claims (all from /work/shared/seeds). ``holds``: whether the quoted claim is true; ``verdict``: what
#: the certificates must prove (``regenerate`` checks it); ``evidence``: certificate rows, or "analyze".
CANONICAL: list[dict] = [
    {
        "name": "relu_network_midpoint",
        "verdict": "not_convex",
        "seed": "000",
        "title": "The squared loss of a 1-2-1 ReLU network is not convex",
        "claim": "A network built only from ReLUs (a convex function) has a convex loss: compositions of convex "
                 "functions are convex.",
        "holds": False,
        "story": "The seed answer's counterexample: x = relu(x) - relu(-x), so the two parameter vectors below "
                 "both fit the data exactly (loss 0), while their midpoint is the zero network (loss 1).",
        "variables": None, "function": None, "network": _SEED_000_NET,
        "evidence": [{"kind": "midpoint", "a": ["1", "-1", "0", "0", "1", "-1", "0"],
                      "b": ["-1", "1", "0", "0", "-1", "1", "0"], "lam": "1/2"}],
    },
    {
        "name": "sigmoid_neither",
        "verdict": "neither",
        "seed": "000",
        "title": "The sigmoid is neither convex nor concave",
        "claim": "The second derivative of the sigmoid takes both signs, so the sigmoid is not convex.",
        "holds": True,
        "story": "sigma'' = sigma (1 - sigma)(1 - 2 sigma) is negative at x = 1 (sigma(1) > 1/2) and positive "
                 "at x = -1: two curvature certificates.",
        "variables": ["x"], "function": ["sigmoid", _X], "network": None,
        "evidence": [{"kind": "curvature", "point": ["1"], "direction": ["1"]},
                     {"kind": "curvature", "point": ["-1"], "direction": ["1"]}],
    },
    {
        "name": "xy_not_convex",
        "verdict": "not_convex",
        "seed": "002",
        "title": "f(x, y) = xy is not jointly convex",
        "claim": "f(x, y) = xy is convex in x for fixed y and in y for fixed x, hence convex.",
        "holds": False,
        "story": "Convex in each variable separately, but not jointly: along the segment from (1, -1) to "
                 "(-1, 1) it is the concave parabola -(1 - 2s)^2.",
        "variables": ["x", "y"], "function": ["mul", _X, _Y], "network": None,
        "evidence": [{"kind": "midpoint", "a": ["1", "-1"], "b": ["-1", "1"], "lam": "1/2"}],
    },
    {
        "name": "x2y2_not_convex",
        "verdict": "not_convex",
        "seed": "002",
        "title": "f(x, y) = x^2 y^2 is not convex",
        "claim": "x^2 and y^2 are strictly convex, so x^2 y^2 is convex.",
        "holds": False,
        "story": "x^2 y^2 vanishes on both axes and is positive elsewhere.",
        "variables": ["x", "y"],
        "function": ["mul", ["pow", _X, ["num", "2"]], ["pow", _Y, ["num", "2"]]], "network": None,
        "evidence": [{"kind": "midpoint", "a": ["2", "0"], "b": ["0", "2"], "lam": "1/2"}],
    },
    {
        "name": "permutation_symmetry",
        "verdict": "not_convex",
        "seed": "002",
        "title": "Permutation symmetry: swapping two hidden units breaks convexity",
        "claim": "Permuting the hidden units (and the adjacent weights) does not change the loss, so a global "
                 "minimum with distinct hidden units is not unique, and the loss is not convex.",
        "holds": True,
        "story": "theta^(2) is theta^(1) with hidden units 1 and 2 swapped (rows of W^(1), b^(1) and columns of "
                 "W^(2)), so both have the same loss 0; their midpoint averages the two units into identical "
                 "ones and fits nothing. Found by swapping hidden units 1 and 2 (the permutation-symmetry "
                 "argument); what is checked is the midpoint inequality.",
        "variables": None, "function": None, "network": _PERMUTATION_NET,
        "evidence": [{"kind": "midpoint", "a": ["1", "-1", "0", "0", "2", "1", "0"],
                      "b": ["-1", "1", "0", "0", "1", "2", "0"], "lam": "1/2",
                      "note": "theta^(2) is theta^(1) with hidden units 1 and 2 swapped."}],
    },
    {
        "name": "linear_network_not_convex",
        "verdict": "not_convex",
        "seed": "002",
        "title": "A linear network with squared loss is not convex in its weights",
        "claim": "Without nonlinear activations the network is linear, so its squared loss is convex (it is "
                 "not convex only with more than one layer).",
        "holds": False,
        "story": "With one hidden layer and identity activations the output is W^(2) W^(1) x: the weights "
                 "multiply each other, and L = (W^(2) W^(1) - 1)^2 / 2 is not convex.",
        "variables": None, "function": None, "network": _LINEAR_NET,
        "evidence": [{"kind": "curvature", "point": ["0", "0"], "direction": ["1", "1"]}],
    },
    {
        "name": "logistic_regression_convex",
        "verdict": "convex",
        "seed": "002",
        "title": "Logistic regression is convex",
        "claim": "The logistic-regression loss log(1 + e^{-(w_1 + 2 w_2)}) is convex in its weights.",
        "holds": True,
        "story": "A single layer with the logistic loss: softplus of an affine function, convex by composition.",
        "variables": ["w_1", "w_2"],
        "function": ["log", ["add", ["num", "1"], ["exp", ["mul", ["num", "-1"], ["add", ["var", "w_1"], [
            "mul", ["num", "2"], ["var", "w_2"]]]]]]],
        "network": None,
        "evidence": "analyze",
    },
    {
        "name": "relu_composition_quadratic",
        "verdict": "not_convex",
        "seed": "003",
        "title": "(1 - relu(w_1 relu(w_0 + b_0) + b_1))^2 is not convex",
        "claim": "A quadratic loss is convex, so the loss of f(x) = relu(w_1 relu(w_0 x + b_0) + b_1) with "
                 "quadratic loss is convex in the weights.",
        "holds": False,
        "story": "The seed answer's example with one data point x_0 = y_0 = 1: inside the region where both "
                 "ReLUs are active the loss is (1 - w_1 (w_0 + b_0) - b_1)^2, whose Hessian is indefinite.",
        "variables": ["w_0", "b_0", "w_1", "b_1"], "function": _RELU_RELU, "network": None,
        "evidence": [{"kind": "curvature", "point": ["1", "0", "2", "0"], "direction": ["1", "0", "-1", "-1"]}],
    },
]


# ------------------------------------------------------------------------------------------ builders

def _subject(variables, function, network) -> tuple[tuple[str, ...], list]:
    if network is not None:
        from .check.network import loss_tree, parameter_names

        return tuple(parameter_names(network)), loss_tree(network)
    return tuple(variables), function


def midpoint_certificate(*, variables=None, function=None, network=None, a, b, lam="1/2", domain=(),
                         note: str = "") -> MidpointCertificate:
    """A midpoint certificate with its stated values computed by the checker's evaluator; it refutes
    convexity or concavity, whichever the sign of f(m) - chord shows (``CertificateError`` if it is 0)."""
    names, tree = _subject(variables, function, network)
    lam_q = parse_rational(lam)
    pa, pb = [parse_rational(v) for v in a], [parse_rational(v) for v in b]
    pm = [lam_q * x + (1 - lam_q) * y for x, y in zip(pa, pb)]
    with interval_precision():
        va, vb, vm = (value_at(tree, names, p) for p in (pa, pb, pm))
        from .check.numbers import add, mul, sub

        s = sign(sub(vm, add(mul(lam_q, va), mul(1 - lam_q, vb))))
        values = {"f(a)": stated(va), "f(b)": stated(vb), "f(m)": stated(vm)}
    if not s:
        raise CertificateError("midpoint: the midpoint gap is not shown nonzero")
    return MidpointCertificate(variables=names, function=None if network else function, network=network,
                               domain=tuple(domain), note=note, refutes="convex" if s > 0 else "concave",
                               a=tuple(a), b=tuple(b), lam=lam, values=values)


def curvature_certificate(*, variables=None, function=None, network=None, point, direction, domain=(),
                          note: str = "") -> CurvatureCertificate:
    """A curvature certificate with its pattern and second derivative computed by the checker's evaluator;
    it refutes convexity (second derivative < 0) or concavity (> 0)."""
    names, tree = _subject(variables, function, network)
    p, u = [parse_rational(v) for v in point], [parse_rational(v) for v in direction]
    with interval_precision():
        jet, pattern = evaluate(tree, line_jets(names, p, u, 2), 2)
        second = jet.second_derivative()
        s = sign(second)
    if not s:
        raise CertificateError("curvature: the second derivative is not shown nonzero")
    return CurvatureCertificate(variables=names, function=None if network else function, network=network,
                                domain=tuple(domain), note=note, refutes="convex" if s < 0 else "concave",
                                point=tuple(point), direction=tuple(direction), second_derivative=stated(second),
                                value=stated(jet.c[0]), slope=stated(jet.c[1]), pattern=tuple(pattern))


def build_certificates(row: dict) -> list[Certificate]:
    """The certificates of one CANONICAL row, each accepted by the checker (else ``CertificateError``)."""
    subject = {"variables": row["variables"], "function": row["function"], "network": row["network"]}
    if row["evidence"] == "analyze":
        certs = _from_engine(row)
    else:
        certs = []
        for ev in row["evidence"]:
            extra = {"note": ev.get("note", "")}
            if ev["kind"] == "midpoint":
                certs.append(midpoint_certificate(**subject, a=ev["a"], b=ev["b"], lam=ev["lam"], **extra))
            elif ev["kind"] == "curvature":
                certs.append(curvature_certificate(**subject, point=ev["point"], direction=ev["direction"],
                                                   **extra))
            else:
                raise InputError(f"gallery: unknown evidence kind {ev['kind']!r}")
    for cert in certs:
        statement = verify(cert)  # raises CertificateError: the gallery never holds an unchecked proof
        if statement != cert.statement:
            raise CertificateError(f"gallery {row['name']}: checker says {statement}, certificate {cert.statement}")
    return certs


def _from_engine(row: dict) -> list[Certificate]:
    """Certificates for a row the engine must prove (a convexity proof): analyze() on the row's function."""
    from .analysis import analyze
    from .certificates import to_sympy

    import sympy as sp

    symbols = {v: sp.Symbol(v, real=True) for v in row["variables"]}
    f = to_sympy(row["function"], symbols)
    analysis = analyze(f, [symbols[v] for v in row["variables"]])
    wanted = "convex" if row["holds"] else None
    certs = [c for c in analysis.certificates if wanted is None or c.statement in (wanted, "affine")]
    return certs


# ------------------------------------------------------------------------------------------ output

def _intro(row: dict) -> str:
    from .latex import text_escape

    verdict = "holds" if row["holds"] else "is false"
    return (r"\paragraph{The claim (seed %s).} ``%s'' This claim %s; the theorem below settles it with a "
            r"certificate that symconvex's independent checker re-verifies. %s" % (
                row["seed"], text_escape(row["claim"]), verdict, text_escape(row["story"])))


def render(row: dict, certs: list[Certificate]) -> tuple[str, str]:
    """(LaTeX document, certificate JSON) for one row."""
    from .analysis import verdict_from
    from .latex import document

    verdict = verdict_from({c.statement for c in certs}).value
    tex = document(certs, title=row["title"], intro=_intro(row), verdict=verdict)
    js = certs[0].to_json() if len(certs) == 1 else dumps_readable([c.to_dict() for c in certs])
    return tex, js + "\n"


def _write(path: str, text: str) -> None:
    from .cli import write_atomically

    try:
        with open(path, encoding="utf-8") as handle:
            if handle.read() == text:
                return  # unchanged: keep the file (and its timestamp) as it is
    except OSError:
        pass
    write_atomically(path, text)


def regenerate(out_dir: str = "proofs") -> list[dict]:
    """Rebuild the gallery in ``out_dir``: one .tex and one .cert.json per claim (every certificate asserted
    to be accepted by the checker) and README.md. Returns one record per claim (name, files, verdict or the
    reason it is missing)."""
    from .analysis import verdict_from

    os.makedirs(out_dir, exist_ok=True)
    records = []
    for row in CANONICAL:
        certs = build_certificates(row)
        if not certs:
            records.append({"name": row["name"], "seed": row["seed"], "title": row["title"], "files": [],
                            "verdict": None, "missing": "the engine does not prove this claim yet"})
            continue
        for cert in certs:
            assert verify(cert) == cert.statement, row["name"]
        verdict = verdict_from({c.statement for c in certs}).value
        if verdict != row["verdict"]:
            raise CertificateError(f"gallery {row['name']}: the certificates prove {verdict}, the table expects "
                                   f"{row['verdict']}")
        tex, js = render(row, certs)
        _write(os.path.join(out_dir, row["name"] + ".tex"), tex)
        _write(os.path.join(out_dir, row["name"] + ".cert.json"), js)
        records.append({"name": row["name"], "seed": row["seed"], "title": row["title"],
                        "files": [row["name"] + ".tex", row["name"] + ".cert.json"],
                        "verdict": verdict,
                        "kinds": sorted({c.kind for c in certs}), "missing": None})
    _write(os.path.join(out_dir, "README.md"), readme(records))
    return records


def readme(records: list[dict]) -> str:
    lines = ["# proofs/: the canonical claims, proved", "",
             "Generated by `symconvex proofs --out proofs/` from `symconvex/gallery.py` (`CANONICAL`); do not edit "
             "by hand. Each claim comes from a seed question in `shared/seeds/`. For every claim there is a LaTeX "
             "proof (`.tex`, standalone: `pdflatex NAME.tex`) and the certificate it is written from "
             "(`.cert.json`, re-checked by `symconvex verify NAME.cert.json`). CI compiles every `.tex` with "
             "`scripts/compile_proofs.sh`.", "",
             "| claim | seed | verdict | certificate | files |", "|---|---|---|---|---|"]
    for r in records:
        if r["missing"]:
            lines.append(f"| {r['title']} | {r['seed']} | not generated: {r['missing']} | | |")
            continue
        files = ", ".join(f"[`{f}`]({f})" for f in r["files"])
        lines.append(f"| {r['title']} | {r['seed']} | {r['verdict'].replace('_', ' ')} | "
                     f"{', '.join(r['kinds'])} | {files} |")
    return "\n".join(lines) + "\n"


def run_proofs_command(args) -> int:
    """``symconvex proofs [--out DIR] [--json]``: regenerate the gallery; exit 0 (2 if it cannot be written)."""
    from .cli import EXIT_OK, emit

    out = getattr(args, "out", None) or "proofs"
    try:
        records = regenerate(out)
    except OSError as exc:
        raise InputError(f"cannot write the gallery to {out}: {exc.strerror}") from None
    written = [os.path.join(out, f) for r in records for f in r["files"]] + [os.path.join(out, "README.md")]
    missing = [r["name"] for r in records if r["missing"]]
    human = "\n".join([f"wrote {len(written)} files to {out}"] + [f"  {r['name']}: {r['verdict']}" for r in records
                                                                    if not r["missing"]]
                      + [f"  {name}: not generated (the engine does not prove it yet)" for name in missing])
    emit(args, {"written": written, "claims": [{k: r[k] for k in ("name", "verdict", "missing")} for r in records],
                "error": None}, human)
    return EXIT_OK


__all__ = ["CANONICAL", "build_certificates", "curvature_certificate", "midpoint_certificate", "readme",
           "regenerate", "render", "run_proofs_command"]
