internal import Clibgit2

extension Repository {
    /// Resolves a revision expression (`HEAD`, `main~2`, `v1.0`, an abbreviated
    /// id, ...) with `git_revparse_single` and peels it to a commit.
    ///
    /// Errors: `.notFound` for unknown names or ids, `.ambiguous` for an
    /// ambiguous short id, `.invalidSpec` for malformed expressions and for
    /// objects that are not (and do not point to) a commit, `.unbornBranch`
    /// for `HEAD...` while the current branch has no commits yet.
    public func resolve(_ spec: String) throws(GitError) -> ObjectID {
        try LibGit2.ensureInitialized()
        var raw: OpaquePointer?
        do {
            try check(git_revparse_single(&raw, pointer, spec), "cannot resolve revision '\(spec)'")
        } catch {
            if error.code == .notFound, spec.hasPrefix("HEAD"), (try? isHeadUnborn) == true {
                throw .local(
                    .unbornBranch, .reference,
                    "cannot resolve revision '\(spec)': HEAD points to a branch with no commits yet")
            }
            throw error
        }
        let object = try ObjectHandle.wrap(raw, "cannot resolve revision '\(spec)'")
        let commit = try object.peel(to: GIT_OBJECT_COMMIT, "revision '\(spec)' is not a commit")
        return commit.id
    }

    /// Reads one commit. A missing id gives `.notFound`; a corrupt object an
    /// error from the object database or zlib.
    public func commit(_ id: ObjectID) throws(GitError) -> CommitInfo {
        let handle = try CommitHandle.lookup(pointer, id)
        return try Self.commitInfo(handle, id: id)
    }

    /// The root tree id of a commit.
    public func tree(ofCommit id: ObjectID) throws(GitError) -> ObjectID {
        let handle = try CommitHandle.lookup(pointer, id)
        return try handle.use { (commit) throws(GitError) in
            guard let tree = git_commit_tree_id(commit) else {
                throw .local(.generic, .object, "commit \(id.hex) has no tree id")
            }
            return ObjectID(tree)
        }
    }

    /// Copies everything out of a commit while its handle is alive (all
    /// pointers read here are borrowed from the commit).
    static func commitInfo(_ handle: CommitHandle, id: ObjectID) throws(GitError) -> CommitInfo {
        try handle.use { (commit) throws(GitError) in
            guard let tree = git_commit_tree_id(commit) else {
                throw .local(.generic, .object, "commit \(id.hex) has no tree id")
            }
            guard let author = git_commit_author(commit), let committer = git_commit_committer(commit) else {
                throw .local(.generic, .object, "commit \(id.hex) has no author or committer")
            }
            let parents = try parentIDs(of: commit, id: id)
            // git_commit_summary caches its result in the commit; NULL only on allocation failure.
            let summary = git_commit_summary(commit).map { String(cString: $0) } ?? ""
            let message = git_commit_message(commit).map { String(cString: $0) } ?? ""
            return CommitInfo(
                id: id,
                treeID: ObjectID(tree),
                parentIDs: parents,
                author: Signature(author),
                committer: Signature(committer),
                summary: summary,
                message: message)
        }
    }

    /// The parent ids of a (borrowed) commit, first parent first.
    static func parentIDs(of commit: OpaquePointer, id: ObjectID) throws(GitError) -> [ObjectID] {
        let count = git_commit_parentcount(commit)
        var parents: [ObjectID] = []
        parents.reserveCapacity(Int(count))
        for index in 0..<count {
            guard let parent = git_commit_parent_id(commit, index) else {
                throw .local(.generic, .object, "commit \(id.hex): cannot read parent \(index)")
            }
            parents.append(ObjectID(parent))
        }
        return parents
    }
}
