/// A text with where each of its lines starts, so that any line is quoted in constant time.
/// Lines are numbered from 1 and split at `\n` only, as `RecordFile.line` splits them; after a
/// final newline comes one more, empty line.
struct LineIndex: Sendable {
    let text: String
    private let starts: [String.Index]

    init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        let utf8 = text.utf8
        var position = utf8.startIndex
        // Searched in UTF-8: "\n" is one byte, and a line is always whole characters.
        while let newline = utf8[position...].firstIndex(of: UInt8(ascii: "\n")) {
            position = utf8.index(after: newline)
            starts.append(position)
        }
        self.starts = starts
    }

    /// The 1-based line without its `\n`, or nil when there is no such line.
    func line(_ number: Int) -> Substring? {
        guard number > 0 && number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? text.utf8.index(before: starts[number]) : text.endIndex
        return text[start..<end]
    }
}
