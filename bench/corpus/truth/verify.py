"""Independent check of the expected answers: 40-digit mpmath midpoint tests at random pairs (a found violation
refutes), affine-segment witnesses for non-strictness, Hessians (central differences) at random points for strictness."""
import json, sys, random
import sympy as sp
import mpmath as mp
mp.mp.dps = 40

def P(s, syms):
    loc = {n: sp.Symbol(n, real=True) for n in syms}
    loc.update(dict(E=sp.E, pi=sp.pi))
    return sp.sympify(s, locals=loc)

def realval(v):
    try:
        if isinstance(v, mp.mpc):
            if abs(v.imag) > mp.mpf(10)**-30 * (1 + abs(v.real)): return None
            v = v.real
        v = mp.mpf(v)
    except Exception:
        return None
    if not mp.isfinite(v): return None
    return v

def check_spec(spec, rng, npairs=400):
    names = spec["vars"]; params = spec.get("params") or {}
    allsyms = names + list(params)
    e = P(spec["expr"], allsyms)
    if spec.get("logof"): e = sp.log(e)
    syms = [sp.Symbol(n, real=True) for n in names]; psyms = [sp.Symbol(n, real=True) for n in params]
    dom = [P(d, allsyms) for d in spec.get("dom") or []]
    pconds = [P(c, allsyms) for cs in params.values() for c in cs]
    f = sp.lambdify(syms + psyms, e, modules="mpmath")
    domf = [sp.lambdify(syms + psyms, d, modules="mpmath") for d in dom]
    pcf = [sp.lambdify(psyms, c, "mpmath") for c in pconds]
    box = spec.get("box") or {}
    msgs = []
    def sample_par():
        for _ in range(10000):
            vals = []
            for n in params:
                lo, hi = box.get(n, [-4, 4]); v = mp.mpf(rng.uniform(lo, hi))
                if rng.random() < 0.15: v = mp.mpf(rng.choice([lo, hi, 0, 1, -1]))
                vals.append(v)
            if all(bool(c(*vals)) for c in pcf): return vals
        raise RuntimeError("no parameter sample")
    def inside(pt, pv):
        try:
            return all(bool(d(*pt, *pv)) for d in domf)
        except Exception: return False
    def val(pt, pv):
        if not inside(pt, pv): return None
        try: return realval(f(*pt, *pv))
        except Exception: return None
    def sample_pt(pv):
        for _ in range(20000):
            pt = [mp.mpf(rng.uniform(*box.get(n, [-4, 4]))) for n in names]
            v = val(pt, pv)
            if v is not None: return pt, v
        raise RuntimeError("no domain sample")
    violC = violV = False; nonreal_mid = 0
    psamples = [sample_par() for _ in range(8)] if params else [[]]
    for pv in psamples:
        for k in range(npairs):
            a, fa = sample_pt(pv)
            if k % 2:
                b, fb = sample_pt(pv)
            else:
                eps = mp.mpf(10) ** -rng.choice([1, 2, 3])
                b = [ai + eps * rng.gauss(0, 1) for ai in a]; fb = val(b, pv)
                if fb is None: continue
            t = mp.mpf(1) / 2 if k % 3 else mp.mpf(rng.uniform(0.05, 0.95))
            m = [t * ai + (1 - t) * bi for ai, bi in zip(a, b)]
            fm = val(m, pv)
            if fm is None:
                nonreal_mid += 1; continue
            g = fm - t * fa - (1 - t) * fb
            tol = mp.mpf(10) ** -28 * (1 + abs(fa) + abs(fb))
            if g > tol: violC = True
            if g < -tol: violV = True
            if violC and violV: break
    F = {k: (k in spec["facts"].split()) for k in ("C", "V", "SC", "SV")}
    if nonreal_mid: msgs.append(f"domain not convex? {nonreal_mid} midpoints outside")
    if F["C"] == violC: msgs.append(f"convexity: claimed {F['C']} but violation found={violC}")
    if F["V"] == violV: msgs.append(f"concavity: claimed {F['V']} but violation found={violV}")
    for key, base in (("SC", "C"), ("SV", "V")):
        if F[base] and not F[key]:
            seg = spec.get("seg")
            if not seg: msgs.append(f"{base} but not {key}: no segment witness"); continue
            pv = [mp.mpf(sp.Rational(x)) for x in seg[2]] if params else []
            A = [mp.mpf(sp.Rational(x)) for x in seg[0]]; B = [mp.mpf(sp.Rational(x)) for x in seg[1]]
            vs = [val([ai + s * (bi - ai) for ai, bi in zip(A, B)], pv) for s in (0, 0.25, 0.5, 0.75, 1)]
            if any(v is None for v in vs): msgs.append("segment outside domain"); continue
            d = [vs[i] - 2 * vs[i + 1] + vs[i + 2] for i in range(3)]
            if max(abs(x) for x in d) > mp.mpf(10) ** -30 or A == B:
                msgs.append(f"segment witness not affine: {d}")
        if F[key]:
            bad = 0; h = mp.mpf(10) ** -12; n = len(syms)
            for pv in psamples:
                for _ in range(30):
                    pt, _v = sample_pt(pv)
                    M = mp.matrix(n, n)
                    try:
                        for i in range(n):
                            for j in range(n):
                                def sh(si, sj):
                                    q = list(pt); q[i] += si * h; q[j] += sj * h
                                    return realval(f(*q, *pv))
                                M[i, j] = (sh(1, 1) - sh(1, -1) - sh(-1, 1) + sh(-1, -1)) / (4 * h * h)
                    except Exception:
                        continue
                    if key == "SV": M = -M
                    ev = mp.eigsy(M)[0] if n > 1 else [M[0, 0]]
                    if min(ev) <= mp.mpf(10) ** -9: bad += 1
            if bad > 3: msgs.append(f"{key}: Hessian not definite at {bad} random points")
    if spec.get("logof"):
        fe = sp.lambdify(syms + psyms, P(spec["expr"], allsyms), "mpmath")
        for pv in psamples:
            for _ in range(50):
                pt, _v = sample_pt(pv)
                if not realval(fe(*pt, *pv)) > 0: msgs.append("log of nonpositive"); break
    return msgs

def main(path):
    sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
    from lib import PROPS, facts
    rng = random.Random(1)
    bad = 0; cache = {}
    rows = [json.loads(l) for l in open(path)]
    for r in rows:
        s = r["spec"]
        if s is None:
            print("NO SPEC:", r["claim"]); continue
        if "facts" not in s:   # raw claim with a direct spec: compare directly
            s = dict(s); 
        key = json.dumps({k: v for k, v in s.items() if k not in ("prop", "neg")}, sort_keys=True)
        if key not in cache:
            try: cache[key] = check_spec(s, rng)
            except Exception as ex: cache[key] = [f"EXC {type(ex).__name__}: {ex}"]
        h = PROPS[s["prop"]](facts(s["facts"]))
        if s["neg"]: h = not h
        msgs = list(cache[key])
        if h != r["holds"]: msgs.append("holds inconsistent with facts")
        if msgs:
            bad += 1; print("PROBLEM:", r["claim"], "|", s["expr"], "|", "; ".join(msgs))
    print(f"{len(rows)} claims, {len(cache)} distinct subjects, {bad} problems")

if __name__ == "__main__":
    main(sys.argv[1])
