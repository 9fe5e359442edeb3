#ifndef TAAKBOEK_CBUILDINFO_H
#define TAAKBOEK_CBUILDINFO_H

/// The commit the binary was built from, as scripts/release passes it (`-Xcc
/// -DTAAKBOEK_COMMIT=\"<id>\"`); the empty string for a development build, which carries none.
const char *taakboek_build_commit(void);

#endif
