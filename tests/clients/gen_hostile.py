"""Writes an events CSV (and relations CSV) whose every free-text field is
hostile: quotes, backslashes, markup, braces, commas, semicolons, newlines,
spreadsheet formula starts, non-ASCII, 10 kB cells. Vocabulary fields
(date, precision, type, modality) must stay valid, but vary in case.

usage: python3 gen_hostile.py OUTDIR
writes OUTDIR/events.csv, OUTDIR/relations.csv, OUTDIR/calname.txt
"""
import csv
import os
import sys

# Pieces that break naive writers of CSV, iCalendar TEXT, HTML and JSON.
NASTY = [
    '"double" \'single\'', "back\\slash\\", "<b>&amp;</b>", "{braces}",
    "comma, comma", "semi; colon", "line\nbreak", "\\n literal",
    "caf\u00e9 \u65e5\u672c \u0645\u0631\u062d\u0628\u0627 \U0001F600",
    "tab\there", "%s %d {0}", "BEGIN:VEVENT", "\u2028sep\u2029",
]
FORMULA = ["=1+2", "+SUM(A1)", "-3", "@cmd", "\tTAB", "'=quoted", "''=twice"]


def nasty(i, n=3):
    return " ".join(NASTY[(i + k) % len(NASTY)] for k in range(n))


def big(i):
    # About 10 kB, with multi-byte characters across where lines fold.
    unit = "%d: \u00e9\u65e5\U0001F600 ; , \\ \" \n " % i
    return (unit * (10240 // len(unit.encode("utf-8")) + 1))[:5000]


def actor(i):
    # No ';' (the list separator) and no outer spaces (they are trimmed).
    names = ['Actor "Q", Inc.', "=HYPERLINK(\"http://x\")", "Back\\slash <b>&",
             "\u00dcn\u00efc\u00f6d\u00e9 \u65e5\u672c", "{curly} @handle", "-minus"]
    return names[i % len(names)]


def rows():
    dates = [("2016-10-07", "day"), ("2016-02", "month"), ("2016", "year"),
             ("2016-02-29", "day"), ("2016-12", "month"), ("", "unknown"),
             ("2021-03-09", "day")]
    types = ["ACCUSE", "deny", "Cyberattack", "REPORT", "threaten", "Statement", "demand"]
    mods = ["asserted", "DENIED", "alleged", "reported", "planned", "", "Asserted"]
    ids = ['id "one", <&> {1}', "=cmd|' /C calc'!A0", "plain-id_2.x",
           "caf\u00e9;semi,comma\\back", "+4", "@five six", "-seven"]
    for i, (date, prec) in enumerate(dates):
        summary = FORMULA[i % len(FORMULA)] + " " + nasty(i)
        if i == 3:
            summary = big(i)
        if i == 6:
            summary = ""  # the ICS builds a headline from the actors
        evidence = big(i + 1) if i % 2 == 0 else nasty(i + 5, 6)
        docs = "%s;doc <%d> \"q\", c\u00e9;%s" % (FORMULA[(i + 2) % len(FORMULA)], i, "{d}")
        src = "%s;%s" % (actor(i), actor(i + 1))
        yield [ids[i], date, prec, types[i], FORMULA[(i + 3) % len(FORMULA)],
               src, actor(i + 3), mods[i], summary, evidence, docs]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    header = ["id", "date", "precision", "type", "cameo", "source", "target",
              "modality", "summary", "evidence", "docs"]
    data = list(rows())
    with open(os.path.join(out, "events.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(data)
    # A calendar name as hostile as the events, for --calendar-name.
    with open(os.path.join(out, "calname.txt"), "w", encoding="utf-8") as f:
        f.write('Timeline, "quoted"; back\\slash\nnew line <b>&amp; {x} caf\u00e9 \\n')
    ids = [r[0] for r in data]
    with open(os.path.join(out, "relations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["from", "relation", "to"])
        w.writerow([ids[1], "responds_to", ids[0]])
        w.writerow([ids[3], "reports", ids[0]])
        w.writerow([ids[3], "follows", ids[2]])
        w.writerow([ids[6], "responds_to", ids[5]])  # to an undated event
        w.writerow([ids[4], "follows", ids[3]])


if __name__ == "__main__":
    main()
