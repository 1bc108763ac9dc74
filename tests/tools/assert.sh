# assert.sh: sourced by the shell tests. Counts checks, keeps a scratch
# folder $T that goes away on exit, and prints 'N passed, M failed'.
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
# Ends the test: the closing line, and the exit status.
finish() {
	echo "$pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
