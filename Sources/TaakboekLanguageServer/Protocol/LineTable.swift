/// The lines of a document as LSP counts them (ended by `\n`, `\r\n` or `\r`) and the conversion
/// between LSP positions, whose `character` counts UTF-16 code units, and taakboek's columns,
/// which count characters (1-based).
public struct LineTable: Sendable {
    public let text: String
    /// The index where each line starts; the last line may be empty.
    private let starts: [String.Index]

    public init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\n" {
                starts.append(next)
            } else if scalar == "\r" {
                if next < scalars.endIndex, scalars[next] == "\n" {
                    starts.append(scalars.index(after: next))
                    index = scalars.index(after: next)
                    continue
                }
                starts.append(next)
            }
            index = next
        }
        self.starts = starts
    }

    public var lineCount: Int { starts.count }

    /// Line `line` (0-based) without its line end; empty past the end.
    public func line(_ line: Int) -> Substring {
        guard line >= 0, line < starts.count else { return "" }
        let start = starts[line]
        var end = line + 1 < starts.count ? starts[line + 1] : text.endIndex
        let scalars = text.unicodeScalars
        if end > start, scalars[scalars.index(before: end)] == "\n" { end = scalars.index(before: end) }
        if end > start, scalars[scalars.index(before: end)] == "\r" { end = scalars.index(before: end) }
        return Substring(text.unicodeScalars[start..<end])
    }

    /// The UTF-16 offset on `line` (0-based) of the 1-based character column `column`.
    public func utf16Offset(line: Int, column: Int) -> Int {
        let text = self.line(line)
        let prefix = text.prefix(max(0, column - 1))
        return prefix.utf16.count
    }

    /// The 1-based character column at a UTF-16 offset on `line` (clamped to the line).
    public func column(line: Int, utf16 offset: Int) -> Int {
        let text = self.line(line)
        var units = 0
        var characters = 0
        for character in text {
            let width = character.utf16.count
            if units + width > offset { break }
            units += width
            characters += 1
        }
        return characters + 1
    }

    /// The index in `text` of an LSP position, clamped to the document (the spec: a character past
    /// the line's end means the end of the line).
    public func index(line: Int, utf16 offset: Int) -> String.Index {
        guard line >= 0 else { return text.startIndex }
        guard line < starts.count else { return text.endIndex }
        let scalars = self.line(line).unicodeScalars
        var units = 0
        var index = scalars.startIndex
        // Never inside a surrogate pair: a position within one means the scalar's start.
        while index < scalars.endIndex {
            let width = scalars[index].utf16.count
            if units + width > offset { break }
            units += width
            index = scalars.index(after: index)
        }
        return index
    }
}
