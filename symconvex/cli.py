r"""The ``symconvex`` command line.

    symconvex analyze EXPR [--vars x,y] [--domain 'x > 0, y > 0'] [--json] [--certificate F] [--latex F]
    symconvex check CLAIM [--json] [--certificate F] [--latex F] [--timeout S]
    symconvex net (SPEC.toml | --layers 1,2,1 --activation relu --loss squared --data '1:1, -1:-1') [...]
    symconvex regions (SPEC.toml | --layers ...) [--json]
    symconvex verify FILE
    symconvex proofs [--out proofs/]

Exit status (``EXIT_*``): 0 decided / the claim holds / accepted, 1 the claim is refuted, 3 undecided,
2 the input could not be read (or a certificate was rejected). Errors print one line, ``error: ...``,
on stderr (and under ``--json`` a JSON object with ``"error"`` on stdout); never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

from .errors import CertificateError, InputError, SymconvexError

EXIT_OK, EXIT_REFUTED, EXIT_BAD_INPUT, EXIT_UNDECIDED = 0, 1, 2, 3
#: Error class -> exit status (the first matching class wins).
EXIT_STATUS = {InputError: EXIT_BAD_INPUT, CertificateError: EXIT_BAD_INPUT, SymconvexError: EXIT_BAD_INPUT}


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so usage errors get the same one-line treatment."""

    def error(self, message):
        raise InputError(message)


def write_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename: readers see the old
    file or the new one, never half of one."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InputError(f"cannot write {path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".symconvex-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual permissions
        os.replace(tmp, path)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise InputError(f"cannot write {path}: {exc.strerror}") from None


def emit(args, payload, human: str) -> None:
    """Print the JSON object (``--json``; ``payload`` is the dict or a function making it, called only then) or
    the human answer."""
    if getattr(args, "json", False):
        print(json.dumps(payload() if callable(payload) else payload, sort_keys=True))
    else:
        print(human)


def save_outputs(args, analysis) -> None:
    """Write ``--certificate`` (all certificates, a JSON list) and ``--latex`` files, atomically."""
    if getattr(args, "certificate", None):
        from .certificates import dumps_readable

        certs = [c.to_dict() for c in analysis.certificates]
        write_atomically(args.certificate, dumps_readable(certs[0] if len(certs) == 1 else certs) + "\n")
    if getattr(args, "latex", None):
        from .latex import to_latex

        write_atomically(args.latex, to_latex(analysis))


def status_of_verdict(verdict) -> int:
    return EXIT_UNDECIDED if verdict.value == "unknown" else EXIT_OK


# -------------------------------------------------------------------------------------- commands

def cmd_analyze(args) -> int:
    from .analysis import analyze
    from .parsing import parse_domain, parse_expression, parse_variables

    f = parse_expression(args.expr)
    variables = parse_variables(args.vars) if args.vars else None
    domain = parse_domain(args.domain) if args.domain else None
    analysis = analyze(f, variables, domain, timeout=args.timeout)
    save_outputs(args, analysis)
    emit(args, {**analysis.to_dict(), "error": None}, str(analysis))
    return status_of_verdict(analysis.curvature)


def cmd_verify(args) -> int:
    from .certificates import from_json
    from .check import verify

    try:
        with open(args.file, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise InputError(f"cannot read {args.file}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(f"{args.file} is not JSON: {exc}") from None
    items = data if isinstance(data, list) else [data]
    statements = [verify(from_json(item)) for item in items]
    emit(args, {"accepted": True, "statements": statements, "error": None},
         "accepted: " + ", ".join(statements))
    return EXIT_OK


def cmd_check(args) -> int:
    from .claims import run_check_command

    return run_check_command(args)


def cmd_net(args) -> int:
    from .network import run_net_command

    return run_net_command(args)


def cmd_regions(args) -> int:
    from .regions import run_regions_command

    return run_regions_command(args)


def cmd_proofs(args) -> int:
    from .gallery import run_proofs_command

    return run_proofs_command(args)


def _network_arguments(p) -> None:
    p.add_argument("spec", nargs="?", help="a network spec file (.toml)")
    p.add_argument("--layers", help="widths, input first, e.g. 1,2,1")
    p.add_argument("--activation", default="relu", help="hidden activation (identity, relu, leaky_relu:1/10, "
                   "sigmoid, tanh, softplus)")
    p.add_argument("--output-activation", default="identity")
    p.add_argument("--loss", default="squared", help="squared, logistic or hinge")
    p.add_argument("--no-bias", action="store_true", help="no biases")
    p.add_argument("--data", help="data points 'x:y, x:y' (vectors as 1 2:3)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="symconvex", description="Prove or refute convexity with checkable certificates.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("analyze", help="curvature of a LaTeX expression")
    p.add_argument("expr")
    p.add_argument("--vars")
    p.add_argument("--domain")
    p.add_argument("--timeout", type=float, default=60.0)
    p.set_defaults(run=cmd_analyze)

    p = sub.add_parser("check", help="check a claim pasted as LaTeX")
    p.add_argument("claim")
    p.add_argument("--timeout", type=float, default=60.0)
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("net", help="curvature of a network's loss over its weights")
    _network_arguments(p)
    p.add_argument("--timeout", type=float, default=60.0)
    p.add_argument("--base-point", choices=("blind", "dense"), default="blind",
                   help="where certificates for large nets (over 2000 weights) sit: blind (first-layer weights 0, "
                   "the default) or dense (random first-layer weights, every hidden unit active)")
    p.set_defaults(run=cmd_net)

    p = sub.add_parser("regions", help="the activation-pattern regions of a ReLU network")
    _network_arguments(p)
    p.add_argument("--limit", type=int, default=20, help="list at most this many regions (default 20)")
    p.set_defaults(run=cmd_regions)

    p = sub.add_parser("verify", help="re-check a certificate file with the independent checker")
    p.add_argument("file")
    p.set_defaults(run=cmd_verify)

    p = sub.add_parser("proofs", help="regenerate the proofs/ gallery")
    p.add_argument("--out", default="proofs")
    p.set_defaults(run=cmd_proofs)

    for name in ("analyze", "check", "net", "regions", "verify", "proofs"):
        sp_ = sub.choices[name]
        sp_.add_argument("--json", action="store_true", help="print one JSON object")
        if name in ("analyze", "check", "net"):
            sp_.add_argument("--certificate", help="write the certificate(s) to this JSON file")
            sp_.add_argument("--latex", help="write a LaTeX proof to this file")
    return parser


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    wants_json = "--json" in argv
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "run", None):
            raise InputError("a command is needed: analyze, check, net, regions, verify or proofs (see --help)")
        return args.run(args)
    except SymconvexError as exc:
        status = next(code for cls, code in EXIT_STATUS.items() if isinstance(exc, cls))
        message = " ".join(str(exc).split()) or type(exc).__name__
        if wants_json:
            print(json.dumps({"error": message, "holds": None, "curvature": "unknown", "certificates": [],
                              "verified": False}, sort_keys=True))
        print(f"error: {message}", file=sys.stderr)
        return status
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `symconvex ... | head`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
