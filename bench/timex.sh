#!/bin/sh
# bench/timex.sh: throughput of the temporal tagger.
#
# Builds a news-like corpus (bench/corpus/news.txt, SIZE_MB megabytes,
# default 60: `evgraph timex` refuses a file over 64 MiB), then times `evgraph timex --format csv` on it beside
# `wc -w` on the same file and chrono-node (bench/node_modules, installed
# from bench/package.json) on a CHRONO_MB slice (default 5: it is two to
# three orders of magnitude slower). Prints MB/s for each and the ratios.
#
# usage: bench/timex.sh [BUILD_DIR]     (from the source root)
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-bench}
SIZE_MB=${SIZE_MB:-60}
CHRONO_MB=${CHRONO_MB:-5}
CORPUS=$SRC/bench/corpus/news.txt

. "$SRC/bench/common.sh"
bench_build
if [ ! -f "$CORPUS" ] || [ $(($(wc -c <"$CORPUS") / 1048576)) -ne "$SIZE_MB" ]; then
	python3 "$SRC/bench/gen_corpus.py" "$CORPUS" "$SIZE_MB" "$SRC"
fi
BYTES=$(wc -c <"$CORPUS")

# Seconds (wall clock, best of 3) a command takes; its output is
# discarded. A failing command stops the benchmark: its time means nothing.
best() {
	b=
	for _ in 1 2 3; do
		s=$(date +%s.%N)
		"$@" >/dev/null || { echo "bench/timex.sh: $1 failed" >&2; return 1; }
		e=$(date +%s.%N)
		b=$(echo "$e $s $b" | awk '{t=$1-$2; if ($3=="" || t<$3) print t; else print $3}')
	done
	echo "$b"
}

mbs() { echo "$1 $2" | awk '{printf "%.1f", $1 / 1048576 / $2}'; }

T_EVG=$(best "$BUILD/evgraph" timex --format csv --dct 2016-10-07 "$CORPUS")
T_WC=$(best wc -w "$CORPUS")
R_EVG=$(mbs "$BYTES" "$T_EVG")
R_WC=$(mbs "$BYTES" "$T_WC")
echo "corpus: $CORPUS ($(mbs "$BYTES" 1) MB)"
echo "evgraph timex --format csv: ${T_EVG}s  $R_EVG MB/s"
echo "wc -w:                      ${T_WC}s  $R_WC MB/s"
echo "$R_EVG $R_WC" | awk '{printf "evgraph/wc ratio: %.2f\n", $1 / $2}'
echo "expressions found: $("$BUILD/evgraph" timex --format csv --dct 2016-10-07 "$CORPUS" | wc -l)"

if [ -d "$SRC/bench/node_modules/chrono-node" ]; then
	LIMIT=$((CHRONO_MB * 1048576))
	s=$(date +%s.%N)
	node "$SRC/bench/chrono-extract.js" "$CORPUS" "$LIMIT"
	e=$(date +%s.%N)
	R_CH=$(echo "$e $s $LIMIT" | awk '{printf "%.2f", $3 / 1048576 / ($1 - $2)}')
	echo "chrono-node (${CHRONO_MB} MB slice): $R_CH MB/s"
	echo "$R_EVG $R_CH" | awk '{printf "evgraph/chrono ratio: %.0f\n", $1 / $2}'
else
	echo "chrono-node: not installed (cd bench && npm ci)"
fi
