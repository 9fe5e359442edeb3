# Sourced by scripts/release: prepares a folder that makes `swift build --static-swift-stdlib`
# link everything but glibc statically, from Debian's own packages:
#   - libgit2: Debian's libgit2.a (the same security-patched build the -dev package ships) with
#     the archives it needs (mbedTLS, http-parser, libssh2 with OpenSSL's libcrypto, PCRE2, zlib);
#     Debian ships no static GSSAPI, so packaging/static/gssapi-absent.c stands in for it;
#   - mimalloc: compiled from Debian's source package of the installed version (Debian ships no
#     static mimalloc), as one object that replaces malloc and operator new;
#   - libstdc++ and libgcc: GCC's archives.
# It works through linker scripts named like the shared libraries (libgit2.so, libstdc++.so,
# libgcc_s.so, libmimalloc.so) in a folder that comes first on the search path, and a libgit2.pc
# pointing there, so Package.swift stays the development build's.

# prepare_static_link <folder> <cache>: fills <folder>; downloads Debian's mimalloc source into
# <cache> once (from deb.debian.org, with apt's own tools and a private list, changing nothing
# on the machine).
prepare_static_link() {
  local out="$1" cache="$2"
  local multiarch
  multiarch="$(gcc -print-multiarch)"
  local lib="/usr/lib/$multiarch"
  local gcclib
  gcclib="$(dirname "$(gcc -print-libgcc-file-name)")"
  mkdir -p "$out/pkgconfig" "$cache"

  local archive
  for archive in libgit2 libmbedtls libmbedx509 libmbedcrypto libhttp_parser libssh2 libcrypto libpcre2-8 libz; do
    if [ ! -f "$lib/$archive.a" ]; then
      echo "taakboek release: $lib/$archive.a is missing; install libgit2-dev (it brings the static archives it needs) and libssl-dev" >&2
      return 2
    fi
  done
  for archive in libstdc++.a libgcc_eh.a; do
    if [ ! -f "$gcclib/$archive" ]; then
      echo "taakboek release: $gcclib/$archive is missing; install g++" >&2
      return 2
    fi
  done

  # CLocalOnly defines mbedtls_x509_crt_parse_file so that libgit2 loads no CA bundle; in a static
  # link mbedTLS's own definition would clash with it, so the copy linked here has it weak.
  objcopy --weaken-symbol=mbedtls_x509_crt_parse_file "$lib/libmbedx509.a" "$out/libmbedx509-taakboek.a"
  cc -O2 -fno-ident -c "$here/packaging/static/gssapi-absent.c" -o "$out/gssapi-absent.o"
  ar rcD "$out/libgssapi-absent.a" "$out/gssapi-absent.o"

  local version
  version="$(dpkg-query -W -f='${Version}' libmimalloc-dev 2>/dev/null || true)"
  if [ -z "$version" ]; then
    echo "taakboek release: libmimalloc-dev is not installed; run scripts/test once or apt-get install libmimalloc-dev" >&2
    return 2
  fi
  local upstream="${version%-*}"
  local source="$cache/mimalloc-$upstream"
  if [ ! -d "$source" ]; then
    debian_source mimalloc "$version" "$cache" || return 2
  fi
  # As Debian's CMake build compiles it (-O2 here, NDEBUG), with the override of malloc and
  # operator new that the shared library does through the dynamic linker, as one object.
  cc -O2 -DNDEBUG -DMI_MALLOC_OVERRIDE -fvisibility=hidden -ftls-model=initial-exec -fno-builtin-malloc -fno-ident \
    -ffile-prefix-map="$source=mimalloc-$upstream" -I"$source/include" -c "$source/src/static.c" -o "$out/mimalloc.o"

  cat > "$out/libgit2.so" <<SCRIPT
/* taakboek release (scripts/lib/static-link.sh): Debian's libgit2 and what it links, static. */
GROUP ( $lib/libgit2.a $lib/libmbedtls.a $out/libmbedx509-taakboek.a $lib/libmbedcrypto.a $lib/libhttp_parser.a $lib/libssh2.a $lib/libcrypto.a $lib/libpcre2-8.a $lib/libz.a $out/libgssapi-absent.a )
SCRIPT
  # mimalloc.o comes in with libstdc++, before libstdc++.a could define operator new itself.
  cat > "$out/libstdc++.so" <<SCRIPT
INPUT ( $out/mimalloc.o )
GROUP ( $gcclib/libstdc++.a )
SCRIPT
  echo "/* mimalloc.o is linked with libstdc++ (libstdc++.so in this folder). */" > "$out/libmimalloc.so"
  echo "GROUP ( $gcclib/libgcc_eh.a )" > "$out/libgcc_s.so"
  # ZIPFoundation (taakboek import, .xlsx) links -lz itself: the same static zlib.
  echo "GROUP ( $lib/libz.a )" > "$out/libz.so"
  # SwiftPM reads ZIPFoundation's zlib.pc itself and would put Debian's -L/usr/lib/… before this
  # folder (where the linker then finds libgit2.so and libmimalloc.so): this one comes first.
  cat > "$out/pkgconfig/zlib.pc" <<PC
Name: zlib
Description: Debian's zlib, linked statically for taakboek's release
Version: $(pkg-config --modversion zlib)
Libs: -L$out -lz
Cflags:
PC
  cat > "$out/pkgconfig/libgit2.pc" <<PC
Name: libgit2
Description: Debian's libgit2, linked statically for taakboek's release
Version: $(pkg-config --modversion libgit2)
Libs: -L$out -lgit2
Cflags: $(pkg-config --cflags libgit2)
PC
}

# debian_source <package> <version> <cache>: unpacks Debian's source package into <cache>.
debian_source() {
  local package="$1" version="$2" cache="$3"
  local apt="$cache/apt"
  mkdir -p "$apt/lists/partial"
  local codename
  codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  cat > "$apt/sources.list" <<LIST
deb-src http://deb.debian.org/debian $codename main
deb-src http://deb.debian.org/debian $codename-updates main
LIST
  local options=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$apt/lists" -o APT::Sandbox::User=root)
  echo "taakboek release: fetching Debian's source of $package $version…" >&2
  if ! { apt-get -qq "${options[@]}" update && (cd "$cache" && apt-get -qq "${options[@]}" source "$package=$version"); } >&2; then
    echo "taakboek release: could not fetch Debian's source package $package=$version from deb.debian.org; it is needed to link $package statically" >&2
    return 2
  fi
}
