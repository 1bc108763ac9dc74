#!/bin/sh
# bench/memory.sh: how `evgraph build` grows with its corpus. Runs the
# whole build (extraction, merge, every output) on the 100 MB and the
# 1 GB bench corpora and prints, for each, wall clock, MB/s, peak RSS
# (GNU time %M) and the events it found, then the ratios 1 GB / 100 MB.
# `cat | wc -w` over the same files is the reference for the time.
#
# The corpora are bench/gen_corpus.py's (made here when missing: about a
# minute and 1 GB of disk for the large one).
#
# usage: bench/memory.sh [BUILD_DIR]      (from the source root)
#   JOBS=2 (build -j), SIZES="100 1024"
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-bench}
JOBS=${JOBS:-2}
SIZES=${SIZES:-100 1024}
EVG=$BUILD/evgraph
. "$SRC/bench/common.sh"
bench_build

first=
for mb in $SIZES; do
	bench_corpus "$mb"
	bytes=$(xargs cat <"$W/list" | wc -c)
	/usr/bin/time -f "%e %M" -o "$W/time.wc" sh -c "xargs cat <'$W/list' | wc -w" >/dev/null
	rm -rf "$W/built"
	/usr/bin/time -f "%e %M" -o "$W/time.build" "$EVG" build -j "$JOBS" "$C" -o "$W/built" \
		2>"$W/build.err" || { cat "$W/build.err" >&2; exit 1; }
	events=$(($(wc -l <"$W/built/events.csv") - 1))
	set -- $(cat "$W/time.build") $(cat "$W/time.wc")
	echo "$mb $bytes $1 $2 $3 $events" | awk '{
		printf "%5d MB: build -j %s %7.1f s %6.1f MB/s %7.0f MB peak %7d events; cat | wc -w %5.1f s\n",
		$1, "'"$JOBS"'", $3, $2 / 1048576 / $3, $4 / 1024, $6, $5 }'
	line="$bytes $1 $2 $events"
	if [ -z "$first" ]; then
		first=$line
	else
		echo "$first $line" | awk '{
			printf "ratio: %.1fx the bytes, %.2fx the time, %.2fx the peak memory, %.2fx the events\n",
			$5 / $1, $6 / $2, $7 / $3, $8 / $4 }'
	fi
done
