import Testing

@testable import TaakboekCore

/// Quoting source lines under findings: `LineIndex` splits as `RecordFile.line` does; a long line
/// is quoted as a window around the caret, the same whichever finding on it came first.
@Suite("Quoting source lines")
struct SourceQuotingTests {
    static func file(_ text: String) -> RecordFile {
        RecordFile(
            path: "records/x/a.yaml", classification: RecordPath.classify("records/x/a.yaml"), text: text, root: nil,
            problems: [], schemaViolations: [])
    }

    @Test(arguments: ["", "a", "a\n", "a\nb", "\n\n", "één: 1\ntwee: 2\n", "a\r\nb\n", "x\n\ny\n\n\nz"])
    func lineIndexSplitsAsRecordFileDoes(text: String) {
        let index = LineIndex(text)
        let file = Self.file(text)
        for number in -1...8 {
            #expect(index.line(number) == file.line(number), "line \(number) of \(text.debugDescription)")
        }
    }

    @Test func aShortLineIsQuotedWhole() throws {
        let quoted = QuotedFile()
        let excerpt = try #require(
            quoted.excerpt(line: 2, column: 7, length: 3, of: "a") { "periode: 2024-II\nbron:\tabc def\n" })
        #expect(excerpt.text == "bron:\tabc def")
        #expect(excerpt.caretIndent == "     \t")
        #expect(excerpt.caretLength == 3)
        // A caret past the end of the line is one wide.
        let past = try #require(quoted.excerpt(line: 2, column: 40, length: 5, of: "a") { nil })
        #expect(past.caretLength == 1)
    }

    /// A line of 20,000 characters (`é` is two bytes): a window of 100 characters either side.
    @Test func aLongLineIsQuotedAsAWindowAroundTheCaret() throws {
        let line = (0..<2000).map { String(String(10_000 + $0).dropFirst()) + "é.abc\t" }.joined()
        #expect(line.unicodeScalars.count == 20_000)
        let text = "periode: 2024-II\n" + line + "\nstatus: open\n"
        let columns = [1, 50, 101, 5_000, 5_001, 12_345, 19_990, 20_000, 20_001]
        // The same excerpts in order (each counted on from the last), in reverse and one at a time.
        let inOrder = QuotedFile()
        let reversed = QuotedFile()
        let forward = try columns.map {
            try #require(inOrder.excerpt(line: 2, column: $0, length: 4, of: "a") { text })
        }
        let backward = try columns.reversed().map {
            try #require(reversed.excerpt(line: 2, column: $0, length: 4, of: "a") { text })
        }
        #expect(forward == Array(backward.reversed()))
        for (column, excerpt) in zip(columns, forward) {
            let single = QuotedFile().excerpt(line: 2, column: column, length: 4, of: "a") { text }
            #expect(single == excerpt)
            let scalars = Array(line.unicodeScalars)
            let caret = min(column - 1, scalars.count)
            let start = max(0, caret - 100)
            let end = min(scalars.count, caret + 4 + 100)
            let expected =
                (start > 0 ? "…" : "") + String(String.UnicodeScalarView(scalars[start..<end]))
                + (end < scalars.count ? "…" : "")
            #expect(excerpt.text == expected, "column \(column)")
            // The caret stands under the character at `column`.
            let indent = Array(excerpt.caretIndent.unicodeScalars)
            #expect(indent.count == (start > 0 ? 1 : 0) + caret - start, "column \(column)")
            #expect(indent.allSatisfy { $0 == " " || $0 == "\t" })
            #expect(excerpt.caretLength == min(4, max(1, scalars.count - caret)), "column \(column)")
        }
        // A caret of the whole line is cut at 200.
        let whole = try #require(QuotedFile().excerpt(line: 2, column: 1, length: 20_000, of: "a") { text })
        #expect(whole.caretLength == 200 && whole.text.unicodeScalars.count == 301)
    }

    /// The text is read once per file, not once per finding.
    @Test func aFileIsReadOnceForItsFindings() {
        let quoted = QuotedFile()
        nonisolated(unsafe) var reads = 0
        for line in 1...50 {
            _ = quoted.excerpt(line: line, column: 1, length: 1, of: "a") {
                reads += 1
                return String(repeating: "regel\n", count: 60)
            }
        }
        #expect(reads == 1)
        _ = quoted.excerpt(line: 1, column: 1, length: 1, of: "b") {
            reads += 1
            return "b\n"
        }
        #expect(reads == 2)
    }
}
