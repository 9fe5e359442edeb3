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
        /// Whether the opgave is absent because achterstand_begin + taakstelling does not fit in 64 bits.
        public let opgaveTooLarge: Bool
        /// Persons of the counting placements dated on or before the date (a date known only to
        /// the month counts once that month has begun); nil when their sum does not fit in 64 bits.
        public let housed: Int?
        /// opgave − housed; negative is a lead (voorsprong).
        public let remaining: Int?
        /// Calendar months of the period from the date's month on, that month included.
        public let monthsLeft: Int
        /// remaining ÷ monthsLeft, rounded up (whole persons); 0 when nothing remains.
        public let perMonth: Int?
        public let note: LocalizedText?
        /// The corrections of the opgave's terms made by the date (the opgave is as it stood then).
        public var corrections: [PeriodOnDate.Applied] = []
        /// COA's latest figures for the open period on or before the date, beside the own count.
        public var coa: COAFigures? = nil
    }

    /// What COA counted on its latest peildatum: `gerealiseerd` and `nog_te_realiseren` (nil when
    /// the record says `onbekend`).
    public struct COAFigures: Sendable, Equatable {
        public let peildatum: PartialDate
        public let gerealiseerd: Int?
        public let nogTeRealiseren: Int?
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
        guard let (id, record) = open.max(by: { $0.id < $1.id }).map({ ($0.id, $0.period) }) else {
            return Row(
                folder: records.folder, name: records.name, period: nil, opgave: nil, opgaveTooLarge: false,
                housed: 0, remaining: nil,
                monthsLeft: 0, perMonth: nil,
                note: LocalizedText(nl: "geen open periode", en: "no open period"))
        }
        let counting = records.placements(in: id).filter { placement in
            guard catalogue.counts(placement), let datum = placement.datum?.value else { return false }
            return !datum.isCertainlyAfter(date)
        }
        let housed = CheckedArithmetic.sum(counting.compactMap { $0.personen.map { (1, $0.value) } })
        // The opgave as it stood on the date: a correction made after it undone.
        let onDate = FigureHistory(records).period(id, on: date)
        let period = onDate?.record ?? record
        let corrections = (onDate?.corrections ?? []).filter {
            [.achterstand_begin, .taakstelling, .totaal].contains($0.figure)
        }
        let opgave = period.opgave().value
        let opgaveOverflows = period.opgave().isTooLarge
        let remaining = opgave.flatMap { opgave in housed.flatMap { CheckedArithmetic.sum([(1, opgave), (-1, $0)]) } }
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
                // Rounded up without adding first: remaining may be as large as Int.max.
                let (whole, part) = remaining.quotientAndRemainder(dividingBy: monthsLeft)
                perMonth = part > 0 ? whole + 1 : whole
            } else {
                note = LocalizedText(
                    nl: "\(id) is voorbij maar niet afgesloten; sluit de periode af",
                    en: "\(id) is over but not closed; close the period")
            }
        } else {
            note = Self.notComputed(id, opgaveOverflows: opgaveOverflows, opgave: opgave, housed: housed)
        }
        var row = Row(
            folder: records.folder, name: records.name, period: id, opgave: opgave, opgaveTooLarge: opgaveOverflows,
            housed: housed,
            remaining: remaining, monthsLeft: monthsLeft, perMonth: perMonth, note: note, corrections: corrections)
        row.coa = coaFigures(records, period: id, on: date)
        return row
    }

    /// The latest COA figures of the period on or before the date.
    static func coaFigures(_ records: MunicipalityRecords, period: PeriodID, on date: PartialDate) -> COAFigures? {
        let snapshot = COAReconciliation.latest(in: records, on: date).first { $0.periode?.value == period }
        guard let snapshot, let day = snapshot.day else { return nil }
        return COAFigures(
            peildatum: day, gerealiseerd: snapshot.known(.gerealiseerd)?.value,
            nogTeRealiseren: snapshot.known(.nog_te_realiseren)?.value)
    }

    /// The note column: the row's note and, where the opgave's terms were corrected by the date,
    /// each correction ("taakstelling 2025-I: 20 → 17 (2025-03-15)").
    static func noteText(_ row: Row, _ language: Language) -> String {
        let corrected = row.corrections.map { $0.cell.text(in: language) }
        let prefix = LocalizedText(nl: "gecorrigeerd: ", en: "corrected: ").text(in: language)
        return ([row.note?.text(in: language)] + [corrected.isEmpty ? nil : prefix + corrected.joined(separator: "; ")])
            .compactMap { $0 }.joined(separator: "; ")
    }

    /// Why there is no remaining number: a figure is unknown, or a sum does not fit in 64 bits
    /// (never wrapped around; the checker reports the figures concerned).
    static func notComputed(_ id: PeriodID, opgaveOverflows: Bool, opgave: Int?, housed: Int?) -> LocalizedText {
        if opgaveOverflows {
            return LocalizedText(
                nl:
                    "opgave van \(id) niet berekend: achterstand_begin + taakstelling past niet in een 64-bits getal; `taakboek check` wijst de cijfers aan",
                en:
                    "opgave of \(id) not computed: achterstand_begin + taakstelling does not fit in 64 bits; `taakboek check` points at the figures"
            )
        }
        if housed == nil {
            return LocalizedText(
                nl:
                    "gehuisvest in \(id) niet berekend: de som van de plaatsingen past niet in een 64-bits getal; `taakboek check` wijst de plaatsingen aan",
                en:
                    "housed in \(id) not computed: the sum of the placements does not fit in 64 bits; `taakboek check` points at the placements"
            )
        }
        if opgave != nil {
            return LocalizedText(
                nl: "resterend in \(id) niet berekend: opgave − gehuisvest past niet in een 64-bits getal",
                en: "remaining in \(id) not computed: opgave − housed does not fit in 64 bits")
        }
        return LocalizedText(
            nl: "opgave van \(id) onbekend (achterstand_begin of taakstelling ontbreekt)",
            en: "opgave of \(id) unknown (achterstand_begin or taakstelling is missing)")
    }

    /// The table; COA's columns are there when a row has COA figures, and always with
    /// `coaColumns` (JSON and CSV keep their columns whatever the records hold).
    public func table(language: Language, coaColumns: Bool = false) -> QueryTable {
        let showsCOA = coaColumns || rows.contains { $0.coa != nil }
        let number: (Int?) -> QueryTable.Cell = { $0.map(QueryTable.Cell.number) ?? .missing }
        // A sum that does not fit in 64 bits shows as `te groot`; the note says which.
        let sum: (Int?, Bool) -> QueryTable.Cell = { value, tooLarge in
            value.map(QueryTable.Cell.number) ?? (tooLarge ? .tooLarge : .missing)
        }
        let table = QueryTable(
            columns: [
                .init("gemeente", LocalizedText(nl: "Gemeente", en: "Municipality")),
                .init("periode", LocalizedText(nl: "Periode", en: "Period")),
                .init("opgave", LocalizedText(nl: "Opgave", en: "To house"), alignsRight: true),
                .init(
                    "gehuisvest", LocalizedText(nl: "Gehuisvest tot \(date)", en: "Housed by \(date)"),
                    alignsRight: true),
                .init(
                    "coa_gerealiseerd", LocalizedText(nl: "Gerealiseerd volgens COA", en: "Realised per COA"),
                    alignsRight: true),
                .init("coa_peildatum", LocalizedText(nl: "COA-peildatum", en: "COA date")),
                .init("resterend", LocalizedText(nl: "Resterend", en: "Remaining"), alignsRight: true),
                .init("maanden", LocalizedText(nl: "Maanden te gaan", en: "Months left"), alignsRight: true),
                .init("per_maand", LocalizedText(nl: "Nodig per maand", en: "Needed per month"), alignsRight: true),
                .init("opmerking", LocalizedText(nl: "Opmerking", en: "Note")),
            ],
            rows: rows.map { row in
                [
                    .text(row.name), row.period.map { .text($0.description) } ?? .missing,
                    sum(row.opgave, row.opgaveTooLarge), sum(row.housed, true),
                    row.coa.map { number($0.gerealiseerd) } ?? .none,
                    row.coa.map { .text($0.peildatum.description) } ?? .none,
                    sum(row.remaining, row.opgave != nil && row.housed != nil), .number(row.monthsLeft),
                    number(row.perMonth),
                    .text(Self.noteText(row, language)),
                ]
            })
        return showsCOA ? table : table.without(columns: ["coa_gerealiseerd", "coa_peildatum"])
    }
}
