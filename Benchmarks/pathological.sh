#!/usr/bin/env bash
# Pathological-input benchmark: time per size for n, 2n, 4n, 8n of each shape, flags superlinear
# growth (exit 1). Uses the release binary unless BREACHDIFF_BIN names another.
#   Benchmarks/pathological.sh                  # full sizes (needs: swift build -c release)
#   BREACHDIFF_BIN=.build/debug/breachdiff Benchmarks/pathological.sh --scale 0.25
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 Benchmarks/pathological.py "$@"
