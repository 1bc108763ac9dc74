#!/usr/bin/env python3
"""Checks the TimeML that `evgraph timex` writes: well-formed (xmllint
--noout), the TEXT of a TempEval-3 input kept byte for byte, the DCT as t0,
plain text escaped; and the command's errors and exit codes.

usage: check_timeml.py EVGRAPH TESTDIR     (exits 77 when xmllint is absent)"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL:", what)


def run(exe, args, cwd=None):
    return subprocess.run([exe, "timex"] + args, cwd=cwd, capture_output=True)


def wellformed(data, what):
    r = subprocess.run(["xmllint", "--noout", "-"], input=data,
                       capture_output=True)
    check(r.returncode == 0, "%s is not well-formed: %s" % (what, r.stderr))


def tempeval_input(exe, testdir):
    src = os.path.join(testdir, "sample.tml")
    raw = open(src, "rb").read()
    r = run(exe, [src])
    check(r.returncode == 0, "sample.tml: exit %d" % r.returncode)
    out = r.stdout
    wellformed(out, "TimeML from sample.tml")
    stripped = re.sub(rb"<TIMEX3 tid=\"t[1-9][0-9]*\"[^>]*>|</TIMEX3>", b"",
                      out.split(b"<TEXT>", 1)[1])
    check(out.split(b"<TEXT>", 1)[0] == raw.split(b"<TEXT>", 1)[0],
          "the part before TEXT changed")
    check(stripped == raw.split(b"<TEXT>", 1)[1],
          "TEXT or what follows it changed")
    want = [b'type="DATE" value="2013-04-11"', b'value="2013-W14"',
            b'value="2012-12"', b'value="P2W"', b'value="XXXX-WXX-1"',
            b'value="2013" mod="END"', b'value="2012"']
    for w in want:
        check(w in out, "sample.tml: no TIMEX3 with %s" % w.decode())
    check(b"&amp; Partners" in out and b"&lt;draft&gt;" in out,
          "entities of the TEXT not kept")


def plain_input(exe, tmp):
    path = os.path.join(tmp, "plain.txt")
    with open(path, "wb") as f:
        f.write(b" date 2016-11-07 A <b> & \"c\" \x01 \xff\xfe story "
                b"from last week.\n")
    r = run(exe, [path])
    check(r.returncode == 0, "plain.txt: exit %d" % r.returncode)
    wellformed(r.stdout, "TimeML from plain text")
    check(b'<TIMEX3 tid="t0" type="DATE" value="2016-11-07"' in r.stdout and
          b'functionInDocument="CREATION_TIME"' in r.stdout, "no DCT t0")
    check(b"&lt;b&gt; &amp;" in r.stdout, "plain text not escaped")
    check(b'value="2016-W44"' in r.stdout, "last week not tagged")
    outdir = os.path.join(tmp, "out")
    os.mkdir(outdir)
    r = run(exe, [path, os.path.join(os.path.dirname(__file__) or ".",
                                     "sample.tml"), "--outdir", outdir])
    check(r.returncode == 0, "--outdir: exit %d %s" % (r.returncode, r.stderr))
    for name in ("plain.txt.tml", "sample.tml"):
        p = os.path.join(outdir, name)
        check(os.path.isfile(p), "--outdir wrote no %s" % name)
        if os.path.isfile(p):
            wellformed(open(p, "rb").read(), name)


def errors(exe, tmp):
    text = os.path.join(tmp, "a.txt")
    with open(text, "w") as f:
        f.write("The talks ended last month.\n")
    bad = os.path.join(tmp, "bad.csv")
    with open(bad, "w") as f:
        f.write('file,date\na.txt,"2016-10-07\n')
    r = run(exe, [text, "--manifest", bad])
    check(r.returncode == 1 and b"bad.csv:2" in r.stderr and
          r.stderr.count(b"\n") == 1, "bad manifest: %r" % r.stderr)
    badd = os.path.join(tmp, "baddate.csv")
    with open(badd, "w") as f:
        f.write("file,date\na.txt,2016-13-01\n")
    r = run(exe, [text, "--manifest", badd])
    check(r.returncode == 1 and b"baddate.csv:2:2" in r.stderr,
          "bad manifest date: %r" % r.stderr)
    good = os.path.join(tmp, "good.csv")
    with open(good, "w") as f:
        f.write("file,date\nsomewhere/a.txt,2016-10-07\n")
    r = run(exe, [text, "--manifest", good, "--format", "csv"])
    check(r.returncode == 0 and b"last month,DATE,2016-09" in r.stdout,
          "manifest date not used: %r" % r.stdout)
    r = run(exe, [text, "--dct", "2017-02-03", "--manifest", good, "-f", "csv"])
    check(b"last month,DATE,2017-01" in r.stdout, "--dct does not win")
    r = run(exe, [text, "--dct", "yesterday"])
    check(r.returncode == 2, "bad --dct: exit %d" % r.returncode)
    r = run(exe, [os.path.join(tmp, "absent.txt")])
    check(r.returncode == 1 and b"absent.txt" in r.stderr, "missing file")
    notext = os.path.join(tmp, "notext.tml")
    with open(notext, "w") as f:
        f.write("<TimeML><DCT></DCT></TimeML>\n")
    r = run(exe, [notext])
    check(r.returncode == 1 and b"notext.tml" in r.stderr, "TimeML w/o TEXT")
    r = run(exe, [text, text])
    check(r.returncode == 2, "several files as TimeML without --outdir")


def main():
    exe, testdir = os.path.abspath(sys.argv[1]), sys.argv[2]
    if not shutil.which("xmllint"):
        print("skipped: xmllint not found (Debian: libxml2-utils)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        tempeval_input(exe, testdir)
        plain_input(exe, tmp)
        errors(exe, tmp)
    print("%d failures" % len(FAILS))
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
