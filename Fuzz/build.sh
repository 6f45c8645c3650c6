#!/usr/bin/env bash
# Builds the libFuzzer binary Fuzz/.out/fuzz-reader: every library source plus FuzzEntry.swift,
# compiled as one module with -sanitize=fuzzer,address. SwiftPM is not used because it cannot
# pass -sanitize=fuzzer to one target only.
#   Fuzz/build.sh            # optimised (-O), the default for fuzzing
#   FUZZ_OPT=-Onone Fuzz/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=Fuzz/.out
mkdir -p "$out"
opt=${FUZZ_OPT:--O}
mapfile -t sources < <(find Sources/BreachDiff -name '*.swift' | sort)
# shellcheck disable=SC2046
swiftc -module-name BreachDiff -parse-as-library -swift-version 6 "$opt" -g \
    -sanitize=fuzzer,address \
    -I Sources/CLibXML2 -I Sources/CSQLite $(pkg-config --cflags libxml-2.0 | sed 's/-I/-Xcc -I/g') \
    "${sources[@]}" Fuzz/FuzzEntry.swift \
    -lxml2 -lsqlite3 \
    -o "$out/fuzz-reader" 2> >(grep -v "Cannot export local symbol '__asan" >&2)
echo "built $out/fuzz-reader" >&2
