import TaakboekGit
import TaakboekRepository

/// Which records each commit changed, kept under the git dir (`taakboek/history-v1.cache`) and
/// grown as queries walk further: a walk over 20,000 commits that were indexed before reads no
/// commit or tree. Only an optimisation: without it, or with it damaged, every answer is the same.
public final class ChangeIndex: @unchecked Sendable {
    public static let fileName = "history-v1.cache"

    public let repository: Repository
    private let file: CacheFile?
    private var known: [ObjectID: CommitChanges] = [:]
    private var headers: [ObjectID: CommitHeader] = [:]
    private var fresh: [(key: String, payload: [UInt8])] = []

    /// `gitDir`: where the index lives; nil keeps it in memory only.
    public init(repository: Repository, gitDir: String?) {
        self.repository = repository
        file = gitDir.map { CacheFile(gitDir: $0, fileName: Self.fileName) }
    }

    /// The changes of one commit: from memory, the index file, or worked out from its trees.
    public func changes(of id: ObjectID) throws(GitError) -> CommitChanges {
        if let changes = known[id] { return changes }
        let hex = id.hex
        if let stored = file?.lookup(
            hex,
            decode: { (reader) throws(BinaryReader.Failure) in
                try CommitChanges.decode(id: id, &reader)
            })
        {
            known[id] = stored
            return stored
        }
        let computed = try compute(id)
        known[id] = computed
        // A shallow boundary changes meaning once more history is fetched: never stored.
        if !computed.isShallowBoundary { fresh.append((hex, computed.encoded())) }
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

    /// A commit's tree, parents and time, read once: a parent read for its tree is read again
    /// when the walk reaches it.
    private func header(_ id: ObjectID) throws(GitError) -> CommitHeader {
        if let known = headers[id] { return known }
        let read = try repository.commitHeader(id)
        headers[id] = read
        return read
    }

    /// Writes what was worked out in this run to the index file. Failing to write costs speed only.
    public func persist() {
        guard let file, !fresh.isEmpty else { return }
        file.record(batch: fresh)
        fresh.removeAll()
        file.persist()
    }
}
