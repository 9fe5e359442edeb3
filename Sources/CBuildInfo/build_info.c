#include "CBuildInfo.h"

// A C macro because SwiftPM has no way to hand a string to Swift code at build time: the release
// script defines it, a development build leaves it out (its commit would change with every commit
// and rebuild everything).
#ifndef TAAKBOEK_COMMIT
#define TAAKBOEK_COMMIT ""
#endif

const char *taakboek_build_commit(void) { return TAAKBOEK_COMMIT; }
