#!/bin/sh
# bench/build.sh: throughput and peak memory of extraction, beside plain
# Unix tools and chrono-node run on the same corpus.
#
# Builds (once) a reproducible corpus of many news-like documents,
# bench/corpus/docs-SIZE_MB/ (bench/gen_corpus.py --docs: the bundled
# sample articles, the seeds when ../shared is there, the test sentences),
# then measures wall clock (best of RUNS) and peak RSS (GNU time %M) of:
#   cat, wc -w, grep -c          references, over the same files
#   evgraph extract -j 1, -j 2   extraction (documents -> event rows)
#   extract -j 1, -j 2 FOLDER    the corpus folder as one input: one
#                                process, where xargs starts several
#   extract -j 1 --jsonl         the same documents as one JSON Lines
#                                file (made once, beside the list):
#                                extraction without a file opened per
#                                document, beside wc -w on that file
#   2 x evgraph extract -j 1     two processes at once, each on half the
#                                files: what this machine gives two
#                                workers that share nothing, the
#                                reference for the -j 2 speed-up
#   evgraph merge                the reduce (rows -> graph -> tables)
#   evgraph timex                the temporal tagger alone
#   chrono-node                  on a CHRONO_MB slice (bench/node_modules:
#                                cd bench && npm ci)
#   evgraph build -j 2           end to end, drawings included, on the
#                                first BUILD_DOCS documents
# and prints MB/s, documents/s and the ratios. bench/render.sh measures
# rendering a 10,000-event graph beside `dot -Tsvg`.
#
# usage: bench/build.sh [BUILD_DIR]      (from the source root)
#   SIZE_MB=100 (BIG=1: 1024, several minutes and 1 GB of disk), RUNS=3,
#   CHRONO_MB=5, BUILD_DOCS=300
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-bench}
SIZE_MB=${SIZE_MB:-100}
[ "${BIG:-0}" = 1 ] && SIZE_MB=1024
RUNS=${RUNS:-3}
CHRONO_MB=${CHRONO_MB:-5}
BUILD_DOCS=${BUILD_DOCS:-300}
EVG=$BUILD/evgraph
. "$SRC/bench/common.sh"
bench_build
bench_corpus "$SIZE_MB"
NDOCS=$(wc -l <"$W/list")
BYTES=$(xargs cat <"$W/list" | wc -c)

# best CMD...: "seconds peak_kB" of the fastest of RUNS runs (stdout
# discarded; GNU time reports the largest process of the pipeline).
best() {
	b=
	i=0
	while [ $i -lt "$RUNS" ]; do
		/usr/bin/time -f "%e %M" -o "$W/time" "$@" >/dev/null 2>"$W/stderr" ||
			{ cat "$W/stderr" >&2; exit 1; }
		r=$(tail -1 "$W/time")
		b=$(echo "$r $b" | awk '{if ($3=="" || $1<$3) print $1, $2; else print $3, $4}')
		i=$((i + 1))
	done
	echo "$b"
}

# line NAME "seconds kB" BYTES DOCS: one row of the table.
line() {
	echo "$2 $3 $4" | awk -v n="$1" '{t = $1 > 0 ? $1 : 0.01;
		printf "%-26s %7.2f s %8.1f MB/s %9.0f docs/s %8.0f MB peak\n",
		n, t, $3 / 1048576 / t, $4 / t, $2 / 1024}'
}
mbs() { echo "$1 $2" | awk '{t = $1 > 0 ? $1 : 0.01; printf "%.2f", $2 / 1048576 / t}'; }
ratio() { echo "$1 $2" | awk '{printf "%.2f", $1 / $2}'; }

echo "corpus: $C: $NDOCS documents, $(echo "$BYTES" | awk '{printf "%.1f", $1/1048576}') MB"
CAT=$(best sh -c "xargs cat <'$W/list'")
WC=$(best sh -c "xargs cat <'$W/list' | wc -w")
GREP=$(best sh -c "xargs grep -c -h said <'$W/list'")
X1=$(best sh -c "xargs '$EVG' extract -j 1 <'$W/list'")
X2=$(best sh -c "xargs '$EVG' extract -j 2 <'$W/list'")
# The corpus folder as the one input: one process walks it, where xargs
# starts a process per 128 KiB of file names (18 for the 100 MB corpus).
XD1=$(best "$EVG" extract -j 1 "$C")
XD2=$(best "$EVG" extract -j 2 "$C")
half=$(((NDOCS + 1) / 2))
head -n "$half" "$W/list" >"$W/half1"
tail -n +"$((half + 1))" "$W/list" >"$W/half2"
XP=$(best sh -c "xargs '$EVG' extract -j 1 <'$W/half1' & p=\$!;
	xargs '$EVG' extract -j 1 <'$W/half2' && wait \$p")
# The same documents as one JSON Lines stream: extraction without a file
# opened per document (what `--jsonl -` reads from a pipe).
# (bench_corpus writes the list anew on every run; the corpus's .done
# marker changes only when the corpus does)
if [ ! -f "$W/docs.jsonl" ] || [ "$C.done" -nt "$W/docs.jsonl" ]; then
	python3 -c '
import json, sys
with open(sys.argv[1]) as names, open(sys.argv[2], "w") as out:
    for name in names:
        name = name.rstrip("\n")
        with open(name, encoding="utf-8") as f:
            out.write(json.dumps({"id": name, "text": f.read()}) + "\n")
' "$W/list" "$W/docs.jsonl"
fi
JB=$(wc -c <"$W/docs.jsonl")
WCJ=$(best wc -w "$W/docs.jsonl")
XJ=$(best "$EVG" extract -j 1 --jsonl "$W/docs.jsonl")
xargs "$EVG" extract -j 2 <"$W/list" >"$W/rows.csv"
M=$(best "$EVG" merge "$W/rows.csv" -o "$W/merged")
TX=$(best sh -c "xargs '$EVG' timex --format csv --dct 2016-10-07 <'$W/list'")
line "cat" "$CAT" "$BYTES" "$NDOCS"
line "wc -w" "$WC" "$BYTES" "$NDOCS"
line "grep -c said" "$GREP" "$BYTES" "$NDOCS"
line "evgraph extract -j 1" "$X1" "$BYTES" "$NDOCS"
line "evgraph extract -j 2" "$X2" "$BYTES" "$NDOCS"
line "2 x extract -j 1 (halves)" "$XP" "$BYTES" "$NDOCS"
line "extract -j 1 FOLDER" "$XD1" "$BYTES" "$NDOCS"
line "extract -j 2 FOLDER" "$XD2" "$BYTES" "$NDOCS"
line "wc -w (JSON Lines)" "$WCJ" "$JB" "$NDOCS"
line "extract -j 1 --jsonl" "$XJ" "$JB" "$NDOCS"
line "evgraph merge (rows)" "$M" "$BYTES" "$NDOCS"
line "evgraph timex" "$TX" "$BYTES" "$NDOCS"
T1=${X1%% *} T2=${X2%% *} TP=${XP%% *}
echo "extract -j 2 / -j 1 speed-up: $(ratio "$T1" "$T2")x;" \
	"two processes on halves / -j 1: $(ratio "$T1" "$TP")x (this machine's ceiling for two workers)"
echo "extract FOLDER -j 2 / -j 1 speed-up: $(ratio "${XD1%% *}" "${XD2%% *}")x;" \
	"-j 1 on the folder vs wc -w: $(ratio "$(mbs "${XD1%% *}" "$BYTES")" "$(mbs "${WC%% *}" "$BYTES")")x the MB/s"
echo "extract -j 1 vs wc -w: $(ratio "$(mbs "$T1" "$BYTES")" "$(mbs "${WC%% *}" "$BYTES")")x the MB/s;" \
	"vs grep -c: $(ratio "$(mbs "$T1" "$BYTES")" "$(mbs "${GREP%% *}" "$BYTES")")x;" \
	"vs cat: $(ratio "$(mbs "$T1" "$BYTES")" "$(mbs "${CAT%% *}" "$BYTES")")x"
echo "extract -j 1 --jsonl (one stream, $(echo "$JB" | awk '{printf "%.1f", $1/1048576}') MB) vs wc -w on it:" \
	"$(ratio "$(mbs "${XJ%% *}" "$JB")" "$(mbs "${WCJ%% *}" "$JB")")x the MB/s"
echo "rows: $(wc -l <"$W/rows.csv") events extracted; merged: $(($(wc -l <"$W/merged/events.csv") - 1)) events"

if [ -d "$SRC/bench/node_modules/chrono-node" ]; then
	LIMIT=$((CHRONO_MB * 1048576))
	xargs cat <"$W/list" 2>/dev/null | head -c "$LIMIT" >"$W/slice.txt"
	CH=$(best node "$SRC/bench/chrono-extract.js" "$W/slice.txt")
	TXS=$(best "$EVG" timex --format csv --dct 2016-10-07 "$W/slice.txt")
	line "chrono-node ($CHRONO_MB MB)" "$CH" "$LIMIT" 0
	line "evgraph timex ($CHRONO_MB MB)" "$TXS" "$LIMIT" 0
	echo "timex / chrono-node: $(ratio "${CH%% *}" "${TXS%% *}")x faster"
else
	echo "chrono-node: not installed (cd bench && npm ci)"
fi

head -n "$BUILD_DOCS" "$W/list" >"$W/slice.list"
SB=$(xargs cat <"$W/slice.list" | wc -c)
rm -rf "$W/slice"
mkdir -p "$W/slice"
xargs cp -t "$W/slice/" <"$W/slice.list"
B=$(best "$EVG" build -j 2 "$W/slice" -o "$W/built")
XS=$(best "$EVG" extract -j 2 "$W"/slice/*.txt)
line "build -j 2 ($BUILD_DOCS docs)" "$B" "$SB" "$BUILD_DOCS"
line "extract -j 2 (same docs)" "$XS" "$SB" "$BUILD_DOCS"
echo "build = extraction + merge + 15 drawings and tables; the drawings' share grows with the graph"
