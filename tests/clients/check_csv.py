"""evgraph's CSV read back by Python's csv module, and by evgraph itself.

usage: /usr/bin/python3 check_csv.py EVGRAPH EVENTS.csv RELATIONS.csv|- WORKDIR

1. events CSV -> `render -f csv`; csv.reader gives back the input rows
   (same ids, dates, types, actors, texts), every cell a spreadsheet would
   evaluate carries a leading "'", and no other cell does.
2. evgraph's own CSV rendered again (events, actors, relations) is
   byte-identical: the reader restores the neutralised cells exactly.
3. The neutralised cells come back without the "'" in evgraph's ICS.
"""
import csv
import os
import sys

import evgexpect as X

COLUMNS = ["id", "date", "precision", "type", "cameo", "source", "target",
           "modality", "summary", "evidence", "docs"]
LISTS = ("source", "target", "docs")


def precision(date):
    return ["unknown", "year", "month", "day"][len(date.split("-")) if date else 0]


def raw_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def check_neutralised(raw, value, where):
    if X.needs_neutralising(value):
        X.check(raw == "'" + value, "%s: %r is not neutralised" % (where, raw[:40]))
    else:
        X.check(raw == value, "%s: %r changed to %r" % (where, value[:40], raw[:40]))


def expected_row(e):
    return {"id": e["id"], "date": e["date"],
            "precision": e.get("precision") or precision(e["date"]),
            "type": e["type"], "cameo": e["cameo"],
            "source": ";".join(e["sources"]), "target": ";".join(e["targets"]),
            "modality": e["modality"], "summary": e["summary"],
            "evidence": e["evidence"], "docs": ";".join(e["docs"])}


def check_events(events_csv, out_csv):
    rows = raw_rows(out_csv)
    X.check(rows[0] == COLUMNS, "header %r" % rows[0])
    want = {e["id"]: expected_row(e) for e in X.read_events(events_csv)}
    X.check(len(rows) - 1 == len(want), "%d rows, want %d" % (len(rows) - 1, len(want)))
    for raw in rows[1:]:
        value = dict(zip(COLUMNS, (X.unneutralise(c) for c in raw)))
        X.check(value["id"] in want, "unknown id %r" % value["id"])
        exp = want[value["id"]]
        for col, cell in zip(COLUMNS, raw):
            X.check(value[col] == exp[col], "%s: %s is %r, want %r"
                    % (value["id"], col, value[col][:80], exp[col][:80]))
            check_neutralised(cell, exp[col], "%s/%s" % (value["id"], col))
    return len(rows) - 1


def check_stable(evgraph, work, events_csv, rel_csv):
    """CSV -> CSV -> CSV: the second and third are the same bytes."""
    first = {}
    for fmt in ("csv", "actors-csv", "relations-csv"):
        first[fmt] = os.path.join(work, "once." + fmt)
        X.render(evgraph, events_csv, fmt, first[fmt], rel_csv)
    for fmt in ("csv", "actors-csv", "relations-csv"):
        again = os.path.join(work, "twice." + fmt)
        extra = ["--actors", first["actors-csv"]]
        X.render(evgraph, first["csv"], fmt, again,
                 first["relations-csv"] if rel_csv else None, extra=extra)
        with open(first[fmt], "rb") as a, open(again, "rb") as b:
            X.check(a.read() == b.read(), "%s changes when read back and rendered again" % fmt)
    return first["csv"]


def check_restored(evgraph, work, csv_out):
    """Cells neutralised in evgraph's CSV reach the ICS as they were."""
    import icalendar
    ics = os.path.join(work, "restored.ics")
    X.render(evgraph, csv_out, "ics", ics)
    with open(ics, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    summaries = {str(ev["UID"]): str(ev["SUMMARY"]) for ev in cal.walk("VEVENT")}
    n = 0
    for e in X.read_events(csv_out):
        if e["date"] and X.needs_neutralising(e["summary"]):
            got = summaries[X.uid(e["id"])]
            X.check(got == X.pyical_sees(e["summary"]), "%s: ICS summary %r" % (e["id"], got[:60]))
            n += 1
    return n


def main():
    evgraph, events_csv, rel_csv, work = sys.argv[1:5]
    os.makedirs(work, exist_ok=True)
    rel_csv = None if rel_csv == "-" else rel_csv
    out = os.path.join(work, "events.out.csv")
    X.render(evgraph, events_csv, "csv", out, rel_csv)
    n = check_events(events_csv, out)
    neutral = sum(1 for r in raw_rows(out)[1:] for c in r if c.startswith("'"))
    stable = check_stable(evgraph, work, events_csv, rel_csv)
    restored = check_restored(evgraph, work, stable)
    print("python csv: %d rows equal the input, %d cells neutralised, "
          "csv->csv->csv stable, %d formula summaries restored in ICS" % (n, neutral, restored))


if __name__ == "__main__":
    main()
