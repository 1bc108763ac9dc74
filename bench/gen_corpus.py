#!/usr/bin/env python3
"""Builds the news-like benchmark corpus of bench/timex.sh: the seed
articles (when ../shared/seeds is there), the project's own test
sentences and the plain news sentences of bench/sentences.txt, shuffled with a fixed seed and repeated up to SIZE megabytes.

usage: gen_corpus.py OUT SIZE_MB SOURCE_DIR"""
import os
import random
import sys


def paragraphs(src):
    paras = []
    seeds = os.path.join(src, "..", "shared", "seeds")
    if os.path.isdir(seeds):
        for name in sorted(os.listdir(seeds)):
            with open(os.path.join(seeds, name), encoding="utf-8") as f:
                paras += [p for p in f.read().split("\n") if p.strip()]
    # Ordinary news sentences with no dates keep the density of
    # expressions near that of real articles (the seeds have about one
    # per 60 words; the test sentences one per 8).
    with open(os.path.join(src, "bench", "sentences.txt"),
              encoding="utf-8") as f:
        paras += [s.strip() for s in f if s.strip()] * 8
    with open(os.path.join(src, "tests", "timex", "cases.tsv"),
              encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            s = line.split("\t")[1].replace("[", "").replace("]", "")
            paras.append(s)
    return paras


def main():
    out, size, src = sys.argv[1], int(sys.argv[2]) << 20, sys.argv[3]
    paras = paragraphs(src)
    rnd = random.Random(2016)
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < size:
            # A paragraph of three to eight shuffled pieces.
            p = " ".join(rnd.choice(paras) for _ in range(rnd.randint(3, 8)))
            f.write(p + "\n\n")
            written += len(p.encode("utf-8")) + 2
    print("%s: %.1f MB from %d paragraphs" % (out, written / 1048576,
                                              len(paras)))


if __name__ == "__main__":
    main()
