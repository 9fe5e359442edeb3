#!/usr/bin/env bash
# Benchmark (not a test): a keystroke in `taakboek lsp` on a generated repository of about 20,000
# records (the repository of staged-20k.sh), against `taakboek check` of the same tree in the same
# run. The client (benchmarks/lsp-client.py) opens one period record and types 100 times; each
# keystroke is timed until the server has published that record's diagnostics (its municipality
# re-checked from the unsaved text). The goal is 50 ms. Needs hyperfine and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bench="${BENCH_DIR:-$(mktemp -d)}"
. "$here/scripts/lib/release-build.sh"
release_build "$here" --product taakboek >/dev/null
binary="$here/.build/release/taakboek"
# Two shapes of about 20,000 records: 56 municipalities (the repository of staged-20k.sh), and the
# worst case for a keystroke, one municipality holding them all (each change re-checks its
# municipality).
for shape in "lsp-20k --municipalities 56 --placements-per-period 6" "lsp-20k-one --municipalities 1 --placements-per-period 430"; do
  set -- $shape
  work="$bench/$1"
  shift
  if [ ! -d "$work/.git" ]; then
    "$here/scripts/generate-repo" "$work" "$@" --from 2003 --to 2025 >/dev/null
  fi
  cd "$work"
  echo "== $(basename "$work"): $(git ls-files records | wc -l) records in $(ls records | wc -l) municipalities"
  record=$(git ls-files 'records/*/perioden/*.yaml' | tail -1)
  echo "typing in: $record"
  hyperfine --warmup 1 --runs 5 -N -i --export-json "$work/check.json" \
    --command-name "baseline: taakboek check (working tree)" "$binary check --hide-notes" >&2
  result=$(python3 "$here/benchmarks/lsp-client.py" "$binary" "$work" "$record" 100)
  echo "lsp: $result"
  python3 - "$work/check.json" "$result" <<'PY'
import json, sys
check = json.load(open(sys.argv[1]))["results"][0]
lsp = json.loads(sys.argv[2])
print("taakboek check: %.1f ms ± %.1f ms" % (check["mean"] * 1000, check["stddev"] * 1000))
print("keystroke: median %.2f ms, p95 %.2f ms, max %.2f ms (goal 50 ms)" % (lsp["median_ms"], lsp["p95_ms"], lsp["max_ms"]))
print("ratio: check / keystroke (medians) = %.1f" % (check["median"] * 1000 / lsp["median_ms"]))
print("first open (reads every record once): %.0f ms" % lsp["first_open_ms"])
PY
done
