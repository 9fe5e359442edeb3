/// The separator between cells, found from the header line: the one of `;`, tab and `,` that
/// occurs most often outside quotes there. A Dutch Excel saves with `;` (the list separator, as
/// the decimal separator is the comma); LibreOffice and most other programs with `,`.
public enum CSVDelimiter: Character, Sendable, CaseIterable {
    case semicolon = ";"
    case tab = "\t"
    case comma = ","

    var scalar: Unicode.Scalar {
        switch self {
        case .semicolon: ";"
        case .tab: "\t"
        case .comma: ","
        }
    }

    /// As a message names it.
    public var shown: String {
        switch self {
        case .semicolon: ";"
        case .tab: "tab"
        case .comma: ","
        }
    }

    /// The first line of `text` (up to a line end outside quotes) decides; a tie goes to `;`,
    /// then tab: a header with as many commas as semicolons is a Dutch one with commas in a name.
    public static func detect(in text: Substring) -> CSVDelimiter {
        var counts: [CSVDelimiter: Int] = [:]
        var quoted = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
            } else if !quoted {
                if character == "\n" || character == "\r" || character == "\r\n" { break }
                if let delimiter = CSVDelimiter(rawValue: character) { counts[delimiter, default: 0] += 1 }
            }
        }
        var best = CSVDelimiter.comma
        var bestCount = 0
        for delimiter in [CSVDelimiter.semicolon, .tab, .comma] where counts[delimiter, default: 0] > bestCount {
            best = delimiter
            bestCount = counts[delimiter, default: 0]
        }
        return best
    }
}
