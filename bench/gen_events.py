#!/usr/bin/env python3
"""gen_events.py N OUT.csv [SEED]: a synthetic events CSV of N events among
a few hundred actors over ten years, with responses linking about one in
five events to an earlier one (OUT's relations go to relations.csv beside
it). Reproducible for a given seed; used by bench/render.sh."""
import csv, os, random, sys

n, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
types = ["ACCUSE", "DENY", "CYBERATTACK", "REPORT", "THREATEN", "CRITICIZE",
         "DEMAND", "PROPOSE", "INVESTIGATE", "SANCTION", "STATEMENT"]
actors = ["Actor %03d" % i for i in range(300)]
weights = [1.0 / (i + 1) for i in range(len(actors))]  # a few very active ones
rows, rels = [], []
for i in range(n):
    y, m, d = 2012 + rnd.randrange(10), 1 + rnd.randrange(12), 1 + rnd.randrange(28)
    prec = rnd.random()
    date = "%04d-%02d-%02d" % (y, m, d) if prec < .7 else "%04d-%02d" % (y, m) if prec < .95 else "%04d" % y
    s, t = rnd.choices(actors, weights, k=2)
    rows.append(["e%05d" % i, date, rnd.choice(types), s, t if t != s else actors[-1],
                 "asserted", "Event %d between %s and %s" % (i, s, t),
                 "Evidence sentence number %d, quoted from the article." % i, "doc%04d.txt" % (i % 2000)])
    if i and rnd.random() < .2:
        rels.append(["e%05d" % i, "responds_to", "e%05d" % rnd.randrange(i)])
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "type", "source", "target", "modality", "summary", "evidence", "docs"])
    w.writerows(rows)
with open(os.path.join(os.path.dirname(out) or ".", "relations.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["from", "relation", "to"])
    w.writerows(rels)
