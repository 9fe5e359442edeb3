/// Everything that happens to one municipality's records in the ordinary course of its history,
/// decided up front from the municipality's own random stream: for each half-year its
/// taakstelling, its placements (with the moment each is recorded), when it is closed and when
/// the council letter on it is sent. Corrections, renames and other edits are decided later.
struct MunicipalityPlan: Sendable {
    struct Placement: Sendable {
        let record: PlacementRecord
        let recordedAt: CommitTime
    }

    struct Period: Sendable {
        let id: PeriodID
        let taakstelling: Int
        let placements: [Placement]
        /// When the period is closed and the next one opened; nil for the last, open, period.
        let closeAt: CommitTime?
        /// When the council letter on this period is sent; only for closed second half-years.
        let letterAt: CommitTime?
    }

    let info: MunicipalityInfo
    let initialBacklog: Int
    let periods: [Period]

    init(number: Int, options: Options) {
        var random = SeededRandom(seed: options.seed, stream: UInt64(number))
        info = MunicipalityInfo(number: number, random: &random)
        initialBacklog = random.between(0, 15)
        let ids = PeriodID.all(fromYear: options.fromYear, toYear: options.toYear)
        var builder = PlacementPlanner(perPeriod: options.placementsPerPeriod)
        var periods: [Period] = []
        for (index, id) in ids.enumerated() {
            let isLast = index == ids.count - 1
            let placements = builder.plan(period: id, isOpen: isLast, random: &random)
            let counting = placements.reduce(0) { $0 + ($1.record.soort.counts ? $1.record.personen : 0) }
            let taakstelling = max(0, counting + random.between(-4, 4))
            var closeAt: CommitTime?
            var letterAt: CommitTime?
            if !isLast {
                let closeDay = id.next.firstDay.adding(days: random.between(2, 9)).nextWorkday
                closeAt = CommitTime.officeHours(on: closeDay, random: &random)
                if id.half == 2 {
                    let letterDay = id.next.firstDay.adding(days: random.between(13, 27)).nextWorkday
                    letterAt = CommitTime.officeHours(on: letterDay, random: &random)
                }
            }
            periods.append(
                Period(
                    id: id, taakstelling: taakstelling, placements: placements,
                    closeAt: closeAt, letterAt: letterAt))
        }
        self.periods = periods
    }

    /// Number of base events (placements, closings, letters) in this plan.
    var eventCount: Int {
        periods.reduce(0) { $0 + $1.placements.count + ($1.closeAt == nil ? 0 : 1) + ($1.letterAt == nil ? 0 : 1) }
    }
}
