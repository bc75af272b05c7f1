"""The README's examples answer what the README says they answer."""

import pathlib
import re
import shlex

import pytest

from symconvex.cli import main
from marks import slow_except

README = (pathlib.Path(__file__).parent.parent / "README.md").read_text()
EXAMPLES = [(m.group(1), m.group(2)) for m in re.finditer(r"^    symconvex ((?:analyze|check) .*?)\s+# (.*)$", README,
                                                            re.MULTILINE)]


def test_the_readme_has_examples():
    assert len(EXAMPLES) >= 5


#: Every fifth README example runs in the default run, every one in CI (``pytest -m slow``): each is a whole
#: analysis, and the default run must stay under a minute.
@pytest.mark.parametrize("command,comment", slow_except(EXAMPLES, keep=range(0, len(EXAMPLES), 5), several=True),
                         ids=[c for c, _ in EXAMPLES])
def test_readme_example(command, comment, capsys):
    status = main(shlex.split(command))
    out = capsys.readouterr().out
    said = comment.split(":")[0].split(",")[0]  # "neither", "convex", "strictly convex", "refuted", "holds"
    if said in ("refuted", "holds", "undecided"):
        assert out.startswith(said + ":") and status == {"refuted": 1, "holds": 0, "undecided": 3}[said]
    else:
        # the verdict line, then (for "strictly ...") the certificate that proves strictness
        assert status == 0 and out.splitlines()[0] == said.removeprefix("strictly ")
        assert said in out
