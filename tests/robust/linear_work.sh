#!/usr/bin/env bash
# linear_work.sh EVGRAPH VALGRIND [N]: the pathological documents of
# linear.sh (many dates, many capitalised words, one very long sentence,
# many short lines, many quotes) extracted at size N and 4N, the work
# counted as instructions by callgrind rather than timed: the 4N run may
# execute at most five times the N run's (linear is 4, quadratic 16).
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
for kind in dates caps sentence lines quotes; do
	bash "$SRC/linear.sh" --gen "$kind" "$N" >"$T/small.txt"
	bash "$SRC/linear.sh" --gen "$kind" "$((4 * N))" >"$T/large.txt"
	s=$(instructions "$EVG" extract "$T/small.txt")
	l=$(instructions "$EVG" extract "$T/large.txt")
	echo "$kind: N=$N $s instructions, 4N $l"
	if [ -z "$s" ] || [ "$s" -eq 0 ] || [ -z "$l" ]; then
		echo "FAIL: $kind: no instruction count" >&2
		fail=1
	elif [ "$l" -gt $((5 * s)) ]; then
		echo "FAIL: $kind: work grows faster than linear ($s -> $l)" >&2
		fail=1
	fi
done
exit $fail
