/// One file under `records/` as loaded: its text, its YAML tree and everything wrong with it
/// before the rules run. Kept for every file, valid or not, so reporters can quote source lines.
public struct RecordFile: Sendable {
    public let path: String
    public let classification: RecordPath
    /// The file's text and YAML tree; released after analysis when the loader is told to, to keep
    /// large repositories in bounded memory (the report re-reads the lines it quotes).
    public internal(set) var text: String?
    public internal(set) var root: YAMLNode?
    public let problems: [ParseProblem]
    public let schemaViolations: [SchemaViolation]
    /// git's id of the file's content, when it came from git (the key of the analysis cache).
    public var objectID: String?
    /// The findings of the file rules, when the loader (or the analysis cache) already ran them.
    public var cachedFindings: [Finding]?
    /// A hash of the text (64-bit FNV-1a), to recognise the same content under another name.
    public var contentHash: UInt64?

    public init(
        path: String, classification: RecordPath, text: String?, root: YAMLNode?, problems: [ParseProblem],
        schemaViolations: [SchemaViolation]
    ) {
        self.path = path
        self.classification = classification
        self.text = text
        self.root = root
        self.problems = problems
        self.schemaViolations = schemaViolations
        contentHash = text.map(ContentHash.of)
    }

    /// Drops the text and tree once everything that needs them has run.
    public mutating func releaseContent() {
        text = nil
        root = nil
    }

    public var kind: RecordKind? {
        if case .record(let kind, _) = classification { return kind }
        return nil
    }

    public var municipality: String? {
        if case .record(_, let municipality) = classification { return municipality }
        return nil
    }

    /// The file's name without folder and extension.
    public var baseName: String {
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: ".") else { return String(name) }
        return String(name[..<dot])
    }

    /// The 1-based source line, for quoting under a diagnostic.
    public func line(_ number: Int) -> Substring? {
        guard let text, number > 0 else { return nil }
        // Searched in UTF-8: "\n" is one byte, and a line is always whole characters.
        let utf8 = text.utf8
        var current = 1
        var start = utf8.startIndex
        while current < number {
            guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = utf8.index(after: newline)
            current += 1
        }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        return text[start..<end]
    }
}
