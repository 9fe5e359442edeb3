import TaakboekCore

/// Runs of ASCII digits in a text with their place, for the privacy rules. A run is maximal:
/// digits directly before or after it belong to it, and single dots between digits are allowed
/// (`1234.56.789`, how a BSN is often written, is one run). Works on UTF-8 bytes: it runs over
/// every record on every commit.
struct DigitRun {
    let digits: [Int]
    let line: Int
    /// 1-based column in characters (Unicode scalars), as editors count them.
    let column: Int
    let length: Int

    static func runs(in text: String) -> [DigitRun] {
        var runs: [DigitRun] = []
        var line = 1
        var column = 0
        var current: [Int] = []
        var start = (line: 0, column: 0)
        var length = 0
        var pendingSeparator = false
        func close() {
            if !current.isEmpty {
                runs.append(DigitRun(digits: current, line: start.line, column: start.column, length: length))
            }
            current.removeAll(keepingCapacity: true)
            length = 0
            pendingSeparator = false
        }
        for byte in text.utf8 {
            // Continuation bytes of a multi-byte character do not start a new column.
            if byte & 0xC0 != 0x80 { column += 1 }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if current.isEmpty { start = (line, column) }
                if pendingSeparator { length += 1 }
                pendingSeparator = false
                current.append(Int(byte - UInt8(ascii: "0")))
                length += 1
            case UInt8(ascii: ".") where !current.isEmpty && !pendingSeparator:
                pendingSeparator = true
            default:
                close()
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 0
                }
            }
        }
        close()
        return runs
    }
}
