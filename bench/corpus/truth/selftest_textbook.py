"""Plant wrong answers into textbook subjects and expect verify_textbook.check_subject to catch every one;
leave some subjects unchanged and expect no complaint. Exit status 1 if a plant slips through.

    python bench/corpus/truth/selftest_textbook.py
"""
import copy
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verify_textbook import check_subject  # noqa: E402


def S(expr, vars, facts, **kw):
    d = dict(expr=expr, vars=vars.split(), facts=facts, dom=[], seg=None, box=None, params=None, logof=False)
    d.update(kw)
    return d


HONEST = [
    S("x**2/y", "x y", "C", dom=["y>0"], box={"y": [0, 5]}, seg=[[1, 1], [2, 2]]),
    S("log(x*z-y**2)", "x y z", "V SV", dom=["x>0", "x*z-y**2>0"], box={"x": [0, 4], "y": [-3, 3], "z": [0, 4]}),
    S("x**a", "x", "C", params={"a": ["a>=1"]}, box={"x": [0, 5], "a": [1, 4]}, dom=["x>0"], seg=[[1], [2], [1]]),
    S("Max(0,1-z)", "z", "C", seg=[[-2], [-1]]),
    S("1/(1+exp(-x))", "x", "V SV", logof=True),
]

PLANTED = [  # (what is wrong, subject)
    ("quad-over-lin claimed strictly convex", S("x**2/y", "x y", "C SC", dom=["y>0"], box={"y": [0, 5]})),
    ("quad-over-lin claimed not convex", S("x**2/y", "x y", "", dom=["y>0"], box={"y": [0, 5]})),
    ("x y claimed convex on the orthant", S("x*y", "x y", "C", dom=["x>0", "y>0"], box={"x": [0, 5], "y": [0, 5]},
                                            seg=[[1, 0], [2, 0]])),
    ("log det claimed convex", S("log(x*z-y**2)", "x y z", "C SC", dom=["x>0", "x*z-y**2>0"],
                                 box={"x": [0, 4], "y": [-3, 3], "z": [0, 4]})),
    ("x^a, a>=1, claimed strictly convex (a=1 is linear)",
     S("x**a", "x", "C SC", params={"a": ["a>=1"]}, box={"x": [0, 5], "a": [1, 4]}, dom=["x>0"])),
    ("x^a claimed convex without the condition a>=1",
     S("x**a", "x", "C", params={"a": []}, box={"x": [0, 5], "a": [-2, 4]}, dom=["x>0"], seg=[[1], [2], [1]])),
    ("x^3 convex with its domain x>=0 forgotten", S("x**3", "x", "C SC")),
    ("hinge claimed strictly convex", S("Max(0,1-z)", "z", "C SC")),
    ("hinge with a segment that is not affine", S("Max(0,1-z)", "z", "C", seg=[[0], [2]])),
    ("sigmoid claimed log-convex", S("1/(1+exp(-x))", "x", "C SC", logof=True)),
    ("sigmoid claimed concave", S("1/(1+exp(-x))", "x", "V")),
    ("x e^{-x} claimed concave on x<3 (inflection at 2)",
     S("x*exp(-x)", "x", "V SV", dom=["x<3"], box={"x": [-3, 3]})),
    ("log-sum-exp claimed strictly convex", S("log(exp(x_1)+exp(x_2))", "x_1 x_2", "C SC")),
    ("x^4 claimed not strictly convex", S("x**4", "x", "C", seg=[[-1], [1]])),
    ("(w1-w2)^2+|w1|+|w2| claimed strictly convex", S("(w_1-w_2)**2+Abs(w_1)+Abs(w_2)", "w_1 w_2", "C SC")),
    ("geometric mean claimed convex", S("sqrt(x*y)", "x y", "C", dom=["x>0", "y>0"],
                                        box={"x": [0, 5], "y": [0, 5]}, seg=[[1, 1], [2, 2]])),
    ("three-hump camel claimed convex", S("2*x**2-Rational(105,100)*x**4+x**6/6+x*y+y**2", "x y", "C")),
    ("Gaussian NLL in sigma claimed convex", S("log(s)+1/(2*s**2)", "s", "C SC", dom=["s>0"], box={"s": [0.1, 6]})),
]


def main():
    rng = random.Random(3)
    failures = 0
    for spec in HONEST:
        msgs = check_subject(copy.deepcopy(spec), rng)
        print("honest ", spec["expr"], spec["facts"], "->", msgs or "ok")
        failures += bool(msgs)
    for what, spec in PLANTED:
        msgs = check_subject(copy.deepcopy(spec), rng)
        print("planted", what, "->", "; ".join(msgs) if msgs else "MISSED")
        failures += not msgs
    print(f"{len(HONEST)} honest, {len(PLANTED)} planted, {failures} failures")
    return failures


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
