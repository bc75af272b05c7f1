"""Record -> claims generator (shared by facts/breadth generators)."""
import json, random, hashlib

PROPS = {
    "convex": lambda f: f["C"], "concave": lambda f: f["V"], "affine": lambda f: f["C"] and f["V"],
    "strictly convex": lambda f: f["SC"], "strictly concave": lambda f: f["SV"],
    "not convex": lambda f: not f["C"], "non-convex": lambda f: not f["C"], "nonconvex": lambda f: not f["C"],
    "not concave": lambda f: not f["V"], "not affine": lambda f: not (f["C"] and f["V"]),
    "neither convex nor concave": lambda f: not f["C"] and not f["V"],
    "not strictly convex": lambda f: not f["SC"], "not strictly concave": lambda f: not f["SV"],
    "convex but not strictly convex": lambda f: f["C"] and not f["SC"],
    "convex or concave": lambda f: f["C"] or f["V"],
    "log-concave": lambda f: f["V"], "log-convex": lambda f: f["C"],
    "not log-concave": lambda f: not f["V"], "not log-convex": lambda f: not f["C"],
    # calculus-textbook words (used by gen_textbook.py)
    "concave up": lambda f: f["C"], "concave down": lambda f: f["V"],
    "both convex and concave": lambda f: f["C"] and f["V"],
}
LEADS = ["", "", "", "The function ", "Claim: ", "The map ", "The loss "]
CONN = ["on", "for", "over", "on", "for", "when"]

def facts(s):
    t = s.split()
    for k in t: assert k in ("C", "V", "SC", "SV"), s
    f = {k: (k in t) for k in ("C", "V", "SC", "SV")}
    if f["SC"]: assert f["C"]
    if f["SV"]: assert f["V"]
    return f

def why_of(prop, holds, f, reason, logof=False):
    def word():
        if f["C"] and f["V"]: return "affine"
        if f["SC"]: return "strictly convex"
        if f["SV"]: return "strictly concave"
        if f["C"]: return "convex, not strictly"
        if f["V"]: return "concave, not strictly"
        return "neither convex nor concave"
    return f"{'log f is ' if logof else ''}{word()}: {reason}"

class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.out = []   # dicts with claim/holds/why/kind + spec
        self.seen = set()

    def add(self, kind, expr, vars, props, fx, reason, tex=None, tpl=None, dom_tex=None, dom=(), seg=None,
            box=None, params=None, name=None, logof=False, pos=None, fixed=None):
        f = facts(fx)
        props = list(props)
        if getattr(self, "auto_false", False):
            def truth(p):
                q = p[1:] if p.startswith("!") else p
                return PROPS[q](f) != p.startswith("!")
            if all(truth(p) for p in props):
                if logof:
                    cands = ["log-convex", "log-concave", "!log-concave" if False else "log-convex"]
                else:
                    cands = ["concave", "convex", "strictly convex", "strictly concave", "affine", "not convex",
                             "not concave", "neither convex nor concave"]
                for c in cands:
                    if c not in props and not truth(c):
                        props.append(c); break
        for prop in props:
            neg = False
            p = prop
            if p.startswith("!"):
                neg, p = True, p[1:]
            holds = PROPS[p](f)
            if neg: holds = not holds
            verb = "is not" if neg else "is"
            if tpl is not None:
                text = tpl.replace("<is>", verb).replace("<prop>", p)
            else:
                lead = self.rng.choice(LEADS)
                math = f"${name} = {tex}$" if name else f"${tex}$"
                text = f"{lead}{math} {verb} {p}"
                if fixed: text += " " + fixed
                if dom_tex:
                    text += f" {self.rng.choice(CONN if not dom_tex.startswith((chr(36) + '[', chr(36) + '(')) else ['on', 'over'])} {dom_tex}"
                if self.rng.random() < 0.2: text += "."
            if text in self.seen: continue
            self.seen.add(text)
            self.out.append(dict(claim=text, holds=holds, why=why_of(p, holds, f, reason, logof), kind=kind,
                                 spec=dict(expr=expr, vars=vars.split(), dom=list(dom), facts=fx, seg=seg, box=box,
                                           params=params, logof=logof, prop=p, neg=neg, pos=pos)))

    def raw(self, kind, text, holds, why, spec=None):
        assert text not in self.seen, text
        self.seen.add(text)
        self.out.append(dict(claim=text, holds=holds, why=why, kind=kind, spec=spec))

    def write(self, corpus_path, spec_path):
        with open(corpus_path, "w") as fh:
            for d in self.out:
                fh.write(json.dumps({k: d[k] for k in ("claim", "holds", "why", "kind")}, ensure_ascii=False) + "\n")
        with open(spec_path, "w") as fh:
            for d in self.out:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def spec_recorders(source):
    """(ENTRIES, NULLS, E, N) for a hand-written spec (``verify_spec.py``'s format): ``E`` records an entry
    (kind, expr, vars, box, claims as (text, property, holds), dom, params, why, flat segments), ``N`` a null row
    (kind, text, cause, readings: (expr, vars, dom, box, property) pairs whose truths must differ)."""
    entries, nulls = [], []

    def E(kind, expr, vars, box, claims, dom=(), params=None, why="", flat=()):
        entries.append({"source": source, "kind": kind, "expr": expr, "vars": list(vars), "box": list(box),
                        "dom": list(dom), "params": dict(params or {}), "why": why, "flat": list(flat),
                        "claims": [tuple(c) for c in claims]})

    def N(kind, text, cause, readings=()):
        nulls.append({"kind": kind, "claim": text, "why": cause, "readings": [tuple(r) for r in readings],
                      "source": source})

    return entries, nulls, E, N
