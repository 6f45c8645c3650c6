#!/usr/bin/env python3
"""Prints the benchmark table of Benchmarks/run.sh and checks the targets of docs/performance.md.

Usage: report.py SCRATCH N [N ...]
MB/s and docs/s are corpus bytes (files) over the median wall time of the whole command,
process start included. Peak RSS is the largest over the runs; CPU is /usr/bin/time's share
(200% = both cores busy)."""
import json
import os
import re
import statistics
import sys

TOOLS = [
    ("cat", "I/O floor: cat every file", "1"),
    ("limit-1t", "libxml2 parse + text walk (limit.c)", "1"),
    ("limit-2t", "libxml2 parse + text walk (limit.c)", "2"),
    ("breachdiff-extract", "breachdiff extract --format jsonl", "all"),
    ("breachdiff-extract-1j", "breachdiff extract --jobs 1", "1"),
    ("breachdiff-run", "breachdiff FOLDER --out (main job)", "all"),
    ("lxml", "lxml.html + regexes", "1"),
    ("trafilatura", "trafilatura + regexes", "1"),
    ("bs4", "BeautifulSoup(html.parser) + regexes", "1"),
]


def measure(res, name):
    """(median seconds, runs, peak RSS MB, CPU %, last stdout) or None when the tool did not run."""
    jpath, spath, tpath = (os.path.join(res, name + ext) for ext in (".json", ".secs", ".time"))
    if not os.path.exists(tpath):
        return None
    report = open(tpath).read()
    try:
        times = json.load(open(jpath))["results"][0]["times"]
    except (OSError, ValueError, KeyError, IndexError):
        if os.path.exists(spath):
            times = [float(x) for x in open(spath)]
        else:  # an interrupted hyperfine: the completed runs' wall times from /usr/bin/time
            times = [sum(float(p) * 60 ** i for i, p in enumerate(reversed(t.split(":"))))
                     for t in re.findall(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", report)]
    if not times or "Maximum resident" not in report:
        return None
    rss = max(int(x) for x in re.findall(r"Maximum resident set size \(kbytes\): (\d+)", report)) / 1024
    cpu = statistics.median(int(x) for x in re.findall(r"Percent of CPU this job got: (\d+)%", report))
    return statistics.median(times), len(times), rss, cpu, open(os.path.join(res, name + ".out")).read().strip()


def corpus_size(path):
    total = files = 0
    for folder, _, names in os.walk(path):
        for name in names:
            total += os.path.getsize(os.path.join(folder, name))
            files += 1
    return total, files


def main():
    scratch, sizes = sys.argv[1], sys.argv[2:]
    peaks = {}
    for index, n in enumerate(sizes):
        res = os.path.join(scratch, f"results-{n}")
        nbytes, nfiles = corpus_size(os.path.join(scratch, f"corpus-{n}-seed1"))
        print(f"\n### {int(n):,} documents: {nfiles} files, {nbytes / 1e6:.1f} MB\n")
        print("| tool | what | threads | runs | median wall s | MB/s | docs/s | peak RSS MB | CPU % | output |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        rates = {}
        for name, what, threads in TOOLS:
            m = measure(res, name)
            if m is None:
                continue
            secs, runs, rss, cpu, out = m
            rates[name] = nbytes / 1e6 / secs
            peaks.setdefault(name, []).append((n, rss))
            shown = "facts=" + out if out.isdigit() else (re.search(r"count_mentions=\d+", out) or [""])[0]
            print(f"| {name} | {what} | {threads} | {runs} | {secs:.2f} | {rates[name]:.1f} | "
                  f"{nfiles / secs:.0f} | {rss:.0f} | {cpu} | {shown} |")
        ours = rates.get("breachdiff-extract")
        if ours:
            print("\n| breachdiff extract against | ratio of throughputs | target | verdict |")
            print("|---|---|---|---|")
            for name, target in [("limit-2t", 0.5), ("limit-1t", None), ("lxml", 1.5), ("trafilatura", 10), ("bs4", None)]:
                if name in rates:
                    ratio = ours / rates[name]
                    verdict = "-" if target is None else ("met" if ratio >= target else "not met")
                    print(f"| {name} | {ratio:.2f} | {'>= ' + str(target) if target else '-'} | {verdict} |")
            if "breachdiff-extract-1j" in rates:
                print(f"| breachdiff extract --jobs 1 (core use) | {ours / rates['breachdiff-extract-1j']:.2f} | - | - |")
    print("\n### Peak RSS by corpus size (MB)\n")
    print("| tool | " + " | ".join(f"{int(n):,} docs" for n in sizes) + " | target |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for name, _, _ in TOOLS:
        if name in peaks:
            values = dict(peaks[name])
            target = ""
            if name == "breachdiff-extract":
                largest = values.get(sizes[-1])
                target = "< 200 MB at the largest size: " + (
                    "not measured" if largest is None else "met" if largest < 200 else "not met")
            print(f"| {name} | " + " | ".join(f"{values[n]:.0f}" if n in values else "-" for n in sizes)
                  + f" | {target} |")
    compare = os.path.join(scratch, "compare.txt")
    if os.path.exists(compare):
        print("\n### Comparison stage (bench-compare)\n")
        print("```\n" + open(compare).read().strip() + "\n```")
    machine = os.path.join(scratch, "machine.txt")
    if os.path.exists(machine):
        print("\n" + open(machine).read().strip())


if __name__ == "__main__":
    main()
