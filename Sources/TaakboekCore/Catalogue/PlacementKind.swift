/// A kind of placement (`soort`) and whether it counts for the taakstelling. Kinds are data in
/// `schemas/soorten.yaml`, with validity dates, so staff can follow a change in the law by editing
/// a file, versioned like the records, rather than waiting for new code.
public struct PlacementKind: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case telt, omschrijving, bron, geldig_vanaf, geldig_tot, vereist_uit, uit_soorten
        case vereist_leeftijd_15_plus, telt_later_als, maximale_verblijfsduur_maanden
    }

    public let name: String
    public let location: SourceLocation
    public let counts: Bool
    /// `omschrijving`: what the kind is, for staff (completion and hover in the editor).
    public let description: String?
    /// First day the kind may be used (inclusive); nil when not known to be limited.
    public let validFrom: Located<PartialDate>?
    /// Last day the kind may be used (inclusive).
    public let validUntil: Located<PartialDate>?
    /// A placement of this kind must name, in `uit`, the placement it moves out of.
    public let requiresOrigin: Bool
    /// The kinds such an origin may be of.
    public let originKinds: [String]
    /// A placement of this kind says in `leeftijd_15_plus` whether the minor is 15 or older, and
    /// counts only when so (a Nidos small-scale placement, amv_kso).
    public let requiresAgeGroup: Bool
    /// The kind under which these persons count later (a minor getting their own home at 18).
    public let countsLaterAs: String?
    /// The longest a stay of this kind should last, in months (the HAR: 6).
    public let maximumStayMonths: Int?

    public init(name: String, reader: FieldReader<Field>, location: SourceLocation) {
        self.name = name
        self.location = location
        counts = reader.bool(.telt)?.value ?? false
        description = reader.text(.omschrijving)?.value
        validFrom = reader.date(.geldig_vanaf)
        validUntil = reader.date(.geldig_tot)
        requiresOrigin = reader.bool(.vereist_uit)?.value ?? false
        originKinds = reader.sequence(.uit_soorten).compactMap { $0.scalar?.text }
        requiresAgeGroup = reader.bool(.vereist_leeftijd_15_plus)?.value ?? false
        countsLaterAs = reader.text(.telt_later_als)?.value
        maximumStayMonths = reader.integer(.maximale_verblijfsduur_maanden)?.value
    }

    /// Whether the kind may be used on this date. A partial date is outside the window only when
    /// every day it may stand for is.
    public func isValid(on date: PartialDate) -> Bool {
        if let from = validFrom?.value, date.isCertainlyBefore(from) { return false }
        if let until = validUntil?.value, date.isCertainlyAfter(until) { return false }
        return true
    }
}

/// All placement kinds in force for a repository.
public struct PlacementCatalogue: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case soorten
    }

    public let path: String
    public let kinds: [String: PlacementKind]

    public init(path: String, root: YAMLNode?) {
        self.path = path
        let reader = FieldReader<Field>(path: path, node: root)
        var kinds: [String: PlacementKind] = [:]
        for pair in reader.entries(.soorten) {
            kinds[pair.key] = PlacementKind(
                name: pair.key,
                reader: FieldReader(path: path, node: pair.value),
                location: SourceLocation(path: path, line: pair.keyLine, column: pair.keyColumn, length: pair.key.count)
            )
        }
        self.kinds = kinds
    }

    public subscript(name: String) -> PlacementKind? { kinds[name] }
}

extension PlacementCatalogue {
    /// The kind a mistyped `soort` most likely means: the same letters in another case
    /// (`Regulier`, `HAR`), else the nearest name by edit distance (`nareizigers`).
    public static func closestKind(to written: String, among names: [String]) -> String? {
        let lowered = written.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        if let same = names.first(where: { $0 == lowered }) { return same }
        return Suggestion.closest(to: lowered, among: names.sorted())
    }
}
