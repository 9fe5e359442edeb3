/// `records/<gemeente>/plaatsingen/<YYYY>-<I|II>/<name>.yaml`: one housing event.
public struct Placement: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case datum, soort, personen, huishoudens, locatie, uit, bron, opmerking
    }

    public let path: String
    /// The placement's id: its path under `plaatsingen/` without `.yaml` (e.g. `2024-II/vredestein`).
    public let id: String
    /// The period folder the file is in.
    public let folderPeriod: PeriodID?
    public let datum: Located<PartialDate>?
    public let soort: Located<String>?
    public let personen: Located<Int>?
    /// For a doorstroom: the id of the placement being left.
    public let uit: Located<String>?

    public init(_ reader: FieldReader<Field>, id: String, folderPeriod: PeriodID?) {
        path = reader.path
        self.id = id
        self.folderPeriod = folderPeriod
        datum = reader.date(.datum)
        soort = reader.text(.soort)
        personen = reader.integer(.personen)
        uit = reader.text(.uit)
    }
}
