#!/usr/bin/env python3
"""Runs `evgraph timex --format csv` on the seed articles and compares the
result with gold/seed-timex.csv: every gold expression must be found with
its exact offset, text, type and value, and nothing else may be found.

usage: check_seeds.py EVGRAPH SHARED_DIR MANIFEST
Exits 77 (skipped) when SHARED_DIR/seeds or the gold file is absent."""
import csv
import io
import os
import subprocess
import sys


def main():
    exe, shared, manifest = sys.argv[1:4]
    exe = os.path.abspath(exe)
    seeds = os.path.join(shared, "seeds")
    gold_path = os.path.join(shared, "gold", "seed-timex.csv")
    if not os.path.isdir(seeds) or not os.path.isfile(gold_path):
        print("skipped: %s or %s not found" % (seeds, gold_path))
        return 77
    files = sorted(f for f in os.listdir(seeds) if f.endswith(".txt"))
    out = subprocess.run([exe, "timex", "--format", "csv", "--manifest",
                          os.path.abspath(manifest)] + files, cwd=seeds,
                         check=True, capture_output=True).stdout.decode()
    got = {(r["file"], int(r["offset"]), r["text"], r["type"], r["value"])
           for r in csv.DictReader(io.StringIO(out))}
    with open(gold_path, newline="", encoding="utf-8") as f:
        gold = {(r["file"], int(r["offset"]), r["text"], r["type"],
                 r["value"]) for r in csv.DictReader(f)}
    missing = sorted(gold - got)
    extra = sorted(got - gold)
    for m in missing:
        print("missing:", m)
    for e in extra:
        print("extra:", e)
    print("%d gold expressions, %d found, %d missing, %d extra"
          % (len(gold), len(gold & got), len(missing), len(extra)))
    return 1 if missing or extra else 0


if __name__ == "__main__":
    sys.exit(main())
