import JSON
import TaakboekCore

/// A table a query answers with: named columns and rows of cells, printed in any `QueryFormat`.
/// Text aligns the columns; JSON gives an array of objects keyed by the columns' keys.
public struct QueryTable: Sendable {
    public struct Column: Sendable {
        /// The JSON key and the CSV header: Dutch domain vocabulary (`periode`, `taakstelling`).
        public let key: String
        /// The heading in text and Markdown.
        public let title: LocalizedText
        /// Numbers align right in text.
        public let alignsRight: Bool

        public init(_ key: String, _ title: LocalizedText, alignsRight: Bool = false) {
            self.key = key
            self.title = title
            self.alignsRight = alignsRight
        }
    }

    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Int)
        /// No value: a gap, never a zero (`onbekend` in text, null in JSON, empty in CSV).
        case missing
        /// A sum that does not fit in 64 bits: not computed, never wrapped around (`te groot` in
        /// text, null in JSON, empty in CSV; `taakboek check` reports the figures).
        case tooLarge
        /// Nothing to show, which is not an unknown figure (no COA figures recorded yet): empty in
        /// text and CSV, null in JSON.
        case none

        var json: JSONValue {
            switch self {
            case .text(let text): .string(text)
            case .number(let number): .integer(number)
            case .missing, .tooLarge, .none: .null
            }
        }

        func text(_ language: Language) -> String {
            switch self {
            case .text(let text): text
            case .number(let number): String(number)
            case .missing: language == .nl ? "onbekend" : "unknown"
            case .tooLarge: language == .nl ? "te groot" : "too large"
            case .none: ""
            }
        }

        var csv: String {
            switch self {
            case .text(let text): CSV.field(text)
            case .number(let number): String(number)
            case .missing, .tooLarge, .none: ""
            }
        }
    }

    public let columns: [Column]
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public func render(_ format: QueryFormat, language: Language) -> String {
        switch format {
        case .json:
            return JSONOutput.array(rows.map(object)) + "\n"
        case .csv:
            return ([columns.map { CSV.field($0.key) }] + rows.map { $0.map(\.csv) }).map {
                $0.joined(separator: ",") + "\r\n"
            }.joined()
        case .markdown:
            let header =
                "| " + columns.map { Markdown.cell($0.title.text(in: language)) }.joined(separator: " | ") + " |"
            let rule = "| " + columns.map { $0.alignsRight ? "---:" : "---" }.joined(separator: " | ") + " |"
            let body = rows.map { row in
                "| " + row.map { Markdown.cell($0.text(language)) }.joined(separator: " | ") + " |"
            }
            return ([header, rule] + body).joined(separator: "\n") + "\n"
        case .html:
            let header =
                "<tr>" + columns.map { "<th>" + HTML.escape($0.title.text(in: language)) + "</th>" }.joined() + "</tr>"
            let body = rows.map { row in
                "<tr>"
                    + zip(columns, row).map { column, cell in
                        (column.alignsRight ? "<td class=\"getal\">" : "<td>") + HTML.escape(cell.text(language))
                            + "</td>"
                    }.joined() + "</tr>"
            }
            return "<table>\n<thead>" + header + "</thead>\n<tbody>\n" + body.joined(separator: "\n")
                + "\n</tbody>\n</table>\n"
        case .text:
            let cells = [columns.map { $0.title.text(in: language) }] + rows.map { $0.map { $0.text(language) } }
            let widths = columns.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
            return cells.map { row in
                row.indices.map { column in
                    let cell = row[column]
                    let pad = String(repeating: " ", count: widths[column] - cell.count)
                    return columns[column].alignsRight ? pad + cell : cell + pad
                }.joined(separator: "  ").trailingSpacesRemoved
            }.joined(separator: "\n") + "\n"
        }
    }

    /// The table without the columns of these keys.
    public func without(columns keys: Set<String>) -> QueryTable {
        let kept = columns.indices.filter { !keys.contains(columns[$0].key) }
        return QueryTable(columns: kept.map { columns[$0] }, rows: rows.map { row in kept.map { row[$0] } })
    }

    /// One row as a JSON object keyed by the columns' keys.
    public func object(_ row: [Cell]) -> JSONValue {
        .object(JSONObject(zip(columns, row).map { ($0.key, $1.json) }))
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var result = Substring(self)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
