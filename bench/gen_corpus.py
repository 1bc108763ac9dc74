#!/usr/bin/env python3
"""Builds the news-like benchmark corpus of bench/timex.sh: the seed
articles (when ../shared/seeds is there), the project's own test
sentences and the plain news sentences of bench/sentences.txt, shuffled with a fixed seed and repeated up to SIZE megabytes.

usage: gen_corpus.py OUT SIZE_MB SOURCE_DIR
       gen_corpus.py --docs OUT_DIR SIZE_MB SOURCE_DIR

With --docs the corpus is many documents, one file each, as a news crawl
delivers them: OUT_DIR/NNN/NNNNNNN.txt, each a dateline (a publication
date from 2014 to 2022), a headline and ten to forty paragraphs drawn
from the bundled sample articles (examples/articles), the seeds and the
sentences above."""
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


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def article_paragraphs(src):
    paras = []
    d = os.path.join(src, "examples", "articles")
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), encoding="utf-8") as f:
            # the first lines are the article's date and headline
            paras += [p for p in f.read().split("\n")[3:] if p.strip()]
    return paras


def docs(out, size, src):
    paras = paragraphs(src) + article_paragraphs(src) * 4
    rnd = random.Random(2021)
    written = n = 0
    while written < size:
        sub = os.path.join(out, "%03d" % (n // 1000))
        if n % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        date = "%s %d, %d" % (rnd.choice(MONTHS), rnd.randint(1, 28),
                              rnd.randint(2014, 2022))
        body = [rnd.choice(paras) for _ in range(rnd.randint(10, 40))]
        text = "%s\n\n%s\n\n%s\n" % (date, body[0][:80], "\n\n".join(body))
        data = text.encode("utf-8")
        with open(os.path.join(sub, "%07d.txt" % n), "wb") as f:
            f.write(data)
        written += len(data)
        n += 1
    print("%s: %.1f MB in %d documents" % (out, written / 1048576, n))


def main():
    if sys.argv[1] == "--docs":
        docs(sys.argv[2], int(sys.argv[3]) << 20, sys.argv[4])
        return
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
