internal import Clibgit2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Repository {
    /// Creates an empty repository with a working tree at `path` (like `git init`), its first
    /// branch named `initialBranch`, and opens it. An existing repository at `path` is left as it
    /// is and opened (libgit2 re-initialises nothing that is there, like git).
    public static func initialize(at path: String, initialBranch: String = "main") throws(GitError) -> Repository {
        try LibGit2.ensureInitialized()
        var options = git_repository_init_options()
        try check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "cannot prepare to create a repository")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue
        // A C copy that lives until the call returns (withCString's closure cannot throw typed).
        let branch = strdup(initialBranch)
        defer { free(branch) }
        options.initial_head = UnsafePointer(branch)
        var raw: OpaquePointer?
        try check(git_repository_init_ext(&raw, path, &options), "cannot create a git repository at '\(path)'")
        // The handle of the initialisation is not the one to keep: open reads the environment
        // the same way every other entry point does.
        if let raw { git_repository_free(raw) }
        return try open(at: path)
    }
}
