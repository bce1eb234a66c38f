#!/usr/bin/env bash
# Usage: infra/docker/slim-workspace.sh <package> <out-dir> [path …]
#
# Puts what one workspace package needs at run time into <out-dir>, in the workspace's own layout: its
# source and that of the workspace packages it depends on (tests left out), and the production
# dependencies of those alone. It is `pnpm deploy --prod` keeping the layout: pnpm deploy copies workspace
# packages under node_modules, where Node 24 refuses to strip TypeScript's types; here they stay outside it,
# so the image runs `node services/<name>/src/main.ts` exactly as a developer's machine does.
# Extra paths (globs from the root) are copied as they are: packages/db/prisma and services/*/prisma for
# migrations, a bundle.
# Run from the repository root after `pnpm install` (dependencies come from pnpm's store).
set -euo pipefail
package="$1" out="$2"
shift 2

workspace_paths() { pnpm ls "$@" --depth -1 --json | node -e '
  const { relative } = require("node:path");
  for (const p of JSON.parse(require("fs").readFileSync(0, "utf8"))) console.log(relative(process.cwd(), p.path) || ".");'
}

mkdir -p "$out"
cp package.json pnpm-workspace.yaml pnpm-lock.yaml "$out/"
# Every workspace package's manifest, since the lockfile names them all; code only for those needed.
for dir in $(workspace_paths -r); do
  [ "$dir" = . ] && continue
  mkdir -p "$out/$dir" && cp "$dir/package.json" "$out/$dir/"
done
for dir in $(workspace_paths --filter-prod "${package}..."); do
  tar -C . --exclude='*.test.ts' --exclude='*.fixture.ts' -cf - "$dir/src" | tar -C "$out" -xf -
done
for path in "$@"; do
  # shellcheck disable=SC2086 # the path is a glob on purpose
  for match in $path; do
    mkdir -p "$out/$(dirname "$match")" && cp -R "$match" "$out/$match"
  done
done
cd "$out"
pnpm install --prod --frozen-lockfile --prefer-offline --filter-prod "${package}..." --config.confirmModulesPurge=false >/dev/null
# Prisma's client ships a query compiler for every database, two builds each, with source maps (~70 MB);
# yji's generated clients load the PostgreSQL "fast" one only (src/generated/prisma/internal/class.ts).
find node_modules/.pnpm -path '*/@prisma/client/runtime/*' \
  \( -name 'query_compiler_*' ! -name 'query_compiler_fast_bg.postgresql*' -o -name '*.map' \) -delete
# Temporal's native core comes prebuilt for five platforms (~28 MB each); keep this machine's (Linux, glibc).
find node_modules/.pnpm -path '*/@temporalio/core-bridge/releases/*' -maxdepth 6 -type d \
  -name '*-*-*' ! -name "$(uname -m)-unknown-linux-gnu" -prune -exec rm -rf {} +
