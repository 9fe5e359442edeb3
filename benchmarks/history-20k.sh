#!/usr/bin/env bash
# Benchmark (not a test): `taakboek log` on a generated history of 20,000 commits (merges,
# renames, corrections, letters), against `git log --format=%H -- <path>` for the same record in
# the same run; cold (no change index: the record is followed through the trees, as git does)
# and warm (the index made by `taakboek index`, which is timed too). Then
# the time to the first line of `log`, cold and warm (benchmarks/first-line.py: the clock stops
# when the first newline reaches the pipe). And, where this checkout has `taakboek blame`, blame
# against `git blame` the same way. Needs hyperfine and python3.
#
# The repository is generated once under $BENCH_DIR (default: a new temporary folder).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-$(mktemp -d)}/history-20k"
. "$here/scripts/lib/release-build.sh"
release_build "$here" --product taakboek >/dev/null
taakboek="$here/.build/release/taakboek"
if [ ! -d "$work/.git" ]; then
  time "$here/scripts/generate-repo" "$work" --municipalities 40 --from 2003 --to 2025 \
    --placements-per-period 4 --commits 20000 --seed 1 >/dev/null
fi
cd "$work"
echo "commits: $(git rev-list --count HEAD), merges: $(git rev-list --merges --count HEAD), records: $(git ls-files records | wc -l)"
cache="$(git rev-parse --absolute-git-dir)/taakboek/history-v1.cache"

# The period changed most often on the first-parent line of the history.
path=$(git log --first-parent --format= --name-only -- 'records/*/perioden/*.yaml' | sort | uniq -c | sort -rn |
  awk 'NR == 1 { print $2 }')
name=$(echo "$path" | sed -E 's#^records/([^/]+)/perioden/([^/]+)\.yaml$#\1/\2#')
echo "record: $path ($name), $(git log --format=%H -- "$path" | wc -l) commits in git log, first at $(git log --format=%H -- "$path" | head -1 | xargs git log -1 --format=%ci), $(git rev-list --count "$(git log -1 --format=%H -- "$path")"..HEAD) commits newer than it"

# Same answer first (a benchmark of a wrong answer is no benchmark).
diff <(git log --format=%H -- "$path") <("$taakboek" log "$name" --format json | grep -o '"commit":"[0-9a-f]*"' | cut -d'"' -f4) >/dev/null ||
  { echo "taakboek log and git log disagree on $path" >&2; exit 1; }

# Making the index once (what turns cold into warm), then the runs.
hyperfine --runs 3 -N --command-name "taakboek index (20,000 commits, from nothing)" --prepare "rm -f $cache" \
  "$taakboek index"
"$taakboek" index >/dev/null
hyperfine --warmup 2 --runs 10 -N \
  --command-name "baseline: git log --format=%H -- <path>" --prepare "true" "git log --format=%H -- $path" \
  --command-name "taakboek log (cold: no index)" --prepare "rm -f $cache" "$taakboek log $name" \
  --command-name "taakboek log (warm: index present)" --prepare "$taakboek index" "$taakboek log $name" \
  "$@"

echo "time to the first line:"
echo " git log --format=%H -- <path>:"
python3 "$here/benchmarks/first-line.py" --runs 10 -- git log --format=%H -- "$path"
echo " taakboek log, cold:"
python3 "$here/benchmarks/first-line.py" --runs 10 --prepare "rm -f $cache" -- "$taakboek" log "$name"
"$taakboek" index >/dev/null
echo " taakboek log, warm:"
python3 "$here/benchmarks/first-line.py" --runs 10 -- "$taakboek" log "$name"

# `taakboek blame --help` exits 0 even without a blame subcommand (it prints the main help), so
# the subcommand list is asked instead.
if "$taakboek" --help | grep -qE '^ +blame( |$)'; then
  "$taakboek" index >/dev/null
  hyperfine --warmup 2 --runs 10 -N \
    --command-name "baseline: git blame <path>" --prepare "true" "git blame $path" \
    --command-name "taakboek blame (cold: no index)" --prepare "rm -f $cache" "$taakboek blame $name" \
    --command-name "taakboek blame (warm: index present)" --prepare "$taakboek index" "$taakboek blame $name" \
    "$@"
else
  echo "taakboek blame: not in this build; skipped"
fi
