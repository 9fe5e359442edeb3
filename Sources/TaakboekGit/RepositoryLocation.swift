/// Where a repository lives, with every override that was used to open it.
/// All paths are absolute. Being `Sendable`, it is what a parallel worker
/// receives to open its own `Repository` (see `Repository.open(_:)`).
public struct RepositoryLocation: Hashable, Sendable {
    public let gitDir: String
    /// The working tree, or nil for a bare repository.
    public let workdir: String?
    /// The index file when it is not `<gitDir>/index` (`GIT_INDEX_FILE`).
    public let indexFile: String?
    /// The object directory when it is not `<commonDir>/objects` (`GIT_OBJECT_DIRECTORY`).
    public let objectDirectory: String?
    public let alternateObjectDirectories: [String]
}
