#!/usr/bin/env bash
# bad_input.sh EVGRAPH [HUGE_MB]: the bad-input contract of `evgraph build`
# and `evgraph timex`. A bad document gets exactly one "evgraph: " line on
# stderr naming the file (and line:column where there is one); build goes
# on with the good ones and exits 1, or with --strict stops, exits 1 and
# writes nothing. HUGE_MB (default 20) sizes the generated huge inputs.
set -u
EVG=$1
HUGE_MB=${2:-20}
T=$(mktemp -d)
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }

# run CODE PATTERN CMD...: exit CODE; when PATTERN is given, exactly one
# "evgraph: " error line, and it matches PATTERN.
run() {
	local code=$1 pat=$2
	shift 2
	"$@" >"$T/stdout" 2>"$T/err"
	local rc=$? n
	n=$(grep -c '^evgraph: ' "$T/err")
	if [ "$rc" -ne "$code" ]; then bad "$* -> exit $rc, want $code: $(cat "$T/err")"; return 1; fi
	if [ -n "$pat" ] && [ "$n" -ne 1 ]; then bad "$* -> $n error lines: $(cat "$T/err")"; return 1; fi
	if [ -n "$pat" ] && ! grep '^evgraph: ' "$T/err" | grep -Eq -- "$pat"; then
		bad "$* -> '$(cat "$T/err")' lacks /$pat/"; return 1; fi
	ok
}
# nothing_written DIR: the build left no output folder.
nothing_written() { if [ -e "$1" ]; then bad "$1 was written"; else ok; fi; }
# has_events DIR N: DIR/events.csv has at least N events.
has_events() {
	local n
	n=$(($(wc -l <"$1/events.csv") - 1))
	if [ "$n" -ge "$2" ]; then ok; else bad "$1/events.csv has $n events, want >= $2"; fi
}

D=$T/in
mkdir -p "$D"
good="The FBI accused Russia on 7 October 2016 of hacking the Democratic National Committee. Moscow denied the accusation on 8 October 2016."
printf '%s\n' "$good" >"$D/good.txt"
: >"$D/empty.txt"
head -c 8192 /dev/urandom >"$D/binary.txt"
printf 'Russia \xff\xfe denied it.\n%s\n' "$good" >"$D/utf8.txt"
printf 'Russia\0 denied it.\n%s\n' "$good" >"$D/nul.txt"

# --- documents that cannot be built: reported, skipped, exit 1 ---
run 1 "missing\.txt: No such file or directory" "$EVG" build "$D/missing.txt" -o "$T/o1"
nothing_written "$T/o1"
run 1 "missing\.txt: No such file or directory" "$EVG" build "$D/good.txt" "$D/missing.txt" -o "$T/o2" &&
	grep -q '1 skipped' "$T/err" && has_events "$T/o2" 2
run 1 "empty\.txt:1:1: empty document" "$EVG" build "$D/empty.txt" "$D/good.txt" -o "$T/o3" &&
	has_events "$T/o3" 2
run 1 "binary\.txt:[0-9]+:[0-9]+: binary data" "$EVG" build "$D/good.txt" "$D/binary.txt" -o "$T/o4" &&
	has_events "$T/o4" 2
run 1 "binary\.txt:[0-9]+:[0-9]+: binary data" "$EVG" build --strict "$D/good.txt" "$D/binary.txt" -o "$T/o5"
nothing_written "$T/o5"
run 1 "is a directory" "$EVG" timex "$D"
if [ "$(id -u)" -eq 0 ]; then
	echo "SKIP: unreadable file: running as root, permissions do not apply"
else
	printf '%s\n' "$good" >"$D/secret.txt"
	chmod 000 "$D/secret.txt"
	run 1 "secret\.txt: Permission denied" "$EVG" build "$D/secret.txt" "$D/good.txt" -o "$T/o6"
	rm -f "$D/secret.txt"
	# an unreadable folder inside the input is one bad input, not the end
	mkdir -p "$T/tree/shut" && cp "$D/good.txt" "$T/tree/" && chmod 000 "$T/tree/shut"
	run 1 "shut: Permission denied" "$EVG" build "$T/tree" -o "$T/o6b" && has_events "$T/o6b" 2
	chmod 755 "$T/tree/shut"
fi
# a link back to a folder being read is not followed: each file once
mkdir -p "$T/loop/a" && cp "$D/good.txt" "$T/loop/a/" && ln -s .. "$T/loop/a/up"
"$EVG" build "$T/loop" -o "$T/o6c" 2>"$T/err" &&
	grep -q 'loop/a/up: a link back to a folder being read, not followed' "$T/err" &&
	grep -q 'build: 1 document,' "$T/err" && ok || bad "link loop: $(cat "$T/err")"
# with four threads, folders are listed in any order: a link is a loop
# only when it leads to a folder the walk went through to reach it, so
# 200 folders each holding a link to itself give each file once, and a
# link to a sibling folder is followed
mkdir -p "$T/loops/sib/a" "$T/loops/sib/b" && cp "$D/good.txt" "$T/loops/sib/b/" &&
	ln -s ../b "$T/loops/sib/a/to-b"
for i in $(seq 100 299); do
	mkdir -p "$T/loops/d$i" && echo "The FBI accused Russia of hacking the DNC, officials said on $i." >"$T/loops/d$i/f.txt" &&
		ln -s . "$T/loops/d$i/self"
done
for j in 1 4; do
	"$EVG" extract -j $j "$T/loops" >"$T/loops.rows" 2>"$T/err"
	n=$(cut -d, -f1 "$T/loops.rows" | sort -u | grep -c '/f\.txt$')
	twice=$(cut -d, -f1 "$T/loops.rows" | grep -c '/self/')
	[ "$n" = 200 ] && [ "$twice" = 0 ] && grep -q 'sib/a/to-b/good\.txt,' "$T/loops.rows" &&
		! grep -q 'to-b: a link back' "$T/err" && ok ||
		bad "link loops with -j $j: $n files, $twice read again, $(grep -c sib/ "$T/loops.rows") sibling rows"
done
# a FIFO in a folder is reported, never opened (it would wait for a
# writer for ever); one named on the command line is read
mkdir -p "$T/pipes" && cp "$D/good.txt" "$T/pipes/" && mkfifo "$T/pipes/fifo"
run 1 "pipes/fifo: not a regular file" timeout 60 "$EVG" build "$T/pipes" -o "$T/o6f" &&
	has_events "$T/o6f" 2
rm "$T/pipes/fifo" && mkfifo "$T/named"
(timeout 60 sh -c 'cat "$1" >"$2"' sh "$D/good.txt" "$T/named" 2>/dev/null &)
run 0 "" timeout 60 "$EVG" build "$T/named" -o "$T/o6g" && has_events "$T/o6g" 2
# the same through --jsonl and extract: reported, the rest read, exit 1
mkfifo "$T/pipes/fifo"
printf '{"text": "%s"}\n' "$good" >"$T/pipes/good.jsonl" && rm "$T/pipes/good.txt"
run 1 "pipes/fifo: not a regular file" timeout 60 "$EVG" build --jsonl "$T/pipes" -o "$T/o6h" &&
	has_events "$T/o6h" 2
cp "$D/good.txt" "$T/pipes/good.txt" && rm "$T/pipes/good.jsonl"
run 1 "pipes/fifo: not a regular file" timeout 60 "$EVG" extract "$T/pipes" &&
	grep -q 'good\.txt,' "$T/stdout" && ok || bad "extract: the good file's rows are missing"
rm "$T/pipes/fifo"
# a JSON Lines document over --max-doc-bytes is refused as a file is,
# named by input and line, and nothing else is said of it; the other
# lines are read
printf '{"text": "%s"}\n{"text": "%s %s %s", "date": "May"}\n' "$good" "$good" "$good" "$good" >"$T/max.jsonl"
run 1 "max\.jsonl:2: over --max-doc-bytes 400" "$EVG" build --jsonl "$T/max.jsonl" \
	--max-doc-bytes 400 -o "$T/o6i" && has_events "$T/o6i" 2
grep -q 'date:' "$T/err" && bad "a refused document's date was reported: $(cat "$T/err")" || ok
# so is a JSON line over the limit whose text is short (a long url): read
# through, never held whole, and the next line is read
python3 -c "
import json
print(json.dumps({'text': '''$good''', 'url': 'x' * 3000000}))
print(json.dumps({'text': '''$good''', 'id': 'after'}), end='')
" >"$T/long.jsonl"
run 1 "long\.jsonl:1: over --max-doc-bytes 400" \
	"$EVG" build --jsonl "$T/long.jsonl" --max-doc-bytes 400 -o "$T/o6j" &&
	grep -q ',after' "$T/o6j/events.csv" && ok || bad "the line after a long one: $(cat "$T/err")"
# reports from four threads come out one whole line each
python3 -c "
import json
for i in range(2000):
    print(json.dumps({'id': 'e%d' % i, 'text': ''}) if i % 2 else json.dumps({'text': '''$good'''}))
" >"$T/many.jsonl"
"$EVG" extract --jsonl -j 4 "$T/many.jsonl" >/dev/null 2>"$T/err"
n=$(grep -c '^evgraph: e[0-9]*:1:1: empty document$' "$T/err")
[ "$n" = 1000 ] && [ "$(grep -vc '^evgraph: e[0-9]*:1:1: empty document$' "$T/err")" = 0 ] && ok ||
	bad "reports from threads: $n whole lines of 1000; $(grep -v 'empty document$' "$T/err" | head -3)"
# an earlier output read again as a document, named or found in a folder
# by a link, is never replaced
mkdir -p "$T/again" && cp "$D/good.txt" "$T/again/"
"$EVG" build "$T/again" -o "$T/o6d" 2>/dev/null && cp "$T/o6d/events.csv" "$T/kept.csv"
run 1 "o6d/events\.csv: refusing to overwrite an input" \
	"$EVG" build "$T/o6d/events.csv" "$T/again" -o "$T/o6d" &&
	cmp -s "$T/kept.csv" "$T/o6d/events.csv" && ok || bad "named earlier output replaced"
ln -s "$T/o6d/events.csv" "$T/again/zz-link.txt"
run 1 "o6d/events\.csv: refusing to overwrite an input" "$EVG" build "$T/again" -o "$T/o6d" &&
	cmp -s "$T/kept.csv" "$T/o6d/events.csv" && ok || bad "linked earlier output replaced"
run 1 "o6d/events\.csv: refusing to overwrite an input" "$EVG" build -j 2 "$T/again" -o "$T/o6d" &&
	cmp -s "$T/kept.csv" "$T/o6d/events.csv" && ok || bad "linked earlier output replaced (-j 2)"
rm "$T/again/zz-link.txt"
# a folder holding no file is refused, nothing written
mkdir -p "$T/void"
run 1 "" "$EVG" build "$T/void" -o "$T/o6e" && [ ! -e "$T/o6e" ] && ok || bad "empty folder built"

# --- repaired bytes: a diagnostic with the position, the document built ---
run 0 "" "$EVG" build "$D/utf8.txt" -o "$T/o7" &&
	grep -q 'utf8\.txt:1:8: invalid UTF-8 byte replaced by U+FFFD' "$T/err" && ok ||
	bad "invalid UTF-8 diagnostic: $(cat "$T/err")"
has_events "$T/o7" 2
run 0 "" "$EVG" build "$D/nul.txt" -o "$T/o8" &&
	grep -q 'nul\.txt:1:7: NUL byte replaced by a space' "$T/err" && ok ||
	bad "NUL diagnostic: $(cat "$T/err")"
run 1 "--strict: the input has diagnostics" "$EVG" build --strict "$D/utf8.txt" -o "$T/o9"
nothing_written "$T/o9"

# --- line ends and BOM change nothing: same events as the LF original ---
printf '\xef\xbb\xbf%s\r\n' "$good" >"$D/bom-crlf.txt"
printf 'The FBI accused Russia on 7 October 2016 of hacking the Democratic National Committee.\rMoscow denied the accusation on 8 October 2016.\r\n\n' >"$D/mixed.txt"
"$EVG" build "$D/good.txt" -o "$T/lf" 2>/dev/null
for f in bom-crlf mixed; do
	"$EVG" build "$D/$f.txt" -o "$T/$f" 2>/dev/null
	if [ "$(cut -d, -f2-8 "$T/lf/events.csv")" = "$(cut -d, -f2-8 "$T/$f/events.csv")" ]; then ok; else
		bad "$f: events differ from the LF original"; fi
done

# --- limits: refused with the limit named, quickly, without reading on ---
python3 -c "import sys; l='The ministry said on Monday that talks would resume. '*200+'\n'; sys.stdout.write(l*($HUGE_MB*1048576//len(l)+1))" >"$D/huge.txt"
run 1 "huge\.txt: over --max-doc-bytes 8388608" "$EVG" build "$D/huge.txt" "$D/good.txt" --max-doc-bytes 8388608 -o "$T/o10"
has_events "$T/o10" 2
python3 -c "import sys; sys.stdout.write('word ' * ($HUGE_MB*1048576//5))" >"$D/oneline.txt"
run 1 "oneline\.txt:1:1: line of [0-9]+ bytes is over the limit of 1048576" "$EVG" build "$D/oneline.txt" "$D/good.txt" -o "$T/o11"
run 1 "oneline\.txt:1:1: line of [0-9]+ bytes is over the limit" "$EVG" timex "$D/oneline.txt"
# over the default 64 MiB: a sparse file costs no disk
truncate -s 70M "$D/sparse.txt"
run 1 "sparse\.txt: over --max-doc-bytes 67108864" "$EVG" build "$D/sparse.txt" "$D/good.txt" -o "$T/o19"
run 1 "sparse\.txt: over the size limit of 67108864 bytes" "$EVG" timex "$D/sparse.txt"
rm -f "$D/sparse.txt"
rm -f "$D/huge.txt" "$D/oneline.txt"
run 1 "build: 2 events is over --max-events 1, nothing written" "$EVG" build "$D/good.txt" --max-events 1 -o "$T/o18"
nothing_written "$T/o18"
run 2 "" "$EVG" build "$D/good.txt" --max-doc-bytes 12x -o "$T/o12"
run 2 "" "$EVG" build "$D/good.txt" --max-line-bytes 0 -o "$T/o12"
# extract takes the same limits: the document over one is refused, the
# good one's rows are still written
printf '%s\n' "$good" "$good" "$good" >"$D/three.txt"
run 1 "three\.txt: over --max-doc-bytes 400" "$EVG" extract "$D/three.txt" "$D/good.txt" \
	--max-doc-bytes 400 && [ "$(grep -c 'good\.txt,' "$T/stdout")" -eq 2 ] &&
	! grep -q 'three\.txt,' "$T/stdout" && ok || bad "extract --max-doc-bytes: rows $(cat "$T/stdout")"
printf '%s %s\n' "$good" "$good" >"$D/long.txt"
run 1 "long\.txt:1:1: line of [0-9]+ bytes is over the limit of 200" "$EVG" extract "$D/long.txt" \
	"$D/good.txt" --max-line-bytes 200 && [ "$(grep -c 'good\.txt,' "$T/stdout")" -eq 2 ] &&
	! grep -q 'long\.txt,' "$T/stdout" && ok || bad "extract --max-line-bytes: rows $(cat "$T/stdout")"
run 1 "stdin:2: over --max-doc-bytes 200" "$EVG" extract --jsonl --max-doc-bytes 200 - \
	< <(printf '{"text":"%s"}\n{"text":"%s %s"}\n' "$good" "$good" "$good") &&
	[ "$(grep -c '^stdin:1,' "$T/stdout")" -eq 2 ] && ok || bad "extract --jsonl --max-doc-bytes: $(cat "$T/stdout")"
run 2 "" "$EVG" extract "$D/good.txt" --max-doc-bytes 12x
run 2 "" "$EVG" extract "$D/good.txt" --max-line-bytes

# --- deeply repeated text: finishes, one merged event per act ---
python3 -c "print(('$good' + '\n') * 5000)" >"$D/repeat.txt"
run 0 "" timeout 60 "$EVG" build "$D/repeat.txt" -o "$T/o13" && has_events "$T/o13" 2

# --- manifests and lexicons ---
# a folder in a manifest dates its files: "Friday" before 10 October 2016
mkdir -p "$D/dated" && echo "The FBI accused Russia on Friday of hacking the Democratic National Committee." >"$D/dated/a.txt"
printf 'file,date\ndated,2016-10-10\n' >"$D/m-folder.csv"
run 0 "" "$EVG" build --manifest "$D/m-folder.csv" -o "$T/o13b" &&
	grep -q ',2016-10-07,day,ACCUSE,' "$T/o13b/events.csv" && ok ||
	bad "manifest folder: $(cat "$T/o13b/events.csv")"
# six folders, each dated a Monday a week apart, and a file between
# them: with two threads each folder's files keep their folder's date
# (the Friday before it), whichever thread lists the folder
printf 'file,date\n' >"$D/m-weeks.csv"
for k in 0 1 2 3 4 5; do
	mkdir -p "$D/week$k"
	for f in a b c d; do
		echo "The FBI accused Russia on Friday of hacking the Democratic National Committee." >"$D/week$k/$f.txt"
	done
	printf 'week%s,2016-%s\n' "$k" "$(echo "10-10 10-17 10-24 10-31 11-07 11-14" | cut -d' ' -f$((k + 1)))" >>"$D/m-weeks.csv"
	[ "$k" = 2 ] && printf 'dated/a.txt,2016-12-05\n' >>"$D/m-weeks.csv"
done
for j in 1 2; do
	run 0 "" "$EVG" build -j $j --manifest "$D/m-weeks.csv" -o "$T/weeks$j" || continue
	got=$(grep -o ',2016-[0-9-]*,day,ACCUSE,' "$T/weeks$j/events.csv" | cut -d, -f2 | sort | tr '\n' ' ')
	[ "$got" = "2016-10-07 2016-10-14 2016-10-21 2016-10-28 2016-11-04 2016-11-11 2016-12-02 " ] && ok ||
		bad "manifest folders with -j $j: $got"
done
printf 'file,date\ngood.txt,2016-10-08\nnothere.txt,2016-10-09\n' >"$D/m-missing.csv"
run 1 "in/nothere\.txt: No such file" "$EVG" build --manifest "$D/m-missing.csv" -o "$T/o14" && has_events "$T/o14" 2
printf 'file,date\ngood.txt,2016-13-45\n' >"$D/m-date.csv"
run 1 "m-date\.csv:2:2: bad date '2016-13-45'" "$EVG" build --manifest "$D/m-date.csv" -o "$T/o15"
nothing_written "$T/o15"
printf 'file,date\n"good.txt,2016-10-08\n' >"$D/m-quote.csv"
run 1 "m-quote\.csv:[0-9]+:[0-9]+: " "$EVG" build --manifest "$D/m-quote.csv" -o "$T/o16"
printf 'name,date\ngood.txt,2016-10-08\n' >"$D/m-nofile.csv"
run 1 "m-nofile\.csv:1:1: manifest needs a 'file' column" "$EVG" build --manifest "$D/m-nofile.csv" -o "$T/o16"
printf 'file,date\ngood.txt,2016-10-08,extra\n' >"$D/m-ragged.csv"
run 1 "m-ragged\.csv:2:[0-9]+: " "$EVG" build --manifest "$D/m-ragged.csv" -o "$T/o16"
: >"$D/m-empty.csv"
run 1 "m-empty\.csv:1:1: " "$EVG" build --manifest "$D/m-empty.csv" -o "$T/o16"
run 1 "m-date\.csv:2:2: " "$EVG" timex "$D/good.txt" --manifest "$D/m-date.csv"
# extract reads manifests as build does: dates, missing files, bad rows
run 0 "" "$EVG" extract --manifest "$D/m-folder.csv" &&
	grep -q ',ACCUSE,,2016-10-07,' "$T/stdout" && ok || bad "extract --manifest folder: $(cat "$T/stdout")"
run 1 "in/nothere\.txt: No such file" "$EVG" extract --manifest "$D/m-missing.csv" &&
	grep -q '^[^,]*good\.txt,' "$T/stdout" && ok || bad "extract --manifest missing: $(cat "$T/stdout")"
run 1 "m-date\.csv:2:2: bad date '2016-13-45'" "$EVG" extract --manifest "$D/m-date.csv" &&
	{ [ ! -s "$T/stdout" ] && ok || bad "extract wrote rows from a bad manifest"; }
run 1 "^evgraph: stdin:2:2: bad date '2016-13-45'" "$EVG" extract --manifest - <"$D/m-date.csv"
# a bad value quoted in a message is shown on the message's one line
printf 'file,date\ngood.txt,"2016\n<x>\r"\n' >"$D/m-nl.csv"
run 1 "m-nl\.csv:2:2: bad date '2016\\\\n<x>\\\\r'" "$EVG" build --manifest "$D/m-nl.csv" -o "$T/o15b" &&
	{ [ "$(wc -l <"$T/err")" -eq 1 ] && ok || bad "m-nl: $(cat -A "$T/err")"; }
printf 'canonical,kind,country,aliases\nAcme,spaceship,US,\n' >"$D/lex-kind.csv"
run 1 "lex-kind\.csv:2:[0-9]+: " "$EVG" build "$D/good.txt" --lexicon "$D/lex-kind.csv" -o "$T/o17"
nothing_written "$T/o17"
printf 'canonical,kind,country,aliases\n"Acme,org,US,\n' >"$D/lex-quote.csv"
run 1 "lex-quote\.csv:[0-9]+:[0-9]+: " "$EVG" build "$D/good.txt" --lexicon "$D/lex-quote.csv" -o "$T/o17"
printf 'canonical,kind,country,aliases\nAcme,org\xff,US,\n' >"$D/lex-utf8.csv"
run 1 "lex-utf8\.csv:2:[0-9]+: " "$EVG" build "$D/good.txt" --lexicon "$D/lex-utf8.csv" -o "$T/o17"
nothing_written "$T/o17"

# --- templates with bad DOT (render): the template file is named ---
printf 'digraph { node [shape=box\n' >"$D/bad.dot"
: >"$D/empty.dot"
printf 'digraph {\0}\n' >"$D/nul.dot"
printf '%s\n' 'id,date,precision,type,cameo,source,target,modality,summary,evidence,docs' \
	'a,2016-10-07,day,ACCUSE,,US,RU,asserted,,,d' >"$D/ev.csv"
run 1 "bad\.dot: template: syntax error in line 2" "$EVG" render "$D/ev.csv" -f svg --template "$D/bad.dot" -o "$T/t.svg"
run 1 "empty\.dot: template: no DOT graph" "$EVG" render "$D/ev.csv" -f dot --template "$D/empty.dot" -o "$T/t.svg"
run 1 "nul\.dot: template: contains a NUL byte" "$EVG" render "$D/ev.csv" -f png --template "$D/nul.dot" -o "$T/t.svg"
nothing_written "$T/t.svg"

# --- outputs: a missing folder's parent, a file where the folder goes ---
run 1 "no/such/dir/out: No such file or directory" "$EVG" build "$D/good.txt" -o "$T/no/such/dir/out"
: >"$T/afile"
run 1 "afile: not a directory" "$EVG" build "$D/good.txt" -o "$T/afile"
# a full disk while an output streams out: one line, exit 1
if [ -w /dev/full ]; then
	"$EVG" render "$D/ev.csv" -f ics -o - >/dev/full 2>"$T/err"
	rc=$?
	if [ "$rc" -eq 1 ] && [ "$(wc -l <"$T/err")" -eq 1 ] &&
		grep -q '^evgraph: <stdout>: No space left on device$' "$T/err"; then ok
	else bad "render to a full stdout: exit $rc, '$(cat "$T/err")'"; fi
fi
if [ "$(id -u)" -ne 0 ]; then
	mkdir "$T/ro" && chmod 555 "$T/ro"
	run 1 "Permission denied" "$EVG" build "$D/good.txt" -o "$T/ro"
else
	echo "SKIP: read-only output folder: running as root"
fi

echo "bad_input: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
