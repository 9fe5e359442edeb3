/// Something wrong with a record file before any rule can look at its content: it cannot be read
/// as text, is not valid YAML, or uses YAML features records do not allow. The loader records
/// these; the structure rules turn them into findings.
public struct ParseProblem: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable {
        /// The file as bytes: too large, empty, not UTF-8, BOM, mixed line ends, a symbolic link, unreadable.
        case file
        /// The YAML syntax itself, including duplicate keys.
        case syntax
        /// Valid YAML that records do not allow: anchors, aliases, tags, non-text keys, deep nesting.
        case forbiddenFeature
        /// A number written other than as a plain decimal integer (1e3, 0x1F, 012, .inf, 1.5).
        case numberNotation
    }

    public let category: Category
    public let line: Int
    public let column: Int
    public let message: LocalizedText
    /// Whether the content could still be read (a file with a BOM can; one with bad UTF-8 cannot).
    public let isFatal: Bool
    /// Whether the problem is only a warning: the file reads exactly as meant, but something about
    /// it is worth fixing (mixed line ends).
    public let isWarning: Bool
    /// The line as it should read, when the problem says so (a text put in quotes).
    public var correctedLine: String?

    public init(
        _ category: Category, line: Int, column: Int, _ message: LocalizedText, fatal: Bool, warning: Bool = false
    ) {
        self.category = category
        self.line = line
        self.column = column
        self.message = message
        self.isFatal = fatal
        self.isWarning = warning && !fatal
    }
}

extension ParseProblem {
    /// The problem moved to the end of the text's last line when it lies beyond it: libyaml reports
    /// a problem found at the end of a file without a final newline on the line after the last,
    /// which no editor shows (found by fuzzing).
    func keptInside(_ text: String) -> ParseProblem {
        guard line > 0 else { return self }
        var lines = 1
        var lastLineStart = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
            lines += 1
            lastLineStart = text.utf8.index(after: index)
        }
        guard line > lines else { return self }
        let lastLineLength = text[lastLineStart...].count
        return ParseProblem(
            category, line: lines, column: lastLineLength + 1, message, fatal: isFatal, warning: isWarning)
    }
}
