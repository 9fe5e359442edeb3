#!/usr/bin/env bash
# Benchmark (not a test): `taakboek check` on the shipped records against a named baseline in the
# same run, reading the same files with cat (the floor any checker has to pay). Needs hyperfine
# (Debian: apt-get install hyperfine). Prints hyperfine's table; the ratio is what to compare.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
. "$here/scripts/lib/release-build.sh"
release_build "$here" --product taakboek >/dev/null
files=$(find records schemas -type f | sort | tr '\n' ' ')
hyperfine --warmup 5 --runs 50 -N \
  --command-name "baseline: cat of the same files" "cat $files" \
  --command-name "taakboek check (shipped records)" ".build/release/taakboek -C $here check" \
  "$@"
