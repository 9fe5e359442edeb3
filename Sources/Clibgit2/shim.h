#ifndef TAAKBOEK_CLIBGIT2_SHIM_H
#define TAAKBOEK_CLIBGIT2_SHIM_H

// Umbrella header for the libgit2 system library (libgit2-dev, found via pkg-config).
#include <git2.h>
// git_repository_set_index / git_repository_set_odb live in the "sys" headers.
#include <git2/sys/repository.h>

// git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option used.
static inline int taakboek_git_enable_object_cache(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_CACHING, enabled);
}

static inline int taakboek_git_verify_object_hashes(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

#endif
