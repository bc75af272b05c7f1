r"""Reading what people write: LaTeX formulas, names, variable lists, domains, vector formulas (layer: text).

A formula as pasted from a paper or a Q&A post becomes an exact SymPy expression over real symbols; a list of
variables becomes symbols; a domain becomes SymPy relations; a formula over vectors and matrices of a stated size
becomes the scalar formula over their coordinates. Only text is read here: what the text means mathematically is
fixed by the notation of CLAIMS.md and docs/NOTATION.md, and nothing here decides a curvature fact. Nothing here
evaluates text (no ``eval``, ``sympify(str)`` or ``parse_expr``); unreadable input raises ``InputError`` (a
``ValueError``) with a one-line message.

The modules, each reading one thing, in the order a formula passes through them:

- ``vocabulary``: the tables of words (Greek letters, fonts, function words, refused commands), the size limits,
  ``symbol`` and ``fail``;
- ``text``: pasted text -> normalized LaTeX (unicode, delimiters, spacing, ``log x`` without a backslash, norms);
  splitting text at bracket depth 0;
- ``tokens``: tokens and nested bracket groups; numbers in scientific notation (``1e-30`` is 1/10^30);
- ``expressions``: the formula reader ``Reader`` (operands and operators; ``parse_expression``), assembled from
  ``names`` (names with subscripts; the bare-function-name rule), ``commands`` (backslash commands, ``\frac``,
  ``\sqrt``), ``calls`` (built-in and defined functions, arguments with and without brackets) and ``sums``
  (``\sum`` expanded term by term), with ``latex_input`` (latex2sympy2 reads the flat arithmetic between them);
- ``variables``: one name as written, lists of variables;
- ``domains``: inequalities, chains, memberships and set-builder notation;
- ``cases``: a function defined by cases (``\begin{cases} ... \end{cases}``) as one continuous formula in max and
  min, exactly the function defined (or a one-line refusal: overlapping or missing cases, a jump);
- ``vector_syntax`` (a vector formula as a tree), ``shapes`` (what a claim says about vectors and matrices: sizes,
  given arrays, coordinates) and ``vectors`` (the scalar value of a vector formula over the coordinates).

Above this package, ``claims`` reads whole claims with it and ``api_input`` reads what the Python API is handed.

>>> parse_expression(r"\max\{0, w_1 x\}")
relu(w_1*x)
>>> parse_domain(r"0 \le x \le 1, y > 0")
[0 <= x, x <= 1, y > 0]
>>> parse_variables(r"(w_1, w_2)")
[w_1, w_2]
"""

from .calls import BUILTINS, DEFINABLE, FunctionDef
from .cases import (CasesLiteral, CasesReading, cases_in_words, cases_value, extract_cases,
                    read_cases)
from .domains import has_relation, parse_domain, parse_set
from .expressions import apply_function, parse_expression, parse_internal, parse_latex, read_name_at
from .text import glued_function_words, normalize, python_syntax, split_top_level
from .tokens import scientific
from .variables import parse_name, parse_variables
from .vector_syntax import LITERAL, names_in, read_tree
from .sums import SYMBOLIC_SUMS
from .shapes import (MAX_SIZE, Shapes, array_value, check_space_size, componentwise, coordinates, declaration, declare,
                     entries, extract_arrays)
from .vectors import Expansion, expand, reading, uses_vectors
from .names import rename_index
from .glued import refuse_lone_glued
from .vocabulary import AMBIGUOUS_WORDS, FUNCTION_LETTERS, PLAIN_WORDS, fail, symbol

__all__ = ["AMBIGUOUS_WORDS", "BUILTINS", "DEFINABLE", "CasesLiteral", "CasesReading", "cases_in_words", "Expansion",
           "FUNCTION_LETTERS", "FunctionDef", "LITERAL", "MAX_SIZE", "PLAIN_WORDS", "SYMBOLIC_SUMS", "Shapes",
           "apply_function", "array_value", "cases_value", "check_space_size", "componentwise", "coordinates",
           "declaration", "declare", "entries", "expand", "extract_arrays", "extract_cases", "fail", "glued_function_words",
           "has_relation",
           "refuse_lone_glued",
           "names_in", "normalize", "parse_domain", "parse_expression", "parse_internal", "parse_latex", "parse_name",
           "parse_set", "parse_variables", "python_syntax", "read_cases", "read_name_at", "read_tree", "reading",
           "rename_index", "scientific", "split_top_level", "symbol", "uses_vectors"]
