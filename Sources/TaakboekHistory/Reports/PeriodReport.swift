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
    /// The day the figures are as of (corrections made after it undone); nil for the records'
    /// current figures, every correction made.
    public let date: PartialDate?
    /// The corrections made by that day, of this period's figures and of the next period's
    /// taakstelling and totaal (the two a letter quotes from it).
    public let corrections: [PeriodOnDate.Applied]

    /// The report of `period` as the records stood on `date` (see `PeriodOnDate`); without a
    /// date, the current figures. Nil when the municipality has no record of the period.
    public init?(_ records: MunicipalityRecords, period: PeriodID, on date: PartialDate? = nil) {
        guard let record = records.period(period) else { return nil }
        folder = records.folder
        name = records.name
        self.period = period
        self.date = date
        let history = FigureHistory(records)
        // Without a date, every correction counts as made: the latest day there is.
        let day = date ?? PartialDate(year: 9999)
        let onDate = history.period(period, on: day)
        let nextOnDate = history.period(period.next, on: day)
        figures = PeriodHistory.Row(onDate?.record ?? record)
        next = nextOnDate.map { PeriodHistory.Row($0.record) }
        corrections =
            (onDate?.corrections ?? [])
            + (nextOnDate?.corrections ?? []).filter { $0.figure == .taakstelling || $0.figure == .totaal }
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
    /// figure is a sum that does not fit in 64 bits. A corrected figure's label says so
    /// ("Taakstelling januari–juni 2025 (gecorrigeerd op 15 maart 2025, was 20)").
    public var rows: [(label: LocalizedText, figure: Figure?, tooLarge: Bool)] {
        let start = ReportDates.long(period.backlogStartDate)
        let end = ReportDates.long(period.backlogEndDate)
        let months = ReportDates.months(period)
        let rows: [(FigureName, LocalizedText, Figure?, Bool)] = [
            (
                .achterstand_begin, LocalizedText(nl: "Achterstand per \(start.nl)", en: "Backlog on \(start.en)"),
                figures.begin, false
            ),
            (
                .taakstelling, LocalizedText(nl: "Taakstelling \(months.nl)", en: "Target for \(months.en)"),
                figures.taakstelling, false
            ),
            (
                .totaal, LocalizedText(nl: "Totaal te huisvesten", en: "Total to house"), figures.opgave,
                figures.opgaveTooLarge
            ),
            (
                .gehuisvest,
                LocalizedText(
                    nl: "Gehuisvest in de periode \(months.nl)", en: "Housed in the period \(months.en)"),
                figures.gehuisvest, false
            ),
            (
                .achterstand_eind, LocalizedText(nl: "Achterstand per \(end.nl)", en: "Backlog on \(end.en)"),
                figures.eind, false
            ),
        ]
        return rows.map { figure, label, value, tooLarge in
            let mark = correctionMark(of: figure)
            return (LocalizedText(nl: label.nl + mark.nl, en: label.en + mark.en), value, tooLarge)
        }
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
