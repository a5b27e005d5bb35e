#!/usr/bin/env bash
# Installs a real n8n (headless) into a cache folder outside the repo, keyed by version, following
# shared/recipes/n8n-headless.md. Idempotent: a finished install is marked with .ready and reused.
# Usage: install-n8n.sh <version>   → prints the harness folder on its last line.
set -euo pipefail
version="${1:?usage: install-n8n.sh <n8n version>}"
cache_root="${SF_LINKS_N8N_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sf-links/n8n}"
dir="$cache_root/$version"
if [ -f "$dir/.ready" ]; then echo "$dir"; exit 0; fi
mkdir -p "$cache_root"
# One install per version at a time: a second run waits for the first, then finds it ready.
exec 9>"$cache_root/$version.lock"
flock 9
if [ -f "$dir/.ready" ]; then echo "$dir"; exit 0; fi
mkdir -p "$dir"
cd "$dir"
# xlsx: n8n-nodes-base pins a tarball outside the registry; the registry's 0.18.5 is the same library.
cat > package.json <<JSON
{ "name": "n8n-harness-$version", "private": true, "overrides": { "xlsx": "0.18.5" } }
JSON
npm install "n8n@$version" --ignore-scripts --no-audit --no-fund --loglevel=error >&2
# sqlite3's prebuilt binary lives outside the registry: compile it against the local Node headers.
npm_config_nodedir=/usr npm rebuild sqlite3 --loglevel=error >&2
touch .ready
echo "$dir"
