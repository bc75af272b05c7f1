"""symconvex: prove curvature facts with certificates an independent checker re-verifies."""

from .certificates import (CurvatureCertificate, HessianCertificate, MidpointCertificate, RulesCertificate,
                           from_json)
from .check import verify
from .errors import CertificateError, ClaimError, DomainError, InputError, SymconvexError
from .functions import leaky_relu, relu, sigmoid, softplus

__version__ = "0.1.0"
