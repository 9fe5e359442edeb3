#!/usr/bin/env bash
# Benchmark (not a test): `taakboek check` on the working tree of a national-scale generated
# repository (342 municipalities, 2003-2025, about 250,000 records) with one record changed,
# against named baselines in the same run: the floor of reading every file (`cat`), and the plain
# text check, which computes no blob ids. The two commands measured are the ones that need ids:
# `check --base HEAD` (the change rules read only the base's changed municipalities, found by
# the ids of the bytes checked) and `check --format json` (the audit's tree ids, from the same
# ids, without reading the files again). `BASELINE_BIN=<an older taakboek>` adds both commands
# run by that binary, for a before/after in the same run. Needs hyperfine; generating takes a
# minute.
set -euo pipefail
. "$(dirname "$0")/lib-national.sh"
changed=records/gemeente-0001/perioden/2003-I.yaml
git checkout -q -- "$changed"
sed -i 's/^bron: \(.*\)$/bron: \1 (herzien)/' "$changed"
trap 'git checkout -q -- "$changed"' EXIT
taakboek="$here/.build/release/taakboek"
extra=()
if [ -n "${BASELINE_BIN:-}" ]; then
  extra=(--command-name "baseline build: check --base HEAD" "$BASELINE_BIN check --base HEAD --hide-notes >/dev/null"
    --command-name "baseline build: check --format json" "$BASELINE_BIN check --format json >/dev/null"
    --command-name "baseline build: diff HEAD --format markdown" "$BASELINE_BIN diff HEAD --format markdown >/dev/null")
fi
hyperfine --warmup 1 --runs 5 -i \
  --command-name "floor: cat of every file" "git ls-files -z records schemas | xargs -0 cat >/dev/null" \
  --command-name "taakboek check (text: no ids)" "$taakboek check --hide-notes >/dev/null" \
  --command-name "taakboek check --base HEAD" "$taakboek check --base HEAD --hide-notes >/dev/null" \
  --command-name "taakboek check --format json" "$taakboek check --format json >/dev/null" \
  --command-name "taakboek diff HEAD --format markdown" "$taakboek diff HEAD --format markdown >/dev/null" \
  "${extra[@]}" "$@"
