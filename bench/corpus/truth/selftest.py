import sys, random; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from verify import check_spec
rng = random.Random(0)
tests = [
 dict(expr="x**4+x**2*y**2", vars=["x","y"], facts="C"),   # wrong: not convex
 dict(expr="x**2/y", vars=["x","y"], dom=["y>0"], facts="C SC", box={"y":[0,5]}),  # wrong: not SC
 dict(expr="(x+y)**2", vars=["x","y"], facts="C", seg=[[0,0],[1,1]]),  # bad segment
 dict(expr="1/(1+exp(-x))", vars=["x"], facts="V", dom=["x>-1"], box={"x":[-1,5]}),  # wrong
 dict(expr="x*y", vars=["x"], params={"y":[]}, facts="C V", seg=[[0],[1],[1]]),  # right
 dict(expr="x**2*y", vars=["x"], params={"y":[]}, facts="C"),  # wrong
 dict(expr="Abs(x)", vars=["x"], facts="C SC"),  # wrong SC (hessian may be skipped)
 dict(expr="x**2", vars=["x","y"], facts="C SC"),  # wrong SC
]
for t in tests:
    t.setdefault("dom", []); t.setdefault("seg", None)
    print(t["expr"], t["facts"], check_spec(t, rng))
