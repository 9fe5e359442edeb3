/// `records/<gemeente>/brieven/<name>.md`: a council letter. Its YAML front matter says when it was
/// sent, which period it is about, and which figures it quotes; the text follows in Markdown.
public struct Letter: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case datum, soort, periode, zaaknummer, onderwerp, cijfers
    }

    /// The figures a letter quotes.
    public enum Quoted: String, CaseIterable, Sendable, Hashable {
        case achterstand_begin, taakstelling, totaal, gehuisvest, achterstand_eind
        case taakstelling_volgende, opgave_volgende
    }

    public let path: String
    public let datum: Located<PartialDate>?
    public let periode: Located<PeriodID>?
    public let quoted: [(name: Quoted, value: Located<Figure>)]

    public init(_ reader: FieldReader<Field>) {
        path = reader.path
        datum = reader.date(.datum)
        periode = reader.period(.periode)
        let figures = reader.nested(.cijfers, as: Quoted.self)
        quoted = Quoted.allCases.compactMap { name in
            figures?.figure(name).map { (name, $0) }
        }
    }
}
