/// A worksheet part (`xl/worksheets/sheet1.xml`) as rows of cells. Each `<c>` is typed by its
/// `t`: a shared text (`s`), an inline text (`inlineStr`), a formula's text (`str`), a truth value
/// (`b`), an error (`e`), an ISO date (`d`) or a number (no `t`, or `n`), which is a date when its
/// style (`s`) has a date format.
struct Worksheet {
    static let maximumColumns = 16_384
    static let maximumRows = 1_048_576

    let rows: [SpreadsheetRow]

    init(_ sheet: XMLElement, strings: [String], dates: DateFormats, uses1904: Bool, file: String, part: String)
        throws(SpreadsheetError)
    {
        var rows: [SpreadsheetRow] = []
        var previousRow = 0
        for row in sheet.first("sheetData")?.elements("row") ?? [] {
            let number: Int
            if let given = row.attribute("r") {
                guard let value = Int(given), value > previousRow, value <= Worksheet.maximumRows else {
                    throw SpreadsheetError(
                        file: file, nl: "\(part): het rijnummer \(given) klopt niet (na rij \(previousRow))",
                        en: "\(part): the row number \(given) is wrong (after row \(previousRow))")
                }
                number = value
            } else {
                number = previousRow + 1
            }
            previousRow = number
            var cells: [Cell] = []
            for cell in row.elements("c") {
                var column = cells.count
                if let reference = cell.attribute("r") {
                    guard let parsed = Worksheet.column(of: reference), parsed >= cells.count else {
                        throw SpreadsheetError(
                            file: file, nl: "\(part), rij \(number): de celverwijzing \(reference) klopt niet",
                            en: "\(part), row \(number): the cell reference \(reference) is wrong")
                    }
                    column = parsed
                }
                while cells.count < column { cells.append(.empty) }
                cells.append(
                    try Worksheet.value(
                        of: cell, strings: strings, dates: dates, uses1904: uses1904, file: file,
                        at: "\(part), rij \(number)", atEnglish: "\(part), row \(number)"))
            }
            while let last = cells.last, last == .empty { cells.removeLast() }
            rows.append(SpreadsheetRow(number: number, cells: cells))
        }
        self.rows = rows
    }

    /// `C7` → 2 (column A is 0); nil when it is no cell reference.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            if ("A"..."Z").contains(scalar) && letters < 4 {
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
            } else if ("0"..."9").contains(scalar) && letters > 0 {
                continue
            } else {
                return nil
            }
        }
        guard letters > 0, column <= maximumColumns, reference.unicodeScalars.last.map({ ("0"..."9").contains($0) }) == true
        else { return nil }
        return column - 1
    }

    static func value(
        of cell: XMLElement, strings: [String], dates: DateFormats, uses1904: Bool, file: String, at place: String,
        atEnglish placeEnglish: String
    ) throws(SpreadsheetError) -> Cell {
        let value = cell.first("v")?.text
        switch cell.attribute("t") ?? "n" {
        case "s":
            guard let value else { return .empty }
            guard let index = Int(value), index >= 0, index < strings.count else {
                throw SpreadsheetError(
                    file: file, nl: "\(place): de cel verwijst naar tekst \(value), die er niet is",
                    en: "\(placeEnglish): the cell refers to text \(value), which is not there")
            }
            return strings[index].isEmpty ? .empty : .text(strings[index])
        case "inlineStr":
            let text = cell.first("is").map(SharedStrings.text(of:)) ?? ""
            return text.isEmpty ? .empty : .text(text)
        case "str", "b", "e":
            guard let value, !value.isEmpty else { return .empty }
            return .text(value)
        case "d":
            guard let value else { return .empty }
            if let date = ExcelDate.iso(value) { return date }
            return .text(value)
        default:
            guard let value, !value.isEmpty else { return .empty }
            if dates.isDate(style: cell.attribute("s").flatMap(Int.init)),
                let date = ExcelDate.serial(value, uses1904: uses1904)
            {
                return date
            }
            return .number(value)
        }
    }
}
