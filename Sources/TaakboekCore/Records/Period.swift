/// `records/<gemeente>/perioden/<YYYY>-<I|II>.yaml`: one half-year of the task.
public struct Period: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case periode, status, achterstand_begin, taakstelling, waarvan_amv, totaal, gehuisvest, achterstand_eind
        case berekening, plaatsingen_onvolledig, bron, opmerking
    }

    /// The art. 29 Huisvestingswet inputs: taakstelling = ⌈landelijk × inwoners_gemeente / inwoners_nederland⌉.
    public struct Calculation: Sendable {
        public enum Field: String, CaseIterable, Sendable {
            case landelijk, inwoners_gemeente, inwoners_nederland, peildatum_inwoners, bron
        }

        /// Optional: taken from `schemas/landelijk.yaml` when left out.
        public let landelijk: Located<Int>?
        public let inwonersGemeente: Located<Int>?
        /// Optional: taken from `schemas/landelijk.yaml` when left out.
        public let inwonersNederland: Located<Int>?
        public let populationReferenceDate: Located<PartialDate>?

        public init(_ reader: FieldReader<Field>) {
            landelijk = reader.integer(.landelijk)
            inwonersGemeente = reader.integer(.inwoners_gemeente)
            inwonersNederland = reader.integer(.inwoners_nederland)
            populationReferenceDate = reader.date(.peildatum_inwoners)
        }
    }

    public enum Status: String, Sendable, Hashable {
        case open
        case afgesloten
    }

    public let path: String
    /// The period the file name says (`2024-II.yaml`).
    public let fileID: PeriodID?
    public let periode: Located<PeriodID>?
    public let status: Located<Status>?
    /// The figures, indexed by `FigureName.allCases` (a small array, not a dictionary: a national
    /// repository holds hundreds of thousands of periods and placements in memory).
    private var figureSlots: [Located<Figure>?]
    public let calculation: Calculation?
    /// `waarvan_amv`: the minors' sub-target (since 2023), part of the taakstelling, not a
    /// figure of its own in the backlog arithmetic.
    public let minorsSubTarget: Located<Figure>?
    /// Set when the period's placements are known to be incomplete, with the reason.
    public let incompletePlacements: Located<String>?
    /// The keys the record has, readable or not, as a bit set over `Field.allCases`.
    private let presentFields: UInt32

    public init(_ reader: FieldReader<Field>, fileID: PeriodID?) {
        var present: UInt32 = 0
        for pair in reader.node?.pairs ?? [] {
            if let index = Field.allCases.firstIndex(where: { $0.rawValue == pair.key }) {
                present |= 1 << UInt32(index)
            }
        }
        presentFields = present
        path = reader.path
        self.fileID = fileID
        periode = reader.period(.periode)
        status = reader.text(.status).flatMap { text in
            Status(rawValue: text.value).map { Located($0, at: text.location) }
        }
        figureSlots = FigureName.allCases.map { name in Field(rawValue: name.rawValue).flatMap { reader.figure($0) } }
        calculation = reader.nested(.berekening, as: Calculation.Field.self).map(Calculation.init)
        minorsSubTarget = reader.figure(.waarvan_amv)
        incompletePlacements = reader.text(.plaatsingen_onvolledig)
    }

    /// The same record with some figures replaced (a figure as it stood on a date, see
    /// `FigureHistory.period(_:on:)`); every other field stays as read.
    public func replacingFigures(_ replaced: [FigureName: Located<Figure>]) -> Period {
        var copy = self
        copy.figureSlots = FigureName.allCases.enumerated().map { index, name in
            replaced[name] ?? figureSlots[index]
        }
        return copy
    }

    /// The period this record is about: its `periode` field, else its file name.
    public var id: PeriodID? { periode?.value ?? fileID }

    public var isClosed: Bool { status?.value == .afgesloten }

    public func figure(_ name: FigureName) -> Located<Figure>? {
        FigureName.allCases.firstIndex(of: name).flatMap { figureSlots[$0] }
    }

    /// Whether the record has the field at all, readable or not (a value of the wrong type is
    /// reported by the schema rule; other rules then stay silent about it).
    public func hasField(_ name: FigureName) -> Bool {
        guard let index = Field.allCases.firstIndex(where: { $0.rawValue == name.rawValue }) else { return false }
        return presentFields & (1 << UInt32(index)) != 0
    }

    /// The value of a figure when it is known.
    public func known(_ name: FigureName) -> Located<Int>? {
        guard let figure = figure(name), let value = figure.value.value else { return nil }
        return Located(value, at: figure.location)
    }
}
