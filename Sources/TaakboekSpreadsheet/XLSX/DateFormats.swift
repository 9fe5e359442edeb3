/// Which cell styles show a number as a date. In .xlsx a date is a number (days since
/// 1899-12-30) whose style has a date format: one of the built-in ones (14–22, 27–36, 45–47,
/// 50–58, the last groups for East Asian locales) or a custom format code that shows a day or a
/// year (`YYYY-MM-DD`, `D-M-JJJJ`, `[$-413]D MMMM YYYY`). Time-only formats are not dates.
struct DateFormats {
    /// For each cell style (`s="3"` is index 3), whether it is a date.
    let dateStyles: [Bool]

    init(_ styles: XMLElement?) {
        var custom: [Int: String] = [:]
        for format in styles?.first("numFmts")?.elements("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap(Int.init), let code = format.attribute("formatCode") {
                custom[id] = code
            }
        }
        dateStyles = (styles?.first("cellXfs")?.elements("xf") ?? []).map { style in
            guard let id = style.attribute("numFmtId").flatMap(Int.init) else { return false }
            if let code = custom[id] { return DateFormats.isDate(code) }
            return DateFormats.builtInDates.contains(id)
        }
    }

    func isDate(style: Int?) -> Bool {
        guard let style, style >= 0, style < dateStyles.count else { return false }
        return dateStyles[style]
    }

    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// A format code shows a date when, outside quoted text, escapes and `[…]` (colours, locales,
    /// elapsed time), it has a `d`, `y` or Dutch `j` (jaar) for the first of its sections.
    static func isDate(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\"": inQuote.toggle()
            case "\\" where !inQuote: escaped = true
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case ";" where !inQuote && !inBracket: return false
            default:
                if !inQuote && !inBracket && "dDyYjJ".contains(character) { return true }
            }
        }
        return false
    }
}
