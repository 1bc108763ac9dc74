#!/usr/bin/env python3
"""check_timelinejs.py EVENTS.csv TIMELINE.json

Checks a TimelineJS export against TimelineJS 3's documented JSON format
(an object with 'events', optional 'title', 'eras', 'scale'; each slide a
'start_date' date object with an integer year and optional month and day,
a 'text' object with 'headline' and 'text', optional 'group',
'display_date', 'unique_id', 'autolink') and against the events CSV it was
rendered from: every dated event is there once, under its id, on its date;
no undated one is. Text is HTML in TimelineJS, so the headline must be the
CSV summary HTML-escaped. Prints 'N passed, M failed'."""
import calendar, csv, html, json, sys
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from checks import check, report, restore  # noqa: E402


def main():
    rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
    doc = json.load(open(sys.argv[2], encoding="utf-8"))
    check(isinstance(doc, dict) and set(doc) <= {"events", "title", "eras", "scale"},
          "top-level keys %r" % (list(doc) if isinstance(doc, dict) else doc))
    slides = doc.get("events", [])
    check(isinstance(slides, list), "events is a list")
    allowed = {"start_date", "end_date", "text", "media", "group", "display_date",
               "background", "autolink", "unique_id"}
    by_id = {}
    for s in slides:
        check(set(s) <= allowed, "slide keys %r" % list(s))
        d = s.get("start_date", {})
        check(isinstance(d.get("year"), int), "year is an integer: %r" % d)
        m, day = d.get("month"), d.get("day")
        check(m is None or 1 <= m <= 12, "month %r" % m)
        check(day is None or (m is not None and 1 <= day <= calendar.monthrange(d["year"], m)[1]),
              "day %r" % day)
        t = s.get("text", {})
        check(isinstance(t.get("headline"), str) and t["headline"], "headline %r" % t)
        check(s.get("unique_id") not in by_id, "unique_id %r repeated" % s.get("unique_id"))
        by_id[s.get("unique_id")] = s
    dated = [r for r in rows if r.get("date", "").strip()]
    check(len(slides) == len(dated), "%d slides for %d dated events" % (len(slides), len(dated)))
    for r in dated:
        s = by_id.get(r["id"])
        check(s is not None, "event %r missing" % r["id"])
        if not s:
            continue
        d = s["start_date"]
        got = "%04d" % d["year"] + ("-%02d" % d["month"] if "month" in d else "") + \
              ("-%02d" % d["day"] if "day" in d else "")
        check(got == r["date"], "%s: date %s, want %s" % (r["id"], got, r["date"]))
        if r.get("summary"):
            check(s["text"]["headline"] == html.escape(restore(r["summary"]), quote=True).replace("&#x27;", "&#39;"),
                  "%s: headline %r" % (r["id"], s["text"]["headline"]))
    return report()


if __name__ == "__main__":
    sys.exit(main())
