"""Search for certificates (placeholder while the finders are written)."""


def curvature_of(g, variables):
    return None


def search(f, variables, domain, found, *, deadline=None) -> str:
    return "no finder is available yet"
