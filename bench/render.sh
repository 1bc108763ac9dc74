#!/bin/sh
# bench/render.sh: rendering a large graph, beside Graphviz's own command
# on the same DOT.
#
# Generates N events (default 10000) with bench/gen_events.py, then
# measures, best of RUNS (default 5), wall clock and peak memory (GNU time):
#   evgraph render -f svg --view actors        (build the view + layout + SVG, in process)
#   dot -Tsvg actors.dot                        (layout + SVG of the DOT evgraph writes)
#   evgraph render -f ics / -f csv / briefing   (for scale)
# and prints the ratio evgraph / dot.
#
# usage: bench/render.sh [BUILD_DIR]     (from the source root; N, RUNS)
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-bench}
N=${N:-10000}
RUNS=${RUNS:-5}
W=$SRC/bench/corpus/render
mkdir -p "$W"
. "$SRC/bench/common.sh"
bench_build
EVG=$BUILD/evgraph
python3 "$SRC/bench/gen_events.py" "$N" "$W/events.csv"
E="$W/events.csv --relations $W/relations.csv"

# best CMD...: "seconds peak_kB" of the fastest of RUNS runs (the
# layouts vary by a third from run to run on a busy machine).
best() {
	b=
	for _ in $(seq "$RUNS"); do
		/usr/bin/time -f "%e %M" -o "$W/time" "$@" >/dev/null 2>&1
		r=$(cat "$W/time")
		b=$(echo "$r $b" | awk '{if ($3=="" || $1<$3) print $1, $2; else print $3, $4}')
	done
	echo "$b"
}

# shellcheck disable=SC2086
"$EVG" render $E -f dot --view actors -o "$W/actors.dot"
echo "graph: $N events, $(grep -c -- '->' "$W/actors.dot") edges in the actors DOT"
# (without --engine the timeline and events views refuse to draw more
# than 1,000 and 5,000 events)
for what in "svg --view actors" "svg --view briefing" "ics" "csv"; do
	# shellcheck disable=SC2086
	r=$(best "$EVG" render $E -f $what -o "$W/out")
	printf '%-32s %s s  %s kB\n' "evgraph -f $what" $r
done
# shellcheck disable=SC2086
ours=$(best "$EVG" render $E -f svg --view actors -o "$W/out.svg")
dots=$(best dot -Tsvg "$W/actors.dot" -o "$W/dot.svg")
printf '%-32s %s s  %s kB\n' "dot -Tsvg actors.dot" $dots
echo "$ours $dots" | awk '{printf "ratio evgraph/dot (actors view to SVG): time %.2fx, memory %.2fx\n", $1/$3, $2/$4}'
