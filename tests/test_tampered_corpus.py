"""The tampered corpus (tests/tampered/, written by scripts/make_tampered_corpus.py from the gallery): every file is
rejected by the checker with the one-line reason EXPECT.json names, and `symconvex verify` exits 2 on it."""

import json
import pathlib

import pytest

from symconvex.check import verify
from symconvex.cli import main
from symconvex.errors import CertificateError

FOLDER = pathlib.Path(__file__).parent / "tampered"
EXPECT = json.loads((FOLDER / "EXPECT.json").read_text())


def test_corpus_is_complete():
    assert sorted(p.stem for p in FOLDER.glob("*.json") if p.stem != "EXPECT") == sorted(EXPECT)
    assert len(EXPECT) >= 10


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_tampered_certificate_is_rejected_with_its_reason(name, capsys):
    path = FOLDER / f"{name}.json"
    with pytest.raises(CertificateError) as info:
        verify(path.read_text())
    assert EXPECT[name] in str(info.value)
    assert main(["verify", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and EXPECT[name] in err


def test_corpus_is_up_to_date(tmp_path, monkeypatch):
    """Regenerating the corpus from the current gallery gives the committed files."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_corpus", FOLDER.parent.parent / "scripts" /
                                                  "make_tampered_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, (doc, message) in module.corpus().items():
        from symconvex.certificates import dumps_readable
        assert (FOLDER / f"{name}.json").read_text() == dumps_readable(doc) + "\n", name
        assert EXPECT[name] == message
