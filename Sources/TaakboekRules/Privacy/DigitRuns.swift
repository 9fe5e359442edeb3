import TaakboekCore

/// Runs of ASCII digits in a text with their place, for the privacy rules. A run is maximal:
/// digits directly before or after it belong to it, and single dots between digits are allowed
/// (`1234.56.789`, how a BSN is often written, is one run). Works on UTF-8 bytes: it runs over
/// every record on every commit.
struct DigitRun {
    /// The digits of the run, kept only for runs of 9 or 10 digits (the lengths of a BSN and a
    /// V-nummer); `count` is always the number of digits.
    let digits: [Int]
    let count: Int
    let line: Int
    /// 1-based column in characters (Unicode scalars), as editors count them.
    let column: Int
    let length: Int

    /// The runs of 9 or 10 digits: the only ones the privacy rules look at.
    static func runs(in text: String) -> [DigitRun] {
        let utf8 = text.utf8
        if let runs = utf8.withContiguousStorageIfAvailable(runs(inBytes:)) { return runs }
        return Array(utf8).withUnsafeBufferPointer(runs(inBytes:))
    }

    private static func runs(inBytes bytes: UnsafeBufferPointer<UInt8>) -> [DigitRun] {
        // Most records hold no run of nine digits at all: a tight first pass says so.
        guard hasLongRun(bytes) else { return [] }
        var runs: [DigitRun] = []
        var line = 1
        var column = 0
        var count = 0
        var first = 0
        var start = (line: 0, column: 0)
        var length = 0
        var pendingSeparator = false
        func close(at end: Int) {
            if count == 9 || count == 10 {
                var digits: [Int] = []
                for index in first..<end where bytes[index] != UInt8(ascii: ".") {
                    digits.append(Int(bytes[index] - UInt8(ascii: "0")))
                }
                runs.append(
                    DigitRun(digits: digits, count: count, line: start.line, column: start.column, length: length))
            }
            count = 0
            length = 0
            pendingSeparator = false
        }
        for index in 0..<bytes.count {
            let byte = bytes[index]
            // Continuation bytes of a multi-byte character do not start a new column.
            if byte & 0xC0 != 0x80 { column += 1 }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if count == 0 {
                    start = (line, column)
                    first = index
                }
                if pendingSeparator { length += 1 }
                pendingSeparator = false
                count += 1
                length += 1
            case UInt8(ascii: ".") where count > 0 && !pendingSeparator:
                pendingSeparator = true
            default:
                // A trailing dot is not part of the run.
                close(at: pendingSeparator ? index - 1 : index)
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 0
                }
            }
        }
        close(at: pendingSeparator ? bytes.count - 1 : bytes.count)
        return runs
    }

    /// Whether some run of digits (single dots allowed between them) is nine digits or longer:
    /// the same runs as `runs(inBytes:)` counts, without tracking lines and columns.
    private static func hasLongRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        var pendingSeparator = false
        for byte in bytes {
            if byte &- UInt8(ascii: "0") < 10 {
                count += 1
                if count >= 9 { return true }
                pendingSeparator = false
            } else if byte == UInt8(ascii: ".") && count > 0 && !pendingSeparator {
                pendingSeparator = true
            } else {
                count = 0
                pendingSeparator = false
            }
        }
        return false
    }
}
