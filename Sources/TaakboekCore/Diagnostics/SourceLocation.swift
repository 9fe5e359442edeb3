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
        line > 0 ? "\(path):\(line):\(column)" : path
    }

    /// `path:line` – how an equation term says where its value came from.
    public var shortDescription: String {
        line > 0 ? "\(path):\(line)" : path
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
