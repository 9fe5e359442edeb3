/// Reads a source into a `RecordTree`: every file decoded, parsed and validated against its
/// schema in parallel, then modelled per municipality.
public enum RecordLoader {
    /// Loads every record. With `analysis` (the file rules), each file is analysed as it is
    /// loaded and its text and tree are then released, so memory stays bounded however large the
    /// repository; without it, files keep their content (for tests and examples).
    public static func load(from source: some RecordSource, analysis: FileAnalysis? = nil) throws(SourceError)
        -> RecordTree
    {
        try load(from: source, schemas: nil, analysis: analysis)
    }

    /// Loads every record with `analysis`, releasing each file's content after it except where
    /// `keeping` says otherwise (the files a caller will read again, such as those a diff
    /// compares), so those are not read a second time.
    public static func load(
        from source: some RecordSource, analysis: @escaping FileAnalysis, keeping: @escaping @Sendable (RecordFile) -> Bool
    ) throws(SourceError) -> RecordTree {
        try load(from: source, schemas: nil, analysis: analysis, keeping: keeping)
    }

    /// The id of an entry as read: from the bytes where the source computes it (the working
    /// tree), else as listed.
    private static func objectID(of entry: SourceEntry, _ content: SourceEntry.Content, in source: some RecordSource)
        -> String?
    {
        guard case .file(let bytes) = content else { return entry.objectID }
        return source.objectID(of: entry, read: bytes)
    }

    /// Loads every record, validating with `schemas` when given instead of the source's own
    /// `schemas/` (which are then not read): for a caller that loads many small trees with the
    /// same schemas, such as the fuzz harness, compiling them once.
    public static func load(
        from source: some RecordSource, schemas given: SchemaSet?, analysis: FileAnalysis? = nil,
        keeping: (@Sendable (RecordFile) -> Bool)? = nil
    ) throws(SourceError) -> RecordTree {
        PhaseClock.mark("listing")
        let entries = try source.entries()
        PhaseClock.mark("entries")
        // One pass over a listing that may hold a quarter of a million entries.
        var schemaEntries: [SourceEntry] = []
        var recordEntries: [SourceEntry] = []
        recordEntries.reserveCapacity(entries.count)
        for entry in entries {
            // `records` or `schemas` itself as a symbolic link is reported like any file (never followed).
            if Self.starts(entry.path, with: Self.recordsPrefix) || entry.path == "records" || entry.path == "schemas" {
                recordEntries.append(entry)
            } else if given == nil, Self.starts(entry.path, with: Self.schemasPrefix) {
                let content = entry.content.isUnread ? source.read(entry) : entry.content
                schemaEntries.append(
                    SourceEntry(path: entry.path, content: content, objectID: objectID(of: entry, content, in: source)))
            }
        }
        let schemas = given ?? SchemaSet.load(from: schemaEntries)
        PhaseClock.mark("schemas")
        // In batches: a source takes its shared resources (git's object database, the cache
        // file) once per batch, not once per file.
        let batches = stride(from: 0, to: recordEntries.count, by: batchSize).map {
            recordEntries[$0..<min($0 + batchSize, recordEntries.count)]
        }
        let reading = source.reading(batches)
        let loaded = Array(batches.indices).parallelMap { index -> [(file: RecordFile, model: RecordModel?)] in
            let batch = batches[index]
            let contents = reading.contents(ofBatch: index)
            var results: [(file: RecordFile, model: RecordModel?)] = []
            results.reserveCapacity(batch.count)
            var analysed: [RecordFile] = []
            for (entry, content) in zip(batch, contents) {
                var file: RecordFile
                if case .analysed(let cached) = content {
                    file = cached
                } else {
                    let id = objectID(of: entry, content, in: source)
                    file = loadFile(SourceEntry(path: entry.path, content: content, objectID: id), schemas: schemas)
                    file.objectID = id
                }
                let model = RecordModel(file)
                if let analysis {
                    if file.cachedFindings == nil {
                        file.cachedFindings = analysis(file)
                        analysed.append(file)
                    }
                    if !(keeping?(file) ?? false) { file.releaseContent() }
                }
                results.append((file, model))
            }
            if !analysed.isEmpty { source.didAnalyse(batch: analysed) }
            return results
        }
        PhaseClock.mark("files read, parsed, validated, analysed")
        source.finishLoading()
        PhaseClock.mark("analysis cache written")
        if let failure = source.loadingFailure() { throw failure }
        var tree = build(origin: source.origin, loaded: loaded, schemas: schemas)
        PhaseClock.mark("tree built")
        tree.sourceText = { file in source.text(of: file) }
        return tree
    }

    /// Files per batch: small enough to share the work evenly between cores, large enough that
    /// taking a shared resource once per batch costs nothing.
    static let batchSize = 256

    private static let recordsPrefix = Array("records/".utf8)
    private static let schemasPrefix = Array("schemas/".utf8)

    /// Whether a path starts with an ASCII prefix, compared as bytes.
    private static func starts(_ path: String, with prefix: [UInt8]) -> Bool {
        path.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= prefix.count && prefix.indices.allSatisfy { bytes[$0] == prefix[$0] }
        } ?? path.hasPrefix(String(decoding: prefix, as: UTF8.self))
    }

    /// The file rules, run on each file while it is loaded.
    public typealias FileAnalysis = @Sendable (RecordFile) -> [Finding]

    /// The text of an entry, or the problems that keep it from being read.
    public static func decodedText(of entry: SourceEntry) -> (String?, [ParseProblem]) {
        switch entry.content {
        case .file(let bytes):
            let decoded = RecordText.decode(bytes)
            return (decoded.text, decoded.problems)
        case .tooLarge(let size):
            return (nil, [RecordText.sizeProblem(size)])
        case .analysed(let file):
            return (file.text, file.problems)
        case .unread:
            return (nil, [])
        case .symbolicLink:
            return (
                nil,
                [
                    ParseProblem(
                        .file, line: 0, column: 0,
                        LocalizedText(
                            nl: "symbolische koppeling: taakboek volgt die niet; zet het record zelf op deze plek",
                            en: "symbolic link: taakboek does not follow it; put the record itself in this place"),
                        fatal: true)
                ]
            )
        case .other(let message):
            return (nil, [ParseProblem(.file, line: 0, column: 0, message, fatal: true)])
        case .unreadable(let reason):
            return (
                nil,
                [
                    ParseProblem(
                        .file, line: 0, column: 0,
                        LocalizedText(
                            nl: "bestand kan niet worden gelezen: \(reason); controleer de rechten",
                            en: "file cannot be read: \(reason); check its permissions"),
                        fatal: true)
                ]
            )
        }
    }

    public static func loadFile(_ entry: SourceEntry, schemas: SchemaSet) -> RecordFile {
        let classification = RecordPath.classify(entry.path)
        guard case .record(let kind, _) = classification else {
            // Not a record, so not read; but a submodule or a socket says what it is.
            var problems: [ParseProblem] = []
            switch entry.content {
            case .other, .symbolicLink: problems = decodedText(of: entry).1
            default: break
            }
            return RecordFile(
                path: entry.path, classification: classification, text: nil, root: nil, problems: problems,
                schemaViolations: [])
        }
        let (text, decodeProblems) = decodedText(of: entry)
        guard let text else {
            return RecordFile(
                path: entry.path, classification: classification, text: nil, root: nil, problems: decodeProblems,
                schemaViolations: [])
        }
        var problems = decodeProblems
        var yamlText = text
        if kind == .letter {
            switch FrontMatter.split(text) {
            case .success(let split): yamlText = split.yaml
            case .failure(let failure):
                problems.append(
                    ParseProblem(
                        .syntax, line: 1, column: 1,
                        failure == .noOpening
                            ? LocalizedText(
                                nl:
                                    "een brief begint met YAML-voorwerk tussen twee regels `---`; de eerste regel moet `---` zijn",
                                en:
                                    "a letter starts with YAML front matter between two `---` lines; the first line must be `---`"
                            )
                            : LocalizedText(
                                nl: "het voorwerk van de brief wordt niet afgesloten met een regel `---`",
                                en: "the letter's front matter is not closed by a `---` line"),
                        fatal: true))
                return RecordFile(
                    path: entry.path, classification: classification, text: text, root: nil, problems: problems,
                    schemaViolations: [])
            }
        }
        let loaded = YAMLLoader.load(yamlText)
        problems += loaded.problems
        guard let root = loaded.root else {
            return RecordFile(
                path: entry.path, classification: classification, text: text, root: nil, problems: problems,
                schemaViolations: [])
        }
        let validation = schemas.validate(root, as: kind)
        problems += validation.notation
        return RecordFile(
            path: entry.path, classification: classification, text: text, root: root, problems: problems,
            schemaViolations: validation.violations)
    }

    /// The YAML tree of a record's text, read as `loadFile` reads it (a letter's front matter);
    /// nil when it does not parse. For rebuilding a cached record's model.
    public static func yamlRoot(ofText text: String, path: String) -> YAMLNode? {
        guard case .record(let kind, _) = RecordPath.classify(path) else { return nil }
        var yamlText = text
        if kind == .letter {
            guard case .success(let split) = FrontMatter.split(text) else { return nil }
            yamlText = split.yaml
        }
        return YAMLLoader.load(yamlText).root
    }

    /// Groups the models by municipality, moving each once (a national repository holds
    /// hundreds of thousands of them).
    static func build(origin: String?, loaded: [[(file: RecordFile, model: RecordModel?)]], schemas: SchemaSet)
        -> RecordTree
    {
        var files: [RecordFile] = []
        files.reserveCapacity(loaded.reduce(schemas.files.count) { $0 + $1.count })
        // Files come in path order, so a municipality's models are one run: grouped without
        // hashing every file's folder name.
        var groups: [(folder: String, models: [RecordModel])] = []
        var buckets: [String: Int] = [:]
        for (file, model) in loaded.joined() {
            files.append(file)
            guard let model, let municipality = file.municipality else { continue }
            if groups.last?.folder == municipality {
                groups[groups.count - 1].models.append(model)
            } else if let existing = buckets[municipality] {
                groups[existing].models.append(model)
            } else {
                buckets[municipality] = groups.count
                groups.append((municipality, [model]))
            }
        }
        files += schemas.files
        let municipalities = groups.sorted { $0.folder < $1.folder }.parallelMap { folder, models in
            MunicipalityRecords(folder: folder, models: models)
        }
        return RecordTree(
            origin: origin, files: files, municipalities: municipalities,
            catalogue: schemas.catalogue, nationalFigures: schemas.nationalFigures, configuration: schemas.provenance)
    }
}

extension SourceEntry.Content {
    public var isUnread: Bool {
        if case .unread = self { return true }
        return false
    }
}
