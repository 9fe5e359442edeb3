import TaakboekCore
import TaakboekGit

/// The records as staged: read from git's index (or the temporary index git hands a hook in
/// `GIT_INDEX_FILE`), never from the working tree.
public struct IndexSource: RecordSource {
    public let location: RepositoryLocation
    public var origin: String? { "index" }
    private let reader: GitRecordReader

    /// When set, only these municipality folders are read.
    public let municipalities: Set<String>?

    private let prelisted: [GitListedFile]?

    /// `readingAfresh`: paths read from git whatever the analysis cache holds, with their content
    /// (the files a diff compares after checking).
    /// `listing`: the index's files when already listed (to list them once per check).
    public init(
        location: RepositoryLocation, useCache: Bool = true, municipalities: Set<String>? = nil,
        listing: [GitListedFile]? = nil, readingAfresh: Set<String> = []
    ) {
        self.location = location
        self.municipalities = municipalities
        prelisted = listing
        reader = GitRecordReader(location: location, useCache: useCache, readingAfresh: readingAfresh)
    }

    public func entries() throws(SourceError) -> [SourceEntry] {
        // A given listing was made for the municipalities wanted: it is read as it is.
        if let prelisted { return reader.entries(prelisted) }
        return reader.entries(try listing().filter { $0.isKept(by: municipalities) })
    }

    /// Every staged file under `records/` and `schemas/`; refuses while there are conflicts.
    public func listing() throws(SourceError) -> [GitListedFile] {
        let index = try location.openIndex()
        if index.hasConflicts { throw Self.conflictError(index) }
        return index.entries().filter { $0.stage == 0 && GitRecordReader.isRecordPath($0.path) }.map {
            GitListedFile(path: $0.path, id: $0.id, mode: $0.mode)
        }
    }

    /// The refusal while the index has merge conflicts, naming the first paths.
    static func conflictError(_ index: Index) -> SourceError {
        let paths = index.conflictedPaths.prefix(5).joined(separator: ", ")
        return SourceError(
            LocalizedText(
                nl:
                    "de index heeft samenvoegconflicten (\(paths)); los ze op en voeg de bestanden toe met git add, dan kan taakboek controleren wat wordt vastgelegd",
                en:
                    "the index has merge conflicts (\(paths)); resolve them and git add the files, then taakboek can check what is being committed"
            ))
    }

    public func read(_ entry: SourceEntry) -> SourceEntry.Content { reader.read(entry) }
    public func didAnalyse(batch files: [RecordFile]) { reader.didAnalyse(batch: files) }
    public func reading(_ batches: [ArraySlice<SourceEntry>]) -> any BatchReading { reader.reading(batches) }
    public func finishLoading() { reader.finishLoading() }
    public func loadingFailure() -> SourceError? { reader.loadingFailure() }
    public func text(of file: RecordFile) -> String? { reader.text(of: file) }
}
