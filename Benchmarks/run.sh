#!/usr/bin/env bash
# BreachDiff throughput benchmark: breachdiff against the physical limit (libxml2 parse + text
# walk, 1 and 2 threads), the I/O floor and the Python peers, all on the same generated corpora
# in one run. See docs/performance.md.
#
# Usage: Benchmarks/run.sh [SCRATCH]
#   SCRATCH  folder outside the repository for corpora, the built limit program and raw results
#            (default /tmp/breachdiff-bench)
# Environment:
#   SIZES        corpus sizes in documents (default "2000 20000")
#   RUNS         timed runs per tool at the first size (default 3); SLOW_RUNS for bs4 and
#                trafilatura (default 1: they are 20-40 times slower, noise does not matter)
#   LARGE_RUNS   timed runs per tool at the other sizes (default 1)
#   BENCH_DIR    the shared anchors folder (default ../shared/bench beside the package)
#   TOOLS        which tools to run (default all: cat limit-1t limit-2t breachdiff-extract
#                breachdiff-extract-1j breachdiff-run lxml trafilatura bs4); results of tools not
#                run are kept, so a partial rerun completes a table
#   LARGE_TOOLS  which of them at the other sizes (default: limit-2t breachdiff-extract
#                breachdiff-run, what the memory target needs; the peers scale linearly, see
#                ../shared/bench/RESULTS.md)
#   SKIP_BUILD   set to 1 to use the existing release build
# Needs: /usr/bin/time (Debian: time), cc and xml2-config (libxml2-dev), python3 with
#   lxml lxml_html_clean trafilatura beautifulsoup4 (pip); hyperfine is used when installed.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PACKAGE="$(cd "$HERE/.." && pwd)"
SCRATCH="${1:-/tmp/breachdiff-bench}"
SIZES="${SIZES:-2000 20000}"
RUNS="${RUNS:-3}"
SLOW_RUNS="${SLOW_RUNS:-1}"
LARGE_RUNS="${LARGE_RUNS:-1}"
BENCH_DIR="${BENCH_DIR:-$PACKAGE/../shared/bench}"
REAL_DIR="${REAL_DIR-$PACKAGE/../shared/bench-html}"
PY="${PYTHON:-python3}"
ALL_TOOLS="cat limit-1t limit-2t breachdiff-extract breachdiff-extract-1j breachdiff-run lxml trafilatura bs4"
LARGE_TOOLS="${LARGE_TOOLS:-limit-2t breachdiff-extract breachdiff-run}"

"$HERE/check_tools.sh" "$BENCH_DIR"
mkdir -p "$SCRATCH"
SCRATCH="$(cd "$SCRATCH" && pwd)"
case "$SCRATCH/" in "$PACKAGE/"*) echo "SCRATCH must be outside the package" >&2; exit 64 ;; esac

# 1. builds: breachdiff (release) and the limit program
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$PACKAGE" && swift build -c release --product breachdiff >&2)
fi
BIN="$(cd "$PACKAGE" && swift build -c release --show-bin-path)/breachdiff"
cc -O2 -o "$SCRATCH/limit" "$BENCH_DIR/limit.c" $(xml2-config --cflags --libs) -lpthread

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$SCRATCH/machine.txt" >&2

first=1
for N in $SIZES; do
  CORPUS="$SCRATCH/corpus-$N-seed1"
  RES="$SCRATCH/results-$N"
  mkdir -p "$RES"
  if [ ! -d "$CORPUS" ]; then
    "$PY" "$BENCH_DIR/make_corpus.py" "$CORPUS" -n "$N" --seed 1 ${REAL_DIR:+--real-dir "$REAL_DIR"} >&2
  fi
  # Warm the page cache, so every tool reads from memory.
  find "$CORPUS" -type f -exec cat {} + > /dev/null
  runs=$RUNS slow=$SLOW_RUNS tools="$ALL_TOOLS"
  [ $first = 1 ] || { runs=$LARGE_RUNS; slow=$LARGE_RUNS; tools="$LARGE_TOOLS"; }
  run() {  # name runs command
    case " ${TOOLS:-$ALL_TOOLS} " in *" $1 "*) ;; *) return 0 ;; esac
    case " $tools " in *" $1 "*) "$HERE/time_tool.sh" "$RES" "$@" ;; esac
  }
  run cat "$runs" "find '$CORPUS' -type f -exec cat {} + > /dev/null"
  run limit-1t "$runs" "'$SCRATCH/limit' '$CORPUS' 1"
  run limit-2t "$runs" "'$SCRATCH/limit' '$CORPUS' 2"
  run breachdiff-extract "$runs" "'$BIN' extract '$CORPUS' --format jsonl --quiet | wc -l"
  run breachdiff-extract-1j "$runs" "'$BIN' extract '$CORPUS' --format jsonl --quiet --jobs 1 | wc -l"
  run breachdiff-run "$runs" "'$BIN' '$CORPUS' --out '$SCRATCH/out-$N' --quiet"
  run lxml "$runs" "$PY '$BENCH_DIR/peer_lxml.py' '$CORPUS'"
  run trafilatura "$slow" "$PY '$BENCH_DIR/peer_trafilatura.py' '$CORPUS'"
  run bs4 "$slow" "$PY '$BENCH_DIR/peer_bs4.py' '$CORPUS'"
  first=0
done

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$SCRATCH/machine.txt" >&2
"$BIN" bench-compare --facts 2000 | tee "$SCRATCH/compare.txt" || true
"$PY" "$HERE/report.py" "$SCRATCH" $SIZES
