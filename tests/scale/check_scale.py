#!/usr/bin/env python3
"""Scale tests of the evgraph CLI: threads, map/reduce shards, JSON Lines.

usage: check_scale.py EVGRAPH SOURCE_DIR WORK_DIR jobs|shards|jsonl|rows|order|manifest|progress

The corpus is examples/articles, plus the seed articles when
SOURCE_DIR/../shared/seeds is there."""
import csv
import io
import itertools
import json
import os
import random
import shutil
import subprocess
import sys

TABLES = ["events.csv", "actors.csv", "relations.csv", "timeline.ics"]


def corpus(src):
    files = []
    for d in [os.path.join(src, "examples", "articles"),
              os.path.join(src, "..", "shared", "seeds")]:
        if os.path.isdir(d):
            files += sorted(os.path.join(d, f) for f in os.listdir(d)
                            if not f.startswith("."))
    return files


def run(args, stdin=None, ok=(0,)):
    r = subprocess.run(args, input=stdin, capture_output=True)
    if r.returncode not in ok:
        sys.exit("%s: exit %d\n%s" % (" ".join(args[:3]), r.returncode,
                                      r.stderr.decode(errors="replace")))
    return r


def read(path):
    with open(path, "rb") as f:
        return f.read()


def same_tables(a, b, what, names=TABLES):
    for t in names:
        if read(os.path.join(a, t)) != read(os.path.join(b, t)):
            sys.exit("%s: %s differs from the single run" % (what, t))


def test_jobs(evg, files, work):
    """-j 1, 2, 3 and 8 give byte-identical outputs, all of them."""
    run([evg, "build", "-j", "1", "-o", work + "/j1"] + files)
    outs = sorted(os.listdir(work + "/j1"))
    assert "events.csv" in outs and len(read(work + "/j1/events.csv")) > 200
    for j in ["2", "3", "8"]:
        run([evg, "build", "-j", j, "-o", work + "/j" + j] + files)
        same_tables(work + "/j1", work + "/j" + j, "-j " + j, outs)
    print("-j 1/2/3/8: %d outputs identical" % len(outs))


def jsonl(files):
    lines = []
    for f in files:
        with open(f, encoding="utf-8", errors="surrogateescape") as fh:
            text = fh.read()
        lines.append(json.dumps({"id": f, "text": text, "other": [1, None]},
                                ensure_ascii=True))
    return ("\n".join(lines) + "\n").encode()


def test_shards(evg, files, work):
    """shard | extract | cat | sort | merge == one build, byte for byte;
    one shard goes through JSON Lines on stdin, one mapper uses -j 2."""
    run([evg, "build", "-o", work + "/one"] + files)
    rnd = random.Random(7)
    shuffled = files[:]
    rnd.shuffle(shuffled)
    shards = [shuffled[i::3] for i in range(3)]
    rows = [run([evg, "extract"] + shards[0]).stdout,
            run([evg, "extract", "-j", "2"] + shards[1]).stdout,
            run([evg, "extract", "--jsonl", "-"], stdin=jsonl(shards[2])).stdout]
    lines = b"".join(reversed(rows)).splitlines(keepends=True)
    assert len(lines) > 10, "too few event rows"
    lines.sort()
    run([evg, "merge", "-o", work + "/mr"], stdin=b"".join(lines))
    same_tables(work + "/one", work + "/mr", "sorted shards")
    # the reduce also takes the rows as files, in any order
    paths = []
    for i, r in enumerate(rows):
        paths.append(os.path.join(work, "rows%d.csv" % i))
        with open(paths[-1], "wb") as f:
            f.write(r)
    run([evg, "merge", paths[2], paths[0], paths[1], "-o", work + "/mr2"])
    same_tables(work + "/one", work + "/mr2", "row files")
    # -o -: the events CSV on stdout, as a streaming reducer writes it
    out = run([evg, "merge", "-", "-o", "-"], stdin=b"".join(lines)).stdout
    if out != read(work + "/one/events.csv"):
        sys.exit("merge -o - differs from the single run's events.csv")
    print("%d documents in 3 shards, %d rows: merge equals build" %
          (len(files), len(lines)))


def manifest(files, first, base, prefix=""):
    """a manifest dating files[i] as file first + i of the corpus, its
    paths relative to base, each after prefix."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["file", "date"])
    for i, name in enumerate(files):
        w.writerow([prefix + os.path.relpath(name, base), "2019-03-%02d" % (1 + (first + i) % 28)])
    return out.getvalue().encode()


def test_manifest(evg, files, work):
    """build --manifest == extract --manifest on two halves (one read
    from stdin), sorted and merged; the manifest's dates reach the events:
    the build without it differs. A document is named by its path as the
    manifest gives it, so the halves name each file as the whole does."""
    run([evg, "build", "-o", work + "/plain"] + files)
    with open(work + "/all.csv", "wb") as f:
        f.write(manifest(files, 0, work))
    run([evg, "build", "--manifest", work + "/all.csv", "-o", work + "/one"])
    if read(work + "/one/events.csv") == read(work + "/plain/events.csv"):
        sys.exit("the manifest's dates changed nothing")
    half = len(files) // 2
    with open(work + "/a.csv", "wb") as f:
        f.write(manifest(files[:half], 0, work))
    rows = [run([evg, "extract", "--manifest", work + "/a.csv"]).stdout,
            run([evg, "extract", "-j", "2", "--manifest", "-"],
                stdin=manifest(files[half:], half, work, work + "/")).stdout]
    lines = b"".join(rows).splitlines(keepends=True)
    lines.sort()
    run([evg, "merge", "-o", work + "/mr"], stdin=b"".join(lines))
    same_tables(work + "/one", work + "/mr", "manifest shards")
    print("%d dated documents in 2 manifests: merge equals build --manifest" % len(files))


def test_jsonl(evg, files, work):
    """JSON Lines on stdin equals the files; bad lines are reported with
    line and column, skipped, and make the exit status 1."""
    run([evg, "build", "-o", work + "/files"] + files)
    data = jsonl(files)
    bad = [b'{"text": "A \\ud800 lone surrogate."}',
           b'{"text": "unterminated',
           b'[1, 2]',
           b'{"id": "x"}',
           b'{"text": "ok", "date": "2016-10-07"} trailing']
    lines = data.splitlines()
    mixed = lines[:1] + bad + lines[1:]
    # with two threads the lines are parsed at once, outside the lock
    for jobs in ("1", "2"):
        r = run([evg, "build", "--jsonl", "-", "-j", jobs, "-o", work + "/jl" + jobs],
                stdin=b"\n".join(mixed) + b"\n", ok=(1,))
        err = r.stderr.decode()
        for want in ["stdin:2:13: a high surrogate without a low one",
                     "stdin:3:", "stdin:4:1: a line must be a JSON object",
                     "stdin:5:1: no \"text\" member", "stdin:6:38: text after"]:
            if want not in err:
                sys.exit("-j %s: missing diagnostic %r in:\n%s" % (jobs, want, err))
        if "%d documents" % len(files) not in err:
            sys.exit("-j %s: the good lines were not all read:\n%s" % (jobs, err))
        same_tables(work + "/files", work + "/jl" + jobs, "JSON Lines -j " + jobs)
    print("JSON Lines, -j 1 and 2: %d documents equal the files; 5 bad lines reported"
          % len(files))


def bad_modality(row):
    """row with a modality no reader knows (column 9)."""
    if b",asserted," in row:
        return row.replace(b",asserted,", b",sure,", 1)
    return row.replace(b",reported,", b",sure,", 1)


def test_rows(evg, files, work):
    """Bad event rows: one line naming file, line and column; exit 1."""
    rows = run([evg, "extract", files[0]]).stdout.splitlines(keepends=True)
    assert rows, "no rows"
    cases = [(b"x,1\r\n", "bad.csv:2:1: 2 fields"),
             (bad_modality(rows[0]), "bad.csv:2:9: modality"),
             (b"\"open\r\n", "bad.csv:2:1: malformed CSV"),
             (b'a.txt,10,40,0,ACCUSE,,2020-01-01,1,asserted,0,0," ",org,US,,'
              b'Bravo Bank,org,GB,,"A blank name."\r\n', "bad.csv:2:12: source: empty actor name")]
    for bad, want in cases:
        path = os.path.join(work, "bad.csv")
        with open(path, "wb") as f:
            f.write(rows[0] + bad)
        r = run([evg, "merge", path, "-o", work + "/bad"], ok=(1,))
        err = r.stderr.decode().strip()
        if want not in err or "\n" in err:
            sys.exit("expected one line with %r, got:\n%s" % (want, err))
    print("bad rows: %d cases rejected with their position" % len(cases))
    # a reducer reads its input in 4 MiB pieces cut at records: many
    # pieces merge as one, and a bad row far in names its own line
    one = b"".join(rows)
    n = (9 << 20) // len(one) + 1
    for name, data in [("one.csv", one), ("big.csv", one * n)]:
        with open(os.path.join(work, name), "wb") as f:
            f.write(data)
        run([evg, "merge", os.path.join(work, name), "-o", work + "/" + name[:-4]])
    same_tables(work + "/one", work + "/big", "rows repeated %d times" % n)
    with open(os.path.join(work, "big.csv"), "ab") as f:
        f.write(cases[1][0])  # the row with a bad modality
    r = run([evg, "merge", os.path.join(work, "big.csv"), "-o", work + "/bad"], ok=(1,))
    err = r.stderr.decode().strip()
    want = "big.csv:%d:9: modality" % (len(rows) * n + 1)
    if want not in err or "\n" in err:
        sys.exit("expected one line with %r, got:\n%s" % (want, err))
    print("%d rows in %d MB: merged as one; a bad row after them named" %
          (len(rows) * n, len(one) * n >> 20))
    test_rows_quoted(evg, rows, work)


def quoted_rows(rows):
    """rows with their evidence a quoted cell of many lines, some of them
    ended by CR LF, with "" in it: nearly all bytes are inside quotes."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    for row in csv.reader(io.StringIO(b"".join(rows).decode())):
        row[-1] = 'he said "no",\r\nthen\n' * 3000 + row[-1]
        w.writerow(row)
    return out.getvalue().encode()


def test_rows_quoted(evg, rows, work):
    """Pieces cut inside quoted cells: the cut waits for the record's end,
    and the quoted newlines still count for a bad row's line number, also
    on a last line with no newline."""
    one = quoted_rows(rows)
    n = (17 << 20) // len(one) + 1
    big = one * n + bad_modality(rows[0]).rstrip(b"\r\n")
    # the pieces end at multiples of 4 MiB: all of them inside a quoted
    # cell of many lines, where a cut at the last newline would split it
    ends = range(4 << 20, len(big), 4 << 20)
    assert all(big.count(b'"', 0, k) % 2 for k in ends), "a piece ends outside quotes"
    for name, data in [("qone.csv", one), ("qbig.csv", one * n), ("qbad.csv", big)]:
        with open(os.path.join(work, name), "wb") as f:
            f.write(data)
    run([evg, "merge", os.path.join(work, "qone.csv"), "-o", work + "/qone"])
    run([evg, "merge", os.path.join(work, "qbig.csv"), "-o", work + "/qbig"])
    same_tables(work + "/qone", work + "/qbig", "quoted rows repeated %d times" % n)
    r = run([evg, "merge", os.path.join(work, "qbad.csv"), "-o", work + "/bad"], ok=(1,))
    err = r.stderr.decode().strip()
    want = "qbad.csv:%d:9: modality" % (one.count(b"\n") * n + 1)
    if want not in err or "\n" in err:
        sys.exit("expected one line with %r, got:\n%s" % (want, err))
    print("%d quoted rows of many lines, pieces cut inside quotes: merged as one;"
          " a bad last line named" % (len(rows) * n))


def actor_row(doc, day, kind, country, aliases):
    """an event row whose source is "Acme Group" as the document says."""
    return ('%s,10,40,0,ACCUSE,,2020-01-%02d,1,asserted,0,0,'
            'Acme Group,%s,%s,%s,Bravo Bank,org,GB,,'
            '"Acme Group accused Bravo Bank of fraud."\r\n' %
            (doc, day, kind, country, aliases)).encode()


def test_order(evg, files, work):
    """One name described two ways: the earliest document's description
    wins, whatever order the rows come in (every order of three)."""
    rows = [actor_row("c.txt", 3, "org", "US", ""),
            actor_row("a.txt", 1, "org", "US", ""),
            actor_row("b.txt", 2, "person", "RU", "Acme")]
    first = None
    for perm in itertools.permutations(range(3)):
        name = "".join(str(i) for i in perm)
        path = os.path.join(work, name + ".csv")
        with open(path, "wb") as f:
            f.write(b"".join(rows[i] for i in perm))
        run([evg, "merge", path, "-o", os.path.join(work, name)])
        if first is None:
            first = os.path.join(work, name)
            with open(os.path.join(first, "actors.csv"), newline="") as f:
                acme = [r for r in csv.DictReader(f) if r["name"] == "Acme Group"]
            if [(r["kind"], r["country"]) for r in acme] != [("org", "US")]:
                sys.exit("Acme Group: want org, US (a.txt), got %r" % acme)
        else:
            same_tables(first, os.path.join(work, name), "rows in order " + name)
    print("one name in two descriptions: 6 row orders, one actors.csv")
    test_order_random(evg, work)


TYPES = ("ACCUSE DENY CYBERATTACK REPORT THREATEN CRITICIZE DEMAND PROPOSE "
         "INVESTIGATE SANCTION STATEMENT").split()
NAMES = ["Acme Group", "Bravo Bank", "Northland", "Southland", "Carla Diaz",
         "Daily Post", "Energy Ministry", "Harbour Union"]
SAYS = ["%s accused %s of hacking.", "%s denied claims by %s.",
        "%s said %s attacked its networks.", "%s threatened %s with sanctions.",
        "According to %s, %s was behind the breach."]


def random_actor(r):
    n = r.choice(NAMES)
    return [n, r.choice(["unknown", "country", "org", "person"]),
            r.choice(["", "US", "RU", "GB"]), r.choice(["", n.split()[0], n.upper()])]


def random_cells(r):
    """the cells of a well-formed event row: a random document, actors,
    date and evidence."""
    s = random_actor(r)
    t = random_actor(r)
    while t[0] == s[0]:
        t = random_actor(r)
    date = r.choice(["", "2016-10-07", "2016-10-08", "2016-10", "2016", "2021-04-15"])
    said = r.choice(SAYS) % (s[0], t[0])
    return (["d%02d.txt" % r.randrange(12), str(r.randrange(0, 500, 10)), str(len(said)),
             str(r.randrange(5)), r.choice(TYPES), r.choice(["", "112", "0560"]), date,
             str(r.randrange(2)) if date else "0",
             r.choice(["asserted", "reported", "alleged", "denied", "planned"]),
             str(r.randrange(2)), "0"] + s + t + ['"%s"' % said])


def random_rows(r, n):
    """n rows; some repeat an earlier one with one cell the merge does not
    key on changed (CAMEO code, sentence, modality, media), so that the
    content order meets near ties."""
    rows = []
    for _ in range(n):
        if rows and r.random() < 0.25:
            cells = list(r.choice(rows))
            k = r.choice([3, 5, 8, 9])
            cells[k] = {3: str(r.randrange(5)), 5: r.choice(["", "112", "1121"]),
                        8: r.choice(["asserted", "alleged"]), 9: str(r.randrange(2))}[k]
        else:
            cells = random_cells(r)
        rows.append(cells)
    return [(",".join(c) + "\r\n").encode() for c in rows]


def test_order_random(evg, work):
    """Random rows (names in several descriptions, repeated documents and
    dates, near repeats) merge alike in sorted and three shuffled orders."""
    for seed in range(40):
        r = random.Random(seed)
        rows = random_rows(r, r.randrange(3, 80))
        first = None
        for k in range(4):
            order = sorted(rows) if k == 0 else random.Random(seed * 8 + k).sample(rows, len(rows))
            path = os.path.join(work, "random.csv")
            with open(path, "wb") as f:
                f.write(b"".join(order))
            out = os.path.join(work, "random%d" % k)
            run([evg, "merge", path, "-o", out])
            if first is None:
                first = out
            else:
                same_tables(first, out, "random rows %d, order %d" % (seed, k))
    print("random rows: 40 sets, each merged alike in 4 orders")


def test_progress(evg, files, work):
    """Progress goes to stderr when it is a terminal, and only then; its
    last line counts every file of the folders walked, and their bytes."""
    import pty
    tree = os.path.join(work, "tree")
    for i, f in enumerate(files):  # two folders, a nested one
        d = os.path.join(tree, "a" if i % 2 else os.path.join("b", "c"))
        os.makedirs(d, exist_ok=True)
        shutil.copy(f, d)
    total = sum(os.path.getsize(f) for f in files)
    r = run([evg, "build", tree, "-o", work + "/quiet"])
    if b"\r" in r.stderr or b"MB/s" in r.stderr:
        sys.exit("progress written to a stderr that is not a terminal:\n%s" %
                 r.stderr.decode(errors="replace"))
    master, slave = pty.openpty()
    p = subprocess.Popen([evg, "build", tree, "-o", work + "/tty"],
                         stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    if p.wait() != 0:
        sys.exit("build on a terminal: exit %d\n%s" % (p.returncode, out.decode()))
    text = out.decode(errors="replace")
    want = "%d documents, %.1f MB, " % (len(files), total / 1048576)
    last = [part for part in text.replace("\n", "\r").split("\r") if "MB/s" in part]
    if not last or not last[-1].startswith(want):
        sys.exit("progress on a terminal: want a last line starting %r, got:\n%r" %
                 (want, text))
    print("progress: %r on a terminal, none otherwise" % last[-1].strip())


def main():
    evg, src, work, what = sys.argv[1:5]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    files = corpus(src)
    {"jobs": test_jobs, "shards": test_shards, "jsonl": test_jsonl,
     "rows": test_rows, "order": test_order, "manifest": test_manifest,
     "progress": test_progress}[what](evg, files, work)


if __name__ == "__main__":
    main()
