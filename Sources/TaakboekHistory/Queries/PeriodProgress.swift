import TaakboekCore

/// How far each municipality is in its open period on a date: the opgave, the persons housed so
/// far according to the placement records (counted as the checker counts them, by the kinds in
/// `schemas/soorten.yaml`), what remains, and how many a month must still be housed to finish it.
public struct PeriodProgress: Sendable {
    public struct Row: Sendable, Equatable {
        public let folder: String
        public let name: String
        /// The open period; nil when the municipality has none.
        public let period: PeriodID?
        public let opgave: Int?
        /// Persons of the counting placements dated on or before the date (a date known only to
        /// the month counts once that month has begun).
        public let housed: Int
        /// opgave − housed; negative is a lead (voorsprong).
        public let remaining: Int?
        /// Calendar months of the period from the date's month on, that month included.
        public let monthsLeft: Int
        /// remaining ÷ monthsLeft, rounded up (whole persons); 0 when nothing remains.
        public let perMonth: Int?
        public let note: LocalizedText?
    }

    public let date: PartialDate
    public let rows: [Row]

    public init(_ tree: RecordTree, on date: PartialDate) {
        self.date = date
        rows = tree.municipalities.map { Self.row($0, catalogue: tree.catalogue, on: date) }
    }

    static func row(_ records: MunicipalityRecords, catalogue: PlacementCatalogue, on date: PartialDate) -> Row {
        let open = records.periods.compactMap { period in
            period.isClosed ? nil : period.id.map { (id: $0, period: period) }
        }
        guard let (id, period) = open.max(by: { $0.id < $1.id }).map({ ($0.id, $0.period) }) else {
            return Row(
                folder: records.folder, name: records.name, period: nil, opgave: nil, housed: 0, remaining: nil,
                monthsLeft: 0, perMonth: nil,
                note: LocalizedText(nl: "geen open periode", en: "no open period"))
        }
        let counting = records.placements(in: id).filter { placement in
            guard catalogue.counts(placement), let datum = placement.datum?.value else { return false }
            return !datum.isCertainlyAfter(date)
        }
        let housed = CheckedArithmetic.sum(counting.compactMap { $0.personen.map { (1, $0.value) } }) ?? 0
        var opgave: Int?
        if let totaal = period.figure(.totaal)?.value.value {
            opgave = totaal
        } else if case .value(let sum, _) = period.computedTotal {
            opgave = sum
        }
        let remaining = opgave.flatMap { CheckedArithmetic.sum([(1, $0), (-1, housed)]) }
        let monthsLeft: Int
        if date.isCertainlyAfter(id.lastDay) {
            monthsLeft = 0
        } else if date.isCertainlyBefore(id.firstDay) {
            monthsLeft = 6
        } else {
            monthsLeft = (id.lastDay.month ?? 12) - (date.month ?? 1) + 1
        }
        var perMonth: Int?
        var note: LocalizedText?
        if let remaining {
            if remaining <= 0 {
                perMonth = 0
            } else if monthsLeft > 0 {
                perMonth = (remaining + monthsLeft - 1) / monthsLeft
            } else {
                note = LocalizedText(
                    nl: "\(id) is voorbij maar niet afgesloten; sluit de periode af",
                    en: "\(id) is over but not closed; close the period")
            }
        } else {
            note = LocalizedText(
                nl: "opgave van \(id) onbekend (achterstand_begin of taakstelling ontbreekt)",
                en: "opgave of \(id) unknown (achterstand_begin or taakstelling is missing)")
        }
        return Row(
            folder: records.folder, name: records.name, period: id, opgave: opgave, housed: housed,
            remaining: remaining, monthsLeft: monthsLeft, perMonth: perMonth, note: note)
    }

    public func table(language: Language) -> QueryTable {
        let number: (Int?) -> QueryTable.Cell = { $0.map(QueryTable.Cell.number) ?? .missing }
        return QueryTable(
            columns: [
                .init("gemeente", LocalizedText(nl: "Gemeente", en: "Municipality")),
                .init("periode", LocalizedText(nl: "Periode", en: "Period")),
                .init("opgave", LocalizedText(nl: "Opgave", en: "To house"), alignsRight: true),
                .init(
                    "gehuisvest", LocalizedText(nl: "Gehuisvest tot \(date)", en: "Housed by \(date)"),
                    alignsRight: true),
                .init("resterend", LocalizedText(nl: "Resterend", en: "Remaining"), alignsRight: true),
                .init("maanden", LocalizedText(nl: "Maanden te gaan", en: "Months left"), alignsRight: true),
                .init("per_maand", LocalizedText(nl: "Nodig per maand", en: "Needed per month"), alignsRight: true),
                .init("opmerking", LocalizedText(nl: "Opmerking", en: "Note")),
            ],
            rows: rows.map { row in
                [
                    .text(row.name), row.period.map { .text($0.description) } ?? .missing, number(row.opgave),
                    .number(row.housed), number(row.remaining), .number(row.monthsLeft), number(row.perMonth),
                    row.note.map { .text($0.text(in: language)) } ?? .text(""),
                ]
            })
    }
}
