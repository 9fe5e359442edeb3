# Sourced by scripts/taakboek and scripts/test: makes sure what the build needs is installed.
# taakboek links Debian's libgit2 through pkg-config and Debian's mimalloc as its allocator; the
# tests also run the git CLI as an oracle.
ensure_deps() {
  if ! command -v swift >/dev/null 2>&1; then
    echo "taakboek: Swift 6 is needed and was not found on PATH (see https://www.swift.org/install/linux/)." >&2
    exit 2
  fi
  local need=()
  command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
  pkg-config --exists libgit2 2>/dev/null || need+=(libgit2-dev)
  compgen -G "/usr/lib/*/libmimalloc.so" >/dev/null || compgen -G "/usr/lib/libmimalloc.so" >/dev/null || need+=(libmimalloc-dev)
  command -v git >/dev/null 2>&1 || need+=(git)
  if [ ${#need[@]} -gt 0 ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "taakboek: installing ${need[*]} with apt-get (needed to build against libgit2 and mimalloc)…" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >&2
  fi
}
