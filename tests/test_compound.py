r"""Sentences of several claims (compound_claims, sentences/compound), property words typed with one slip
(sentences/typos) and claims about a neighbourhood of a point (neighbourhoods): each part answered about its own
subject with certificates the independent checker accepts, combined as the sentence says. The claims here are
written for this test, not taken from bench/corpus/compound.jsonl."""

import json
from fractions import Fraction

import pytest
import sympy as sp

from symconvex import ClaimError, check_claim
from symconvex.check import verify
from symconvex.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUTED, EXIT_UNDECIDED, main
from symconvex.sentences.compound import split_compound
from symconvex.sentences.typos import distance, property_of, read_typos


# ------------------------------------------------------------------------------------------ cutting sentences

@pytest.mark.parametrize("text, parts", [
    (r"$t^4$ and $e^{3t}$ are convex", [r"$t^4$ is convex", r"$e^{3t}$ is convex"]),
    (r"Both $u^2$ and $\cosh u$ are strictly convex on $u > 1$",
     [r"$u^2$ is strictly convex on $u > 1$", r"$\cosh u$ is strictly convex on $u > 1$"]),
    (r"$s^2$, $|s|$, and $e^{-s}$ are all convex", [r"$s^2$ is convex", r"$|s|$ is convex", r"$e^{-s}$ is convex"]),
    (r"Neither $\sin w$ nor $w^3$ is concave", [r"$\sin w$ is not concave", r"$w^3$ is not concave"]),
    (r"$z^2$ is convex but $z^5$ is not", [r"$z^2$ is convex", r"$z^5$ is not convex"]),
    (r"$z^2$ is convex, and so is $z^4$", [r"$z^2$ is convex", r"$z^4$ is convex"]),
    (r"$v^2$ is convex on $v > 0$ but not on $v < -1$", [r"$v^2$ is convex on $v > 0$", r"$v^2$ is not convex on $v < -1$"]),
])
def test_sentences_are_cut_into_their_claims(text, parts):
    got = split_compound(text)
    assert got is not None and got.how == "all"
    assert [" ".join(p.split()) for p in got.parts] == parts


@pytest.mark.parametrize("text", [
    r"$u^2 + v^2$ is convex for $u > 0$ and $v > 0$",       # a domain joined by "and"
    r"$u v$ is convex in $u$ and $v$",                     # a list of variables
    r"$\max(u, v)$ is jointly convex in $u$ and $v$",
    r"$\min(u, v)$ is concave",                            # the comma of a formula
    r"Let $g(s) = s^2$ and $h(s) = s^4$. Then $g + h$ is convex.",   # definitions, not claims
    r"$s^2$ is convex and strictly convex",                # one subject, two properties: one claim
])
def test_one_claim_is_never_cut(text):
    assert split_compound(text) is None


def test_a_name_defined_by_the_first_clause_is_defined_for_the_next():
    got = split_compound(r"$h(s) = s^4$ is convex, hence $-h$ is concave")
    assert got.parts[1].split() == r"$-h$ is concave where $h(s) = s^4$".split()


# ------------------------------------------------------------------------------------------ answers

@pytest.mark.parametrize("text, holds", [
    (r"$t^4$ and $e^{3t}$ are convex", True),
    (r"$t^4$ and $\sin t$ are convex", False),             # one part refuted: the conjunction is refuted
    (r"$z^2$ is convex but $z^5$ is not", True),
    (r"$z^5$ is convex but $z^2$ is not", False),
    (r"Neither $\sin w$ nor $w^3$ is concave", True),
    (r"$h(s) = s^4$ is convex, hence $-h$ is concave", True),
    (r"$h(s) = s^3 - s$ is convex, hence $-h$ is concave", False),
    (r"$|r|$ is convex but it is not strictly convex", True),
    (r"$\max(p, q)$ is convex whereas $\min(p, q)$ is concave", True),
])
def test_each_part_is_answered_about_its_own_subject(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    assert result.verified
    assert len(result.subclaims) >= 2
    for part in result.subclaims:     # each part's answer rests on certificates about that part's function
        claim = part.result.claim
        for cert in part.result.certificates:
            assert verify(cert)
            assert cert.variables == tuple(v.name for v in claim.variables)


def test_json_of_a_compound_keeps_the_contract_keys_and_lists_the_parts():
    d = json.loads(check_claim(r"$t^4$ and $\sin t$ are convex", timeout=30).to_json())
    assert {"holds", "facts", "curvature", "certificates", "verified", "error"} <= set(d)
    assert d["holds"] is False and d["facts"] == {} and d["curvature"] == "unknown" and d["compound"] == "all"
    assert [p["holds"] for p in d["parts"]] == [True, False]
    assert len(d["certificates"]) == sum(len(p["certificates"]) for p in d["parts"])
    assert all(set(p) >= {"says", "role", "function", "facts", "certificates"} for p in d["parts"])


def test_an_ordinary_claim_keeps_its_json_shape():
    d = check_claim(r"$t^4$ is convex", timeout=30).to_dict()
    assert "parts" not in d and "compound" not in d and d["property"] == "convex" and d["facts"]


def test_a_part_that_cannot_be_read_refuses_the_sentence_in_one_line():
    with pytest.raises(ClaimError, match="part 2") as err:
        check_claim(r"$t^4$ is convex and $\sin t$ is pseudoconvex", timeout=30)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("text, holds", [
    (r"$s^2$ is convex and $\sqrt{s}$ is concave on $s > 0$", True),     # both readings hold
    (r"$s^3$ is convex and $\sqrt{s}$ is concave on $s > 0$", None),     # s^3 on R: no; on s > 0: yes
    (r"$e^{s}$ is concave and $s^4$ is convex on $s > 0$", False),       # refuted in both readings
])
def test_a_domain_after_the_last_clause_is_read_both_ways(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds
    if holds is None:
        assert "disagree" in result.explanation


@pytest.mark.parametrize("text, holds", [
    (r"$b t^2$ is convex iff $b \ge 0$", True),
    (r"$b e^{t}$ is concave if and only if $b \le 0$", True),
    (r"$b t^2$ is strictly convex iff $b > 0$", True),
    (r"$b t^2$ is convex iff $b > 0$", False),         # b = 0 is convex too
    (r"$b t^4$ is convex iff $b \ge 1$", False),       # b = 1/2 is convex
    (r"$b t$ is affine iff $b \ge 0$", False),
])
def test_iff_with_a_condition_needs_both_directions(text, holds):
    result = check_claim(text, timeout=60)
    assert result.holds is holds
    roles = [p.role for p in result.subclaims]
    assert roles[0] == "for the condition"
    if holds is True:
        assert roles[-1] == "converse" and result.subclaims[-1].result.holds is True
        assert result.subclaims[-1].result.claim.parameters   # "Q for every value", not one instance
    else:
        refuting = [p for p in result.subclaims if p.role.startswith("converse at")]
        assert refuting and refuting[-1].result.holds is True
        assert not refuting[-1].result.claim.parameters       # a claim about one instance, checked as such


def test_iff_stays_undecided_when_the_converse_is_not_proved():
    result = check_claim(r"$b t^2 + t^4$ is convex iff $b \ge 0$", timeout=60)   # true, converse needs f''(0) < 0
    assert result.holds is None and "converse" in result.explanation


@pytest.mark.parametrize("text, holds", [
    (r"$t^2$ is strictly convex if and only if it is convex", True),
    (r"$t^4 + |t|$ is strictly convex iff it is convex", True),
    (r"$\max(t, 0)$ is strictly convex iff it is convex", False),
])
def test_iff_between_two_claims_compares_their_truths(text, holds):
    assert check_claim(text, timeout=30).holds is holds


def test_monotonicity_in_a_sentence_is_refused_by_name():
    with pytest.raises(ClaimError, match="monotonicity"):
        check_claim(r"$e^{2t}$ is convex and increasing", timeout=30)


def test_cli_exit_status_of_compound_sentences(capsys):
    assert main(["check", r"$t^4$ and $e^{3t}$ are convex"]) == EXIT_OK
    assert main(["check", r"$t^4$ and $\sin t$ are convex"]) == EXIT_REFUTED
    assert main(["check", r"$s^3$ is convex and $\sqrt{s}$ is concave on $s > 0$"]) == EXIT_UNDECIDED
    assert main(["check", r"$t^4$ is convex and $\sin t$ is pseudoconvex"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:")


def test_no_latex_document_mixes_the_parts(capsys, tmp_path):
    out = tmp_path / "p.tex"
    assert main(["check", "--latex", str(out), r"$t^4$ and $e^{3t}$ are convex"]) == EXIT_BAD_INPUT
    assert not out.exists()


# ------------------------------------------------------------------------------------------ slips

@pytest.mark.parametrize("word, meant", [("covnex", "convex"), ("convx", "convex"), ("concvae", "concave"),
                                         ("stricly", "strictly"), ("cocnave", "concave"), ("afine", "affine"),
                                         ("nonconvx", "nonconvex")])
def test_one_slip_from_one_property_word_is_read(word, meant):
    assert property_of(word) == meant
    assert distance(word, meant) == 1


@pytest.mark.parametrize("word", ["conex", "convec", "cone", "convex", "strict", "cnvx", "covex-ish"])
def test_a_slip_near_two_words_or_a_word_itself_is_not_read(word):
    assert property_of(word) is None


@pytest.mark.parametrize("text, holds", [
    (r"$t^4 + t^2$ is covnex", True),
    (r"$\sqrt{t}$ is concvae on $t > 0$", True),
    (r"$t^3$ is convx on $t < 0$", False),
    (r"$t^2 + s^2$ is stricly convex", True),
])
def test_a_slip_is_answered_with_a_note(text, holds):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and "read '" in result.claim.note


@pytest.mark.parametrize("text", [r"$t^4$ is covnex in $q$", r"$t^4 +$ is convx", r"$)($ = 2 is concvae"])
def test_a_slip_in_a_claim_that_stays_unreadable_gives_the_first_refusal(text):
    with pytest.raises(ClaimError) as err:
        check_claim(text, timeout=30)
    assert "\n" not in str(err.value)


def test_an_ambiguous_slip_is_refused_naming_both_words():
    with pytest.raises(ClaimError, match="'convex' and from 'cone'"):
        check_claim(r"$t^4$ is conex", timeout=30)


def test_slips_inside_math_are_never_changed():
    assert read_typos(r"$\mathrm{covnex}(t)$ is convex") is None


# ------------------------------------------------------------------------------------------ neighbourhoods

@pytest.mark.parametrize("text, holds, point", [
    (r"$t^3$ is locally convex near $t = 2$", True, (2,)),
    (r"$t^3 - 12 t$ is locally concave around $t = -1$", True, (-1,)),
    (r"$\cos t$ is locally convex near $t = 3$", True, (3,)),         # cos 3 < 0: -cos t'' > 0 near 3
    (r"$t^3$ is locally convex near $t = -2$", False, (-2,)),
    (r"$t^4 - 3 t^2$ is convex near the origin", False, (0,)),
    (r"$s t$ is locally convex near $(1, -1)$", False, (1, -1)),
    (r"$s^2 + t^4$ is locally convex near the origin", True, (0, 0)),
])
def test_a_neighbourhood_claim_is_proved_on_a_stated_box_or_refuted_at_the_point(text, holds, point):
    result = check_claim(text, timeout=30)
    assert result.holds is holds and result.verified
    assert "locally near" in result.claim.note
    if holds:
        # the certificates are about the function on an open box around the point, which the domain states
        dom = result.claim.domain
        for v, c in zip(result.claim.variables, point):
            lows = [d.rhs for d in dom if d.lhs == v and isinstance(d, sp.StrictGreaterThan)]
            highs = [d.rhs for d in dom if d.lhs == v and isinstance(d, sp.StrictLessThan)]
            assert lows and highs and lows[0] < c < highs[0]
    else:
        curv = [c for c in result.certificates if c.kind == "curvature"]
        assert curv and all(tuple(Fraction(x) for x in c.point) == tuple(Fraction(x) for x in point) for c in curv)
        assert all(verify(c) for c in curv)


def test_a_neighbourhood_claim_with_zero_curvature_at_the_point_stays_undecided():
    assert check_claim(r"$t^3$ is locally convex near $t = 0$", timeout=30).holds is None


@pytest.mark.parametrize("text", [r"$t^2$ is locally convex", r"$e^t$ is locally concave."])
def test_locally_with_no_point_is_refused(text):
    with pytest.raises(ClaimError, match="no point"):
        check_claim(text, timeout=30)
