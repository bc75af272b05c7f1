"""Session 11's blind corpus of everyday pasted claims (bench/corpus/everyday11.jsonl) and the reading mechanisms
its WRONG answer and refusals exposed. Ground truth: ``bench/corpus/truth/verify_spec.py everyday11`` (too slow
for the default run); here the rows are checked for shape, and each mechanism on claims of the same kind written
for this test (never the corpus lines), with the verdict the mathematics gives."""

import json
import sys
from pathlib import Path

import pytest

from symconvex import ClaimError, check_claim
from symconvex.sentences.leads import region_query
from marks import slow_except  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus" / "everyday11.jsonl"


def _rows():
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_everyday11_rows_are_well_formed_and_match_the_spec():
    rows = _rows()
    assert len(rows) >= 300 and len({r["claim"] for r in rows}) == len(rows)
    sys.path.insert(0, str(ROOT / "bench" / "corpus" / "truth"))
    try:
        import gen_spec
        import spec_everyday11
    finally:
        sys.path.pop(0)
    assert rows == list(gen_spec.lines(spec_everyday11.ENTRIES, spec_everyday11.NULLS))
    nulls = [r for r in rows if r["holds"] is None]
    assert len(nulls) == len(spec_everyday11.NULLS) >= 20
    for row in spec_everyday11.NULLS:   # an ambiguous row names two readings, whose truths the verifier compares
        assert not row["readings"] or len(row["readings"]) == 2


# ---- a question whose answer is a set is no claim (the WRONG answer of the first run) --------------------------

WHERE_QUESTIONS = [
    r"Find where $t^3 - 12t$ is convex",            # x^3-like: "false" would answer a question nobody asked
    r"Determine where $e^{-t^2}$ is concave.",
    r"Where is $t^4 - t^2$ concave?",
    r"When is $t^3$ concave?",
    r"On which intervals is $\sin t$ convex?",
    r"Find the interval on which $t^3 + t$ is concave",
    r"Identify the region where $uv$ is convex",
    r"For what values of $t$ is $t^5$ convex?",
    "find where t^3 is concave",
]


def test_region_query_names_the_words_and_leaves_yes_no_questions():
    assert region_query("Find the intervals on which ") == "'on which'"
    assert region_query("Identify the region where ", "$xy$") == "'region where'"
    assert region_query("On the set where ", "$t > 0$") is None   # a condition written first, not a question
    assert region_query("Where is ") == "'Where is'"
    for lead in ("Determine whether ", "Is ", "Check if ", "The function ", "When ", "For "):
        assert region_query(lead) is None
    assert check_claim(r"Determine whether $t^4 + t$ is convex.").holds is True
    assert check_claim(r"When $t > 0$, $t^3$ is convex").holds is True


def test_a_where_question_with_its_answer_is_still_read():
    assert check_claim(r"Find where $t^3$ is concave: it is concave on $t \le 0$").holds is None or \
        check_claim(r"Find where $t^3$ is concave: it is concave on $t \le 0$").holds is True
    assert check_claim(r"Find where $t^3$ is concave: it is concave on $t \le 1$").holds is False


# ---- "True or false:" with no answer is the statement it asks about ------------------------------------------

TRUE_OR_FALSE = [
    (r"True or false: $t^4 + e^{t}$ is strictly convex.", True),
    (r"True or false: $\cos t$ is concave on $[-1, 1]$", True),
    (r"True/False: $t^3$ is convex", False),
    (r"T/F: $|t| - t^2$ is concave.", False),
    ("True or false? e^(2t) is convex", True),
    ("**True or false:** $-t^2$ is concave", True),
    (r"True or false: $t^4$ is convex. False.", False),    # with its answer: the negation, as before
]


TRUE_OR_FALSE_WITH_MORE = [r"True or false: $t^3$ is convex. Explain.",
                                   r"True or false: $t^3$ is convex. Nope."]


# ---- Markdown and chat habits ------------------------------------------------------------------------------

MARKDOWN_AND_CHAT = [
    ("**Is `exp(-t)` convex?**", True),
    (r"__Is $t^3$ concave?__", False),
    (r"$t^4$ is *not* concave", True),
    (r"$e^t$ is *strictly* convex", True),
    (r"* $t^2 + 1$ is convex", True),
    (r"+ $\log t$ is concave on $t > 0$", True),
    (r"- $g(t) = -t^2$ is concave", True),
    (r"**$t^4$** is convex", True),
    (r"$\sqrt{t}$ is concave on $t > 0$!", True),
    ("Is t^4 convex? thanks", True),
    (r"Is $t^3$ convex? Thanks in advance!", False),
    ("is t^3 concave or not", False),
    (r"Is $e^{t}$ convex or not?", True),
]


MINUS_OR_FACTORIAL = [
    r"- $t^2$ is concave",          # a bullet, or minus t^2 (concave)? not guessed
    "t! is convex for t > 0",       # a factorial typed plainly stays a factorial (refused), never dropped
    "u^2 is convex for u > 2!",
]


# ---- LaTeX and unicode spellings ---------------------------------------------------------------------------

SPELLINGS = [
    (r"$3\,u^2 + v^2$ is strictly convex", True),
    (r"$u\;v$ is convex", False),
    (r"$g(u) = u^2\,e^{-u}$ is convex on $u \ge 4$", True),
    ("e⁻ᵗ is convex", True),
    ("u⁻¹ is convex for u > 0", True),
    ("u⁻¹ is concave for u > 0", False),
    (r"$g\colon \mathbb{R} \to \mathbb{R}$, $g(u) = u^4 - u$ is convex", True),
    (r"$h\colon (0, \infty) \to \mathbb{R}, u \mapsto u^3$ is convex", True),
    (r"$\exp(\cdot)$ is strictly convex", True),
    (r"$|\cdot|$ is strictly convex", False),
    (r"$\max\{0, \cdot\}$ is convex", True),
    ("tanh(·) is convex", False),
]


@pytest.mark.parametrize("claim", [
    "e⁻ᵗ² is convex",               # e^{-t^2} or e^{-t_2}? a superscript cannot hold a superscript
    r"$e^{(t)}$ is concave",         # Euler's e to the power t, once read as a variable named e^{(t)}
    r"$u^{(2u)}$ is convex",         # no index inside the parentheses
    r"$\|\cdot\|$ is convex",        # a norm of a vector whose size is not said
])
def test_spellings_that_are_not_guessed(claim):
    result = None
    try:
        result = check_claim(claim)
    except ClaimError:
        return
    # e^{(t)} may also be read as the power e^t (concave: false); never as a variable
    assert claim == r"$e^{(t)}$ is concave" and result.holds is False


@pytest.mark.parametrize("claim, holds, domain", [
    # the signature's domain, carried by a map's argument (it was dropped: the claim was answered on R)
    (r"$k: (0, \infty) \to \mathbb{R}, t \mapsto t^3$ is convex", True, "t > 0"),
    (r"$k\colon [1, \infty) \to \mathbb{R}$, $t \mapsto \log t - t^2$ is concave", True, "t >= 1"),
    (r"$k: (-\infty, 0) \to \mathbb{R}, t \mapsto t^3$ is convex", False, "t < 0"),
])
def test_a_signature_before_a_map_states_the_domain(claim, holds, domain):
    result = check_claim(claim)
    assert result.holds is holds and [str(c) for c in result.claim.domain] == [domain]


def test_a_signature_domain_no_argument_carries_is_refused():
    with pytest.raises(ClaimError, match="names no argument"):
        check_claim(r"$k: (0, 2) \to \mathbb{R}$, $t^3 - 3t$ is concave")


@pytest.mark.parametrize("claim, function", [
    (r"$|u| \cdot |v|$ is convex", "Abs(u)*Abs(v)"),     # a product of two bars: no dot stands for an argument
    ("|u|·|v| is convex", "Abs(u)*Abs(v)"),
    (r"$(u) \cdot (v)$ is convex", "u*v"),
])
def test_a_dot_between_operands_is_a_product(claim, function):
    from symconvex.claims import parse_claim
    assert str(parse_claim(claim).function) == function


def test_a_parenthesized_index_is_still_a_name():
    assert check_claim(r"$(x^{(1)} - x^{(2)})^2$ is convex").holds is True
    assert check_claim(r"$W^{(l-1)} W^{(l)}$ is convex").holds is False


# ---- definitions in a row, and definitions in words --------------------------------------------------------

DEFINITIONS = [
    (r"Let $p(t) = t^3$ and $q(t) = t^4$. Is $q$ convex?", True),
    (r"Let $p(t) = t^3$, $q(t) = t^4$ and $r(t) = q(t) - p(t)$. Then $r$ is convex.", False),
    (r"Let $p(t) = e^{t}$; $q(t) = e^{-t}$. $q$ is convex.", True),
    ("p(t) = t^2, q(t) = -t^2. Is q concave?", True),
    (r"Let $p(t) = e^{2t}$, $q(t) = t^2$ and $r = p + q$. Is $r$ strictly convex?", True),
    (r"Let $p(t) = t^2$, $q(t) = t^4$ and $r = p - q$. Is $r$ concave?", False),
    (r"Given $p(t) = t^4 - t$, show $p$ is convex.", True),
    (r"Let $p$ be defined by $p(t) = |t|^3$. Then $p$ is convex.", True),
    (r"Define $p: \mathbb{R} \to \mathbb{R}$ by $p(t) = t^3$. Then $p$ is convex.", False),
    (r"Let $p: (0, \infty) \to \mathbb{R}$ be defined by $p(t) = t^3$. Show that $p$ is convex.", True),
    (r"The function $p$ defined by $p(t) = \log t$ is concave", True),
]


UNDEFINED_SUBJECTS = [
    r"Let $p(t) = t^3$ and $q(t) = t^4$. Then $r$ is convex.",     # r is defined nowhere
    r"Let $p(t) = t^2$ and $r = p + s$. Is $r$ convex?",           # s is no function defined before
    r"$r$ is convex where $p(t) = t^2$ and $r = p + 1$",            # p used bare in a value: never a variable
    r"$q$ is concave where $p(t) = t^3$",                           # q defined nowhere: not the variable q
    r"Let $p$ be defined by $q(t) = t^2$. Then $p$ is convex.",    # the definition names another function
]


# ---- functions named in words --------------------------------------------------------------------------------

NAMED_FUNCTIONS = [
    (r"The Huber loss with $\delta = 3$ is convex", True),
    (r"The Huber loss with $\delta = 1/4$ is strictly convex", False),
    ("The Huber loss (M = 2) is concave", False),
    ("The Huber function is convex", True),
    ("The GELU activation is concave", False),
    ("The swish activation is convex", False),
    ("The squared hinge loss is convex", True),
    ("The log-cosh loss is convex", True),
    ("The negative entropy is strictly convex", True),
    ("The binary entropy is strictly concave", True),
    (r"$\log \sigma(u)$ is concave, where $\sigma$ is the sigmoid", True),
    (r"$\sigma(u) + u^2$ is convex where $\sigma$ denotes the softplus function", True),
    (r"$\rho(u - 1)$ is concave, with $\rho$ the ReLU", False),
]


LETTERS_USED_AS_VARIABLES = [
    r"$u^2$ is convex where $u$ is the exponential",       # u is a variable here: exp(x)^2 or u^2? not guessed
    r"$g(u) = u^2$ is convex where $u$ is the sigmoid",
]


def test_a_threshold_for_a_name_that_has_none_is_not_read():
    with pytest.raises(ClaimError):
        check_claim(r"The cosine with $\delta = 2$ is concave")


# ---- domains in words: "real", "reals", "real numbers" after a sign word or a quantifier -----------------------

REAL_WORDS = [
    (r"$t^3 - t$ is convex for all positive reals", True),
    (r"$t^3 + t$ is concave for all negative real numbers", True),
    ("t^3 is concave for all positive real t", False),
    ("1/t is convex for all negative reals", False),
    ("t^4 - t is convex for every real number t", True),
    ("t^4 - t^2 is convex for all real numbers", False),
    (r"$e^{c t}$ is convex in $t$ for every real number $c$", True),
]


CONTRACTIONS_AND_ADVERBS = [
    (r"$t^4$ isnt concave", True),
    (r"$e^t$ is'nt convex", False),
    (r"$t^3$ is clearly convex on $t > 0$", True),
    (r"$|t|$ is obviously not strictly convex", True),
    (r"$t^2 - t^4$ is certainly concave", False),
]


WEAKENING_ADVERBS = [r"$t^3$ is almost convex", r"$t^3$ is nearly concave on $t < 1$"]


PYTHON_SESSION = [
    (">>> g = t**4 - t  # is this convex?", True),
    ("h = np.exp(-t)  # is it concave?", False),
    ("loss = (a*b - 2)**2  # it's not convex", True),
    (">>> t**2 - 3*t is strictly convex", True),
]


# ---- every table above: the verdict the mathematics gives, or a one-line refusal -------------------------------

@pytest.mark.parametrize("claim, holds", slow_except(
    [*TRUE_OR_FALSE, *MARKDOWN_AND_CHAT, *SPELLINGS, *DEFINITIONS, *NAMED_FUNCTIONS, *REAL_WORDS,
     *CONTRACTIONS_AND_ADVERBS, *PYTHON_SESSION], keep=range(0, 48, 3), several=True))
def test_read_with_the_verdict_the_mathematics_gives(claim, holds):
    assert check_claim(claim).holds is holds


@pytest.mark.parametrize("claim", [*WHERE_QUESTIONS, *TRUE_OR_FALSE_WITH_MORE, *MINUS_OR_FACTORIAL, *UNDEFINED_SUBJECTS,
                                   *LETTERS_USED_AS_VARIABLES, *WEAKENING_ADVERBS])
def test_refused_not_guessed(claim):
    with pytest.raises(ClaimError):
        check_claim(claim)
