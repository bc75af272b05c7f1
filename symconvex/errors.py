"""The error tree of symconvex.

    SymconvexError
    ├── InputError (ValueError)      input that cannot be read: an expression, a domain, a network spec
    │   ├── ClaimError               a LaTeX claim that cannot be read (CLAIMS.md)
    │   └── DomainError              a domain that is not a convex set, or cannot be shown to be one
    └── CertificateError             the independent checker rejects a certificate

Every message is one line; the CLI prints it as ``error: <message>`` and maps the class to an exit status
(``cli.EXIT_STATUS``): input errors exit 2.
"""


class SymconvexError(Exception):
    """Base class of every error symconvex raises on purpose."""


class InputError(SymconvexError, ValueError):
    """Input (expression, domain, variables, network spec, file) that cannot be read."""


class ClaimError(InputError):
    """A claim pasted as LaTeX that cannot be read as `function is PROPERTY ...`."""


class DomainError(InputError):
    """A domain that is not convex, is empty, or that symconvex cannot show to be convex."""


class CertificateError(SymconvexError):
    """The independent checker rejected a certificate; the message names the field, found vs expected."""


#: Exit statuses of every command: 0 holds / decided / accepted, 1 refuted, 2 bad input, 3 undecided.
EXIT_OK, EXIT_REFUTED, EXIT_BAD_INPUT, EXIT_UNDECIDED = 0, 1, 2, 3

