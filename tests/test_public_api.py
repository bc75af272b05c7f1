"""The public surface is pinned: a sorted __all__, every name importable, the error tree as documented."""

import symconvex

PUBLIC = [
    "Analysis", "CertificateError", "ClaimError", "CurvatureCertificate", "DomainError", "HessianCertificate",
    "InputError", "MidpointCertificate", "Network", "RulesCertificate", "SymconvexError", "Verdict", "analyze",
    "check_claim", "from_json", "hessian", "leaky_relu", "parse_latex", "regions", "relu", "sigmoid", "softplus",
    "to_latex", "verify",
]


def test_all_is_sorted_and_pinned():
    assert symconvex.__all__ == sorted(symconvex.__all__) == PUBLIC


def test_every_public_name_resolves():
    for name in PUBLIC:
        assert getattr(symconvex, name) is not None, name


def test_error_tree():
    assert issubclass(symconvex.ClaimError, symconvex.InputError)
    assert issubclass(symconvex.DomainError, symconvex.InputError)
    assert issubclass(symconvex.InputError, ValueError)
    assert issubclass(symconvex.InputError, symconvex.SymconvexError)
    assert issubclass(symconvex.CertificateError, symconvex.SymconvexError)
    assert not issubclass(symconvex.CertificateError, ValueError)


def test_checker_imports_no_search_code():
    """The checker package must not depend on the code that searches for certificates."""
    import ast
    import pathlib
    forbidden = {"search", "analysis", "rules", "decompose", "network", "netsearch", "regions", "scale", "claims",
                 "parsing", "latex", "gallery", "cli"}
    folder = pathlib.Path(symconvex.__file__).parent / "check"
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                top = (node.module or "").split(".")[0]
                assert top not in forbidden, f"{path.name} imports symconvex.{node.module}"
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("symconvex"):
                assert node.module.split(".")[1] not in forbidden, f"{path.name} imports {node.module}"
        assert "sympify(" not in path.read_text() and "parse_expr" not in path.read_text()
        assert "eval(" not in path.read_text().replace("_eval(", "")
