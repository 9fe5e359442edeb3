/// One entry of a committed tree, addressed by its full repository path.
public struct TreeEntry: Hashable, Sendable {
    /// Path from the repository root, "/"-separated, no leading slash.
    public let path: String
    /// The object id: a blob id for files and symlinks (a tree id for a
    /// directory, a commit id for a submodule when returned by `entry(atPath:inCommit:)`).
    public let id: ObjectID
    public let mode: FileMode

    public init(path: String, id: ObjectID, mode: FileMode) {
        self.path = path
        self.id = id
        self.mode = mode
    }
}
