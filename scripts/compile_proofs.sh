#!/bin/sh
# Compile every proofs/*.tex (or the .tex files given as arguments) with a real pdflatex, each in its own
# temporary directory, and fail (exit 1) on any LaTeX error. Needs Debian's texlive-latex-base and
# texlive-latex-recommended (the proofs use article, amsmath, amssymb, amsthm, geometry and LaTeX's own
# picture environment only).
set -u
if ! command -v pdflatex >/dev/null 2>&1; then
    echo "compile_proofs: pdflatex not found (apt-get install texlive-latex-base texlive-latex-recommended)" >&2
    exit 2
fi
cd "$(dirname "$0")/.." || exit 2
if [ "$#" -gt 0 ]; then files="$*"; else files=$(ls proofs/*.tex 2>/dev/null); fi
if [ -z "$files" ]; then
    echo "compile_proofs: no .tex files to compile" >&2
    exit 1
fi
status=0
count=0
for tex in $files; do
    work=$(mktemp -d)
    cp "$tex" "$work/proof.tex"
    if (cd "$work" && pdflatex -halt-on-error -interaction=nonstopmode -no-shell-escape proof.tex >log.txt 2>&1) \
            && [ -s "$work/proof.pdf" ]; then
        count=$((count + 1))
    else
        echo "compile_proofs: FAILED $tex" >&2
        grep -A4 '^!' "$work/log.txt" | head -20 >&2
        status=1
    fi
    rm -rf "$work"
done
echo "compile_proofs: $count compiled, status $status"
exit $status
