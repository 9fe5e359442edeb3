/// The kinds of placement the generator uses, as named in `schemas/soorten.yaml`.
enum Soort: String, Sendable, CaseIterable {
    case regulier
    case har
    case nareiziger
    case doorstroom
    case amvKso = "amv_kso"

    /// Whether the persons of a placement of this kind count towards the taakstelling.
    var counts: Bool {
        self != .doorstroom
    }

    /// The last day a placement of this kind may be dated, if limited (HAR: 2024-12-31).
    var lastValidDay: CivilDay? {
        self == .har ? CivilDay(year: 2024, month: 12, day: 31) : nil
    }

    /// The kind as it may appear in a file name: `amv-kso`.
    var slug: String {
        String(rawValue.map { $0 == "_" ? "-" : $0 })
    }
}
