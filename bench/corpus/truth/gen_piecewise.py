"""Piecewise functions of the inputs (issue #11): identities with a smooth function (max(x, 2) + min(x, 2) = x + 2),
smooth pieces between breakpoints (|x|^3), restrictions to a half-space (|x + 1| on x >= -1), and kinks of both kinds
(neither). Facts per subject as in gen_breadth.py; every expected answer is re-checked by verify.py."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from lib import Gen
G = Gen(12)
G.auto_false = True
A = G.add
# ---------------- identities in one variable ----------------
K = "identity-1d"
A(K, "Max(x,2)+Min(x,2)", "x", ["affine", "strictly convex"], "C V", "equals x+2", tex=r"\max(x, 2) + \min(x, 2)",
  seg=[[0], [1]])
A(K, "Max(2*x,x+1)+Min(2*x,x+1)", "x", ["affine", "not convex"], "C V", "equals 3x+1",
  tex=r"\max(2x, x + 1) + \min(2x, x + 1)", seg=[[0], [1]])
A(K, "Max(x,0)**2+Min(x,0)**2", "x", ["strictly convex", "concave"], "C SC", "equals x^2",
  tex=r"\max(x, 0)^2 + \min(x, 0)^2")
A(K, "Min(x,1)+Max(x,1)-2*x", "x", ["affine", "!concave"], "C V", "equals 1-x",
  tex=r"\min(x, 1) + \max(x, 1) - 2x", seg=[[0], [1]])
A(K, "Max(x,-x)-Abs(x)", "x", ["affine"], "C V", "equals 0", tex=r"\max(x, -x) - |x|", seg=[[0], [1]])
A(K, "Min(Abs(x),1)+Max(Abs(x),1)-Abs(x)", "x", ["affine", "strictly concave"], "C V", "equals 1",
  tex=r"\min(|x|, 1) + \max(|x|, 1) - |x|", seg=[[0], [3]])
A(K, "Max(x,x/4)-Max(x,0)+Max(-x,0)/4", "x", ["affine"], "C V", "leaky relu identity: equals 0",
  tex=r"\max(x, \frac{x}{4}) - \max(x, 0) + \frac{1}{4}\max(-x, 0)", seg=[[0], [1]])
# ---------------- identities in several variables ----------------
K = "identity-nd"
A(K, "Max(x,0)**2+Max(-x,0)**2+y**2", "x y", ["strictly convex", "not convex"], "C SC", "equals x^2+y^2",
  tex=r"(x)_+^2 + (-x)_+^2 + y^2")
A(K, "Max(x,0)-Max(-x,0)+Max(y,0)-Max(-y,0)", "x y", ["affine", "strictly convex"], "C V", "equals x+y",
  tex=r"\operatorname{ReLU}(x) - \operatorname{ReLU}(-x) + \operatorname{ReLU}(y) - \operatorname{ReLU}(-y)",
  seg=[[0, 0], [1, 2]])
A(K, "Max(x+y,0)+Min(x+y,0)", "x y", ["affine", "neither convex nor concave"], "C V", "equals x+y",
  tex=r"\max(x + y, 0) + \min(x + y, 0)", seg=[[0, 0], [1, 0]])
A(K, "Max(x,y)-Min(x,y)-Abs(x-y)", "x y", ["affine"], "C V", "equals 0", tex=r"\max(x, y) - \min(x, y) - |x - y|",
  seg=[[0, 0], [1, 3]])
A(K, "Max(x-y,0)**2+Max(y-x,0)**2", "x y", ["convex", "strictly convex"], "C", "equals (x-y)^2, flat along x=y",
  tex=r"(x - y)_+^2 + (y - x)_+^2", seg=[[0, 0], [1, 1]])
A(K, "Max(x,0)**2+Max(-x,0)**2+Max(y,0)**2+Max(-y,0)**2", "x y", ["strictly convex"], "C SC", "equals x^2+y^2",
  tex=r"(x)_+^2 + (-x)_+^2 + (y)_+^2 + (-y)_+^2")
# ---------------- identities on a restricted domain ----------------
K = "identity-domain"
A(K, "Abs(x+1)", "x", ["affine", "strictly convex"], "C V", "equals x+1 on x>=-1", tex="|x + 1|",
  dom_tex=r"$x \ge -1$", dom=["x>=-1"], box={"x": [-1, 5]}, seg=[[0], [1]])
A(K, "Max(x,y)", "x y", ["affine"], "C V", "equals x on x>=y", tex=r"\max(x, y)", dom_tex=r"$x \ge y$",
  dom=["x-y>=0"], seg=[[1, 0], [2, 0]])
A(K, "Abs(x-y)", "x y", ["affine", "strictly convex"], "C V", "equals y-x on y>=x", tex="|x - y|",
  dom_tex=r"$y \ge x$", dom=["y-x>=0"], seg=[[0, 1], [0, 2]])
A(K, "Max(x,0)**3", "x", ["affine"], "C V", "equals 0 on x<=0", tex=r"(x)_+^3", dom_tex=r"$x \le 0$",
  dom=["x<=0"], box={"x": [-4, 0]}, seg=[[-2], [-1]])
A(K, "Abs(x)**3", "x", ["strictly convex", "concave"], "C SC", "equals x^3 on x>=0", tex="|x|^3",
  dom_tex=r"$x \ge 0$", dom=["x>=0"], box={"x": [0, 4]})
# ---------------- convex by pieces ----------------
K = "pieces-convex"
A(K, "Max(x,0)+Min(x,0)/2", "x", ["convex", "strictly convex"], "C", "slopes 1/2 then 1",
  tex=r"\max(x, 0) + \frac{1}{2}\min(x, 0)", seg=[[1], [2]])
A(K, "2*Abs(x)+Min(x,0)", "x", ["convex", "concave"], "C", "slopes -1 then 2", tex=r"2|x| + \min(x, 0)",
  seg=[[1], [2]])
A(K, "Abs(x)-Max(x,0)/2", "x", ["convex", "strictly convex"], "C", "slopes -1 then 1/2",
  tex=r"|x| - \frac{1}{2}(x)_+", seg=[[1], [2]])
A(K, "Max(Abs(x),1)+Min(Abs(x),1)", "x", ["convex", "strictly convex"], "C", "equals |x|+1",
  tex=r"\max(|x|, 1) + \min(|x|, 1)", seg=[[1], [2]])
A(K, "Max(x,0)**2-Max(x-1,0)**2", "x", ["convex", "strictly convex"], "C", "0, x^2, then 2x-1: slopes match",
  tex=r"(x)_+^2 - (x - 1)_+^2", seg=[[2], [3]])
A(K, "Max(1-x,0)**2+Max(x-1,0)", "x", ["convex", "strictly convex"], "C", "(1-x)^2 then x-1: slopes 0, 1",
  tex=r"(1 - x)_+^2 + (x - 1)_+", seg=[[2], [3]])
A(K, "Abs(x)+Abs(x-2)", "x", ["convex", "strictly convex"], "C", "constant 2 on [0,2]", tex="|x| + |x - 2|",
  seg=[["1/2"], [1]])
# ---------------- strictly convex / concave by pieces ----------------
K = "pieces-strict"
A(K, "Abs(x)**3+x", "x", ["strictly convex", "concave"], "C SC", "f''=6|x|, isolated zero", tex="|x|^3 + x")
A(K, "Abs(x-1)**3", "x", ["strictly convex", "affine"], "C SC", "f''=6|x-1|, isolated zero", tex="|x - 1|^3")
A(K, "Abs(x)**3+Abs(y)**3", "x y", ["strictly convex"], "C SC", "sum of strictly convex terms in x and in y",
  tex="|x|^3 + |y|^3")
A(K, "exp(Max(x,0))+exp(Min(x,0))", "x", ["strictly convex", "concave"], "C SC", "equals e^x+1",
  tex=r"e^{\max(x, 0)} + e^{\min(x, 0)}")
A(K, "Max(exp(x),1)+Min(exp(x),1)", "x", ["strictly convex"], "C SC", "equals e^x+1",
  tex=r"\max(e^{x}, 1) + \min(e^{x}, 1)")
# ---------------- concave by pieces ----------------
K = "pieces-concave"
A(K, "Min(x,0)-x**2+Max(x,0)/2", "x", ["strictly concave", "convex"], "V SV", "x-x^2 then x/2-x^2: slopes 1, 1/2",
  tex=r"\min(x, 0) - x^2 + \frac{1}{2}\max(x, 0)")
A(K, "Min(x,0)-Abs(x-1)", "x", ["concave", "strictly concave"], "V", "slopes 2, 1, -1; affine on [1,2]",
  tex=r"\min(x, 0) - |x - 1|", seg=[[2], [3]])
A(K, "-Abs(x)**3", "x", ["strictly concave", "convex"], "V SV", "f''=-6|x|", tex=r"-|x|^3")
# ---------------- kinks of both kinds ----------------
K = "neither"
A(K, "Abs(x)*x", "x", ["convex", "concave", "neither convex nor concave"], "", "-x^2 then x^2", tex=r"x |x|")
A(K, "Max(x,0)-2*Max(x-1,0)", "x", ["convex", "neither convex nor concave"], "", "slopes 0, 1, -1",
  tex=r"(x)_+ - 2 (x - 1)_+")
A(K, "Abs(x)-x**2", "x", ["concave", "not concave"], "", "concave pieces, convex kink at 0", tex=r"|x| - x^2")
A(K, "Abs(x)**3-x**2", "x", ["convex", "not convex"], "", "f''=6|x|-2<0 near 0", tex=r"|x|^3 - x^2")
A(K, "Max(x,0)*Max(y,0)", "x y", ["convex", "neither convex nor concave"], "", "xy on the positive quadrant",
  tex=r"(x)_+ (y)_+")
# ---------------- transcendental pieces ----------------
K = "transcendental"
A(K, "exp(Abs(x))", "x", ["convex", "strictly convex"], "C SC", "e^{-x} then e^x, slopes -1, 1",
  tex=r"e^{|x|}")
A(K, "Max(x,0)+log(1+exp(-Abs(x)))", "x", ["convex", "strictly convex"], "C SC", "equals softplus(x)",
  tex=r"\max(x, 0) + \log(1 + e^{-|x|})")
G.write(sys.argv[1], sys.argv[2])
from collections import Counter
print(len(G.out), Counter(d["kind"] for d in G.out))
