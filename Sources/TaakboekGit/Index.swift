internal import Clibgit2

/// One entry of the staging area. Conflicted paths have up to three entries
/// with stages 1 (common ancestor), 2 (ours) and 3 (theirs); normal entries
/// have stage 0.
public struct IndexEntry: Hashable, Sendable {
    public let path: String
    /// The staged blob; read it with `Repository.blob(_:)`.
    public let id: ObjectID
    public let mode: FileMode
    public let stage: Int

    public init(path: String, id: ObjectID, mode: FileMode, stage: Int) {
        self.path = path
        self.id = id
        self.mode = mode
        self.stage = stage
    }
}

/// A snapshot of the repository's index (the staging area): the owner of a
/// `git_index` reference.
///
/// Respects `GIT_INDEX_FILE` when the repository was opened from the
/// environment (as in a pre-commit hook, where git points it at the index
/// being committed). Staged contents are read through the repository's
/// object database with `Repository.blob(_:)`.
public final class Index {
    /// Owned reference; freed in `deinit`.
    let pointer: OpaquePointer
    /// Kept so the repository (and its object database) outlives the index.
    public let repository: Repository

    init(owning pointer: OpaquePointer, repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }

    deinit { git_index_free(pointer) }

    /// Number of entries (all stages).
    public var count: Int { git_index_entrycount(pointer) }

    /// Entries at or below `prefix` ("" for all), sorted by path then stage.
    /// A prefix matches whole path components: "a" matches "a" and "a/x", not "ab".
    public func entries(under prefix: String = "") -> [IndexEntry] {
        let normalized = normalizedPrefix(prefix)
        let total = git_index_entrycount(pointer)
        var start = 0
        if !normalized.isEmpty {
            // Entries are sorted by path, so everything starting with the
            // prefix is contiguous; find the first one.
            guard git_index_find_prefix(&start, pointer, normalized) == 0 else { return [] }
        }
        let prefixBytes = Array(normalized.utf8)
        // The binary search may land on any matching entry (e.g. the last
        // conflict stage of a path); step back to the first one.
        while start > 0, !prefixBytes.isEmpty,
            let previous = git_index_get_byindex(pointer, start - 1), let cPath = previous.pointee.path,
            Self.match(cPath, prefixBytes) != .past
        {
            start -= 1
        }
        var result: [IndexEntry] = []
        var position = start
        while position < total {
            defer { position += 1 }
            guard let entry = git_index_get_byindex(pointer, position), let cPath = entry.pointee.path else {
                continue
            }
            if !prefixBytes.isEmpty {
                switch Self.match(cPath, prefixBytes) {
                case .below: break
                case .sibling: continue
                case .past: return result
                }
            }
            result.append(Self.copy(entry, path: String(cString: cPath)))
        }
        return result
    }

    /// The entry for `path` at `stage` (0 unless conflicted), or nil.
    public func entry(atPath path: String, stage: Int = 0) -> IndexEntry? {
        guard let entry = git_index_get_bypath(pointer, normalizedPrefix(path), Int32(stage)) else { return nil }
        return Self.copy(entry, path: normalizedPrefix(path))
    }

    /// True when some path has conflict stages (an unresolved merge).
    public var hasConflicts: Bool { git_index_has_conflicts(pointer) == 1 }

    /// The paths that have conflict stages, sorted, each once.
    public var conflictedPaths: [String] {
        var paths: [String] = []
        let total = git_index_entrycount(pointer)
        for position in 0..<total {
            guard let entry = git_index_get_byindex(pointer, position),
                git_index_entry_stage(entry) != 0,
                let cPath = entry.pointee.path
            else { continue }
            let path = String(cString: cPath)
            if paths.last != path { paths.append(path) }
        }
        return paths
    }

    // MARK: Private

    private enum PrefixMatch { case below, sibling, past }

    /// Compares a C path with a prefix (as bytes): equal or "prefix/...",
    /// another path that shares the leading bytes, or past the prefix range.
    private static func match(_ cPath: UnsafePointer<CChar>, _ prefix: [UInt8]) -> PrefixMatch {
        let bytes = UnsafeRawPointer(cPath).assumingMemoryBound(to: UInt8.self)
        for (offset, expected) in prefix.enumerated() where bytes[offset] != expected {
            return .past  // sorted order: once the prefix differs, no later entry matches
        }
        let next = bytes[prefix.count]
        return next == 0 || next == UInt8(ascii: "/") ? .below : .sibling
    }

    /// Copies a borrowed `git_index_entry`.
    private static func copy(_ entry: UnsafePointer<git_index_entry>, path: String) -> IndexEntry {
        IndexEntry(
            path: path,
            id: ObjectID(entry.pointee.id),
            mode: FileMode(rawValue: entry.pointee.mode),
            stage: Int(git_index_entry_stage(entry)))
    }
}

extension Repository {
    /// Reads the index (re-reading it from disk when the file changed since
    /// this repository last loaded it). A missing index file is an empty index.
    public func index() throws(GitError) -> Index {
        var raw: OpaquePointer?
        try check(git_repository_index(&raw, pointer), "cannot open the index")
        guard let raw else { throw .local(.generic, .internalError, "cannot open the index: no handle") }
        let index = Index(owning: raw, repository: self)
        try check(git_index_read(raw, 0), "cannot read the index file")
        return index
    }
}
