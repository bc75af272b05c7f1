"""The layers of docs/ARCHITECTURE.md, read from the import graph: imports run one way (down or sideways within a
layer), the graph has no cycle, nothing imports the surfaces, and the checker imports only the kernel. Every
import counts, also one inside a function."""

from __future__ import annotations

import ast
import functools
import pathlib

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "symconvex"

#: module -> layer (0 kernel, 1 model, 2 search, 3 analysis, 4 text, 5 surfaces); check.* is kernel.
LAYERS = {
    "errors": 0, "version": 0, "functions": 0, "atoms": 0, "sign_algebra": 0, "pretty": 0, "facts": 0, "files": 0,
    "limits": 0, "certificates": 0, "check": 0,
    "domain": 1, "network": 1, "evaluation": 1, "decimals": 1, "forward": 1,
    "rules": 2, "decompose": 2, "strictness": 2, "convexsets": 2, "search": 2, "regions": 2, "netsearch": 2,
    "scale": 2, "family_proofs": 2, "landscape": 2, "minima": 2, "safran_shamir": 2, "pieces": 2,
    "basins": 2, "auer": 2, "netminima": 2, "relu_minimum": 2,
    "perspectives": 2, "rewrites": 2, "signs": 2, "sos": 2, "harmonic": 2, "memo": 2,
    "analysis": 3, "parametric": 3, "quasiconvexity": 3,
    "parsing": 4, "api_input": 4, "remarks": 4, "sentences": 4, "signatures": 4, "conventions": 4, "heads": 4,
    "slices": 4, "coupled": 4, "halflines": 4, "odd_roots": 4, "compound_words": 4, "data_points": 4,
    "data_phrases": 4, "claims": 4, "families": 4, "family_scope": 4, "family_polarity": 4, "model_letters": 4, "one_network": 4, "saddle_claims": 4,
    "symbolic_sums": 4, "between": 4, "compound_claims": 4, "neighbourhoods": 4,
    "sum_reading": 4, "data_vectors": 4, "matrix_rows": 4, "matrix_atoms": 4, "vector_norms": 4, "tool_statements": 4, "restrictions": 4, "latex": 4, "gallery": 4,
    "cli": 5, "__main__": 5, "web": 5, "web_worker": 5, "batch": 5, "": 5,
}
NAMES = {0: "kernel", 1: "model", 2: "search", 3: "analysis", 4: "text", 5: "surfaces"}


def _module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


@functools.cache
def _modules() -> dict[str, pathlib.Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(name: str, path: pathlib.Path, modules) -> set[str]:
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                stem = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.startswith("symconvex"):
                stem = node.module.removeprefix("symconvex").lstrip(".")
            else:
                continue
            for alias in node.names:  # "from . import rules" names a module; "from .x import y" names x
                full = f"{stem}.{alias.name}" if stem else alias.name
                targets.append(full if full in modules else stem)
        elif isinstance(node, ast.Import):
            targets = [a.name.removeprefix("symconvex").lstrip(".") for a in node.names
                       if a.name.startswith("symconvex")]
        out |= {t for t in targets if t in modules and t != name}
    return out


def _layer(name: str) -> int:
    return LAYERS[name.split(".")[0]]


@functools.cache
def _graph():
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def test_every_module_has_a_layer():
    assert sorted(n for n in _modules() if n.split(".")[0] not in LAYERS) == []


def test_imports_run_downward():
    upward = sorted(f"{a} ({NAMES[_layer(a)]}) imports {b} ({NAMES[_layer(b)]})"
                    for a, targets in _graph().items() for b in targets if _layer(b) > _layer(a))
    assert upward == []


def test_the_import_graph_has_no_cycle():
    graph = _graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(node, path):
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(path[path.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_nothing_imports_the_surfaces():
    importers = sorted(f"{a} imports {b}" for a, targets in _graph().items() for b in targets
                       if b in ("cli", "web", "batch", "__main__") and _layer(a) < 5)
    assert importers == []


def _closure(start, skip=frozenset()) -> set[str]:
    """The modules ``start`` imports, directly or not, not entering the modules in ``skip``."""
    graph, closure, todo = _graph(), set(), list(start)
    while todo:
        name = todo.pop()
        if name not in closure and name not in skip:
            closure.add(name)
            todo.extend(graph[name])
    return closure


def _lines(modules) -> int:
    return sum(len(_modules()[n].read_text(encoding="utf-8").splitlines()) for n in modules)


@functools.cache
def _code_lines_of(name: str) -> int:
    """Lines of one module that are code: not blank, not a comment, not inside a docstring."""
    text = _modules()[name].read_text(encoding="utf-8")
    docs = set()
    for node in ast.walk(ast.parse(text)):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body and \
                isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and \
                isinstance(body[0].value.value, str):
            docs.update(range(body[0].lineno, body[0].end_lineno + 1))
    return sum(1 for k, line in enumerate(text.splitlines(), 1)
               if line.strip() and not line.strip().startswith("#") and k not in docs)


def _code_lines(modules) -> int:
    return sum(_code_lines_of(n) for n in modules)


#: The checker's modules for one certificate kind (or one kind of subject) each, imported lazily by ``check`` for
#: that kind only; a reader who trusts one kind reads the core (the rest of the checker's closure) and that kind's
#: modules. A sum, identity or pieces certificate is accepted only with parts that prove a curvature (a part's
#: midpoint or curvature certificate states a ``not_*`` fact, which no such whole accepts), so its parts' kinds are
#: ``check.proofs``' (rules) and ``check.hessian``'s, besides its own. ``check.network`` reads network specs
#: (certificates about a network, not a function) and ``check.netsubject`` builds their loss: by ``check.fastnet``'s
#: exact integer pass, imported only for specs of piecewise linear layers with squared or hinge loss, else as the loss
#: tree of ``check.losstree``, imported only for the other specs;
#: ``check.exactzero`` decides an exact zero gap (a midpoint refuting *strict* convexity with exp and log);
#: ``check.kinds`` dispatches the proofs to their modules (``check`` itself the kinds checked on their subject
#: alone: refutations, saddles, minima).
KIND_MODULES = {"check.midpoint", "check.curvature", "check.fastnet", "check.proofs", "check.landscape", "check.sums",
                "check.minimum", "check.pieces", "check.domains", "check.network", "check.netsubject", "check.losstree",
                "check.exactzero", "check.hessian", "check.kinds", "check.pointwise",
                "check.datavectors", "check.restriction", "check.quasi", "check.quasimidpoint", "check.matrices"}
#: ``check.pointwise`` dispatches the kinds checked at points of their subject alone, ``check.kinds`` the proofs.
_AT, _NET = "check.pointwise", ("check.netsubject", "check.network")
KINDS = {
    "midpoint": (_AT, "check.midpoint"),
    "curvature": (_AT, "check.curvature"),
    "midpoint refuting strict convexity (an exact zero gap)": (_AT, "check.midpoint", "check.exactzero"),
    "midpoint (network specs: the loss tree)": (_AT, "check.midpoint", *_NET, "check.losstree"),
    "curvature (network specs: the loss tree)": (_AT, "check.curvature", *_NET, "check.losstree"),
    "midpoint (network specs of piecewise linear layers: the exact integer pass)": (_AT, "check.midpoint", *_NET,
                                                                                  "check.fastnet"),
    "curvature (network specs of piecewise linear layers: the exact integer pass)": (_AT, "check.curvature", *_NET,
                                                                                   "check.fastnet"),
    "rules": ("check.proofs", "check.kinds"),
    "hessian": ("check.hessian", "check.kinds"),
    "saddle": (_AT, "check.landscape"),
    "minimum, minima_count": (_AT, "check.minimum"),
    "sum (and its parts' kinds)": ("check.sums", "check.proofs", "check.hessian", "check.kinds"),
    "identity, pieces (and their parts' kinds)": ("check.pieces", "check.sums", "check.proofs", "check.hessian",
                                                  "check.kinds"),
    "domain (verify_domain)": ("check.domains", "check.proofs"),
    "datavector (and its part's kinds)": ("check.datavectors", "check.sums", "check.proofs", "check.hessian",
                                          "check.kinds"),
    "restriction (and its part's kinds)": ("check.restriction", "check.kinds", _AT, "check.midpoint", "check.curvature",
                                           "check.sums", "check.pieces", "check.proofs", "check.hessian"),
    "quasimidpoint": (_AT, "check.quasimidpoint"),
    "quasi, loglog (and their parts' kinds)": ("check.quasi", "check.sums", "check.proofs", "check.hessian", _AT,
                                               "check.midpoint", "check.curvature", "check.kinds"),
    "matrix": ("check.matrices", "check.kinds"),
}
#: Modules the core imports lazily, inside a function, only for a subject that needs them: ``check.special`` (the
#: rigorous enclosures of erf, erfc, Gamma and psi) when a special function is evaluated. A reader who trusts a
#: verdict about a subject without special functions does not read it; with one, it adds to the kind's lines.
SUBJECT_MODULES = {"check.special"}
KINDS["midpoint about a function with special functions (erf, erfc, Gamma, psi)"] = (_AT, "check.midpoint",
                                                                                       "check.special")
#: The target for the core (what every kind needs) and for the midpoint and curvature kinds about a function.
CORE_TARGET = 1500
#: What a kind does not read unless its row names it.
OPTIONAL = KIND_MODULES | SUBJECT_MODULES


def _core() -> set[str]:
    """The checker's core: its closure without the kind and subject modules."""
    return _closure(["check"], skip=OPTIONAL)


def _kind_closures() -> dict[str, set]:
    return {kind: _closure(["check", *extra], skip=OPTIONAL - set(extra)) for kind, extra in KINDS.items()}


def _kind_lines() -> dict[str, int]:
    return {kind: _lines(modules) for kind, modules in _kind_closures().items()}


def kernel_size() -> tuple[int, int, int, int, dict[str, int]]:
    """The checker's closure in the package: (modules, lines, core modules, core lines, lines per kind)."""
    closure = _closure(n for n in _graph() if (n == "check" or n.startswith("check.")))
    core = _core()
    return len(closure), _lines(closure), len(core), _lines(core), _kind_lines()


def kernel_size_report() -> list[str]:
    """The lines that tests/conftest.py prints at the end of a run in which the kernel test below passed (from
    pytest's terminal summary, which also shows them when the tests run in parallel workers)."""
    modules, lines, core_modules, core_lines, per_kind = kernel_size()
    core, closure = sorted(_core()), _closure(n for n in _graph() if (n == "check" or n.startswith("check.")))
    code = {kind: _code_lines(m) for kind, m in _kind_closures().items()}
    return [f"[kernel] the checker and what it imports from the package: {modules} modules, {lines} lines "
            f"({_code_lines(closure)} of code: no docstring, comment or blank line); the core every kind needs: "
            f"{core_modules} modules, {core_lines} lines ({_code_lines(core)} of code; target <= {CORE_TARGET}): "
            + ", ".join(f"{n} {_lines([n])}" for n in core),
            *(f"[kernel]   to trust {kind}: {count} lines ({code[kind]} of code)" for kind, count in per_kind.items())]


def test_the_checker_imports_only_the_kernel_and_its_size_is_printed(record_property):
    closure = _closure(n for n in _graph() if (n == "check" or n.startswith("check.")))
    assert {n for n in closure if _layer(n) > 0} == set()
    assert OPTIONAL < closure
    core = _core()
    assert core | OPTIONAL | _closure(OPTIONAL) == closure  # every module is core, a kind's or a subject's
    modules, lines, core_modules, core_lines, per_kind = kernel_size()
    assert (modules, lines, core_modules, core_lines) == (len(closure), _lines(closure), len(core), _lines(core))
    assert core_lines <= min(per_kind.values()) <= max(per_kind.values()) <= lines
    report = kernel_size_report()
    assert report[0].startswith(f"[kernel] the checker and what it imports from the package: {modules} modules, "
                                f"{lines} lines")
    record_property("kernel_size", report)   # printed by tests/conftest.py's terminal summary


#: The rows of the ``latex`` package's picture in docs/ARCHITECTURE.md, top to bottom: a module imports only
#: modules of the package on lower rows.
LATEX_ROWS = [["latex"], ["latex.answers"], ["latex.summaries", "latex.matrices"], ["latex.assembly"], ["latex.sections"],
              ["latex.largenet"], ["latex.midpoint", "latex.curvature", "latex.derivations", "latex.saddle",
                                   "latex.pieces", "latex.quasi"],
              ["latex.figures", "latex.netcurvature"], ["latex.subject"], ["latex.network", "latex.netnumbers"], ["latex.values"],
              ["latex.notation", "latex.facts"], ["latex.minima"], ["latex.minimum"]]


def test_the_latex_package_imports_run_down_its_picture():
    rank = {m: k for k, row in enumerate(LATEX_ROWS) for m in row}
    assert sorted(rank) == sorted(n for n in _graph() if n == "latex" or n.startswith("latex."))
    sideways_or_up = sorted(f"{a} imports {b}" for a in rank for b in _graph()[a] if b in rank and rank[b] <= rank[a])
    assert sideways_or_up == []
    outside = sorted(f"{a} imports {b}" for a, targets in _graph().items() if a not in rank
                     for b in targets if b in rank and b not in ("latex", "latex.minimum", "latex.minima"))
    assert outside == []


def test_the_kind_modules_are_imported_only_for_their_kind():
    """A kind module is imported by ``check`` itself inside a function (lazily, on the path of its kind), never at
    module level, and no core module imports it: so the core is all that runs for a midpoint or curvature
    certificate about a function."""
    core = _core()
    assert sorted(f"{a} imports {b}" for a in core for b in _graph()[a] if b in KIND_MODULES and a != "check") == []
    assert _top_level_imports("check") & KIND_MODULES == set()
    # a subject module: imported by core modules inside a function only
    assert sorted(f"{a} imports {b} at module level" for a in core for b in _top_level_imports(a)
                  if b in SUBJECT_MODULES) == []


@functools.cache
def _top_level_imports(name: str) -> frozenset[str]:
    """The package modules ``name`` imports at module level (not inside a function)."""
    package = name.split(".") if _modules()[name].name == "__init__.py" else name.split(".")[:-1]
    out = set()
    for node in ast.parse(_modules()[name].read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - node.level + 1]
            stem = ".".join(filter(None, [*base, node.module]))
            out |= {f"{stem}.{a.name}" if f"{stem}.{a.name}" in _modules() else stem for a in node.names}
    return frozenset(out)


def test_a_kind_names_the_subject_modules_that_its_modules_import_at_module_level():
    """A kind's lines count a subject module (``SUBJECT_MODULES``) that one of its modules needs whenever it runs."""
    for kind, extra in KINDS.items():
        closure = _closure(["check", *extra], skip=OPTIONAL - set(extra))
        assert {b for a in closure for b in _top_level_imports(a) if b in SUBJECT_MODULES} <= set(extra), kind


def test_the_core_of_the_checker_is_within_its_target():
    """What a reader must trust for every kind (the core), and with ``check.midpoint`` or ``check.curvature`` for a
    midpoint or curvature verdict about a function: at most 1,500 lines each."""
    core = _core()
    assert {"check", "check.reader", "check.trees", "check.evaluate", "check.numbers", "errors"} <= core
    assert not core & {"certificates", "functions", "pretty", "atoms"}  # the writers' data model is not trusted
    assert _lines(core) < max(_kind_lines()["midpoint"], _kind_lines()["curvature"]) <= CORE_TARGET


#: The kinds of ``KINDS`` checked on their subject alone (no parts) whose reader reads at most ``CORE_TARGET`` lines:
#: all but the exact integer pass over network specs (``check.fastnet``) and the rules and Hessian proofs (their sign
#: reasoning, ``check.signs``), which are still over it. A reader who does not want to read the integer pass re-checks
#: a network refutation with ``verify(..., loss_tree=True)`` (``symconvex verify --loss-tree``): the loss tree's lines.
WITHIN_TARGET = ("midpoint", "curvature", "midpoint refuting strict convexity (an exact zero gap)",
                 "midpoint (network specs: the loss tree)", "curvature (network specs: the loss tree)", "saddle",
                 "minimum, minima_count", "quasimidpoint", "matrix",
                 "midpoint about a function with special functions (erf, erfc, Gamma, psi)")


def test_the_kinds_checked_on_their_subject_alone_are_within_the_target():
    """A minimum, a saddle, a refutation about a function or about a network's loss tree: at most 1,500 lines to
    trust each (the core and the kind's modules)."""
    lines = _kind_lines()
    assert {kind: lines[kind] for kind in WITHIN_TARGET if lines[kind] > CORE_TARGET} == {}


def test_a_hessian_certificate_is_trusted_without_the_rules():
    """A Hessian decomposition is checked by ``check.hessian`` with the sign reasoning alone: its reader reads neither
    the atom table (``atoms``: the rules' rows and templates; the sign algebra and spans are ``sign_algebra``'s) nor
    the rules checker and its rule families; and a rules derivation is checked without ``check.hessian``."""
    hessian = _closure(["check", "check.hessian"], skip=OPTIONAL - {"check.hessian"})
    rules = _closure(["check", "check.proofs"], skip=OPTIONAL - {"check.proofs"})
    assert {"sign_algebra", "check.signs", "check.symbolic"} <= hessian
    assert not hessian & {"atoms", "check.proofs", "check.rewrite"}
    assert {"atoms", "sign_algebra", "check.rewrite"} <= rules and "check.hessian" not in rules
    assert _kind_lines()["hessian"] < _kind_lines()["rules"]


def test_the_checker_reads_certificates_itself():
    """No module of the checker imports the writers' data model (``certificates``) or what it builds SymPy with
    (``functions``, ``pretty``): the checker reads the JSON with ``check.reader`` and ``check.trees``; and the data
    model does not import the checker (the two read the format apart, on purpose)."""
    graph = _graph()
    checker = [n for n in graph if n == "check" or n.startswith("check.")]
    assert sorted(f"{a} imports {b}" for a in checker for b in graph[a]
                  if b in ("certificates", "functions", "pretty")) == []
    assert not any(b == "check" or b.startswith("check.") for b in _closure(["certificates"]))


_LAZY_PROBE = r"""
import sys
from fractions import Fraction
from symconvex.certificates import MidpointCertificate
from symconvex.check import subject_tree, verify
from symconvex.check.reader import read
from symconvex.check.trees import subject_digest

def loaded():
    return {m for m in ("special", "fastnet", "losstree", "kinds", "proofs", "midpoint")
            if f"symconvex.check.{m}" in sys.modules}

xy = ["mul", ["var", "x"], ["var", "y"]]
cert = MidpointCertificate(variables=("x", "y"), function=xy, refutes="convex", a=("1", "-1"), b=("-1", "1"),
                           lam="1/2", values={"f(a)": "-1", "f(b)": "-1", "f(m)": "0"})
assert loaded() == set(), loaded()
assert verify(cert) == "not_convex"
assert loaded() == {"midpoint"}, loaded()          # no special function, no network, no proving kind
spec = {"layers": [1, 1], "activations": ["sigmoid"], "bias": False, "loss": "squared", "inputs": [["1"]],
        "targets": [["0"]]}
data = {"symconvex": 1, "kind": "midpoint", "variables": [], "network": spec, "refutes": "convex", "a": ["0"],
        "b": ["1"], "m": ["1/2"], "lam": "1/2", "values": {"f(a)": "0", "f(b)": "0", "f(m)": "0"},
        "digest": subject_digest([], None, spec, [])}
assert isinstance(subject_tree(read(data), fast=True), list) and loaded() == {"midpoint", "losstree"}  # the tree
import symconvex.check.losstree as losstree
losstree.loss_tree = None                          # the integer pass never builds the loss tree
relu = {**spec, "activations": ["relu"]}
data.update(network=relu, digest=subject_digest([], None, relu, []))
assert type(subject_tree(read(data), fast=True)).__name__ == "FastNet" and "fastnet" in loaded()
from symconvex.check.evaluate import value_at
assert "special" not in loaded()
value_at(["erf", ["var", "x"]], ["x"], [Fraction(1)])
assert "special" in loaded()
print("ok")
"""


def test_a_check_imports_only_the_modules_of_its_kind_and_subject():
    """At run time, not only in the import graph: a midpoint about xy loads ``check.midpoint`` and nothing of the
    proving kinds, the special functions or the integer pass; a sigmoid net's subject is the loss tree
    (``check.losstree``, no ``check.fastnet``), a relu net's the integer pass (which never builds the loss tree);
    ``check.special`` is loaded by the first special function."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _LAZY_PROBE], capture_output=True, text=True, timeout=120,
                         cwd=PACKAGE.parent)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]
