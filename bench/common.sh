# bench/common.sh: what the benchmark scripts share; sourced with SRC and
# BUILD set.

# bench_build: the Release tree in $BUILD, built (configured once).
bench_build() {
	if [ ! -f "$BUILD/CMakeCache.txt" ]; then
		cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
	fi
	cmake --build "$BUILD" --target evgraph_cli -j2 >/dev/null
}

# bench_corpus MB: the reproducible corpus of MB megabytes in
# bench/corpus/docs-MB (made once by gen_corpus.py --docs), its sorted
# file list in bench/corpus/work-MB/list. Sets C and W to those folders.
bench_corpus() {
	C=$SRC/bench/corpus/docs-$1
	W=$SRC/bench/corpus/work-$1
	if [ ! -f "$C.done" ]; then
		rm -rf "$C"
		python3 "$SRC/bench/gen_corpus.py" --docs "$C" "$1" "$SRC"
		touch "$C.done"
	fi
	mkdir -p "$W"
	find "$C" -name '*.txt' | sort >"$W/list"
}
