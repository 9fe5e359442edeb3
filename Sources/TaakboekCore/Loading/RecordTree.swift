/// All records of a repository state, loaded and modelled, ready for the rules.
public struct RecordTree: Sendable {
    /// How findings name the source (`index`, a short commit id); nil for the working tree.
    public let origin: String?
    /// Every file under `records/` and the configuration under `schemas/`, sorted by path.
    public private(set) var files: [RecordFile]
    public let municipalities: [MunicipalityRecords]
    public let catalogue: PlacementCatalogue
    /// The national numbers and populations of the statutory formula (`schemas/landelijk.yaml`).
    public let nationalFigures: NationalFigures
    /// Where the schemas and placement kinds came from.
    public let configuration: SchemaSet.Provenance

    public init(
        origin: String?, files: [RecordFile], municipalities: [MunicipalityRecords],
        catalogue: PlacementCatalogue, nationalFigures: NationalFigures? = nil, configuration: SchemaSet.Provenance
    ) {
        self.origin = origin
        // Sources list files in path order already; sorting would copy every record once more.
        let inOrder = zip(files, files.dropFirst()).allSatisfy { $0.path < $1.path }
        self.files = inOrder ? files : files.sorted { $0.path < $1.path }
        self.municipalities = municipalities.sorted { $0.folder < $1.folder }
        self.catalogue = catalogue
        self.nationalFigures = nationalFigures ?? NationalFigures(path: "(ingebouwd)/landelijk.yaml", root: nil)
        self.configuration = configuration
    }
    /// Reads a released file's text again from where it came from.
    public var sourceText: @Sendable (RecordFile) -> String? = { _ in nil }

    /// Records of the state that were not loaded because their findings came from a cache: they
    /// count in a report, and `unloadedText` reads one by path to quote a line under a finding.
    public var unloadedRecordCount = 0
    public var unloadedText: @Sendable (String) -> String? = { _ in nil }

    /// The file quoted last (see `sourceExcerpt`), shared by copies of the tree.
    private let quoted = QuotedFile()

    /// Every record of the state: those loaded and those whose findings came from a cache.
    public var recordCount: Int { files.count { $0.kind != nil } + unloadedRecordCount }

    /// The file at `path`: a binary search, as the files are in path order (an index would
    /// cost a hash of every path of a national repository to answer a handful of lookups).
    public func file(_ path: String) -> RecordFile? {
        var low = 0
        var high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < files.count && files[low].path == path ? files[low] : nil
    }

    /// What to quote under a finding at `line` and `column` of `path` that is `length` long: the
    /// line, or a window of it around the caret when it is long; re-read from the source when
    /// released.
    public func sourceExcerpt(_ path: String, line: Int, column: Int, length: Int) -> SourceExcerpt? {
        quoted.excerpt(line: line, column: column, length: length, of: path) { text(of: path) }
    }

    /// `finding` with the source line at its place quoted (`excerpt`), when it points at a line
    /// of a file of this state.
    public func quoting(_ finding: Finding) -> Finding {
        var quoted = finding
        let location = finding.location
        if location.line > 0 {
            quoted.excerpt = sourceExcerpt(
                location.path, line: location.line, column: location.column, length: location.length)
        }
        return quoted
    }

    /// A file's text: loaded, re-read from the source when released, or read for a file whose
    /// findings came from a cache.
    private func text(of path: String) -> String? {
        guard let file = file(path) else { return unloadedText(path) }
        return file.text ?? sourceText(file)
    }

    /// Every record file of a kind, in path order.
    public func files(of kind: RecordKind) -> [RecordFile] {
        files.filter { $0.kind == kind }
    }
}
