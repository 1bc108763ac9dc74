"""evgraph's iCalendar read by python3-icalendar (Debian's).

usage: /usr/bin/python3 check_pyical.py EVGRAPH EVENTS.csv RELATIONS.csv|- WORKDIR [CALNAME|@FILE]

Renders the events to ICS, parses it with icalendar.Calendar.from_ical and
checks every component parsed without errors, then the calendar header and
each VEVENT (dates, summary, UID, categories, description, RELATED-TO)
against what the input CSVs say.
"""
import datetime as dt
import os
import sys

import evgexpect as X

try:
    import icalendar
except ImportError:
    X.fail("%s has no icalendar module: apt-get install python3-icalendar" % sys.executable)


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def categories(ev):
    cats = []
    for c in as_list(ev.get("CATEGORIES")):
        cats += [str(x) for x in c.cats]
    return cats


def related(ev):
    return sorted((str(r), r.params.get("RELTYPE"), r.params.get("X-EVG-RELATION"))
                  for r in as_list(ev.get("RELATED-TO")))


def expected_related(e, rels, dated):
    return sorted((X.uid(r["to"]), X.RELTYPE[r["relation"]], r["relation"])
                  for r in rels if r["from"] == e["id"] and r["to"] in dated)


def check_header(cal, calname, n):
    X.check(str(cal["VERSION"]) == "2.0", "VERSION is not 2.0")
    X.check(str(cal["PRODID"]).startswith("-//evgraph//evgraph "), "PRODID")
    X.check(str(cal["METHOD"]) == "PUBLISH", "METHOD is not PUBLISH")
    X.check(str(cal["CALSCALE"]) == "GREGORIAN", "CALSCALE")
    X.check(str(cal["X-WR-CALNAME"]) == X.pyical_sees(calname),
            "X-WR-CALNAME %r, want %r" % (str(cal["X-WR-CALNAME"]), calname))
    X.check(str(cal["X-WR-CALDESC"]).startswith("%d event" % n), "X-WR-CALDESC")


def check_event(ev, e, rels, dated):
    start, end = X.span(e["date"])
    got = (ev.decoded("DTSTART"), ev.decoded("DTEND"))
    X.check(not isinstance(got[0], dt.datetime), "%s: DTSTART is not a DATE" % e["id"])
    X.check(got == (start, end), "%s: dates %r, want %r" % (e["id"], got, (start, end)))
    summary = str(ev["SUMMARY"])
    if e["summary"]:
        want = X.pyical_sees(e["summary"])
        X.check(summary == want, "%s: SUMMARY %r, want %r" % (e["id"], summary, want))
    else:
        X.check(all(a in summary for a in e["sources"] + e["targets"]), "%s: headline" % e["id"])
    desc = str(ev["DESCRIPTION"])
    for part in [e["evidence"], "Event id: " + e["id"], "Modality: " + e["modality"]] + e["docs"] + \
            e["sources"] + e["targets"]:
        X.check(X.pyical_sees(part) in desc, "%s: DESCRIPTION lacks %r" % (e["id"], part[:80]))
    X.check(categories(ev) == [e["type"], e["modality"]],
            "%s: CATEGORIES %r" % (e["id"], categories(ev)))
    X.check(related(ev) == expected_related(e, rels, dated),
            "%s: RELATED-TO %r, want %r" % (e["id"], related(ev), expected_related(e, rels, dated)))


def main():
    evgraph, events_csv, rel_csv, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    calname = sys.argv[5] if len(sys.argv) > 5 else None
    if calname and calname.startswith("@"):
        with open(calname[1:], encoding="utf-8") as f:
            calname = f.read()
    rel_csv = None if rel_csv == "-" else rel_csv
    out = os.path.join(work, "pyical.ics")
    extra = ["--calendar-name", calname] if calname else []
    err = X.render(evgraph, events_csv, "ics", out, rel_csv, extra=extra)
    events, rels = X.read_events(events_csv), X.read_relations(rel_csv)
    dated = {e["id"]: e for e in events if e["date"]}
    undated = len(events) - len(dated)
    X.check((("%d undated event" % undated) in err) == (undated > 0),
            "stderr %r does not report %d undated events" % (err, undated))
    with open(out, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    for comp in cal.walk():
        X.check(not comp.errors, "%s: parse errors %r" % (comp.name, comp.errors))
    check_header(cal, calname or "evgraph timeline", len(dated))
    vevents = {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}
    X.check(len(cal.walk("VEVENT")) == len(dated) == len(vevents),
            "%d VEVENTs, %d dated events" % (len(cal.walk("VEVENT")), len(dated)))
    for e in dated.values():
        X.check(X.uid(e["id"]) in vevents, "no VEVENT with UID %s" % X.uid(e["id"]))
        check_event(vevents[X.uid(e["id"])], e, rels, dated)
    nrel = sum(len(as_list(ev.get("RELATED-TO"))) for ev in vevents.values())
    first = cal.walk("VEVENT")[0]
    print("python3-icalendar %s: %d VEVENTs, %d RELATED-TO, %d undated left out; first: %s %s"
          % (icalendar.__version__, len(vevents), nrel, undated,
             first.decoded("DTSTART"), str(first["SUMMARY"])[:60]))


if __name__ == "__main__":
    main()
