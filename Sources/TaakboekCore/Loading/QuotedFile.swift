import Foundation

/// The file a report quoted last, with its lines indexed. Reports quote findings sorted by file,
/// line and column, so keeping one file is enough for a file with many findings to be read (or
/// re-read from git) and split into lines once, not once per finding: 76,000 findings in a 1 MiB
/// file took minutes before. One file at a time keeps memory bounded on a national repository.
final class QuotedFile: @unchecked Sendable {
    private let lock = NSLock()
    private var path: String?
    private var lines: LineIndex?
    /// Where the last caret on a long line was: the next one on that line is counted on from
    /// there instead of from the line's start.
    private var lastCaret: (line: Int, column: Int, index: String.Index)?

    /// The excerpt of line `number` of the file at `path` to quote under a finding at `column` (in
    /// characters, from 1) that is `length` characters long; the file's text is read with `text`
    /// unless it is the file quoted last.
    func excerpt(line number: Int, column: Int, length: Int, of path: String, text: () -> String?)
        -> SourceExcerpt?
    {
        lock.lock()
        defer { lock.unlock() }
        guard let line = load(path, text)?.line(number) else { return nil }
        guard line.utf8.count > SourceExcerpt.wholeLineBytes else {
            return SourceExcerpt(whole: line, column: column, length: length)
        }
        let scalars = line.unicodeScalars
        var (from, fromColumn) = (line.startIndex, 1)
        if let lastCaret, lastCaret.line == number, lastCaret.column <= column {
            (from, fromColumn) = (lastCaret.index, lastCaret.column)
        }
        let caret =
            scalars.index(from, offsetBy: max(0, column - fromColumn), limitedBy: line.endIndex) ?? line.endIndex
        lastCaret = (number, column, caret)
        let start =
            scalars.index(caret, offsetBy: -SourceExcerpt.context, limitedBy: line.startIndex) ?? line.startIndex
        let caretEnd =
            scalars.index(
                caret, offsetBy: min(max(1, length), SourceExcerpt.longestCaret), limitedBy: line.endIndex)
            ?? line.endIndex
        let end = scalars.index(caretEnd, offsetBy: SourceExcerpt.context, limitedBy: line.endIndex) ?? line.endIndex
        return SourceExcerpt(window: line, start: start, caret: caret, caretEnd: caretEnd, end: end)
    }

    private func load(_ path: String, _ text: () -> String?) -> LineIndex? {
        if self.path != path {
            self.path = path
            lines = text().map(LineIndex.init)
            lastCaret = nil
        }
        return lines
    }
}
