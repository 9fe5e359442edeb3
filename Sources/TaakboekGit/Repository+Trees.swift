internal import Clibgit2

extension Repository {
    /// All blobs (regular files, executables, symlinks) of a commit's tree,
    /// recursively, in git's tree order (the order of `git ls-tree -r`).
    ///
    /// `prefix` limits the listing to one directory ("records/2024", leading
    /// and trailing slashes ignored; "" for everything). A prefix naming a
    /// file yields just that file; a prefix that does not exist yields [].
    /// Submodule entries are skipped. Names that are not valid UTF-8 are
    /// repaired with U+FFFD.
    public func listBlobs(inCommit commit: ObjectID, under prefix: String = "") throws(GitError) -> [TreeEntry] {
        try listBlobs(inTree: tree(ofCommit: commit), under: prefix)
    }

    /// Same as `listBlobs(inCommit:under:)` for a tree id. With `submodules`, submodules (gitlinks,
    /// whose id is a commit of another repository) are listed too, with their mode, for a caller
    /// that reports them rather than reads them.
    public func listBlobs(inTree treeID: ObjectID, under prefix: String = "", submodules: Bool = false)
        throws(GitError) -> [TreeEntry]
    {
        let root = try TreeHandle.lookup(pointer, treeID)
        let start = normalizedPrefix(prefix)
        var result: [TreeEntry] = []
        if start.isEmpty {
            try collectBlobs(of: root, pathPrefix: "", submodules: submodules, into: &result)
            return result
        }
        guard let entry = try entryHandle(in: root, path: start) else { return [] }
        try entry.use { (entry) throws(GitError) in
            let kind = git_tree_entry_type(entry)
            if kind == GIT_OBJECT_BLOB {
                result.append(Self.treeEntry(entry, path: start))
            } else if kind == GIT_OBJECT_TREE, let oid = git_tree_entry_id(entry) {
                let subtree = try TreeHandle.lookup(pointer, oid)
                try collectBlobs(of: subtree, pathPrefix: start + "/", submodules: submodules, into: &result)
            }
        }
        return result
    }

    /// All blobs of a tree, recursively, each path starting with `pathPrefix` (the path of the
    /// tree itself, e.g. "records/utrecht/"): for listing a folder by its tree id. Submodules are
    /// listed too with `submodules`, as for `listBlobs(inTree:under:submodules:)`.
    public func listBlobs(inTree treeID: ObjectID, pathPrefix: String, submodules: Bool = false) throws(GitError)
        -> [TreeEntry]
    {
        var result: [TreeEntry] = []
        try collectBlobs(
            of: TreeHandle.lookup(pointer, treeID), pathPrefix: pathPrefix, submodules: submodules, into: &result)
        return result
    }

    /// The entry at `path` in a commit's tree (file, symlink, directory or
    /// submodule), or nil when there is none.
    public func entry(atPath path: String, inCommit commit: ObjectID) throws(GitError) -> TreeEntry? {
        let normalized = normalizedPrefix(path)
        guard !normalized.isEmpty else { return nil }
        let root = try TreeHandle.lookup(pointer, tree(ofCommit: commit))
        guard let entry = try entryHandle(in: root, path: normalized) else { return nil }
        return try entry.use { Self.treeEntry($0, path: normalized) }
    }

    /// Depth-first walk in tree order. `tree` is kept alive by being a
    /// parameter; entries from `git_tree_entry_byindex` are borrowed from it.
    private func collectBlobs(
        of tree: TreeHandle, pathPrefix: String, submodules: Bool, into result: inout [TreeEntry]
    ) throws(GitError) {
        let count = git_tree_entrycount(tree.pointer)
        for index in 0..<count {
            guard let entry = git_tree_entry_byindex(tree.pointer, index),
                let oid = git_tree_entry_id(entry),
                let name = git_tree_entry_name(entry)
            else { continue }
            let kind = git_tree_entry_type(entry)
            if kind == GIT_OBJECT_BLOB || (submodules && kind == GIT_OBJECT_COMMIT) {
                let mode = FileMode(rawValue: UInt32(truncatingIfNeeded: git_tree_entry_filemode(entry).rawValue))
                result.append(TreeEntry(path: pathPrefix + String(cString: name), id: ObjectID(oid), mode: mode))
            } else if kind == GIT_OBJECT_TREE {
                let subtree = try TreeHandle.lookup(pointer, oid)
                try collectBlobs(
                    of: subtree, pathPrefix: pathPrefix + String(cString: name) + "/", submodules: submodules,
                    into: &result)
            }
        }
    }

    /// An owned entry for `path` below `tree`, or nil when the path does not exist.
    private func entryHandle(in tree: TreeHandle, path: String) throws(GitError) -> TreeEntryHandle? {
        var raw: OpaquePointer?
        let code = git_tree_entry_bypath(&raw, tree.pointer, path)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "cannot look up '\(path)'")
        guard let raw else { return nil }
        return TreeEntryHandle(owning: raw)
    }

    /// Copies a (borrowed) tree entry into a value.
    private static func treeEntry(_ entry: OpaquePointer, path: String) -> TreeEntry {
        let id = git_tree_entry_id(entry).map { ObjectID($0) } ?? ObjectID(git_oid())
        let mode = FileMode(rawValue: UInt32(truncatingIfNeeded: git_tree_entry_filemode(entry).rawValue))
        return TreeEntry(path: path, id: id, mode: mode)
    }
}

extension Repository {
    /// The folders and files directly below `prefix` in a commit's tree, with the folders' tree
    /// ids: compared with `Index.folderLevel(under:)` or another commit, equal ids mean equal
    /// contents. A prefix that does not exist (or is a file) gives an empty level.
    public func folderLevel(under prefix: String, inCommit commit: ObjectID) throws(GitError) -> FolderLevel {
        let normalized = normalizedPrefix(prefix)
        var tree = try TreeHandle.lookup(pointer, tree(ofCommit: commit))
        if !normalized.isEmpty {
            guard let entry = try entryHandle(in: tree, path: normalized) else {
                return FolderLevel(folders: [], files: [])
            }
            let subtree: TreeHandle? = try entry.use { (entry) throws(GitError) in
                guard git_tree_entry_type(entry) == GIT_OBJECT_TREE, let oid = git_tree_entry_id(entry) else {
                    return nil
                }
                return try TreeHandle.lookup(pointer, oid)
            }
            guard let subtree else { return FolderLevel(folders: [], files: []) }
            tree = subtree
        }
        return Self.level(of: tree, pathPrefix: normalized.isEmpty ? "" : normalized + "/")
    }

    /// The folders and files directly in a tree, given by its id; file paths start with
    /// `pathPrefix` (the tree's own path with a trailing "/", or "" for a root tree). For walking
    /// two trees side by side and descending only where their ids differ.
    public func folderLevel(ofTree treeID: ObjectID, pathPrefix: String) throws(GitError) -> FolderLevel {
        Self.level(of: try TreeHandle.lookup(pointer, treeID), pathPrefix: pathPrefix)
    }

    private static func level(of tree: TreeHandle, pathPrefix: String) -> FolderLevel {
        var folders: [FolderLevel.Folder] = []
        var files: [TreeEntry] = []
        for index in 0..<git_tree_entrycount(tree.pointer) {
            guard let entry = git_tree_entry_byindex(tree.pointer, index), let oid = git_tree_entry_id(entry),
                let name = git_tree_entry_name(entry)
            else { continue }
            switch git_tree_entry_type(entry) {
            case GIT_OBJECT_TREE:
                folders.append(FolderLevel.Folder(name: String(cString: name), tree: ObjectID(oid)))
            case GIT_OBJECT_BLOB:
                files.append(
                    TreeEntry(
                        path: pathPrefix + String(cString: name), id: ObjectID(oid),
                        mode: FileMode(rawValue: UInt32(truncatingIfNeeded: git_tree_entry_filemode(entry).rawValue))))
            default: continue
            }
        }
        withExtendedLifetime(tree) {}
        return FolderLevel(folders: folders, files: files)
    }
}
