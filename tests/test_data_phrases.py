r"""Data and models written in words around a claim's formula (``symconvex.data_phrases``): a data point is data,
never a set; the squared or absolute loss of a model on data is built from the model's definition; a formula that
uses the data's letters is taken at the data; descriptions ("of the Poisson family", ", the loss of a ... network,")
and a leading value ("With the output weight fixed at $v = 3$, ...") are read without changing the subject. Each
test asserts the function read (exactly), its variables, and the verdict with certificates the independent checker
accepts; an ambiguous claim is a one-line ``ClaimError``."""

import pytest
import sympy as sp

from symconvex.claims import parse_claim
from symconvex.errors import ClaimError
from symconvex.functions import relu, sigmoid
from answers import answered

a, b, u, v, w, w1, w2, eta, t0, t1 = sp.symbols("a b u v w w_1 w_2 eta theta_0 theta_1", real=True)


def _reads(text, function, variables, parameters=()):
    claim = parse_claim(text)
    assert sp.simplify(claim.function - function) == 0, claim.function
    assert [s.name for s in claim.variables] == variables
    assert [p.name for p in claim.parameters] == list(parameters)
    return claim


# ------------------------------------------------------------------ the loss of a model on data, built

@pytest.mark.parametrize("text, function, variables, holds", [
    # one point: (f(1) - 1)^2 with f(x) = u relu(v x); the variables are the model's parameters
    (r"The squared loss of $f(x) = u \max(0, v x)$ at the training example $(1, 1)$ is convex",
     (u * relu(v) - 1)**2, ["u", "v"], False),
    # two points, two parameters: the sum (a - 2)^2 + a^2 has second derivative 4
    (r"The mean squared error of the model $f(x) = a x$ on the samples $(1, 2)$ and $(-1, 0)$ is strictly convex",
     (a - 2)**2 + a**2, ["a"], True),
    # two points and a bias: Hessian 2 X^T X with X = [[2, 1], [-1, 1]], nonsingular
    (r"The squared loss of the linear model $g(x) = w x + b$ on the data $(2, 0)$, $(-1, 3)$ is strictly convex",
     (2 * w + b)**2 + (-w + b - 3)**2, ["b", "w"], True),
    # one point and a bias: constant along (1, -2), so convex but not strictly
    (r"The squared loss of $f(x) = w x + b$ on the data point $(2, 5)$ is strictly convex",
     (2 * w + b - 5)**2, ["b", "w"], False),
    # an input 0 leaves the loss constant in w: still a function of w, not strictly convex
    (r"The squared loss of $f(x) = w x$ on the observation $(0, 3)$ is strictly convex", sp.Integer(9), ["w"], False),
    # two inputs and a label per point
    (r"The squared loss of $f(x_1, x_2) = w_1 x_1 + w_2 x_2$ on the data points $(1, 0, 1)$, $(0, 1, 2)$ is "
     r"strictly convex", (w1 - 1)**2 + (w2 - 2)**2, ["w_1", "w_2"], True),
    # the absolute loss |f(x) - y|: convex, flat along a line
    (r"The absolute loss of $h(x) = w x + b$ on the example $(3, 1)$ is convex", sp.Abs(3 * w + b - 1), ["b", "w"],
     True),
    (r"The absolute loss of $h(x) = w x + b$ on the example $(3, 1)$ is strictly convex", sp.Abs(3 * w + b - 1),
     ["b", "w"], False),
    # fractions and decimals are exact: (w/2 + 1)^2 twice
    (r"The squared loss of $f(x) = w x$ on the data $(\frac{1}{2}, -1)$, $(0.5, -1)$ is strictly convex",
     2 * (w / 2 + 1)**2, ["w"], True),
    # a model named with a subscript; Greek parameters
    (r"The squared loss of $h_\theta(x) = \theta_1 x + \theta_0$ on the data point $(2, 1)$ is convex",
     (2 * t1 + t0 - 1)**2, ["theta_0", "theta_1"], True),
    # a prediction written y-hat is a function of x; a model with its parameters after a semicolon
    (r"The squared loss of the predictor $\hat y = w x + b$ on the data point $(3, 2)$ is strictly convex",
     (3 * w + b - 2)**2, ["b", "w"], False),
    (r"The squared loss of $f(x; w) = w x$ on the data point $(3, 2)$ is strictly convex", (3 * w - 2)**2, ["w"], True),
    # a function the claim defines, used by the model: the model's definition joins the claim's own
    (r"The squared loss of $f(x) = \rho(w x)$ on the example $(1, 2)$ is convex where $\rho(z) = \max(0, z)$",
     (relu(w) - 2)**2, ["w"], False),
    # the data phrase first, or after the property
    (r"On the data point $(1, 2)$, the squared loss of $f(x) = w x$ is strictly convex", (w - 2)**2, ["w"], True),
    (r"The squared loss of $f(x) = w x + b$ is strictly convex on the data points $(1, 2)$, $(2, 1)$",
     (w + b - 2)**2 + (2 * w + b - 1)**2, ["b", "w"], True),
    # the claim names its variables: the model's other letter is a parameter
    (r"The squared loss of $f(x) = u x + v$ on the example $(x, y) = (1, 2)$ is strictly convex in $u$",
     (u + v - 2)**2, ["u"], True),
])
def test_the_loss_of_a_model_on_data_is_built_from_the_model(text, function, variables, holds):
    claim = _reads(text, function, variables, [p for p in ("v",) if "in $u$" in text])
    assert "summed over the points" in claim.note
    assert answered(text).holds is holds


def test_a_written_loss_is_held_against_the_built_one():
    """", $(u \tanh(v) - 2)^2$," after the data is the subject, and must be the loss built from the model."""
    text = (r"The squared loss of $f(x) = u \tanh(v x)$ on the data point $(1, 2)$, $(u\tanh(v) - 2)^2$, is convex "
            r"in $(u, v)$")
    claim = _reads(text, (u * sp.tanh(v) - 2)**2, ["u", "v"])
    assert "shown symbolically" in claim.note
    assert answered(text).holds is False     # neither: along u at v = 0 the loss is constant 4; a saddle elsewhere
    with pytest.raises(ClaimError, match="not the loss of its model"):
        parse_claim(text.replace("- 2)^2$", "- 1)^2$"))


def test_a_written_mean_is_the_built_sum_times_a_positive_factor():
    """The written mean (1/2) sum is the built sum times 1/2: the same curvature, held exactly; -1/2 is not."""
    text = (r"The mean squared error of $f(x) = w x$ on the data $(1, 1)$, $(2, 2)$, $\frac{1}{2}((w - 1)^2 + "
            r"(2w - 2)^2)$, is strictly convex")
    claim = _reads(text, ((w - 1)**2 + (2 * w - 2)**2) / 2, ["w"])
    assert "times 1/2" in claim.note
    assert answered(text).holds is True
    with pytest.raises(ClaimError, match="not the loss of its model"):
        parse_claim(text.replace(r"$\frac{1}{2}((w", r"$-\frac{1}{2}((w"))


@pytest.mark.parametrize("text, match", [
    (r"The logistic loss of $f(x) = w x$ on the data point $(1, 1)$ is convex", "convention"),
    (r"The cross-entropy of $f(x) = \sigma(w x)$ on the example $(1, 0)$ is convex in $w$", "convention"),
    (r"The hinge loss of $f(x) = w x$ on the example $(1, -1)$ is convex", "convention"),
    (r"The loss of $f(x) = w x$ on the data point $(1, 1)$ is convex", "which loss"),
    (r"The squared loss of $f(x) = w x$ on the data point $(1, 2, 3)$ is convex", "inputs, label"),
    (r"The squared loss of $f(x) = w x$ on the example $(z, y) = (1, 1)$ is convex", "input is x"),
])
def test_an_ambiguous_loss_or_data_point_is_refused(text, match):
    with pytest.raises(ClaimError, match=match):
        parse_claim(text)


@pytest.mark.parametrize("text", [
    r"The squared loss of $f(x) = w x$ is strictly convex",                # no data: never read as w x itself
    r"The squared loss of the model $f(x_1, x_2) = w_1 x_1 + w_2 x_2$ is convex in $x_1, x_2$",
])
def test_the_loss_of_a_model_without_data_is_refused_never_read_as_the_model(text):
    with pytest.raises(ClaimError, match="names the loss of the model"):
        parse_claim(text)


def test_tuples_right_after_a_model_whose_loss_is_named_are_its_data():
    """"the squared error of $f(x) = w x$ on $(1, 2)$": the data (1, 2), not an interval of x (which would be about
    w x itself, with w a parameter)."""
    text = r"The squared error of $f(x) = w x$ on $(1, 2)$ is strictly convex"
    _reads(text, (w - 2)**2, ["w"])
    assert answered(text).holds is True


def test_a_loss_that_is_a_function_of_its_own_arguments_is_read_as_written():
    text = r"The loss of a linear network $L(w_1, w_2) = (w_2 w_1 - 2)^2$ is convex"
    _reads(text, (w1 * w2 - 2)**2, ["w_1", "w_2"])
    assert answered(text).holds is False


def test_words_added_to_the_loss_keep_the_claim_from_being_built():
    """"The squared loss plus weight decay of $f$ ..." is not the squared loss: never built as if it were."""
    text = r"The squared loss plus weight decay of $f(x) = w x$ on the data point $(1, 1)$ is convex"
    try:
        claim = parse_claim(text)
    except ClaimError:
        return
    assert claim.function != (w - 1)**2


# ------------------------------------------------------------------ a formula in the data's letters, at the data

@pytest.mark.parametrize("text, function, variables, parameters, holds", [
    (r"The squared loss $(w x - y)^2$ on the data points $(1, 2)$, $(2, 1)$ is strictly convex in $w$",
     (w - 2)**2 + (2 * w - 1)**2, ["w"], [], True),
    (r"The squared loss $(w x - y)^2$ on the data point $(3, 1)$ is affine in $w$", (3 * w - 1)**2, ["w"], [], False),
    (r"$(u x + v - y)^2$ is convex in $u, v$ at the data point $(x, y) = (-1, 2)$", (-u + v - 2)**2, ["u", "v"], [],
     True),
    # the head names the variable: b is a parameter, and (2w + b - 1)^2 is strictly convex in w for every b
    (r"The loss $\ell(w) = (w x + b - y)^2$ on the example $(x, y) = (2, 1)$ is strictly convex",
     (2 * w + b - 1)**2, ["w"], ["b"], True),
    # "i.e." restates the loss at the data: held against the formula taken at the data
    (r"The loss $(u x - y)^2$ at $(x, y) = (3, 1)$, i.e. $(3u - 1)^2$, is strictly convex in $u$", (3 * u - 1)**2,
     ["u"], [], True),
])
def test_a_formula_in_the_data_letters_is_taken_at_the_data(text, function, variables, parameters, holds):
    _reads(text, function, variables, parameters)
    assert answered(text).holds is holds


@pytest.mark.parametrize("text, function", [
    # numbered points and a formula that numbers its letters (in a sum): the points are definitions
    (r"The mean squared error $\frac{1}{2}\sum_{i=1}^{2} (w x_i - y_i)^2$ on the data $(x_1, y_1) = (1, 2)$ and "
     r"$(x_2, y_2) = (2, 1)$ is strictly convex", ((w - 2)**2 + (2 * w - 1)**2) / 2),
    # numbered points and a formula in x, y: the formula at each point, summed (never x, y left as parameters)
    (r"The squared loss $(w x - y)^2$ on the data $(x_1, y_1) = (1, 2)$ and $(x_2, y_2) = (2, 1)$ is strictly "
     r"convex in $w$", (w - 2)**2 + (2 * w - 1)**2),
])
def test_numbered_data_points_enter_the_formula_the_way_it_writes_them(text, function):
    _reads(text, function, ["w"])
    assert answered(text).holds is True


@pytest.mark.parametrize("text", [
    # bare points for a formula that numbers its letters: which point is x_1?
    r"The squared loss $\sum_{i=1}^{2} (w x_i - y_i)^2$ on the data $(1, 2)$ and $(2, 1)$ is strictly convex",
    # both kinds of letters
    r"The loss $(w x - y)^2 + (w x_1 - y_1)^2$ on the data $(x_1, y_1) = (1, 2)$, $(x_2, y_2) = (0, 1)$ is convex",
])
def test_data_points_the_formula_cannot_be_matched_with_are_refused(text):
    with pytest.raises(ClaimError):
        parse_claim(text)


def test_a_restatement_that_is_not_the_formula_at_the_data_is_refused():
    with pytest.raises(ClaimError):   # refused as two formulas that differ (here or by ``sentences``)
        parse_claim(r"The loss $(u x - y)^2$ at $(x, y) = (3, 1)$, i.e. $(3u - 2)^2$, is strictly convex in $u$")


@pytest.mark.parametrize("text, function, variables, holds", [
    # the formula has the data in it already: the data phrase only describes it
    (r"The squared loss $L(v) = (3v + 2)^2$ of a linear model on the example $(x, y) = (3, -2)$ is strictly convex",
     (3 * v + 2)**2, ["v"], True),
    (r"A sigmoid neuron with squared loss on $(x, y) = (1, 0)$: $(\sigma(w + b))^2$ is convex in $(w, b)$",
     sigmoid(w + b)**2, ["w", "b"], False),
    # the data go first, then the appositive that held them is a description
    (r"$L(v) = (4v - 1)^2$, the squared loss of a linear model on the example $(x, y) = (4, 1)$, is strictly convex",
     (4 * v - 1)**2, ["v"], True),
])
def test_a_data_phrase_the_formula_does_not_use_is_a_description(text, function, variables, holds):
    claim = _reads(text, function, variables)
    assert "description" in claim.note or "not used" in claim.note   # a title's data are read by ``sentences``
    assert answered(text).holds is holds


@pytest.mark.parametrize("text", [
    r"The loss $(w - y)^2$ on the point $(1, 1)$ is convex",              # which number is y?
    r"The squared loss $(w x - y)^2$ on the data $(1, 2, 3)$ is convex in $w$",   # three numbers, two letters
])
def test_data_that_does_not_say_which_letter_is_which_is_refused(text):
    with pytest.raises(ClaimError):
        parse_claim(text)


@pytest.mark.parametrize("text, domain", [
    (r"$x^2$ is convex on the set $(0, 1)$", [0 < sp.Symbol("x", real=True), sp.Symbol("x", real=True) < 1]),
    (r"$x^3$ is convex on the interval $(0, 2)$", [0 < sp.Symbol("x", real=True), sp.Symbol("x", real=True) < 2]),
])
def test_outside_a_claim_about_a_loss_a_pair_is_still_an_interval(text, domain):
    assert parse_claim(text).domain == domain
    assert answered(text).holds is True


# ------------------------------------------------------------------ descriptions between the formula and "is"

@pytest.mark.parametrize("text, function, variables, holds", [
    (r"The log-partition function $A(\eta) = \log(1 + e^{\eta})$ of the Bernoulli family is strictly convex",
     sp.log(1 + sp.exp(eta)), ["eta"], True),
    (r"The cumulant $K(\eta) = e^{\eta}$ of the Poisson distribution is concave", sp.exp(eta), ["eta"], False),
    (r"The loss $(u \sigma(v) - 1)^2$ of a one-hidden-unit sigmoid network is convex in $(u, v)$",
     (u * sigmoid(v) - 1)**2, ["u", "v"], False),
    (r"$(w_1 w_2 - 2)^2$, the loss of a two-layer linear network with one hidden unit, is convex",
     (w1 * w2 - 2)**2, ["w_1", "w_2"], False),
    (r"$(w_1 w_2 - 2)^2$, the loss of a two-layer linear network, is not concave",
     (w1 * w2 - 2)**2, ["w_1", "w_2"], True),
])
def test_a_description_of_the_formula_is_not_read(text, function, variables, holds):
    claim = _reads(text, function, variables)
    assert "describes the formula" in claim.note
    assert answered(text).holds is holds


@pytest.mark.parametrize("text", [
    r"$\log$ of the sigmoid is concave",                                    # "of" is the argument: log(sigmoid)
    r"$(w_1 w_2 - 1)^2$ of the first layer is convex",                      # names which letters vary
    r"$(w_1 w_2 - 1)^2$, the loss of a linear network with weight decay, is convex",   # adds a term
    r"$(w_1 w_2 - 1)^2$, the loss of a linear network on positive weights, is convex",  # a domain in words
    r"$(w_1 w_2 - 1)^2$ of a network in $w_1$ is convex",                   # math in the phrase
    r"$e^{z}$ of a linear model is strictly convex",     # e^{w x + b} of the weights is not strictly convex
])
def test_a_phrase_that_could_change_the_subject_is_refused(text):
    with pytest.raises(ClaimError):
        parse_claim(text)


# ------------------------------------------------------------------ fixed, without naming what

def test_fixed_without_naming_what_is_answered_only_when_every_reading_agrees():
    """(w_1 w_2 - 1)^2 is not convex jointly, but convex in w_2 for every fixed w_1: "With the first layer fixed"
    could mean either, so the claim is undecided (never refuted as the joint claim alone would be)."""
    for text in (r"With the first layer fixed, the loss $(w_1 w_2 - 1)^2$ is convex",
                 r"With the first layer fixed, the loss $(w_1 w_2 - 1)^2$ is not convex",
                 r"For a fixed first layer, the loss $(w_1 w_2 - 1)^2$ is convex",
                 r"Keeping the first layer frozen, the loss $(w_1 w_2 - 1)^2$ is convex",
                 r"$(w_1 w_2 - 1)^2$, the loss of a linear network with the first layer fixed, is convex"):
        claim = parse_claim(text)
        assert sorted(tuple(p.name for p in r.parameters) for r in claim.readings) == [("w_1",), ("w_2",)]
        assert answered(text).holds is None


@pytest.mark.slow   # three analyses, two of them parametric: about 3 s
def test_fixed_without_naming_what_is_decided_when_every_reading_agrees():
    """(relu(w_1) + relu(w_2) - 1)^2 is not convex jointly, nor in one weight for every value of the other (at 0)."""
    text = (r"$(\max(0, w_1) + \max(0, w_2) - 1)^2$, the loss of a ReLU network with two hidden units and fixed "
            r"output weights, is convex")
    claim = _reads(text, (relu(w1) + relu(w2) - 1)**2, ["w_1", "w_2"])
    assert len(claim.readings) == 2
    assert answered(text).holds is False


def test_fixed_with_named_variables_is_a_description():
    text = r"With the first layer fixed, the loss $(w_1 w_2 - 1)^2$ is convex in $w_2$"
    claim = _reads(text, (w1 * w2 - 1)**2, ["w_2"], ["w_1"])
    assert not claim.readings
    assert answered(text).holds is True


# ------------------------------------------------------------------ a leading value

@pytest.mark.parametrize("text, function, variables, holds", [
    # the value is used: (3w - 1)^2
    (r"With the output weight fixed at $v = 3$, the loss $(v w - 1)^2$ is strictly convex", (3 * w - 1)**2, ["w"],
     True),
    # v = 0 leaves the constant 1: not strictly convex in w
    (r"With the output weight fixed at $v = 0$, the loss $(v w - 1)^2$ is strictly convex in $w$", sp.Integer(1),
     ["w"], False),
    # a value the formula does not use (it has 3 in it already) is a label
    (r"With the second layer set to $v = 3$, the loss $(3\max(0, w) - 1)^2$ is convex in $w$", (3 * relu(w) - 1)**2,
     ["w"], False),
])
def test_a_leading_value_is_used_where_the_formula_has_its_letter(text, function, variables, holds):
    claim = _reads(text, function, variables)
    assert "gives a value" in claim.note
    assert answered(text).holds is holds
