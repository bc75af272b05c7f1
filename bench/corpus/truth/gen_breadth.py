import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from lib import Gen
G = Gen(11)
G.auto_false = True
A = G.add
PI = r"\pi"
# ---------------- trigonometric ----------------
K = "trig"
A(K, "sin(x)", "x", ["concave", "strictly concave", "convex", "not convex"], "V SV", "sin''=-sin<0 on (0,pi)",
  tex=r"\sin x", dom_tex=r"$[0, \pi]$", dom=["x>=0", "x<=pi"], box={"x": [0, 3.1415]})
A(K, "sin(x)", "x", ["convex", "concave"], "C SC", "sin''=-sin>0 on (pi,2pi)", tex=r"\sin(x)",
  dom_tex=r"$\pi \le x \le 2\pi$", dom=["x>=pi", "x<=2*pi"], box={"x": [3.1416, 6.2831]})
A(K, "sin(x)", "x", ["neither convex nor concave", "concave"], "", "sin'' changes sign", tex=r"\sin x", name="f(x)")
A(K, "cos(x)", "x", ["concave", "strictly concave"], "V SV", "cos''=-cos<0 on (-pi/2,pi/2)", tex=r"\cos x",
  dom_tex=r"$-\frac{\pi}{2} \le x \le \frac{\pi}{2}$", dom=["x>=-pi/2", "x<=pi/2"], box={"x": [-1.5707, 1.5707]})
A(K, "cos(x)", "x", ["convex"], "C SC", "cos''=-cos>0 on (pi/2,3pi/2)", tex=r"\cos(x)",
  dom_tex=r"$x \in [\frac{\pi}{2}, \frac{3\pi}{2}]$", dom=["x>=pi/2", "x<=3*pi/2"], box={"x": [1.5708, 4.7123]})
A(K, "cos(x)", "x", ["concave", "convex"], "", "cos''=-cos changes sign at pi/2", tex=r"\cos x",
  dom_tex=r"$[0, \pi]$", dom=["x>=0", "x<=pi"], box={"x": [0, 3.1415]})
A(K, "tan(x)", "x", ["convex", "strictly convex"], "C SC", "tan''=2 tan sec^2>0 on (0,pi/2)", tex=r"\tan x",
  dom_tex=r"$x \in (0, \frac{\pi}{2})$", dom=["x>0", "x<pi/2"], box={"x": [0, 1.5707]})
A(K, "tan(x)", "x", ["concave"], "V SV", "tan''<0 on (-pi/2,0)", tex=r"\tan(x)",
  dom_tex=r"$-\frac{\pi}{2} < x \le 0$", dom=["x>-pi/2", "x<=0"], box={"x": [-1.5707, 0]})
A(K, "tan(x)", "x", ["convex"], "", "tan'' changes sign at 0", tex=r"\tan(x)",
  dom_tex=r"$-\frac{\pi}{2} < x < \frac{\pi}{2}$", dom=["x>-pi/2", "x<pi/2"], box={"x": [-1.5707, 1.5707]})
A(K, "sin(3*x)", "x", ["concave"], "V SV", "f''=-9 sin 3x<0 on (0,pi/3)", tex=r"\sin(3x)",
  dom_tex=r"$0 \le x \le \frac{\pi}{3}$", dom=["x>=0", "x<=pi/3"], box={"x": [0, 1.0471]})
A(K, "x**2+sin(x)", "x", ["strictly convex", "concave"], "C SC", "f''=2-sin x>=1", tex=r"x^2 + \sin x")
A(K, "x**2/2+cos(x)", "x", ["strictly convex", "convex"], "C SC", "f''=1-cos x>=0 with isolated zeros 2k pi",
  tex=r"\frac{x^2}{2} + \cos x")
A(K, "x+sin(x)", "x", ["convex", "neither convex nor concave"], "", "f''=-sin x changes sign", tex=r"x + \sin x")
A(K, "sin(x)+cos(x)", "x", ["concave"], "V SV", "f''=-(sin x+cos x)<0 on [0,pi/2]", tex=r"\sin x + \cos x",
  dom_tex=r"$[0, \frac{\pi}{2}]$", dom=["x>=0", "x<=pi/2"], box={"x": [0, 1.5707]})
A(K, "1/sin(x)", "x", ["convex", "concave"], "C SC", "csc''=csc(csc^2+cot^2)>0 on (0,pi)", tex=r"\frac{1}{\sin x}",
  dom_tex=r"$0 < x < \pi$", dom=["x>0", "x<pi"], box={"x": [0, 3.1415]})
A(K, "log(sin(x))", "x", ["concave", "strictly concave"], "V SV", "f''=-csc^2<0", tex=r"\log(\sin x)",
  dom_tex=r"$x \in (0, \pi)$", dom=["x>0", "x<pi"], box={"x": [0, 3.1415]})
A(K, "-log(cos(x))", "x", ["convex"], "C SC", "f''=sec^2>0", tex=r"-\log(\cos x)",
  dom_tex=r"$-\frac{\pi}{2} < x < \frac{\pi}{2}$", dom=["x>-pi/2", "x<pi/2"], box={"x": [-1.5707, 1.5707]})
A(K, "1/cos(x)", "x", ["convex"], "C SC", "sec''=sec(tan^2+sec^2)>0", tex=r"\frac{1}{\cos(x)}",
  dom_tex=r"$|x| < \frac{\pi}{2}$", dom=["x>-pi/2", "x<pi/2"], box={"x": [-1.5707, 1.5707]})
A(K, "sin(x)**2", "x", ["neither convex nor concave", "convex"], "", "f''=2cos 2x changes sign", tex=r"\sin^2 x")
A(K, "cos(x)+x**2", "x", ["strictly convex"], "C SC", "f''=2-cos x>=1", tex=r"\cos(x) + x^2", name="f(x)")
A(K, "sin(x)+x**2/2", "x", ["strictly convex"], "C SC", "f''=1-sin x>=0, isolated zeros", tex=r"\sin x + \frac{1}{2} x^2")
A(K, "cos(2*x)", "x", ["concave"], "V SV", "f''=-4cos 2x<0 on (-pi/4,pi/4)", tex=r"\cos(2x)",
  dom_tex=r"$-\frac{\pi}{4} \le x \le \frac{\pi}{4}$", dom=["x>=-pi/4", "x<=pi/4"], box={"x": [-0.7853, 0.7853]})
A(K, "sin(x+y)", "x y", ["concave", "strictly concave"], "V", "concave sin of an affine form; constant along x+y=c",
  tex=r"\sin(x + y)", dom_tex=r"$0 \le x + y \le \pi$", dom=["x+y>=0", "x+y<=pi"], seg=[[1, 0], [0, 1]])
A(K, "exp(sin(x))", "x", ["convex"], "", "f''=e^{sin x}(cos^2 x - sin x) changes sign", tex=r"e^{\sin x}")
A(K, "sin(x)", "x", ["concave"], "V SV", "sin''=-sin<0", tex=r"\sin x",
  dom_tex=r"$\frac{\pi}{6} \le x \le \frac{5\pi}{6}$", dom=["x>=pi/6", "x<=5*pi/6"], box={"x": [0.5236, 2.618]})
A(K, "sin(pi*x)", "x", ["concave"], "V SV", "f''=-pi^2 sin(pi x)<0 on (0,1)", tex=r"\sin(\pi x)",
  dom_tex="$[0, 1]$", dom=["x>=0", "x<=1"], box={"x": [0, 1]})
# ---------------- hyperbolic ----------------
K = "hyperbolic"
A(K, "cosh(x)", "x", ["convex", "strictly convex", "concave"], "C SC", "cosh''=cosh>0", tex=r"\cosh x")
A(K, "sinh(x)", "x", ["neither convex nor concave", "convex"], "", "sinh''=sinh changes sign", tex=r"\sinh(x)")
A(K, "sinh(x)", "x", ["convex"], "C SC", "sinh''=sinh>0 for x>0", tex=r"\sinh x", dom_tex=r"$x \ge 0$",
  dom=["x>=0"], box={"x": [0, 4]})
A(K, "sinh(x)", "x", ["concave"], "V SV", "sinh''<0 for x<0", tex=r"\sinh x", dom_tex=r"$x \le 0$",
  dom=["x<=0"], box={"x": [-4, 0]})
A(K, "tanh(x)", "x", ["convex"], "C SC", "tanh''=-2 tanh sech^2>0 for x<0", tex=r"\tanh x", dom_tex=r"$x \le 0$",
  dom=["x<=0"], box={"x": [-4, 0]})
A(K, "cosh(x)+cosh(y)", "x y", ["strictly convex"], "C SC", "sum of strictly convex in separate variables",
  tex=r"\cosh(x) + \cosh(y)")
A(K, "cosh(x)+y", "x y", ["strictly convex", "convex"], "C", "affine in y", tex=r"\cosh x + y", seg=[[0, 0], [0, 1]])
A(K, "log(cosh(x))", "x", ["convex", "strictly convex"], "C SC", "f''=sech^2>0", tex=r"\log(\cosh(x))")
A(K, "cosh(x)-x**2/2", "x", ["strictly convex"], "C SC", "f''=cosh x-1>=0, zero only at 0",
  tex=r"\cosh x - \frac{x^2}{2}")
A(K, "sinh(x)-x", "x", ["convex"], "C SC", "f''=sinh x>=0 on x>=0", tex=r"\sinh(x) - x", dom_tex=r"$x \ge 0$",
  dom=["x>=0"], box={"x": [0, 4]})
A(K, "sinh(x)-x", "x", ["neither convex nor concave"], "", "f''=sinh x changes sign", tex=r"\sinh(x) - x", name="g(x)")
A(K, "x*tanh(x)", "x", ["convex", "neither convex nor concave"], "", "f''=2sech^2(1-x tanh x) changes sign",
  tex=r"x \tanh x")
A(K, "1/cosh(x)", "x", ["concave", "convex"], "", "sech''=sech(2tanh^2-1) changes sign", tex=r"\frac{1}{\cosh x}")
A(K, "cosh(x-y)", "x y", ["strictly convex", "convex"], "C", "constant along x-y=c", tex=r"\cosh(x - y)",
  seg=[[0, 0], [1, 1]])
A(K, "cosh(2*x)+sinh(x)", "x", ["convex"], "C SC", "f''=4cosh 2x+sinh x>0", tex=r"\cosh(2x) + \sinh(x)")
A(K, "tanh(x)", "x", ["convex"], "", "tanh'' changes sign at 0", tex=r"\tanh(x)", name="f(x)")
A(K, "sinh(x)**2", "x", ["convex"], "C SC", "equals (cosh 2x-1)/2", tex=r"\sinh^2 x")
A(K, "cosh(x)", "x", ["concave"], "C SC", "cosh''>0", tex=r"\cosh x", dom_tex="$[-1, 1]$", dom=["x>=-1", "x<=1"],
  box={"x": [-1, 1]})
A(K, "x**2-cosh(x)", "x", ["convex"], "", "f''=2-cosh x changes sign at acosh 2", tex=r"x^2 - \cosh x")
A(K, "x**2-cosh(x)", "x", ["convex", "strictly convex"], "C SC", "f''=2-cosh x>0 on [-1,1]", tex=r"x^2 - \cosh(x)",
  dom_tex="$-1 \\le x \\le 1$", dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})
A(K, "exp(x)+exp(-x)", "x", ["strictly convex"], "C SC", "2cosh x", tex=r"e^{x} + e^{-x}", name="f(x)")
# ---------------- inverse functions ----------------
K = "inverse"
A(K, "atan(x)", "x", ["concave", "strictly concave"], "V SV", "arctan''=-2x/(1+x^2)^2<0 for x>0",
  tex=r"\arctan x", dom_tex=r"$x \in [0, \infty)$", dom=["x>=0"], box={"x": [0, 6]})
A(K, "atan(x)", "x", ["convex"], "C SC", "arctan''>0 for x<0", tex=r"\arctan(x)", dom_tex=r"$x \le 0$",
  dom=["x<=0"], box={"x": [-6, 0]})
A(K, "atan(x)", "x", ["neither convex nor concave", "concave"], "", "arctan'' changes sign at 0", tex=r"\arctan x")
A(K, "asin(x)", "x", ["convex", "strictly convex"], "C SC", "arcsin''=x/(1-x^2)^{3/2}>=0 on [0,1)",
  tex=r"\arcsin x", dom_tex="$[0, 1]$", dom=["x>=0", "x<=1"], box={"x": [0, 1]})
A(K, "asin(x)", "x", ["concave"], "V SV", "arcsin''<0 on (-1,0)", tex=r"\arcsin(x)", dom_tex=r"$-1 \le x \le 0$",
  dom=["x>=-1", "x<=0"], box={"x": [-1, 0]})
A(K, "asin(x)", "x", ["neither convex nor concave", "convex"], "", "arcsin'' changes sign at 0 (natural domain [-1,1])",
  tex=r"\arcsin x", name="f(x)", box={"x": [-1, 1]})
A(K, "acos(x)", "x", ["concave"], "V SV", "arccos''=-x/(1-x^2)^{3/2}<0 on (0,1)", tex=r"\arccos x",
  dom_tex="$[0, 1]$", dom=["x>=0", "x<=1"], box={"x": [0, 1]})
A(K, "acos(x)", "x", ["convex"], "C SC", "arccos''>0 on (-1,0)", tex=r"\arccos(x)", dom_tex=r"$-1 \le x \le 0$",
  dom=["x>=-1", "x<=0"], box={"x": [-1, 0]})
A(K, "asinh(x)", "x", ["concave"], "V SV", "arcsinh''=-x/(1+x^2)^{3/2}<0 for x>0", tex=r"\operatorname{arcsinh}(x)",
  dom_tex=r"$x \ge 0$", dom=["x>=0"], box={"x": [0, 6]})
A(K, "asinh(x)", "x", ["convex"], "", "arcsinh'' changes sign", tex=r"\sinh^{-1}(x)")
A(K, "acosh(x)", "x", ["concave", "strictly concave"], "V SV", "arccosh''=-x/(x^2-1)^{3/2}<0", tex=r"\cosh^{-1} x",
  dom_tex=r"$x > 1$", dom=["x>1"], box={"x": [1, 6]})
A(K, "atanh(x)", "x", ["convex"], "C SC", "artanh''=2x/(1-x^2)^2>=0 on [0,1)", tex=r"\operatorname{artanh}(x)",
  dom_tex=r"$0 \le x < 1$", dom=["x>=0", "x<1"], box={"x": [0, 1]})
A(K, "x*atan(x)-log(1+x**2)/2", "x", ["strictly convex"], "C SC", "f''=1/(1+x^2)>0",
  tex=r"x \arctan x - \frac{1}{2}\log(1 + x^2)")
A(K, "atan(x)+x**2", "x", ["strictly convex"], "C SC", "f''=2-2x/(1+x^2)^2>=2-0.65>0", tex=r"\arctan(x) + x^2")
A(K, "atan(x)-x", "x", ["concave"], "V SV", "f''=-2x/(1+x^2)^2<=0 on x>=0", tex=r"\arctan(x) - x",
  dom_tex=r"$x \ge 0$", dom=["x>=0"], box={"x": [0, 6]})
A(K, "atan(x)", "x", ["convex"], "C SC", "arctan''>0 for x<0", tex=r"\tan^{-1} x", dom_tex=r"$x < 0$",
  dom=["x<0"], box={"x": [-6, 0]})
A(K, "asin(x)+acos(x)", "x", ["affine", "strictly convex"], "C V", "arcsin x + arccos x = pi/2",
  tex=r"\arcsin x + \arccos x", dom_tex=r"$-1 \le x \le 1$", dom=["x>=-1", "x<=1"], box={"x": [-1, 1]},
  seg=[[0], ["1/2"]])
A(K, "atan(x)+atan(1/x)", "x", ["affine"], "C V", "arctan x + arctan(1/x) = pi/2 for x>0",
  tex=r"\arctan(x) + \arctan(\frac{1}{x})", dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 6]}, seg=[[1], [2]])
A(K, "asin(x)", "x", ["convex"], "", "arcsin'' changes sign", tex=r"\arcsin x", dom_tex="$[-1, 1]$",
  dom=["x>=-1", "x<=1"], box={"x": [-1, 1]})
A(K, "atan(2*x+y)", "x y", ["convex", "strictly convex"], "C", "arctan convex on (-inf,0] of an affine form",
  tex=r"\arctan(2x + y)", dom_tex=r"$2x + y \le 0$", dom=["2*x+y<=0"], seg=[[0, -1], [1, -3]])
# ---------------- domains in several variables ----------------
K = "multivar-domain"
A(K, "1/(x+y)", "x y", ["convex", "strictly convex"], "C", "1/u convex decreasing on u>0, u affine; constant on x+y=1",
  tex=r"\frac{1}{x + y}", dom_tex=r"$x + y > 0$", dom=["x+y>0"], seg=[[1, 0], [0, 1]])
A(K, "1/(x+y)", "x y", ["concave"], "V", "1/u concave on u<0", tex=r"\frac{1}{x + y}", dom_tex=r"$x + y < 0$",
  dom=["x+y<0"], seg=[[-1, 0], [0, -1]])
A(K, "-log(1-x-y)", "x y", ["convex"], "C", "-log of a positive affine form", tex=r"-\log(1 - x - y)",
  dom_tex=r"$x + y < 1$", dom=["x+y<1"], seg=[[0, 0], [1, -1]])
A(K, "log(x-y)", "x y", ["concave", "convex"], "V", "log of a positive affine form", tex=r"\log(x - y)",
  dom_tex=r"$x > y$", dom=["x>y"], seg=[[1, 0], [2, 1]])
A(K, "1/(x-y)", "x y", ["convex"], "C", "1/u on u>0 of an affine form", tex=r"\frac{1}{x - y}", dom_tex=r"$x > y$",
  dom=["x>y"], seg=[[1, 0], [2, 1]])
A(K, "-log(1-x**2-y**2)", "x y", ["convex", "strictly convex"], "C SC",
  "-log of a strictly concave positive function: Hessian >= -Hess(g)/g = 2I/g",
  tex=r"-\log(1 - x^2 - y^2)", dom_tex=r"$x^2 + y^2 < 1$", dom=["x**2+y**2<1"], box={"x": [-1, 1], "y": [-1, 1]})
A(K, "sqrt(1-x**2-y**2)", "x y", ["concave", "strictly concave"], "V SV", "upper unit hemisphere",
  tex=r"\sqrt{1 - x^2 - y^2}", dom_tex=r"$x^2 + y^2 \le 1$", dom=["x**2+y**2<=1"], box={"x": [-1, 1], "y": [-1, 1]})
A(K, "-log(s*t-r**2)", "r s t", ["convex", "strictly convex"], "C SC",
  "-log det [[s,r],[r,t]] on the positive definite cone", tex=r"-\log(s t - r^2)",
  dom_tex=r"$s > 0, t > 0, s t > r^2$", dom=["s>0", "t>0", "s*t>r**2"], box={"s": [0, 4], "t": [0, 4]})
A(K, "log(s*t-r**2)", "r s t", ["concave"], "V SV", "log det is strictly concave on the positive definite cone",
  tex=r"\log(s t - r^2)", dom_tex=r"$s > 0$, $t > 0$, $s t > r^2$", dom=["s>0", "t>0", "s*t>r**2"],
  box={"s": [0, 4], "t": [0, 4]})
A(K, "sqrt(s*t-r**2)", "r s t", ["concave", "strictly concave"], "V",
  "det^{1/2} of a 2x2 PSD matrix is concave and homogeneous of degree 1", tex=r"\sqrt{s t - r^2}",
  dom_tex=r"$s > 0, t > 0, s t > r^2$", dom=["s>0", "t>0", "s*t>r**2"], box={"s": [0, 4], "t": [0, 4]},
  seg=[[0, 1, 1], [0, 2, 2]])
A(K, "x**2/(y-x)", "x y", ["convex"], "C", "quad-over-lin with affine denominator y-x>0", tex=r"\frac{x^2}{y - x}",
  dom_tex=r"$y > x$", dom=["y>x"], seg=[[1, 2], [2, 4]])
A(K, "x*y", "x y", ["convex"], "", "indefinite Hessian", tex="x y", dom_tex=r"$x + y > 0$", dom=["x+y>0"])
A(K, "1/(2*x+3*y)", "x y", ["convex"], "C", "1/u on u>0 of an affine form", tex=r"\frac{1}{2x + 3y}",
  dom_tex=r"$2x + 3y > 0$", dom=["2*x+3*y>0"], seg=[[3, 0], [0, 2]])
A(K, "(x+y)**3", "x y", ["convex", "strictly convex"], "C", "u^3 convex on u>=0; constant along x+y=c",
  tex="(x + y)^3", dom_tex=r"$x + y \ge 0$", dom=["x+y>=0"], seg=[[1, 0], [0, 1]])
A(K, "sqrt(x+y)", "x y", ["concave", "strictly concave"], "V", "sqrt of affine; constant along x+y=c",
  tex=r"\sqrt{x + y}", dom_tex=r"$x + y \ge 0$", dom=["x+y>=0"], seg=[[1, 0], [0, 1]])
A(K, "exp(x)/y", "x y", ["convex", "strictly convex"], "C SC", "Hessian det e^{2x}/y^4>0, f_xx>0", tex=r"\frac{e^{x}}{y}",
  dom_tex=r"$y > 0$", dom=["y>0"], box={"x": [-3, 3], "y": [0, 4]})
A(K, "x**2+y**2", "x y", ["strictly convex"], "C SC", "Hessian 2I", tex="x^2 + y^2", dom_tex=r"$x > 0$, $y > x$",
  dom=["x>0", "y>x"])
A(K, "log(x)+log(y-x)", "x y", ["concave", "strictly concave"], "V SV",
  "log u + log v with (u,v)=(x,y-x) an injective linear map", tex=r"\log x + \log(y - x)", dom_tex=r"$x > 0$, $y > x$",
  dom=["x>0", "y>x"])
A(K, "-log(x)-log(y)-log(1-x-y)", "x y", ["convex", "strictly convex"], "C SC", "log-barrier of the simplex",
  tex=r"-\log x - \log y - \log(1 - x - y)", dom_tex=r"$x > 0, y > 0, x + y < 1$", dom=["x>0", "y>0", "x+y<1"],
  box={"x": [0, 1], "y": [0, 1]})
A(K, "x/y", "x y", ["convex", "concave"], "", "det Hessian -1/y^4<0", tex=r"\frac{x}{y}", dom_tex=r"$x > 0, y > 0$",
  dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]})
A(K, "1/(1-x-y)", "x y", ["convex"], "C", "1/u convex on u>0", tex=r"\frac{1}{1 - x - y}", dom_tex=r"$x + y < 1$",
  dom=["x+y<1"], seg=[[0, 0], [1, -1]])
A(K, "x*y", "x y", ["concave"], "", "indefinite Hessian", tex="x y", dom_tex=r"$x > 0, y > 0, x + y < 1$",
  dom=["x>0", "y>0", "x+y<1"], box={"x": [0, 1], "y": [0, 1]})
# ---------------- perspectives ----------------
K = "perspective"
A(K, "t*exp(y/t)", "y t", ["convex", "strictly convex"], "C", "perspective of exp; homogeneous of degree 1",
  tex=r"t \exp(\frac{y}{t})", dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]}, seg=[[0, 1], [0, 2]])
A(K, "-t*log(x/t)", "x t", ["convex", "concave"], "C", "relative entropy t log(t/x), perspective of -log",
  tex=r"-t \log(\frac{x}{t})", dom_tex=r"$x > 0, t > 0$", dom=["x>0", "t>0"], box={"x": [0, 4], "t": [0, 4]},
  seg=[[1, 1], [2, 2]])
A(K, "x*log(x/y)", "x y", ["convex", "strictly convex"], "C", "perspective of x log x; homogeneous of degree 1",
  tex=r"x \log\frac{x}{y}", dom_tex=r"$x > 0$, $y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]},
  seg=[[1, 1], [2, 2]])
A(K, "t*log(x/t)", "x t", ["concave"], "V", "perspective of log", tex=r"t \log(x / t)",
  dom_tex=r"$x > 0, t > 0$", dom=["x>0", "t>0"], box={"x": [0, 4], "t": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "(x**2+y**2)/t", "x y t", ["convex", "strictly convex"], "C", "quad-over-lin; homogeneous of degree 1",
  tex=r"\frac{x^2 + y^2}{t}", dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]}, seg=[[1, 1, 1], [2, 2, 2]])
A(K, "sqrt(x*t)", "x t", ["concave"], "V", "geometric mean", tex=r"\sqrt{x t}", dom_tex=r"$x \ge 0, t \ge 0$",
  dom=["x>=0", "t>=0"], box={"x": [0, 4], "t": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "x**4/t**3", "x t", ["convex"], "C", "perspective of x^4", tex=r"\frac{x^4}{t^3}", dom_tex=r"$t > 0$",
  dom=["t>0"], box={"t": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "t*log(1+exp(x/t))", "x t", ["convex"], "C", "perspective of softplus", tex=r"t \log(1 + e^{x/t})",
  dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0.2, 4]}, seg=[[1, 1], [2, 2]])
A(K, "x**2/t+t", "x t", ["convex", "strictly convex"], "C", "homogeneous of degree 1: linear along rays",
  tex=r"\frac{x^2}{t} + t", dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "(x-t)**2/t", "x t", ["convex"], "C", "quad-over-lin of affine forms", tex=r"\frac{(x - t)^2}{t}",
  dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "exp(x/t)", "x t", ["convex", "neither convex nor concave"], "", "det Hessian -e^{2x/t}/t^4<0 (not a perspective)",
  tex=r"e^{x/t}", dom_tex=r"$t > 0$", dom=["t>0"], box={"x": [-3, 3], "t": [0.3, 4]})
A(K, "y*log(y)-y*log(x)", "x y", ["convex"], "C", "relative entropy y log(y/x)", tex=r"y \log y - y \log x",
  dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "t*(x/t)**2", "x t", ["convex"], "C", "perspective of x^2 (= x^2/t)", tex=r"t \left(\frac{x}{t}\right)^2",
  dom_tex=r"$t > 0$", dom=["t>0"], box={"t": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "-t*sqrt(x/t)", "x t", ["convex", "strictly convex"], "C", "perspective of -sqrt (= -sqrt(xt))",
  tex=r"-t \sqrt{\frac{x}{t}}", dom_tex=r"$x > 0, t > 0$", dom=["x>0", "t>0"], box={"x": [0, 4], "t": [0, 4]},
  seg=[[1, 1], [2, 2]])
# ---------------- quad-over-lin ----------------
K = "quad-over-lin"
A(K, "(x+y)**2/x", "x y", ["convex", "strictly convex"], "C", "quad-over-lin of affine forms; degree-1 homogeneous",
  tex=r"\frac{(x + y)^2}{x}", dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "(x**2+y**2)/z", "x y z", ["convex"], "C", "quad_over_lin", tex=r"\frac{x^2 + y^2}{z}", dom_tex=r"$z > 0$",
  dom=["z>0"], box={"z": [0, 4]}, seg=[[1, 1, 1], [2, 2, 2]])
A(K, "(x-y)**2/(x+y)", "x y", ["convex"], "C", "quad-over-lin of affine forms", tex=r"\frac{(x - y)^2}{x + y}",
  dom_tex=r"$x + y > 0$", dom=["x+y>0"], seg=[[1, 1], [2, 2]])
A(K, "x**2/(1-y)", "x y", ["convex", "concave"], "C", "quad-over-lin, denominator 1-y>0", tex=r"\frac{x^2}{1 - y}",
  dom_tex=r"$y < 1$", dom=["y<1"], seg=[[0, 0], [0, -1]])
A(K, "(2*x+y)**2/(3-y)", "x y", ["convex"], "C", "quad-over-lin of affine forms", tex=r"\frac{(2x + y)^2}{3 - y}",
  dom_tex=r"$y < 3$", dom=["y<3"], seg=[[0, 0], [1, -2]])
A(K, "x**2/y", "x y", ["concave"], "C", "quad-over-lin", tex=r"\frac{x^2}{y}", dom_tex=r"$x > 0, y > 0$",
  dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "y**2/x+x**2/y", "x y", ["convex", "strictly convex"], "C", "sum of quad-over-lins; homogeneous of degree 1",
  tex=r"\frac{y^2}{x} + \frac{x^2}{y}", dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]},
  seg=[[1, 1], [2, 2]])
A(K, "(x+1)**2/y", "x y", ["strictly convex", "convex"], "C", "quad-over-lin; linear along rays from (-1,0)",
  tex=r"\frac{(x + 1)^2}{y}", dom_tex=r"$y > 0$", dom=["y>0"], box={"y": [0, 4]}, seg=[[0, 1], [1, 2]])
A(K, "x**2/y+y**2", "x y", ["strictly convex"], "C SC", "kernels of the two PSD Hessians meet only where y=0",
  tex=r"\frac{x^2}{y} + y^2", dom_tex=r"$y > 0$", dom=["y>0"], box={"y": [0, 4]})
A(K, "x**2/(x+y)", "x y", ["convex", "concave"], "C", "quad-over-lin", tex=r"\frac{x^2}{x + y}",
  dom_tex=r"$x + y > 0$", dom=["x+y>0"], seg=[[1, 1], [2, 2]])
A(K, "(x**2+1)/y", "x y", ["convex", "strictly convex"], "C SC", "quad_over_lin((x,1),y); det Hessian 4/y^4>0",
  tex=r"\frac{x^2 + 1}{y}", dom_tex=r"$y > 0$", dom=["y>0"], box={"y": [0, 4]})
A(K, "x**2/y-2*x", "x y", ["convex"], "C", "quad-over-lin plus affine", tex=r"\frac{x^2}{y} - 2x",
  dom_tex=r"$y > 0$", dom=["y>0"], box={"y": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "x**2/y", "x y", ["!convex"], "C", "quad-over-lin", tex=r"\frac{x^{2}}{y}", dom_tex=r"$y \in (0, \infty)$",
  dom=["y>0"], box={"y": [0, 4]}, seg=[[1, 1], [2, 2]])
# ---------------- powers over linear forms ----------------
K = "power-over-linear"
A(K, "x**3/y**2", "x y", ["convex"], "C", "perspective of x^3 on x>=0", tex=r"\frac{x^3}{y^2}",
  dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "x**3/y**2", "x y", ["convex", "neither convex nor concave"], "", "for fixed y, f''=6x/y^2<0 when x<0",
  tex=r"\frac{x^3}{y^2}", dom_tex=r"$y > 0$", dom=["y>0"], box={"y": [0.2, 4]})
A(K, "(x+2*y)**4/(x-y)**3", "x y", ["convex"], "C", "perspective of u^4 composed with an affine map",
  tex=r"\frac{(x + 2y)^4}{(x - y)^3}", dom_tex=r"$x > y$", dom=["x>y"], seg=[[1, 0], [2, 0]])
A(K, "x**Rational(3,2)/sqrt(y)", "x y", ["convex"], "C", "perspective of x^{3/2}", tex=r"\frac{x^{3/2}}{\sqrt{y}}",
  dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]}, seg=[[1, 1], [2, 2]])
A(K, "1/(x**2*y)", "x y", ["convex", "strictly convex"], "C SC", "log-convex (-2log x - log y) hence convex; PD Hessian",
  tex=r"\frac{1}{x^2 y}", dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0.2, 4], "y": [0.2, 4]})
A(K, "x**Rational(1,3)*y**Rational(2,3)", "x y", ["concave", "strictly concave"], "V", "weighted geometric mean",
  tex=r"x^{1/3} y^{2/3}", dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]},
  seg=[[1, 1], [2, 2]])
A(K, "x**Rational(1,4)*y**Rational(1,4)", "x y", ["concave", "strictly concave"], "V SV",
  "Cobb-Douglas with exponents summing to 1/2 < 1", tex=r"(x y)^{1/4}", dom_tex=r"$x > 0, y > 0$",
  dom=["x>0", "y>0"], box={"x": [0.1, 4], "y": [0.1, 4]})
A(K, "x**4/y**2", "x y", ["convex"], "C", "(x^2/y)^2, square nondecreasing on [0,inf)", tex=r"\frac{x^4}{y^2}",
  dom_tex=r"$y > 0$", dom=["y>0"], box={"y": [0.2, 4]}, seg=[[0, 1], [0, 2]])
A(K, "x**2/y**2", "x y", ["convex", "concave"], "", "det Hessian -4x^2/y^6<0", tex=r"\frac{x^2}{y^2}",
  dom_tex=r"$y > 0$", dom=["y>0"], box={"y": [0.2, 4]})
A(K, "x**5/y**4", "x y", ["convex", "strictly convex"], "C", "perspective of x^5 on x>=0; homogeneous of degree 1",
  tex=r"\frac{x^5}{y^4}", dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0.3, 4]},
  seg=[[1, 1], [2, 2]])
A(K, "x**3/y", "x y", ["convex", "strictly convex"], "C SC", "det Hessian 3x^4/y^4>0, f_xx=6x/y>0",
  tex=r"\frac{x^3}{y}", dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0.1, 4], "y": [0.1, 4]})
A(K, "x*y**2", "x y", ["convex"], "", "det Hessian -4y^2<0", tex="x y^2", dom_tex=r"$x > 0, y > 0$",
  dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]})
A(K, "(x-y)**2/sqrt(y)", "x y", ["convex", "strictly convex"], "C", "f_xx=2/sqrt(y)>0, det Hessian (x-y)^2/(2y^3)>=0; zero on x=y",
  tex=r"\frac{(x - y)^2}{\sqrt{y}}", dom_tex=r"$y > 0$", dom=["y>0"], box={"x": [-4, 4], "y": [0.1, 4]}, seg=[[1, 1], [2, 2]])
# ---------------- p-norms ----------------
K = "p-norm"
A(K, "(Abs(x)**4+Abs(y)**4)**Rational(1,4)", "x y", ["convex", "strictly convex"], "C", "the l4 norm",
  tex=r"(|x|^4 + |y|^4)^{1/4}", seg=[[1, 0], [2, 0]])
A(K, "(Abs(x)**3+Abs(y)**3+Abs(z)**3)**Rational(1,3)", "x y z", ["convex"], "C", "the l3 norm",
  tex=r"\left(|x|^3 + |y|^3 + |z|^3\right)^{1/3}", seg=[[1, 0, 0], [2, 0, 0]])
A(K, "sqrt(x**2+y**2+z**2)", "x y z", ["convex", "strictly convex"], "C", "Euclidean norm", tex=r"\sqrt{x^2 + y^2 + z^2}",
  seg=[[0, 0, 1], [0, 0, 2]])
A(K, "Max(Abs(x),Abs(y))", "x y", ["convex", "strictly convex"], "C", "the l-infinity norm", tex=r"\max(|x|, |y|)",
  seg=[[1, 0], [2, 0]])
A(K, "sqrt(x**2+4*y**2)", "x y", ["convex"], "C", "a weighted Euclidean norm", tex=r"\sqrt{x^2 + 4y^2}",
  seg=[[1, 0], [2, 0]])
A(K, "sqrt(1+x**2+y**2)", "x y", ["strictly convex", "convex"], "C SC", "norm of (1,x,y): PD Hessian",
  tex=r"\sqrt{1 + x^2 + y^2}")
A(K, "sqrt(x**2+y**2)-x", "x y", ["convex", "strictly convex"], "C", "norm minus linear", tex=r"\sqrt{x^2 + y^2} - x",
  seg=[[1, 0], [2, 0]])
A(K, "(x**2+y**2)**Rational(3,2)", "x y", ["strictly convex"], "C SC", "r^3 of the Euclidean norm",
  tex=r"(x^2 + y^2)^{3/2}")
A(K, "Abs(x)+Abs(y)+Abs(z)", "x y z", ["convex", "concave"], "C", "the l1 norm", tex="|x| + |y| + |z|",
  seg=[[1, 1, 1], [2, 2, 2]])
A(K, "(sqrt(Abs(x))+sqrt(Abs(y)))**2", "x y", ["convex", "neither convex nor concave"], "",
  "the l_{1/2} quasi-norm: f(1/2,1/2)=2>f(1,0)=f(0,1)=1", tex=r"(\sqrt{|x|} + \sqrt{|y|})^2")
A(K, "(x**4+y**4)**Rational(1,4)", "x y", ["convex"], "C", "the l4 norm", tex=r"\sqrt[4]{x^4 + y^4}",
  seg=[[1, 0], [2, 0]])
A(K, "sqrt(x**2+y**2)+sqrt((x-1)**2+y**2)", "x y", ["convex", "strictly convex"], "C",
  "sum of norms; constant 1 on the segment [0,1]x{0}", tex=r"\sqrt{x^2 + y^2} + \sqrt{(x - 1)^2 + y^2}",
  seg=[["1/4", 0], ["3/4", 0]])
A(K, "sqrt((x-y)**2+1)", "x y", ["convex", "strictly convex"], "C", "constant along x-y=c",
  tex=r"\sqrt{(x - y)^2 + 1}", seg=[[0, 0], [1, 1]])
A(K, "-sqrt(x**2+y**2)", "x y", ["concave"], "V", "minus a norm: concave fails at 0", tex=r"-\sqrt{x^2 + y^2}",
  seg=[[1, 0], [2, 0]])
# fix the last: -norm is concave
# ---------------- -log of concave ----------------
K = "neg-log-concave"
A(K, "-log(1-x**2)", "x", ["convex", "strictly convex"], "C SC", "-log of a positive strictly concave function",
  tex=r"-\log(1 - x^2)", dom_tex=r"$-1 < x < 1$", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
A(K, "-log(x)-log(1-x)", "x", ["strictly convex"], "C SC", "f''=1/x^2+1/(1-x)^2>0", tex=r"-\log x - \log(1 - x)",
  dom_tex=r"$0 < x < 1$", dom=["x>0", "x<1"], box={"x": [0, 1]})
A(K, "-log(1-x**2-4*y**2)", "x y", ["convex"], "C SC", "-log of a positive concave quadratic",
  tex=r"-\log(1 - x^2 - 4y^2)", dom_tex=r"$x^2 + 4y^2 < 1$", dom=["x**2+4*y**2<1"], box={"x": [-1, 1], "y": [-0.5, 0.5]})
A(K, "-log(x+y)", "x y", ["convex", "strictly convex"], "C", "-log of an affine form; constant along x+y=c",
  tex=r"-\log(x + y)", dom_tex=r"$x + y > 0$", dom=["x+y>0"], seg=[[1, 0], [0, 1]])
A(K, "-log(sqrt(x))", "x", ["convex"], "C SC", "equals -log(x)/2", tex=r"-\log(\sqrt{x})", dom_tex=r"$x > 0$",
  dom=["x>0"], box={"x": [0, 5]})
A(K, "-log(1-Abs(x))", "x", ["convex"], "C SC", "-log of the positive concave 1-|x|", tex=r"-\log(1 - |x|)",
  dom_tex=r"$-1 < x < 1$", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
A(K, "-log(Min(x,1-x))", "x", ["convex", "strictly convex"], "C SC", "max(-log x, -log(1-x)), max of strictly convex",
  tex=r"-\log(\min(x, 1 - x))", dom_tex=r"$0 < x < 1$", dom=["x>0", "x<1"], box={"x": [0, 1]})
A(K, "-log(sqrt(x*y))", "x y", ["strictly convex"], "C SC", "-(log x + log y)/2", tex=r"-\log\sqrt{x y}",
  dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]})
A(K, "-log(1-exp(x))", "x", ["convex"], "C SC", "-log of the positive concave 1-e^x", tex=r"-\log(1 - e^{x})",
  dom_tex=r"$x < 0$", dom=["x<0"], box={"x": [-5, 0]})
A(K, "log(log(x))", "x", ["concave", "strictly concave"], "V SV", "f''=-(1+log x)/(x log x)^2<0",
  tex=r"\log(\log x)", dom_tex=r"$x > 1$", dom=["x>1"], box={"x": [1, 8]})
A(K, "-log(log(x))", "x", ["convex"], "C SC", "minus a strictly concave function", tex=r"-\ln(\ln x)",
  dom_tex=r"$x > 1$", dom=["x>1"], box={"x": [1, 8]})
A(K, "log(1-x**2)", "x", ["concave", "convex"], "V SV", "log of a positive concave function",
  tex=r"\log(1 - x^2)", dom_tex=r"$x \in (-1, 1)$", dom=["x>-1", "x<1"], box={"x": [-1, 1]})
A(K, "-log(2-x**2-y**2)", "x y", ["concave"], "C SC", "-log of a positive concave function is convex",
  tex=r"-\log(2 - x^2 - y^2)", dom_tex=r"$x^2 + y^2 < 2$", dom=["x**2+y**2<2"], box={"x": [-1.5, 1.5], "y": [-1.5, 1.5]})
A(K, "-log(x-x**2)", "x", ["convex"], "C SC", "-log of the positive concave x(1-x)", tex=r"-\log(x - x^2)",
  dom_tex=r"$0 < x < 1$", dom=["x>0", "x<1"], box={"x": [0, 1]})
# ---------------- log-concave / log-convex ----------------
K = "log-curvature"
def LC(expr, vars, props, fx, why, tex, **kw):
    A(K, expr, vars, props, fx, why, tex=tex, logof=True, **kw)
LC("exp(-x**2)", "x", ["log-concave", "log-convex"], "V SV", "log f=-x^2", r"e^{-x^2}")
LC("1/(1+exp(-x))", "x", ["log-concave"], "V SV", "log f=-softplus(-x), strictly concave", r"\frac{1}{1 + e^{-x}}")
LC("1/x", "x", ["log-convex", "log-concave"], "C SC", "log f=-log x", r"\frac{1}{x}", dom_tex=r"$x > 0$",
   dom=["x>0"], box={"x": [0, 5]})
LC("exp(x)", "x", ["log-convex", "log-concave"], "C V", "log f=x affine", r"e^{x}", seg=[[0], [1]])
LC("x**2", "x", ["log-concave", "log-convex"], "V SV", "log f=2 log x", "x^2", dom_tex=r"$x > 0$", dom=["x>0"],
   box={"x": [0, 5]})
LC("cosh(x)", "x", ["log-convex"], "C SC", "(log cosh)''=sech^2>0", r"\cosh x")
LC("1+x**2", "x", ["log-concave", "log-convex"], "", "(log(1+x^2))''=2(1-x^2)/(1+x^2)^2 changes sign", "1 + x^2")
LC("exp(x**2)", "x", ["log-convex"], "C SC", "log f=x^2", r"e^{x^2}")
LC("sin(x)", "x", ["log-concave"], "V SV", "(log sin)''=-csc^2<0", r"\sin x", dom_tex=r"$0 < x < \pi$",
   dom=["x>0", "x<pi"], box={"x": [0, 3.1415]})
LC("x", "x", ["log-concave"], "V SV", "log f=log x", "x", dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 5]})
LC("1/(1+x**2)", "x", ["log-concave"], "", "log f=-log(1+x^2) is convex for |x|>1", r"\frac{1}{1 + x^2}")
LC("sqrt(x)", "x", ["log-convex"], "V SV", "log f=(log x)/2 concave", r"\sqrt{x}", dom_tex=r"$x > 0$", dom=["x>0"],
   box={"x": [0, 5]})
LC("log(1+exp(x))", "x", ["log-concave"], "V SV", "softplus is the integral of the log-concave sigmoid (Prekopa)",
   r"\log(1 + e^{x})")
LC("x*exp(-x)", "x", ["log-concave"], "V SV", "log f=log x - x", r"x e^{-x}", dom_tex=r"$x > 0$", dom=["x>0"],
   box={"x": [0, 5]})
LC("exp(-Abs(x))", "x", ["log-concave", "log-convex"], "V", "log f=-|x|", r"e^{-|x|}", seg=[[1], [2]])
LC("x*y", "x y", ["log-concave"], "V SV", "log f=log x+log y", "x y", dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"],
   box={"x": [0, 4], "y": [0, 4]})
LC("1/sin(x)", "x", ["log-convex"], "C SC", "log f=-log sin x, second derivative csc^2", r"\frac{1}{\sin(x)}",
   dom_tex=r"$0 < x < \pi$", dom=["x>0", "x<pi"], box={"x": [0, 3.1415]})
LC("exp(x)+exp(-x)", "x", ["log-convex"], "C SC", "equals 2cosh x", r"e^{x} + e^{-x}")
LC("x**2/y", "x y", ["log-concave", "log-convex"], "", "log f=2log x - log y: concave in x, convex in y",
   r"\frac{x^2}{y}", dom_tex=r"$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]})
LC("exp(-x**2-y**2+x*y)", "x y", ["log-concave"], "V SV", "log f is a negative definite quadratic",
   r"e^{-x^2 - y^2 + x y}")
LC("x**3", "x", ["log-concave"], "V SV", "log f=3 log x", "x^3", dom_tex=r"$x > 0$", dom=["x>0"], box={"x": [0, 5]})
LC("1+exp(x)", "x", ["log-convex"], "C SC", "log f=softplus", r"1 + e^{x}")
# ---------------- piecewise ----------------
K = "piecewise"
A(K, "Max(x,1)+Min(x,1)", "x", ["affine", "strictly convex"], "C V", "equals x+1", tex=r"\max(x, 1) + \min(x, 1)",
  seg=[[0], [2]])
A(K, "Max(x-1,0)**2+Max(1-x,0)**2", "x", ["strictly convex"], "C SC", "equals (x-1)^2",
  tex=r"(x - 1)_+^2 + (1 - x)_+^2")
A(K, "Abs(x)+Abs(x-1)+Abs(x-3)", "x", ["convex", "strictly convex"], "C", "sum of absolute values; 4-x on [0,1]",
  tex="|x| + |x - 1| + |x - 3|", seg=[["1/4"], ["3/4"]])
A(K, "Max(x,2*x)", "x", ["convex", "concave"], "C", "max of linear functions", tex=r"\max(x, 2x)", seg=[[1], [2]])
A(K, "Min(x,1-x)", "x", ["concave", "strictly concave"], "V", "min of affine functions", tex=r"\min(x, 1 - x)",
  seg=[[1], [2]])
A(K, "Max(x,-x,1)", "x", ["convex", "strictly convex"], "C", "max of affine; constant on [-1,1]",
  tex=r"\max(x, -x, 1)", seg=[["-1/2"], ["1/2"]])
A(K, "Min(Max(x,0),1)", "x", ["neither convex nor concave", "convex"], "", "clamp: convex kink at 0, concave at 1",
  tex=r"\min(\max(x, 0), 1)")
A(K, "Abs(x)-Abs(x-1)", "x", ["neither convex nor concave"], "", "slopes -0,2,0: kinks of both kinds",
  tex="|x| - |x - 1|")
A(K, "Max(x**2,y**2)", "x y", ["convex", "strictly convex"], "C", "max of convex; constant 1 on {1}x[0,1/2]",
  tex=r"\max(x^2, y^2)", seg=[[1, 0], [1, "1/2"]])
A(K, "Max(x-1,0)+Max(-x-1,0)", "x", ["convex", "strictly convex"], "C", "sum of positive parts; zero on [-1,1]",
  tex=r"(x - 1)_+ + (-x - 1)_+", seg=[[0], ["1/2"]])
A(K, "Max(1-x,0)", "x", ["convex", "concave"], "C", "hinge", tex=r"(1 - x)_+", seg=[[2], [3]])
A(K, "Max(Abs(x),x**2)", "x", ["convex", "strictly convex"], "C", "max of convex; equals |x| on [-1,1]",
  tex=r"\max(|x|, x^2)", seg=[["1/4"], ["3/4"]])
A(K, "Min(Abs(x),1)", "x", ["neither convex nor concave", "convex"], "", "truncated absolute value",
  tex=r"\min(|x|, 1)")
A(K, "Max(0,x)-Max(0,-x)", "x", ["affine"], "C V", "relu(x)-relu(-x)=x", tex=r"\operatorname{ReLU}(x) - \operatorname{ReLU}(-x)",
  seg=[[0], [1]])
A(K, "Max(0,x)+Max(0,-x)", "x", ["convex", "strictly convex"], "C", "equals |x|", tex=r"\mathrm{relu}(x) + \mathrm{relu}(-x)",
  seg=[[1], [2]])
A(K, "Max(0,1-x)**2", "x", ["convex", "strictly convex"], "C", "squared hinge: zero for x>=1",
  tex=r"\max(0, 1 - x)^2", seg=[[2], [3]])
A(K, "Max(x,0)**2", "x", ["strictly convex", "convex"], "C", "zero on x<=0", tex=r"(x)_+^2", seg=[[-2], [-1]])
A(K, "Abs(x)**3", "x", ["strictly convex"], "C SC", "f''=6|x|, isolated zero", tex=r"|x|^3")
A(K, "Max(x,y)+Min(x,y)", "x y", ["affine"], "C V", "equals x+y", tex=r"\max(x, y) + \min(x, y)", seg=[[0, 0], [1, 0]])
A(K, "Max(x,y)-Min(x,y)", "x y", ["convex", "strictly convex"], "C", "equals |x-y|", tex=r"\max(x, y) - \min(x, y)",
  seg=[[0, 0], [1, 1]])
A(K, "Max(0,x)**2+x**2", "x", ["strictly convex"], "C SC", "x^2 plus a convex term", tex=r"\max(0, x)^2 + x^2")
A(K, "Min(x**2,1)", "x", ["neither convex nor concave"], "", "truncated square", tex=r"\min(x^2, 1)")
A(K, "Abs(2*x-1)+Abs(y)", "x y", ["convex", "strictly convex"], "C", "sum of absolute values of affine forms",
  tex="|2x - 1| + |y|", seg=[[1, 1], [2, 2]])
A(K, "Max(x+y,x-y,-x)", "x y", ["convex"], "C", "max of affine functions", tex=r"\max(x + y, x - y, -x)",
  seg=[[1, 0], [2, 0]])
A(K, "Max(1-x*y,0)", "x y", ["neither convex nor concave"], "", "along x=y: max(1-t^2,0), neither",
  tex=r"\max(1 - x y, 0)")
A(K, "Abs(x-3)", "x", ["affine"], "C V", "equals 3-x on x<=3", tex="|x - 3|", dom_tex=r"$x \le 3$", dom=["x<=3"],
  box={"x": [-4, 3]}, seg=[[0], [1]])
A(K, "Max(x,0)", "x", ["affine", "strictly convex"], "C V", "equals x on x>=1", tex=r"(x)_+", dom_tex=r"$x \ge 1$",
  dom=["x>=1"], box={"x": [1, 5]}, seg=[[1], [2]])
# ---------------- notation ----------------
K = "notation"
R = G.raw
def N(text, holds, why, expr, vars, fx, prop, neg=False, seg=None, dom=(), box=None):
    R(K, text, holds, why, dict(expr=expr, vars=vars.split(), dom=list(dom), facts=fx, seg=seg, box=box, params=None,
                                logof=False, prop=prop, neg=neg, pos=None))
N(r"$\|(x_1, x_2)\|_2^2$ is strictly convex", True, "equals x_1^2+x_2^2", "x_1**2+x_2**2", "x_1 x_2", "C SC", "strictly convex")
N(r"$\|x\|_2$ is convex for $x \in \mathbb{R}^2$", True, "a norm", "sqrt(x1**2+x2**2)", "x1 x2", "C", "convex", seg=[[1, 0], [2, 0]])
N(r"$\|x\|_2$ is strictly convex for $x \in \mathbb{R}^2$", False, "a norm is linear along rays",
  "sqrt(x1**2+x2**2)", "x1 x2", "C", "strictly convex", seg=[[1, 0], [2, 0]])
N(r"$x^\top A x$ is convex where $A = \begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}$", True, "A positive definite",
  "2*x1**2+2*x1*x2+2*x2**2", "x1 x2", "C SC", "convex")
N(r"$x^\top A x$ is convex where $A = \begin{pmatrix} 1 & 2 \\ 2 & 1 \end{pmatrix}$", False, "A has eigenvalue -1",
  "x1**2+4*x1*x2+x2**2", "x1 x2", "", "convex")
N(r"$x^\top A x$ is strictly convex where $A = \begin{bmatrix} 1 & 1 \\ 1 & 1 \end{bmatrix}$", False,
  "A singular PSD: (x1+x2)^2 vanishes along (1,-1)", "(x1+x2)**2", "x1 x2", "C", "strictly convex", seg=[[0, 0], [1, -1]])
N(r"$x^\top A x$ is convex where $A = \begin{bmatrix} 1 & 1 \\ 1 & 1 \end{bmatrix}$", True, "A PSD",
  "(x1+x2)**2", "x1 x2", "C", "convex", seg=[[0, 0], [1, -1]])
N(r"$\mathbf{x}^\top \mathbf{x}$ is strictly convex for $\mathbf{x} \in \mathbb{R}^3$", True, "squared Euclidean norm",
  "x1**2+x2**2+x3**2", "x1 x2 x3", "C SC", "strictly convex")
N(r"$\|\mathbf{x}\|_1$ is convex for $\mathbf{x} \in \mathbb{R}^2$", True, "the l1 norm", "Abs(x1)+Abs(x2)", "x1 x2", "C",
  "convex", seg=[[1, 1], [2, 2]])
N(r"Let $f:\mathbb{R}^2 \to \mathbb{R}$, $f(x, y) = x^2 + 3y^2 - 2xy$. Then $f$ is strictly convex.", True,
  "Hessian [[2,-2],[-2,6]] positive definite", "x**2+3*y**2-2*x*y", "x y", "C SC", "strictly convex")
N(r"Let $g(t) = t^5$. Then $g$ is not convex.", True, "g''=20t^3 changes sign", "t**5", "t", "", "convex", neg=True)
N(r"Let $f(x) = e^{-x}$. Then $f$ is convex.", True, "f''=e^{-x}>0", "exp(-x)", "x", "C SC", "convex")
N(r"Let $h(x, y) = x^2 - y^2$. Then $h$ is not concave.", True, "h_xx=2>0", "x**2-y**2", "x y", "", "concave", neg=True)
N(r"$\frac{x^2}{y}$ is jointly convex in $x, y$ on $y > 0$", True, "quad-over-lin", "x**2/y", "x y", "C", "convex",
  seg=[[1, 1], [2, 2]], dom=["y>0"], box={"y": [0, 4]})
N(r"$x y$ is jointly convex in $x$ and $y$", False, "indefinite Hessian", "x*y", "x y", "", "convex")
N(r"$|x|$ is convex but not strictly convex", True, "affine on [1,2]", "Abs(x)", "x", "C", "convex but not strictly convex",
  seg=[[1], [2]])
N(r"$x^2$ is convex but not strictly convex", False, "strictly convex", "x**2", "x", "C SC", "convex but not strictly convex")
N(r"$x^3$ is convex but not strictly convex", False, "not convex", "x**3", "x", "", "convex but not strictly convex")
N(r"$\max(x, y)$ is convex but not strictly convex", True, "max of linear; linear on x>y", "Max(x,y)", "x y", "C",
  "convex but not strictly convex", seg=[[1, 0], [2, 0]])
N(r"$e^{x}$ is convex but not strictly convex", False, "strictly convex", "exp(x)", "x", "C SC",
  "convex but not strictly convex")
N(r"$f:\mathbb{R} \to \mathbb{R}$, $f(x) = \log(1 + x^2)$ is convex", False, "f''=2(1-x^2)/(1+x^2)^2<0 for |x|>1",
  "log(1+x**2)", "x", "", "convex")
N(r"$\frac{1}{2}\|x\|_2^2$ is strictly convex for $x \in \mathbb{R}^3$", True, "Hessian I", "(x1**2+x2**2+x3**2)/2",
  "x1 x2 x3", "C SC", "strictly convex")
N(r"$x^T Q x$ is convex where $Q = \begin{pmatrix} 1 & 0 \\ 0 & -1 \end{pmatrix}$", False, "Q indefinite",
  "x1**2-x2**2", "x1 x2", "", "convex")
N(r"$\|(x, y)\|_\infty$ is convex", True, "a norm", "Max(Abs(x),Abs(y))", "x y", "C", "convex", seg=[[1, 0], [2, 0]])
N(r"$\|(x, y)\|_1$ is strictly convex", False, "a norm: linear along rays", "Abs(x)+Abs(y)", "x y", "C",
  "strictly convex", seg=[[1, 0], [2, 0]])
N(r"\(x^2 + y^2\) is convex", True, "Hessian 2I", "x**2+y**2", "x y", "C SC", "convex")
N(r"f(x) = x^2 - 2x is convex", True, "f''=2", "x**2-2*x", "x", "C SC", "convex")
N(r"$\|x - y\|_2^2$ is convex in $(x, y)$ for $x, y \in \mathbb{R}$", True, "(x-y)^2", "(x-y)**2", "x y", "C", "convex",
  seg=[[0, 0], [1, 1]])
N(r"$f(\mathbf{w}) = \|\mathbf{w}\|_2^2 + w_1$ is strictly convex for $\mathbf{w} \in \mathbb{R}^2$", True,
  "squared norm plus linear", "w1**2+w2**2+w1", "w1 w2", "C SC", "strictly convex")
N(r"$x^\top A x$ is concave where $A = \begin{pmatrix} -1 & 0 \\ 0 & -2 \end{pmatrix}$", True, "A negative definite",
  "-x1**2-2*x2**2", "x1 x2", "V SV", "concave")
N(r"$\sum_{i=1}^{3} x_i^2$ is strictly convex", True, "squared Euclidean norm", "x1**2+x2**2+x3**2", "x1 x2 x3", "C SC",
  "strictly convex")
N(r"$f:\mathbb{R}^2 \to \mathbb{R}$, $f(x, y) = x y$ is not jointly convex", True, "indefinite Hessian", "x*y", "x y", "",
  "convex", neg=True)
N(r"Let $f(x, y) = \log(e^{x} + e^{y})$. Then $f$ is convex but not strictly convex.", True, "log-sum-exp: f(x+t,y+t)=f+t",
  "log(exp(x)+exp(y))", "x y", "C", "convex but not strictly convex", seg=[[0, 0], [1, 1]])
# ---------------- parametric ----------------
K = "parametric"
def PA(tpl, expr, vars, params, props, fx, why, seg=None, dom=(), box=None):
    A(K, expr, vars, props, fx, why, tpl=tpl, params=params, seg=seg, dom=dom, box=box)
PA(r"$a x^2 + b x + c$ <is> <prop> in $x$ for $a \ge 0$ and fixed $b, c$", "a*x**2+b*x+c", "x",
   {"a": ["a>=0"], "b": [], "c": []}, ["convex"], "C", "second derivative 2a>=0; affine when a=0", seg=[[0], [1], [0, 1, 1]])
PA(r"$a x^2$ <is> <prop> in $x$ for $a < 0$", "a*x**2", "x", {"a": ["a<0"]}, ["convex", "concave", "strictly concave"],
   "V SV", "second derivative 2a<0")
PA(r"$a x^2$ <is> <prop> in $x$ for $a \le 0$", "a*x**2", "x", {"a": ["a<=0"]}, ["concave", "strictly concave"],
   "V", "2a<=0; identically 0 at a=0", seg=[[0], [1], [0]])
PA(r"$x y$ <is> <prop> in $x$ for fixed $y$", "x*y", "x", {"y": []}, ["convex", "strictly convex"], "C V",
   "affine in x", seg=[[0], [1], [1]])
PA(r"$x y$ <is> <prop> in $y$ for fixed $x$", "x*y", "y", {"x": []}, ["concave", "affine"], "C V", "affine in y",
   seg=[[0], [1], [1]])
PA(r"$x^2 y$ <is> <prop> in $x$ for $y > 0$", "x**2*y", "x", {"y": ["y>0"]}, ["convex", "strictly convex"], "C SC",
   "second derivative 2y>0")
PA(r"$x^2 y$ <is> <prop> in $x$ for fixed $y$", "x**2*y", "x", {"y": []}, ["convex"], "",
   "second derivative 2y has either sign")
PA(r"$x^2 y^2$ <is> <prop> in $x$ for fixed $y$", "x**2*y**2", "x", {"y": []}, ["convex", "strictly convex"], "C",
   "2y^2>=0; zero when y=0", seg=[[0], [1], [0]])
PA(r"$e^{a x}$ <is> <prop> in $x$ for fixed $a$", "exp(a*x)", "x", {"a": []}, ["convex", "strictly convex"], "C",
   "a^2 e^{ax}>=0; constant when a=0", seg=[[0], [1], [0]])
PA(r"$e^{a x}$ <is> <prop> in $x$ for $a > 0$", "exp(a*x)", "x", {"a": ["a>0.05"]}, ["strictly convex"], "C SC",
   "a^2 e^{ax}>0")
PA(r"$\log(a x)$ <is> <prop> in $x$ on $x > 0$ for $a > 0$", "log(a*x)", "x", {"a": ["a>0"]}, ["concave", "convex"],
   "V SV", "second derivative -1/x^2", dom=["x>0"], box={"x": [0, 5]})
PA(r"$x^p$ <is> <prop> in $x$ on $x > 0$ for $p \ge 1$", "x**p", "x", {"p": ["p>=1"]}, ["convex"], "C",
   "p(p-1)x^{p-2}>=0; linear at p=1", dom=["x>0"], box={"x": [0, 4]}, seg=[[1], [2], [1]])
PA(r"$x^p$ <is> <prop> in $x$ on $x > 0$ for $p > 0$", "x**p", "x", {"p": ["p>0"]}, ["convex", "concave"], "",
   "p=1/2 concave, p=2 convex", dom=["x>0"], box={"x": [0, 4]})
PA(r"$x^p$ <is> <prop> in $x$ on $x > 0$ for $0 \le p \le 1$", "x**p", "x", {"p": ["p>=0", "p<=1"]}, ["concave"], "V",
   "p(p-1)x^{p-2}<=0", dom=["x>0"], box={"x": [0, 4]}, seg=[[1], [2], [1]])
PA(r"$x^p$ <is> <prop> in $x$ on $x > 0$ for $p \le 0$", "x**p", "x", {"p": ["p<=0"]}, ["convex"], "C",
   "p(p-1)x^{p-2}>=0 for p<=0", dom=["x>0"], box={"x": [0.05, 4]}, seg=[[1], [2], [0]])
PA(r"$|x|^p$ <is> <prop> in $x$ for $p \ge 1$", "Abs(x)**p", "x", {"p": ["p>=1"]}, ["convex"], "C",
   "composition of |x| with increasing convex t^p on t>=0", seg=[[1], [2], [1]])
PA(r"$a|x| + x$ <is> <prop> in $x$ for $a \ge 0$", "a*Abs(x)+x", "x", {"a": ["a>=0"]}, ["convex", "strictly convex"], "C",
   "nonnegative multiple of |x| plus linear", seg=[[1], [2], [1]])
PA(r"$(x - c)^2$ <is> <prop> in $x$ for fixed $c$", "(x-c)**2", "x", {"c": []}, ["strictly convex"], "C SC",
   "second derivative 2")
PA(r"$x^2 + b x y + y^2$ <is> <prop> in $x, y$ for $-2 \le b \le 2$", "x**2+b*x*y+y**2", "x y", {"b": ["b>=-2", "b<=2"]},
   ["convex", "strictly convex"], "C", "Hessian [[2,b],[b,2]] PSD iff |b|<=2, singular at |b|=2",
   seg=[[0, 0], [1, -1], [2]])
PA(r"$x^2 + b x y + y^2$ <is> <prop> in $x, y$ for $-3 \le b \le 3$", "x**2+b*x*y+y**2", "x y", {"b": ["b>=-3", "b<=3"]},
   ["convex"], "", "b=3: Hessian [[2,3],[3,2]] indefinite")
PA(r"$x^2 + b x y + y^2$ <is> <prop> in $x, y$ for $-2 < b < 2$", "x**2+b*x*y+y**2", "x y", {"b": ["b>-1.9", "b<1.9"]},
   ["strictly convex"], "C SC", "Hessian [[2,b],[b,2]] positive definite for |b|<2")
PA(r"$a x + b$ <is> <prop> in $x$ for fixed $a, b$", "a*x+b", "x", {"a": [], "b": []}, ["affine", "strictly convex"], "C V",
   "affine in x", seg=[[0], [1], [1, 1]])
PA(r"$\frac{x^2}{y}$ <is> <prop> in $x$ for $y > 0$", "x**2/y", "x", {"y": ["y>0.05"]}, ["convex"], "C SC",
   "second derivative 2/y>0")
PA(r"$\frac{x^2}{y}$ <is> <prop> in $y$ on $y > 0$ for fixed $x$", "x**2/y", "y", {"x": []},
   ["convex", "strictly convex"], "C", "2x^2/y^3>=0; identically 0 when x=0", dom=["y>0"], box={"y": [0.1, 4]},
   seg=[[1], [2], [0]])
PA(r"$x^3 + a x$ <is> <prop> in $x$ on $x \ge 0$ for fixed $a$", "x**3+a*x", "x", {"a": []}, ["convex"], "C SC",
   "6x>=0", dom=["x>=0"], box={"x": [0, 4]})
PA(r"$a e^{x} + b e^{-x}$ <is> <prop> in $x$ for $a \ge 0, b \ge 0$", "a*exp(x)+b*exp(-x)", "x",
   {"a": ["a>=0"], "b": ["b>=0"]}, ["convex", "strictly convex"], "C", "nonnegative combination; zero when a=b=0",
   seg=[[0], [1], [0, 0]])
PA(r"$\log(1 + e^{a x})$ <is> <prop> in $x$ for fixed $a$", "log(1+exp(a*x))", "x", {"a": []}, ["convex"], "C",
   "softplus of a linear function", seg=[[0], [1], [0]])
PA(r"$(a x - 1)^2$ <is> <prop> in $x$ for $a > 0$", "(a*x-1)**2", "x", {"a": ["a>0.05"]}, ["strictly convex"], "C SC",
   "second derivative 2a^2>0")
PA(r"$(a x - 1)^2$ <is> <prop> in $x$ for $a \ge 0$", "(a*x-1)**2", "x", {"a": ["a>=0"]}, ["strictly convex"], "C",
   "constant 1 when a=0", seg=[[0], [1], [0]])
PA(r"$x^2 - a x^4$ <is> <prop> in $x$ for $a \le 0$", "x**2-a*x**4", "x", {"a": ["a<=0"]}, ["convex"], "C SC",
   "2-12a x^2>=2")
PA(r"$x^2 - a x^4$ <is> <prop> in $x$ for $a \ge 0$", "x**2-a*x**4", "x", {"a": ["a>=0"]}, ["convex"], "",
   "a>0: 2-12ax^2<0 for large x")
PA(r"$\frac{a}{x}$ <is> <prop> in $x$ on $x > 0$ for $a \ge 0$", "a/x", "x", {"a": ["a>=0"]}, ["convex"], "C",
   "2a/x^3>=0", dom=["x>0"], box={"x": [0.05, 4]}, seg=[[1], [2], [0]])
PA(r"$\max(a x, 0)$ <is> <prop> in $x$ for fixed $a$", "Max(a*x,0)", "x", {"a": []}, ["convex", "concave"], "C",
   "max of linear functions", seg=[[0], [1], [0]])

# ---------------- ML losses, as papers and Q&A posts write them ----------------
K = "ml-loss"
def ML(tpl, expr, vars, props, fx, why, **kw):
    A(K, expr, vars, props, fx, why, tpl=tpl, **kw)
ML(r"The hinge loss $\max(0, 1 - y w x)$ <is> <prop> in $w$ where $x = 2$ and $y = -1$", "Max(0,1+2*w)", "w",
   ["convex", "strictly convex"], "C", "max of affine functions of w", seg=[[-3], [-2]])
ML(r"$(w_2 w_1 x - y)^2$ <is> <prop> in $w_1, w_2$ where $x = 1, y = 2$", "(w_2*w_1-2)**2", "w_1 w_2",
   ["convex", "not convex"], "", "Hessian at 0 is [[0,-4],[-4,0]], indefinite")
ML(r"The logistic loss $\log(1 + e^{-y(w x + b)})$ <is> <prop> in $w, b$ where $x = 3$ and $y = -1$",
   "log(1+exp(3*w+b))", "w b", ["convex", "strictly convex"], "C", "softplus of an affine form; constant along 3w+b=c",
   seg=[[0, 0], [1, -3]])
ML(r"The squared loss $\frac{1}{2}(w x - y)^2$ <is> <prop> in $w$ where $x = 2, y = 1$", "(2*w-1)**2/2", "w",
   ["convex", "strictly convex"], "C SC", "second derivative x^2=4>0")
ML(r"$\frac{1}{2}\sum_{i=1}^{2} (w x_i - y_i)^2$ <is> <prop> in $w$ where $(x_1, y_1) = (1, 2)$ and $(x_2, y_2) = (-1, 0)$",
   "((w-2)**2+(-w)**2)/2", "w", ["strictly convex"], "C SC", "second derivative x_1^2+x_2^2=2>0")
ML(r"$\sum_{i=1}^{2} \log(1 + e^{-y_i w x_i})$ <is> <prop> in $w$ where $(x_1, y_1) = (1, 1)$, $(x_2, y_2) = (2, -1)$",
   "log(1+exp(-w))+log(1+exp(2*w))", "w", ["convex", "concave"], "C SC", "sum of softplus of linear functions of w")
ML(r"$\sigma(w x)$ <is> <prop> in $w$ where $x = 1$", "1/(1+exp(-w))", "w", ["convex", "concave"], "",
   "the sigmoid is neither convex nor concave")
ML(r"$\tanh(w)^2$ <is> <prop>", "tanh(w)**2", "w", ["convex", "neither convex nor concave"], "",
   "about w^2 near 0, bounded by 1: second derivative changes sign")
ML(r"$\mathrm{ReLU}(w_1) w_2$ <is> <prop> in $w_1, w_2$", "Max(0,w_1)*w_2", "w_1 w_2", ["convex", "concave"], "",
   "equals w_1 w_2 on w_1>0: indefinite")
ML(r"$(\max(0, w) - 1)^2$ <is> <prop>", "(Max(0,w)-1)**2", "w", ["convex", "neither convex nor concave"], "",
   "slope 0 left of 0 and -2 right of 0: a concave kink; convex for w>0")
ML(r"$\log(1 + e^{w}) - w$ <is> <prop>", "log(1+exp(w))-w", "w", ["convex", "strictly convex"], "C SC",
   "equals softplus(-w)")
ML(r"The ridge objective $(w - 1)^2 + \lambda w^2$ <is> <prop> in $w$ for $\lambda \ge 0$", "(w-1)**2+lam*w**2", "w",
   ["strictly convex"], "C SC", "second derivative 2+2 lambda>0", params={"lam": ["lam>=0"]})
ML(r"The lasso objective $(w - 1)^2 + \lambda |w|$ <is> <prop> in $w$ for $\lambda \ge 0$", "(w-1)**2+lam*Abs(w)", "w",
   ["strictly convex"], "C SC", "strictly convex square plus a nonnegative multiple of |w|", params={"lam": ["lam>=0"]})
ML(r"$w^2 + \lambda |w|$ <is> <prop> in $w$ for fixed $\lambda$", "w**2+lam*Abs(w)", "w", ["convex"], "",
   "lambda=-4 is allowed: w^2-4|w| is 0 at w=0 but -4 at w=-2 and w=2, so not convex",
   params={"lam": []})
ML(r"The Gaussian negative log-likelihood $\frac{(x - \mu)^2}{2 s} + \frac{1}{2}\log s$ <is> <prop> in $\mu, s$ on $s > 0$ where $x = 0$",
   "mu**2/(2*s)+log(s)/2", "mu s", ["convex"], "", "at mu=0 it is (1/2)log s, concave in s; convex in mu",
   dom=["s>0"], box={"s": [0.05, 4]})
ML(r"$\frac{\mu^2}{2 s}$ <is> <prop> in $\mu, s$ on $s > 0$", "mu**2/(2*s)", "mu s", ["convex", "strictly convex"], "C",
   "quad-over-lin; linear along rays", dom=["s>0"], box={"s": [0, 4]}, seg=[[1, 1], [2, 2]])
ML(r"The cross-entropy $-y \log(\sigma(z)) - (1 - y)\log(1 - \sigma(z))$ <is> <prop> in $z$ where $y = 1$",
   "log(1+exp(-z))", "z", ["convex", "strictly convex"], "C SC", "-log sigma(z)=softplus(-z)")
ML(r"The cross-entropy $-y \log(\sigma(z)) - (1 - y)\log(1 - \sigma(z))$ <is> <prop> in $z$ where $y = 0$",
   "log(1+exp(z))", "z", ["concave"], "C SC", "-log(1-sigma(z))=softplus(z)")
ML(r"The exponential loss $e^{-y w x}$ <is> <prop> in $w$ where $x = 2$, $y = 1$", "exp(-2*w)", "w",
   ["convex", "strictly convex"], "C SC", "exp of a nonconstant linear function")
ML(r"The matrix-factorization loss $(u v - 3)^2$ <is> <prop> in $u, v$", "(u*v-3)**2", "u v",
   ["convex", "neither convex nor concave"], "", "Hessian at 0 is [[0,-6],[-6,0]]; f>=0 with f(0)=9 between zeros")
ML(r"$\log(e^{w_1} + e^{w_2} + e^{w_3})$ <is> <prop>", "log(exp(w_1)+exp(w_2)+exp(w_3))", "w_1 w_2 w_3",
   ["convex", "strictly convex"], "C", "log-sum-exp: f(w+t1)=f(w)+t", seg=[[0, 0, 0], [1, 1, 1]])
ML(r"The softmax probability $\frac{e^{w_1}}{e^{w_1} + e^{w_2}}$ <is> <prop> in $w_1, w_2$",
   "exp(w_1)/(exp(w_1)+exp(w_2))", "w_1 w_2", ["convex", "concave"], "", "equals sigma(w_1-w_2)")
ML(r"The negative log-softmax $-\log\frac{e^{w_1}}{e^{w_1} + e^{w_2}}$ <is> <prop> in $w_1, w_2$",
   "-w_1+log(exp(w_1)+exp(w_2))", "w_1 w_2", ["convex", "strictly convex"], "C", "log-sum-exp minus linear",
   seg=[[0, 0], [1, 1]])
ML(r"The Huber loss $\min(|r|, 1)^2 + 2\max(|r| - 1, 0)$ <is> <prop> in $r$", "Min(Abs(r),1)**2+2*Max(Abs(r)-1,0)", "r",
   ["convex", "not strictly convex"], "C", "quadratic on |r|<=1, linear outside", seg=[[2], [3]])
# ---------------- CVXPY atom library, written out ----------------
K = "atoms"
A(K, "-x*log(x)", "x", ["concave", "strictly concave"], "V SV", "entr: f''=-1/x", tex=r"-x \log(x)", name="\\mathrm{entr}(x)",
  dom_tex="$x > 0$", dom=["x>0"], box={"x": [0, 5]})
A(K, "x*log(x/y)-x+y", "x y", ["convex", "strictly convex"], "C", "kl_div: perspective plus affine, degree-1 homogeneous",
  tex=r"x \log(x / y) - x + y", dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]},
  seg=[[1, 1], [2, 2]])
A(K, "log(1+x)", "x", ["concave"], "V SV", "log1p", tex=r"\ln(1 + x)", dom_tex="$x > -1$", dom=["x>-1"],
  box={"x": [-1, 5]}, name="g(x)")
A(K, "2*x*y/(x+y)", "x y", ["concave", "strictly concave", "convex"], "V", "harmonic mean: concave, homogeneous of degree 1",
  tex=r"\frac{2 x y}{x + y}", dom_tex="$x > 0, y > 0$", dom=["x>0", "y>0"], box={"x": [0, 4], "y": [0, 4]},
  seg=[[1, 1], [2, 2]])
A(K, "1/sqrt(x)", "x", ["convex"], "C SC", "f''=(3/4)x^{-5/2}>0", tex=r"\frac{1}{\sqrt{x}}", dom_tex="$x > 0$",
  dom=["x>0"], box={"x": [0.05, 5]})
A(K, "x*exp(x)", "x", ["convex", "strictly convex"], "C SC", "xexp: f''=(x+2)e^x>0 for x>=0", tex=r"x e^{x}",
  dom_tex="$x \\ge 0$", dom=["x>=0"], box={"x": [0, 4]})
A(K, "Max(x,0)+Max(-x,0)*2", "x", ["convex"], "C", "pos(x)+2neg(x)", tex=r"\max(x, 0) + 2\max(-x, 0)", seg=[[1], [2]])
A(K, "-Min(x,0)", "x", ["convex", "concave"], "C", "neg(x)=max(-x,0)", tex=r"-\min(x, 0)", seg=[[1], [2]])
A(K, "sqrt(x*y*z)", "x y z", ["concave"], "", "x y z to the power 1/2 (exponents sum 3/2>1): not concave",
  tex=r"\sqrt{x y z}", dom_tex="$x > 0, y > 0, z > 0$", dom=["x>0", "y>0", "z>0"],
  box={"x": [0, 4], "y": [0, 4], "z": [0, 4]})
A(K, "(x*y*z)**Rational(1,3)", "x y z", ["concave", "strictly concave"], "V", "geometric mean of three",
  tex=r"(x y z)^{1/3}", dom_tex="$x > 0, y > 0, z > 0$", dom=["x>0", "y>0", "z>0"],
  box={"x": [0, 4], "y": [0, 4], "z": [0, 4]}, seg=[[1, 1, 1], [2, 2, 2]])
A(K, "log(exp(x)+exp(y)+1)", "x y", ["convex", "strictly convex"], "C SC", "log-sum-exp of (x, y, 0): PD Hessian",
  tex=r"\log(1 + e^{x} + e^{y})")
G.write(sys.argv[1], sys.argv[2])
from collections import Counter
print(len(G.out), Counter(d["kind"] for d in G.out))
