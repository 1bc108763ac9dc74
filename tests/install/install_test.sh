#!/usr/bin/env bash
# install_test.sh BUILD_DIR SRCDIR: installs libevgraph into a scratch
# prefix and builds a program against it twice, through pkg-config and
# through CMake's find_package; both must print the calendar they render.
set -u
BUILD=$1
SRC=$2
. "$SRC/tests/tools/assert.sh"
P=$T/prefix
cmake --install "$BUILD" --prefix "$P" >"$T/log" 2>&1 && ok || bad "install: $(tail -3 "$T/log")"
for f in include/evgraph.h include/evgraph_export.h include/evgraph_version.h \
	lib/pkgconfig/libevgraph.pc lib/cmake/evgraph/evgraphConfig.cmake bin/evgraph; do
	[ -e "$P/$f" ] || [ -e "$(echo "$P"/lib/*/"${f#lib/}")" ] && ok || bad "not installed: $f"
done
pc=$(dirname "$(find "$P" -name libevgraph.pc | head -1)")
if flags=$(PKG_CONFIG_PATH=$pc pkg-config --cflags --libs libevgraph) &&
	cc -std=c11 -Wall -o "$T/c1" "$SRC/tests/install/consumer.c" $flags -Wl,-rpath,"$P/lib:$(dirname "$pc")"; then
	"$T/c1" | grep -q '^SUMMARY:United States accuses Russia' && ok || bad "pkg-config consumer output"
else
	bad "pkg-config consumer did not build"
fi
if cmake -S "$SRC/tests/install" -B "$T/b" -DCMAKE_PREFIX_PATH="$P" >"$T/log" 2>&1 &&
	cmake --build "$T/b" >>"$T/log" 2>&1; then
	LD_LIBRARY_PATH="$P/lib:$(dirname "$pc")" "$T/b/consumer" | grep -q '^DTSTART;VALUE=DATE:20161007' && ok || bad "find_package consumer output"
else
	bad "find_package consumer did not build: $(tail -5 "$T/log")"
fi
finish
