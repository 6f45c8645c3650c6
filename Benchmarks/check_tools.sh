#!/usr/bin/env bash
# Checks what Benchmarks/run.sh needs and says how to install what is missing.
# Usage: check_tools.sh BENCH_DIR
set -uo pipefail
missing=0
need() { echo "missing: $1 (install: $2)" >&2; missing=1; }
[ -d "${1:-}" ] && [ -f "$1/limit.c" ] || need "the anchors folder ${1:-?} (limit.c, make_corpus.py, peers)" "set BENCH_DIR"
[ -x /usr/bin/time ] || need "/usr/bin/time" "apt-get install -y time"
command -v cc > /dev/null || need "a C compiler" "apt-get install -y gcc"
command -v xml2-config > /dev/null || need "xml2-config" "apt-get install -y libxml2-dev"
"${PYTHON:-python3}" -c "import lxml.html, lxml_html_clean, trafilatura, bs4" 2> /dev/null \
  || need "the Python peers' packages" "pip install lxml lxml_html_clean trafilatura beautifulsoup4"
command -v hyperfine > /dev/null || echo "note: hyperfine not found (apt-get install -y hyperfine); using plain timed runs" >&2
exit $missing
