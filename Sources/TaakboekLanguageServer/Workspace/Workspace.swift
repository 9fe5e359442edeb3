import TaakboekCore
import TaakboekRules

#if canImport(Glibc)
    import Glibc
#endif

/// One records repository as the language server sees it: every file read from disk once, the
/// open documents' text in place of their files, and the check of one municipality at a time.
/// Every rule looks at one municipality's records (the result cache of `taakboek check` relies on
/// the same), so a keystroke re-reads one file and re-checks its municipality: what a change
/// affects (2024-II's end backlog and 2025-I's start) is in it.
public final class Workspace {
    /// One file as read: its analysis (the file rules' findings) kept, its text released.
    struct Loaded {
        var file: RecordFile
        var model: RecordModel?
    }

    /// The repository's top folder (holding `records/` and `schemas/`).
    public let root: String
    public private(set) var schemas: SchemaSet
    /// The files of each group (a municipality's folder, or `""` for files of no municipality),
    /// in path order: kept sorted as files come and go, found by binary search, so a keystroke
    /// neither sorts nor hashes the paths of a municipality.
    private var groups: [String: [Loaded]] = [:]
    public private(set) var documents: [String: OpenDocument] = [:]
    private let checker = Checker()

    public init(root: String) {
        self.root = root
        schemas = SchemaSet.load(from: [])
        reloadAll()
    }

    /// The group a path belongs to: `records/<gemeente>/…` is that municipality's.
    public static func group(of path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0] == "records" else { return "" }
        return String(parts[1])
    }

    /// The path relative to the root of an absolute path inside it.
    public func relativePath(_ absolute: String) -> String? {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard absolute.hasPrefix(prefix) else { return nil }
        let relative = String(absolute.dropFirst(prefix.count))
        return relative.hasPrefix("records/") || relative.hasPrefix("schemas/") ? relative : nil
    }

    public func absolutePath(_ relative: String) -> String { root + "/" + relative }

    /// Every file read again (at start, and after a change to `schemas/`).
    public func reloadAll() {
        let source = FileSystemSource(root: root)
        var entries = (try? source.entries()) ?? []
        // Open documents that are not on disk yet (a new file, unsaved) are files too.
        let listed = Set(entries.map(\.path))
        for path in documents.keys where !listed.contains(path) {
            entries.append(SourceEntry(path: path, content: .unread))
        }
        let documents = self.documents
        let contents = entries.parallelMap { entry in (entry, Self.content(of: entry, source: source, documents: documents)) }
        let schemaEntries = contents.filter { $0.0.path.hasPrefix("schemas/") }.map {
            SourceEntry(path: $0.0.path, content: $0.1)
        }
        schemas = SchemaSet.load(from: schemaEntries)
        let schemas = self.schemas
        let analysis = checker.fileAnalysis
        let records = contents.filter { !$0.0.path.hasPrefix("schemas/") }
        let files = records.parallelMap { entry, content in
            Self.load(SourceEntry(path: entry.path, content: content), schemas: schemas, analysis: analysis)
        }
        groups = Dictionary(grouping: files, by: { Self.group(of: $0.file.path) }).mapValues {
            $0.sorted { $0.file.path < $1.file.path }
        }
    }

    private func insert(_ loadedFile: Loaded) {
        let path = loadedFile.file.path
        let group = Self.group(of: path)
        var files = groups[group] ?? []
        groups[group] = nil  // no second reference: the array is changed in place
        let index = Self.insertionPoint(of: path, in: files)
        if index < files.count, files[index].file.path == path {
            files[index] = loadedFile
        } else {
            files.insert(loadedFile, at: index)
        }
        groups[group] = files
    }

    private func remove(_ path: String) {
        let group = Self.group(of: path)
        guard var files = groups[group] else { return }
        groups[group] = nil
        let index = Self.insertionPoint(of: path, in: files)
        if index < files.count, files[index].file.path == path { files.remove(at: index) }
        groups[group] = files
    }

    /// Where `path` belongs in sorted `paths` (a binary search).
    static func insertionPoint(of path: String, in files: [Loaded]) -> Int {
        var low = 0
        var high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle].file.path < path { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static func load(_ entry: SourceEntry, schemas: SchemaSet, analysis: RecordLoader.FileAnalysis) -> Loaded {
        var file = RecordLoader.loadFile(entry, schemas: schemas)
        let model = RecordModel(file)
        file.cachedFindings = analysis(file)
        file.releaseContent()
        return Loaded(file: file, model: model)
    }

    /// An entry's content: the open document's text, else the bytes on disk.
    private static func content(of entry: SourceEntry, source: FileSystemSource, documents: [String: OpenDocument])
        -> SourceEntry.Content
    {
        if let document = documents[entry.path] { return .file(Array(document.text.utf8)) }
        return entry.content.isUnread ? source.read(entry) : entry.content
    }

    /// Reads one path again (from its open document or from disk) and returns the group to check.
    @discardableResult
    public func refresh(_ path: String) -> String {
        if path.hasPrefix("schemas/") {
            reloadAll()
            return Self.group(of: path)
        }
        let source = FileSystemSource(root: root)
        var entry: SourceEntry?
        if let document = documents[path] {
            entry = SourceEntry(path: path, content: .file(Array(document.text.utf8)))
        } else {
            var info = stat()
            if lstat(absolutePath(path), &info) == 0 {
                let kind = info.st_mode & S_IFMT
                let content: SourceEntry.Content =
                    kind == S_IFLNK
                    ? .symbolicLink
                    : Int(info.st_size) > RecordText.maximumSize ? .tooLarge(Int(info.st_size)) : .unread
                let listed = SourceEntry(path: path, content: content)
                entry = SourceEntry(path: path, content: content.isUnread ? source.read(listed) : content)
            }
        }
        if let entry {
            insert(Self.load(entry, schemas: schemas, analysis: checker.fileAnalysis))
        } else {
            remove(path)
        }
        return Self.group(of: path)
    }

    // MARK: open documents

    public func open(_ document: OpenDocument) {
        documents[document.path] = document
        refresh(document.path)
    }

    public func update(_ document: OpenDocument) {
        documents[document.path] = document
        refresh(document.path)
    }

    /// The editor closed it: the file on disk counts again.
    public func close(_ path: String) {
        documents[path] = nil
        refresh(path)
    }

    // MARK: checking

    /// The findings of a group's check, by path (only paths with findings).
    public func check(group: String) -> [String: [Finding]] {
        let loaded = groups[group] ?? []
        var files = loaded.map(\.file)
        let models = loaded.compactMap(\.model)
        if group.isEmpty { files += schemas.files }
        let municipalities = group.isEmpty ? [] : [MunicipalityRecords(folder: group, models: models)]
        let tree = RecordTree(
            origin: nil, files: files, municipalities: municipalities, catalogue: schemas.catalogue,
            nationalFigures: schemas.nationalFigures, configuration: schemas.provenance)
        var byPath: [String: [Finding]] = [:]
        for finding in checker.check(tree) {
            byPath[finding.location.path, default: []].append(finding)
        }
        return byPath
    }

    /// The records of a municipality, as modelled now (for hover and completion).
    public func records(of group: String) -> MunicipalityRecords? {
        guard !group.isEmpty else { return nil }
        return MunicipalityRecords(folder: group, models: (groups[group] ?? []).compactMap(\.model))
    }

    /// The number of files read (for the log).
    public var fileCount: Int { groups.values.reduce(0) { $0 + $1.count } }

    /// A file's text for positions: the open document's, else the file on disk (nil when unreadable).
    public func text(of path: String) -> String? {
        if let document = documents[path] { return document.text }
        guard case .file(let bytes) = FileSystemSource(root: root).read(SourceEntry(path: path, content: .unread))
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
