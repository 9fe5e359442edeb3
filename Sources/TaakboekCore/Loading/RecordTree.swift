/// All records of a repository state, loaded and modelled, ready for the rules.
public struct RecordTree: Sendable {
    /// How findings name the source (`index`, a short commit id); nil for the working tree.
    public let origin: String?
    /// Every file under `records/` and the configuration under `schemas/`, sorted by path.
    public private(set) var files: [RecordFile]
    public let municipalities: [MunicipalityRecords]
    public let catalogue: PlacementCatalogue
    /// Where the schemas and placement kinds came from.
    public let configuration: SchemaSet.Provenance

    public init(
        origin: String?, files: [RecordFile], municipalities: [MunicipalityRecords],
        catalogue: PlacementCatalogue, configuration: SchemaSet.Provenance
    ) {
        self.origin = origin
        // Sources list files in path order already; sorting would copy every record once more.
        let inOrder = zip(files, files.dropFirst()).allSatisfy { $0.path < $1.path }
        self.files = inOrder ? files : files.sorted { $0.path < $1.path }
        self.municipalities = municipalities.sorted { $0.folder < $1.folder }
        self.catalogue = catalogue
        self.configuration = configuration
        var index: [String: Int] = [:]
        for (offset, file) in self.files.enumerated() { index[file.path] = offset }
        self.index = index
    }

    private let index: [String: Int]
    /// Reads a released file's text again from where it came from.
    public var sourceText: @Sendable (RecordFile) -> String? = { _ in nil }

    public func file(_ path: String) -> RecordFile? {
        index[path].map { files[$0] }
    }

    /// A line of a file for quoting under a finding, re-read from the source when released.
    public func sourceLine(_ path: String, _ number: Int) -> Substring? {
        guard let file = file(path) else { return nil }
        if file.text != nil { return file.line(number) }
        guard let text = sourceText(file) else { return nil }
        var reread = file
        reread.text = text
        return reread.line(number)
    }

    /// Every record file of a kind, in path order.
    public func files(of kind: RecordKind) -> [RecordFile] {
        files.filter { $0.kind == kind }
    }
}

extension RecordTree {
    /// The tree with files that were not loaded (their results came from a cache) added as
    /// stubs without content, so a report counts them and can still quote their lines.
    public func adding(stubs: [RecordFile]) -> RecordTree {
        guard !stubs.isEmpty else { return self }
        // Both lists are in path order: merge them rather than sort the whole again.
        var merged: [RecordFile] = []
        merged.reserveCapacity(files.count + stubs.count)
        var left = files[...]
        var right = stubs.sorted { $0.path < $1.path }[...]
        while let first = left.first, let second = right.first {
            if first.path < second.path {
                merged.append(first)
                left = left.dropFirst()
            } else {
                merged.append(second)
                right = right.dropFirst()
            }
        }
        merged += left
        merged += right
        var tree = RecordTree(
            origin: origin, files: merged, municipalities: municipalities, catalogue: catalogue,
            configuration: configuration)
        tree.sourceText = sourceText
        return tree
    }
}
