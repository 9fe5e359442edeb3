/// Everything recorded for one municipality (one folder under `records/`).
public struct MunicipalityRecords: Sendable {
    public let folder: String
    public let municipality: Municipality?
    /// Sorted by period, then path.
    public let periods: [Period]
    /// Sorted by id.
    public let placements: [Placement]
    public let corrections: [Correction]
    /// COA's monthly figures, sorted by path (which is peildatum order).
    public let coaSnapshots: [COASnapshot]
    public let letters: [Letter]
    /// Positions in `placements` by the period folder they are in.
    private let placementPositions: [PeriodID: [Int]]

    /// Sorts the models of one folder by kind.
    public init(folder: String, models: [RecordModel]) {
        var municipality: Municipality?
        var periods: [Period] = []
        var placements: [Placement] = []
        var corrections: [Correction] = []
        var coaSnapshots: [COASnapshot] = []
        var letters: [Letter] = []
        for model in models {
            switch model {
            case .municipality(let model): municipality = model
            case .period(let model): periods.append(model)
            case .placement(let model): placements.append(model)
            case .correction(let model): corrections.append(model)
            case .coa(let model): coaSnapshots.append(model)
            case .letter(let model): letters.append(model)
            }
        }
        self.init(
            folder: folder, municipality: municipality, periods: periods, placements: placements,
            corrections: corrections, coaSnapshots: coaSnapshots, letters: letters)
    }

    public init(
        folder: String, municipality: Municipality?, periods: [Period], placements: [Placement],
        corrections: [Correction], coaSnapshots: [COASnapshot] = [], letters: [Letter]
    ) {
        self.folder = folder
        self.municipality = municipality
        // Records arrive in path order, which is already the wanted order; sorting only when not
        // avoids copying every model once more.
        let periodKey = { (period: Period) in (period.id ?? PeriodID(year: 0, half: 1), period.path) }
        self.periods = periods.sortedIfNeeded { periodKey($0) < periodKey($1) }
        self.placements = placements.sortedIfNeeded { $0.id < $1.id }
        self.corrections = corrections.sortedIfNeeded { $0.path < $1.path }
        self.coaSnapshots = coaSnapshots.sortedIfNeeded { $0.path < $1.path }
        self.letters = letters.sortedIfNeeded { $0.path < $1.path }
        var positions: [PeriodID: [Int]] = [:]
        for (index, placement) in self.placements.enumerated() {
            if let period = placement.folderPeriod { positions[period, default: []].append(index) }
        }
        placementPositions = positions
    }

    /// The period record of a half-year (the first one, if there are duplicates).
    public func period(_ id: PeriodID) -> Period? { periods.first { $0.id == id } }

    /// The placement with this id (the first, if there are duplicates): a binary search, since
    /// rules look placements up for every move.
    public func placement(id: String) -> Placement? {
        var low = 0
        var high = placements.count
        while low < high {
            let middle = (low + high) / 2
            if placements[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < placements.count && placements[low].id == id ? placements[low] : nil
    }

    /// The placements in the folder of a period, in id order.
    public func placements(in period: PeriodID) -> [Placement] {
        placementPositions[period]?.map { placements[$0] } ?? []
    }

    /// The municipality's display name: its `naam`, else the folder name.
    public var name: String { municipality?.naam?.value ?? folder }
}

extension Array {
    func sortedIfNeeded(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        zip(self, dropFirst()).allSatisfy { !areInIncreasingOrder($1, $0) } ? self : sorted(by: areInIncreasingOrder)
    }
}
