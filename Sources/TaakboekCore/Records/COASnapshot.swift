/// `records/<gemeente>/coa/<YYYY-MM-DD>.yaml`: COA's monthly figures for one municipality and one
/// period, as published on the first day of a month: COA's corrected taakstelling (the start
/// backlog or lead plus the new number), what it counts as realised, and what is left.
public struct COASnapshot: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case peildatum, periode, taakstelling, gerealiseerd, nog_te_realiseren, bron, opmerking
    }

    /// COA's three figures, by their record key.
    public enum FigureKey: String, CaseIterable, Sendable {
        case taakstelling, gerealiseerd, nog_te_realiseren

        var field: Field {
            switch self {
            case .taakstelling: .taakstelling
            case .gerealiseerd: .gerealiseerd
            case .nog_te_realiseren: .nog_te_realiseren
            }
        }
    }

    public let path: String
    /// The date the file name says (`2025-03-01.yaml`), when it is one.
    public let fileDate: PartialDate?
    public let peildatum: Located<PartialDate>?
    public let periode: Located<PeriodID>?
    public let taakstelling: Located<Figure>?
    public let gerealiseerd: Located<Figure>?
    public let nogTeRealiseren: Located<Figure>?
    public let bron: Located<String>?

    public init(_ reader: FieldReader<Field>, fileName: String) {
        path = reader.path
        fileDate = PartialDate(fileName).flatMap { $0.day == nil ? nil : $0 }
        peildatum = reader.date(.peildatum)
        periode = reader.period(.periode)
        taakstelling = reader.figure(.taakstelling)
        gerealiseerd = reader.figure(.gerealiseerd)
        nogTeRealiseren = reader.figure(.nog_te_realiseren)
        bron = reader.text(.bron)
    }

    public func figure(_ key: FigureKey) -> Located<Figure>? {
        switch key {
        case .taakstelling: taakstelling
        case .gerealiseerd: gerealiseerd
        case .nog_te_realiseren: nogTeRealiseren
        }
    }

    /// The value of a figure when it is known.
    public func known(_ key: FigureKey) -> Located<Int>? {
        guard let figure = figure(key), let value = figure.value.value else { return nil }
        return Located(value, at: figure.location)
    }

    /// The day the figures were measured: `peildatum` when it is a day, else the file name's date.
    public var day: PartialDate? {
        if let date = peildatum?.value, date.day != nil { return date }
        return fileDate
    }
}
