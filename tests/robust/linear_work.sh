#!/usr/bin/env bash
# linear_work.sh EVGRAPH VALGRIND [N]: the pathological documents of
# linear.sh (many dates, many capitalised words, one very long sentence,
# many short lines, many quotes) extracted at size N and 4N, and one event
# told by N and by 4N documents merged, the work counted as instructions
# by callgrind rather than timed: the 4N run may execute at most five
# times the N run's (linear is 4, quadratic 16).
set -u
EVG=$1
VALGRIND=$2
N=${3:-5000}
SRC=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
# instructions EVGRAPH ARGS...: what callgrind collected over the run
instructions() {
	"$VALGRIND" --tool=callgrind --callgrind-out-file=/dev/null "$@" \
		>/dev/null 2>"$T/cg" || { cat "$T/cg" >&2; echo 0; return; }
	sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$T/cg"
}
# linear NAME S L: the 4N run's count L against the N run's S
linear() {
	echo "$1: N=$N $2 instructions, 4N $3"
	if [ -z "$2" ] || [ "$2" -eq 0 ] || [ -z "$3" ]; then
		echo "FAIL: $1: no instruction count" >&2
		fail=1
	elif [ "$3" -gt $((5 * $2)) ]; then
		echo "FAIL: $1: work grows faster than linear ($2 -> $3)" >&2
		fail=1
	fi
}
for kind in dates caps sentence lines quotes; do
	bash "$SRC/linear.sh" --gen "$kind" "$N" >"$T/small.txt"
	bash "$SRC/linear.sh" --gen "$kind" "$((4 * N))" >"$T/large.txt"
	linear "$kind" "$(instructions "$EVG" extract "$T/small.txt")" \
		"$(instructions "$EVG" extract "$T/large.txt")"
done
# rows N: N event rows for `evgraph merge`, each from its own document
rows() {
	awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++)
		printf "d%07d,0,9,0,ACCUSE,,2016-10-07,0,asserted,0,0,US,country,US,,RU,country,RU,,US accused RU.\n", i }'
}
rows "$N" >"$T/small.csv"
rows "$((4 * N))" >"$T/large.csv"
linear "one event, many documents" "$(instructions "$EVG" merge "$T/small.csv" -o -)" \
	"$(instructions "$EVG" merge "$T/large.csv" -o -)"
exit $fail
