"""Shared test helpers: the external programs some tests need (pdflatex, pdftotext).

Slow cases: the README's ``pytest`` deselects tests marked ``slow`` (pyproject.toml's ``addopts``) and ``.ci/run``
runs them with ``pytest -m slow``. Most are marked in their own files (``tests/marks.py`` for parametrized ones);
``SLOW_CASES`` marks a few parametrized cases of tables that other work extends row by row, by the start of their
test id, so that a new row neither conflicts with the mark nor is slowed down by it.

A test that needs pdflatex calls ``require_tool("pdflatex")`` (or uses the ``pdflatex`` fixture): when the
program is absent it is skipped with the one-line reason "pdflatex not installed", unless the environment sets
``SYMCONVEX_REQUIRE_PDFLATEX=1`` (as ``.ci/run`` does), in which case it fails. The README's test command thus
passes on a fresh machine without TeX, and CI still runs every compile test.

The first run after a clone: the controlling process of an xdist run compiles the package and rewrites the test
modules once, in two processes, before the workers start (``_warm_bytecode``), instead of every worker compiling
everything for itself.

Parallel runs: pyproject.toml's ``addopts`` runs the tests in pytest-xdist workers, one per CPU this process may
use (``pytest_xdist_auto_num_workers``); ``-n 0`` runs them in one process. The size of the trusted kernel is printed
by the terminal summary of the controlling process (workers have no terminal) after a run in which the kernel test of
tests/test_layers.py passed: that test, the one place the numbers are computed, attaches its lines to its report.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import sys

import pytest

# Compiled bytecode is cached (in the git-ignored __pycache__ folders) even where the environment sets
# PYTHONDONTWRITEBYTECODE: without it every test worker compiles every module from source and pytest rewrites the
# asserts of every test module again on each run, about a third of the default run's CPU time on two cores.
sys.dont_write_bytecode = False

#: The Debian package that provides each program the tests call.
TOOL_PACKAGES = {"pdflatex": "texlive-latex-base texlive-latex-recommended", "pdftotext": "poppler-utils"}


def tools_required() -> bool:
    """True when a missing pdflatex (or pdftotext) must fail the tests instead of skipping them."""
    return os.environ.get("SYMCONVEX_REQUIRE_PDFLATEX", "") == "1"


def require_tool(name: str) -> str:
    """The path of program ``name``; skip the calling test when it is absent (fail under
    ``SYMCONVEX_REQUIRE_PDFLATEX=1``)."""
    exe = shutil.which(name)
    if exe is not None:
        return exe
    reason = f"{name} not installed"
    if tools_required():
        pytest.fail(f"{reason} (SYMCONVEX_REQUIRE_PDFLATEX=1; apt-get install {TOOL_PACKAGES.get(name, name)})")
    pytest.skip(reason)


#: (file, test, start of the parametrized id): cases marked slow (module docstring).
SLOW_CASES = [
    ("tests/test_check_proofs.py", "test_every_one_number_tamper_is_rejected", "hessian-logistic"),
    ("tests/test_check_proofs.py", "test_every_one_number_tamper_is_rejected", "hessian-lse"),
    ("tests/test_check_proofs.py", "test_every_one_number_tamper_is_rejected", "hessian-geo_mean"),
    ("tests/test_decompose.py", "test_hessian_proves", "f1-"),
    ("tests/test_minima.py", "test_the_search_on_a_dask_cluster_finds_what_local_workers_find", ""),  # a cluster
    ("tests/test_joint_domains.py", "test_strict_convexity_under_a_joint_constraint", ""),  # seconds of range signs
    ("tests/test_joint_domains.py", "test_ranges_contain_every_value_at_random_points", ""),  # a long property
    ("tests/test_joint_domains.py", "test_the_cli_refuses_a_non_convex_joint_domain_with_status_2", ""),  # a subprocess
    ("tests/test_rules.py", "test_row_smooth_scalar_atom", "tanh"),
    ("tests/test_rules.py", "test_row_smooth_scalar_atom", "sigmoid-"),
    ("tests/test_rules.py", "test_row_norm2", "weights2"),
    # Each of the following takes about a second of CPU or more (2026-12, two cores); what stays in the default run:
    ("tests/test_breadth_acceptance.py", "test_every_why_example_is_decided_as_the_issue_says",
     r"$-\\log(s t - r^2)$"),  # the same claim is in test_joint_domains's table
    ("tests/test_joint_domains.py", "test_claims_with_joint_signs_and_domains",
     r"$\\log(u v - w^2)$"),  # the -log rows stay
    ("tests/test_joint_domains.py", "test_isolated_zeros_with_range_signs",
     ""),  # nonzero_at pivots: test_analysis, test_facts
    ("tests/test_joint_domains.py", "test_strict_concavity_on_a_closed_interval_with_range_signs", ""),
    ("tests/test_joint_domains.py", "test_a_claim_on_a_jointly_convex_domain_shows_its_domain_certificate", ""),
    ("tests/test_joint_domains.py", "test_the_cli_verifies_a_domain_certificate_file", ""),  # two Python start-ups
    ("tests/test_parametric.py", "test_an_exact_jensen_equality_with_a_parameter_is_decided_with_its_value", ""),
    ("tests/test_latex.py", "test_natural_domain_that_is_everything_is_named", ""),
    ("tests/test_atom_rules.py", "test_row_norm_p", "p3"),  # p2 stays
    ("tests/test_vectors.py", "test_vector_claims_are_answered_about_the_expanded_function",
     r"$\\log \\sum_{i=1}^n e^{x_i}$ is convex"),  # the strictly convex row on R^2 stays
    ("tests/test_minima.py", "test_safran_shamir_k6_tampered_twins_are_rejected", ""),  # a subset of the slow "every"
    ("tests/test_check_intervaljets.py", "test_box_jets_enclose_value_gradient_and_hessian_everywhere_in_the_box",
     "narrow-1"),  # box-1 and box-2 keep these functions
    ("tests/test_check_intervaljets.py", "test_box_jets_enclose_value_gradient_and_hessian_everywhere_in_the_box",
     "narrow-2"),
    # pdflatex compiles beyond the default one (tests/test_latex.py's 1-8-1 midpoint proof), as the README says:
    ("tests/test_minima.py", "test_cli_safran_shamir_writes_a_certificate_and_a_proof", ""),  # k = 6 stays
    ("tests/test_minima.py", "test_latex_proof_of_a_minimum_compiles", ""),
    ("tests/test_auer.py", "test_cli_landscape_auer_writes_a_verified_count_and_a_proof", ""),
    ("tests/test_minima.py", "test_cli_search_runs_through_the_batch_workers", ""),  # 12 descents; replay stays
    # Seconds of waiting on a server: the web app's API and page tests stay in the default run.
    ("tests/test_web.py", "test_browser_paste_a_seed_claim_see_the_answer_and_verify_the_download", ""),  # a browser
    ("tests/test_web.py", "test_a_slow_request_does_not_hold_up_a_quick_one", ""),
    ("tests/test_web.py", "test_worker_past_its_deadline_is_killed", ""),  # the request time limit test stays
    # Over a second each, with a faster test of the same behaviour in the default run (named after each row):
    ("tests/test_check_limits.py", "test_analyze_keeps_its_deadline_on_a_convex_softplus_of_exp_sum", ""),
    # ... tests/test_analysis.py::test_the_search_and_the_checks_end_within_the_analysis_time_limit
    ("tests/test_claims.py", "test_timeout_gives_undecided_not_a_hang", ""),  # ...a_search_that_never_ends...
    ("tests/test_check_operators.py", "test_the_box_walk_caps_its_nodes", ""),  # ...test_a_deep_tree_is_walked...
    ("tests/test_soundness_properties.py", "test_sums_of_weighted_relus_are_never_misclassified", ""),  # other props
    ("tests/test_scale.py", "test_both_product_paths_match_sympy_hessian_and_generic_evaluator",
     "leaky_relu:1/10-squared-3"),
    ("tests/test_joint_domains.py", "test_analysis_on_a_jointly_convex_domain_carries_the_checked_certificate", ""),
    # ... test_claims_with_joint_signs_and_domains
    ("tests/test_atom_rules.py", "test_row_norm_p", "p2"),  # the other exponents stay
    # Added with the session-15 corpora's tests (each row a whole claim analysis of about a second):
    ("tests/test_closed_joint.py", "test_closed_intervals_with_irrational_ends", r"$\\frac{x}{x^2+1}$"),
    ("tests/test_closed_joint.py", "test_closed_intervals_with_irrational_ends", r"$x^4 - 6x^2$"),  # 1/(1+x^2) stays
    ("tests/test_atom_rules.py", "test_claims_of_the_rule_families", r"$t e^{x/t}$"),
    ("tests/test_atom_rules.py", "test_claims_of_the_rule_families", r"$(|x|^4 + |y|^4)^{1/4}$"),  # x^p rows stay
    ("tests/test_user_trial15.py", "test_web_proof_is_the_claims_proof", r"$(w - 1)^2"),  # ...written_at_one_value
    ("tests/test_check_intervaljets.py", "test_box_jets_enclose_value_gradient_and_hessian_everywhere_in_the_box",
     "box-1"),  # the other boxes stay
    # session 6's families: the slowest claim of each table, the table's other rows of the same kind stay
    ("tests/test_strict_families.py", "test_strictness_of_maxima_and_of_sums_of_functions_of_affine_forms",
     "$\\\\log(1 + e^{x + 2y}) + (x - y)^2$"),
    ("tests/test_strict_families.py", "test_a_strictly_monotone_function_of_a_strictly_convex_one",
     "$((x - 1)^2 + y^2)^{3/2} + x$"),
    ("tests/test_strict_families.py", "test_a_function_of_one_form_is_refuted_strictly_convex_along_the_forms_kernel",
     "$\\\\arctan(x - 3y)$"),
    ("tests/test_sums_products.py", "test_claims_with_sums_and_products", "$\\\\log \\\\sum_{i=1}^{3} e^{x_i}$ is convex"),
    ("tests/test_ends.py", "test_claims_on_irrational_ends_are_proved_and_forged_twins_rejected", "$e^{-x^2}$"),
    ("tests/test_ends.py", "test_claims_on_irrational_ends_are_proved_and_forged_twins_rejected",
     "$\\\\frac{1}{1+x^2}$ is strictly convex"),
    ("tests/test_strict_families.py", "test_strictness_of_maxima_and_of_sums_of_functions_of_affine_forms",
     "$(2x + y)^2 + (x - 3y)^4$"),
    ("tests/test_strict_families.py", "test_a_strictly_monotone_function_of_a_strictly_convex_one",
     "$\\\\sqrt{9 - x^2 - 4y^2}$"),
    ("tests/test_atom_rules.py", "test_claims_of_the_rule_families", "The loss $\\\\frac{(x + 2y)^4}{(x - y)^3}$"),
    ("tests/test_scale.py", "test_both_checker_paths_reject_every_tampered_twin_with_the_same_message",
     "identity-2-outputs"),
    # Session 7: claims that another default test decides the same way, with checked certificates (named after each):
    ("tests/test_breadth_acceptance.py", "test_every_why_example_is_decided_as_the_issue_says",
     "$|x| + |x - 2|$ is convex"),  # tests/test_pieces.py::test_abs_sum_is_convex_not_strictly
    ("tests/test_breadth_acceptance.py", "test_every_why_example_is_decided_as_the_issue_says",
     r"$\\tan x$ is convex"),  # tests/test_trig.py::test_proofs_by_rules
    ("tests/test_breadth_acceptance.py", "test_every_why_example_is_decided_as_the_issue_says",
     r"$\\|x\\|_2$ is convex"),  # tests/test_vectors.py::test_vector_claims_are_answered_about_the_expanded_function
    ("tests/test_breadth_acceptance.py", "test_every_why_example_is_decided_as_the_issue_says",
     r"$\\frac{e^{2x}}{3 - x}$"),  # tests/test_atom_rules.py::test_claims_of_the_rule_families
    ("tests/test_breadth_acceptance.py", "test_every_why_example_is_decided_as_the_issue_says",
     r"$x^\\top A x$"),  # tests/test_vectors.py::test_vector_claims_are_answered_about_the_expanded_function
    ("tests/test_breadth_acceptance.py", "test_every_why_example_is_decided_as_the_issue_says",
     "$(x)_+^2 + (-x)_+^2$"),  # tests/test_pieces.py::test_piecewise_claims_are_decided_with_checked_certificates
    ("tests/test_readme.py", "test_readme_example",
     r"check '$\\|x\\|_2$ is strictly convex"),  # test_vectors's ||x||_2 on R^2 row (the same refutation kind)
    ("tests/test_readme.py", "test_readme_example",
     "check '$|x-1| + 3$ is strictly convex'"),  # tests/test_facts.py::test_strict_convexity_refuted_with_a_jensen...
    ("tests/test_readme.py", "test_readme_example",
     "check '$x^x$ is convex on $x > 0$'"),  # tests/test_special_functions.py::test_proofs_by_the_new_rows
    ("tests/test_readme.py", "test_readme_example",
     r"check '$x^\\top A x$"),  # tests/test_vectors.py::test_vector_claims_are_answered_about_the_expanded_function
    ("tests/test_domains.py", "test_claims_on_domains_in_several_variables_are_proved",
     r"$-\\log(1 - x^2 - y^2)$"),  # test_joint_domains's strictly convex -log(1-x^2-y^2) row
    ("tests/test_claims.py", "test_claims_table_answers_with_verified_certificates",
     r"$\\log(1 + e^{-(w_1 + 2 w_2)})$"),  # tests/test_gallery.py::test_engine_decides_every_canonical_claim
    ("tests/test_trig.py", "test_proofs_by_rules", r"$\\sec x$"),  # test_more_inverse_and_trig_claims's 1/cos(x)
    # Session 7: rows whose kind other rows of the same table keep in the default run (named after each):
    ("tests/test_trig.py", "test_trig_row_states_true_curvature_monotonicity_and_sign", "cos_con"),  # sin_con...
    ("tests/test_ends.py", "test_claims_on_irrational_ends_are_proved_and_forged_twins_rejected",
     r"$\\frac{\\ln x}{x}$ is convex"),  # ln x / x strictly concave on (0, e^{3/2})
    ("tests/test_claims.py", "test_cvxpy_atom_names_are_their_formulas",
     r"$\\operatorname{huber}(x)$ is strictly convex"),  # huber(x) convex, huber(x, 2) concave
    ("tests/test_strict_families.py", "test_strictness_of_maxima_and_of_sums_of_functions_of_affine_forms",
     "$(x + y)^2 + (2x + 2y)^4$"),  # |w_1| + (w_1 + w_2 - 1)^2; tanh(x + y) along the form's kernel
    ("tests/test_facts.py", "test_builtin_names_are_functions_of_one_variable",
     r"$\\tanh$ is concave on"),  # sigma in z for z <= 0, tanh is convex
    ("tests/test_joint_domains.py", "test_claims_with_joint_signs_and_domains",
     r"$-\\log(s t - r^2)$ is convex"),  # -log(u v - w^2) strictly convex on the same cone
    ("tests/test_analysis.py", "test_acceptance_examples", "logistic"),  # softplus_unnamed: the other sign
    ("tests/test_cases.py", "test_claims_about_functions_by_cases", "text1-"),  # Huber by cases, not strictly
    # convex; the strictness refutations of |x| + |x - 2| (test_breadth_acceptance) and of test_pieces stay
    ("tests/test_ends.py", "test_claims_on_irrational_ends_are_proved_and_forged_twins_rejected",
     "$e^x - x^2$ is convex"),  # e^x - x^2 concave for x < ln 2
    ("tests/test_auer.py", "test_the_float_finder_finds_floor_n_over_d_to_the_d_minima", "7-2"),  # 6-2 stays (6-3 below)
    ("tests/test_pieces.py", "test_piecewise_claims_are_decided_with_checked_certificates",
     "The loss $(x - 1)_+^2 + (1 - x)_+^2$"),  # the unshifted (x)_+^2 + (-x)_+^2 row stays
    # 2026-12-04: the costliest cases of parametrized tables (0.5-3 s each under load); the cheapest case of each
    # table stays in the default run, and every case runs in CI:
    ('tests/test_atom_rules.py', 'test_claims_of_the_rule_families',
     '$(a x - 1)^2$ is strictly convex in $x$ for $a \\\\ge 0$-False'),
    ('tests/test_auer.py', 'test_the_float_finder_finds_floor_n_over_d_to_the_d_minima',
     '6-3'),
    ('tests/test_breadth12.py', 'test_conditions_on_a_parameter_joined_by_or',
     '$x^a$ is convex on $\\\\mathbb{R}_{++}$ when $a \\\\ge 1$ or $a '),
    ('tests/test_cases.py', 'test_claims_about_functions_by_cases',
     'text0-variables0-True'),
    ('tests/test_cases.py', 'test_claims_about_functions_by_cases',
     'text5-variables5-True'),
    ('tests/test_check_proofs.py', 'test_certificate_is_accepted_and_survives_json',
     'hessian-logistic'),
    ('tests/test_claim_subjects.py', 'test_a_bracket_after_a_stated_number_is_a_product',
     'text0-function0-variables0-parameters0-True'),
    ('tests/test_claims.py', 'test_a_title_giving_an_unused_letter_a_number_is_a_label',
     'Max-norm, $r = \\\\infty$: $\\\\max(|u|, |v|)$ is concave-Max(Ab'),
    ('tests/test_claims.py', 'test_a_title_giving_an_unused_letter_a_number_is_a_label',
     'Euclidean norm with $q = 2$: $\\\\sqrt{u^2 + v^2}$ is strictly'),
    ('tests/test_claims.py', 'test_a_vector_named_by_its_letter_is_all_its_coordinates',
     'The logistic loss $\\\\log(1 + e^{-(u_1 - 3u_2)})$ is convex i'),
    ('tests/test_closed_joint.py', 'test_closed_intervals_with_irrational_ends',
     '$\\\\frac{1}{1 + x^2}$ is concave on $-\\\\frac{1}{\\\\sqrt{3}} \\\\'),
    ('tests/test_closed_joint.py', 'test_closed_intervals_with_irrational_ends',
     '$\\\\frac{x}{x^2 + 1}$ is concave on $[0, \\\\sqrt{3}]$-True'),
    ('tests/test_datavectors.py', 'test_maxima_and_minima_over_data_vectors',
     '$\\\\min_{i} (w^\\\\top x_i - y_i)^2$ is convex in $w$-False'),
    ('tests/test_decompose.py', 'test_hessian_proves',
     'f0-variables0-None-convex'),
    ('tests/test_ends.py', 'test_a_sliver_of_the_other_curvature_at_a_stated_end_is_found',
     '$x^3 + y^2$ is convex on $x \\\\ge -0.001, y \\\\ge 0$-False'),
    ('tests/test_ends.py', 'test_claims_on_irrational_ends_are_proved_and_forged_twins_rejected',
     '$\\\\sin x - \\\\cos x$ is convex on $[0, \\\\frac{\\\\pi}{4}]$-end8'),
    ('tests/test_everyday11.py', 'test_read_with_the_verdict_the_mathematics_gives',
     'The Huber loss (M = 2) is concave-False'),
    ('tests/test_everyday13.py', 'test_e_glued_to_a_letter_is_refused',
     'e^x + ex is convex'),
    ('tests/test_facts.py', 'test_strict_convexity_refuted_with_a_jensen_equality',
     '$\\\\log(e^{2x}+e^{y})$ is strictly convex'),
    ('tests/test_family_layers.py', 'test_concave_and_strictly_convex_of_every_member_are_refuted_by_one',
     'Linear regression is strictly convex-not_strictly_convex'),
    ('tests/test_matrix_atoms.py', 'test_matrix_claims_refuted_by_a_member_of_size_2',
     '$\\\\lambda_{\\\\max}(X)$ is concave on $\\\\mathbf{S}^n$-X = [[p,'),
    ('tests/test_matrix_rows.py', 'test_the_rows_reading_decides_for_every_size',
     '$\\\\|Ax - b\\\\|_2^2$ is concave in $x$-False'),
    ('tests/test_model_letters.py', 'test_readings_that_disagree_leave_the_claim_undecided',
     '$\\\\log(1 + e^{-x w y})$ is convex'),
    ('tests/test_new_user.py', 'test_a_function_word_before_function_is_that_function',
     'the tanh function is concave on x >= 0-True-tanh'),
    ('tests/test_quasi.py', 'test_claims',
     '$\\\\frac{x}{1 + x}$ is log-log concave on $x > 0$-True'),
    ('tests/test_quasi.py', 'test_latex_proof_of_each_kind_states_its_argument',
     '$\\\\frac{x^2}{1+x^2}$ is quasiconvex-each side of $c = 0$'),
    ('tests/test_quasi.py', 'test_latex_proof_of_each_kind_states_its_argument',
     '$x + y$ is log-log convex-F(u) = \\\\log f(e^{u})'),
    ('tests/test_quasi.py', 'test_latex_proof_of_each_kind_states_its_argument',
     '$x_1 x_2$ is quasiconcave on $\\\\mathbb{R}^2_+$-open box'),
    ('tests/test_readings.py', 'test_concavity_between_irrational_inflection_points',
     '$f(x) = \\\\frac{1}{1 + x^2}$ is concave down on $\\\\left(-\\\\fr'),
    ('tests/test_readings.py', 'test_concavity_between_irrational_inflection_points',
     '$y = e^{-x^2}$ is concave on $\\\\left(-\\\\frac{1}{\\\\sqrt{2}}, '),
    ('tests/test_readme.py', 'test_readme_example',
     "check '$(w - 1)^2 + \\\\lambda |w|$ is convex in $w$'"),
    ('tests/test_readme.py', 'test_readme_example',
     "check '$x^2 + 3xy$ is log-log convex'"),
    ('tests/test_readme.py', 'test_readme_example',
     "check '$-x \\\\log x - y \\\\log y - z \\\\log z$ is concave on th"),
    ('tests/test_restrictions.py', 'test_claims_on_an_affine_set_are_answered_about_the_function_itself',
     '$-x \\\\log x - y \\\\log y - z \\\\log z$ is concave on the proba'),
    ('tests/test_rules.py', 'test_row_norm2',
     'weights1-0'),
    ('tests/test_scale.py', 'test_both_checker_paths_reject_every_tampered_twin_with_the_same_message',
     'leaky-hinge'),
    ('tests/test_scale.py', 'test_both_checker_paths_reject_every_tampered_twin_with_the_same_message',
     'deep-relu'),
    ('tests/test_sentences.py', 'test_variables_named_in_words_are_the_formulas_own',
     'The log-sum-exp $\\\\log(e^{s_1} + e^{s_2})$ is convex in the '),
    ('tests/test_special_functions.py', 'test_each_special_row_holds_at_exact_points',
     'log_erfc'),
    ('tests/test_strict_families.py', 'test_strictness_of_maxima_and_of_sums_of_functions_of_affine_forms',
     '$|w_1| + (w_1 + w_2 - 1)^2$ is strictly convex-False'),
    ('tests/test_sums_products.py', 'test_claims_with_sums_and_products',
     '$\\\\log \\\\sum_{i=1}^{2} e^{x_i}$ is strictly convex-variables'),
    ('tests/test_trig.py', 'test_more_inverse_and_trig_claims',
     'The loss $\\\\frac{1}{\\\\cos(x)}$ is convex for $|x| < \\\\frac{\\'),
    ('tests/test_trig.py', 'test_more_inverse_and_trig_claims',
     '$\\\\cosh^{-1} x$ is concave when $x > 1$-True'),
    ('tests/test_trig.py', 'test_sign_spans_state_true_signs',
     'sin'),
    ('tests/test_trig.py', 'test_trig_row_states_true_curvature_monotonicity_and_sign',
     'sin_convex'),
    ('tests/test_trig.py', 'test_trig_row_states_true_curvature_monotonicity_and_sign',
     'sin_concave'),
    ('tests/test_vector_names.py', 'test_a_proof_about_numbers_is_not_an_answer_about_vectors',
     '$\\\\|x\\\\|_2$ is not affine for $x > 0$'),
    ('tests/test_vector_names.py', 'test_a_vector_in_a_norm_is_never_answered_by_its_number_reading',
     '$\\\\|\\\\boldsymbol{\\\\theta}\\\\|_2$ is affine for $\\\\boldsymbol{'),
    ('tests/test_vector_names.py', 'test_vector_notation_is_decided_for_every_size',
     '$\\\\|Ax\\\\|$ is convex in $x$-True'),
    # and single tests whose mechanism another default test keeps:
    ("tests/test_datavectors.py", "test_scalar_log_barrier_is_convex", ""),  # an xfail that spends its timeout
    ("tests/test_readings.py", "test_the_joint_reading_of_a_coupled_domain_isanswered", ""),  # test_joint_domains's -log row
]


def _compile(paths, config) -> None:
    """Write the compiled form of each path: pytest's rewritten form for a test module, Python's pyc otherwise
    (each skipped when up to date). Best effort: a path that fails is left for the importing process."""
    import compileall

    try:  # pytest's own rewriting, as its import hook does it (private names: any change, and this does nothing)
        from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, _rewrite_test, _write_pyc, assertstate_key, \
            get_cache_dir
        state = config.stash[assertstate_key]
    except (ImportError, KeyError, AttributeError):
        return
    for path in paths:
        try:
            if path.name.startswith("test_"):
                cache = get_cache_dir(path)
                cache.mkdir(parents=True, exist_ok=True)
                pyc = cache / (path.name[:-3] + PYC_TAIL)
                if _read_pyc(path, pyc) is None:
                    source_hash, code = _rewrite_test(path, config)
                    _write_pyc(state, code, source_hash, pyc)
            else:
                compileall.compile_file(str(path), quiet=2)
        except Exception:  # noqa: BLE001 - only a head start: the importing process compiles what is left
            continue


def _warm_bytecode(config) -> None:
    """Before the xdist workers start, compile the package and rewrite the test modules once, in two processes.

    Every worker imports every module; on the first run after a clone (no ``__pycache__`` yet) each of them would
    compile the same 33,000 lines of the package and rewrite the asserts of the same 18,000 lines of tests, about
    seven CPU seconds per worker. Done here once, split over this process and one fork, the workers then read the
    cached forms. On later runs every file is found up to date (about 0.1 s of CPU)."""
    if sys.dont_write_bytecode or not hasattr(os, "fork"):
        return
    root = pathlib.Path(__file__).resolve().parent.parent
    paths = sorted((root / "symconvex").rglob("*.py")) + sorted((root / "tests").glob("*.py"))
    paths = [p for p in paths if p.name != "conftest.py"]  # (already imported by this process)
    child = os.fork()
    try:
        _compile(paths[child == 0::2], config)  # every other file: the fork takes the ones this process leaves
    finally:
        if child == 0:
            os._exit(0)
    os.waitpid(child, 0)


def pytest_configure(config):
    if getattr(config, "workerinput", None) is None and config.getoption("numprocesses", None) and \
            config.getoption("dist", "no") != "no":
        try:
            _warm_bytecode(config)   # in the controlling process of an xdist run, before its workers start
        except OSError:  # no fork: the workers compile for themselves, as before
            pass


@pytest.hookimpl(tryfirst=True)  # before pytest's own -m deselection reads the marks
def pytest_collection_modifyitems(config, items):
    for item in items:
        path, _, name = item.nodeid.partition("::")
        test, _, case = name.partition("[")
        if any(path == p and test == t and case.startswith(c) for p, t, c in SLOW_CASES):
            item.add_marker(pytest.mark.slow)


def usable_cpus() -> int:
    """The number of CPUs this process may run on (its affinity mask; the machine's count where that is unknown)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, absent under -p no:xdist
def pytest_xdist_auto_num_workers(config):
    """``-n auto``: one worker per usable CPU (xdist's own guess counts the machine's cores)."""
    return usable_cpus()


#: The test whose pass makes the terminal summary print the kernel's size.
KERNEL_TEST = "tests/test_layers.py::test_the_checker_imports_only_the_kernel_and_its_size_is_printed"
_kernel_report: list[str] = []


def pytest_runtest_logreport(report):
    """Keep the kernel test's report lines (its ``kernel_size`` property, which reaches this process from a worker
    too)."""
    if report.nodeid == KERNEL_TEST and report.when == "call" and report.passed:
        _kernel_report.extend(line for name, lines in report.user_properties if name == "kernel_size" for line in lines)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if _kernel_report:
        terminalreporter.write_sep("-", "the trusted kernel")
        for line in _kernel_report:
            terminalreporter.write_line(line)


@pytest.fixture
def pdflatex() -> str:
    return require_tool("pdflatex")


@pytest.fixture
def pdftotext() -> str:
    return require_tool("pdftotext")
