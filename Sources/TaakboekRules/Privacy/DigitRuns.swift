import TaakboekCore

/// Runs of digits in a text with their place, for the privacy rules. A run is maximal: digits
/// directly before or after it belong to it. `1234.56.789` (how a BSN is often written) is one run.
struct DigitRun {
    let digits: [Int]
    let line: Int
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
            current = []
            length = 0
            pendingSeparator = false
        }
        for character in text {
            column += 1
            if let digit = character.wholeNumberValue, character.isASCII {
                if current.isEmpty { start = (line, column) }
                if pendingSeparator { length += 1 }
                pendingSeparator = false
                current.append(digit)
                length += 1
            } else if character == ".", !current.isEmpty, !pendingSeparator {
                pendingSeparator = true
            } else {
                close()
            }
            if character == "\n" {
                line += 1
                column = 0
            }
        }
        close()
        return runs
    }
}
