import Foundation

/// The git environment variables this layer honours when opening a
/// repository "from the environment", the way git hooks see them.
///
/// Why not `GIT_REPOSITORY_OPEN_FROM_ENV`: libgit2 1.5 rejects `GIT_WORK_TREE`
/// ("GIT_WORK_TREE unimplemented") and `GIT_COMMON_DIR`, and it can only read
/// the real process environment (`getenv`), which makes it untestable without
/// mutating global state. So the same variables are read here from an
/// explicit dictionary and applied with `git_repository_open_ext` flags,
/// `git_repository_set_workdir`, `git_repository_set_index` and
/// `git_repository_set_odb`. Relative paths are resolved against the current
/// directory at open time, as git does.
struct GitEnvironment: Sendable {
    /// `GIT_DIR`: open exactly this git directory, no discovery.
    var gitDir: String?
    /// `GIT_WORK_TREE`: the working tree to use instead of the discovered one.
    var workTree: String?
    /// `GIT_INDEX_FILE`: read this index file instead of `$GIT_DIR/index`.
    var indexFile: String?
    /// `GIT_CEILING_DIRECTORIES`: ":"-separated absolute paths discovery stops at.
    var ceilingDirectories: String?
    /// `GIT_DISCOVERY_ACROSS_FILESYSTEM`.
    var acrossFilesystem = false
    /// `GIT_OBJECT_DIRECTORY`: the object store to use.
    var objectDirectory: String?
    /// `GIT_ALTERNATE_OBJECT_DIRECTORIES`: extra ":"-separated object stores.
    var alternateObjectDirectories: [String] = []

    /// No overrides at all: plain upward discovery.
    static let none = GitEnvironment()

    init() {}

    /// Reads the variables from `environment`; empty values count as unset.
    /// Throws for variables libgit2 1.5 cannot honour (`GIT_COMMON_DIR`).
    init(parsing environment: [String: String]) throws(GitError) {
        func value(_ name: String) -> String? {
            guard let raw = environment[name], !raw.isEmpty else { return nil }
            return raw
        }
        if value("GIT_COMMON_DIR") != nil {
            throw .local(
                .invalid, .repository,
                "GIT_COMMON_DIR is set, but libgit2 1.5 cannot override the common directory")
        }
        gitDir = value("GIT_DIR").map(Self.absolute)
        workTree = value("GIT_WORK_TREE").map(Self.absolute)
        indexFile = value("GIT_INDEX_FILE").map(Self.absolute)
        ceilingDirectories = value("GIT_CEILING_DIRECTORIES")
        objectDirectory = value("GIT_OBJECT_DIRECTORY").map(Self.absolute)
        alternateObjectDirectories = (value("GIT_ALTERNATE_OBJECT_DIRECTORIES") ?? "")
            .split(separator: ":", omittingEmptySubsequences: true)
            .map { Self.absolute(String($0)) }
        if let across = value("GIT_DISCOVERY_ACROSS_FILESYSTEM") {
            switch across.lowercased() {
            case "1", "true", "yes", "on": acrossFilesystem = true
            default: acrossFilesystem = false
            }
        }
    }

    /// Resolves a relative path against the current directory (no symlink resolution).
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let base = FileManager.default.currentDirectoryPath
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }
}
