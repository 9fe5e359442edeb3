internal import Clibgit2

/// What a history walk needs of a commit, without its author, committer or message: its tree,
/// its parents and its commit time.
public struct CommitHeader: Hashable, Sendable {
    public let id: ObjectID
    public let treeID: ObjectID
    public let parentIDs: [ObjectID]
    /// Committer time, seconds since 1970.
    public let time: Int64
}

extension Repository {
    public func commitHeader(_ id: ObjectID) throws(GitError) -> CommitHeader {
        let handle = try CommitHandle.lookup(pointer, id)
        return try handle.use { (commit) throws(GitError) in
            guard let tree = git_commit_tree_id(commit) else {
                throw .local(.generic, .object, "commit \(id.hex) has no tree id")
            }
            return CommitHeader(
                id: id, treeID: ObjectID(tree), parentIDs: try Self.parentIDs(of: commit, id: id),
                time: Int64(git_commit_time(commit)))
        }
    }
}
