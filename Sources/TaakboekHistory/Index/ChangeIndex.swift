import TaakboekGit
import TaakboekState

/// Which records each commit changed, kept under the git dir (`taakboek/history-v1.cache`): a
/// walk over 20,000 commits that were indexed before reads no commit or tree. Only an
/// optimisation: without it, or with it damaged, every answer is the same.
///
/// The index is opt-in, like git's commit-graph: `taakboek index` (`fill(from:)`) creates it,
/// and once the file exists every query adds the commits it meets that are not in it yet. Without
/// the file, a query follows its one path through the trees (`PathResolver`) as `git log --
/// <path>` does, which costs a third of working out everything a commit changed.
///
/// Not `Sendable`: it holds a `Repository` (libgit2 handles are not to be shared between threads
/// without locking) and mutable tables of what it has read, so it belongs to the one thread that
/// made it. Nothing here runs in parallel; a query on another thread opens its own.
public final class ChangeIndex {
    public static let fileName = "history-v1.cache"

    /// Where the index file of the repository whose git dir is `gitDir` lives.
    public static func path(gitDir: String) -> String { CacheFile.path(gitDir: gitDir, fileName: fileName) }

    /// Where the table of where the index file's entries start lives (see `SortedOffsets`).
    public static func offsetsPath(gitDir: String) -> String {
        CacheFile.offsetsPath(gitDir: gitDir, fileName: fileName)
    }

    public let repository: Repository
    private let file: CacheFile?
    private var known: [ObjectID: CommitChanges] = [:]
    private var headers: [ObjectID: CommitHeader] = [:]
    private var fresh: [(key: String, payload: [UInt8])] = []
    /// Whether a commit that is not in the index is worked out in full and added to it, or only
    /// for the path asked about.
    public let fillsIn: Bool
    private var resolver: PathResolver?
    /// Set while path walks run without libgit2's object cache and hash verification: they read
    /// each object once (see `ObjectReading`).
    private var lightenedReading = false

    /// `gitDir`: where the index lives; nil keeps it in memory only. `fillsIn`: by default, when
    /// the index file exists (always, in memory only).
    public init(repository: Repository, gitDir: String?, fillsIn: Bool? = nil) {
        self.repository = repository
        let file = gitDir.map { CacheFile(gitDir: $0, fileName: Self.fileName) }
        self.file = file
        self.fillsIn = fillsIn ?? file.map(\.exists) ?? true
    }

    deinit {
        guard lightenedReading else { return }
        try? ObjectReading.setCaching(true)
        try? ObjectReading.setHashVerification(true)
    }

    /// The changes of one commit: from memory, the index file, or worked out from its trees.
    public func changes(of id: ObjectID) throws(GitError) -> CommitChanges {
        try changes(of: id, keeping: nil)
    }

    /// The changes of one commit as far as they concern `path` (the lists may hold more): all a
    /// path walk asks of most commits. From the index file, only that path's entries are decoded.
    public func changes(of id: ObjectID, concerning path: String) throws(GitError) -> CommitChanges {
        try changes(of: id, keeping: path)
    }

    private func changes(of id: ObjectID, keeping path: String?) throws(GitError) -> CommitChanges {
        if let changes = known[id] { return changes }
        let hex = id.hex
        if let stored = file?.lookup(
            hex,
            decode: { (reader) throws(BinaryReader.Failure) in
                try CommitChanges.decode(id: id, &reader, keeping: path)
            })
        {
            // Only complete lists are remembered: another question may ask about another path.
            if path == nil { known[id] = stored }
            return stored
        }
        if let path, !fillsIn { return try compute(id, concerning: path) }
        let computed = try compute(id)
        known[id] = computed
        // A shallow boundary changes meaning once more history is fetched: never stored. Without
        // an index file, nothing is: writing one would make it.
        if fillsIn && !computed.isShallowBoundary { fresh.append((hex, computed.encoded())) }
        return computed
    }

    private func compute(_ id: ObjectID) throws(GitError) -> CommitChanges {
        let commit = try header(id)
        guard !commit.parentIDs.isEmpty else {
            return CommitChanges(
                id: id, parents: [], time: commit.time,
                changes: [try RecordsTreeDiff.changes(from: nil, to: commit.treeID, in: repository)])
        }
        var parentTrees: [ObjectID] = []
        for parent in commit.parentIDs {
            do {
                parentTrees.append(try header(parent).treeID)
            } catch {
                guard error.code == .notFound, (try? repository.isShallow) == true else { throw error }
                return CommitChanges(
                    id: id, parents: commit.parentIDs, time: commit.time,
                    changes: [try RecordsTreeDiff.changes(from: nil, to: commit.treeID, in: repository)],
                    isShallowBoundary: true)
            }
        }
        var changes: [[RecordChange]] = []
        for tree in parentTrees {
            changes.append(try RecordsTreeDiff.changes(from: tree, to: commit.treeID, in: repository))
        }
        return CommitChanges(id: id, parents: commit.parentIDs, time: commit.time, changes: changes)
    }

    /// The changes of one commit to `path` only, found by following the path down each tree;
    /// never stored, since the lists are not complete.
    private func compute(_ id: ObjectID, concerning path: String) throws(GitError) -> CommitChanges {
        // The full lists hold records only.
        guard path.hasPrefix("records/") else {
            let commit = try header(id)
            return CommitChanges(
                id: id, parents: commit.parentIDs, time: commit.time,
                changes: Array(repeating: [], count: max(1, commit.parentIDs.count)))
        }
        if resolver?.path != path { resolver = PathResolver(path: path, repository: repository) }
        if !lightenedReading {
            try ObjectReading.setCaching(false)
            try ObjectReading.setHashVerification(false)
            lightenedReading = true
        }
        guard let resolver else { return try compute(id) }
        let commit = try header(id)
        guard !commit.parentIDs.isEmpty else {
            let change = try resolver.change(from: nil, to: commit.treeID)
            return CommitChanges(id: id, parents: [], time: commit.time, changes: [change.map { [$0] } ?? []])
        }
        var changes: [[RecordChange]] = []
        for parent in commit.parentIDs {
            let parentTree: ObjectID
            do {
                parentTree = try header(parent).treeID
            } catch {
                guard error.code == .notFound, (try? repository.isShallow) == true else { throw error }
                let change = try resolver.change(from: nil, to: commit.treeID)
                return CommitChanges(
                    id: id, parents: commit.parentIDs, time: commit.time, changes: [change.map { [$0] } ?? []],
                    isShallowBoundary: true)
            }
            let change = try resolver.change(from: parentTree, to: commit.treeID)
            changes.append(change.map { [$0] } ?? [])
        }
        return CommitChanges(id: id, parents: commit.parentIDs, time: commit.time, changes: changes)
    }

    /// A commit's tree, parents and time, read once: a parent read for its tree is read again
    /// when the walk reaches it.
    private func header(_ id: ObjectID) throws(GitError) -> CommitHeader {
        if let known = headers[id] { return known }
        let read = try repository.commitHeader(id)
        headers[id] = read
        return read
    }

    /// Adds every commit reachable from `start` to the index (it need not exist yet), and writes
    /// it. Returns how many commits were reached and how many of them were new. A shallow
    /// clone's boundary ends the walk there.
    public func fill(from start: [ObjectID]) throws(GitError) -> (commits: Int, added: Int) {
        let filler = ChangeIndex(repository: repository, gitDir: nil, fillsIn: true)
        var seen = Set(start)
        var pending = start
        var added = 0
        while let id = pending.popLast() {
            let hex = id.hex
            let changes: CommitChanges
            if let stored = file?.lookup(
                hex,
                decode: { (reader) throws(BinaryReader.Failure) in
                    try CommitChanges.decode(id: id, &reader)
                })
            {
                changes = stored
            } else {
                changes = try filler.changes(of: id)
                if !changes.isShallowBoundary {
                    fresh.append((hex, changes.encoded()))
                    added += 1
                }
            }
            if changes.isShallowBoundary { continue }
            for parent in changes.parents where seen.insert(parent).inserted { pending.append(parent) }
            // Written as it goes: a very long history is not held in memory twice.
            if fresh.count >= 4_096, let file {
                file.record(batch: fresh)
                fresh.removeAll()
            }
        }
        persist(even: true)
        return (seen.count, added)
    }

    /// Writes what was worked out in this run to the index file. Failing to write costs speed only.
    public func persist() { persist(even: false) }

    /// `even`: also when nothing new was found (`fill` makes the file even for a history that
    /// has no commit to add).
    private func persist(even: Bool) {
        guard let file, even || !fresh.isEmpty else { return }
        file.record(batch: fresh)
        fresh.removeAll()
        file.persist()
    }
}
