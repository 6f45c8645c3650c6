#!/usr/bin/env bash
# Times one command RUNS times with /usr/bin/time -v around each run (peak RSS, CPU share) and
# hyperfine when installed (else plain runs); the last run's stdout goes to RES/NAME.out.
# A non-zero exit does not stop the timing: breachdiff exits 3 when some files of the corpus
# cannot be read (the generated corpus has truncated and NUL-carrying documents on purpose).
# Usage: time_tool.sh RES NAME RUNS COMMAND
set -euo pipefail
RES="$1" NAME="$2" RUNS="$3" CMD="$4"
wrapped="/usr/bin/time -v -a -o '$RES/$NAME.time' sh -c \"$CMD\" > '$RES/$NAME.out'"
rm -f "$RES/$NAME.time" "$RES/$NAME.out" "$RES/$NAME.json" "$RES/$NAME.secs"
echo "== $NAME ($RUNS runs): $CMD" >&2
if command -v hyperfine > /dev/null; then
  hyperfine --ignore-failure --runs "$RUNS" --style basic --export-json "$RES/$NAME.json" "$wrapped" >&2
else
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s.%N); bash -c "$wrapped" || true; t1=$(date +%s.%N)
    echo "$t0 $t1" | awk '{printf "%.6f\n", $2-$1}' >> "$RES/$NAME.secs"
  done
fi
cat "$RES/$NAME.out" >&2
