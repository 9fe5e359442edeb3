import TaakboekCore
import TaakboekGit
import TaakboekState

extension GitCheck {
    /// The repository's records states, for the audit's ids and the changed files.
    public var records: RecordsRepository { RecordsRepository(repository) }

    /// The ids of the index or a commit (`RecordsRepository.ids(of:)`).
    public func ids(of state: GitState) throws(SourceError) -> StateIDs { try records.ids(of: state) }

    /// The files that differ between a state and a base commit.
    public func changedPaths(in state: GitState, since base: ObjectID) throws(SourceError) -> Set<String> {
        try records.changedPaths(in: state, since: base)
    }

    /// The files on disk that differ from a base commit.
    public func changedPaths(in snapshot: WorkingTreeSnapshot, since base: ObjectID) throws(SourceError) -> Set<String>
    {
        try records.changedPaths(in: snapshot, since: base)
    }
}
