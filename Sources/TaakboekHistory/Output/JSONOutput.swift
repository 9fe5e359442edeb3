import JSON

/// JSON text for query answers: one value per line inside an array, so a long answer streams and
/// still parses as one document.
public enum JSONOutput {
    public static func compact(_ value: JSONValue) -> String { JSONWriter.compact(value) }

    public static func array(_ values: [JSONValue]) -> String {
        values.isEmpty ? "[]" : "[\n" + values.map { "  " + compact($0) }.joined(separator: ",\n") + "\n]"
    }

    /// Pieces of a streamed array: the opening, each element (with the comma it needs), the end.
    public struct Stream: Sendable {
        private var count = 0

        public init() {}

        public mutating func element(_ value: JSONValue) -> String {
            defer { count += 1 }
            return (count == 0 ? "[\n  " : ",\n  ") + compact(value)
        }

        public func end() -> String { count == 0 ? "[]\n" : "\n]\n" }
    }
}
