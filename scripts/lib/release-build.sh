# Sourced by the scripts and benchmarks: the one way they build release binaries.
# Swift's standard library and Foundation are linked statically (--static-swift-stdlib): the
# binary is larger (about 85 MB against 15 MB) but starts in about half the time, which a
# pre-commit hook and the first line of `taakboek log` feel (measured in the README).
# usage: release_build <package folder> [swift build options...]
release_build() {
  local package="$1"
  shift
  swift build --package-path "$package" -c release --static-swift-stdlib "$@"
}
