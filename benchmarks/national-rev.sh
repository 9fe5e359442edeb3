#!/usr/bin/env bash
# Benchmark (not a test): `taakboek check --rev HEAD` with a cold cache on a national-scale
# generated repository (342 municipalities, 2003-2025, about 250,000 records), against the floor
# of reading the same blobs from git: `git ls-tree -r --object-only HEAD | git cat-file --batch`,
# and against itself with every record read by Yams (`TAAKBOEK_YAML_READER=yams`): the A/B that
# says what FastYAMLReader saves.
# Also reports peak memory and CPU use (both cores). Needs hyperfine; generating takes minutes.
set -euo pipefail
. "$(dirname "$0")/lib-national.sh"
echo "records: $(git ls-files records | wc -l)"
hyperfine --warmup 1 --runs 5 -i \
  --prepare "rm -rf .git/taakboek" \
  --command-name "floor: git ls-tree | git cat-file --batch" "git ls-tree -r --object-only HEAD | git cat-file --batch >/dev/null" \
  --command-name "taakboek check --rev HEAD (cold cache)" "$here/.build/release/taakboek check --rev HEAD --hide-notes >/dev/null" \
  --command-name "taakboek check --rev HEAD (cold cache, Yams only)" "TAAKBOEK_YAML_READER=yams $here/.build/release/taakboek check --rev HEAD --hide-notes >/dev/null" \
  "$@"
rm -rf .git/taakboek
/usr/bin/time -f "peak memory: %M KB, elapsed %e s, user %U s, system %S s, CPU %P (200%% = both cores)" \
  "$here/.build/release/taakboek" check --rev HEAD --hide-notes >/dev/null || true
