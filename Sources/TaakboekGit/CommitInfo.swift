/// Everything the checker needs from one commit, copied out of libgit2.
public struct CommitInfo: Hashable, Sendable {
    public let id: ObjectID
    public let treeID: ObjectID
    /// Parent ids in order (first parent first). In a shallow clone the
    /// boundary commit still lists its (missing) parents: libgit2 1.5 does not
    /// apply `.git/shallow` when parsing commits.
    public let parentIDs: [ObjectID]
    public let author: Signature
    public let committer: Signature
    /// The first paragraph of the message, joined into one line (`git log --format=%s`).
    public let summary: String
    /// The full raw message (without the trailing header fields).
    public let message: String

    public init(
        id: ObjectID, treeID: ObjectID, parentIDs: [ObjectID],
        author: Signature, committer: Signature, summary: String, message: String
    ) {
        self.id = id
        self.treeID = treeID
        self.parentIDs = parentIDs
        self.author = author
        self.committer = committer
        self.summary = summary
        self.message = message
    }

    /// The commit time (`git log --format=%ct`), used for date ordering.
    public var committerTime: GitTime { committer.time }
    public var isMerge: Bool { parentIDs.count > 1 }
}
