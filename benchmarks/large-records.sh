#!/usr/bin/env bash
# Benchmark (not a test): `taakboek check`, `log` and `blame` on records just under the 1 MiB
# limit, shaped so that any step quadratic in a file's keys, findings or line length would show,
# against a named baseline in the same run: `taakboek check` on the shipped records. Linear work
# keeps each ratio small; a quadratic step made them minutes (README, "Fuzzing"). Needs hyperfine.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-$(mktemp -d)}/large-records"
. "$here/scripts/lib/release-build.sh"
release_build "$here" --product taakboek >/dev/null
taakboek="$here/.build/release/taakboek"
rm -rf "$work"
mkdir -p "$work"
for shape in shipped keys flow findings; do
  mkdir -p "$work/$shape"
  cp -r "$here/records" "$here/schemas" "$work/$shape/"
done
# The shapes, each as records/tynaarlo/perioden/2020-II.yaml (about 1,040,000 bytes).
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
header = ("# yaml-language-server: $schema=../../../schemas/periode.schema.json\n"
          "periode: 2020-II\nstatus: open\nachterstand_begin: 3\ntaakstelling: 10\n")
limit = 1_040_000
def fill(pieces, closing=""):
    text = header
    for piece in pieces:
        if len(text) + len(piece) + len(closing) >= limit: break
        text += piece
    return text + closing
def elfproef():
    n = 100_000_000
    while True:
        digits = [int(c) for c in str(n)]
        if sum(d * w for d, w in zip(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0: yield str(n)
        n += 1
numbers = elfproef()
shapes = {
    "keys": fill(f"k{i}: {i}\n" for i in range(200_000)),
    "flow": fill((("opmerking: {" if i == 0 else ", ") + f"k{i}: {i}" for i in range(200_000)), "}\n"),
    "findings": fill((("opmerking: \"" if i == 0 else " ") + next(numbers) for i in range(200_000)), "\"\n"),
}
for name, text in shapes.items():
    with open(f"{work}/{name}/records/tynaarlo/perioden/2020-II.yaml", "w") as f: f.write(text)
PY
# The 76,000-key record in two commits, for log and blame.
cd "$work/keys"
git init -q
git add -A
git -c user.name=Bench -c user.email=bench@example.invalid commit -qm "Groot"
sed -i 's/^k7: 7$/k7: 8/; s/^k70000: 70000$/k70000: 1/' records/tynaarlo/perioden/2020-II.yaml
git -c user.name=Bench -c user.email=bench@example.invalid commit -qam "Twee velden"
hyperfine --warmup 2 --runs 10 -N -i \
  --command-name "baseline: check, shipped records" "$taakboek -C $work/shipped check" \
  --command-name "check, 76,000 unknown keys" "$taakboek -C $work/keys check" \
  --command-name "check, a flow mapping of 80,000 pairs" "$taakboek -C $work/flow check" \
  --command-name "check, 90,000 findings on one line" "$taakboek -C $work/findings check" \
  --command-name "log, 76,000 fields in two commits" "$taakboek -C $work/keys log 2020-II" \
  --command-name "blame, 76,000 fields" "$taakboek -C $work/keys blame 2020-II" \
  "$@"
