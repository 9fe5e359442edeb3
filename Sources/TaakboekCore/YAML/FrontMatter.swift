/// Splits a Markdown letter into its YAML front matter and its body. The YAML text keeps the
/// file's line numbers: the opening `---` becomes an empty line, so a node on line 5 of the YAML is
/// on line 5 of the file.
public enum FrontMatter {
    public struct Split: Sendable {
        public let yaml: String
        public let body: String
        /// The 1-based line of the closing `---`.
        public let closingLine: Int
    }

    public enum Failure: Error, Sendable, Equatable {
        case noOpening
        case noClosing
    }

    public static func split(_ text: String) -> Result<Split, Failure> {
        // Over UTF-8 bytes: "\n" and "---" are ASCII, so every cut falls between characters.
        let utf8 = text.utf8
        let lineStarts =
            [utf8.startIndex]
            + utf8.indices.filter { utf8[$0] == UInt8(ascii: "\n") }.map {
                utf8.index(after: $0)
            }
        func isFence(_ line: Int) -> Bool {
            let end = line + 1 < lineStarts.count ? utf8.index(before: lineStarts[line + 1]) : utf8.endIndex
            var bytes = utf8[lineStarts[line]..<end]
            while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
                bytes = bytes.dropLast()
            }
            return bytes.elementsEqual("---".utf8)
        }
        guard isFence(0) else { return .failure(.noOpening) }
        guard let closing = (1..<lineStarts.count).first(where: isFence) else { return .failure(.noClosing) }
        // The opening line becomes an empty line; the lines between keep their newlines.
        let between = text[lineStarts[1]..<lineStarts[closing]]
        let yaml = between.isEmpty ? "\n\n" : "\n" + between
        let body = closing + 1 < lineStarts.count ? String(text[lineStarts[closing + 1]...]) : ""
        return .success(Split(yaml: yaml, body: body, closingLine: closing + 1))
    }
}
