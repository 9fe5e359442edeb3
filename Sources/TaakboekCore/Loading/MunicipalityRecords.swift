/// Everything recorded for one municipality (one folder under `records/`).
public struct MunicipalityRecords: Sendable {
    public let folder: String
    public let municipality: Municipality?
    /// Sorted by period, then path.
    public let periods: [Period]
    /// Sorted by id.
    public let placements: [Placement]
    public let corrections: [Correction]
    public let letters: [Letter]

    public init(
        folder: String, municipality: Municipality?, periods: [Period], placements: [Placement],
        corrections: [Correction], letters: [Letter]
    ) {
        self.folder = folder
        self.municipality = municipality
        self.periods = periods.sorted {
            ($0.id ?? PeriodID(year: 0, half: 1), $0.path) < ($1.id ?? PeriodID(year: 0, half: 1), $1.path)
        }
        self.placements = placements.sorted { $0.id < $1.id }
        self.corrections = corrections.sorted { $0.path < $1.path }
        self.letters = letters.sorted { $0.path < $1.path }
    }

    /// The period record of a half-year (the first one, if there are duplicates).
    public func period(_ id: PeriodID) -> Period? { periods.first { $0.id == id } }

    public func placement(id: String) -> Placement? { placements.first { $0.id == id } }

    /// The municipality's display name: its `naam`, else the folder name.
    public var name: String { municipality?.naam?.value ?? folder }
}
