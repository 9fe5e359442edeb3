# Sourced by the national benchmarks: the release build and the national-scale generated
# repository they share (342 municipalities, 2003-2025, about 250,000 records), generated once
# under $BENCH_DIR (or a new temporary folder). Sets `here` and `work`, and enters `work`.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-$(mktemp -d)}/national"
. "$here/scripts/lib/release-build.sh"
release_build "$here" --product taakboek >/dev/null
if [ ! -d "$work/.git" ]; then
  "$here/scripts/generate-repo" "$work" --municipalities 342 --from 2003 --to 2025 --placements-per-period 14 >/dev/null
fi
cd "$work"
