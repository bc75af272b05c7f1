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
    "analysis": 3, "parametric": 3,
    "parsing": 4, "api_input": 4, "remarks": 4, "sentences": 4, "signatures": 4, "conventions": 4, "heads": 4,
    "slices": 4, "coupled": 4, "halflines": 4, "odd_roots": 4, "compound_words": 4, "data_points": 4,
    "data_phrases": 4, "claims": 4, "families": 4, "family_scope": 4, "family_polarity": 4, "model_letters": 4, "one_network": 4, "saddle_claims": 4,
    "symbolic_sums": 4, "between": 4, "compound_claims": 4, "neighbourhoods": 4,
    "sum_reading": 4, "latex": 4, "gallery": 4,
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


#: The checker's modules for one certificate kind (or one kind of subject) each, imported lazily by ``check`` for
#: that kind only; a reader who trusts one kind reads the core (the rest of the checker's closure) and that kind's
#: modules. A sum, identity or pieces certificate is accepted only with parts that prove a curvature (a part's
#: midpoint or curvature certificate states a ``not_*`` fact, which no such whole accepts), so its parts' kinds are
#: ``check.proofs``' (rules) and ``check.hessian``'s, besides its own. ``check.network`` and ``check.fastnet`` read
#: network specs (certificates about a network, not a function) and ``check.exactzero`` decides an exact zero gap (a
#: midpoint refuting *strict* convexity with exp and log).
KIND_MODULES = {"check.midpoint", "check.curvature", "check.fastnet", "check.proofs", "check.landscape", "check.sums",
                "check.minimum", "check.pieces", "check.domains", "check.network", "check.exactzero", "check.hessian"}
KINDS = {
    "midpoint": ("check.midpoint",),
    "curvature": ("check.curvature",),
    "midpoint refuting strict convexity (an exact zero gap)": ("check.midpoint", "check.exactzero"),
    "midpoint (network specs)": ("check.midpoint", "check.network", "check.fastnet"),
    "curvature (network specs)": ("check.curvature", "check.network", "check.fastnet"),
    "rules": ("check.proofs",),
    "hessian": ("check.hessian",),
    "saddle": ("check.landscape",),
    "minimum, minima_count": ("check.minimum",),
    "sum (and its parts' kinds)": ("check.sums", "check.proofs", "check.hessian"),
    "identity, pieces (and their parts' kinds)": ("check.pieces", "check.sums", "check.proofs", "check.hessian"),
    "domain (verify_domain)": ("check.domains", "check.proofs"),
}
#: The target for the core (what every kind needs) and for the midpoint and curvature kinds about a function.
CORE_TARGET = 1500


def _kind_lines() -> dict[str, int]:
    return {kind: _lines(_closure(["check", *extra], skip=KIND_MODULES - set(extra))) for kind, extra in KINDS.items()}
#: Modules of check/ that the checker never imports: names kept for the search side's imports (issue #13), each only
#: re-exporting names of another check module (no code of its own, so nothing to read).
def kernel_size() -> tuple[int, int, int, int, dict[str, int]]:
    """The checker's closure in the package: (modules, lines, core modules, core lines, lines per kind)."""
    closure = _closure(n for n in _graph() if (n == "check" or n.startswith("check.")))
    core = _closure(["check"], skip=KIND_MODULES)
    return len(closure), _lines(closure), len(core), _lines(core), _kind_lines()


def kernel_size_report() -> list[str]:
    """The lines that tests/conftest.py prints at the end of a run in which the kernel test below passed (from
    pytest's terminal summary, which also shows them when the tests run in parallel workers)."""
    modules, lines, core_modules, core_lines, per_kind = kernel_size()
    core = sorted(_closure(["check"], skip=KIND_MODULES))
    return [f"[kernel] the checker and what it imports from the package: {modules} modules, {lines} lines; the core "
            f"every kind needs: {core_modules} modules, {core_lines} lines (target <= {CORE_TARGET}): "
            + ", ".join(f"{n} {_lines([n])}" for n in core),
            *(f"[kernel]   to trust {kind}: {count} lines" for kind, count in per_kind.items())]


def test_the_checker_imports_only_the_kernel_and_its_size_is_printed(record_property):
    closure = _closure(n for n in _graph() if (n == "check" or n.startswith("check.")))
    assert {n for n in closure if _layer(n) > 0} == set()
    assert KIND_MODULES < closure
    core = _closure(["check"], skip=KIND_MODULES)
    assert core | KIND_MODULES | _closure(KIND_MODULES) == closure  # every module is core or a kind's
    modules, lines, core_modules, core_lines, per_kind = kernel_size()
    assert (modules, lines, core_modules, core_lines) == (len(closure), _lines(closure), len(core), _lines(core))
    assert core_lines <= min(per_kind.values()) <= max(per_kind.values()) <= lines
    report = kernel_size_report()
    assert report[0].startswith(f"[kernel] the checker and what it imports from the package: {modules} modules, "
                                f"{lines} lines")
    record_property("kernel_size", report)   # printed by tests/conftest.py's terminal summary


#: The rows of the ``latex`` package's picture in docs/ARCHITECTURE.md, top to bottom: a module imports only
#: modules of the package on lower rows.
LATEX_ROWS = [["latex"], ["latex.answers"], ["latex.summaries"], ["latex.assembly"], ["latex.sections"],
              ["latex.largenet"], ["latex.midpoint", "latex.curvature", "latex.derivations", "latex.saddle",
                                   "latex.pieces"],
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
    core = _closure(["check"], skip=KIND_MODULES)
    assert sorted(f"{a} imports {b}" for a in core for b in _graph()[a] if b in KIND_MODULES and a != "check") == []
    tree = ast.parse(_modules()["check"].read_text(encoding="utf-8"))
    top = {".".join(filter(None, ["check", node.module])) if node.level else node.module for node in tree.body
           if isinstance(node, ast.ImportFrom)}
    top |= {f"check.{a.name}" for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.level and not node.module for a in node.names}
    assert top & KIND_MODULES == set()


def test_the_core_of_the_checker_is_within_its_target():
    """What a reader must trust for every kind (the core), and with ``check.midpoint`` or ``check.curvature`` for a
    midpoint or curvature verdict about a function: at most 1,500 lines each."""
    core = _closure(["check"], skip=KIND_MODULES)
    assert {"check", "check.reader", "check.trees", "check.evaluate", "check.numbers", "errors"} <= core
    assert not core & {"certificates", "functions", "pretty", "atoms"}  # the writers' data model is not trusted
    assert _lines(core) < max(_kind_lines()["midpoint"], _kind_lines()["curvature"]) <= CORE_TARGET


def test_a_hessian_certificate_is_trusted_without_the_rules():
    """A Hessian decomposition is checked by ``check.hessian`` with the sign reasoning alone: its reader reads neither
    the atom table (``atoms``: the rules' rows and templates; the sign algebra and spans are ``sign_algebra``'s) nor
    the rules checker and its rule families; and a rules derivation is checked without ``check.hessian``."""
    hessian = _closure(["check", "check.hessian"], skip=KIND_MODULES - {"check.hessian"})
    rules = _closure(["check", "check.proofs"], skip=KIND_MODULES - {"check.proofs"})
    assert {"sign_algebra", "check.signs", "check.rewrite"} <= hessian
    assert not hessian & {"atoms", "check.proofs", "check.norms", "check.perspective"}
    assert {"atoms", "sign_algebra", "check.norms", "check.perspective"} <= rules and "check.hessian" not in rules
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
