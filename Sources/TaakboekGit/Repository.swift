internal import Clibgit2
import Foundation

/// An open git repository: the single owner of a `git_repository` handle.
///
/// Not `Sendable`: use one `Repository` per thread. For parallel work, pass
/// `location` (a `Sendable` value) to each worker and let it call
/// `Repository.open(_:)`, or call `openAgain()` and hand the new object over.
/// Reading objects through separate handles to the same repository from
/// several threads is safe in libgit2.
public final class Repository {
    /// Owned; freed in `deinit`.
    let pointer: OpaquePointer
    private let environment: GitEnvironment
    /// Lazily fetched object database (owned reference), used for `blobSize`.
    private var cachedODB: OdbHandle?

    private init(owning pointer: OpaquePointer, environment: GitEnvironment) {
        self.pointer = pointer
        self.environment = environment
    }

    deinit { git_repository_free(pointer) }

    // MARK: Opening

    /// Opens the repository containing `path`.
    ///
    /// Without `fromEnvironment`, discovery walks upward from `path` (so a
    /// subfolder or a linked worktree works). With it, the git variables of
    /// this process are honoured the way git hooks need them: `GIT_DIR`
    /// (then `path` is ignored), `GIT_WORK_TREE`, `GIT_INDEX_FILE`,
    /// `GIT_CEILING_DIRECTORIES`, `GIT_DISCOVERY_ACROSS_FILESYSTEM`,
    /// `GIT_OBJECT_DIRECTORY`, `GIT_ALTERNATE_OBJECT_DIRECTORIES`.
    /// With `GIT_DIR` but no `GIT_WORK_TREE`, the working tree is libgit2's
    /// choice (core.worktree, a linked worktree's `gitdir` file, or the parent
    /// of `GIT_DIR`) rather than git's "current directory"; inside hooks,
    /// which git runs from the top of the working tree, the two agree.
    /// `GIT_COMMON_DIR` is rejected with an error (libgit2 1.5 cannot apply it).
    public static func open(at path: String, fromEnvironment: Bool = false) throws(GitError) -> Repository {
        if fromEnvironment {
            return try open(at: path, environment: ProcessInfo.processInfo.environment)
        }
        return try open(at: path, using: .none)
    }

    /// Like `open(at:fromEnvironment: true)`, but reads the git variables from
    /// `environment` instead of the process (other keys are ignored).
    public static func open(at path: String, environment: [String: String]) throws(GitError) -> Repository {
        try open(at: path, using: GitEnvironment(parsing: environment))
    }

    /// Opens the repository a `location` describes (see `Repository.location`).
    public static func open(_ location: RepositoryLocation) throws(GitError) -> Repository {
        var environment = GitEnvironment()
        environment.gitDir = location.gitDir
        environment.indexFile = location.indexFile
        environment.objectDirectory = location.objectDirectory
        environment.alternateObjectDirectories = location.alternateObjectDirectories
        let repository = try open(at: location.gitDir, using: environment)
        if let workdir = location.workdir, repository.workdir != workdir {
            try repository.setWorkdir(workdir)
        }
        return repository
    }

    /// A second, independent handle to the same repository (same git dir,
    /// working tree, index file and object stores), e.g. for another thread.
    public func openAgain() throws(GitError) -> sending Repository {
        try Repository.open(location)
    }

    private static func open(at path: String, using environment: GitEnvironment) throws(GitError) -> Repository {
        try LibGit2.ensureInitialized()
        var flags: UInt32 = 0
        var start = path
        if let gitDir = environment.gitDir {
            start = gitDir
            flags |= GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue | GIT_REPOSITORY_OPEN_NO_DOTGIT.rawValue
        }
        if environment.acrossFilesystem {
            flags |= GIT_REPOSITORY_OPEN_CROSS_FS.rawValue
        }
        var raw: OpaquePointer?
        try check(
            git_repository_open_ext(&raw, start, flags, environment.ceilingDirectories),
            "cannot open a git repository at '\(start)'")
        guard let raw else {
            throw .local(.generic, .internalError, "cannot open a git repository at '\(start)': no handle")
        }
        let repository = Repository(owning: raw, environment: environment)
        try repository.applyOverrides()
        return repository
    }

    /// Applies GIT_WORK_TREE / GIT_INDEX_FILE / object directory overrides.
    private func applyOverrides() throws(GitError) {
        if let workTree = environment.workTree {
            try setWorkdir(workTree)
        }
        if let indexFile = environment.indexFile {
            var raw: OpaquePointer?
            try check(git_index_open(&raw, indexFile), "cannot open index file '\(indexFile)'")
            guard let raw else { throw .local(.generic, .internalError, "cannot open index file '\(indexFile)'") }
            let index = IndexHandle(owning: raw)  // the repository takes its own reference
            try index.use { (index) throws(GitError) in
                try check(git_repository_set_index(pointer, index), "cannot use index file '\(indexFile)'")
            }
        }
        if let objectDirectory = environment.objectDirectory {
            var raw: OpaquePointer?
            try check(git_odb_open(&raw, objectDirectory), "cannot open object directory '\(objectDirectory)'")
            guard let raw else { throw .local(.generic, .internalError, "cannot open '\(objectDirectory)'") }
            let odb = OdbHandle(owning: raw)
            try odb.use { (odb) throws(GitError) in
                try check(git_repository_set_odb(pointer, odb), "cannot use object directory '\(objectDirectory)'")
            }
        }
        if !environment.alternateObjectDirectories.isEmpty {
            let odb = try objectDatabase()
            for alternate in environment.alternateObjectDirectories {
                try odb.use { (odb) throws(GitError) in
                    try check(git_odb_add_disk_alternate(odb, alternate), "cannot add alternate '\(alternate)'")
                }
            }
        }
    }

    private func setWorkdir(_ path: String) throws(GitError) {
        try check(git_repository_set_workdir(pointer, path, 0), "cannot use working tree '\(path)'")
    }

    /// The repository's object database (a reference owned by the returned handle).
    func objectDatabase() throws(GitError) -> OdbHandle {
        if let cachedODB { return cachedODB }
        var raw: OpaquePointer?
        try check(git_repository_odb(&raw, pointer), "cannot open the object database")
        guard let raw else { throw .local(.generic, .internalError, "cannot open the object database") }
        let odb = OdbHandle(owning: raw)
        cachedODB = odb
        return odb
    }

    // MARK: Properties

    /// The working tree root without trailing slash, or nil for a bare repository.
    public var workdir: String? {
        git_repository_workdir(pointer).map { trimmingTrailingSlash(String(cString: $0)) }
    }

    /// The git directory (for a linked worktree: `<main>/.git/worktrees/<name>`).
    public var gitDir: String {
        trimmingTrailingSlash(String(cString: git_repository_path(pointer)))
    }

    /// The common directory shared by all worktrees (equals `gitDir` outside linked worktrees).
    public var commonDir: String {
        git_repository_commondir(pointer).map { trimmingTrailingSlash(String(cString: $0)) } ?? gitDir
    }

    public var isBare: Bool { git_repository_is_bare(pointer) == 1 }

    /// True when the repository has a `shallow` file (e.g. `git clone --depth 1`).
    public var isShallow: Bool {
        get throws(GitError) {
            let result = git_repository_is_shallow(pointer)
            try check(result, "cannot tell whether the repository is shallow")
            return result == 1
        }
    }

    /// True when HEAD points at a branch that has no commits yet.
    public var isHeadUnborn: Bool {
        get throws(GitError) {
            let result = git_repository_head_unborn(pointer)
            try check(result, "cannot read HEAD")
            return result == 1
        }
    }

    /// The commit HEAD points to, or nil when HEAD is unborn.
    public var headID: ObjectID? {
        get throws(GitError) {
            if try isHeadUnborn { return nil }
            var oid = git_oid()
            try check(git_reference_name_to_id(&oid, pointer, "HEAD"), "cannot resolve HEAD")
            return ObjectID(oid)
        }
    }

    /// A `Sendable` description of this repository from which other threads
    /// can open their own `Repository` with `Repository.open(_:)`.
    public var location: RepositoryLocation {
        RepositoryLocation(
            gitDir: gitDir,
            workdir: workdir,
            indexFile: environment.indexFile,
            objectDirectory: environment.objectDirectory,
            alternateObjectDirectories: environment.alternateObjectDirectories)
    }
}
