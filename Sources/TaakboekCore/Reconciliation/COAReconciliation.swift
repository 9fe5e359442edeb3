/// One of COA's monthly snapshots set beside the municipality's own records: COA's corrected
/// taakstelling against `achterstand_begin + taakstelling` as the records stood on the peildatum
/// (corrections made after it undone, as letters are checked), and COA's `gerealiseerd` against
/// the counting placements of the period dated before the peildatum. COA counts only what was
/// reported to it, so a difference is the clerk's list of what to check, not a verdict.
public struct COAReconciliation: Sendable {
    public let snapshot: COASnapshot
    public let period: PeriodID
    public let peildatum: PartialDate
    /// The period's record, when there is one.
    public let record: Period?
    /// What `achterstand_begin + taakstelling` may have been on the peildatum (more than one value
    /// only when a correction's date is too imprecise to tell; empty when a figure is unknown).
    public let ownTaakstelling: Set<Int>
    /// Whether a sum of the own figures did not fit in 64 bits.
    public let ownTaakstellingTooLarge: Bool
    /// The counting placements of the period dated before the peildatum: the own count.
    public let counted: [Placement]
    /// Counting placements whose date may lie on either side of the peildatum (known only to the year).
    public let uncertain: [Placement]
    /// Counting placements of the period dated on or after the peildatum: not yet in COA's figure.
    public let later: [Placement]
    /// The persons of `counted`; nil when their sum does not fit in 64 bits.
    public let ownCount: Int?

    public init(_ snapshot: COASnapshot, period: PeriodID, peildatum: PartialDate, in records: MunicipalityRecords,
        catalogue: PlacementCatalogue)
    {
        self.snapshot = snapshot
        self.period = period
        self.peildatum = peildatum
        let record = records.period(period)
        self.record = record
        let history = FigureHistory(records)
        var tooLarge = false
        var own: Set<Int> = []
        if record != nil {
            let begins = history.values(period: period, figure: .achterstand_begin, on: peildatum).compactMap(\.value)
            let targets = history.values(period: period, figure: .taakstelling, on: peildatum).compactMap(\.value)
            for begin in begins {
                for target in targets {
                    if let sum = CheckedArithmetic.sum([(1, begin), (1, target)]) { own.insert(sum) } else { tooLarge = true }
                }
            }
            if own.isEmpty && !tooLarge {
                own = Set(history.values(period: period, figure: .totaal, on: peildatum).compactMap(\.value))
            }
        }
        ownTaakstelling = own
        ownTaakstellingTooLarge = tooLarge
        var counted: [Placement] = []
        var uncertain: [Placement] = []
        var later: [Placement] = []
        for placement in records.placements(in: period) where catalogue.counts(placement) {
            guard let datum = placement.datum?.value else {
                uncertain.append(placement)
                continue
            }
            if datum.isCertainlyBefore(peildatum) {
                counted.append(placement)
            } else if datum.earliestDayNumber >= peildatum.earliestDayNumber {
                later.append(placement)
            } else {
                uncertain.append(placement)
            }
        }
        self.counted = counted
        self.uncertain = uncertain
        self.later = later
        ownCount = CheckedArithmetic.sum(counted.compactMap { $0.personen.map { (1, $0.value) } })
    }

    /// The reconciliation of a snapshot, when it names its period and its day.
    public static func of(_ snapshot: COASnapshot, in records: MunicipalityRecords, catalogue: PlacementCatalogue)
        -> COAReconciliation?
    {
        guard let period = snapshot.periode?.value, let day = snapshot.day else { return nil }
        return COAReconciliation(snapshot, period: period, peildatum: day, in: records, catalogue: catalogue)
    }

    /// COA's `gerealiseerd` minus the own count: positive when COA counts more.
    public var realisedDifference: Int? {
        guard let coa = snapshot.known(.gerealiseerd)?.value, let ownCount else { return nil }
        let (difference, overflow) = coa.subtractingReportingOverflow(ownCount)
        return overflow ? nil : difference
    }

    /// Whether the period says its placements are not all recorded: the own count is then a lower bound.
    public var placementsIncomplete: Located<String>? { record?.incompletePlacements }

    /// The latest snapshot of each period of a municipality on or before `date` (every period's
    /// latest when `date` is nil), in period order.
    public static func latest(in records: MunicipalityRecords, on date: PartialDate?) -> [COASnapshot] {
        var latest: [PeriodID: COASnapshot] = [:]
        for snapshot in records.coaSnapshots {
            guard let period = snapshot.periode?.value, let day = snapshot.day else { continue }
            if let date, day.earliestDayNumber > date.latestDayNumber { continue }
            if let kept = latest[period], let keptDay = kept.day, keptDay.earliestDayNumber >= day.earliestDayNumber {
                continue
            }
            latest[period] = snapshot
        }
        return latest.keys.sorted().compactMap { latest[$0] }
    }
}
