internal import Clibgit2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folders and files directly below a folder of the index, each folder with the tree id
/// `git write-tree` would give it: two states whose folder has the same tree id have the same
/// files there, so one comparison per folder replaces listing every file.
public struct FolderLevel: Sendable {
    public struct Folder: Sendable, Equatable {
        public let name: String
        public let tree: ObjectID

        public init(name: String, tree: ObjectID) {
            self.name = name
            self.tree = tree
        }
    }

    /// The folders directly below, in git's order.
    public let folders: [Folder]
    /// The files directly below (full paths).
    public let files: [TreeEntry]

    public init(folders: [Folder], files: [TreeEntry]) {
        self.folders = folders
        self.files = files
    }

    /// The tree id of a folder directly below, by name.
    public func tree(of name: String) -> ObjectID? {
        folders.first { $0.name == name }?.tree
    }
}

extension Index {
    /// A stage-0 entry borrowed from the index, with its path as bytes.
    struct Borrowed {
        let path: UnsafePointer<UInt8>
        let entry: UnsafePointer<git_index_entry>
    }

    /// The folders and files directly below `prefix` among the stage-0 entries, the folders with
    /// the tree id git would write for them (hashed here, nothing is written). Conflict stages are
    /// skipped: refuse a conflicted index before relying on this.
    public func folderLevel(under prefix: String) throws(GitError) -> FolderLevel {
        let normalized = normalizedPrefix(prefix)
        let total = git_index_entrycount(pointer)
        var start = 0
        if !normalized.isEmpty {
            // Not found means no entry below the prefix; any other failure is an error.
            let found = git_index_find_prefix(&start, pointer, normalized + "/")
            if found == GIT_ENOTFOUND.rawValue { return FolderLevel(folders: [], files: []) }
            try check(found, "cannot look up '\(normalized)/' in the index")
        }
        let base = normalized.isEmpty ? 0 : normalized.utf8.count + 1
        let prefixBytes = Array((normalized.isEmpty ? "" : normalized + "/").utf8)
        // Entries below the prefix, borrowed: the index outlives this call.
        var entries: [Borrowed] = []
        var position = start
        while position < total {
            defer { position += 1 }
            guard let entry = git_index_get_byindex(pointer, position), let cPath = entry.pointee.path else { continue }
            let path = UnsafeRawPointer(cPath).assumingMemoryBound(to: UInt8.self)
            if !Self.hasPrefix(path, prefixBytes) { break }
            if git_index_entry_stage(entry) != 0 { continue }
            entries.append(Borrowed(path: path, entry: entry))
        }
        var folders: [FolderLevel.Folder] = []
        var files: [TreeEntry] = []
        var index = 0
        while index < entries.count {
            let current = entries[index]
            guard let slash = Self.slash(in: current.path, from: base) else {
                var oid = current.entry.pointee.id
                files.append(
                    TreeEntry(
                        path: String(
                            decoding: UnsafeBufferPointer(start: current.path, count: Self.length(current.path)),
                            as: UTF8.self),
                        id: ObjectID(&oid), mode: FileMode(rawValue: current.entry.pointee.mode)))
                index += 1
                continue
            }
            let end = Self.endOfFolder(entries[...], from: index, componentEnd: slash)
            let tree = try TreeHasher.hashFolder(entries[index..<end], nameStart: slash + 1)
            let name = String(
                decoding: UnsafeBufferPointer(start: current.path + base, count: slash - base), as: UTF8.self)
            folders.append(FolderLevel.Folder(name: name, tree: tree))
            index = end
        }
        return FolderLevel(folders: folders, files: files)
    }

    static func hasPrefix(_ path: UnsafePointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        for (offset, expected) in prefix.enumerated() where path[offset] != expected { return false }
        return true
    }

    static func length(_ path: UnsafePointer<UInt8>) -> Int {
        strlen(UnsafeRawPointer(path).assumingMemoryBound(to: CChar.self))
    }

    /// The offset of the first `/` at or after `from`, or nil when the path ends first.
    static func slash(in path: UnsafePointer<UInt8>, from: Int) -> Int? {
        var offset = from
        while path[offset] != 0 {
            if path[offset] == UInt8(ascii: "/") { return offset }
            offset += 1
        }
        return nil
    }

    /// The end of the run of entries that share the path up to and including the `/` at
    /// `componentEnd` of the entry at `from` (entries are sorted, so a folder is one run).
    static func endOfFolder(_ entries: ArraySlice<Borrowed>, from: Int, componentEnd: Int) -> Int {
        let first = entries[from].path
        var end = from + 1
        while end < entries.endIndex, memcmp(first, entries[end].path, componentEnd + 1) == 0 { end += 1 }
        return end
    }
}

/// Builds tree objects from sorted index entries and hashes them the way git does, without
/// writing anything to the object database.
enum TreeHasher {
    /// The tree id of a folder whose entries' names start at byte `nameStart`; sub-folders are
    /// hashed first (depth-first), as a tree names its sub-trees by id.
    static func hashFolder(_ entries: ArraySlice<Index.Borrowed>, nameStart: Int) throws(GitError) -> ObjectID {
        var content: [UInt8] = []
        var index = entries.startIndex
        while index < entries.endIndex {
            let current = entries[index]
            if let slash = Index.slash(in: current.path, from: nameStart) {
                let end = Index.endOfFolder(entries, from: index, componentEnd: slash)
                var subtree = try hashFolder(entries[index..<end], nameStart: slash + 1).oid
                Self.append(
                    mode: 0o040000, name: current.path + nameStart, length: slash - nameStart, oid: &subtree,
                    to: &content)
                index = end
            } else {
                var oid = current.entry.pointee.id
                Self.append(
                    mode: current.entry.pointee.mode, name: current.path + nameStart,
                    length: Index.length(current.path + nameStart), oid: &oid, to: &content)
                index += 1
            }
        }
        var out = git_oid()
        let code = content.withUnsafeBytes { raw in git_odb_hash(&out, raw.baseAddress, raw.count, GIT_OBJECT_TREE) }
        try check(code, "cannot hash a tree of the index")
        return ObjectID(&out)
    }

    /// One tree entry: the mode in octal without leading zeros, a space, the name, a NUL and the
    /// 20 raw bytes of the id.
    private static func append(
        mode: UInt32, name: UnsafePointer<UInt8>, length: Int, oid: inout git_oid, to content: inout [UInt8]
    ) {
        content.append(contentsOf: String(mode, radix: 8).utf8)
        content.append(UInt8(ascii: " "))
        content.append(contentsOf: UnsafeBufferPointer(start: name, count: length))
        content.append(0)
        withUnsafeBytes(of: &oid.id) { content.append(contentsOf: $0) }
    }
}
