import TaakboekCore

/// A small record tree used as a rule's example. In text files, `↓` marks the place a finding must
/// point at (the marker is removed before checking); a triggering example without markers only
/// requires some finding of the rule.
public struct RuleExample: Sendable {
    public enum File: Sendable {
        case text(String)
        case bytes([UInt8])
        case symbolicLink
    }

    public static let marker: Character = "↓"

    public let files: [(path: String, content: File)]
    /// For change rules: the earlier state the files are compared with (markers are not used here).
    public let baseFiles: [(path: String, content: File)]
    /// Where the example is written, so a failing example reports its own place: the `#fileID`
    /// ("TaakboekRules/BSNRule.swift"), not the absolute path, which would put the folder the
    /// release was built in into the binary (scripts/release builds the same bytes anywhere).
    public let sourceFile: String
    public let sourceLine: Int
    /// The severity of the example's findings when it is not the rule's own (a rule that is an
    /// error may warn about something that reads correctly but is worth fixing).
    public let severity: Severity?

    public init(
        _ files: [(String, File)], base: [(String, File)] = [], severity: Severity? = nil, file: String = #fileID,
        line: Int = #line
    ) {
        self.files = files.map { (path: $0.0, content: $0.1) }
        baseFiles = base.map { (path: $0.0, content: $0.1) }
        self.severity = severity
        sourceFile = file
        sourceLine = line
    }

    /// The common case: text files only.
    public init(
        _ files: KeyValuePairs<String, String>, severity: Severity? = nil, file: String = #fileID, line: Int = #line
    ) {
        self.init(files.map { ($0.key, File.text($0.value)) }, severity: severity, file: file, line: line)
    }

    /// The files with markers removed, as a source the checker can read.
    public var source: InMemorySource { Self.source(files) }

    /// The base state of a change rule's example.
    public var baseSource: InMemorySource { Self.source(baseFiles) }

    static func source(_ files: [(path: String, content: File)]) -> InMemorySource {
        InMemorySource(
            files.map { path, content in
                switch content {
                case .text(let text):
                    SourceEntry(
                        path: path,
                        content: .file(Array(text.replacingOccurrences(of: String(Self.marker), with: "").utf8)))
                case .bytes(let bytes): SourceEntry(path: path, content: .file(bytes))
                case .symbolicLink: SourceEntry(path: path, content: .symbolicLink)
                }
            })
    }

    /// The places the markers stand for, as `path:line:column` (columns count characters).
    public var expectedLocations: Set<String> {
        var result: Set<String> = []
        for (path, content) in files {
            guard case .text(let text) = content else { continue }
            // By scalars, as the checker counts columns ("\r\n" is one Character, two scalars).
            let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            for (lineIndex, line) in lines.enumerated() {
                var column = 1
                for scalar in line {
                    if Character(scalar) == Self.marker {
                        result.insert("\(path):\(lineIndex + 1):\(column)")
                    } else {
                        column += 1
                    }
                }
            }
        }
        return result
    }
}
