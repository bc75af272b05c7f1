r"""Letters a signature leaves out but the domain ties to its arguments (layer: text).

"$f(x) = -\sqrt{1 - x^2 - y^2}$ is convex on $x^2 + y^2 < 1$": the signature names x, the formula and the domain
use y too, and one constraint ties y to x. Two readings are possible: the claim is about (x, y) jointly (f(x) as
shorthand, x standing for the letters), or about x for each fixed y (y a parameter, and the set of x moves with y).
They are answered only where they agree, which the joint reading alone can show:

* if f is proved convex (concave, affine, strictly convex, strictly concave) jointly on the set D, it is so on every
  slice {y fixed} of D too (a slice of a convex set is convex, and a segment in a slice is a segment in D), so both
  readings hold: the claim holds, with a note saying how it was read;
* otherwise (refuted or undecided jointly, or a claim of "not P") the slice reading may differ, and the claim is
  refused in one line that names the signature, the letters it leaves out, and how to write the claim (``refusal``).

A letter tied to the arguments is found by closure: a constraint that mentions an argument (or a letter already
tied) and another letter ties that letter too. Letters the claim itself calls fixed ("for fixed $y$") are never
re-read: the claim said what they are.

>>> import sympy as sp
>>> x, y, z = sp.symbols("x y z")
>>> tied(["x"], ["y", "z"], [x > 0, z > 0, x * z > y ** 2])
['y', 'z']
"""

from __future__ import annotations

from .pretty import pretty


def tied(arguments: list[str], others: list[str], domain: list | None) -> list[str]:
    """The letters of ``others`` that the domain's constraints tie to ``arguments`` (closure; module docstring)."""
    inside, found = set(arguments), set()
    changed = True
    while changed:
        changed = False
        for c in domain or ():
            names = {s.name for s in c.free_symbols}
            new = (names & set(others)) - found
            if names & (inside | found) and new:
                found |= new
                changed = True
    return sorted(found)


def note(name: str, arguments: list[str], letters: list[str]) -> str:
    """How the claim is read when the joint reading is answered."""
    return (f"{name}({', '.join(arguments)}) names {', '.join(arguments)}, but the domain ties "
            f"{', '.join(letters)} to {'it' if len(arguments) == 1 else 'them'}: the claim is read about "
            f"({', '.join([*arguments, *letters])}) jointly, answered only because it holds so (then it holds for "
            f"{', '.join(arguments)} with {', '.join(letters)} fixed too: a slice of a convex set is convex)")


def refusal(name: str, arguments: list[str], letters: list[str], domain: list) -> str:
    """The one-line refusal when the joint reading does not hold (module docstring)."""
    ties = [pretty(c) for c in domain if {s.name for s in c.free_symbols} & set(letters)
            and {s.name for s in c.free_symbols} - set(letters)]
    both = ", ".join([*arguments, *letters])
    return (f"the signature {name}({', '.join(arguments)}) names {', '.join(arguments)}, but the formula and the "
            f"domain also use {', '.join(letters)} ({'; '.join(ties)} ties them), and the claim could be about "
            f"({both}) jointly or about {', '.join(arguments)} for each fixed {', '.join(letters)}, which may differ: "
            f"write '${name}({both}) = ...$' for a function of all of them, or give the domain of "
            f"{', '.join(arguments)} apart from the conditions on {', '.join(letters)}")


__all__ = ["note", "refusal", "tied"]
