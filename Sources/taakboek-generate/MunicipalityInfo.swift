/// The fixed facts of one fictional municipality: its folder, name, CBS code and province.
struct MunicipalityInfo: Sendable {
    static let provinces = [
        "Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen", "Limburg",
        "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ]

    /// 1-based number of the municipality.
    let number: Int
    let provincie: String

    init(number: Int, random: inout SeededRandom) {
        self.number = number
        provincie = random.pick(Self.provinces) ?? "Drenthe"
    }

    /// `gemeente-0001`.
    var folder: String { "gemeente-\(Text.padded(number, 4))" }

    /// `records/gemeente-0001/`.
    var root: String { "records/\(folder)/" }

    /// `Gemeente 0001`.
    var naam: String { "Gemeente \(Text.padded(number, 4))" }

    /// A fictional code: GM9001–GM9999 for the first 999 municipalities (real codes stay below
    /// GM2000), then the number itself.
    var cbsCode: String { "GM\(Text.padded(number < 1000 ? 9000 + number : number, 4))" }

    var path: String { root + "gemeente.yaml" }

    func render() -> String {
        YAMLText.schemaLine("gemeente", depth: 1)
            + "naam: \(YAMLText.string(naam))\n"
            + "cbs_code: \(cbsCode)\n"
            + "provincie: \(YAMLText.string(provincie))\n"
    }
}
