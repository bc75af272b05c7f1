r"""How names and numbers are written in the proofs (text layer, layer 4 of docs/ARCHITECTURE.md).

Variable names as LaTeX math (``W1_2_1`` -> ``W^{(1)}_{21}``, ``theta`` -> ``\theta``), free text escaped for text
mode, exact rationals as fractions, a number the checker computed as its exact value or its rigorous enclosure
rounded outward (the printed interval contains the checker's interval), and the small layouts the proofs share
(tuples, matrices, column vectors, aligned rows, long sums). It also holds the size limits of the text: how much
of a long formula, vector or data set a proof prints in full (the rest is counted and left to the certificate
JSON). Nothing here decides anything: it only prints.
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction

import mpmath
import sympy as sp

from ..check.numbers import endpoints
from ..certificates import parse_coordinate, parse_rational
from ..errors import CertificateError


#: Up to this many variables the Hessian is printed in full (else the directional derivative is worked out).
HESSIAN_LIMIT = 10
#: Longest formula (characters of LaTeX) printed inline in a derivation step; longer ones are summarized.
FORMULA_LIMIT = 900
SAMPLES = 48
#: Above this many parameters a network proof is summarized: points and directions by their nonzero coordinates,
#: each data point's output and residual instead of every pre-activation (smaller nets: everything in full).
LARGE_NET = 60
#: At most this many coordinates of a vector are printed (the rest: a count; the certificate JSON has them all).
ENTRY_CAP = 200
#: At most this many data points (or kinks) are worked out one by one in a large network's proof.
ROW_CAP = 20


# ----------------------------------------------------------------------------------------------------- names and text

_GREEK = ("alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi "
          "varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega").split()
_GREEK_UPPER = {"Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega"}
_TEXT_SPECIAL = {"#": r"\#", "$": r"\$", "%": r"\%", "&": r"\&", "_": r"\_", "{": r"\{", "}": r"\}",
                 "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}",
                 "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}"}
_WEIGHT = re.compile(r"^W(\d+)_(\d+)_(\d+)$")
_BIAS = re.compile(r"^b(\d+)_(\d+)$")
_PLAIN = re.compile(r"^([A-Za-z]+)(\d*)$")


def text_escape(text: str) -> str:
    r"""Escape free text for LaTeX text mode (specials, Greek letters, other non-ASCII characters).

    >>> text_escape("50% of a_1 & {b}")
    '50\\% of a\\_1 \\& \\{b\\}'
    """
    out = []
    for ch in str(text):
        if ch in _TEXT_SPECIAL:
            out.append(_TEXT_SPECIAL[ch])
        elif ch == "\n" or ch == "\t":
            out.append(" ")
        elif ord(ch) < 32 or ord(ch) == 127:
            continue
        elif ord(ch) < 128:
            out.append(ch)
        else:
            greek = _unicode_greek(ch)
            if greek:
                out.append(f"${greek}$")
            elif ch in "\u2018\u2019":
                out.append("'")
            elif ch in "\u201c\u201d":
                out.append('"')
            elif ch in "\u2013\u2014":
                out.append("--")
            else:
                out.append(f"[U+{ord(ch):04X}]")
    return "".join(out)


def _unicode_greek(ch: str) -> str | None:
    """``"θ"`` -> ``"\\theta"`` (None for anything that is not a Greek letter LaTeX has)."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    m = re.match(r"^GREEK (SMALL|CAPITAL) LETTER (\w+)$", name)
    if not m:
        if name == "GREEK THETA SYMBOL":
            return r"\vartheta"
        if name == "GREEK PHI SYMBOL":
            return r"\phi"
        return None
    word = m.group(2).lower()
    word = {"lamda": "lambda", "final sigma": "varsigma"}.get(word, word)
    if m.group(1) == "SMALL":
        return "\\" + word if word in _GREEK else None
    cap = word.capitalize()
    if cap in _GREEK_UPPER:
        return "\\" + cap
    latin = {"alpha": "A", "beta": "B", "epsilon": "E", "zeta": "Z", "eta": "H", "iota": "I", "kappa": "K",
             "mu": "M", "nu": "N", "omicron": "O", "rho": "P", "tau": "T", "chi": "X"}
    return r"\mathrm{%s}" % latin[word] if word in latin else None


def _base_latex(base: str) -> str:
    """The main part of a name (no subscript, no primes)."""
    if not base:
        return r"\text{?}"
    if base in _GREEK or base in _GREEK_UPPER:
        return "\\" + base
    if len(base) == 1 and _unicode_greek(base):
        return _unicode_greek(base)
    m = _PLAIN.match(base)
    if m:
        letters, digits = m.groups()
        head = letters if len(letters) == 1 else (("\\" + letters) if letters in _GREEK or letters in _GREEK_UPPER
                                                  else r"\mathit{%s}" % letters)
        return head + (f"_{{{digits}}}" if digits else "")
    if all(_unicode_greek(c) for c in base):
        return " ".join(_unicode_greek(c) for c in base)
    return r"\text{%s}" % text_escape(base)


def name_latex(name: str) -> str:
    r"""A variable name as LaTeX math: ``W1_2_1`` -> ``W^{(1)}_{21}``, ``w_1`` -> ``w_{1}``, ``theta`` ->
    ``\theta``, ``θ`` -> ``\theta``, ``x'`` -> ``x'``; anything unusual is escaped inside ``\text``.

    >>> name_latex("W1_2_1"), name_latex("b2_1"), name_latex("w_1"), name_latex("theta_0")
    ('W^{(1)}_{21}', 'b^{(2)}_{1}', 'w_{1}', '\\theta_{0}')
    >>> name_latex("x'"), name_latex("x1"), name_latex("a&b")
    ("x'", 'x_{1}', '\\text{a\\&b}')
    """
    m = _WEIGHT.match(name)
    if m:
        l, i, j = m.groups()
        sep = "," if len(i) > 1 or len(j) > 1 else ""
        return f"W^{{({l})}}_{{{i}{sep}{j}}}"
    m = _BIAS.match(name)
    if m:
        return f"b^{{({m.group(1)})}}_{{{m.group(2)}}}"
    stripped = name.rstrip("'")
    primes = len(name) - len(stripped)
    if not stripped:
        return r"\text{%s}" % text_escape(name)
    base, sep, sub = stripped.partition("_")
    if sep and sub.startswith("{") and sub.endswith("}") and sub.count("{") == 1 and sub.count("}") == 1:
        sub = sub[1:-1]
    if sep and sub and re.match(r"^[A-Za-z0-9,]+$", sub):
        body = _base_latex(base) if base else r"\text{\_}"
        if "_{" in body:  # x1_2: keep both indices readable
            body = r"{%s}" % body
        sub_tex = ",".join(_base_latex(s) if not s.isdigit() else s for s in sub.split(",")) if "," in sub else (
            sub if sub.isdigit() else _base_latex(sub))
        out = f"{body}_{{{sub_tex}}}"
    elif sep:
        out = r"\text{%s}" % text_escape(stripped)
    else:
        out = _base_latex(stripped)
    return out + "'" * primes


#: Words of a certificate's note that are mathematics: parameter names (W1_2_1, b2_1), indexed letters (y_i),
#: powers (t^2), Greek names and ``sum_i``; they are set in math mode, the rest as escaped text.
_NOTE_MATH = re.compile(r"\b(W\d+_\d+_\d+|b\d+_\d+|[a-zA-Z]_[a-z0-9]+|[a-z]\^\d+|theta|lambda|sum_i)\b")
_NOTE_PHRASES = {"a region witness": "a point strictly inside its activation region"}


def note_latex(note: str) -> str:
    """A certificate's note (the search's story, plain text) as a LaTeX sentence: parameter names and other
    symbols typeset, the rest escaped, ending with a full stop."""
    for phrase, words in _NOTE_PHRASES.items():
        note = note.replace(phrase, words)
    parts, last = [], 0
    for match in _NOTE_MATH.finditer(note):
        word = match.group(0)
        parts.append(text_escape(note[last:match.start()]))
        parts.append(r"$\sum_i$" if word == "sum_i" else "$%s$" % (word if "^" in word else name_latex(word)))
        last = match.end()
    parts.append(text_escape(note[last:]))
    text = sentence_start("".join(parts).strip())
    return text if not text or text[-1] in ".!?" else text + "."


def sentence_start(text: str) -> str:
    """``text`` with its first word capitalized when that word is prose ("at b = 0" -> "At b = 0"); a sentence that
    starts with a symbol ("f is affine ...", "x_1 ...") keeps it as written: capitalizing it would rename it."""
    return text[:1].upper() + text[1:] if re.match(r"[a-z]{2,}\b", text) else text


def _tt(text: str) -> str:
    r"""``\texttt{text}`` that copies from the PDF as typed: underscores are the typewriter font's own glyph."""
    return r"\texttt{%s}" % text_escape(text).replace(r"\_", r"{\char95}")


def _sentence(text: str) -> str:
    """``text`` ending with a full stop."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?" else text + "."


# ------------------------------------------------------------------------------------------------------------ numbers

def q_latex(q) -> str:
    r"""An exact rational as LaTeX: ``-1/2`` -> ``-\frac{1}{2}``."""
    q = Fraction(q) if not isinstance(q, sp.Rational) else Fraction(int(q.p), int(q.q))
    if q.denominator == 1:
        return str(q.numerator)
    sign_ = "-" if q < 0 else ""
    return f"{sign_}\\frac{{{abs(q.numerator)}}}{{{q.denominator}}}"


def _paren(q) -> str:
    text = q_latex(q)
    return text if (Fraction(q) >= 0 and Fraction(q).denominator == 1) else r"\left(%s\right)" % text


def _round_decimal(q: Fraction, places: int, up: bool) -> str:
    scaled = q * 10 ** places
    n = -((-scaled.numerator) // scaled.denominator) if up else scaled.numerator // scaled.denominator
    neg = n < 0
    digits = str(abs(n)).rjust(places + 1, "0")
    body = digits if places == 0 else digits[:-places] + "." + digits[-places:]
    return ("-" if neg else "") + body


def _places(lo: Fraction, hi: Fraction, digits: int = 10) -> int:
    big = max(abs(lo), abs(hi))
    if big == 0:
        return digits
    mag = 0
    while big >= 10:
        big /= 10
        mag += 1
    while big < 1 and mag > -40:
        big *= 10
        mag -= 1
    return max(0, min(60, digits - 1 - mag))


def enclosure_latex(x) -> str:
    r"""A number the checker computed: exact (``\frac{1}{2}``) or its rigorous enclosure, rounded outward
    (``\in [0.0903, 0.0904]``-style, ten significant digits)."""
    if isinstance(x, Fraction):
        return "= " + q_latex(x)
    lo, hi = endpoints(x)
    places = _places(lo, hi)
    return r"\in \left[%s,\ %s\right]" % (_round_decimal(lo, places, False), _round_decimal(hi, places, True))


def _as_float(x) -> float:
    """Display only (figures)."""
    if isinstance(x, Fraction):
        return x.numerator / x.denominator
    return float(mpmath.mpf(x.mid))


def _num_value(x) -> str:
    if isinstance(x, Fraction):
        return "= " + q_latex(x)
    return enclosure_latex(x)


def _cell(x) -> str:
    """A number in a table: exact, or its rigorous enclosure as an interval."""
    if isinstance(x, Fraction):
        return q_latex(x)
    return enclosure_latex(x).replace(r"\in ", "", 1)


def _stated(text) -> str:
    if not isinstance(text, str):
        return "?"
    if text.startswith("~"):
        return r"\approx " + text_escape(text[1:]).replace("e", r"\cdot 10^{") + ("}" if "e" in text else "")
    try:
        return q_latex(parse_rational(text))
    except CertificateError:
        return r"\text{%s}" % text_escape(text)


# ------------------------------------------------------------------------------------- vectors, matrices and displays

def tuple_latex(values) -> str:
    return r"\left(" + ",\\ ".join(q_latex(v) for v in values) + r"\right)"


def _pt(values) -> str:
    return tuple_latex(values) if len(values) > 1 else q_latex(values[0])


def _vec_or_scalar(values) -> str:
    return q_latex(values[0]) if len(values) == 1 else tuple_latex(values)


def _matrix_latex(rows) -> str:
    if len(rows[0]) == 1 and len(rows) > 1:
        return _colvec_latex([r[0] for r in rows])
    body = r" \\ ".join(" & ".join(q_latex(v) for v in row) for row in rows)
    return r"\begin{pmatrix} %s \end{pmatrix}" % body


def _colvec_latex(values) -> str:
    if len(values) == 1:
        return r"\begin{pmatrix} %s \end{pmatrix}" % q_latex(values[0])
    return r"\left(" + ",\\ ".join(q_latex(v) for v in values) + r"\right)^{\mathsf T}"


def _abbrev_list(items: list[str]) -> str:
    if len(items) <= 12:
        return ", ".join(items)
    return ", ".join(items[:6]) + r", \dots, " + ", ".join(items[-3:])


def _short_tuple(values, cap: int) -> str:
    if len(values) == 1:
        return _cell(values[0])
    shown = ",\\ ".join(_cell(v) for v in values[:cap])
    return r"\left(%s%s\right)" % (shown, r",\ \dots" if len(values) > cap else "")


def _short_vec(values) -> str:
    try:
        vals = [parse_coordinate(v) for v in (values[:9] if len(values) > 8 else values)]
    except CertificateError:
        return "?"
    if len(vals) > 8:
        return tuple_latex(vals[:6])[:-len(r"\right)")] + r",\ \dots\right)"
    return _pt(vals)


def _long_vector(name: str, values) -> str:
    chunks = [values[k:k + 8] for k in range(0, len(values), 8)]
    rows = [",\\ ".join(q_latex(v) for v in c) for c in chunks]
    return r"\begin{align*} %s = \bigl(& %s \bigr) \end{align*}" % (name, r", \\ & ".join(rows))


def _align_rows(rows: list[str]) -> str:
    return r"\begin{align*}" + "\n" + " \\\\\n".join(rows) + "\n" + r"\end{align*}"


def _sum_terms(parts: list[str]) -> list[str]:
    """The terms of a sum for display: negative ones in parentheses; after ten, the first five, \\dots and the
    last two (each term is listed above)."""
    parts = [(r"\left(%s\right)" % p if p.startswith("-") else p) for p in parts]
    return parts[:5] + [r"\dots"] + parts[-2:] if len(parts) > 10 else parts


def _sum_display(lhs: str, parts: list[str], value: str) -> str:
    """The display ``lhs = a + b + ... value`` (``value``: "= q" or an enclosure), on one line for up to four
    terms, else in an align* with four terms a line (wide exact fractions must not run off the page)."""
    terms = _sum_terms(parts)
    if len(terms) <= 4:
        return r"\[ %s = %s %s. \]" % (lhs, " + ".join(terms), value)
    lines = [" + ".join(terms[i:i + 4]) for i in range(0, len(terms), 4)]
    body = (r"%s &= %s" % (lhs, lines[0]) + "".join(" \\\\\n" + r"&\quad + %s" % line for line in lines[1:])
            + " \\\\\n" + r"&%s." % value)
    return "\\begin{align*}\n" + body + "\n\\end{align*}"
