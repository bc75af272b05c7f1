import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from lib import Gen
G = Gen(10)
A = G.add
# ---------------- bare names ----------------
K = "bare-name"
sig = "1/(1+exp(-x))"
A(K, sig, "x", ["convex", "concave", "neither convex nor concave", "!convex", "strictly concave"], "",
  "sigma''=s(1-s)(1-2s) changes sign at 0", tpl=r"$\sigma$ <is> <prop>")
A(K, "tanh(x)", "x", ["convex", "concave", "!concave", "neither convex nor concave"], "",
  "tanh''=-2 tanh sech^2 changes sign at 0", tpl=r"$\tanh$ <is> <prop>")
A(K, "exp(x)", "x", ["convex", "strictly convex", "concave", "!concave", "affine"], "C SC",
  "exp''=exp>0", tpl=r"$\exp$ <is> <prop>")
A(K, "log(x)", "x", ["concave", "strictly concave", "convex", "!convex"], "V SV",
  "log''=-1/x^2<0 on x>0", tpl=r"$\log$ <is> <prop>", dom=["x>0"], box={"x": [0, 6]})
A(K, "log(1+exp(x))", "x", ["convex", "strictly convex", "concave"], "C SC",
  "softplus''=s(1-s)>0", tpl=r"$\mathrm{softplus}$ <is> <prop>")
A(K, "log(1+exp(x))", "x", ["affine", "!strictly convex"], "C SC",
  "softplus''=s(1-s)>0", tpl=r"$\operatorname{softplus}$ <is> <prop>")
A(K, "Max(0,x)", "x", ["convex", "strictly convex", "concave", "!strictly convex"], "C",
  "max of affine; equal to x on [1,2]", seg=[[1], [2]], tpl=r"$\operatorname{ReLU}$ <is> <prop>")
A(K, "Max(0,x)", "x", ["affine", "neither convex nor concave"], "C",
  "max of affine; kink at 0", seg=[[1], [2]], tpl=r"$\mathrm{relu}$ <is> <prop>")
A(K, "x**2+2*x", "x", ["concave", "strictly convex"], "C SC", "f''=2>0",
  tpl=r"$f$ <is> <prop>, where $f(x) = x^2 + 2x$")
A(K, "exp(-x)", "x", ["concave", "convex"], "C SC", "g''=e^{-x}>0",
  tpl=r"$g$ <is> <prop> where $g(x) = e^{-x}$")
A(K, "log(x)", "x", ["convex", "strictly concave"], "V SV", "h''=-1/x^2<0 on natural domain x>0",
  tpl=r"$h$ <is> <prop> where $h(x) = \log(x)$", dom=["x>0"], box={"x": [0, 6]})
A(K, "Max(0,x)", "x", ["affine", "strictly convex", "convex"], "C", "max of affine; equals x on [1,2]",
  seg=[[1], [2]], tpl=r"$\rho$ <is> <prop> where $\rho(x) = \max\{0, x\}$")
A(K, "1/(1+exp(-t))", "t", ["convex", "neither convex nor concave"], "", "logistic: phi'' changes sign at 0",
  tpl=r"$\phi$ <is> <prop> where $\phi(t) = \frac{1}{1 + e^{-t}}$")
A(K, "-log(1+exp(-u))", "u", ["concave", "strictly concave", "convex"], "V SV", "log-sigmoid: psi''=-s(1-s)<0",
  tpl=r"$\psi$ <is> <prop> where $\psi(u) = -\log(1 + e^{-u})$")
A(K, "x*y", "x y", ["convex", "concave", "neither convex nor concave"], "", "Hessian [[0,1],[1,0]] indefinite",
  tpl=r"$f$ <is> <prop> where $f(x, y) = x y$")
A(K, "x**2+y**2", "x y", ["strictly convex", "concave"], "C SC", "Hessian 2I positive definite",
  tpl=r"$q$ <is> <prop> where $q(x, y) = x^2 + y^2$")
A(K, "log(1+exp(-z))", "z", ["convex", "strictly convex"], "C SC", "logistic loss: l''=s(1-s)>0",
  tpl=r"$\ell$ <is> <prop> where $\ell(z) = \log(1 + e^{-z})$")
A(K, "(w-3)**2", "w", ["strictly convex", "!convex"], "C SC", "L''=2>0",
  tpl=r"$L$ <is> <prop> where $L(w) = (w - 3)^2$")
A(K, "Abs(x)", "x", ["strictly convex", "convex"], "C", "norm; equals x on [1,2]", seg=[[1], [2]],
  tpl=r"$f$ <is> <prop> where $f(x) = |x|$")
A(K, "x**3", "x", ["convex", "neither convex nor concave"], "", "g''=6x changes sign",
  tpl=r"$g$ <is> <prop> where $g(x) = x^3$")
A(K, "2*x-7", "x", ["affine", "strictly convex", "strictly concave"], "C V", "affine", seg=[[0], [1]],
  tpl=r"$f$ <is> <prop>, where $f(x) = 2x - 7$")
A(K, "Max(0,x)", "x", ["convex"], "C", "here sigma is defined as ReLU: max of affine functions", seg=[[1], [2]],
  tpl=r"$\sigma$ <is> <prop> where $\sigma(z) = \max\{0, z\}$")
# ---------------- bare variables ----------------
K = "bare-variable"
for v, props in [("x", ["convex", "concave", "affine", "strictly convex", "neither convex nor concave", "!convex"]),
                 ("y", ["!concave", "strictly concave"]), ("t", ["affine", "not strictly convex"]),
                 ("w", ["convex", "nonconvex"]), ("z", ["concave", "not affine"]), ("x_1", ["convex", "strictly convex"]),
                 (r"\theta", ["affine"])]:
    A(K, "x", "x", props, "C V", "a bare variable is the identity map: affine", seg=[[0], [1]],
      tpl=f"${v}$ <is> <prop>")
# ---------------- beyond the one-word summary ----------------
K = "beyond-summary"
A(K, "-3*x**2+x", "x", ["convex", "not convex", "non-convex", "!concave"], "V SV", "f''=-6<0", tex="-3x^2 + x")
A(K, "exp(2*x)", "x", ["!concave", "concave", "not affine"], "C SC", "f''=4e^{2x}>0", tex="e^{2x}", name="f(x)")
A(K, "log(3*x)", "x", ["convex", "nonconvex"], "V SV", "f''=-1/x^2<0", tex=r"\ln(3x)", dom_tex="$x > 0$",
  dom=["x>0"], box={"x": [0, 6]})
A(K, "x**2+1", "x", ["concave", "not concave"], "C SC", "f''=2>0", tex="x^2 + 1", name="g(x)")
A(K, "Max(0,x)", "x", ["concave", "not concave"], "C", "max of affine, kink at 0", tex=r"\max(0, x)", seg=[[1], [2]])
A(K, "2/x", "x", ["convex", "!convex"], "V SV", "f''=4/x^3<0 for x<0", tex=r"\frac{2}{x}",
  dom_tex="$x < 0$", dom=["x<0"], box={"x": [-6, 0]})
A(K, "sqrt(x)", "x", ["convex", "not convex"], "V SV", "f''=-x^{-3/2}/4<0 on x>0", tex=r"\sqrt{x}",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0, 6]})
A(K, "exp(x)+exp(-x)", "x", ["not concave", "concave"], "C SC", "f''=e^x+e^{-x}>0", tex="e^{x} + e^{-x}")
A(K, "x**2-4*x", "x", ["!concave"], "C SC", "f''=2>0", tex="x^2 - 4x", name="f(x)")
A(K, "-Abs(x)", "x", ["convex", "not convex"], "V", "minus a norm; -x on [1,2]", tex="-|x|", seg=[[1], [2]])
A(K, "Min(x, 2*x)", "x", ["convex", "not convex"], "V", "min of affine functions", tex=r"\min(x, 2x)", seg=[[1], [2]])
A(K, "log(1+exp(x-y))", "x y", ["not concave", "concave"], "C", "log-sum-exp of affine; constant along x=y",
  tex=r"\log(1 + e^{x - y})", seg=[[0, 0], [1, 1]])
A(K, "-exp(-x)", "x", ["convex", "not convex"], "V SV", "f''=-e^{-x}<0", tex="-e^{-x}", name="u(x)")
A(K, "x**4", "x", ["not concave", "affine"], "C SC", "f''=12x^2>=0, zero only at 0", tex="x^4")
A(K, "-(x-y)**2", "x y", ["convex", "not convex"], "V", "negative square of a linear form", tex="-(x - y)^2",
  seg=[[0, 0], [1, 1]])
A(K, "log(x)+log(y)", "x y", ["convex", "!convex"], "V SV", "sum of strictly concave logs of separate variables",
  tex=r"\log x + \log y", dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 5], "y": [0, 5]})
A(K, "Abs(x)+Abs(y)", "x y", ["not concave", "concave"], "C", "l1 norm; linear on the positive quadrant",
  tex="|x| + |y|", seg=[[1, 1], [2, 2]])
A(K, "x**2*y**2", "x y", ["not convex", "convex"], "", "det Hessian=-12x^2y^2<0", tex="x^2 y^2", name="h(x, y)")
# ---------------- affine ----------------
K = "affine"
A(K, "3*x+2*y-1", "x y", ["affine", "strictly convex", "not concave", "neither convex nor concave", "convex"], "C V",
  "linear plus constant", tex="3x + 2y - 1", seg=[[0, 0], [1, 1]])
A(K, "x-y", "x y", ["affine", "!convex", "strictly concave"], "C V", "linear", tex="x - y", name="f(x, y)",
  seg=[[0, 0], [1, 2]])
A(K, "(x+1)**2-x**2", "x", ["affine", "not affine", "strictly convex"], "C V", "equals 2x+1", tex="(x + 1)^2 - x^2",
  seg=[[0], [1]])
A(K, "x*(x+y)-x**2", "x y", ["affine"], "", "equals xy: indefinite Hessian", tex="x(x + y) - x^2")
A(K, "x**2", "x", ["affine", "!affine"], "C SC", "f''=2", tex="x^2", name="p(x)")
A(K, "Abs(x)", "x", ["affine"], "C", "kink at 0", tex="|x|", seg=[[1], [2]])
A(K, "Abs(x)", "x", ["affine", "strictly convex"], "C V", "equals x on x>=0", tex="|x|", dom_tex="$x \\ge 0$",
  dom=["x>=0"], box={"x": [0, 5]}, seg=[[1], [2]])
A(K, "Max(0,x)", "x", ["affine", "concave"], "C V", "identically 0 on x<=0", tex=r"\max(0, x)", dom_tex="$x \\le 0$",
  dom=["x<=0"], box={"x": [-5, 0]}, seg=[[-2], [-1]])
A(K, "log(exp(x))", "x", ["affine"], "C V", "equals x", tex=r"\log(e^{x})", seg=[[0], [1]])
A(K, "w_1/2-3*w_2+5", "w_1 w_2", ["affine", "not affine"], "C V", "linear plus constant",
  tex=r"\frac{w_1}{2} - 3 w_2 + 5", seg=[[0, 0], [1, 1]])
A(K, "(x+y)**2-(x-y)**2", "x y", ["affine", "not convex"], "", "equals 4xy: indefinite", tex="(x + y)^2 - (x - y)^2")
A(K, "exp(x)", "x", ["affine"], "C SC", "exp''>0", tex="e^x", name="f(x)")
A(K, "x*y-y*x+x", "x y", ["affine"], "C V", "equals x", tex="x y - y x + x", seg=[[0, 0], [1, 1]])
# ---------------- neither ----------------
K = "neither"
A(K, "x**3", "x", ["neither convex nor concave", "!convex", "convex", "concave"], "", "f''=6x changes sign", tex="x^3")
A(K, "x**2-y**2", "x y", ["neither convex nor concave", "convex"], "", "Hessian diag(2,-2) indefinite",
  tex="x^2 - y^2", name="f(x, y)")
A(K, "x*exp(x)", "x", ["neither convex nor concave", "convex"], "", "f''=(x+2)e^x changes sign at -2", tex="x e^{x}")
A(K, "exp(-x**2)", "x", ["neither convex nor concave", "concave"], "", "f''=(4x^2-2)e^{-x^2} changes sign",
  tex="e^{-x^2}")
A(K, "x**4-x**2", "x", ["neither convex nor concave", "convex"], "", "f''=12x^2-2 changes sign", tex="x^4 - x^2")
A(K, "x**4+x**2*y**2", "x y", ["convex", "neither convex nor concave", "not convex"], "",
  "det Hessian=24x^4-12x^2y^2<0 when y^2>2x^2; f_xx>0", tex="x^4 + x^2 y^2")
A(K, "x**2+4*x*y+y**2", "x y", ["neither convex nor concave", "convex"], "", "Hessian [[2,4],[4,2]] indefinite",
  tex="x^2 + 4xy + y^2")
A(K, "x*y", "x y", ["neither convex nor concave", "concave"], "", "Hessian indefinite everywhere", tex="x y",
  dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 5], "y": [0, 5]})
A(K, "x**4+y**2-2*x*y", "x y", ["neither convex nor concave", "convex"], "", "det Hessian=24x^2-4<0 near x=0; f_yy=2>0",
  tex="x^4 + y^2 - 2xy")
A(K, "x**2+x*y", "x y", ["neither convex nor concave", "convex"], "", "Hessian [[2,1],[1,0]] det -1",
  tex="x^2 + x y")
A(K, "Abs(x)-Abs(y)", "x y", ["neither convex nor concave"], "", "convex in x, concave in y", tex="|x| - |y|")
A(K, "Max(0,x)-Max(0,x-1)", "x", ["neither convex nor concave", "concave"], "",
  "clamp: slopes 0,1,0 (convex kink at 0, concave kink at 1)", tex=r"\max(0, x) - \max(0, x - 1)")
A(K, "x**3-3*x", "x", ["neither convex nor concave"], "", "f''=6x changes sign", tex="x^3 - 3x", name="f(x)")
A(K, "exp(x)-x**2", "x", ["neither convex nor concave"], "", "f''=e^x-2 changes sign at log 2", tex="e^{x} - x^2")
A(K, "x/(1+x**2)", "x", ["neither convex nor concave"], "", "f''=2x(x^2-3)/(1+x^2)^3 changes sign",
  tex=r"\frac{x}{1 + x^2}")
A(K, "x*y*z", "x y z", ["neither convex nor concave"], "", "restriction t -> t^3 along x=y=z", tex="x y z")
# ---------------- strictly convex: true ----------------
K = "strict-true"
A(K, "x**4-3*x", "x", ["strictly convex", "!strictly convex"], "C SC", "f''=12x^2>=0 vanishing only at 0",
  tex="x^4 - 3x")
A(K, "exp(x)+x**6", "x", ["strictly convex"], "C SC", "sum of strictly convex terms", tex="e^{x} + x^6", name="f(x)")
A(K, "x**2+Abs(x)", "x", ["strictly convex"], "C SC", "strictly convex x^2 plus convex |x|", tex="x^2 + |x|")
A(K, "(x-1)**4+x", "x", ["strictly convex"], "C SC", "f''=12(x-1)^2, zero only at 1", tex="(x - 1)^4 + x")
A(K, "x**6", "x", ["strictly convex", "not strictly convex"], "C SC", "f''=30x^4, isolated zero", tex="x^6",
  name="g(x)")
A(K, "x**4+y**4", "x y", ["strictly convex"], "C SC", "sum of strictly convex functions of separate variables",
  tex="x^4 + y^4")
A(K, "x**2+y**4", "x y", ["strictly convex"], "C SC", "sum of strictly convex functions of separate variables",
  tex="x^2 + y^4", name="f(x, y)")
A(K, "x**2+y**2+Abs(x-y)", "x y", ["strictly convex"], "C SC", "strictly convex x^2+y^2 plus a convex term",
  tex="x^2 + y^2 + |x - y|")
A(K, "exp(x)+exp(y)", "x y", ["strictly convex"], "C SC", "sum of strictly convex functions of separate variables",
  tex="e^{x} + e^{y}")
A(K, "2*x**2+2*x*y+y**2", "x y", ["strictly convex", "not strictly convex"], "C SC",
  "Hessian [[4,2],[2,2]] positive definite", tex="2x^2 + 2xy + y^2")
A(K, "x**2+x*y+y**2", "x y", ["strictly convex"], "C SC", "Hessian [[2,1],[1,2]] positive definite",
  tex="x^2 + x y + y^2", name="q(x, y)")
A(K, "x**2+y**2+z**2", "x y z", ["strictly convex"], "C SC", "Hessian 2I", tex="x^2 + y^2 + z^2")
A(K, "exp(x**2)", "x", ["strictly convex"], "C SC", "f''=(2+4x^2)e^{x^2}>0", tex="e^{x^2}")
A(K, "x**2+exp(-x)", "x", ["strictly convex"], "C SC", "f''=2+e^{-x}>0", tex="x^2 + e^{-x}")
A(K, "x**8", "x", ["strictly convex"], "C SC", "f''=56x^6, isolated zero", tex="x^8")
A(K, "x**4-x", "x", ["strictly convex"], "C SC", "f''=12x^2, isolated zero", tex="x^4 - x", dom_tex="$x \\ge -1$",
  dom=["x>=-1"], box={"x": [-1, 5]})
A(K, "log(1+exp(x))+x**2", "x", ["strictly convex"], "C SC", "softplus plus x^2", tex=r"\log(1 + e^{x}) + x^2")
A(K, "(x+y)**2+(x-y)**4", "x y", ["strictly convex"], "C SC",
  "u=x+y,v=x-y injective linear map; u^2+v^4 strictly convex", tex="(x + y)^2 + (x - y)^4")
A(K, "Max(x,y)+x**2+y**2", "x y", ["strictly convex"], "C SC", "max of affine plus x^2+y^2",
  tex=r"\max(x, y) + x^2 + y^2")
A(K, "1/(x*y)", "x y", ["strictly convex"], "C SC", "Hessian det 3/(x^4y^4)>0, f_xx>0",
  tex=r"\frac{1}{x y}", dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]})
A(K, "x*log(x)", "x", ["strictly convex"], "C SC", "f''=1/x>0", tex=r"x \log x", dom_tex="$x > 0$",
  dom=["x>0"], box={"x": [0, 5]})
A(K, "x**3", "x", ["strictly convex"], "C SC", "f''=6x>=0 on x>=0, zero only at 0", tex="x^3",
  dom_tex="$x \\ge 0$", dom=["x>=0"], box={"x": [0, 5]})
A(K, "(x-2)**4+(y+1)**2", "x y", ["strictly convex"], "C SC", "sum of strictly convex terms in separate variables",
  tex="(x - 2)^4 + (y + 1)^2")
# ---------------- strictly convex: false ----------------
K = "strict-false"
A(K, "Abs(x)", "x", ["strictly convex", "not strictly convex"], "C", "affine on [1,2]", tex="|x|", name="f(x)",
  seg=[[1], [2]])
A(K, "Max(x,y)", "x y", ["strictly convex", "!strictly convex"], "C", "equals x on the segment (1,0)-(2,0)",
  tex=r"\max(x, y)", seg=[[1, 0], [2, 0]])
A(K, "(x+y)**2", "x y", ["strictly convex", "convex"], "C", "constant 0 along x+y=0", tex="(x + y)^2",
  seg=[[0, 0], [1, -1]])
A(K, "x**2/y", "x y", ["strictly convex", "convex"], "C", "homogeneous of degree 1: linear along rays",
  tex=r"\frac{x^2}{y}", dom_tex="$y > 0$", dom=["y>0"], box={"y": [0, 5]}, seg=[[1, 1], [2, 2]])
A(K, "log(exp(x)+exp(y))", "x y", ["strictly convex", "convex"], "C", "f(x+t,y+t)=f(x,y)+t", name="f(x, y)",
  tex=r"\log(e^{x} + e^{y})", seg=[[0, 0], [1, 1]])
A(K, "sqrt(x**2+y**2)", "x y", ["strictly convex", "not strictly convex"], "C", "a norm: linear along rays",
  tex=r"\sqrt{x^2 + y^2}", seg=[[1, 0], [2, 0]])
A(K, "x+Abs(y)", "x y", ["strictly convex", "convex"], "C", "affine along y=0", tex="x + |y|", seg=[[0, 0], [1, 0]])
A(K, "Max(0,x)", "x", ["strictly convex"], "C", "zero on x<=0", tex=r"\max\{0, x\}", seg=[[-2], [-1]])
A(K, "Min(Abs(x),1)**2+2*Max(Abs(x)-1,0)", "x", ["strictly convex", "convex"], "C",
  "Huber: x^2 on |x|<=1, 2|x|-1 outside, linear for |x|>1", tex=r"\min(|x|, 1)^2 + 2\max(|x| - 1, 0)",
  seg=[[2], [3]])
A(K, "x**2-4*x*y+4*y**2", "x y", ["strictly convex", "convex"], "C", "equals (x-2y)^2, zero along x=2y",
  tex="x^2 - 4xy + 4y^2", seg=[[0, 0], [2, 1]])
A(K, "(2*x-y+1)**2", "x y", ["strictly convex"], "C", "constant along 2x-y=const", tex="(2x - y + 1)^2",
  seg=[[0, 1], [1, 3]])
A(K, "(x-y)**2+(y-z)**2", "x y z", ["strictly convex", "convex"], "C", "constant along (1,1,1)",
  tex="(x - y)^2 + (y - z)^2", seg=[[0, 0, 0], [1, 1, 1]])
A(K, "Abs(x)+Abs(x-2)", "x", ["strictly convex", "convex"], "C", "constant 2 on [0,2]", tex="|x| + |x - 2|",
  seg=[["1/2"], ["3/2"]])
A(K, "exp(x+y)", "x y", ["strictly convex", "convex"], "C", "constant along x+y=0", tex="e^{x + y}",
  seg=[[0, 0], [1, -1]])
A(K, "x**2+y", "x y", ["strictly convex", "convex"], "C", "affine in y", tex="x^2 + y", seg=[[0, 0], [0, 1]])
A(K, "x**4", "x y", ["strictly convex"], "C", "constant in y", tex="x^4", name="f(x, y)", seg=[[0, 0], [0, 1]])
A(K, "Max(x**2,1)", "x", ["strictly convex", "convex"], "C", "max of convex; constant 1 on [-1,1]",
  tex=r"\max(x^2, 1)", seg=[["-1/2"], ["1/2"]])
A(K, "Max(0,1-x)", "x", ["strictly convex"], "C", "hinge: constant 0 for x>=1", tex=r"\max(0, 1 - x)", seg=[[2], [3]])
A(K, "x**2+2*x*y+y**2+z**2", "x y z", ["strictly convex"], "C", "singular PSD quadratic form: zero along (1,-1,0)",
  tex="x^2 + 2xy + y^2 + z^2", seg=[[0, 0, 0], [1, -1, 0]])
A(K, "exp(x)", "x y", ["strictly convex"], "C", "constant in y", tex="e^{x}", name="g(x, y)", seg=[[0, 0], [0, 1]])
A(K, "3*x+1", "x", ["strictly convex"], "C V", "affine", tex="3x + 1", seg=[[0], [1]])
# ---------------- strictly concave ----------------
K = "strictly-concave"
A(K, "-x**4+x", "x", ["strictly concave", "!strictly concave"], "V SV", "f''=-12x^2, isolated zero", tex="-x^4 + x")
A(K, "log(x)+log(y)", "x y", ["strictly concave"], "V SV", "sum of strictly concave terms in separate variables",
  tex=r"\log(x) + \log(y)", dom_tex="$x > 0$, $y > 0$", dom=["x>0", "y>0"], box={"x": [0, 5], "y": [0, 5]})
A(K, "sqrt(x)", "x", ["strictly concave"], "V SV", "f''=-x^{-3/2}/4<0", tex=r"\sqrt{x}", name="f(x)",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "-exp(x)", "x", ["strictly concave", "strictly convex"], "V SV", "f''=-e^x<0", tex="-e^{x}")
A(K, "-(x+y)**2", "x y", ["strictly concave", "concave"], "V", "constant along x+y=0", tex="-(x + y)^2",
  seg=[[0, 0], [1, -1]])
A(K, "Min(x,y)", "x y", ["strictly concave", "concave"], "V", "equals x on segment (0,1)-(1,2)",
  tex=r"\min(x, y)", seg=[[0, 1], [1, 2]])
A(K, "log(x+y)", "x y", ["strictly concave", "concave"], "V", "constant along x+y=2", tex=r"\log(x + y)",
  dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]}, seg=[[1, 1], ["3/2", "1/2"]])
A(K, "sqrt(x*y)", "x y", ["strictly concave", "concave"], "V", "geometric mean: linear along rays",
  tex=r"\sqrt{x y}", dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]},
  seg=[[1, 1], [2, 2]])
A(K, "-Abs(x)", "x", ["strictly concave"], "V", "affine on [1,2]", tex="-|x|", name="f(x)", seg=[[1], [2]])
A(K, "1/x", "x", ["strictly concave", "strictly convex"], "V SV", "f''=2/x^3<0 for x<0", tex=r"\frac{1}{x}",
  dom_tex="$x < 0$", dom=["x<0"], box={"x": [-5, 0]})
A(K, "log(x)", "x", ["strictly concave"], "V SV", "f''=-1/x^2<0", tex=r"\ln x", dom_tex="$x \\ge 1$",
  dom=["x>=1"], box={"x": [1, 6]})
A(K, "log(x)-x**2", "x", ["strictly concave"], "V SV", "f''=-1/x^2-2<0", tex=r"\log x - x^2",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "-log(1+exp(-x))", "x", ["strictly concave"], "V SV", "log-sigmoid: f''=-s(1-s)<0",
  tex=r"-\log(1 + e^{-x})")
A(K, "log(x)+y", "x y", ["strictly concave", "concave"], "V", "affine in y", tex=r"\log(x) + y",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0, 5]}, seg=[[1, 0], [1, 1]])
A(K, "-x**2-y**2+x*y", "x y", ["strictly concave"], "V SV", "Hessian [[-2,1],[1,-2]] negative definite",
  tex="-x^2 - y^2 + x y")
A(K, "x**3", "x", ["strictly concave"], "V SV", "f''=6x<=0 on x<=0, zero only at 0", tex="x^3",
  dom_tex="$x \\le 0$", dom=["x<=0"], box={"x": [-5, 0]})
A(K, "-x**6-Abs(x)", "x", ["strictly concave"], "V SV", "-x^6 strictly concave plus concave -|x|", tex="-x^6 - |x|")
A(K, "2-x", "x", ["strictly concave"], "C V", "affine", tex="2 - x", seg=[[0], [1]])
A(K, "Min(0,x)", "x", ["strictly concave", "concave"], "V", "min of affine, zero on x>=0", tex=r"\min(0, x)",
  seg=[[1], [2]])
A(K, "-x**2", "x", ["strictly concave"], "V SV", "f''=-2<0", tex="-x^2", dom_tex="$[0, 1]$", dom=["x>=0", "x<=1"],
  box={"x": [0, 1]})
# ---------------- domains ----------------
K = "domain"
A(K, "x**3", "x", ["concave", "convex"], "V SV", "f''=6x<0 for x<0", tex="x^3", dom_tex="$x \\le 0$",
  dom=["x<=0"], box={"x": [-5, 0]}, name="f(x)")
A(K, "x**3", "x", ["convex", "concave"], "", "f''=6x changes sign inside [-1,1]", tex="x^3",
  dom_tex="$[-1, 1]$", dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})
A(K, "Max(0,x)", "x", ["concave"], "C", "kink at 0 inside [-1,1]", tex=r"\max(0, x)", dom_tex="$[-1, 1]$",
  dom=["x>=-1", "x<=1"], box={"x": [-1, 1]}, seg=[["1/4"], ["1/2"]])
A(K, "1/x", "x", ["convex", "concave", "not convex"], "C SC", "f''=2/x^3>0 for x>0", tex=r"\frac{1}{x}",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "x**2", "x", ["concave", "strictly convex"], "C SC", "f''=2>0", tex="x^2", dom_tex="$[0, 1]$",
  dom=["x>=0", "x<=1"], box={"x": [0, 1]}, name="f(x)")
A(K, "1/(1+exp(-x))", "x", ["concave", "strictly concave", "convex"], "V SV", "s''=s(1-s)(1-2s)<0 for x>0",
  tex=r"\frac{1}{1 + e^{-x}}", dom_tex="$x > 0$", dom=["x>0"], box={"x": [0, 8]})
A(K, "1/(1+exp(-x))", "x", ["convex", "strictly convex"], "C SC", "s''>0 for x<0",
  tex=r"\sigma(x) = \frac{1}{1 + e^{-x}}", dom_tex="$x \\le 0$", dom=["x<=0"], box={"x": [-8, 0]})
A(K, "tanh(x)", "x", ["concave", "convex"], "V SV", "tanh''=-2 tanh sech^2<0 for x>0", tex=r"\tanh(x)",
  dom_tex="$x \\ge 0$", dom=["x>=0"], box={"x": [0, 5]})
A(K, "exp(-x**2)", "x", ["concave", "strictly concave"], "V SV", "f''=(4x^2-2)e^{-x^2}<0 for |x|<1/sqrt2",
  tex="e^{-x^2}", dom_tex="$x \\in [-\\frac{1}{2}, \\frac{1}{2}]$", dom=["x>=-1/2", "x<=1/2"],
  box={"x": [-0.5, 0.5]})
A(K, "exp(-x**2)", "x", ["convex", "strictly convex"], "C SC", "f''=(4x^2-2)e^{-x^2}>0 for x>1/sqrt2",
  tex="e^{-x^2}", dom_tex="$x \\ge 1$", dom=["x>=1"], box={"x": [1, 3]})
A(K, "x*exp(x)", "x", ["convex"], "C SC", "f''=(x+2)e^x>=0 for x>=-2", tex="x e^{x}", dom_tex="$x \\ge -2$",
  dom=["x>=-2"], box={"x": [-2, 4]})
A(K, "x*exp(x)", "x", ["concave"], "V SV", "f''=(x+2)e^x<0 for x<-2", tex="x e^{x}", dom_tex="$x < -2$",
  dom=["x<-2"], box={"x": [-12, -2]})
A(K, "x**4-x**2", "x", ["convex", "strictly convex"], "C SC", "f''=12x^2-2>=10 on x>=1", tex="x^4 - x^2",
  dom_tex="$x \\ge 1$", dom=["x>=1"], box={"x": [1, 5]})
A(K, "x**4-x**2", "x", ["concave", "strictly concave"], "V SV", "f''=12x^2-2<0 for |x|<1/sqrt6",
  tex="x^4 - x^2", dom_tex="$-\\frac{1}{4} \\le x \\le \\frac{1}{4}$", dom=["x>=-1/4", "x<=1/4"],
  box={"x": [-0.25, 0.25]})
A(K, "x**2/y", "x y", ["concave", "convex"], "V", "equals -x^2/|y|: minus a quad-over-lin; linear along rays",
  tex=r"\frac{x^2}{y}", dom_tex="$y < 0$", dom=["y<0"], box={"y": [-5, 0]}, seg=[[1, -1], [2, -2]])
A(K, "x**2*y**2", "x y", ["convex"], "", "det Hessian -12x^2y^2<0 in the open quadrant", tex="x^2 y^2",
  dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]})
A(K, "x**3-3*x", "x", ["convex"], "C SC", "f''=6x>=0 for x>=0", tex="x^3 - 3x", dom_tex="$x \\in (0, \\infty)$",
  dom=["x>0"], box={"x": [0, 5]})
A(K, "log(x)", "x", ["convex", "concave"], "V SV", "log''<0", tex=r"\log(x)", dom_tex="$x \\in [1, 10]$",
  dom=["x>=1", "x<=10"], box={"x": [1, 10]})
A(K, "x**3", "x", ["convex"], "C SC", "f''=6x>0", tex="x^3", dom_tex="$x > 1$", dom=["x>1"], box={"x": [1, 5]})
A(K, "x*log(x)", "x", ["concave"], "C SC", "f''=1/x>0", tex=r"x \ln x", dom_tex="$x \\in \\mathbb{R}_{++}$",
  dom=["x>0"], box={"x": [0, 5]})
A(K, "exp(x)-x**2", "x", ["convex"], "C SC", "f''=e^x-2>0 for x>1", tex="e^{x} - x^2", dom_tex="$x > 1$",
  dom=["x>1"], box={"x": [1, 5]})
A(K, "x*y", "x y", ["convex"], "", "indefinite Hessian", tex="x y", dom_tex="$x \\in [0, 1], y \\in [0, 1]$",
  dom=["x>=0", "x<=1", "y>=0", "y<=1"], box={"x": [0, 1], "y": [0, 1]})
A(K, "x**4-8*x**2", "x", ["convex"], "", "f''=12x^2-16<0 near 0", tex="x^4 - 8x^2", dom_tex="$[-3, 3]$",
  dom=["x>=-3", "x<=3"], box={"x": [-3, 3]})
A(K, "x**4-8*x**2", "x", ["convex"], "C SC", "f''=12x^2-16>0 for x>=2", tex="x^4 - 8x^2", dom_tex="$x \\ge 2$",
  dom=["x>=2"], box={"x": [2, 6]})
# ---------------- negations ----------------
K = "negation"
A(K, "x**2+y**2", "x y", ["not convex", "non-convex", "!strictly convex", "not strictly convex"], "C SC",
  "Hessian 2I", tex="x^2 + y^2", name="f(x, y)")
A(K, "log(x)", "x", ["!concave", "!strictly concave", "not concave"], "V SV", "log''<0", tex=r"\ln(x)",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "Abs(x-1)+Abs(x+1)", "x", ["not strictly convex", "nonconvex"], "C", "constant 2 on [-1,1]",
  tex="|x - 1| + |x + 1|", seg=[[0], ["1/2"]])
A(K, "exp(x)*exp(y)", "x y", ["!strictly convex", "non-convex"], "C", "equals e^{x+y}: constant along x+y=0",
  tex="e^{x} e^{y}", seg=[[0, 0], [1, -1]])
A(K, "x**3", "x", ["not convex"], "", "f''=6x changes sign", tex="x^3", name="f(x)")
A(K, "x**3", "x", ["non-convex"], "C SC", "f''=6x>=0 on x>=0", tex="x^3", dom_tex="$x \\ge 0$", dom=["x>=0"],
  box={"x": [0, 5]}, name="f(x)")
A(K, "-x**2+2*x", "x", ["not concave", "!strictly concave", "not strictly concave"], "V SV", "f''=-2",
  tex="-x^2 + 2x")
A(K, "Max(x,y,0)", "x y", ["not strictly convex", "!convex"], "C", "max of affine; zero on negative quadrant",
  tex=r"\max(x, y, 0)", seg=[[-2, -2], [-1, -1]])
A(K, "1/(1+exp(-x))", "x", ["not convex", "not concave"], "", "sigmoid'' changes sign",
  tex=r"\frac{1}{1 + e^{-x}}", name="s(x)")
A(K, "x*y", "x y", ["!neither convex nor concave", "not affine"], "", "indefinite Hessian", tex="x y", name="f(x, y)")
A(K, "x+y", "x y", ["!neither convex nor concave", "not affine", "!affine", "not convex"], "C V", "linear",
  tex="x + y", seg=[[0, 0], [1, 0]])
A(K, "Abs(x)", "x", ["nonconvex", "!concave"], "C", "norm", tex="|x|", name="g(x)", seg=[[1], [2]])
A(K, "x**4-2*x**3", "x", ["not convex", "!concave"], "", "f''=12x^2-12x<0 on (0,1), >0 outside", tex="x^4 - 2x^3")
A(K, "-sqrt(x**2+1)", "x", ["not concave", "!convex"], "V SV", "minus sqrt(1+x^2) with f''=-(1+x^2)^{-3/2}",
  tex=r"-\sqrt{x^2 + 1}")
A(K, "log(1+exp(x))", "x", ["not strictly convex", "non-convex"], "C SC", "softplus''=s(1-s)>0",
  tex=r"\operatorname{softplus}(x)")

# ---------------- textbook-style (Boyd ch. 3, calculus texts, SymPy's is_convex examples) ----------------
K = "textbook"
A(K, "exp(x)-1", "x", ["convex", "strictly convex", "concave"], "C SC", "f''=e^x>0", tex="e^{x} - 1", name="f(x)")
A(K, "x**(-3)", "x", ["convex", "strictly convex"], "C SC", "f''=12x^{-5}>0 for x>0", tex=r"\frac{1}{x^3}",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0.1, 5]})
A(K, "-x**(-3)", "x", ["convex"], "C SC", "f''=-12x^{-5}>0 for x<0", tex=r"-\frac{1}{x^3}", dom_tex="$x < 0$",
  dom=["x<0"], box={"x": [-5, -0.1]})
A(K, "x**(-2)", "x", ["convex", "concave"], "C SC", "f''=6x^{-4}>0", tex=r"\frac{1}{x^2}", dom_tex="$x < 0$",
  dom=["x<0"], box={"x": [-5, -0.1]})
A(K, "x/y", "x y", ["convex", "concave", "neither convex nor concave"], "", "det Hessian -1/y^4<0",
  tex=r"\frac{x_1}{x_2}".replace("x_1", "x").replace("x_2", "y"), dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"],
  box={"x": [0, 4], "y": [0.1, 4]}, name="f(x, y)")
A(K, "sqrt(x)*sqrt(y)", "x y", ["concave", "convex"], "V", "geometric mean; linear along rays",
  tex=r"\sqrt{x} \sqrt{y}", dom_tex="$x > 0$, $y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]},
  seg=[[1, 1], [2, 2]])
A(K, "x*log(x)+y*log(y)", "x y", ["strictly convex"], "C SC", "negative entropy: Hessian diag(1/x,1/y)",
  tex=r"x \log x + y \log y", dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]})
A(K, "-x*log(x)", "x", ["concave", "strictly concave", "convex"], "V SV", "entropy: f''=-1/x<0", tex=r"-x \ln x",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "x**4+2*x**2-x", "x", ["convex", "strictly convex"], "C SC", "f''=12x^2+4>0", tex="x^4 + 2x^2 - x", name="f(x)")
A(K, "x**2*exp(x)", "x", ["convex", "neither convex nor concave"], "", "f''=(x^2+4x+2)e^x<0 on (-2-sqrt2,-2+sqrt2)",
  tex="x^2 e^{x}")
A(K, "x**2*exp(x)", "x", ["convex"], "C SC", "f''=(x^2+4x+2)e^x>0 for x>=0", tex="x^2 e^{x}", dom_tex="$x \\ge 0$",
  dom=["x>=0"], box={"x": [0, 4]})
A(K, "exp(x)/x", "x", ["convex"], "C SC", "f''=e^x(x^2-2x+2)/x^3>0 for x>0", tex=r"\frac{e^{x}}{x}",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0.1, 5]})
A(K, "log(x)/x", "x", ["concave"], "", "f''=(2log x-3)/x^3 changes sign at e^{3/2}", tex=r"\frac{\ln x}{x}",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0.1, 12]})
A(K, "x**2-2*x*y+y**2+x", "x y", ["convex", "strictly convex"], "C", "(x-y)^2+x: affine along (1,1)",
  tex="x^2 - 2xy + y^2 + x", seg=[[0, 0], [1, 1]])
A(K, "x**2+y**2-x*y-x", "x y", ["strictly convex"], "C SC", "Hessian [[2,-1],[-1,2]] positive definite",
  tex="x^2 + y^2 - x y - x")
A(K, "x**2+3*y**2+z**2+2*x*z", "x y z", ["convex", "strictly convex"], "C",
  "(x+z)^2+3y^2: singular PSD, zero along (1,0,-1)", tex="x^2 + 3y^2 + z^2 + 2xz", seg=[[0, 0, 0], [1, 0, -1]])
A(K, "sqrt(x**2+1)", "x", ["convex", "strictly convex"], "C SC", "f''=(x^2+1)^{-3/2}>0", tex=r"\sqrt{x^2 + 1}")
A(K, "1/(1+x**2)", "x", ["convex", "concave"], "", "f''=(6x^2-2)/(1+x^2)^3 changes sign", tex=r"\frac{1}{1 + x^2}")
A(K, "log(1+x)", "x", ["concave", "strictly concave"], "V SV", "f''=-1/(1+x)^2<0", tex=r"\log(1 + x)",
  dom_tex="$x > -1$", dom=["x>-1"], box={"x": [-1, 5]})
A(K, "x**Rational(3,2)", "x", ["convex", "strictly convex"], "C SC", "f''=(3/4)x^{-1/2}>0", tex=r"x^{3/2}",
  dom_tex="$x \\ge 0$", dom=["x>=0"], box={"x": [0, 5]})
A(K, "x**Rational(1,3)", "x", ["concave", "convex"], "V SV", "f''=-(2/9)x^{-5/3}<0", tex=r"x^{1/3}",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0.05, 5]})
G.write(sys.argv[1], sys.argv[2])
from collections import Counter
print(len(G.out), Counter(d["kind"] for d in G.out))
