#!/usr/bin/env bash
# main.sh: the main job on the bundled sample: installs what is missing,
# builds, and extracts the sample articles (examples/articles) into out/:
# the events, actors and relations CSV, the three diagram views as DOT
# and SVG, the iCalendar and TimelineJS timelines, the briefing figure
# (SVG, PNG, PDF) and the briefing page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
build/evgraph build examples/articles --title "US-Russia cyber accusations, 2016-2021" -o out
ls out
