/// A place where a record does not match its schema, phrased for the clerk.
public struct SchemaViolation: Sendable, Hashable {
    public let line: Int
    public let column: Int
    public let length: Int
    public let message: LocalizedText

    public init(line: Int, column: Int, length: Int = 1, message: LocalizedText) {
        self.line = line
        self.column = column
        self.length = length
        self.message = message
    }
}
