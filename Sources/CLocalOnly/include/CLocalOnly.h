#ifndef TAAKBOEK_CLOCALONLY_H
#define TAAKBOEK_CLOCALONLY_H

// taakboek reads local repositories only: it never opens a network connection. This target
// tells libgit2 so in the one way libgit2 1.5 allows (see local_only.c).

// Called once from main, so the definition below is certainly part of the executable.
int taakboek_reads_local_repositories_only(void);

#endif
