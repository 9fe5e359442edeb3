import TaakboekCore
import TaakboekGit

/// The records as they are in one commit.
public struct RevisionSource: RecordSource {
    public let location: RepositoryLocation
    public let commit: ObjectID
    public var origin: String? { commit.short() }
    private let reader: GitRecordReader

    /// When set, only these folders under `records/` (municipalities) are read; `schemas/` always is.
    public let municipalities: Set<String>?

    public init(
        location: RepositoryLocation, commit: ObjectID, useCache: Bool = true, municipalities: Set<String>? = nil
    ) {
        self.location = location
        self.commit = commit
        self.municipalities = municipalities
        reader = GitRecordReader(location: location, useCache: useCache)
    }

    public func entries() throws(SourceError) -> [SourceEntry] {
        do throws(GitError) {
            let repository = try Repository.open(location)
            let tree = try repository.tree(ofCommit: commit)
            var listed: [TreeEntry] = []
            if let municipalities {
                for folder in municipalities.sorted() {
                    listed += try repository.listBlobs(inTree: tree, under: "records/" + folder)
                }
            } else {
                listed = try repository.listBlobs(inTree: tree, under: "records")
            }
            listed += try repository.listBlobs(inTree: tree, under: "schemas")
            return reader.entries(listed.map { ($0.path, $0.id, $0.mode) })
        } catch {
            throw SourceError.git(error)
        }
    }

    public func read(_ entry: SourceEntry) -> SourceEntry.Content { reader.read(entry) }
    public func didAnalyse(_ file: RecordFile) { reader.didAnalyse(file) }
    public func finishLoading() { reader.finishLoading() }
    public func text(of file: RecordFile) -> String? { reader.text(of: file) }
}
