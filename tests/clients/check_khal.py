"""evgraph's iCalendar imported by khal into a fresh vdir calendar.

usage: /usr/bin/python3 check_khal.py EVGRAPH EVENTS.csv WORKDIR

Renders the events to ICS, runs `khal import --batch` twice (stable UIDs
must make the second import update, not duplicate), then `khal list` over
the whole range and checks each event's UID, first and last day and title
against the input CSV. khal shows the last day of an all-day event, one
before DTEND.
"""
import datetime as dt
import os
import shutil
import subprocess
import sys

import evgexpect as X

CONFIG = """[calendars]
[[evgraph]]
path = {cal}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
[default]
default_calendar = evgraph
[sqlite]
path = {db}
"""
FIELD, RECORD = "\x1f", "\x1e"
KHAL = os.environ.get("EVG_KHAL", "khal")


def khal(config, *args):
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.dirname(config),
               XDG_DATA_HOME=os.path.dirname(config), TZ="UTC", LC_ALL="C.UTF-8")
    try:
        p = subprocess.run([KHAL, "-c", config] + list(args), capture_output=True, env=env)
    except FileNotFoundError:
        X.fail("khal not found (%s): apt-get install khal" % KHAL)
    X.check(p.returncode == 0, "khal %s exited %d: %s"
            % (args[0], p.returncode, p.stderr.decode("utf-8", "replace")))
    return p.stdout.decode("utf-8")


def setup(work):
    home = os.path.join(work, "khal")
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(os.path.join(home, "cal"))
    config = os.path.join(home, "config")
    with open(config, "w") as f:
        f.write(CONFIG.format(cal=os.path.join(home, "cal"), db=os.path.join(home, "khal.db")))
    return home, config


def listed(config, first, last):
    fmt = FIELD.join(["{uid}", "{start-date}", "{end-date}", "{title}"]) + RECORD
    out = khal(config, "list", "--once", "--day-format", "", "--format", fmt,
               first.isoformat(), last.isoformat())
    rows = [r.lstrip("\n").split(FIELD) for r in out.split(RECORD) if r.strip("\n")]
    return {r[0]: r[1:] for r in rows}, len(rows)


def main():
    evgraph, events_csv, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    ics = os.path.join(work, "khal.ics")
    X.render(evgraph, events_csv, "ics", ics)
    dated = [e for e in X.read_events(events_csv) if e["date"]]
    home, config = setup(work)
    khal(config, "import", "--batch", ics)
    khal(config, "import", "--batch", ics)
    files = os.listdir(os.path.join(home, "cal"))
    X.check(len(files) == len(dated), "%d files in the calendar after two imports, "
            "%d dated events" % (len(files), len(dated)))
    spans = {e["id"]: X.span(e["date"]) for e in dated}
    first = min(s[0] for s in spans.values())
    last = max(s[1] for s in spans.values())
    got, n = listed(config, first, last)
    X.check(n == len(dated), "khal lists %d events, the CSV has %d dated ones" % (n, len(dated)))
    for e in dated:
        uid, (start, end) = X.uid(e["id"]), spans[e["id"]]
        X.check(uid in got, "khal does not list %s" % uid)
        want = [start.isoformat(), (end - dt.timedelta(days=1)).isoformat(),
                X.pyical_sees(e["summary"])]
        if not e["summary"]:  # a headline built from who did what to whom
            X.check(all(a in got[uid][2] for a in e["sources"] + e["targets"]),
                    "%s: headline %r lacks the actors" % (uid, got[uid][2]))
            want[2] = got[uid][2]
        X.check(got[uid] == want, "%s: khal shows %r, want %r" % (uid, got[uid], want))
    sample = sorted(got.values())[0]
    print("khal %s: imported twice, %d events listed; first: %s..%s %s"
          % (khal(config, "--version").split()[-1], n, sample[0], sample[1], sample[2][:60]))


if __name__ == "__main__":
    main()
