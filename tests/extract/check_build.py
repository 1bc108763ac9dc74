#!/usr/bin/env python3
"""`evgraph build` on the sample corpus: the tables are written and parse
as CSV with the interchange columns, every event cites real input files
and sentences found in them; renderers not yet available are warnings,
not failures. Then the error paths: a bad manifest date is named by file,
line and column with exit 1; invalid UTF-8 is reported, not fatal.
usage: check_build.py EVGRAPH ARTICLES_DIR WORK_DIR"""
import csv, os, shutil, subprocess, sys

def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace")

def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)

def main():
    exe, articles, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    out = os.path.join(work, "out")
    r = run([exe, "build", articles, "-o", out])
    if r.returncode != 0:
        fail(f"build exited {r.returncode}: {r.stderr}")
    summary = [l for l in r.stderr.splitlines() if l.startswith("evgraph build:") and "documents" in l]
    if not summary:
        fail("no summary line: " + r.stderr)
    with open(os.path.join(out, "events.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    want = ["id", "date", "precision", "type", "cameo", "source", "target", "modality",
            "summary", "evidence", "docs"]
    if not rows or list(rows[0].keys()) != want:
        fail(f"events.csv columns: {list(rows[0].keys()) if rows else 'no rows'}")
    ndocs = len([n for n in os.listdir(articles) if not n.startswith(".")])
    if len(rows) < ndocs:
        fail(f"only {len(rows)} events from {ndocs} articles")
    texts = {}
    for row in rows:
        for d in row["docs"].split(";"):
            if not os.path.isfile(d):
                fail(f"event {row['id']} cites {d!r}, not an input file")
            texts.setdefault(d, open(d, encoding="utf-8").read())
        docs = row["docs"].split(";")
        if docs[1:] != sorted(docs[1:]) or len(set(docs)) != len(docs):
            fail(f"docs of {row['id']}: the evidence's first, then each other once "
                 f"in name order, not {docs}")
        first = docs[0]
        if row["evidence"][:40] not in " ".join(texts[first].split()):
            fail(f"evidence of {row['id']} not found in {first}")
        if not row["source"] or not row["target"] or not row["type"]:
            fail(f"event {row['id']} lacks type, source or target")
    with open(os.path.join(out, "actors.csv"), newline="", encoding="utf-8") as f:
        actors = {a["name"] for a in csv.DictReader(f)}
    for row in rows:
        if row["source"] not in actors or row["target"] not in actors:
            fail(f"actors.csv lacks {row['source']} or {row['target']}")
    with open(os.path.join(out, "relations.csv"), newline="", encoding="utf-8") as f:
        ids = {row["id"] for row in rows}
        for rel in csv.DictReader(f):
            if rel["from"] not in ids or rel["to"] not in ids:
                fail(f"relation {rel} names an unknown event")
    for name in ("actors", "events", "timeline"):
        for ext in ("dot", "svg"):
            p = os.path.join(out, f"{name}.{ext}")
            if not os.path.exists(p) and f"{name}.{ext} not written" not in r.stderr:
                fail(f"{p} neither written nor reported")

    # a manifest with a bad date: one line naming file, line and column
    man = os.path.join(work, "manifest.csv")
    with open(man, "w") as f:
        f.write("file,date\n01.txt,2016-13-45\n")
    r = run([exe, "build", "--manifest", man, "-o", os.path.join(work, "m")])
    if r.returncode != 1 or f"{man}:2:2:" not in r.stderr:
        fail(f"bad manifest: exit {r.returncode}, stderr {r.stderr!r}")

    # a manifest gives the date of an undated article
    doc = os.path.join(work, "undated.txt")
    with open(doc, "w") as f:
        f.write("The Kremlin rejected the US accusations as groundless on Monday.\n")
    with open(man, "w") as f:
        f.write("file,date\nundated.txt,2017-01-10\n")
    r = run([exe, "build", "--manifest", man, "-o", os.path.join(work, "m")])
    with open(os.path.join(work, "m", "events.csv"), newline="", encoding="utf-8") as f:
        dated = [row["date"] for row in csv.DictReader(f)]
    if r.returncode != 0 or dated != ["2017-01-09"]:
        fail(f"manifest date not used: {dated} {r.stderr}")

    # invalid UTF-8 is reported as file:line:col and does not stop the build
    bad = os.path.join(work, "bad.txt")
    with open(bad, "wb") as f:
        f.write(b"October 8, 2016\n\nThe United States \xff accused Russia of hacking on Friday.\n")
    r = run([exe, "build", bad, "-o", os.path.join(work, "b")])
    if r.returncode != 0 or f"{bad}:3:19: invalid UTF-8" not in r.stderr:
        fail(f"bad bytes: exit {r.returncode}, stderr {r.stderr!r}")
    # --lexicon adds actors; a bad lexicon is named by file and line
    lex = os.path.join(work, "lexicon.csv")
    with open(lex, "w") as f:
        f.write("canonical,kind,country,aliases\nAcme Hackers,group,XX,Acme\n")
    doc = os.path.join(work, "acme.txt")
    with open(doc, "w") as f:
        f.write("March 3, 2019\n\nAcme breached the networks of the Pentagon on March 1.\n")
    r = run([exe, "build", doc, "--lexicon", lex, "-o", os.path.join(work, "l")])
    with open(os.path.join(work, "l", "events.csv"), newline="", encoding="utf-8") as f:
        got = [(row["source"], row["target"], row["date"]) for row in csv.DictReader(f)]
    if r.returncode != 0 or got != [("Acme Hackers", "Department of Defense", "2019-03-01")]:
        fail(f"--lexicon: {got} {r.stderr}")
    with open(lex, "w") as f:
        f.write("canonical,kind\n,group\n")
    r = run([exe, "build", doc, "--lexicon", lex, "-o", os.path.join(work, "l")])
    if r.returncode != 1 or f"{lex}:2:" not in r.stderr:
        fail(f"bad lexicon: exit {r.returncode}, stderr {r.stderr!r}")
    # an output never replaces an input
    clash = os.path.join(work, "clash")
    os.makedirs(clash, exist_ok=True)
    victim = os.path.join(clash, "events.csv")
    with open(victim, "w") as f:
        f.write("October 8, 2016\n\nThe United States on Friday accused Russia of hacking.\n")
    r = run([exe, "build", victim, "-o", clash])
    if r.returncode == 0 or "events.csv" not in r.stderr or "Russia of hacking" not in open(victim).read():
        fail(f"an input was overwritten or not reported: {r.stderr!r}")
    print(f"ok: {len(rows)} events, {len(actors)} actors")

if __name__ == "__main__":
    main()
