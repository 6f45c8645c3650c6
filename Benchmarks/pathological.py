#!/usr/bin/env python3
"""Times `breachdiff extract` (read + every extractor) on pathological inputs of growing size.

For each shape, inputs of n, 2n, 4n and 8n are generated, run once each (best of REPEAT), and the
time ratio of each doubling is printed. Linear code gives ~2x per doubling; a ratio above
SUPERLINEAR (default 3.0) on the two largest sizes is flagged and makes the exit status 1.
Process start-up is measured on an empty-ish input and subtracted.

Usage: Benchmarks/pathological.sh [--scale S] [--only NAME] [--repeat R]
"""
import argparse, os, subprocess, sys, tempfile, time

MB = 1 << 20

def digits(n):        return "0123456789" * (n // 10)
def sentence(n):      return "The attackers copied " + "customer records and " * (n // 21) + "more."
def list_items(n):    return "<html><body><ul>" + "<li>item with 5 records</li>" * (n // 28) + "</ul></body></html>"
def nested_quotes(n): d = n // 4; return "He said \u201c" * (d // 9) + "3 million" + "\u201d" * (d // 9) + ".\n"
def millions(n):      return "million " * (n // 8)
def no_spaces(n):     return "x" * n
def dates(n):         return "On January 12, 2024 " * (n // 20)
def dated_events(n):  return "on March 3, 2021 hackers accessed " * (n // 34)
def numbers_words(n): return "1,234,567 customers and " * (n // 24)
def html_nesting(n):  d = n // 11; return "<html><body>" + "<div><span>" * (d // 2) + "3 million records" + "</span></div>" * (d // 2)
def one_tag_attributes(n): return "<html><body><td" + "".join(' data-a%d="v"' % i for i in range(n // 16)) + ">3 million records</td></body></html>"

# name, generator, base size (bytes), file extension
SHAPES = [
    ("digits",        digits,        1 * MB,   "txt"),   # 10 MB of digits at 8n with --scale 1.25
    ("long-sentence", sentence,      128 << 10, "txt"),  # a single sentence of 1 MB at 8n
    ("list-items",    list_items,    1 * MB,   "html"),  # 100,000+ list items
    ("nested-quotes", nested_quotes, 128 << 10, "txt"),
    ("million-words", millions,      128 << 10, "txt"),  # 1 MB of "million million ..."
    ("no-spaces",     no_spaces,     640 << 10, "txt"),  # a 5 MB line at 8n
    ("dates",         dates,         1 * MB,   "txt"),   # ~400,000 dates at 8n
    ("dated-events",  dated_events,  64 << 10, "txt"),   # a date and a trigger every 34 bytes, no full stop
    ("count-phrases", numbers_words, 512 << 10, "txt"),
    ("deep-html",     html_nesting,  1 * MB,   "html"),
    ("tag-attributes", one_tag_attributes, 256 << 10, "html"),  # one tag of 130,000+ attributes at 8n
]

def run(binary, path, repeat):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run([binary, "extract", path, "--format", "jsonl"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        if proc.returncode not in (0, 3):
            raise SystemExit(f"{path}: exit status {proc.returncode}")
        best = elapsed if best is None else min(best, elapsed)
    return best

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies every base size")
    parser.add_argument("--only", help="run one shape")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--superlinear", type=float, default=3.0)
    args = parser.parse_args()
    binary = os.environ.get("BREACHDIFF_BIN", ".build/release/breachdiff")
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"no binary at {binary}: build it (swift build -c release) or set BREACHDIFF_BIN")
    flagged = []
    with tempfile.TemporaryDirectory(prefix="breachdiff-patho-") as folder:
        baseline_path = os.path.join(folder, "baseline.txt")
        with open(baseline_path, "w") as f: f.write("A short note.\n")
        baseline = run(binary, baseline_path, 3)
        print(f"process start-up: {baseline * 1000:.0f} ms (subtracted)")
        print(f"{'shape':<15}{'bytes':>12}{'seconds':>10}{'ratio':>8}{'MB/s':>8}")
        for name, make, base, ext in SHAPES:
            if args.only and name != args.only: continue
            previous = None
            ratios = []
            for factor in (1, 2, 4, 8):
                size = int(base * args.scale * factor)
                path = os.path.join(folder, f"{name}-{factor}.{ext}")
                with open(path, "w", encoding="utf-8") as f: f.write(make(size))
                actual = os.path.getsize(path)
                seconds = max(run(binary, path, args.repeat) - baseline, 1e-3)
                ratio = seconds / previous if previous else None
                if ratio: ratios.append(ratio)
                print(f"{name:<15}{actual:>12}{seconds:>10.3f}{(f'{ratio:.2f}' if ratio else ''):>8}"
                      f"{actual / MB / seconds:>8.1f}", flush=True)
                previous = seconds
                os.remove(path)
            # Judge on the largest doublings, where start-up noise matters least.
            if len(ratios) >= 2 and min(ratios[-2:]) > args.superlinear:
                flagged.append(name)
    if flagged:
        print("SUPERLINEAR: " + ", ".join(flagged))
        return 1
    print("all shapes grow linearly (no doubling above %.1fx)" % args.superlinear)
    return 0

if __name__ == "__main__":
    sys.exit(main())
