import TaakboekCore

/// Every municipality's position on a peildatum (1 January or 1 July), as in the province's
/// overview: the backlog on that date, the taakstelling of the period that starts then and the
/// opgave (backlog + taakstelling). The figures are the records' as they stood on a date (every
/// correction made after it undone, `PeriodOnDate`); the sums are the checker's own period
/// arithmetic (`Period.computedTotal`, `computedEndBacklog`).
public struct PeriodOverview: Sendable {
    public struct Row: Sendable, Equatable {
        public let folder: String
        public let name: String
        public let province: String?
        public let backlog: Int?
        /// Where the backlog comes from, e.g. `achterstand_begin 2025-I` or `berekend 2024-II`.
        public let backlogSource: LocalizedText?
        public let taakstelling: Int?
        public let opgave: Int?
        /// The corrections made by the date of the figures this row shows.
        public var corrections: [PeriodOnDate.Applied] = []
        /// Whether the backlog or the opgave is absent because its sum does not fit in 64 bits.
        public var backlogTooLarge = false
        public var opgaveTooLarge = false
    }

    /// The period that starts on the peildatum.
    public let period: PeriodID
    public let rows: [Row]

    /// The period a peildatum starts, or nil when the date is not 1 January or 1 July.
    public static func period(startingOn date: PartialDate) -> PeriodID? {
        guard date.day == 1, date.month == 1 || date.month == 7 else { return nil }
        return PeriodID(year: date.year, half: date.month == 1 ? 1 : 2)
    }

    /// The overview of the period that starts on the peildatum, with the figures as they stood
    /// on `date` (without a date: every correction made).
    public init(_ municipalities: [MunicipalityRecords], period: PeriodID, on date: PartialDate? = nil) {
        self.period = period
        rows = municipalities.map { Self.row($0, period: period, on: date ?? PartialDate(year: 9999)) }
    }

    /// The backlog on the peildatum: the period's own achterstand_begin, else the previous
    /// period's achterstand_eind, else that one computed from the previous period's figures.
    static func row(_ records: MunicipalityRecords, period id: PeriodID, on date: PartialDate) -> Row {
        let history = FigureHistory(records)
        let onDate = history.period(id, on: date)
        let previousOnDate = history.period(id.previous, on: date)
        let period = onDate?.record
        let previous = previousOnDate?.record
        var used = (onDate?.corrections ?? []).filter { [.achterstand_begin, .taakstelling, .totaal].contains($0.figure) }
        var backlog: Int?
        var backlogTooLarge = false
        var source: LocalizedText?
        if let begin = period?.figure(.achterstand_begin)?.value.value {
            backlog = begin
            source = LocalizedText("achterstand_begin \(id)")
        } else if let end = previous?.figure(.achterstand_eind)?.value.value {
            backlog = end
            source = LocalizedText("achterstand_eind \(id.previous)")
            used = (previousOnDate?.corrections(of: .achterstand_eind) ?? []) + used
        } else if let previous {
            switch previous.computedEndBacklog {
            case .value(let computed, _): backlog = computed
            case .overflow: backlogTooLarge = true
            case .missing: break
            }
            if backlog != nil || backlogTooLarge {
                source = LocalizedText(nl: "berekend uit \(id.previous)", en: "computed from \(id.previous)")
                used =
                    (previousOnDate?.corrections ?? []).filter {
                        [.achterstand_begin, .taakstelling, .gehuisvest].contains($0.figure)
                    } + used
            }
        }
        let taakstelling = period?.figure(.taakstelling)?.value.value
        // The backlog found above stands in for achterstand_begin only where that is not known.
        let carried: Period.CarriedBacklog? = backlogTooLarge ? .tooLarge : backlog.map { .known($0) }
        let result = period?.opgave(carried: carried) ?? .absent
        let opgave = result.value
        let opgaveTooLarge = result.isTooLarge
        return Row(
            folder: records.folder, name: records.name, province: records.municipality?.provincie?.value,
            backlog: backlog, backlogSource: source, taakstelling: taakstelling, opgave: opgave, corrections: used,
            backlogTooLarge: backlogTooLarge, opgaveTooLarge: opgaveTooLarge)
    }

    /// Only the municipalities of one province (case-insensitive).
    public func inProvince(_ province: String) -> PeriodOverview {
        PeriodOverview(
            period: period, rows: rows.filter { $0.province?.lowercased() == province.lowercased() })
    }

    private init(period: PeriodID, rows: [Row]) {
        self.period = period
        self.rows = rows
    }

    /// The table; the corrections column is there when a row has a correction, and always with
    /// `allColumns` (JSON and CSV keep their columns whatever the records hold).
    public func table(peildatum: String, language: Language, allColumns: Bool = false) -> QueryTable {
        let number: (Int?, Bool) -> QueryTable.Cell = { value, tooLarge in
            value.map(QueryTable.Cell.number) ?? (tooLarge ? .tooLarge : .missing)
        }
        let table = QueryTable(
            columns: [
                .init("gemeente", LocalizedText(nl: "Gemeente", en: "Municipality")),
                .init("provincie", LocalizedText(nl: "Provincie", en: "Province")),
                .init(
                    "achterstand", LocalizedText(nl: "Achterstand op \(peildatum)", en: "Backlog on \(peildatum)"),
                    alignsRight: true),
                .init(
                    "taakstelling", LocalizedText(nl: "Taakstelling \(period)", en: "Target \(period)"),
                    alignsRight: true),
                .init("opgave", LocalizedText(nl: "Opgave \(period)", en: "To house \(period)"), alignsRight: true),
                .init("herkomst", LocalizedText(nl: "Achterstand uit", en: "Backlog from")),
                .init("correcties", LocalizedText(nl: "Gecorrigeerd", en: "Corrected")),
            ],
            rows: rows.map { row in
                [
                    .text(row.name), row.province.map(QueryTable.Cell.text) ?? .missing,
                    number(row.backlog, row.backlogTooLarge), number(row.taakstelling, false),
                    number(row.opgave, row.opgaveTooLarge),
                    row.backlogSource.map { .text($0.text(in: language)) } ?? .missing,
                    .text(row.corrections.map { $0.cell.text(in: language) }.joined(separator: "; ")),
                ]
            })
        let showsCorrections = allColumns || rows.contains { !$0.corrections.isEmpty }
        return showsCorrections ? table : table.without(columns: ["correcties"])
    }
}
