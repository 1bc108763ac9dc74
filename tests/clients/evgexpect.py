"""What evgraph's outputs must say, computed from the input CSVs alone.

Shared by the client tests (python3-icalendar, khal, csv). It reads the
interchange CSV the way the specification in DESIGN.md describes it, not
by looking at evgraph's output, so a renderer bug cannot hide itself.
"""
import calendar
import csv
import datetime as dt
import os
import re
import subprocess
import sys

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SAFE_ID = re.compile(r"^[A-Za-z0-9._-]+$")
# RFC 5545 knows PARENT, CHILD and SIBLING; evgraph hangs a response or a
# report under what it answers, and makes later steps siblings.
RELTYPE = {"responds_to": "PARENT", "reports": "PARENT", "follows": "SIBLING"}


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def needs_neutralising(cell):
    """A cell a spreadsheet would evaluate (leading quotes skipped)."""
    rest = cell.lstrip("'")
    return rest[:1] in FORMULA_START and rest != ""


def unneutralise(cell):
    """How evgraph reads a cell back: "'=x" is "=x"."""
    if len(cell) >= 2 and cell[0] == "'" and needs_neutralising(cell[1:]):
        return cell[1:]
    return cell


def split_list(cell):
    """A ';'-joined actor or document list: trimmed, empty items dropped."""
    return [x.strip() for x in cell.split(";") if x.strip()]


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = [h.strip().lower() for h in rows[0]]
    return [dict(zip(header, [unneutralise(c) for c in r])) for r in rows[1:]]


def read_events(path):
    events = []
    for r in read_rows(path):
        e = dict(r)
        e["type"] = r["type"].upper()
        e["modality"] = (r.get("modality") or "asserted").lower()
        e["sources"] = split_list(r.get("source", ""))
        e["targets"] = split_list(r.get("target", ""))
        e["docs"] = split_list(r.get("docs", ""))
        events.append(e)
    return events


def read_relations(path):
    return read_rows(path) if path else []


def span(date):
    """(first day, day after the last) of the all-day event for an ISO date
    at day, month or year precision; None when undated."""
    if not date:
        return None
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        start = dt.date(*parts)
        return start, start + dt.timedelta(days=1)
    if len(parts) == 2:
        y, m = parts
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]) + dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0] + 1, 1, 1)


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def uid(event_id):
    """The UID rule: plain ids keep their name, others are hashed."""
    if SAFE_ID.match(event_id):
        return event_id + "@evgraph"
    return "evg+%016x@evgraph" % fnv1a64(event_id.encode("utf-8"))


def rfc_escape(s):
    """RFC 5545 TEXT escaping (section 3.3.11)."""
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def pyical_sees(s):
    """What python-icalendar returns for a TEXT value holding s, correctly
    escaped. Debian's 4.0.3 unescapes with chained str.replace, so a
    literal backslash before n, N, ',' or ';' comes back altered; feeding
    it the RFC 5545 form keeps the comparison exact about evgraph's side."""
    import icalendar  # python3-icalendar; khal reads through it too
    ev = icalendar.Event.from_ical("BEGIN:VEVENT\r\nSUMMARY:%s\r\nEND:VEVENT\r\n"
                                   % rfc_escape(s))
    return str(ev["SUMMARY"])


def render(evgraph, events, fmt, out, relations=None, env=None, extra=()):
    """Runs `evgraph render`; returns its stderr. Fails the test on error."""
    cmd = [evgraph, "render", events, "-f", fmt, "-o", out] + list(extra)
    if relations:
        cmd += ["--relations", relations]
    full_env = dict(os.environ)
    full_env.pop("SOURCE_DATE_EPOCH", None)
    full_env.update(env or {})
    p = subprocess.run(cmd, capture_output=True, env=full_env)
    if p.returncode != 0:
        fail("%s exited %d: %s" % (" ".join(cmd), p.returncode,
                                     p.stderr.decode("utf-8", "replace")))
    return p.stderr.decode("utf-8")
