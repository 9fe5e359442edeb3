/// A place in a record file: a path relative to the repository root, and a 1-based line and
/// column (0 when the finding concerns the file as a whole).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int
    /// How many columns the caret should underline (at least 1).
    public let length: Int

    public init(path: String, line: Int = 0, column: Int = 0, length: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
        self.length = max(1, length)
    }

    public static func file(_ path: String) -> SourceLocation { SourceLocation(path: path) }

    public var description: String {
        line > 0 ? "\(printablePath):\(line):\(column)" : printablePath
    }

    /// `path:line` – how an equation term says where its value came from.
    public var shortDescription: String {
        line > 0 ? "\(printablePath):\(line)" : printablePath
    }

    /// The path with control characters escaped (`\n`, `\t`, `\u{1B}`), so that a file name
    /// with a newline keeps a finding on one line.
    public var printablePath: String {
        guard path.utf8.contains(where: ASCIIBytes.isControl) else { return path }
        var printable = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": printable += "\\n"
            case "\t": printable += "\\t"
            case "\r": printable += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                printable += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: printable.unicodeScalars.append(scalar)
            }
        }
        return printable
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
