import TaakboekCore

/// The figures of one period as a council letter reports them: the table "Omschrijving |
/// Aantal statushouders (in personen)" and the sentences around it. Every figure comes from
/// `PeriodHistory.Row`, so from the same record reading and arithmetic (`Period.opgave`) the
/// checker and `taakboek history` use; the report adds no sums of its own.
public struct PeriodReport: Sendable {
    /// The municipality's folder under `records/` and its name.
    public let folder: String
    public let name: String
    public let period: PeriodID
    public let figures: PeriodHistory.Row
    /// The next half-year's figures; nil when the records have no period record for it yet.
    public let next: PeriodHistory.Row?

    /// The report of `period`; nil when the municipality has no record of it.
    public init?(_ records: MunicipalityRecords, period: PeriodID) {
        guard let record = records.period(period) else { return nil }
        folder = records.folder
        name = records.name
        self.period = period
        figures = PeriodHistory.Row(record)
        next = records.period(period.next).map(PeriodHistory.Row.init)
    }

    /// "Huisvesting statushouders Tynaarlo, juli–december 2024 (2024-II)".
    public var title: LocalizedText {
        let months = ReportDates.months(period)
        return LocalizedText(
            nl: "Huisvesting statushouders \(name), \(months.nl) (\(period))",
            en: "Housing of status holders, \(name), \(months.en) (\(period))")
    }

    public static let columns: [QueryTable.Column] = [
        .init("omschrijving", LocalizedText(nl: "Omschrijving", en: "Description")),
        .init(
            "personen",
            LocalizedText(nl: "Aantal statushouders (in personen)", en: "Number of status holders (persons)"),
            alignsRight: true),
    ]

    /// The rows of the letter's table, each with its label in both languages; `tooLarge` when the
    /// figure is a sum that does not fit in 64 bits.
    public var rows: [(label: LocalizedText, figure: Figure?, tooLarge: Bool)] {
        let start = ReportDates.long(period.backlogStartDate)
        let end = ReportDates.long(period.backlogEndDate)
        let months = ReportDates.months(period)
        return [
            (LocalizedText(nl: "Achterstand per \(start.nl)", en: "Backlog on \(start.en)"), figures.begin, false),
            (
                LocalizedText(nl: "Taakstelling \(months.nl)", en: "Target for \(months.en)"),
                figures.taakstelling, false
            ),
            (
                LocalizedText(nl: "Totaal te huisvesten", en: "Total to house"), figures.opgave,
                figures.opgaveTooLarge
            ),
            (
                LocalizedText(
                    nl: "Gehuisvest in de periode \(months.nl)", en: "Housed in the period \(months.en)"),
                figures.gehuisvest, false
            ),
            (LocalizedText(nl: "Achterstand per \(end.nl)", en: "Backlog on \(end.en)"), figures.eind, false),
        ]
    }

    /// The table in one language; an unknown or absent figure is a gap (`onbekend`), never a zero.
    public func table(_ language: Language) -> QueryTable {
        QueryTable(
            columns: Self.columns,
            rows: rows.map {
                [.text($0.label.text(in: language)), PeriodHistory.cell($0.figure, tooLarge: $0.tooLarge)]
            })
    }
}
