#!/bin/sh
# Compile every proofs/*.tex (or the .tex files given as arguments) with a real pdflatex, each in its own
# temporary directory (twice, so that cross-references resolve), and fail (exit 1) on any LaTeX error, any
# unresolved reference, or any overfull box wider than 1pt. Needs Debian's texlive-latex-base and
# texlive-latex-recommended (the proofs use article, amsmath, amssymb, amsthm, geometry and LaTeX's own
# picture environment only). With KEEP_PDF=DIR, each PDF is copied to DIR/NAME.pdf.
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
    run() { (cd "$work" && pdflatex -halt-on-error -interaction=nonstopmode -no-shell-escape proof.tex >log.txt 2>&1); }
    if run && run && [ -s "$work/proof.pdf" ]; then
        wide=$(grep -o 'Overfull \\[hv]box ([0-9.]*pt too [a-z]*)' "$work/log.txt" \
               | awk -F'[(p]' '{ if ($2 + 0 > 1) print }' | head -3)
        refs=$(grep -c 'LaTeX Warning: \(Reference\|Citation\).*undefined' "$work/log.txt")
        if [ -n "$wide" ] || [ "$refs" -gt 0 ]; then
            echo "compile_proofs: FAILED $tex" >&2
            [ -n "$wide" ] && echo "$wide" >&2
            [ "$refs" -gt 0 ] && echo "$refs undefined references or citations" >&2
            status=1
        else
            count=$((count + 1))
            if [ -n "${KEEP_PDF:-}" ]; then cp "$work/proof.pdf" "$KEEP_PDF/$(basename "$tex" .tex).pdf"; fi
        fi
    else
        echo "compile_proofs: FAILED $tex" >&2
        grep -A4 '^!' "$work/log.txt" | head -20 >&2
        status=1
    fi
    rm -rf "$work"
done
echo "compile_proofs: $count compiled, status $status"
exit $status
