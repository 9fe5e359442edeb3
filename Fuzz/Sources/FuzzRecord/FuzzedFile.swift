/// Which file of the companion municipality the fuzzed bytes replace, chosen by the input's first
/// byte: a readable letter in the seed corpus, any other byte by its value.
enum FuzzedFile: CaseIterable {
    case period, placement, correction, letter, municipality, placementKinds, periodSchema

    init(selector: UInt8) {
        switch selector {
        case UInt8(ascii: "p"): self = .period
        case UInt8(ascii: "l"): self = .placement
        case UInt8(ascii: "c"): self = .correction
        case UInt8(ascii: "b"): self = .letter
        case UInt8(ascii: "g"): self = .municipality
        case UInt8(ascii: "s"): self = .placementKinds
        case UInt8(ascii: "j"): self = .periodSchema
        default: self = Self.allCases[Int(selector) % Self.allCases.count]
        }
    }

    /// The letter that selects this file, for the seeds.
    var selector: Character {
        switch self {
        case .period: "p"
        case .placement: "l"
        case .correction: "c"
        case .letter: "b"
        case .municipality: "g"
        case .placementKinds: "s"
        case .periodSchema: "j"
        }
    }

    /// Whether the file is one of the repository's schemas/ files rather than a record.
    var isConfiguration: Bool { self == .placementKinds || self == .periodSchema }

    var path: String {
        switch self {
        case .period: Companions.periodPath
        case .placement: Companions.placementPath
        case .correction: Companions.correctionPath
        case .letter: Companions.letterPath
        case .municipality: Companions.municipalityPath
        case .placementKinds: "schemas/soorten.yaml"
        case .periodSchema: "schemas/periode.schema.json"
        }
    }
}
