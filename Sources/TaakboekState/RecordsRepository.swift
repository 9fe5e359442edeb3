import TaakboekCore
import TaakboekGit

/// A records repository as git holds it: one opened handle and where it lives. What a state of
/// it is (ids, changed files) is asked here; the checker and the queries build on it.
public struct RecordsRepository {
    public let repository: Repository
    public let location: RepositoryLocation

    public init(_ repository: Repository) {
        self.repository = repository
        location = repository.location
    }
}
