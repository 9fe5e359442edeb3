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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else { return .failure(.noOpening) }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces() == "---" })
        else {
            return .failure(.noClosing)
        }
        let yaml = "\n" + lines[1..<closing].joined(separator: "\n") + "\n"
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(Split(yaml: yaml, body: body, closingLine: closing + 1))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
