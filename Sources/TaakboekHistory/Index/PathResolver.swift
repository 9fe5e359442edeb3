import TaakboekGit

/// The file at one path in many root trees, read one folder level at a time and remembered by
/// tree id: commits close in history share most folders, so following a record through 20,000
/// commits reads about two small trees per commit (the root and `records/`), as `git log --
/// <path>` does, instead of every folder a commit changed.
final class PathResolver {
    let path: String
    private let components: [String]
    private let repository: Repository
    /// Per folder level: the file found below a tree of that level, by the tree's id.
    private var known: [[ObjectID: TreeEntryChange.Side?]]

    init(path: String, repository: Repository) {
        self.path = path
        self.repository = repository
        components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        known = Array(repeating: [:], count: components.count)
    }

    /// The file (blob, not folder or submodule) at the path in a root tree; nil when there is none.
    func file(inRootTree tree: ObjectID) throws(GitError) -> TreeEntryChange.Side? {
        try file(in: tree, level: 0)
    }

    private func file(in tree: ObjectID, level: Int) throws(GitError) -> TreeEntryChange.Side? {
        if let found = known[level][tree] { return found }
        let entry = try repository.entry(named: components[level], inTree: tree)
        let found: TreeEntryChange.Side?
        if level == components.count - 1 {
            found = entry.flatMap { $0.isTree ? nil : $0 }
        } else if let entry, entry.isTree {
            found = try file(in: entry.id, level: level + 1)
        } else {
            found = nil
        }
        known[level][tree] = .some(found)
        return found
    }

    /// The file's change from one root tree to another (nil: no tree), as the record diff of the
    /// whole tree would list it; nil when it did not change.
    func change(from old: ObjectID?, to new: ObjectID?) throws(GitError) -> RecordChange? {
        let before = try old.map { (tree) throws(GitError) in try file(inRootTree: tree) } ?? nil
        let after = try new.map { (tree) throws(GitError) in try file(inRootTree: tree) } ?? nil
        if before?.id == after?.id && before?.mode == after?.mode { return nil }
        return RecordChange(path: path, old: before?.id, new: after?.id)
    }
}
