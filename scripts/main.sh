#!/usr/bin/env bash
# main.sh: the main job on the bundled sample: installs what is missing,
# builds, and writes the results into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
E=(examples/events.csv --actors examples/actors.csv --relations examples/relations.csv)
build/evgraph render "${E[@]}" -f csv -o out/events.csv
build/evgraph render "${E[@]}" -f actors-csv -o out/actors.csv
build/evgraph render "${E[@]}" -f relations-csv -o out/relations.csv
for view in actors events timeline; do
	for fmt in dot svg png; do
		build/evgraph render "${E[@]}" -f "$fmt" --view "$view" -o "out/$view.$fmt"
	done
done
build/evgraph render "${E[@]}" -f pdf --view timeline -o out/timeline.pdf
build/evgraph render "${E[@]}" -f ics -o out/timeline.ics
ls out
