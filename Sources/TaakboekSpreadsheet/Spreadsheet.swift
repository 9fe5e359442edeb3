/// A spreadsheet's first sheet as rows of cells, whatever file it came from: what `taakboek
/// import` reads. Rows keep the number the spreadsheet program shows, so a refusal can name it.
public struct Spreadsheet: Sendable, Equatable {
    public let rows: [SpreadsheetRow]
    /// What was read: `CSV, scheidingsteken ;, Windows-1252` or `xlsx, blad "Historie"`.
    public let description: String

    public init(rows: [SpreadsheetRow], description: String) {
        self.rows = rows
        self.description = description
    }
}

public struct SpreadsheetRow: Sendable, Equatable {
    /// 1 for the first row, as the spreadsheet program numbers it.
    public let number: Int
    /// From column A on; a cell that is not there is `.empty`.
    public let cells: [Cell]

    public init(number: Int, cells: [Cell]) {
        self.number = number
        self.cells = cells
    }

    public subscript(column: Int) -> Cell { column < cells.count ? cells[column] : .empty }

    public var isEmpty: Bool { cells.allSatisfy(\.isEmpty) }
}

/// One cell as the file holds it. A CSV cell is always text; an .xlsx cell is text, a number
/// (the decimal text of its value, as written in the file) or a day (a number with a date format).
public enum Cell: Sendable, Equatable {
    case empty
    case text(String)
    case number(String)
    case date(year: Int, month: Int, day: Int)

    public var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .number, .date: false
        }
    }

    /// As the cell reads in a message: the text, the number, or the day as `JJJJ-MM-DD`.
    public var shown: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let number): number
        case .date(let year, let month, let day): CellDate.iso(year: year, month: month, day: day)
        }
    }
}

enum CellDate {
    static func iso(year: Int, month: Int, day: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
