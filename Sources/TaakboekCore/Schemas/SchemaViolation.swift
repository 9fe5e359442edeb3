/// A place where a record does not match its schema, phrased for the clerk.
public struct SchemaViolation: Sendable, Hashable {
    public let line: Int
    public let column: Int
    public let length: Int
    public let message: LocalizedText
    /// What to write in the violation's place when the message suggests it (`gehuisvest` for
    /// `gehuisvets`, `2025-02-10` for `10-02-2025`).
    public var replacement: String?

    public init(line: Int, column: Int, length: Int = 1, message: LocalizedText) {
        self.line = line
        self.column = column
        self.length = length
        self.message = message
    }
}
