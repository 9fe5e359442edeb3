import TaakboekGit

/// A state of the records in git: the index or a commit.
public enum GitState: Sendable, Equatable {
    case index
    case commit(ObjectID)
}
