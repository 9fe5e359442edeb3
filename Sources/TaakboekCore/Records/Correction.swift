/// `records/<gemeente>/correcties/<name>.yaml`: a change to a figure of a period after the fact,
/// with who decided it, why, and on what source.
public struct Correction: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case datum, periode, wijzigingen, reden, bron
    }

    /// One changed figure: `taakstelling: {van: 32, naar: 33}`.
    public struct Change: Sendable {
        public enum Field: String, CaseIterable, Sendable {
            case van, naar
        }

        public let field: Located<String>
        public let figure: FigureName?
        public let van: Located<Figure>?
        public let naar: Located<Figure>?
    }

    public let path: String
    public let datum: Located<PartialDate>?
    public let periode: Located<PeriodID>?
    public let changes: [Change]
    /// Why the figures changed and the document it rests on, as the record says them (free text).
    public let reden: Located<String>?
    public let bron: Located<String>?

    public init(_ reader: FieldReader<Field>) {
        path = reader.path
        datum = reader.date(.datum)
        periode = reader.period(.periode)
        reden = reader.text(.reden)
        bron = reader.text(.bron)
        changes = reader.entries(.wijzigingen).map { pair in
            let values = FieldReader<Change.Field>(path: reader.path, node: pair.value)
            return Change(
                field: Located(
                    pair.key,
                    at: SourceLocation(
                        path: reader.path, line: pair.keyLine, column: pair.keyColumn, length: pair.key.count)),
                figure: FigureName(rawValue: pair.key),
                van: values.figure(.van),
                naar: values.figure(.naar))
        }
    }
}
