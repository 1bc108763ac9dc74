#!/usr/bin/env bash
# linear.sh EVGRAPH [N]: pathological documents (many dates, many
# capitalised words, one very long sentence, many short lines, many
# repeated quotes) built at size N and 4N. The 4N build may take at most
# six times the N build (linear is 4, quadratic 16); a floor of 0.1 s on
# the N time keeps timer noise out.
# linear.sh --gen KIND COUNT writes one such document to stdout (for
# linear_work.sh, which counts instructions instead).
set -u
gen() { # gen KIND COUNT FILE
	python3 - "$1" "$2" >"$3" <<'PY'
import sys
kind, n = sys.argv[1], int(sys.argv[2])
w = sys.stdout.write
if kind == 'dates':
    for i in range(n):
        w('On %d March %d ' % (1 + i % 28, 1990 + i % 30) + ('the ministry said.\n' if i % 10 == 9 else ''))
elif kind == 'caps':
    for i in range(n // 100 + 1):
        w(' '.join('Alpha%d Beta' % ((i * 100 + k) % 977) for k in range(50)) + '.\n')
elif kind == 'sentence':
    w('Russia accused ' + ' '.join('the ministry of hacking and' for _ in range(n // 6)) + ' it denied.\n')
elif kind == 'lines':
    for i in range(n):
        w('Line %d\n' % i)
elif kind == 'quotes':
    for i in range(n // 10):
        w('"Russia denied it," said Peskov. "We reject the claim on 3 May 2021," he told \u201cTASS\u201d.\n')
PY
}
if [ "${1:-}" = --gen ]; then
	gen "$2" "$3" /dev/stdout
	exit
fi
EVG=$1
N=${2:-25000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
secs() { # secs FILE: seconds for one build
	local t0 t1
	t0=$(date +%s%N)
	timeout 120 "$EVG" build "$1" -o "$T/out" 2>/dev/null >/dev/null
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}
for kind in dates caps sentence lines quotes; do
	gen "$kind" "$N" "$T/small.txt"
	gen "$kind" "$((4 * N))" "$T/large.txt"
	s=$(secs "$T/small.txt")
	l=$(secs "$T/large.txt")
	floor=$((s < 100 ? 100 : s))
	echo "$kind: N=$N ${s} ms, 4N ${l} ms"
	if [ "$l" -gt $((6 * floor)) ]; then
		echo "FAIL: $kind grows faster than linear (${s} ms -> ${l} ms)" >&2
		fail=1
	fi
done
exit $fail
