#!/usr/bin/env bash
# hostile.sh EVGRAPH: an article whose sentences try to break out of DOT
# labels, HTML, SVG, iCalendar properties and CSV cells, built end to end.
# Every output must parse with its own tools and carry the text as text.
set -u
EVG=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT; [ -n "${KEEP:-}" ] && trap - EXIT
pass=0
fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1" >&2; fi; }

cat >"$T/hostile.txt" <<'ART'
March 4, 2022

=HYPERLINK("http://x") Russia accused Ukraine on 3 March 2022 of hacking a server named "]; evil [label="pwned" </script><script>alert(1)</script>.

Ukraine denied the claim on Friday, saying: BEGIN:VEVENT\nSUMMARY:fake\r\nEND:VEVENT & <b>bold</b> \N{x} %s%n%x.
ART
printf '\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\n' >>"$T/hostile.txt"
"$EVG" build "$T/hostile.txt" -o "$T/o" 2>"$T/err"
check "build exits 0 ($(cat "$T/err"))" '[ $? -eq 0 ]'
O=$T/o
check "two events extracted" '[ "$(($(wc -l <"$O/events.csv") - 1))" -eq 2 ]'
# CSV: the formula is neutralised, the cell reads back whole
check "CSV formula neutralised" "grep -q \"^[^,]*,[^,]*,[^,]*,ACCUSE,.*\\\"'=HYPERLINK\" \"$O/events.csv\""
check "CSV re-reads" '"$EVG" render "$O/events.csv" -f csv -o "$T/re.csv" 2>/dev/null && cmp -s "$O/events.csv" "$T/re.csv"'
# DOT: every view parses, and no node was injected
for v in actors events timeline; do
	check "$v.dot parses" 'dot -Tcanon "$O/$v.dot" >"$T/$v.canon" 2>/dev/null'
	check "$v.dot has no injected node" '! gvpr "N{print(\$.name)}" "$O/$v.dot" | grep -qx evil'
done
# SVG, HTML: well-formed, the script is text
for f in actors.svg events.svg timeline.svg briefing.svg; do
	check "$f is well-formed XML" 'xmllint --noout "$O/$f" 2>/dev/null'
done
check "no live script in SVG or HTML" '! grep -l "<script>alert" "$O"/*.svg "$O"/*.html'
check "briefing.html parses" 'xmllint --html --noout "$O/briefing.html" 2>/dev/null'
# ICS: exactly the two events, the hostile text inside DESCRIPTION
check "ICS has two VEVENTs" '[ "$(grep -c "^BEGIN:VEVENT" "$O/timeline.ics")" -eq 2 ]'
check "ICS one calendar" '[ "$(grep -c "^END:VCALENDAR" "$O/timeline.ics")" -eq 1 ]'
if python3 -c 'import icalendar' 2>/dev/null; then
	check "python icalendar reads the text back" "python3 - \"$O/timeline.ics\" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
ev = [c for c in cal.walk() if c.name == 'VEVENT']
assert len(ev) == 2, len(ev)
d = ' '.join(str(e.get('DESCRIPTION')) for e in ev)
assert 'BEGIN:VEVENT\\\\nSUMMARY:fake' in d and '%s%n%x' in d, d
PY"
fi
echo "hostile: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
