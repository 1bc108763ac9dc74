#!/usr/bin/env bash
# cli_test.sh EVGRAPH SRCDIR: the CLI's contract on bad input: one line on
# stderr naming the file and position, the documented exit code, nothing
# half-written, inputs never overwritten.
set -u
EVG=$1
SRC=$2
. "$SRC/tests/tools/assert.sh"

# expect CODE PATTERN CMD...: exit code CODE, exactly one stderr line
# matching PATTERN (an extended regex).
expect() {
	local code=$1 pat=$2
	shift 2
	"$@" >"$T/out" 2>"$T/err"
	local rc=$?
	local lines
	lines=$(wc -l <"$T/err")
	if [ "$rc" -ne "$code" ]; then bad "$* -> exit $rc, want $code ($(cat "$T/err"))"; return; fi
	if [ "$code" -ne 0 ] && [ "$lines" -ne 1 ]; then bad "$* -> $lines stderr lines: $(cat "$T/err")"; return; fi
	if [ -n "$pat" ] && ! grep -Eq -- "$pat" "$T/err"; then bad "$* -> stderr '$(cat "$T/err")' lacks /$pat/"; return; fi
	ok
}

H='id,date,precision,type,cameo,source,target,modality,summary,evidence,docs'
printf '%s\n' "$H" >"$T/header.csv"
: >"$T/empty.csv"
printf '%s\na,2016-10-07,,ACCUSE,,US\n' "$H" >"$T/ragged.csv"
printf '%s\na,2016-10-07,,ACCUSE,,US,RU,,"open,,d\n' "$H" >"$T/unterminated.csv"
printf '%s\na,2016-10-07,,ACCUSE,,US,RU,,\xff,,d\n' "$H" >"$T/utf8.csv"
printf '%s\na,2016-10-07,,ACC\0USE,,US,RU,,,,d\n' "$H" >"$T/nul.csv"
printf '%s\na,7 Oct 2016,,ACCUSE,,US,RU,,,,d\n' "$H" >"$T/date.csv"
head -c 4096 /dev/urandom >"$T/binary.csv"
printf '%s\na,2016-10-07,,ACCUSE,,US,RU,,,,d\n' "$H" >"$T/good.csv"

expect 1 "missing\.csv: No such file" "$EVG" render "$T/missing.csv" -f csv
expect 1 "empty\.csv:1:1: empty file" "$EVG" render "$T/empty.csv" -f csv
expect 1 "header\.csv: no events" "$EVG" render "$T/header.csv" -f csv
expect 1 "ragged\.csv:2:1: row has 6 fields" "$EVG" render "$T/ragged.csv" -f csv
expect 1 "unterminated\.csv:2:.*unterminated" "$EVG" render "$T/unterminated.csv" -f csv
expect 1 "utf8\.csv:2:[0-9]+: invalid UTF-8" "$EVG" render "$T/utf8.csv" -f csv
expect 1 "nul\.csv:2:[0-9]+: NUL byte" "$EVG" render "$T/nul.csv" -f csv
expect 1 "date\.csv:2:2: date: expected YYYY-MM-DD" "$EVG" render "$T/date.csv" -f csv
expect 1 "binary\.csv:[0-9]+:[0-9]+: " "$EVG" render "$T/binary.csv" -f csv
expect 1 "is a directory" "$EVG" render "$T" -f csv
expect 1 "good\.csv:1:1: header lacks the column 'from'" "$EVG" render "$T/good.csv" --relations "$T/good.csv" -f csv

# usage errors: exit 2
expect 2 "unknown format 'docx'" "$EVG" render "$T/good.csv" -f docx
expect 2 "no output format" "$EVG" render "$T/good.csv"
expect 2 "unknown option '--bogus'" "$EVG" render "$T/good.csv" --bogus -f csv
expect 2 "--view needs a value" "$EVG" render "$T/good.csv" -f csv --view
expect 2 "unknown view 'map'" "$EVG" render "$T/good.csv" -f dot --view map
expect 2 "unknown command 'frobnicate'" "$EVG" frobnicate
expect 0 "" "$EVG" --help
expect 0 "" "$EVG" render --help
"$EVG" --version | grep -Eq '^evgraph [0-9]+\.[0-9]+\.[0-9]+$' && ok || bad "--version"

# outputs: never over an input, atomic, nothing left behind on failure
cp "$T/good.csv" "$T/keep.csv"
expect 1 "refusing to overwrite an input" "$EVG" render "$T/keep.csv" -f csv -o "$T/keep.csv"
cmp -s "$T/keep.csv" "$T/good.csv" && ok || bad "input changed"
ln -s "$T/keep.csv" "$T/link.csv"
expect 1 "refusing to overwrite an input" "$EVG" render "$T/keep.csv" -f csv -o "$T/link.csv"
expect 1 "nodir/x\.csv: No such file or directory" "$EVG" render "$T/good.csv" -f csv -o "$T/nodir/x.csv"
if [ "$(id -u)" -ne 0 ]; then
	mkdir "$T/ro" && chmod 555 "$T/ro"
	expect 1 "Permission denied" "$EVG" render "$T/good.csv" -f csv -o "$T/ro/x.csv"
fi
echo previous >"$T/prev.csv"
expect 1 "date" "$EVG" render "$T/date.csv" -f csv -o "$T/prev.csv"
[ "$(cat "$T/prev.csv")" = previous ] && ok || bad "failed run touched the previous output"
expect 0 "" "$EVG" render "$T/good.csv" -f csv -o "$T/new.csv"
[ -z "$(ls "$T" | grep -F .tmp-)" ] && ok || bad "temporary files left: $(ls "$T")"
grep -q '^a,2016-10-07,day,ACCUSE,112,US,RU,asserted' "$T/new.csv" && ok || bad "new.csv content: $(cat "$T/new.csv")"

# stdin in, stdout out
"$EVG" render - -f csv <"$T/good.csv" >"$T/stdout.csv" 2>"$T/err" && cmp -s "$T/stdout.csv" "$T/new.csv" && ok || bad "stdin/stdout"

# the bundled sample renders, twice identically
"$EVG" render "$SRC/examples/events.csv" --actors "$SRC/examples/actors.csv" \
	--relations "$SRC/examples/relations.csv" -f csv -o "$T/s1.csv" &&
	"$EVG" render "$T/s1.csv" --actors "$SRC/examples/actors.csv" \
		--relations "$SRC/examples/relations.csv" -f csv -o "$T/s2.csv" &&
	cmp -s "$T/s1.csv" "$T/s2.csv" && ok || bad "sample round trip"
[ "$(($(wc -l <"$T/s1.csv") - 1))" -eq "$(($(wc -l <"$SRC/examples/events.csv") - 1))" ] && ok || bad "sample event count"

# a cell's list is read whole: an event citing 100 documents, with 70
# sources, renders back with all of them
docs=$(seq -f 'd%03g.txt' 0 99 | paste -sd';')
srcs=$(seq -f 'Agency %g' 1 70 | paste -sd';')
printf '%s\na,2016-10-07,day,ACCUSE,112,%s,RU,asserted,,,%s\n' "$H" "$srcs" "$docs" >"$T/many.csv"
"$EVG" render "$T/many.csv" -f csv -o "$T/many-out.csv" 2>"$T/err" &&
	python3 -c 'import csv, sys; r = list(csv.DictReader(open(sys.argv[1])))
sys.exit(not (len(r) == 1 and len(r[0]["docs"].split(";")) == 100 and
              len(r[0]["source"].split(";")) == 70))' "$T/many-out.csv" && ok ||
	bad "long lists cut short: $(cut -c1-300 "$T/many-out.csv") $(cat "$T/err")"

# extract reads a folder's files in name order, as if each were named
"$EVG" extract "$SRC/examples/articles" >"$T/folder.rows" 2>"$T/err" &&
	"$EVG" extract "$SRC"/examples/articles/*.txt >"$T/files.rows" 2>>"$T/err" &&
	[ -s "$T/folder.rows" ] && cmp -s "$T/folder.rows" "$T/files.rows" && ok ||
	bad "extract of a folder differs from its files: $(cat "$T/err")"

finish
