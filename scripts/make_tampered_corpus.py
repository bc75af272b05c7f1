"""Write tests/tampered/: named lying twins of the gallery's certificates, each with the rejection it must get.

    python scripts/make_tampered_corpus.py

Each file is a certificate document with one deliberate lie, and an "expect" entry in tests/tampered/EXPECT.json
naming the substring of the checker's one-line rejection. The digest is recomputed where the lie is about the
subject, so that only the mathematics can reject it.
"""

import copy
import json
import pathlib

from symconvex.certificates import dumps_readable, subject_digest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROOFS, OUT = ROOT / "proofs", ROOT / "tests" / "tampered"


def load(name, index=None):
    data = json.loads((PROOFS / f"{name}.cert.json").read_text())
    return copy.deepcopy(data[index or 0] if isinstance(data, list) else data)


def redigest(d):
    d["digest"] = subject_digest(d["variables"], d["function"], d["network"], d["domain"])
    return d


def corpus():
    out = {}
    d = load("relu_network_midpoint")
    d["lam"] = "1/3"
    out["seed000_lambda_changed"] = (d, "m: lam a + (1 - lam) b")
    d = load("relu_network_midpoint")
    d["values"]["f(m)"] = "2"
    out["seed000_midpoint_value_inflated"] = (d, "f(m): evaluates to 1, certificate states '2'")
    d = load("relu_network_midpoint")
    d["network"]["targets"][0] = ["0"]
    out["seed000_data_changed_digest_stale"] = (d, "digest: the subject")
    d = redigest(load("relu_network_midpoint"))
    d["network"]["targets"][0] = ["0"]
    out["seed000_data_changed"] = (redigest(d), "f(a): evaluates to")
    d = load("sigmoid_neither", 0)
    d["point"] = ["0"]
    out["sigmoid_inflection_point"] = (d, "value: evaluates to 1/2")
    d = load("sigmoid_neither", 0)
    d["second_derivative"] = "~" + d["second_derivative"].removeprefix("~").removeprefix("-")
    out["sigmoid_curvature_sign_flipped"] = (d, "second_derivative: evaluates to")
    d = load("xy_not_convex", 1)  # the not_convex certificate: x*x is convex, so its negative curvature is a lie
    d["function"] = ["mul", ["var", "x"], ["var", "x"]]
    out["xy_swapped_for_a_convex_function"] = (redigest(d), "evaluates to")
    d = load("logistic_regression_convex")
    d["derivation"]["curvature"] = "concave"
    out["logistic_regression_claimed_concave"] = (d, "derivation.curvature: states 'concave'")
    d = load("logistic_regression_convex")
    d["function"] = ["sigmoid", ["var", d["variables"][0]]]
    out["rules_proof_for_another_function"] = (redigest(d), "derivation.expr")
    d = load("relu_composition_quadratic", 0) if isinstance(
        json.loads((PROOFS / "relu_composition_quadratic.cert.json").read_text()), list) else \
        load("relu_composition_quadratic")
    d["pattern"] = [-s if isinstance(s, int) else s for s in d.get("pattern", [])] or [1]
    out["seed003_region_misstated"] = (d, "pattern")
    return out


def main():
    OUT.mkdir(exist_ok=True)
    expect = {}
    for name, (doc, message) in sorted(corpus().items()):
        (OUT / f"{name}.json").write_text(dumps_readable(doc) + "\n")
        expect[name] = message
    (OUT / "EXPECT.json").write_text(json.dumps(expect, indent=1, sort_keys=True) + "\n")
    print(f"{len(expect)} tampered certificates in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
