/// `records/<gemeente>/plaatsingen/<YYYY>-<I|II>/<name>.yaml`: one housing event.
public struct Placement: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case datum, soort, personen, huishoudens, locatie, uit, leeftijd_15_plus, bron, opmerking
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
    /// For a minor: whether they are 15 or older (an age group, never a birth date). A Nidos
    /// small-scale placement (amv_kso) counts only from 15.
    public let leeftijd15Plus: Located<Bool>?

    public init(_ reader: FieldReader<Field>, id: String, folderPeriod: PeriodID?) {
        path = reader.path
        self.id = id
        self.folderPeriod = folderPeriod
        datum = reader.date(.datum)
        soort = reader.text(.soort)
        personen = reader.integer(.personen)
        uit = reader.text(.uit)
        leeftijd15Plus = reader.bool(.leeftijd_15_plus)
    }
}
