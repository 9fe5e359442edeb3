#!/usr/bin/env bash
# Benchmark (not a test): the static release binary (scripts/release: Swift's runtime, libgit2
# and mimalloc linked in) against the development release build (`swift build -c release`,
# linked to Debian's shared libgit2 and mimalloc), both checking the national-scale repository's
# working tree and commit in the same hyperfine run. Shows what the static link costs or saves.
#   RELEASE_TARBALL=dist/taakboek-<v>-linux-x86_64.tar.gz benchmarks/release-binary.sh [hyperfine options]
# Without RELEASE_TARBALL it runs scripts/release first (a few minutes).
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/lib-national.sh"
tarball="${RELEASE_TARBALL:-}"
if [ -z "$tarball" ]; then
  (cd "$here" && scripts/release --out "$here/dist") >&2
  tarball="$(ls "$here"/dist/taakboek-*-linux-x86_64.tar.gz)"
fi
unpacked="$(mktemp -d)"
trap 'rm -rf "$unpacked"' EXIT
tar -xzf "$tarball" -C "$unpacked"
static="$(ls "$unpacked"/taakboek-*/bin/taakboek)"
dynamic="$here/.build/release/taakboek"
hyperfine --warmup 2 --runs 10 -N \
  --command-name "baseline: development release build, check (working tree)" "$dynamic check --hide-notes --no-cache" \
  --command-name "static release binary, check (working tree)" "$static check --hide-notes --no-cache" \
  --command-name "baseline: development release build, check --rev HEAD" "$dynamic check --hide-notes --rev HEAD --no-cache" \
  --command-name "static release binary, check --rev HEAD" "$static check --hide-notes --rev HEAD --no-cache" \
  -i "$@"
