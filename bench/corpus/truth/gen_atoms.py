"""Claims about the CVX/CVXPY atom library and its textbook relatives (norms, powers, perspectives, quad_over_lin,
geo_mean, entr, rel_entr, kl_div, logistic, log_sum_exp, inv_pos, log-convex products), true and false, for
../atoms.jsonl. Each record states the facts that hold (C convex, V concave, SC / SV strictly), why, and for a
convex (concave) but not strict function a segment on which it is affine; verify.py checks them independently."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from lib import Gen
G = Gen(2026)
G.auto_false = True
A = G.add
POS2 = dict(dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 5], "y": [0, 5]})
RAY2 = [[1, 1], [2, 2]]
# ---------------- p-norms written out (norm_p, norm_inf, norm1) ----------------
K = "norm"
A(K, "(Abs(x)**3+Abs(y)**3)**Rational(1,3)", "x y", ["convex", "strictly convex", "concave"], "C",
  "the 3-norm; affine along rays", tex=r"(|x|^3 + |y|^3)^{1/3}", seg=[[1, 0], [2, 0]])
A(K, "(x**4+y**4+z**4)**Rational(1,4)", "x y z", ["convex", "not strictly convex"], "C",
  "the 4-norm in R^3; affine along rays", tex=r"\sqrt[4]{x^4 + y^4 + z^4}", seg=[[1, 0, 0], [3, 0, 0]])
A(K, "(Abs(x-y)**3+Abs(y)**3)**Rational(1,3)", "x y", ["convex", "neither convex nor concave"], "C",
  "the 3-norm of an invertible linear map", tex=r"(|x - y|^3 + |y|^3)^{1/3}", seg=[[1, 0], [2, 0]])
A(K, "(Abs(x)**Rational(3,2)+Abs(y)**Rational(3,2))**Rational(2,3)", "x y", ["convex", "concave"], "C",
  "the 3/2-norm", tex=r"\left(|x|^{3/2} + |y|^{3/2}\right)^{2/3}", seg=[[1, 0], [2, 0]])
A(K, "(sqrt(Abs(x))+sqrt(Abs(y)))**2", "x y", ["convex", "neither convex nor concave"], "",
  "p = 1/2 is not a norm: the unit ball is not convex", tex=r"\left(\sqrt{|x|} + \sqrt{|y|}\right)^2")
A(K, "sqrt(x**2+4*y**2)+x", "x y", ["convex", "strictly convex"], "C", "a norm plus a linear function",
  tex=r"\sqrt{x^2 + 4y^2} + x", seg=[[1, 0], [2, 0]])
A(K, "-(x**4+y**4)**Rational(1,4)", "x y", ["concave", "convex"], "V", "minus the 4-norm",
  tex=r"-(x^4 + y^4)^{1/4}", seg=[[1, 0], [2, 0]])
A(K, "(x**2+y**2)**Rational(1,4)", "x y", ["convex", "neither convex nor concave"], "",
  "the square root of a norm: |x|^{1/2} on the axis", tex=r"(x^2 + y^2)^{1/4}")
A(K, "Max(Abs(x), Abs(y))", "x y", ["convex", "strictly convex", "concave"], "C", "the infinity norm",
  tex=r"\max\{|x|, |y|\}", seg=[[1, 0], [2, 0]])
A(K, "Abs(x)+Abs(y)", "x y", ["convex", "strictly convex"], "C", "the 1-norm", tex=r"|x| + |y|", seg=[[1, 1], [2, 1]])
A(K, "(Abs(x)**3+Abs(y)**3+1)**Rational(1,3)", "x y", ["convex"], "C SC",
  "the 3-norm of (x, y, 1): no two of these points lie on one ray", tex=r"(|x|^3 + |y|^3 + 1)^{1/3}")
# ---------------- perspectives ----------------
K = "perspective"
A(K, "t*exp((x+y)/t)", "x y t", ["convex", "strictly convex"], "C", "perspective of exp of an affine form",
  tex=r"t e^{(x + y)/t}", dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]}, seg=[[1, 1, 1], [2, 2, 2]])
A(K, "(x+y)**4/t**3", "x y t", ["convex", "concave"], "C", "perspective of u^4 composed with x + y",
  tex=r"\frac{(x + y)^4}{t^3}", dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]}, seg=[[1, 0, 1], [2, 0, 2]])
A(K, "x**8/t**7", "x t", ["convex", "not convex"], "C", "perspective of x^8", tex=r"\frac{x^8}{t^7}",
  dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]}, seg=RAY2)
A(K, "t*log(t/x)", "x t", ["convex", "strictly convex", "concave"], "C", "relative entropy, perspective of -log",
  tex=r"t \log\frac{t}{x}", dom_tex=r"$x > 0, t > 0$", dom=["x>0", "t>0"], box={"x": [0, 5], "t": [0, 5]}, seg=RAY2)
A(K, "x*log(x/y)+y*log(y/x)", "x y", ["convex", "not strictly convex"], "C",
  "symmetrised KL divergence: a sum of perspectives, homogeneous of degree 1", tex=r"x \log\frac{x}{y} + y \log\frac{y}{x}",
  seg=RAY2, **POS2)
A(K, "t*log(1+exp(x/t)+exp(y/t))", "x y t", ["convex"], "C", "perspective of log-sum-exp",
  tex=r"t \log(1 + e^{x/t} + e^{y/t})", dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]},
  seg=[[1, 1, 1], [2, 2, 2]])
A(K, "-t*log(x/t)-t*log(y/t)", "x y t", ["convex", "concave"], "C", "perspective of -log u - log v",
  tex=r"-t \log\frac{x}{t} - t \log\frac{y}{t}", dom_tex=r"$x > 0, y > 0, t > 0$", dom=["x>0", "y>0", "t>0"],
  box={"x": [0, 5], "y": [0, 5], "t": [0, 5]}, seg=[[1, 1, 1], [2, 2, 2]])
A(K, "(x**2+y**2)/(x+y)", "x y", ["convex", "strictly convex"], "C", "perspective of z^2 + (1 - z)^2 with t = x + y",
  tex=r"\frac{x^2 + y^2}{x + y}", dom_tex=r"$x + y > 0$", dom=["x+y>0"], seg=RAY2)
A(K, "x**3/t**2", "x t", ["convex", "concave"], "", "x^3 at t = 1 is neither convex nor concave",
  tex=r"\frac{x^3}{t^2}", dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]})
A(K, "x**3/t**2", "x t", ["convex"], "C", "perspective of x^3 on x >= 0", tex=r"\frac{x^3}{t^2}",
  dom_tex=r"$x \ge 0, t > 0$", dom=["x>=0", "t>0"], box={"x": [0, 5], "t": [0, 4]}, seg=RAY2)
A(K, "x**2*t", "x t", ["convex", "neither convex nor concave"], "", "det Hessian = -4x^2 < 0", tex=r"x^2 t",
  dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]})
A(K, "x*log(x/(x+y))", "x y", ["convex", "concave"], "C", "perspective of z log z with t = x + y",
  tex=r"x \log\frac{x}{x + y}", seg=RAY2, **POS2)
A(K, "x**2/t+t", "x t", ["convex", "strictly convex"], "C", "perspective of z^2 + 1", tex=r"\frac{x^2}{t} + t",
  dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]}, seg=RAY2)
A(K, "(2*x+y)**6/(x+y)**5", "x y", ["convex"], "C", "perspective of (1 + z)^6 with t = x + y",
  tex=r"\frac{(2x + y)^6}{(x + y)^5}", dom_tex=r"$x + y > 0$", dom=["x+y>0"], seg=RAY2)
# ---------------- powers and inv_pos ----------------
K = "power"
A(K, "x**Rational(5,2)", "x", ["convex", "strictly convex"], "C SC", "f'' = 15/4 x^{1/2} >= 0, zero only at 0",
  tex=r"x^{5/2}", dom_tex=r"$x \ge 0$", dom=["x>=0"], box={"x": [0, 5]})
A(K, "x**Rational(-3,2)", "x", ["convex", "concave"], "C SC", "f'' = 15/4 x^{-7/2} > 0", tex=r"x^{-3/2}",
  dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "x**Rational(2,3)", "x", ["concave", "convex"], "V SV", "f'' = -2/9 x^{-4/3} < 0", tex=r"x^{2/3}",
  dom_tex=r"$x \ge 0$", dom=["x>=0"], box={"x": [0, 5]})
A(K, "(2*x+y)**Rational(3,2)", "x y", ["convex", "strictly convex"], "C", "a power >= 1 of an affine form",
  tex=r"(2x + y)^{3/2}", dom_tex=r"$2x + y \ge 0$", dom=["2*x+y>=0"], seg=[[0, 0], [1, -2]])
A(K, "1/(1-x-y)", "x y", ["convex", "strictly convex"], "C", "inv_pos of an affine form", tex=r"\frac{1}{1 - x - y}",
  dom_tex=r"$x + y < 1$", dom=["x+y<1"], seg=[[0, 0], [1, -1]])
A(K, "1/x+x", "x", ["convex", "concave"], "C SC", "f'' = 2/x^3 > 0", tex=r"\frac{1}{x} + x", dom_tex=r"$x > 0$",
  dom=["x>0"], box={"x": [0, 5]})
A(K, "x**2/sqrt(y)", "x y", ["convex", "strictly convex"], "C", "det Hessian = x^2/(2 y^3) >= 0; constant 0 on x = 0",
  tex=r"\frac{x^2}{\sqrt{y}}", dom_tex=r"$y > 0$", dom=["y>0"], box={"y": [0, 5]}, seg=[[0, 1], [0, 2]])
# ---------------- geometric means ----------------
K = "geo-mean"
A(K, "x**Rational(1,4)*y**Rational(3,4)", "x y", ["concave", "strictly concave", "convex"], "V",
  "weighted geometric mean, homogeneous of degree 1", tex=r"x^{1/4} y^{3/4}", seg=[[1, 1], [16, 16]], **POS2)
A(K, "(x*y*z)**Rational(1,3)", "x y z", ["concave", "strictly concave"], "V", "geometric mean of three",
  tex=r"\sqrt[3]{x y z}", dom_tex=r"$x > 0, y > 0, z > 0$", dom=["x>0", "y>0", "z>0"],
  box={"x": [0, 5], "y": [0, 5], "z": [0, 5]}, seg=[[1, 1, 1], [8, 8, 8]])
A(K, "x**Rational(1,2)*y**Rational(1,3)", "x y", ["concave", "strictly concave"], "V SV",
  "x^a y^b with a + b < 1: det Hessian = a b (1 - a - b) x^{2a-2} y^{2b-2} > 0", tex=r"x^{1/2} y^{1/3}", **POS2)
A(K, "x**Rational(2,3)*y**Rational(2,3)", "x y", ["concave", "convex"], "", "exponents add up to 4/3 > 1",
  tex=r"x^{2/3} y^{2/3}", **POS2)
A(K, "sqrt(x*y)+sqrt(x)", "x y", ["concave", "strictly concave"], "V SV",
  "a sum of geometric means; the null directions (x, y) and (0, 1) of the two Hessians meet only in 0",
  tex=r"\sqrt{x y} + \sqrt{x}", **POS2)
# ---------------- entropies ----------------
K = "entropy"
A(K, "-x*log(x)", "x", ["concave", "strictly concave", "convex"], "V SV", "entr: f'' = -1/x < 0",
  tex=r"-x \log x", dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "-x*log(x)-y*log(y)", "x y", ["concave", "strictly concave"], "V SV", "a sum of entr in separate variables",
  tex=r"-x \log x - y \log y", **POS2)
A(K, "x*log(x)+y", "x y", ["convex", "strictly convex"], "C", "affine in y", tex=r"x \log x + y",
  dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 5]}, seg=[[1, 0], [1, 1]])
A(K, "2*x*log(x/y)-x+y", "x y", ["convex", "strictly convex", "concave"], "C", "kl_div-like: perspective plus affine",
  tex=r"2x \log\frac{x}{y} - x + y", seg=RAY2, **POS2)
# ---------------- logistic and log-sum-exp ----------------
K = "logistic"
A(K, "log(1+exp(2*x-y))", "x y", ["convex", "strictly convex"], "C", "logistic of an affine form",
  tex=r"\log(1 + e^{2x - y})", seg=[[0, 0], [1, 2]])
A(K, "log(exp(x)+exp(y)+exp(z))", "x y z", ["convex", "not strictly convex", "concave"], "C",
  "log_sum_exp: affine along (1, 1, 1)", tex=r"\log(e^x + e^y + e^z)", seg=[[0, 0, 0], [1, 1, 1]])
A(K, "log(exp(x)+exp(-x))", "x", ["convex", "strictly convex"], "C SC", "log(2 cosh x): f'' = sech^2 x > 0",
  tex=r"\log(e^{-x} + e^{x})")
A(K, "log(1+exp(1-3*x))", "x", ["convex", "strictly convex"], "C SC", "softplus of an affine form, one variable",
  tex=r"\log(1 + e^{1 - 3x})")
A(K, "log(1/(1+exp(-x)))", "x", ["concave", "strictly concave", "convex"], "V SV", "log-sigmoid = -softplus(-x)",
  tex=r"\log\frac{1}{1 + e^{-x}}")
# ---------------- quad_over_lin ----------------
K = "quad-over-lin"
A(K, "(x+y)**2/(1-x)", "x y", ["convex", "strictly convex"], "C", "quad_over_lin of an invertible affine map",
  tex=r"\frac{(x + y)^2}{1 - x}", dom_tex=r"$x < 1$", dom=["x<1"], seg=[["1/2", 0], [0, 1]])
A(K, "x**2/y+y**2/x", "x y", ["convex", "strictly convex"], "C", "a sum of quad_over_lin, homogeneous of degree 1",
  tex=r"\frac{x^2}{y} + \frac{y^2}{x}", seg=RAY2, **POS2)
A(K, "x**2/y", "x y", ["concave", "convex"], "V", "minus quad_over_lin(x, -y) on y < 0", tex=r"\frac{x^2}{y}",
  dom_tex=r"$y < 0$", dom=["y<0"], box={"y": [-5, 0]}, seg=[[-1, -1], [-2, -2]])
# ---------------- log-convex products ----------------
K = "log-convex"
A(K, "1/(x*y)", "x y", ["convex", "strictly convex", "concave"], "C SC", "exp(-log x - log y); det Hessian = 3/(x y)^4",
  tex=r"\frac{1}{x y}", **POS2)
A(K, "exp(x)/x", "x", ["convex", "strictly convex"], "C SC", "exp(x - log x); f'' = e^x (x^2 - 2x + 2)/x^3 > 0",
  tex=r"\frac{e^{x}}{x}", dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "exp(x**2)/(1-x)", "x", ["convex"], "C SC", "exp(x^2 - log(1 - x)), a convex exponent", tex=r"\frac{e^{x^2}}{1 - x}",
  dom_tex=r"$x < 1$", dom=["x<1"], box={"x": [-4, 1]})
A(K, "1/sqrt(x*y)", "x y", ["convex", "concave"], "C SC", "exp(-(log x + log y)/2); det Hessian > 0",
  tex=r"\frac{1}{\sqrt{x y}}", **POS2)
A(K, "exp(x)/(1+y)", "x y", ["convex"], "C SC", "exp(x - log(1 + y)); Hessian e^h (H_h + grad h grad h^T) > 0",
  tex=r"\frac{e^{x}}{1 + y}", dom_tex=r"$y > -1$", dom=["y>-1"], box={"y": [-1, 4]})
A(K, "y**2*exp(x)", "x y", ["convex", "neither convex nor concave"], "", "det Hessian = -2 y^2 e^{2x} < 0",
  tex=r"y^2 e^{x}")
A(K, "exp(3*x)/(2-x)**2", "x", ["convex", "concave"], "C SC", "exp(3x - 2 log(2 - x))", tex=r"\frac{e^{3x}}{(2 - x)^2}",
  dom_tex=r"$x < 2$", dom=["x<2"], box={"x": [-4, 2]})
G.write(sys.argv[1], sys.argv[2])
from collections import Counter
print(len(G.out), Counter(d["kind"] for d in G.out))
