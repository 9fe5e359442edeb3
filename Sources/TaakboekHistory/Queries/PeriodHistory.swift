import JSON
import TaakboekCore

/// The series of a municipality's periods with their figures, as in a council letter's
/// "Historie" attachment: per half-year the backlog at the start, the taakstelling, the opgave
/// (total to house), the number housed and the backlog at the end.
public struct PeriodHistory: Sendable {
    public struct Row: Sendable, Equatable {
        public let period: String
        public let begin: Figure?
        public let taakstelling: Figure?
        /// `Period.opgave()`: `totaal`, else achterstand_begin + taakstelling, else `onbekend`.
        public let opgave: Figure?
        /// Whether the opgave is absent because achterstand_begin + taakstelling does not fit in 64 bits.
        public let opgaveTooLarge: Bool
        public let gehuisvest: Figure?
        public let eind: Figure?

        /// A period record's figures; the opgave is the one the checker's arithmetic gives.
        public init(_ period: Period) {
            self.period = period.id?.description ?? period.fileID?.description ?? period.path
            begin = period.figure(.achterstand_begin)?.value
            taakstelling = period.figure(.taakstelling)?.value
            let opgave = period.opgave()
            self.opgave = opgave.figure
            opgaveTooLarge = opgave.isTooLarge
            gehuisvest = period.figure(.gehuisvest)?.value
            eind = period.figure(.achterstand_eind)?.value
        }
    }

    /// The municipality's folder under `records/` and its name (`naam`, else the folder).
    public let folder: String
    public let name: String
    public let rows: [Row]

    public init(_ records: MunicipalityRecords) {
        folder = records.folder
        name = records.name
        rows = records.periods.map(Row.init)
    }

    public static let columns: [QueryTable.Column] = [
        .init("periode", LocalizedText(nl: "Periode", en: "Period")),
        .init("begin", LocalizedText(nl: "Achterstand begin", en: "Backlog at start"), alignsRight: true),
        .init("taakstelling", LocalizedText(nl: "Taakstelling", en: "Target"), alignsRight: true),
        .init("opgave", LocalizedText(nl: "Opgave", en: "To house"), alignsRight: true),
        .init("gehuisvest", LocalizedText(nl: "Gehuisvest", en: "Housed"), alignsRight: true),
        .init("eind", LocalizedText(nl: "Achterstand eind", en: "Backlog at end"), alignsRight: true),
    ]

    /// The rows as a table; an unknown or absent figure is a gap, never a zero.
    public var table: QueryTable {
        QueryTable(
            columns: Self.columns,
            rows: rows.map { row in
                [.text(row.period), Self.cell(row.begin), Self.cell(row.taakstelling)]
                    + [
                        Self.cell(row.opgave, tooLarge: row.opgaveTooLarge), Self.cell(row.gehuisvest),
                        Self.cell(row.eind),
                    ]
            })
    }

    static func cell(_ figure: Figure?, tooLarge: Bool = false) -> QueryTable.Cell {
        guard let value = figure?.value else { return tooLarge ? .tooLarge : .missing }
        return .number(value)
    }

    /// The histories of one or more municipalities in a format. One municipality prints as one
    /// table; several print one table each under their name (text, Markdown), an array of
    /// `{"gemeente", "perioden"}` objects (JSON), or one table with a leading `gemeente` column (CSV).
    public static func render(_ histories: [PeriodHistory], format: QueryFormat, language: Language) -> String {
        if histories.count == 1 { return histories[0].table.render(format, language: language) }
        switch format {
        case .text:
            return histories.map { "\($0.name)\n\n" + $0.table.render(.text, language: language) }
                .joined(separator: "\n")
        case .markdown:
            return histories.map { "## \(Markdown.cell($0.name))\n\n" + $0.table.render(.markdown, language: language) }
                .joined(separator: "\n")
        case .html:
            return histories.map { "<h2>\(HTML.escape($0.name))</h2>\n" + $0.table.render(.html, language: language) }
                .joined(separator: "\n")
        case .json:
            return JSONOutput.array(
                histories.map { history in
                    let table = history.table
                    return .object(
                        JSONObject([
                            ("gemeente", .string(history.name)),
                            ("perioden", .array(table.rows.map(table.object))),
                        ]))
                }) + "\n"
        case .csv:
            let combined = QueryTable(
                columns: [.init("gemeente", LocalizedText(nl: "Gemeente", en: "Municipality"))] + columns,
                rows: histories.flatMap { history in history.table.rows.map { [.text(history.name)] + $0 } })
            return combined.render(.csv, language: language)
        }
    }
}
