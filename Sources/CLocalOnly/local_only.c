#include "CLocalOnly.h"

// Debian builds libgit2 with mbedTLS, and git_libgit2_init() parses the system's whole CA bundle
// (/etc/ssl/certs/ca-certificates.crt, about 140 certificates) before it returns: measured, a
// seventh of a warm `taakboek log -n 1` and 6 ms of every command's start, for certificates that
// only an HTTPS fetch would use. libgit2 1.5 has no setting that acts before init, so the
// executable defines the mbedTLS function libgit2 calls for it (the executable's symbols come
// first in the dynamic linker's search; Package.swift exports this one) and loads nothing: the
// chain of trusted certificates stays empty. Were taakboek ever to open an HTTPS connection
// through libgit2, verification would then fail (no certificate is trusted); it can never be
// skipped by this.
struct mbedtls_x509_crt;

int mbedtls_x509_crt_parse_file(struct mbedtls_x509_crt *chain, const char *path) {
    (void)chain;
    (void)path;
    return 0;
}

int taakboek_reads_local_repositories_only(void) { return 1; }
