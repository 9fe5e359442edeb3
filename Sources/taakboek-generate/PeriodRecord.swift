/// One half-year record, `perioden/<YYYY>-<I|II>.yaml`.
struct PeriodRecord: Sendable {
    let id: PeriodID
    var closed: Bool
    var begin: Int
    var taakstelling: Int
    var totaal: Int
    /// Set when the period is closed.
    var gehuisvest: Int?
    /// Set when the period is closed.
    var eind: Int?
    var bron: String?
    var opmerking: String?

    /// A new open period; `totaal` follows from the backlog and the taakstelling.
    init(id: PeriodID, begin: Int, taakstelling: Int) {
        self.id = id
        closed = false
        self.begin = begin
        self.taakstelling = taakstelling
        totaal = begin + taakstelling
        bron = "Taakstellingsbrief van de provincie voor \(id.name)"
    }

    /// Path below the municipality folder.
    var relativePath: String { "perioden/\(id.name).yaml" }

    func render() -> String {
        var out = YAMLText.schemaLine("periode", depth: 2)
        out += "periode: \(id.name)\n"
        out += "status: \(closed ? "afgesloten" : "open")\n"
        out += "achterstand_begin: \(begin)\n"
        out += "taakstelling: \(taakstelling)\n"
        out += "totaal: \(totaal)\n"
        if let gehuisvest { out += "gehuisvest: \(gehuisvest)\n" }
        if let eind { out += "achterstand_eind: \(eind)\n" }
        if let bron { out += "bron: \(YAMLText.string(bron))\n" }
        if let opmerking { out += "opmerking: \(YAMLText.string(opmerking))\n" }
        return out
    }
}
