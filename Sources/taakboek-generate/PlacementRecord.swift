/// One placement (housing event), `plaatsingen/<periode>/<name>.yaml`.
struct PlacementRecord: Sendable {
    /// File name without `.yaml`.
    var name: String
    /// The half-year folder the file lies in.
    let period: PeriodID
    var date: CivilDay
    var soort: Soort
    var personen: Int
    var huishoudens: Int?
    var locatie: String?
    /// For a doorstroom: the id (`2024-II/p0042`) of the HAR placement being left.
    var uit: String?
    var bron: String?
    var opmerking: String?

    /// `2024-II/p0042`: the id a doorstroom names in `uit`.
    var id: String { "\(period.name)/\(name)" }

    /// Path below the municipality folder.
    var relativePath: String { "plaatsingen/\(period.name)/\(name).yaml" }

    func render() -> String {
        var out = YAMLText.schemaLine("plaatsing", depth: 3)
        out += "datum: \(date.iso)\n"
        out += "soort: \(soort.rawValue)\n"
        out += "personen: \(personen)\n"
        if let huishoudens { out += "huishoudens: \(huishoudens)\n" }
        if let locatie { out += "locatie: \(YAMLText.string(locatie))\n" }
        if let uit { out += "uit: \(uit)\n" }
        // The generator places only minors of 15 or older in Nidos small-scale homes: they count.
        if soort == .amvKso { out += "leeftijd_15_plus: true\n" }
        if let bron { out += "bron: \(YAMLText.string(bron))\n" }
        if let opmerking { out += "opmerking: \(YAMLText.string(opmerking))\n" }
        return out
    }
}
