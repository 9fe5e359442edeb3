internal import Clibgit2

/// Object ids computed the way git computes them, without a repository and without writing
/// anything: for naming exactly which files a report judged (its audit data), also when they
/// are a working tree that was never committed.
public enum TreeHash {
    /// One entry of a tree object: a name (no `/`), its mode and the id of its blob or sub-tree.
    public struct Entry: Sendable, Hashable {
        public let name: String
        public let mode: FileMode
        public let id: ObjectID

        public init(name: String, mode: FileMode, id: ObjectID) {
            self.name = name
            self.mode = mode
            self.id = id
        }

        /// git sorts a tree's entries by name as bytes, a sub-tree's name as if it ended in `/`.
        var sortKey: [UInt8] { Array(name.utf8) + (mode == .tree ? [UInt8(ascii: "/")] : []) }
    }

    /// The id of the tree object holding `entries` (in any order; git's order is applied here).
    public static func tree(_ entries: [Entry]) throws(GitError) -> ObjectID {
        try LibGit2.ensureInitialized()
        var content: [UInt8] = []
        for entry in entries.sorted(by: { $0.sortKey.lexicographicallyPrecedes($1.sortKey) }) {
            content += String(entry.mode.rawValue, radix: 8).utf8
            content.append(UInt8(ascii: " "))
            content += entry.name.utf8
            content.append(0)
            content += entry.id.bytes
        }
        var oid = git_oid()
        let code = content.withUnsafeBytes { raw in git_odb_hash(&oid, raw.baseAddress, raw.count, GIT_OBJECT_TREE) }
        try check(code, "cannot hash a tree")
        return ObjectID(oid)
    }

    /// The blob id of a file's bytes as they are on disk (`git hash-object --no-filters`),
    /// read in pieces, so a file of any size can be hashed.
    public static func blob(ofFile path: String) throws(GitError) -> ObjectID {
        try LibGit2.ensureInitialized()
        var oid = git_oid()
        try check(git_odb_hashfile(&oid, path, GIT_OBJECT_BLOB), "cannot hash '\(path)'")
        return ObjectID(oid)
    }

    /// The tree id of the files at the given paths (relative, `/`-separated), with their modes
    /// and blob ids: the tree `git write-tree` would write for an index holding exactly them.
    /// Nil for no files (git has no empty sub-trees).
    public static func tree(ofFiles files: [(path: String, mode: FileMode, id: ObjectID)]) throws(GitError)
        -> ObjectID?
    {
        guard !files.isEmpty else { return nil }
        var here: [Entry] = []
        var below: [String: [(path: String, mode: FileMode, id: ObjectID)]] = [:]
        for file in files {
            if let slash = file.path.firstIndex(of: "/") {
                let folder = String(file.path[..<slash])
                below[folder, default: []].append(
                    (String(file.path[file.path.index(after: slash)...]), file.mode, file.id))
            } else {
                here.append(Entry(name: file.path, mode: file.mode, id: file.id))
            }
        }
        for (folder, contents) in below {
            if let id = try tree(ofFiles: contents) { here.append(Entry(name: folder, mode: .tree, id: id)) }
        }
        return try tree(here)
    }
}

extension FolderLevel {
    /// The id of the tree holding exactly this level's folders and files: for the level at the
    /// root of an index, the tree `git write-tree` would write (nothing is written).
    public func treeID() throws(GitError) -> ObjectID {
        let entries =
            folders.map { TreeHash.Entry(name: $0.name, mode: .tree, id: $0.tree) }
            + files.map { file in
                let name = file.path.lastIndex(of: "/").map { String(file.path[file.path.index(after: $0)...]) }
                return TreeHash.Entry(name: name ?? file.path, mode: file.mode, id: file.id)
            }
        return try TreeHash.tree(entries)
    }
}
