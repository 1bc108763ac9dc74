#!/usr/bin/env python3
"""hostile.py DIR: writes DIR/events.csv, actors.csv and relations.csv whose
every field holds strings that try to break out of CSV, DOT, HTML, JSON,
XML and iCalendar: quotes, backslashes and Graphviz escapes, markup,
braces, newlines, commas, semicolons in free text, formula starts,
non-ASCII, and a 10 kB field."""
import csv, os, sys

d = sys.argv[1]
bad = ['"quoted" \\N \\G \\n', "<script>alert(1)</script> & &amp;",
       "{{item}} {x} ]] -->", "=HYPERLINK(\"http://x\")", "+1+2", "@SUM(A1)",
       "line one\nline two\r\nthree", "comma, here", "ünïcödé “curly” — dash \u2028",
       "'=quoted already", "x" * 10240]
actors = ["Actor <b>One</b>", "Actor \"Two\" \\N", "=Actor{3}", "Actor, Four"]
with open(os.path.join(d, "events.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "type", "source", "target", "modality", "summary", "evidence", "docs"])
    for i, s in enumerate(bad):
        w.writerow(["h%d<&\"%d" % (i, i), "2016-%02d-%02d" % (1 + i % 12, 1 + i), ["ACCUSE", "DENY", "REPORT"][i % 3],
                    actors[i % 4], actors[(i + 1) % 4], "alleged", s, bad[(i + 3) % len(bad)],
                    "doc <%d>.txt" % i])
with open(os.path.join(d, "actors.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["name", "kind", "country", "aliases"])
    for i, a in enumerate(actors):
        w.writerow([a, "person", "U<S", "alias \\N %d" % i])
with open(os.path.join(d, "relations.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["from", "relation", "to"])
    w.writerow(['h1<&"1', "responds_to", 'h0<&"0'])
    w.writerow(['h2<&"2', "reports", 'h1<&"1'])
