import TaakboekCore
import TaakboekGit

extension RecordsRepository {
    /// The files under `records/` and `schemas/` that differ between a state and a base commit:
    /// added, removed, or with other content or mode. Only the municipality folders whose tree
    /// ids differ are listed, so a change to one record lists one folder.
    public func changedPaths(in state: GitState, since base: ObjectID) throws(SourceError) -> Set<String> {
        let current: StateOutline
        switch state {
        case .index:
            let index = try location.openIndex()
            current = try StateOutline.of(index: index)
        case .commit(let id):
            current = try StateOutline.of(commit: id, in: repository)
        }
        let baseOutline = try StateOutline.of(commit: base, in: repository)
        let folders = Set(current.municipalities.keys).union(baseOutline.municipalities.keys).filter {
            current.municipalities[$0] != baseOutline.municipalities[$0]
        }
        return Self.differences(
            try current.listing(of: folders).map { ($0.path, WorkingTreeSnapshot.File(mode: $0.mode, id: $0.id)) },
            try baseOutline.listing(of: folders).map { ($0.path, WorkingTreeSnapshot.File(mode: $0.mode, id: $0.id)) })
    }

    /// The same for files on disk, compared with a base commit.
    public func changedPaths(in snapshot: WorkingTreeSnapshot, since base: ObjectID) throws(SourceError) -> Set<String>
    {
        let listed = try RevisionSource(location: location, commit: base, useCache: false).listing()
        return Self.differences(
            snapshot.files.map { ($0.key, $0.value) },
            listed.map { ($0.path, WorkingTreeSnapshot.File(mode: $0.mode, id: $0.id)) })
    }

    static func differences(
        _ current: [(String, WorkingTreeSnapshot.File)], _ base: [(String, WorkingTreeSnapshot.File)]
    ) -> Set<String> {
        let old = Dictionary(base, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(current, uniquingKeysWith: { first, _ in first })
        return Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
    }
}
