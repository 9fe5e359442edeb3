import TaakboekCore
import TaakboekGit

/// The records as they are in one commit.
public struct RevisionSource: RecordSource {
    public let location: RepositoryLocation
    private let blobText: BlobText
    public let commit: ObjectID
    public var origin: String? { commit.short() }

    public init(location: RepositoryLocation, commit: ObjectID) {
        self.location = location
        blobText = BlobText(location: location)
        self.commit = commit
    }

    public func text(of file: RecordFile) -> String? { blobText.text(of: file) }

    public func entries() throws(SourceError) -> [SourceEntry] {
        let listed: [GitBlobEntries.Listed]
        do {
            let repository = try Repository.open(location)
            let tree = try repository.tree(ofCommit: commit)
            listed = try
                (repository.listBlobs(inTree: tree, under: "records")
                + repository.listBlobs(inTree: tree, under: "schemas")).map {
                    GitBlobEntries.Listed(path: $0.path, id: $0.id, mode: $0.mode)
                }
        } catch {
            throw SourceError.git(error)
        }
        return try GitBlobEntries.read(listed, location: location)
    }
}
