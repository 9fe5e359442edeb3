/// The part of a source line quoted under a finding, and where its caret goes. A line of up to
/// `wholeLineBytes` is quoted whole; a longer one is cut to a window around the caret, with `…`
/// where it was cut, so that 90,000 findings on one 900 KB line print 90,000 short excerpts,
/// not the line 90,000 times.
public struct SourceExcerpt: Sendable, Hashable {
    /// What to print after the gutter: the line, or its window between `…`.
    public let text: String
    /// Spaces (tabs where the line has tabs) up to the caret, under `text`.
    public let caretIndent: String
    public let caretLength: Int

    public init(text: String, caretIndent: String, caretLength: Int) {
        self.text = text
        self.caretIndent = caretIndent
        self.caretLength = caretLength
    }

    static let wholeLineBytes = 1_000
    /// Characters shown on either side of the caret in a cut line, and the longest caret there.
    static let context = 100
    static let longestCaret = 200

    /// A line quoted whole: `column` counts characters from 1.
    init(whole line: Substring, column: Int, length: Int) {
        text = String(line)
        caretIndent = String(line.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " })
        caretLength = max(1, min(length, max(1, line.count - column + 1)))
    }

    /// A window of a long line, from `start` up to `end`, with the caret from `caret` to `caretEnd`
    /// (indexes of Unicode scalars of `line`).
    init(window line: Substring, start: String.Index, caret: String.Index, caretEnd: String.Index, end: String.Index) {
        let scalars = line.unicodeScalars
        let before = start > line.startIndex ? "…" : ""
        text = before + String(scalars[start..<end]) + (end < line.endIndex ? "…" : "")
        caretIndent =
            (before.isEmpty ? "" : " ") + String(scalars[start..<caret].map { $0 == "\t" ? "\t" : " " })
        caretLength = max(1, scalars.distance(from: caret, to: caretEnd))
    }
}
