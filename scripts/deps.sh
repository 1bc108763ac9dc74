#!/usr/bin/env bash
# deps.sh: installs what evgraph needs to build and test on Debian 12, as
# root, skipping what is already there. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(build-essential cmake pkg-config
      libgraphviz-dev graphviz libical-dev libcsv-dev
      libxml2-utils python3 python3-icalendar khal nodejs npm
      poppler-utils fonts-dejavu-core chromium)

missing=()
for p in "${PKGS[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from elsewhere than Debian; accept them if present.
if command -v node >/dev/null && command -v npm >/dev/null; then
	missing=($(printf '%s\n' "${missing[@]:-}" | grep -vx -e nodejs -e npm || true))
fi
if [ "${#missing[@]}" -gt 0 ] && [ -n "${missing[0]}" ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "deps.sh: missing Debian packages (run as root to install): ${missing[*]}" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The iCalendar client tests use ical.js, pinned by tests/clients/package-lock.json.
if [ -f tests/clients/package-lock.json ] && [ ! -d tests/clients/node_modules/ical.js ]; then
	(cd tests/clients && npm ci --no-audit --no-fund --silent)
fi
