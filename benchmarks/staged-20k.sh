#!/usr/bin/env bash
# Benchmark (not a test): `taakboek check --staged` on a generated repository of about 20,000
# records with one record changed and staged, against `git status --porcelain` on the same
# repository in the same run (the baseline a pre-commit hook is compared with). The analysis
# cache is warm, as it is for a clerk's second commit. Needs hyperfine.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-$(mktemp -d)}/staged-20k"
. "$here/scripts/lib/release-build.sh"
release_build "$here" --product taakboek >/dev/null
if [ ! -d "$work/.git" ]; then
  "$here/scripts/generate-repo" "$work" --municipalities 56 --from 2003 --to 2025 --placements-per-period 6 >/dev/null
fi
cd "$work"
echo "records: $(git ls-files records | wc -l)"
file=$(git ls-files 'records/*/perioden/*.yaml' | tail -1)
printf 'opmerking: Gewijzigd voor de meting.\n' >> "$file"
git add "$file"
"$here/.build/release/taakboek" check --staged --hide-notes >/dev/null || true   # warm the cache
hyperfine --warmup 3 --runs 20 -N -i \
  --command-name "baseline: git status --porcelain" "git status --porcelain" \
  --command-name "taakboek check --staged (one record changed)" "$here/.build/release/taakboek check --staged --hide-notes" \
  "$@"
git checkout -q -- "$file" && git reset -q
