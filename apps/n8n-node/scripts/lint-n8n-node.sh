#!/usr/bin/env bash
# Runs n8n's own linter, `n8n-node lint` from @n8n/node-cli, in strict mode on this package.
# The linter (~700 MB with its AI SDK dependencies) is installed once into a cache outside the
# repo, keyed by version, like the n8n harness. The package is linted from a staging folder whose
# node_modules joins the linter's packages with this package's own (n8n-workflow, core, vitest),
# so import resolution sees exactly what the build sees. Test files named *.mts are not linted by
# n8n's config (it matches **/*.ts): they are the end-to-end harness, which must spawn processes.
set -euo pipefail
cli_version=0.48.3
package_dir="$(cd "$(dirname "$0")/.." && pwd)"
repo_dir="$(cd "$package_dir/../.." && pwd)"
cache="${SF_LINKS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sf-links}/n8n-node-cli/$cli_version"

if [ ! -f "$cache/.ready" ]; then
  mkdir -p "$cache"
  echo '{ "name": "n8n-node-cli-harness", "private": true }' > "$cache/package.json"
  (cd "$cache" && npm install "@n8n/node-cli@$cli_version" --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
  touch "$cache/.ready"
fi

stage="$cache/stage/n8n-nodes-sf-links"
rm -rf "$stage"
mkdir -p "$stage/node_modules" "$stage/test"
cp -R "$package_dir/package.json" "$package_dir/eslint.config.mjs" "$package_dir/nodes" "$package_dir/credentials" "$stage/"
cp -R "$package_dir/test/support" "$stage/test/"
sed "s#\"../../tsconfig.base.json\"#\"$repo_dir/tsconfig.base.json\"#" "$package_dir/tsconfig.json" > "$stage/tsconfig.json"

link_all() { # link every package of $1 into the stage's node_modules, scoped ones one by one
  for entry in "$1"/* "$1"/.bin; do
    [ -e "$entry" ] || continue
    name="$(basename "$entry")"
    if [[ "$name" == @* ]]; then
      mkdir -p "$stage/node_modules/$name"
      for scoped in "$entry"/*; do ln -sfn "$scoped" "$stage/node_modules/$name/$(basename "$scoped")"; done
    elif [ "$name" != .bin ]; then
      ln -sfn "$entry" "$stage/node_modules/$name"
    fi
  done
}
link_all "$package_dir/node_modules"
link_all "$cache/node_modules"
ln -sfn "$cache/node_modules/.bin" "$stage/node_modules/.bin"

cd "$stage"
npm_config_user_agent=npm "$cache/node_modules/.bin/n8n-node" lint
