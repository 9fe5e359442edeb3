internal import Clibgit2

/// A lazy walk over commit history (the owner of a `git_revwalk`).
///
/// Commits are produced one at a time, so a caller can stream output for a
/// long history. Use the throwing `nextID()` / `nextCommit()`, or iterate it
/// as a `Sequence` of `Result`s (iteration stops after the first failure):
///
///     let walk = try repository.walk(.init(starting: [head]))
///     while let commit = try walk.nextCommit() { print(commit.summary) }
///
/// A walk is single-pass and, like its repository, used on one thread.
public final class RevisionWalk: Sequence, IteratorProtocol {
    public struct Options: Sendable {
        public enum Order: Sendable {
            /// Children before parents, newest commit date first (libgit2
            /// TOPOLOGICAL | TIME, i.e. `git log --date-order`). Equals the
            /// default `git log` order unless commit dates are skewed.
            case gitLog
            /// Children before parents only (`GIT_SORT_TOPOLOGICAL`).
            case topological
            /// Commit date only, newest first (`GIT_SORT_TIME`).
            case time
            /// Whatever order libgit2 finds them in (`GIT_SORT_NONE`).
            case unsorted
        }

        /// Commits to start from (their ancestors are included).
        public var starts: [ObjectID]
        /// Commits whose ancestry is excluded (`git log start ^hidden`).
        public var hidden: [ObjectID]
        public var order: Order
        /// Oldest first (`git log --reverse`).
        public var reverse: Bool
        /// Follow only the first parent of merges (`git log --first-parent`).
        public var firstParent: Bool

        public init(
            starting starts: [ObjectID], hiding hidden: [ObjectID] = [],
            order: Order = .gitLog, reverse: Bool = false, firstParent: Bool = false
        ) {
            self.starts = starts
            self.hidden = hidden
            self.order = order
            self.reverse = reverse
            self.firstParent = firstParent
        }
    }

    /// Owned; freed in `deinit`.
    private let pointer: OpaquePointer
    /// Kept alive: the revwalk borrows the repository.
    public let repository: Repository
    private var finished = false

    init(repository: Repository, options: Options) throws(GitError) {
        var raw: OpaquePointer?
        try check(git_revwalk_new(&raw, repository.pointer), "cannot start a history walk")
        guard let raw else { throw .local(.generic, .internalError, "cannot start a history walk: no handle") }
        self.pointer = raw
        self.repository = repository

        var sorting: UInt32
        switch options.order {
        case .gitLog: sorting = GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue
        case .topological: sorting = GIT_SORT_TOPOLOGICAL.rawValue
        case .time: sorting = GIT_SORT_TIME.rawValue
        case .unsorted: sorting = GIT_SORT_NONE.rawValue
        }
        if options.reverse { sorting |= GIT_SORT_REVERSE.rawValue }
        try check(git_revwalk_sorting(raw, sorting), "cannot set the history order")
        if options.firstParent {
            try check(git_revwalk_simplify_first_parent(raw), "cannot enable first-parent walking")
        }
        for id in options.starts {
            var oid = id.oid
            try check(git_revwalk_push(raw, &oid), "cannot start the history walk at \(id.hex)")
        }
        for id in options.hidden {
            var oid = id.oid
            try check(git_revwalk_hide(raw, &oid), "cannot hide \(id.hex) from the history walk")
        }
    }

    deinit { git_revwalk_free(pointer) }

    /// The next commit id, or nil at the end of history.
    public func nextID() throws(GitError) -> ObjectID? {
        guard !finished else { return nil }
        var oid = git_oid()
        let code = git_revwalk_next(&oid, pointer)
        if code == GIT_ITEROVER.rawValue {
            finished = true
            return nil
        }
        do {
            try check(code, "cannot walk history")
        } catch {
            finished = true
            throw explained(error)
        }
        return ObjectID(oid)
    }

    /// libgit2 1.5 ignores `.git/shallow`: a walk that reaches the boundary
    /// of a shallow clone fails with "object not found". Say why.
    private func explained(_ error: GitError) -> GitError {
        guard error.code == .notFound, (try? repository.isShallow) == true else { return error }
        return GitError(
            code: error.code, errorClass: error.errorClass,
            message: "\(error.message) (this is a shallow clone: its history is cut off, and libgit2 1.5 "
                + "cannot walk up to the shallow boundary; run `git fetch --unshallow` for full history)")
    }

    /// The next commit, fully read, or nil at the end of history.
    public func nextCommit() throws(GitError) -> CommitInfo? {
        guard let id = try nextID() else { return nil }
        return try repository.commit(id)
    }

    /// `Sequence` iteration: a failure is yielded once, then the walk ends.
    public func next() -> Result<CommitInfo, GitError>? {
        do {
            guard let commit = try nextCommit() else { return nil }
            return .success(commit)
        } catch {
            finished = true
            return .failure(error)
        }
    }
}

extension Repository {
    /// Starts a lazy history walk.
    public func walk(_ options: RevisionWalk.Options) throws(GitError) -> RevisionWalk {
        try RevisionWalk(repository: self, options: options)
    }
}
