#!/usr/bin/env bash
# Runs the reader+extractor fuzzer for a fixed time (default 60 s).
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
# Seeds: Corpus/, ../shared/corpus, ../shared/bench-html and the test fixtures (read only);
# new inputs go to Fuzz/.out/corpus, crashes to Fuzz/.out/artifacts/. Exit status 0 when
# nothing was found; non-zero (libFuzzer's) when a crash, leak, timeout or OOM was found.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
out=Fuzz/.out
[ -x "$out/fuzz-reader" ] && [ -z "${FUZZ_REBUILD:-}" ] || Fuzz/build.sh
mkdir -p "$out/corpus" "$out/artifacts"
seeds=()
for dir in Corpus ../shared/corpus ../shared/bench-html Tests/BreachDiffTests/Fixtures Fuzz/seeds; do
    [ -d "$dir" ] && seeds+=("$dir")
done
# -max_len keeps one execution fast (seeds longer than this are cut, which is itself a useful input);
# -timeout flags any single input taking over 10 s as a hang; -rss_limit_mb flags blow-ups.
# ASan's detect_leaks stays on: the libxml2 document must always be freed.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
"$out/fuzz-reader" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len="${FUZZ_MAX_LEN:-16384}" \
    -dict=Fuzz/html.dict -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@" \
    "$out/corpus" "${seeds[@]}"
