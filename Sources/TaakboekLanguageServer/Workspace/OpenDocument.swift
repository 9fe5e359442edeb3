import JSON

/// A document the editor has open: its text as typed (it overrides the file on disk) and the
/// version the client gave it.
public struct OpenDocument: Sendable {
    public let uri: String
    /// Relative to the records repository's top folder (`records/tynaarlo/perioden/2025-I.yaml`).
    public let path: String
    public private(set) var text: String
    public private(set) var version: Int?
    public private(set) var lines: LineTable

    public init(uri: String, path: String, text: String, version: Int?) {
        self.uri = uri
        self.path = path
        self.text = text
        self.version = version
        lines = LineTable(text)
    }

    /// Applies `textDocument/didChange`'s content changes in order: a change without `range`
    /// replaces the whole text, one with a range replaces that range (UTF-16 positions).
    public mutating func apply(changes: [JSONValue], version: Int?) throws(RPCError) {
        for change in changes {
            guard let newText = change["text"]?.stringValue else {
                throw .invalidParams("a content change without \"text\"")
            }
            guard let range = change["range"] else {
                text = newText
                lines = LineTable(text)
                continue
            }
            guard let start = Self.position(range["start"]), let end = Self.position(range["end"]) else {
                throw .invalidParams("a content change with a malformed \"range\"")
            }
            var from = lines.index(line: start.line, utf16: start.character)
            var to = lines.index(line: end.line, utf16: end.character)
            if to < from { swap(&from, &to) }
            let scalars = text.unicodeScalars
            var updated = String.UnicodeScalarView()
            updated.append(contentsOf: scalars[scalars.startIndex..<from])
            updated.append(contentsOf: newText.unicodeScalars)
            updated.append(contentsOf: scalars[to..<scalars.endIndex])
            text = String(updated)
            lines = LineTable(text)
        }
        self.version = version
    }

    static func position(_ value: JSONValue?) -> (line: Int, character: Int)? {
        guard case .integer(let line)? = value?["line"], case .integer(let character)? = value?["character"],
            line >= 0, character >= 0
        else { return nil }
        return (line, character)
    }
}
