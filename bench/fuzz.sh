#!/usr/bin/env bash
# fuzz.sh SECONDS [TARGET...]: runs each libFuzzer target for SECONDS.
# Build first:  CC=clang cmake -S . -B build-fuzz -DEVG_FUZZ=ON
#               cmake --build build-fuzz --target fuzz_csv fuzz_render ...
# New coverage goes to a scratch corpus in build-fuzz/corpus/<target>
# (seeded from tests/fuzz/corpus/<target>); a crash, leak or timeout is
# written into tests/fuzz/corpus/<target>/ so CTest replays it from then
# on. Prints one summary line per target: executions, seconds, findings.
set -u
secs=${1:?usage: bench/fuzz.sh SECONDS [TARGET...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
build=${EVG_FUZZ_BUILD:-$root/build-fuzz}
targets=${*:-csv render timex clean extract rows}
# Leaks inside Graphviz and the font stack are not ours (see
# tests/graphviz/lsan.supp); full unwinding lets the suppressions match.
export LSAN_OPTIONS=suppressions=$root/tests/graphviz/lsan.supp:print_suppressions=0
export ASAN_OPTIONS=fast_unwind_on_malloc=0
for t in $targets; do
	bin=$(find "$build" -name "fuzz_$t" -type f -perm -u+x | head -n1)
	if [ -z "$bin" ]; then
		echo "fuzz_$t: not built in $build" >&2
		continue
	fi
	work=$build/corpus/$t
	mkdir -p "$work"
	cp -n "$root/tests/fuzz/corpus/$t/"* "$work/" 2>/dev/null
	log=$build/fuzz_$t.$$.log # one per run: runs of a target may overlap
	before=$(ls "$root/tests/fuzz/corpus/$t" | wc -l)
	# CPU seconds as well as wall seconds: the runs may share the cores
	# with other work (nice -n 19 bench/fuzz.sh ...).
	TIMEFORMAT='%U %S'
	# Graphviz allocates a great deal, and ASan unwinds every allocation
	# slowly (fast_unwind_on_malloc=0, for the suppressions): the render
	# target's inputs take seconds there that take milliseconds plain.
	timeout=10
	[ "$t" = render ] && timeout=60
	{ time "$bin" -max_total_time="$secs" -timeout=$timeout -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$root/tests/fuzz/corpus/$t/" \
		"$work" >"$log" 2>&1; } 2>"$log.cpu"
	rc=$?
	cpu=$(awk '{ printf "%.0f", $1 + $2 }' "$log.cpu")
	# a run stopped by a finding prints no final stats: take its last
	# status line's count
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
	[ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$log" | tail -n1 | tr -d '#')
	after=$(ls "$root/tests/fuzz/corpus/$t" | wc -l)
	took=${secs}s
	[ "$rc" -eq 0 ] || took="under ${secs}s (stopped at a finding)"
	echo "fuzz_$t: ${runs:-?} executions in $took (${cpu:-?} s CPU), exit $rc," \
		"$((after - before)) new finding(s), log $log"
done
