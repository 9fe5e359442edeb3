import TaakboekCore

/// CSV as RFC 4180 and Excel write it: cells separated by one delimiter; a cell in double quotes
/// may hold the delimiter, line ends and `""` for a quote; lines end in CRLF, LF or a lone CR.
/// Rows are numbered as a spreadsheet program shows them (a quoted line end does not start a
/// new row). Lenient where Excel is: a quote inside an unquoted cell is kept as text, and text
/// after a closing quote is added to the cell. A quote left open at the end is an error, since
/// everything after it would silently be one cell.
public struct CSVParser: Sendable {
    public let delimiter: CSVDelimiter

    public init(delimiter: CSVDelimiter) { self.delimiter = delimiter }

    public func rows(_ text: String, name: String) throws(SpreadsheetError) -> [SpreadsheetRow] {
        var rows: [SpreadsheetRow] = []
        var cells: [Cell] = []
        var cell = ""
        var quoted = false
        var inQuotes = false
        var afterQuote = false
        var rowStartLine = 1
        var line = 1
        let separator = delimiter.scalar

        func endCell() {
            cells.append(cell.isEmpty && !quoted ? .empty : .text(cell))
            cell = ""
            quoted = false
            afterQuote = false
        }
        func endRow() {
            endCell()
            rows.append(SpreadsheetRow(number: rows.count + 1, cells: cells))
            cells = []
        }

        // Grapheme clusters would join "\r\n" (one Character) and a quote with a combining mark;
        // the structure is read per Unicode scalar, which is what the format is defined over.
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        cell.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" || (scalar == "\r" && pending != "\n") { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty && !afterQuote && !quoted:
                inQuotes = true
                quoted = true
            case separator:
                endCell()
            case "\r", "\n":
                if scalar == "\r" && pending == "\n" { pending = scalars.next() }
                endRow()
                line += 1
                rowStartLine = line
            default:
                cell.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw SpreadsheetError(
                file: name,
                nl:
                    "rij \(rows.count + 1) (regel \(rowStartLine)): een aanhalingsteken (\") wordt nergens gesloten; het hele bestand vanaf daar zou één cel worden. Sluit het, of sla het bestand opnieuw op uit het spreadsheetprogramma",
                en:
                    "row \(rows.count + 1) (line \(rowStartLine)): a quote (\") is never closed; everything from there on would be one cell. Close it, or save the file again from the spreadsheet program"
            )
        }
        if !cell.isEmpty || quoted || !cells.isEmpty { endRow() }
        return rows
    }
}
