#!/usr/bin/env python3
"""check_html.py EVENTS.csv PAGE.html [TITLE]

Reads the briefing page with Python's HTML parser and checks what a
reader relies on: the title, two inline SVG figures, one table row per
event carrying its date, summary and evidence as text, and nothing that
would load from elsewhere (no src, no stylesheet link, no url() or
@import), so the page opens from disk and can be mailed as it is.
Prints 'N passed, M failed'."""
import csv, html.parser, sys
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from checks import check, report, restore  # noqa: E402


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.svgs, self.rows, self.loads = [], 0, [], []
        self.title, self.cell, self.style = "", None, ""

    VOID = {"meta", "link", "br", "img", "hr", "input", "col", "area", "base", "wbr", "source"}

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
        a = dict(attrs)
        if tag == "svg":
            self.svgs += 1
        if tag == "tr" and "tbody" in self.stack:
            self.rows.append([])
        if tag == "td" and self.rows:
            self.cell = []
        for k in ("src", "href", "xlink:href"):
            if k in a and not (a[k] or "").startswith("#"):
                self.loads.append("%s=%s" % (k, a[k]))
        if tag == "link":
            self.loads.append("link")

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None and self.rows:
            self.rows[-1].append("".join(self.cell).strip())
            self.cell = None
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        if self.stack[-2:] == ["head", "title"]:
            self.title += data
        if self.stack and self.stack[-1] == "style":
            self.style += data
        if self.cell is not None:
            self.cell.append(data)


def main():
    rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
    p = Page()
    p.feed(open(sys.argv[2], encoding="utf-8").read())
    if len(sys.argv) > 3:
        check(p.title == sys.argv[3], "title %r" % p.title)
    check(p.svgs >= 2, "%d inline SVGs, want the figure and the graph" % p.svgs)
    check(not p.loads, "external loads: %r" % p.loads[:5])
    check("url(" not in p.style and "@import" not in p.style, "CSS loads something")
    check(len(p.rows) == len(rows), "%d table rows for %d events" % (len(p.rows), len(rows)))
    text = ["\n".join(r) for r in p.rows]
    for r in rows:
        for field in ("summary", "evidence"):
            want = " ".join(restore(r.get(field, "")).split())
            if want:
                check(any(want in " ".join(t.split()) for t in text),
                      "%s of %s not in the table as text" % (field, r.get("id")))
    return report()


if __name__ == "__main__":
    sys.exit(main())
