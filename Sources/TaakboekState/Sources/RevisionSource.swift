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

    private let prelisted: [GitListedFile]?

    /// `readingAfresh`: paths read from git whatever the analysis cache holds, with their content
    /// (the files a diff compares after checking).
    /// `listing`: the commit's files when already listed (to list them once per check).
    public init(
        location: RepositoryLocation, commit: ObjectID, useCache: Bool = true, municipalities: Set<String>? = nil,
        listing: [GitListedFile]? = nil, readingAfresh: Set<String> = []
    ) {
        self.location = location
        self.commit = commit
        self.municipalities = municipalities
        prelisted = listing
        reader = GitRecordReader(location: location, useCache: useCache, readingAfresh: readingAfresh)
    }

    public func entries() throws(SourceError) -> [SourceEntry] {
        // A given listing was made for the municipalities wanted: it is read as it is.
        if let prelisted { return reader.entries(prelisted) }
        return reader.entries(try listing(of: municipalities))
    }

    /// The commit's files under `records/` (only the given municipalities, when set) and `schemas/`.
    public func listing(of municipalities: Set<String>? = nil) throws(SourceError) -> [GitListedFile] {
        do throws(GitError) {
            let repository = try Repository.open(location)
            let tree = try repository.tree(ofCommit: commit)
            var listed: [TreeEntry] = []
            if let municipalities {
                // Files directly under records/ belong to no municipality and are always read.
                // Submodules too: the check reports them, as it does in the index.
                listed = try repository.listBlobs(inTree: tree, under: "records", submodules: true).filter {
                    GitListedFile(path: $0.path, id: $0.id, mode: $0.mode).isKept(by: municipalities)
                }
            } else {
                listed = try repository.listBlobs(inTree: tree, under: "records", submodules: true)
            }
            listed += try repository.listBlobs(inTree: tree, under: "schemas")
            return listed.map { GitListedFile(path: $0.path, id: $0.id, mode: $0.mode) }
        } catch {
            throw SourceError.git(error)
        }
    }

    public func read(_ entry: SourceEntry) -> SourceEntry.Content { reader.read(entry) }
    public func didAnalyse(batch files: [RecordFile]) { reader.didAnalyse(batch: files) }
    public func reading(_ batches: [ArraySlice<SourceEntry>]) -> any BatchReading { reader.reading(batches) }
    public func finishLoading() { reader.finishLoading() }
    public func loadingFailure() -> SourceError? { reader.loadingFailure() }
    public func text(of file: RecordFile) -> String? { reader.text(of: file) }
}
