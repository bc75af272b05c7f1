r"""The ``symconvex`` command line.

    symconvex analyze EXPR [--vars x,y] [--domain 'x > 0, y > 0'] [--json] [--certificate F] [--latex F]
    symconvex check CLAIM [--json] [--certificate F] [--latex F] [--timeout S]
    symconvex check --batch FILE [--jobs N] [--out F] [--resume] [--executor dask --scheduler ADDRESS]
    symconvex net (SPEC.toml | --layers 1,2,1 --activation relu --loss squared --data '1:1, -1:-1') [...]
    symconvex regions (SPEC.toml | --layers ...) [--json]
    symconvex verify FILE
    symconvex proofs [--out proofs/]
    symconvex serve [--host 127.0.0.1] [--port 8000]

Exit status (``EXIT_*``): 0 decided / the claim holds / accepted, 1 the claim is refuted, 3 undecided,
2 the input could not be read (or a certificate was rejected). Errors print one line, ``error: ...``,
on stderr (and under ``--json`` a JSON object with ``"error"`` on stdout); never a traceback.

An expression or claim may start with a minus sign (``symconvex analyze '-x^2'``): ``main`` reads an
argument that starts with ``-`` but is no option of the subcommand as the expression (or as the value of
the option before it), which argparse alone would take for an unknown option.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from fractions import Fraction

from .errors import (EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUTED, EXIT_UNDECIDED, CertificateError, InputError,
                     SymconvexError)
from .files import write_atomically

#: Error class -> exit status (the first matching class wins).
EXIT_STATUS = {InputError: EXIT_BAD_INPUT, CertificateError: EXIT_BAD_INPUT, SymconvexError: EXIT_BAD_INPUT}


class _StoreOnce(argparse._StoreAction):
    """An option's value, given once: argparse alone keeps the last of two (``--vars x --vars y`` would drop x
    without a word). ``--domain`` given twice is both sets' intersection (``--domain 'x > 0' --domain 'x < 1'``
    is ``x > 0, x < 1``); any other option given twice is bad input."""

    def __call__(self, parser, namespace, values, option_string=None):
        given = namespace.__dict__.setdefault("_given_options", set())
        if self.option_strings and self.dest in given:
            if self.dest != "domain":
                raise argparse.ArgumentError(self, "given twice; give it once")
            values = f"{getattr(namespace, self.dest)}, {values}"
        given.add(self.dest)
        super().__call__(parser, namespace, values, option_string)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so usage errors get the same one-line treatment, and refuses an
    option given twice (``_StoreOnce``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.register("action", None, _StoreOnce)
        self.register("action", "store", _StoreOnce)

    def error(self, message):
        raise InputError(message)


def emit(args, payload, human: str) -> None:
    """Print the JSON object (``--json``; ``payload`` is the dict or a function making it, called only then) or
    the human answer."""
    if getattr(args, "json", False):
        print(json.dumps(payload() if callable(payload) else payload, sort_keys=True))
    else:
        print(human)


def save_outputs(args, analysis) -> None:
    """Write ``--certificate`` (all certificates, a JSON list) and ``--latex`` files, atomically; ``analysis`` is
    an ``Analysis``, a ``ClaimResult``, a family claim's ``FamilyResult`` (whose LaTeX is
    ``latex.family_document``) or a list of certificates about one subject."""
    if getattr(args, "certificate", None):
        from .certificates import dumps_readable

        certs = [c.to_dict() for c in (analysis if isinstance(analysis, list) else analysis.certificates)]
        write_atomically(args.certificate, dumps_readable(certs[0] if len(certs) == 1 else certs) + "\n")
    if getattr(args, "latex", None):
        if hasattr(analysis, "answers"):  # a family claim
            from .latex import family_document

            write_atomically(args.latex, family_document(analysis))
        else:
            from .latex import to_latex

            write_atomically(args.latex, to_latex(analysis, certificate_file=getattr(args, "certificate", None)))
    if getattr(args, "latex_body", None):
        from .latex import to_latex

        write_atomically(args.latex_body, to_latex(analysis, body=True))


def status_of_verdict(verdict) -> int:
    return EXIT_UNDECIDED if verdict.value == "unknown" else EXIT_OK


# -------------------------------------------------------------------------------------- commands

def cmd_analyze(args) -> int:
    """``symconvex analyze EXPR``: the function is read as the Python API reads a string (``api_input``: LaTeX, a
    function by cases); the answer's second line says which function, variables and domain were analysed."""
    from .analysis import analyze
    from .api_input import coerce_function
    from .parsing import parse_domain, parse_variables

    f = coerce_function(args.expr)
    variables = parse_variables(args.vars) if args.vars else None
    domain = parse_domain(args.domain) if args.domain else None
    analysis = analyze(f, variables, domain, timeout=args.timeout)
    save_outputs(args, analysis)
    emit(args, {**analysis.to_dict(), "error": None}, str(analysis))   # its second line: f(x, y) = ... on ...
    return status_of_verdict(analysis.curvature)


def _certificate_items(data, file: str) -> list:
    """The certificates a ``verify`` file holds: one JSON object with a "kind", or a non-empty list of them."""
    def found(value) -> str | None:
        """What ``value`` is, in words, when it is not a certificate (None when it may be one)."""
        if isinstance(value, dict):
            return None if "kind" in value else 'a JSON object with no "kind"'
        if value is None:
            return "null"
        if isinstance(value, list):
            return "an empty list" if not value else "a list"
        return {str: "a string", bool: "true/false", int: "a number", float: "a number"}.get(type(value), "a value")

    want = 'expected a certificate (a JSON object with a "kind") or a non-empty list of them'
    items = data if isinstance(data, list) and data else [data]
    for k, item in enumerate(items, 1):
        what = found(item)
        if what is not None:
            where = f"{file}: item {k} of the list is" if items is data else f"{file} holds"
            raise InputError(f"{where} {what}, not a certificate; {want}")
    return items


def cmd_verify(args) -> int:
    from .check import verify, verify_domain

    try:
        with open(args.file, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise InputError(f"cannot read {args.file}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"cannot read {args.file}: not UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{args.file} is empty; expected a certificate (JSON)")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{args.file} is not JSON: {exc}") from None
    items = _certificate_items(data, args.file)
    statements = []
    for k, item in enumerate(items, 1):
        try:
            if isinstance(item, dict) and item.get("kind") == "domain":  # the domain is a convex set
                statements.append(verify_domain(item))
            else:
                statements.append(verify(item, loss_tree=args.loss_tree))  # the checker reads the JSON itself
        except CertificateError as exc:
            if len(items) == 1:
                raise
            raise CertificateError(f"certificate {k} of {len(items)}: {exc}") from None
    emit(args, {"accepted": True, "statements": statements, "error": None},
         "accepted: " + ", ".join(statements))
    return EXIT_OK


def cmd_check(args) -> int:
    """``symconvex check CLAIM``: 0 holds, 1 refuted, 3 undecided; an unreadable claim raises ``ClaimError``
    (``main`` prints it and exits 2). ``--batch FILE`` answers many claims (``batch.run_batch_command``)."""
    if args.batch is not None:
        from .batch import run_batch_command

        return run_batch_command(args)
    if args.claim is None:
        raise InputError("a claim is needed, e.g. symconvex check '$xy$ is convex' (or --batch FILE)")
    for name in ("--jobs", "--out", "--resume", "--scheduler"):   # never ignored: they are for --batch
        if getattr(args, name.lstrip("-"), None):
            raise InputError(f"{name} is for --batch FILE (many claims); one CLAIM is answered without it")
    if getattr(args, "executor", "local") != "local":
        raise InputError("--executor is for --batch FILE (many claims); one CLAIM is answered without it")
    from .claims import check_claim

    result = check_claim(args.claim, timeout=getattr(args, "timeout", None))
    if getattr(result, "is_landscape", False):   # a saddle claim: its files are its certificates' (as landscape's)
        if result.certificates:
            save_outputs(args, result.certificates)
    else:
        save_outputs(args, result)
    emit(args, result.to_dict(), result.answer())
    return {True: EXIT_OK, False: EXIT_REFUTED, None: EXIT_UNDECIDED}[result.holds]


def cmd_net(args) -> int:
    """``symconvex net``: analyze a network's loss over its weights; exit 0 decided, 3 unknown, 2 bad input."""
    from .analysis import analyze_network
    from .network import network_from_args

    net = network_from_args(args)
    analysis = analyze_network(net, timeout=getattr(args, "timeout", None),
                               base_point=getattr(args, "base_point", "blind"))
    save_outputs(args, analysis)
    emit(args, lambda: {**analysis.to_dict(), "network": net.spec, "error": None},
         f"network: {net.describe()}\n{analysis}")
    return status_of_verdict(analysis.curvature)


def cmd_landscape(args) -> int:
    """``symconvex landscape EXPR | --spec F | --layers ... --data ...``: certified saddle points; exit 0 when
    one is found, 3 when none is."""
    from .landscape import find_saddles

    if args.expr != "auer" and (args.n is not None or args.d is not None):
        raise InputError("--n and --d are for 'symconvex landscape auer'")
    if args.expr in ("safran-shamir", "search"):
        return _landscape_search(args) if args.expr == "search" else _landscape_safran_shamir(args)
    if args.expr in ("auer", "relu-minimum"):
        return _landscape_auer(args) if args.expr == "auer" else _landscape_relu_minimum(args)
    network = None
    if args.expr is not None:
        if _network_given(args):
            raise InputError("give a function or a network, not both")
        from .analysis import prepare
        from .parsing import parse_expression, parse_variables

        f, variables, _ = prepare(parse_expression(args.expr),
                                  parse_variables(args.vars) if args.vars else None, [])
    else:
        from .network import network_from_args

        network = network_from_args(args)
        f, variables = network.loss, list(network.params)
    if args.near is not None:
        return _landscape_minimum(args, f, variables, network)
    if args.better is not None:
        raise InputError("--better needs --near (the approximate minimiser)")
    certs = find_saddles(f, variables, network=network, timeout=getattr(args, "timeout", None) or 30.0)

    if certs:
        save_outputs(args, certs)
    lines = [c.summary() for c in certs] or ["no certified saddle point found (which proves nothing)"]
    emit(args, {"saddles": [c.to_dict() for c in certs], "verified": bool(certs), "error": None},
         "\n".join(lines + (["every certificate was accepted by the independent checker"] if certs else [])))
    return EXIT_OK if certs else EXIT_UNDECIDED


def _numbers(text: str, n: int, what: str, exact: bool) -> list:
    """n comma-separated numbers: floats (an approximate point) or exact rationals ('-1', '3/2', '0.25')."""
    from fractions import Fraction

    parts = [p.strip() for p in text.split(",")]
    if len(parts) != n:
        raise InputError(f"{what}: expected {n} comma-separated numbers (one per variable), found {len(parts)}")
    try:
        values = [Fraction(p) if exact else float(p) for p in parts]
    except (ValueError, ZeroDivisionError):
        raise InputError(f"{what}: not a list of numbers: {text[:60]!r}") from None
    if not exact and not all(abs(v) < 1e300 for v in values):
        raise InputError(f"{what}: the coordinates must be finite")
    return values


def _landscape_minimum(args, f, variables, network) -> int:
    """``symconvex landscape EXPR --near P [--better Q]``: certify the strict local minimum near P (spurious when
    f(Q) is below it); 0 certified, 3 not."""
    from fractions import Fraction

    from .check import report_minimum
    from .minima import certify_minimum

    _refuse(args, ("--latex-body", "--k", "--candidates", "--out"), "landscape --near")
    point = _numbers(args.near, len(variables), "--near", exact=False)
    better = None if args.better is None else _numbers(args.better, len(variables), "--better", exact=True)
    cert = certify_minimum(f, variables, point, better=better, network=network)
    if cert is None:
        emit(args, {"minima": [], "verified": False, "error": None},
             "no strict local minimum certified near the point (which proves nothing)")
        return EXIT_UNDECIDED
    report = report_minimum(cert)
    if getattr(args, "certificate", None):
        write_atomically(args.certificate, cert.to_json() + "\n")
    if getattr(args, "latex", None):
        from .latex.minimum import document

        write_atomically(args.latex, document(cert))
    lo, hi = report.value
    names = [v.name for v in variables]
    emit(args, {"minima": [cert.to_dict()], "value": [str(lo), str(hi)], "hessian_bound": cert.hessian_bound,
                "radius": str(report.radius), "verified": True, "error": None},
         f"{report.statement.replace('_', ' ')} in the box of radius {report.radius} around "
         f"({', '.join(f'{n} = {float(Fraction(c)):.12g}' for n, c in zip(names, cert.center))}): f there lies in "
         f"{_enclosure(lo, hi, 15)}, Hessian > {cert.hessian_bound} "
         f"(≈ {float(Fraction(cert.hessian_bound)):.9g}) on the box"
         + (f"; f(q) <= {float(report.better_value[1]):.6g} at q = ({', '.join(str(v) for v in better)})"
            if better is not None else "")
         + "\nthe independent checker accepted the certificate")
    return EXIT_OK


#: The options that describe a network (``network.network_from_args``); landscape leaves them unset by default.
_NETWORK_OPTIONS = ("--spec", "--layers", "--activation", "--output-activation", "--data", "--loss", "--no-bias")


def _network_given(args) -> bool:
    return any(getattr(args, name.lstrip("-").replace("-", "_"), None) for name in _NETWORK_OPTIONS)


def _refuse(args, options, what: str) -> None:
    """Bad input when an option that ``what`` does not use was given (rather than ignoring it silently)."""
    for name in options:
        if getattr(args, name.lstrip("-").replace("-", "_"), None):
            raise InputError(f"{name} is not used by {what}")


def _write_minima(args, certs, latex) -> None:
    """--certificate (one certificate, or a JSON list) and --latex (``latex()`` makes the document) files."""
    if getattr(args, "certificate", None) and certs:
        from .certificates import dumps_readable

        dicts = [c.to_dict() for c in certs]
        write_atomically(args.certificate, dumps_readable(dicts[0] if len(dicts) == 1 else dicts) + "\n")
    if getattr(args, "latex", None) and certs:
        write_atomically(args.latex, latex())


def _enclosure(lo, hi, digits: int) -> str:
    """The exact enclosure [lo, hi] of a value, printed rounded outward (so the printed interval still holds the
    value) to ``digits`` significant digits, or more until its two ends differ (at most 40): [0.245963357804795,
    0.245963357804796], never the nearest decimals [0.245963357804795, 0.245963357804795], a point the value may
    miss."""
    import decimal

    lo, hi = Fraction(lo), Fraction(hi)
    for d in range(digits, 41):
        ends = []
        for x, rounding in ((lo, decimal.ROUND_FLOOR), (hi, decimal.ROUND_CEILING)):
            with decimal.localcontext(decimal.Context(prec=d, rounding=rounding)):
                ends.append(decimal.Decimal(x.numerator) / decimal.Decimal(x.denominator))
        if ends[0] != ends[1] or lo == hi:
            break
    return "[" + ", ".join(f"{e.normalize():f}" if abs(e.adjusted()) < 7 else f"{e.normalize():e}" for e in ends) + "]"


def _minima_lines(cert) -> list[str]:
    from .certificates import from_json
    from .check import report_minimum

    lines = []
    for k, data in enumerate(cert.minima, 1):
        inner = from_json(data) if isinstance(data, dict) else data
        lo, hi = report_minimum(inner).value
        centre = ", ".join(f"{float(Fraction(x)):.10g}" for x in inner.center)
        lines.append(f"  {k}. near ({centre}): loss in {_enclosure(lo, hi, 12)}, "
                     f"Hessian > {float(Fraction(inner.hessian_bound)):.4g}")
    return lines


def _landscape_auer(args) -> int:
    """``symconvex landscape auer --n N --d D``: the Auer-Herbster-Warmuth single sigmoid neuron with floor(n/d)^d
    local minima, each certified in its own box (a count certificate); 0 when the count reaches floor(n/d)^d."""
    import time

    from .auer import auer_network, find_auer_minima, predicted_count
    from .minima import certify_minima

    if args.spec or args.layers:
        raise InputError("landscape auer builds its own network: give --n and --d, not --spec or --layers")
    _refuse(args, ("--latex-body", "--k", "--candidates", "--out", "--near", "--better", "--vars",
                   *_NETWORK_OPTIONS),
            "landscape auer")
    n, d = (6 if args.n is None else args.n), (2 if args.d is None else args.d)
    net = auer_network(n, d)
    start = time.perf_counter()
    candidates = find_auer_minima(net)
    found = time.perf_counter() - start
    cert = certify_minima(net.loss, list(net.params), candidates, network=net)
    seconds = time.perf_counter() - start
    predicted, count = predicted_count(n, d), (cert.count if cert is not None else 0)

    def latex():
        from .latex.minima import count_document

        return count_document(cert, title=rf"Auer--Herbster--Warmuth: {count} local minima of one sigmoid neuron "
                              rf"($n = {n}$, $d = {d}$)")

    _write_minima(args, [cert] if cert is not None else [], latex)
    emit(args, {"n": n, "d": d, "predicted": predicted, "candidates": len(candidates), "certified": count,
                "minima": [cert.to_dict()] if cert is not None else [], "network": net.spec,
                "seconds": {"find": round(found, 3), "total": round(seconds, 3)}, "verified": cert is not None,
                "error": None},
         "\n".join([f"Auer-Herbster-Warmuth: one sigmoid neuron sigma(w.x), no bias, squared loss, n = {n} examples "
                    f"in d = {d} dimensions: floor(n/d)^d = {predicted} local minima predicted",
                    f"  {len(candidates)} float candidates ({found:.2f} s); certified: "
                    + (f"at least {count} strict local minima in pairwise disjoint boxes" if cert is not None
                       else "none (which proves nothing)")]
                   + (_minima_lines(cert) if cert is not None else [])
                   + ([f"  the independent checker accepted the count certificate ({seconds:.2f} s in all)"]
                      if cert is not None else [])))
    return EXIT_OK if count == predicted else EXIT_UNDECIDED


def _landscape_relu_minimum(args) -> int:
    """``symconvex landscape relu-minimum [--spec F | --layers ... --data ...]``: certified strict local minima of
    a network's loss (by default one ReLU neuron on four examples) and spurious ones; 0 when one is spurious."""
    from .latex.minima import count_document, single_neuron_tex
    from .latex.minimum import document
    from .relu_minimum import certify_relu_minima, relu_neuron

    _refuse(args, ("--latex-body", "--k", "--candidates", "--out", "--near", "--better", "--vars"),
            "landscape relu-minimum")
    given = None
    if _network_given(args):  # --data (or --activation) alone is not ignored: network_from_args asks for --layers
        from .network import network_from_args

        given = network_from_args(args)
    result = certify_relu_minima(given)   # the built-in example is compared with its stated q
    net = given or relu_neuron()
    certs = result.certificates()

    def latex():
        if result.spurious:
            return document(result.spurious[0], subject=single_neuron_tex(net.spec))
        return count_document(result.count)

    _write_minima(args, certs, latex)
    lines = [f"network: {net.describe()}",
             f"  {len(result.candidates)} float candidates for strict local minima; certified: "
             + (f"at least {result.count.count} strict local minima" if result.count is not None else
                "none (which proves nothing)")]
    lines += _minima_lines(result.count) if result.count is not None else []
    for cert in result.spurious:
        centre = ", ".join(f"{float(Fraction(x)):.10g}" for x in cert.center)
        lines.append(f"  spurious: the minimum near ({centre}) is not global: the loss at q = "
                     f"({', '.join(cert.better)}) is lower")
    if certs:
        lines.append("every certificate was accepted by the independent checker")
    emit(args, {"network": net.spec, "candidates": [list(map(float, p)) for p in result.candidates],
                "minima": [c.to_dict() for c in certs], "spurious": len(result.spurious), "verified": bool(certs),
                "error": None}, "\n".join(lines))
    return EXIT_OK if result.spurious else EXIT_UNDECIDED


def _k_of(args) -> int:
    k = 6 if args.k is None else args.k
    if not 2 <= k <= 8:
        raise InputError(f"--k must be from 2 to 8, not {k}")
    return k


def _landscape_safran_shamir(args) -> int:
    """``symconvex landscape safran-shamir --k K [--candidates FILE]``: certify a spurious local minimum of the
    Safran-Shamir population loss from the stored (or given) float candidates; 0 certified, 3 none."""
    import time
    from fractions import Fraction

    from .check import report_minimum
    from .safran_shamir import candidates, certify

    _refuse(args, ("--latex-body", "--near", "--better", "--out", *_NETWORK_OPTIONS), "landscape safran-shamir")
    k = _k_of(args)
    try:
        stored = candidates(k, args.candidates)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"--candidates: cannot read {args.candidates}: {' '.join(str(exc).split())[:100]}") from None
    if not stored:
        raise InputError(f"no stored candidates for k = {k}: run symconvex landscape search --k {k} --out FILE, "
                         "then pass --candidates FILE")
    start = time.perf_counter()
    cert = certify(k, path=args.candidates)
    seconds = time.perf_counter() - start
    if cert is None:
        emit(args, {"minima": [], "verified": False, "error": None},
             "no spurious minimum certified from the candidates (which proves nothing)")
        return EXIT_UNDECIDED
    report = report_minimum(cert)
    if getattr(args, "certificate", None):
        write_atomically(args.certificate, cert.to_json() + "\n")
    if getattr(args, "latex", None):
        from .latex.minimum import document

        write_atomically(args.latex, document(cert, subject=_SAFRAN_SHAMIR_TEX.replace("@K", str(k))))
    lo, hi = report.value
    payload = {"minima": [cert.to_dict()], "k": k, "value": [str(lo), str(hi)],
               "value_decimal": [float(lo), float(hi)], "width": float(hi - lo),
               "hessian_bound": cert.hessian_bound, "radius": str(report.radius),
               "f_q": [str(x) for x in report.better_value], "seconds": round(seconds, 3), "verified": True,
               "error": None}
    emit(args, payload, "\n".join([
        f"Safran-Shamir k = d = {k}, V = I: {report.statement.replace('_', ' ')}",
        f"  F on the box (radius {report.radius}) lies in [{float(lo):.17g}, {float(hi):.17g}] "
        f"(width {float(hi - lo):.2g}); F(V) <= {float(report.better_value[1]):.3g}",
        f"  Hessian > {cert.hessian_bound} (≈ {float(Fraction(cert.hessian_bound)):.9g}) on the box; exactly one "
        "critical point in it "
        "(Krawczyk)",
        f"  certified in {seconds:.2f} s; the independent checker accepted the certificate"]))
    return EXIT_OK


_SAFRAN_SHAMIR_TEX = (r"the Safran--Shamir population loss"
                      "\n" r"\[ F(W) = \tfrac12\,\mathbb{E}_{x \sim N(0, I_{@K})}\Bigl[\Bigl(\sum_{i=1}^{@K} "
                      r"\max(0, w_i^\top x) - \sum_{i=1}^{@K} \max(0, x_i)\Bigr)^2\Bigr] \]" "\n"
                      r"of a two-layer ReLU network with $@K$ hidden units, input dimension $@K$ and target weights "
                      r"$V = I$ (rows $w_i$ of $W$, variables $W^{(1)}_{ij}$), written in closed form with the "
                      r"arc-cosine kernel" "\n" r"\[ \mathbb{E}[\max(0, w^\top x)\max(0, u^\top x)] = \|w\|\|u\|"
                      r"(\sin\theta + (\pi - \theta)\cos\theta)/(2\pi) \]" "\n"
                      r"($\theta$ the angle between $w$ and $u$; the certificate holds the expression tree)")


def _landscape_search(args) -> int:
    """``symconvex landscape search --k K --runs N [--jobs J] [--executor dask --scheduler A] [--out FILE]``:
    float64 gradient descent from N random starts, in chunks run by the batch executor's worker processes (or a
    Dask cluster); writes the candidates (F > 1e-3) as JSON. Finds only: certify with safran-shamir."""
    import json as _json
    import os
    import time

    from .batch import Task, run_batch
    from .safran_shamir import CHUNK, STEPS

    _refuse(args, ("--latex", "--latex-body", "--certificate", "--near", "--better", "--candidates", *_NETWORK_OPTIONS),
            "landscape search (it finds float candidates only; certify them with safran-shamir --candidates)")
    k = _k_of(args)
    runs = args.runs
    if not 1 <= runs <= 10 ** 7:
        raise InputError(f"--runs must be from 1 to 10000000, not {runs}")
    if (args.executor == "dask") != bool(args.scheduler):
        raise InputError("--executor dask needs --scheduler ADDRESS" if args.scheduler is None
                         else "--scheduler is for --executor dask")
    if args.jobs is not None and not 1 <= args.jobs <= 512:
        raise InputError(f"--jobs must be from 1 to 512, not {args.jobs}")
    chunks = -(-runs // CHUNK)
    tasks = [Task(id=seed, line=seed + 1,
                  claim=_json.dumps({"k": k, "seed": seed, "runs": min(CHUNK, runs - seed * CHUNK), "steps": STEPS}))
             for seed in range(chunks)]
    rows = []
    start = time.perf_counter()
    run_batch(tasks, lambda line: rows.append(_json.loads(line)), jobs=args.jobs or os.cpu_count() or 1,
              timeout=3600.0, executor=args.executor, scheduler=args.scheduler,
              target="symconvex.safran_shamir:descend_task")
    found = sorted((c for row in rows for c in row.get("found", [])), key=lambda c: (c["seed"], c["index"]))
    done = sum(row.get("runs", 0) for row in rows)
    finals = [v for row in sorted(rows, key=lambda r: r.get("seed", -1)) for v in row.get("final_F", [])]
    result = {"k": k, "runs": done, "steps": STEPS, "chunk": CHUNK, "seconds": round(time.perf_counter() - start, 1),
              "candidates": found, "final_F": finals}
    if args.out:
        write_atomically(args.out, _json.dumps(result, indent=1) + "\n")
    emit(args, {**result, "error": None},
         f"k = {k}: {len(found)} candidates (F > 1e-3) in {done} runs, {result['seconds']} s"
         + "".join(f"\n  seed {c['seed']} run {c['index']}: F = {c['F']:.10f}, |grad F| = {c['gradient_norm']:.2g}"
                   for c in found[:20]))
    return EXIT_OK


def cmd_regions(args) -> int:
    """``symconvex regions``: list a network's activation regions (count, completeness, pattern, witness)."""
    import itertools

    from .certificates import rational_to_str
    from .network import network_from_args
    from .regions import enumeration_complete, iter_regions, pattern_rows, pattern_text, region_count

    net = network_from_args(args)
    limit = getattr(args, "limit", None)
    if limit is not None and limit < 0:
        raise InputError(f"--limit must be nonnegative, found {limit}")
    complete = enumeration_complete(net)
    count = region_count(net)
    if count is not None:  # counted without listing: list only the first `limit`
        listed = list(itertools.islice(iter_regions(net, progress=True), limit))
    else:
        listed, count = [], 0
        for region in iter_regions(net, progress=True):
            count += 1
            if limit is None or len(listed) < limit:
                listed.append(region)
    rows = pattern_rows(net)
    payload = {
        "network": net.spec, "count": count, "complete": complete,
        "rows": [list(r) for r in rows],
        "regions": [{"pattern": [list(r) for r in reg.pattern],
                     "witness": {s.name: rational_to_str(v) for s, v in reg.witness.items()}} for reg in listed],
        "error": None,
    }
    kind = ("complete: the cells of each unit's hyperplane arrangement" if complete
            else "may be incomplete: deeper kinks are enumerated from witnesses")
    lines = [f"network: {net.describe()}", f"regions: {count} ({kind})"]
    if rows:
        lines.append("pattern rows: " + " ".join("hinge" if r[0] == "hinge" else f"L{r[0]}u{r[1]}" for r in rows)
                     + " (one sign per data point)")
    for k, reg in enumerate(listed, 1):
        point = ", ".join(f"{s.name}={rational_to_str(v)}" for s, v in reg.witness.items())
        lines.append(f"  {k}: {pattern_text(reg.pattern)}  at {point}")
    if len(listed) < count:
        lines.append(f"  ... {count - len(listed)} more (raise --limit)")
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_proofs(args) -> int:
    """``symconvex proofs [--out DIR] [--json]``: regenerate the gallery; exit 0 (2 if it cannot be written)."""
    from .gallery import regenerate

    out = getattr(args, "out", None) or "proofs"
    try:
        records = regenerate(out)
    except OSError as exc:
        raise InputError(f"cannot write the gallery to {out}: {exc.strerror}") from None
    written = [os.path.join(out, f) for r in records for f in r["files"]] + [os.path.join(out, "symconvex.bib"),
                                                                             os.path.join(out, "README.md")]
    missing = [r["name"] for r in records if r["missing"]]
    human = "\n".join([f"wrote {len(written)} files to {out}"] + [f"  {r['name']}: {r['verdict']}" for r in records
                                                                    if not r["missing"]]
                      + [f"  {name}: not generated (the engine does not decide it yet)" for name in missing])
    emit(args, {"written": written, "claims": [{k: r[k] for k in ("name", "verdict", "holds", "missing")}
                                               for r in records], "error": None}, human)
    return EXIT_OK


def cmd_serve(args) -> int:
    from .web import run_serve_command

    return run_serve_command(args)


def seconds(text: str) -> float:
    """A ``--timeout`` value: a positive, finite number of seconds (``api_input.coerce_timeout``)."""
    from .api_input import coerce_timeout

    try:
        return coerce_timeout(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _timeout_argument(p, default: float = 60.0) -> None:
    p.add_argument("--timeout", type=seconds, default=default, metavar="SECONDS",
                   help=f"stop searching after this many seconds and answer with what was found "
                   f"(default {default:g}; e.g. --timeout 10)")


def _network_arguments(p) -> None:
    p.add_argument("spec", nargs="?", metavar="SPEC.toml",
                   help="a network spec file, e.g. examples/seed000.toml (or give --layers and --data)")
    p.add_argument("--layers", metavar="WIDTHS", help="layer widths, input first, e.g. --layers 1,2,1")
    p.add_argument("--activation", default="relu", metavar="NAME",
                   help="hidden activation: identity, relu, leaky_relu:1/10, sigmoid, tanh or softplus; "
                   "one per hidden layer with commas, e.g. relu,tanh (default relu)")
    p.add_argument("--output-activation", default="identity", metavar="NAME",
                   help="output activation, same names (default identity)")
    p.add_argument("--loss", default="squared", choices=("squared", "logistic", "hinge"),
                   help="the loss summed over the data (default squared)")
    p.add_argument("--no-bias", action="store_true", help="layers without biases")
    p.add_argument("--data", metavar="POINTS",
                   help="exact data points x:y separated by commas, vectors as space-separated numbers, "
                   "e.g. --data '1:1, -1:-1' or --data '1 2:1/3, 0 1:-1'")


def _examples(*lines: str) -> str:
    """An epilog's examples, their ``# comments`` aligned."""
    split = [(code.rstrip(), comment.strip()) for code, _, comment in (line.partition("# ") for line in lines)]
    width = max(len(code) for code, comment in split if comment) if any(c for _, c in split) else 0
    return "examples:\n" + "\n".join(f"  {code.ljust(width)}   # {comment}" if comment else f"  {code}"
                                       for code, comment in split)


def _about(text: str) -> str:
    return textwrap.fill(text, 100)


_EXIT_TEXT = "exit status: 0 decided, 1 refuted, 3 undecided, 2 bad input (one line: error: ...)"


def _subcommand(sub, name: str, summary: str, about: str, examples: tuple, run, statuses: bool = True):
    """A subcommand with its one-line summary, a paragraph about it, and an epilog of examples (and the exit
    statuses, for the commands that decide something)."""
    p = sub.add_parser(name, help=summary, formatter_class=argparse.RawDescriptionHelpFormatter,
                       description=_about(about),
                       epilog=_examples(*examples) + ("\n\n" + _EXIT_TEXT if statuses else ""))
    p.set_defaults(run=run)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="symconvex", formatter_class=argparse.RawDescriptionHelpFormatter,
                     description=_about("Prove or refute convexity with certificates an independent checker "
                                        "re-verifies."),
                     epilog=_examples("symconvex analyze 'x^2 + xy + y^2'",
                                      "symconvex check '$f(x,y) = xy$ is convex'",
                                      "symconvex net --layers 1,2,1 --data '1:1, -1:-1'",
                                      "symconvex COMMAND --help   # each command's arguments, with examples")
                     + "\n\n" + _EXIT_TEXT)
    parser.add_argument("--version", action="version", version=f"symconvex {package_version()}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = _subcommand(sub, "analyze", "curvature of a LaTeX expression",
                    "Is a function convex, concave, affine or neither? Every answer comes with certificates that "
                    "the independent checker accepted.",
                    ("symconvex analyze 'xy'   # neither",
                     r"symconvex analyze '\frac{x^2}{y}' --domain 'y > 0'   # convex",
                     r"symconvex analyze '-\log(x)' --json   # convex, as one JSON object"), cmd_analyze)
    p.add_argument("expr", metavar="EXPR",
                   help=r"the function in LaTeX, e.g. 'x^2 y', '\log(1 + e^{x})', '\max(0, w x + b)', '-x^2'")
    p.add_argument("--vars", metavar="NAMES",
                   help="the variables, in order, e.g. --vars x,y (default: every name in EXPR)")
    p.add_argument("--domain", metavar="SET",
                   help=r"a convex domain as inequalities, e.g. --domain 'x > 0, y > 0' or '0 \le x \le 1' or "
                   r"'x \in (0, \infty)' (default: where EXPR is real and finite)")
    _timeout_argument(p)

    p = _subcommand(sub, "check", "check a claim pasted as LaTeX",
                    "Does a claim about curvature hold? Answers holds (exit 0), refuted (exit 1) or undecided "
                    "(exit 3), each answer backed by checked certificates.",
                    ("symconvex check '$f(x,y) = xy$ is convex'   # refuted",
                     r"symconvex check '$\sigma(x)$ is concave for $x \ge 0$'   # holds",
                     r"symconvex check '$\frac{x^2}{y}$ is convex on $y > 0$' --certificate c.json",
                     "symconvex check --batch claims.txt --jobs 4 --out results.jsonl   # many claims"), cmd_check)
    p.add_argument("claim", metavar="CLAIM", nargs="?",
                   help=r"the claim, e.g. '$\log(e^x + e^y)$ is convex' or "
                   r"'$x^3$ is convex for $x \ge 0$' (function, is [not], property, optional domain)")
    _timeout_argument(p)
    from .batch import add_batch_arguments

    add_batch_arguments(p)

    p = _subcommand(sub, "net", "curvature of a network's loss over its weights",
                    "Is the loss of a neural network convex in its weights? The network is a TOML spec file or "
                    "flags; the data are exact.",
                    ("symconvex net --layers 1,2,1 --activation relu --loss squared --data '1:1, -1:-1'",
                     "symconvex net examples/seed000.toml --certificate cert.json --latex proof.tex",
                     "symconvex net big.toml --base-point dense"), cmd_net)
    _network_arguments(p)
    _timeout_argument(p)
    p.add_argument("--base-point", choices=("blind", "dense"), default="blind",
                   help="where certificates for large nets (over 2000 weights) sit: blind (first-layer weights 0, "
                   "the default) or dense (random first-layer weights, every hidden unit active)")

    p = _subcommand(sub, "regions", "the activation-pattern regions of a ReLU network",
                    "List the activation-pattern regions of a ReLU network's weights, each with an exact witness "
                    "point strictly inside.",
                    ("symconvex regions --layers 1,2,1 --data '1:1, -1:-1'",
                     "symconvex regions examples/seed000.toml --limit 5 --json"), cmd_regions, statuses=False)
    _network_arguments(p)
    p.add_argument("--limit", type=int, default=20, metavar="N",
                   help="list at most N regions (default 20; the count is always complete)")

    p = _subcommand(sub, "verify", "re-check a certificate file with the independent checker",
                    "Re-check certificates with the independent checker alone (exit 0 accepted, 2 rejected).",
                    ("symconvex analyze 'xy' --certificate cert.json && symconvex verify cert.json",
                     "symconvex verify cert.json --json"), cmd_verify, statuses=False)
    p.add_argument("file", metavar="FILE",
                   help="a JSON file holding one certificate or a list of them, e.g. cert.json as written "
                   "by --certificate")
    p.add_argument("--loss-tree", action="store_true",
                   help="check a network refutation on the loss's expression tree, never by the exact integer "
                   "pass (the same verdict, slower; fewer lines of the checker to trust)")

    p = _subcommand(sub, "proofs", "regenerate the proofs/ gallery",
                    "Regenerate the canonical proofs (LaTeX and certificates) from the seed claims.",
                    ("symconvex proofs --out proofs/",), cmd_proofs, statuses=False)
    p.add_argument("--out", default="proofs", metavar="FOLDER",
                   help="the folder to write the proofs into, e.g. --out proofs/ (default proofs)")

    p = _subcommand(sub, "landscape", "certified saddle points and local minima of a function or a network's loss",
                    "Find critical points that are saddles (neither a local minimum nor a local maximum), each with a "
                    "certificate the independent checker accepts: a strict saddle (exact zero gradient, negative and "
                    "positive curvature), or a higher-order saddle of a polynomial (exact Taylor coefficients). Named "
                    "examples certify local minima: 'auer' (one sigmoid neuron with floor(n/d)^d minima, a count "
                    "certificate) and 'relu-minimum' (a spurious minimum of a ReLU neuron, or of the network given).",
                    ("symconvex landscape '(w_1 w_2 - 1)^2'   # strict saddle at 0",
                     "symconvex landscape '(w_1 w_2 w_3 - 1)^2'   # higher-order saddle at 0 (Kawaguchi)",
                     "symconvex landscape --layers 1,1,1 --activation tanh --no-bias --data '1:1'",
                     "symconvex landscape '(x^2 - 1)^2 + x/4 + y^2' --vars x,y --near 0.9,0 --better -1,0",
                     "symconvex landscape safran-shamir --k 6 --latex ss6.tex   # a certified spurious minimum",
                     "symconvex landscape search --k 6 --runs 5000 --out found.json   # float candidates",
                     "symconvex landscape auer --n 6 --d 2 --latex auer.tex   # 9 certified minima of one neuron",
                     "symconvex landscape relu-minimum   # a ReLU neuron's spurious strict local minimum"),
                    cmd_landscape, statuses=False)
    p.add_argument("expr", nargs="?", metavar="EXPR",
                   help=r"the function in LaTeX, e.g. '(w_1 w_2 - 1)^2' (or give a network with --layers/--data "
                   "or --spec)")
    p.add_argument("--vars", metavar="NAMES", help="the variables, in order, e.g. --vars w_1,w_2")
    p.add_argument("--spec", metavar="SPEC.toml", help="a network spec file whose loss is analysed")
    for flag in ("--layers", "--activation", "--output-activation", "--data"):  # unset: a network option given
        p.add_argument(flag, metavar="VALUE", help=f"as for symconvex net ({flag})")  # is never ignored
    p.add_argument("--loss", choices=("squared", "logistic", "hinge"), help="as for net (default squared)")
    p.add_argument("--no-bias", action="store_true", help="as for net")
    p.add_argument("--near", metavar="POINT", help="certify the strict local minimum near this approximate point, "
                   "e.g. --near 0.9,0.1 (one number per variable, in --vars order)")
    p.add_argument("--better", metavar="POINT", help="with --near: an exact point q where f is smaller, e.g. "
                   "--better -1,0: the minimum is then certified spurious (not global)")
    p.add_argument("--n", type=int, metavar="N", help="auer: the number of examples (default 6)")
    p.add_argument("--d", type=int, metavar="D", help="auer: the input dimension (default 2)")
    p.add_argument("--k", type=int, metavar="K", help="safran-shamir / search: hidden units = input dimension "
                   "(default 6)")
    p.add_argument("--candidates", metavar="FILE", help="safran-shamir: certify from this search output instead "
                   "of the stored candidates")
    p.add_argument("--runs", type=int, default=5000, metavar="N", help="search: random starts (default 5000)")
    p.add_argument("--out", metavar="FILE", help="search: write the candidates to this JSON file")
    p.add_argument("--jobs", type=int, metavar="N", help="search: worker processes (default: the CPUs)")
    p.add_argument("--executor", choices=("local", "dask"), default="local", help="search: local processes or a "
                   "Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="search: the Dask scheduler for --executor dask")
    _timeout_argument(p)

    p = _subcommand(sub, "serve", "a local web page for claims, with a JSON API",
                    "Serve a page where you paste a claim or a function and see the answer, its certificates "
                    "explained and plotted, and downloads (certificate JSON, LaTeX, PDF); Ctrl-C stops it.",
                    ("symconvex serve   # then open http://127.0.0.1:8000",
                     "symconvex serve --port 8080 --timeout 20"), cmd_serve, statuses=False)
    p.add_argument("--host", default="127.0.0.1", metavar="ADDRESS",
                   help="the address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, metavar="N", help="the port (default 8000; 0 picks a free one)")
    _timeout_argument(p, default=30.0)

    for name in ("analyze", "check", "net", "regions", "verify", "proofs", "landscape"):
        sp_ = sub.choices[name]
        sp_.add_argument("--json", action="store_true", help="print one JSON object on stdout, nothing else")
        if name in ("analyze", "check", "net", "landscape"):
            sp_.add_argument("--certificate", metavar="FILE",
                             help="write the certificate(s) to this JSON file, e.g. --certificate cert.json "
                             "(re-check it with: symconvex verify cert.json)")
            sp_.add_argument("--latex", metavar="FILE",
                             help="write a LaTeX proof to this file, e.g. --latex proof.tex")
            sp_.add_argument("--latex-body", metavar="FILE",
                             help="write the proof as a fragment to \\input into a paper (labels, theorem "
                             "environments, citations of the shipped proofs/symconvex.bib), e.g. --latex-body "
                             "proof-body.tex")
    parser.commands = tuple(sub.choices)   # every command, for the "a command is needed" message
    return parser


def package_version() -> str:
    """The installed distribution's version (package metadata), else the source tree's ``__version__``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("symconvex")
    except PackageNotFoundError:
        from . import __version__

        return __version__


def _negative_expressions(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``argv`` with each argument that starts with ``-`` but is not an option of its subcommand (``-x^2``,
    ``-\\log(x)``, ``-3x``, ``-1``) made unambiguous: the value of the option before it becomes
    ``--option=VALUE``; otherwise it is the positional argument and moves to the end, after ``--``. An ``argv``
    that already holds ``--`` is left as the user wrote it."""
    sub = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    start = next((k for k, a in enumerate(argv) if sub and a in sub.choices), None)
    if start is None or "--" in argv:
        return argv
    takes_value = {o: a.nargs != 0 for a in sub.choices[argv[start]]._actions for o in a.option_strings}

    def option(arg: str) -> str | None:
        """The option ``arg`` names (exactly, or as argparse's unique abbreviation ``--dom``), else None."""
        if arg in takes_value:
            return arg
        matches = [o for o in takes_value if arg.startswith("--") and o.startswith(arg)]
        return matches[0] if len(matches) == 1 else None

    def is_option(arg: str) -> bool:
        return arg.startswith("--") or option(arg) is not None  # '--x=...', unknown '--x': argparse judges

    out, moved = list(argv[:start + 1]), []
    k = start + 1
    while k < len(argv):
        arg, name = argv[k], option(argv[k])
        if name and takes_value[name] and k + 1 < len(argv) and argv[k + 1].startswith("-") \
                and not is_option(argv[k + 1]):
            out.append(f"{arg}={argv[k + 1]}")
            k += 2
            continue
        (moved if arg.startswith("-") and len(arg) > 1 and not is_option(arg) else out).append(arg)
        k += 1
    return out + ["--", *moved] if moved else out


def _error_payload(argv: list[str], message: str, claim: str | None = None) -> dict:
    """The one JSON object ``--json`` prints for an error: the keys of the command's own answer, with nothing
    decided (``verify`` answers ``accepted`` and ``statements``; the others ``holds``, ``curvature``, ...), and
    for ``check`` the claim as given, as a batch answer line carries it."""
    if next((a for a in argv if not a.startswith("-")), None) == "verify":
        return {"accepted": False, "statements": [], "error": message}
    payload = {"error": message, "holds": None, "curvature": "unknown", "certificates": [], "facts": {},
               "explanation": "", "verified": False}
    if isinstance(claim, str):
        payload["claim"] = claim
    return payload


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    wants_json = "--json" in argv
    args = None
    try:
        parser = build_parser()
        args = parser.parse_args(_negative_expressions(parser, list(argv)))
        if not getattr(args, "run", None):
            commands = list(parser.commands)
            raise InputError(f"a command is needed: {', '.join(commands[:-1])} or {commands[-1]} (see --help)")
        return args.run(args)
    except SymconvexError as exc:
        status = next(code for cls, code in EXIT_STATUS.items() if isinstance(exc, cls))
        message = " ".join(str(exc).split()) or type(exc).__name__
        if wants_json:
            print(json.dumps(_error_payload(argv, message, getattr(args, "claim", None)), sort_keys=True))
        print(f"error: {message}", file=sys.stderr)
        return status
    except SystemExit as exc:  # --help and --version print, then exit 0
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `symconvex ... | head`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
