#!/usr/bin/env python3
"""The Graphviz outputs of the evgraph CLI, checked as their users see them.

usage: check_images.py EVGRAPH EXAMPLES_DIR OUT_DIR

- DOT of every view: laid out by Graphviz's own dot;
- SVG of every view: well-formed (xmllint --noout when installed, and
  Python's XML parser), with every active actor's name as drawn text;
- PNG of every view: the signature, a plausible size, and pixels that
  are not all one colour (decoded by tests/tools/pngcheck.py);
- PDF: starts with %PDF- and ends with %%EOF; stamped with
  SOURCE_DATE_EPOCH, not the clock, so the same bytes run to run in any
  time zone, and read by pdfinfo (poppler-utils) when installed;
- DOT and SVG are the same bytes run to run;
- --engine sfdp works; an unknown engine exits 2; a template that is not
  DOT exits 1 with one line on stderr naming the template;
- hostile names and summaries (quotes, backslashes, '<', '&', braces,
  newlines, commas, semicolons, a leading '=', non-ASCII, 10 kB) give
  well-formed SVG that shows them literally.
"""
import csv
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import pngcheck  # noqa: E402  (the project's PNG decoder, tests/tools)

EVG, EXAMPLES, OUT = sys.argv[1:4]
os.makedirs(OUT, exist_ok=True)
FAILED = []
SVGNS = "{http://www.w3.org/2000/svg}"


def check(cond, what):
    if not cond:
        FAILED.append(what)
        print("FAIL:", what, file=sys.stderr)


def render(events, actors, relations, fmt, view, out, *extra):
    cmd = [EVG, "render", events, "-f", fmt, "--view", view, "-o", out]
    if actors:
        cmd += ["--actors", actors]
    if relations:
        cmd += ["--relations", relations]
    return subprocess.run(cmd + list(extra), capture_output=True, text=True,
                          timeout=60)


def example_args():
    return (os.path.join(EXAMPLES, "events.csv"),
            os.path.join(EXAMPLES, "actors.csv"),
            os.path.join(EXAMPLES, "relations.csv"))


def active_actor_names(events_csv):
    names = set()
    with open(events_csv, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for col in ("source", "target"):
                names.update(n.strip() for n in row[col].split(";") if n.strip())
    return names


def svg_texts(path):
    tree = ET.parse(path)  # raises on malformed XML
    return ["".join(t.itertext()) for t in tree.iter(SVGNS + "text")]


def xmllint_ok(path):
    if not shutil.which("xmllint"):
        return True
    r = subprocess.run(["xmllint", "--noout", path], capture_output=True)
    return r.returncode == 0


# ---- PNG decoding (RFC 2083), enough to look at the pixels ---------------

def check_png(path, label):
    try:
        width, height, bpp, rows = pngcheck.decode(path)
    except ValueError as e:
        check(False, "%s: %s" % (label, e))
        return
    check(200 <= width <= 8000 and 200 <= height <= 8000,
          "%s: PNG size %dx%d" % (label, width, height))
    colours, ink, total = set(), 0, 0
    background = rows[0][:bpp]
    for row in rows[::3]:
        for x in range(0, len(row), bpp * 3):
            px = row[x:x + bpp]
            colours.add(px)
            ink += px != background
            total += 1
    check(len(colours) >= 8, "%s: PNG has %d colours" % (label, len(colours)))
    share = ink / total
    check(0.01 < share < 0.9, "%s: PNG ink share %.3f" % (label, share))


# ---- the checks ------------------------------------------------------------

def test_views():
    events, actors, relations = example_args()
    names = active_actor_names(events)
    for view in ("actors", "events", "timeline"):
        svg = os.path.join(OUT, view + ".svg")
        r = render(events, actors, relations, "svg", view, svg)
        check(r.returncode == 0, "%s svg: %s" % (view, r.stderr))
        check(xmllint_ok(svg), "%s svg: xmllint" % view)
        texts = " ".join(svg_texts(svg))
        for name in names:
            if view != "timeline":
                check(name in texts, "%s svg lacks actor %r" % (view, name))
            else:  # the timeline names actors in its "who -> whom" lines
                check(name in texts, "timeline svg lacks %r" % name)
        # The DOT output is for other tools too: Graphviz's own dot must
        # lay it out.
        dot = os.path.join(OUT, view + ".dot")
        r = render(events, actors, relations, "dot", view, dot)
        check(r.returncode == 0, "%s dot: %s" % (view, r.stderr))
        if shutil.which("dot"):
            r = subprocess.run(["dot", "-Tsvg", dot, "-o", dot + ".svg"],
                               capture_output=True, timeout=60)
            check(r.returncode == 0 and xmllint_ok(dot + ".svg"),
                  "dot -Tsvg on the %s DOT: %r" % (view, r.stderr[:200]))
        png = os.path.join(OUT, view + ".png")
        r = render(events, actors, relations, "png", view, png)
        check(r.returncode == 0, "%s png: %s" % (view, r.stderr))
        if r.returncode == 0:
            check_png(png, view)
    pdf = os.path.join(OUT, "actors.pdf")
    r = render(events, actors, relations, "pdf", "actors", pdf)
    with open(pdf, "rb") as f:
        data = f.read()
    check(r.returncode == 0 and data.startswith(b"%PDF-") and
          b"%%EOF" in data[-64:], "PDF")


def test_same_bytes():
    """Two runs give the same bytes: ids and order come from the data."""
    events, actors, relations = example_args()
    for fmt in ("dot", "svg"):
        outs = []
        for k in (1, 2):
            path = os.path.join(OUT, "again%d.%s" % (k, fmt))
            render(events, actors, relations, fmt, "events", path)
            with open(path, "rb") as f:
                outs.append(f.read())
        check(outs[0] == outs[1] and len(outs[0]) > 1000,
              "%s differs between two runs" % fmt)


def xref_ok(data):
    """Every object the cross-reference table lists starts where it says,
    and startxref points at the table."""
    at = data.rfind(b"startxref")
    x = int(data[at + 9:].split()[0])
    if not data[x:].startswith(b"xref"):
        return False
    lines = data[x:data.index(b"trailer", x)].split(b"\n")[1:]
    num = 0
    for line in lines:
        f = line.split()
        if len(f) == 2:
            num = int(f[0])
        elif len(f) == 3:
            if f[2] == b"n" and not data[int(f[0]):].startswith(b"%d 0 obj" % num):
                return False
            num += 1
    return True


def test_pdf_stamp():
    """A PDF carries the render's stamp, not the clock: two runs a second
    apart, in time zones east and west of UTC and in UTC, give the same
    bytes, and the stamp follows SOURCE_DATE_EPOCH; the cross-reference
    table stays true, and a PDF reader reads the date and the pages."""
    events, actors, relations = example_args()
    for view in ("actors", "briefing"):
        outs = []
        for k, tz in enumerate(("Asia/Kolkata", "America/New_York", "UTC")):
            env = dict(os.environ, TZ=tz, SOURCE_DATE_EPOCH="1475798400")
            path = os.path.join(OUT, "stamp%d-%s.pdf" % (k, view))
            r = subprocess.run([EVG, "render", events, "-f", "pdf", "--view", view,
                                "-o", path], capture_output=True, text=True,
                               timeout=60, env=env)
            check(r.returncode == 0, "%s pdf: %s" % (view, r.stderr))
            with open(path, "rb") as f:
                outs.append(f.read())
            if k == 0:
                time.sleep(1.1)
        check(outs[0] == outs[1] == outs[2],
              "%s pdf differs between runs and time zones" % view)
        check(b"/CreationDate (D:20161007000000Z)" in outs[0],
              "%s pdf not stamped with SOURCE_DATE_EPOCH" % view)
        check(xref_ok(outs[0]), "%s pdf: the cross-reference table is off" % view)
        if shutil.which("pdfinfo"):
            r = subprocess.run(["pdfinfo", path], capture_output=True, text=True,
                               timeout=60)
            check(r.returncode == 0 and "Oct  7 00:00:00 2016 UTC" in r.stdout
                  and "Pages:           1" in r.stdout and not r.stderr,
                  "pdfinfo on the %s pdf: %r %r" % (view, r.stdout, r.stderr))
    bad = dict(os.environ, SOURCE_DATE_EPOCH="yesterday")
    path = os.path.join(OUT, "badstamp.pdf")
    r = subprocess.run([EVG, "render", events, "-f", "pdf", "--view", "actors",
                        "-o", path], capture_output=True, text=True, timeout=60,
                       env=bad)
    check(r.returncode != 0 and "SOURCE_DATE_EPOCH" in r.stderr and
          not os.path.exists(path), "a bad SOURCE_DATE_EPOCH: %r" % r.stderr)


def test_engines():
    events, actors, relations = example_args()
    svg = os.path.join(OUT, "sfdp.svg")
    r = render(events, actors, relations, "svg", "actors", svg, "--engine", "sfdp")
    check(r.returncode == 0 and xmllint_ok(svg), "sfdp: %s" % r.stderr)
    r = render(events, actors, relations, "png", "actors",
               os.path.join(OUT, "nosuch.png"), "--engine", "nosuch")
    check(r.returncode == 2, "unknown engine exit %d" % r.returncode)
    check(len(r.stderr.strip().splitlines()) == 1 and "nosuch" in r.stderr,
          "unknown engine message %r" % r.stderr)
    check(not os.path.exists(os.path.join(OUT, "nosuch.png")),
          "output written despite the error")


def test_bad_template():
    events, actors, relations = example_args()
    tpl = os.path.join(OUT, "bad.dot")
    with open(tpl, "w") as f:
        f.write("digraph {\n  node [shape=box]\n  a -> -> b\n}\n")
    for fmt in ("dot", "svg"):
        out = os.path.join(OUT, "bad-out." + fmt)
        r = render(events, actors, relations, fmt, "actors", out, "--template", tpl)
        lines = r.stderr.strip().splitlines()
        check(r.returncode == 1, "bad template %s: exit %d" % (fmt, r.returncode))
        check(len(lines) == 1 and "template" in lines[0] and "line 3" in lines[0],
              "bad template message %r" % r.stderr)
        check(not os.path.exists(out), "output written despite a bad template")
        check(not [n for n in os.listdir(OUT) if ".tmp-" in n],
              "a temporary file left behind by a failed render")


HOSTILE = [
    'Quote " in "the" name',
    "Back\\slash \\N \\G and a trailing one\\",
    "<b>x</b>",
    "AT&T &amp; &lt;tag&gt;",
    "{ braces } -> edge; node=1",
    "line one\nline two",
    "comma, semi; colon",
    "=SUM(A1:A2)",
    "Pe\u00f1a \u041c\u043e\u0441\u043a\u0432\u0430 \u5317\u4eac",
]


def test_hostile():
    events = os.path.join(OUT, "hostile-events.csv")
    big = ("x" * 99 + " ") * 100  # 10 kB
    with open(events, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "precision", "type", "cameo", "source",
                    "target", "modality", "summary", "evidence", "docs"])
        for i, name in enumerate(HOSTILE):
            other = HOSTILE[(i + 1) % len(HOSTILE)]
            w.writerow(["h%d\\\"" % i, "2016-%02d" % (i + 1), "month", "ACCUSE",
                        "112", name.replace(";", ","), other.replace(";", ","),
                        "asserted", name, big if i == 0 else name, "doc"])
    for view in ("actors", "events", "timeline"):
        svg = os.path.join(OUT, "hostile-%s.svg" % view)
        r = render(events, None, None, "svg", view, svg)
        check(r.returncode == 0, "hostile %s: %s" % (view, r.stderr))
        if r.returncode:
            continue
        check(xmllint_ok(svg), "hostile %s: xmllint" % view)
        texts = svg_texts(svg)
        if view == "actors":
            for name in HOSTILE:
                for part in name.replace(";", ",").split("\n"):
                    check(part in texts, "hostile actor %r not drawn literally" % part)
        joined = " ".join(texts)
        check("Back\\slash \\N" in joined, "\\N substituted in %s" % view)
    dot = os.path.join(OUT, "hostile.dot")
    r = render(events, None, None, "dot", "events", dot)
    check(r.returncode == 0, "hostile dot")
    if shutil.which("dot"):
        r = subprocess.run(["dot", "-Tcanon", dot], capture_output=True, timeout=60)
        check(r.returncode == 0, "dot cannot read the hostile DOT: %r" % r.stderr[:200])


test_views()
test_same_bytes()
test_pdf_stamp()
test_engines()
test_bad_template()
test_hostile()
print("%d failed" % len(FAILED))
sys.exit(1 if FAILED else 0)
