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

    /// The first day a placement of this kind may be dated, if limited (HAR: 2021-11-01; Nidos
    /// small-scale counts from 2016-01-01).
    var firstValidDay: CivilDay? {
        switch self {
        case .har: CivilDay(year: 2021, month: 11, day: 1)
        case .amvKso: CivilDay(year: 2016, month: 1, day: 1)
        default: nil
        }
    }

    /// Whether a placement of this kind may be dated on `day`.
    func isValid(on day: CivilDay) -> Bool {
        day >= (firstValidDay ?? day) && day <= (lastValidDay ?? day)
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
