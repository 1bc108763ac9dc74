#!/usr/bin/env bash
# interrupt.sh EVGRAPH SRCDIR: outputs are replaced atomically. A build
# killed mid-run (SIGTERM, then SIGKILL) leaves the previous outputs byte
# for byte; temporary files a kill left are removed by the next run, and
# nothing else in the folder is touched.
set -u
EVG=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
bad() { fail=1; echo "FAIL: $*" >&2; }

"$EVG" build "$SRC/examples/articles" -o "$T/out" 2>/dev/null || bad "first build"
(cd "$T/out" && sha256sum * >"$T/before")
# a large input: long enough that the kill lands mid-run (about 60 MB,
# under the 64 MiB a document may have, over a second of extraction here;
# at 15 MB the build ended within the half second)
python3 -c "import sys; [sys.stdout.write('On %d March 2021 the ministry in Kyiv accused Russia of shelling, and Moscow denied it on Friday.\n' % (1 + i % 28)) for i in range(600000)]" >"$T/big.txt"
for sig in TERM KILL; do
	"$EVG" build "$T/big.txt" -o "$T/out" 2>/dev/null &
	pid=$!
	sleep 0.5
	if kill -0 "$pid" 2>/dev/null; then
		kill -"$sig" "$pid"
		wait "$pid" 2>/dev/null
		(cd "$T/out" && sha256sum -c --quiet "$T/before") || bad "SIG$sig mid-run changed the outputs"
	else
		echo "SKIP: the build of big.txt ended within 0.5 s ($sig)"
	fi
done
# what a kill between mkstemp and rename leaves, and a file of the user's
touch "$T/out/events.csv.tmp-a1B2c3" "$T/out/briefing.png.tmp-Zz9Yy8" "$T/out/notes.tmp-a1B2c3"
"$EVG" build "$SRC/examples/articles" -o "$T/out" 2>/dev/null || bad "rebuild"
left=$(cd "$T/out" && ls | grep -c '\.tmp-')
[ "$left" -eq 1 ] || bad "temporary files left: $(ls "$T/out" | grep '\.tmp-')"
[ -e "$T/out/notes.tmp-a1B2c3" ] || bad "a file that is not ours was removed"
# every output, the PDF too (stamped with a fixed date, not the clock)
(cd "$T/out" && sha256sum -c --quiet "$T/before") || bad "the rebuild is not byte-stable"
[ "$fail" -eq 0 ] && echo "interrupt: ok"
exit $fail
