internal import Clibgit2

/// One name whose entry differs between two trees, one level deep.
public struct TreeEntryChange: Sendable {
    public struct Side: Sendable {
        public let id: ObjectID
        public let isTree: Bool
        public let mode: FileMode
    }

    public let name: String
    /// nil: no entry of that name on that side.
    public let old: Side?
    public let new: Side?
}

extension Repository {
    /// The entries that differ between two trees (nil: no tree), one level deep: an entry whose
    /// id or mode differs, or that is on one side only. Submodule entries are skipped. Entries are
    /// compared inside libgit2 (a binary search by name in the other tree); a name is copied out
    /// only for an entry that differs, so a large folder with one change costs little.
    public func changedEntries(from old: ObjectID?, to new: ObjectID?) throws(GitError) -> [TreeEntryChange] {
        guard old != new else { return [] }
        let oldTree = try old.map { (id) throws(GitError) in try TreeHandle.lookup(pointer, id) }
        let newTree = try new.map { (id) throws(GitError) in try TreeHandle.lookup(pointer, id) }
        var changes: [TreeEntryChange] = []
        if let newTree {
            for index in 0..<git_tree_entrycount(newTree.pointer) {
                guard let entry = git_tree_entry_byindex(newTree.pointer, index), let name = git_tree_entry_name(entry),
                    let after = Self.side(entry)
                else { continue }
                let counterpart = oldTree.flatMap { git_tree_entry_byname($0.pointer, name) }
                let before = counterpart.flatMap(Self.side)
                if let before, before.id == after.id, before.mode == after.mode { continue }
                changes.append(TreeEntryChange(name: String(cString: name), old: before, new: after))
            }
        }
        if let oldTree {
            for index in 0..<git_tree_entrycount(oldTree.pointer) {
                guard let entry = git_tree_entry_byindex(oldTree.pointer, index), let name = git_tree_entry_name(entry),
                    let before = Self.side(entry)
                else { continue }
                if let newTree, let counterpart = git_tree_entry_byname(newTree.pointer, name),
                    Self.side(counterpart) != nil
                {
                    continue
                }
                changes.append(TreeEntryChange(name: String(cString: name), old: before, new: nil))
            }
        }
        withExtendedLifetime((oldTree, newTree)) {}
        return changes
    }

    /// The entry called `name` directly in a tree (nil: none, or a submodule): one level of a
    /// path, for following one file through many trees without reading whole folders into values.
    public func entry(named name: String, inTree tree: ObjectID) throws(GitError) -> TreeEntryChange.Side? {
        let handle = try TreeHandle.lookup(pointer, tree)
        return withExtendedLifetime(handle) { git_tree_entry_byname(handle.pointer, name).flatMap(Self.side) }
    }

    /// A (borrowed) entry as a side of a change; nil for a submodule.
    private static func side(_ entry: OpaquePointer) -> TreeEntryChange.Side? {
        let type = git_tree_entry_type(entry)
        guard type == GIT_OBJECT_TREE || type == GIT_OBJECT_BLOB, let oid = git_tree_entry_id(entry) else { return nil }
        return TreeEntryChange.Side(
            id: ObjectID(oid), isTree: type == GIT_OBJECT_TREE,
            mode: FileMode(rawValue: UInt32(truncatingIfNeeded: git_tree_entry_filemode(entry).rawValue)))
    }
}
