/// Whether a placement counts for the taakstelling, and if not, why: the one notion of "this
/// placement counts" that the counting rule (TB401), the progress query, the COA reconciliation
/// and the reports share. The rules that explain a "no" (TB404 for the dates, TB406 for the age
/// group) read the same answer, so a placement is never counted by one and refused by another.
public enum CountingStatus: Sendable, Hashable {
    case counts
    /// The `soort` is missing or not in `schemas/soorten.yaml` (TB404 reports it).
    case unknownKind
    /// The kind has `telt: false` (a doorstroom, a minor in a foster family).
    case kindDoesNotCount
    /// The placement names no number of persons (the schema reports it).
    case noPersons
    /// The placement is dated before the kind's `geldig_vanaf` or after its `geldig_tot` (TB404).
    case outsideValidity
    /// The kind counts only from age 15 and the placement does not say `leeftijd_15_plus` (TB406).
    case ageGroupMissing
    /// `leeftijd_15_plus: false` where the kind counts only from 15: the minor counts later (TB406).
    case under15
}

extension PlacementCatalogue {
    /// Whether a placement counts: its `soort` is a kind with `telt: true` (a HAR placement and
    /// nareizigers count, the later doorstroom does not), it names its number of persons, its date
    /// lies within the kind's validity, and where the kind counts only from 15 (amv_kso) it says
    /// `leeftijd_15_plus: true`.
    public func countingStatus(of placement: Placement) -> CountingStatus {
        guard let kind = placement.soort.flatMap({ self[$0.value] }) else { return .unknownKind }
        guard kind.counts else { return .kindDoesNotCount }
        guard placement.personen != nil else { return .noPersons }
        if let date = placement.datum?.value, !kind.isValid(on: date) { return .outsideValidity }
        if kind.requiresAgeGroup {
            guard let ageGroup = placement.leeftijd15Plus else { return .ageGroupMissing }
            if !ageGroup.value { return .under15 }
        }
        return .counts
    }

    /// `countingStatus(of:) == .counts`: the filter every count of placements uses.
    public func counts(_ placement: Placement) -> Bool {
        countingStatus(of: placement) == .counts
    }
}
