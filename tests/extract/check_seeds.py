#!/usr/bin/env python3
"""The seed score: `evgraph build` on the shared seed articles must find
every key event of the gold strictly and every gold relation.
usage: check_seeds.py EVGRAPH SHARED_DIR WORK_DIR (exit 77: no seeds)"""
import glob, os, shutil, subprocess, sys

def main():
    exe, shared, work = sys.argv[1:4]
    seeds = sorted(glob.glob(os.path.join(shared, "seeds", "*.txt")))
    scorer = os.path.join(shared, "tools", "score-events.py")
    if not seeds or not os.path.exists(scorer):
        print(f"skipped: no seeds or scorer under {shared}")
        return 77
    shutil.rmtree(work, ignore_errors=True)
    r = subprocess.run([exe, "build", *seeds, "-o", work], capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr)
        return 1
    s = subprocess.run([sys.executable, scorer, os.path.join(work, "events.csv")],
                       capture_output=True, text=True)
    print(s.stdout)
    return s.returncode

if __name__ == "__main__":
    sys.exit(main())
