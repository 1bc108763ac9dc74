#!/usr/bin/env bash
# figures_test.sh EVGRAPH SRCDIR: the briefing figure and the TimelineJS
# export, checked by what reads them: the PNG decoded and measured, the
# SVG by xmllint, the JSON against TimelineJS's documented format.
set -u
EVG=$1
SRC=$2
. "$SRC/tests/tools/assert.sh"
E=("$SRC/examples/events.csv" --actors "$SRC/examples/actors.csv" --relations "$SRC/examples/relations.csv")

"$EVG" render "${E[@]}" -f png --view briefing -o "$T/b.png" && ok || bad "briefing png"
python3 "$SRC/tests/tools/pngcheck.py" "$T/b.png" --width 1280 --height 720 --min-colors 8 >"$T/log" && ok || bad "briefing png: $(cat "$T/log")"
"$EVG" render "${E[@]}" -f svg --view briefing -o "$T/b.svg" && ok || bad "briefing svg"
xmllint --noout "$T/b.svg" && ok || bad "briefing svg is not well-formed"
# every principal actor has a lane, and each dated event a marker
for name in "United States" "Dmitry Peskov" "GRU" "Vladimir Putin" "Russia" "Others"; do
	grep -q ">$name</text>" "$T/b.svg" && ok || bad "no lane for $name"
done
markers=$(grep -c '<title>m[0-9]*</title>' "$T/b.svg")
[ "$markers" -eq 17 ] && ok || bad "$markers markers, want 17"
grep -q '<title>m[0-9]*&#45;&gt;m[0-9]*</title>' "$T/b.svg" && ok || bad "no response arrows"
grep -q '3 yrs' "$T/b.svg" && ok || bad "the empty stretch 2017-2020 is not folded"
"$EVG" render "${E[@]}" -f pdf --view briefing -o "$T/b.pdf" && head -c 5 "$T/b.pdf" | grep -q '%PDF-' && ok || bad "briefing pdf"
"$EVG" render "${E[@]}" -f svg --view briefing -o "$T/b2.svg" && cmp -s "$T/b.svg" "$T/b2.svg" && ok || bad "briefing not deterministic"

# TimelineJS
"$EVG" render "${E[@]}" -f timelinejs -o "$T/t.json" && ok || bad "timelinejs"
python3 "$SRC/tests/figures/check_timelinejs.py" "$SRC/examples/events.csv" "$T/t.json" >"$T/log" && ok || bad "timelinejs: $(cat "$T/log")"

# hostile strings
python3 "$SRC/tests/figures/hostile.py" "$T"
H=("$T/events.csv" --actors "$T/actors.csv" --relations "$T/relations.csv")
"$EVG" render "${H[@]}" -f svg --view briefing --calendar-name '<b>"T" & \N' -o "$T/h.svg" && ok || bad "hostile briefing"
xmllint --noout "$T/h.svg" && ok || bad "hostile svg not well-formed"
grep -q '&lt;b&gt;&quot;T&quot; &amp; \\N' "$T/h.svg" && ok || bad "title text not kept literally"
grep -q '<script>' "$T/h.svg" && bad "raw markup in svg" || ok
"$EVG" render "${H[@]}" -f png --view briefing -o "$T/h.png" && ok || bad "hostile png"
"$EVG" render "${H[@]}" -f timelinejs -o "$T/h.json" && ok || bad "hostile timelinejs"
python3 "$SRC/tests/figures/check_timelinejs.py" "$T/events.csv" "$T/h.json" >"$T/log" && ok || bad "hostile timelinejs: $(cat "$T/log")"

# the briefing page: parsed, self-contained, and shown by a browser
"$EVG" render "${E[@]}" -f html --calendar-name "Cyber accusations" -o "$T/p.html" && ok || bad "html"
python3 "$SRC/tests/figures/check_html.py" "$SRC/examples/events.csv" "$T/p.html" "Cyber accusations" >"$T/log" && ok || bad "html: $(cat "$T/log")"
"$EVG" render "${H[@]}" -f html --calendar-name '<script>x</script>' -o "$T/hp.html" && ok || bad "hostile html"
python3 "$SRC/tests/figures/check_html.py" "$T/events.csv" "$T/hp.html" '<script>x</script>' >"$T/log" && ok || bad "hostile html: $(cat "$T/log")"
grep -c '<script' "$T/hp.html" | grep -qx 0 && ok || bad "raw <script> in the page"
if command -v chromium >/dev/null; then
	timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$T/chromium" --hide-scrollbars --window-size=1366,1400 \
		--screenshot="$T/page.png" "file://$T/p.html" >/dev/null 2>&1
	python3 "$SRC/tests/tools/pngcheck.py" "$T/page.png" --width 1366 --height 1400 --min-colors 16 >"$T/log" &&
		ok || bad "page screenshot: $(cat "$T/log")"
else
	bad "chromium is not installed (scripts/deps.sh installs it)"
fi

# large graphs: sfdp where dot would take minutes; the timeline view
# refuses what it cannot lay out, and the briefing figure still draws it
mkdir -p "$T/big" && python3 "$SRC/bench/gen_events.py" 1200 "$T/big/events.csv" 7
B=("$T/big/events.csv" --relations "$T/big/relations.csv")
"$EVG" render "${B[@]}" -f dot --view actors | grep -q 'layout=sfdp' && ok || bad "large actors view not sfdp"
"$EVG" render "${B[@]}" -f dot --view events | grep -q 'layout=sfdp' && ok || bad "large events view not sfdp"
"$EVG" render "${E[@]}" -f dot --view actors | grep -q 'layout=' && bad "small graph got an engine" || ok
# without dot's ranks the events view has no subgraphs (cgraph writes
# thousands of them in quadratic time) and one chain through every event
# (thousands of components take Graphviz minutes to pack)
"$EVG" render "${B[@]}" -f dot --view events -o "$T/big/e.dot"
! grep -q subgraph "$T/big/e.dot" && [ "$(grep -c 'key=chain' "$T/big/e.dot")" -eq 1199 ] && ok ||
	bad "large events view: $(grep -c subgraph "$T/big/e.dot") subgraphs, $(grep -c 'key=chain' "$T/big/e.dot") chain edges"
timeout 60 "$EVG" render "${B[@]}" -f svg --view events -o "$T/big/e.svg" && xmllint --noout "$T/big/e.svg" && ok || bad "large events svg"
"$EVG" render "${B[@]}" -f dot --view timeline -o "$T/big/t.dot" 2>"$T/err"
[ $? -eq 1 ] && grep -q 'timeline: 1200 events are more than' "$T/err" && [ ! -e "$T/big/t.dot" ] && ok || bad "large timeline dot: $(cat "$T/err")"
# above 400 events the timeline's relations are straight lines, which
# dot draws in a fraction of the time of curves; a template's own
# splines are kept, and a small timeline keeps its curves
mkdir -p "$T/mid" && python3 "$SRC/bench/gen_events.py" 600 "$T/mid/events.csv" 7
M=("$T/mid/events.csv" --relations "$T/mid/relations.csv")
"$EVG" render "${M[@]}" -f dot --view timeline | grep -q 'splines=line' && ok || bad "600-event timeline not straight"
"$EVG" render "${E[@]}" -f dot --view timeline | grep -q 'splines=' && bad "small timeline lost its curves" || ok
printf 'digraph { graph [splines=ortho] }\n' >"$T/mid/ortho.dot"
"$EVG" render "${M[@]}" -f dot --view timeline --template "$T/mid/ortho.dot" | grep -q 'splines=ortho' &&
	ok || bad "a template's splines not kept"
timeout 60 "$EVG" render "${M[@]}" -f svg --view timeline -o "$T/mid/t.svg" && xmllint --noout "$T/mid/t.svg" &&
	ok || bad "600-event timeline svg"
# beyond 400 events a briefing marker stands for the events of one lane,
# type and stretch of the axis, and says so; the page lists the 500 most
# reported events
"$EVG" render "${B[@]}" -f svg --view briefing -o "$T/big/b.svg" &&
	python3 - "$T/big/b.svg" <<'PY' && ok || bad "large briefing cells"
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
marks = len(re.findall(r"<title>m\d+</title>", t))
assert 0 < marks < 1200, marks
assert re.search(r'xlink:title="\d+ events, \d+ \w+ \d+ to \d+ \w+ \d+; the most reported:', t)
assert "1200 events" in t
PY
"$EVG" render "${B[@]}" -f html -o "$T/big/p.html" &&
	python3 - "$T/big/p.html" <<'PY' && ok || bad "large page"
import sys
t = open(sys.argv[1], encoding="utf-8").read()
assert t.count("<tr><td") == 501, t.count("<tr><td")
assert "The 500 most reported of 1200 events; events.csv lists them all." in t
PY
# an event told by many articles lists ten of them, then how many more,
# wherever one event is described; events.csv keeps them all
docs=$(printf 'art-%02d;' $(seq 1 12)); docs=${docs%;}
printf 'id,date,type,source,target,docs\nwide,2016-10-07,ACCUSE,US,RU,%s\n' "$docs" >"$T/wide.csv"
for f in ics timelinejs html; do
	"$EVG" render "$T/wide.csv" -f $f -o "$T/wide.$f" || bad "wide $f"
done
"$EVG" render "$T/wide.csv" -f dot --view events -o "$T/wide.dot" || bad "wide dot"
"$EVG" render "$T/wide.csv" -f csv -o "$T/wide.out.csv" || bad "wide csv"
for f in ics timelinejs html dot; do
	t=$(tr -d '\r\n ' <"$T/wide.$f") # unfolded: ICS lines are folded at 75
	[[ $t == *and2more* && $t == *art-10* && $t != *art-11* ]] && ok ||
		bad "wide $f: sources not capped at 10"
done
grep -q 'art-12' "$T/wide.out.csv" && ok || bad "wide csv lost sources"
# build leaves out what is too large to draw, with a warning, and removes
# such files an earlier run left, so the folder never mixes two runs
python3 "$SRC/bench/gen_corpus.py" --docs "$T/corpus" 2 "$SRC" >/dev/null
mkdir -p "$T/bout" && touch "$T/bout/timeline.svg" "$T/bout/timeline.dot"
"$EVG" build "$T/corpus" -o "$T/bout" 2>"$T/err" && [ ! -e "$T/bout/timeline.svg" ] &&
	[ ! -e "$T/bout/timeline.dot" ] && [ -s "$T/bout/briefing.svg" ] &&
	grep -q 'timeline.svg not written: timeline: [0-9]* events are more than' "$T/err" &&
	ok || bad "large build: $(cat "$T/err")"
mkdir -p "$T/huge" && python3 "$SRC/bench/gen_events.py" 5001 "$T/huge/events.csv" 7
"$EVG" render "$T/huge/events.csv" -f svg --view events -o "$T/huge/e.svg" 2>"$T/err"
[ $? -eq 1 ] && grep -q 'events: 5001 events are more than the events view draws' "$T/err" && [ ! -e "$T/huge/e.svg" ] && ok || bad "events view over the limit: $(cat "$T/err")"
timeout 60 "$EVG" render "${B[@]}" -f svg --view actors -o "$T/big/a.svg" && xmllint --noout "$T/big/a.svg" && ok || bad "large actors svg"
"$EVG" render "${B[@]}" -f svg --view timeline -o "$T/big/t.svg" 2>"$T/err"
[ $? -eq 1 ] && grep -q 'timeline: 1200 events are more than' "$T/err" && [ ! -e "$T/big/t.svg" ] && ok || bad "large timeline: $(cat "$T/err")"
timeout 60 "$EVG" render "${B[@]}" -f png --view briefing -o "$T/big/b.png" &&
	python3 "$SRC/tests/tools/pngcheck.py" "$T/big/b.png" --width 1280 --height 720 >/dev/null && ok || bad "large briefing"

# bad input
printf 'date,type\n,DENY\n' >"$T/undated.csv"
"$EVG" render "$T/undated.csv" -f svg --view briefing -o "$T/u.svg" 2>"$T/err" &&
	grep -q '1 undated event left out' "$T/err" && grep -q 'no dated events' "$T/u.svg" &&
	xmllint --noout "$T/u.svg" && ok || bad "undated: $(cat "$T/err")"
printf 'digraph { a -> }\n' >"$T/bad.dot"
"$EVG" render "${E[@]}" -f svg --view briefing --template "$T/bad.dot" -o "$T/x.svg" 2>"$T/err"
[ $? -eq 1 ] && [ "$(wc -l <"$T/err")" -eq 1 ] && grep -q 'template: syntax error in line 1' "$T/err" && ok || bad "bad template: $(cat "$T/err")"
# a template changes the look
sed 's/fillcolor="#d62728"/fillcolor="#00ff00"/' "$SRC/templates/briefing.dot" >"$T/green.dot"
"$EVG" render "${E[@]}" -f svg --view briefing --template "$T/green.dot" -o "$T/g.svg" && grep -q 'fill="#00ff00"' "$T/g.svg" && ok || bad "template not applied"

finish
