/// The records of one municipality as they stand at one moment, with the bookkeeping the edits
/// need to stay consistent (sums of counting placements per period, the last letter and
/// correction dates).
///
/// Arrays, not dictionaries, hold the records: Swift's dictionary order differs between runs, and
/// every choice the generator makes must be reproducible.
struct MunicipalityState: Sendable {
    let plan: MunicipalityPlan
    /// Index-aligned with `plan.periods`; the last one is the open period.
    var periods: [PeriodRecord]
    var placements: [PlacementRecord] = []
    var corrections: [CorrectionRecord] = []
    var letters: [LetterRecord] = []
    /// Sum of the persons of the counting placements recorded per period index.
    var countingSum: [Int]
    var lastLetterDay: CivilDay?
    var lastCorrectionDay: CivilDay?
    var fillerCount = 0
    /// A placement of the open period deleted for review, to be added again later.
    var pendingReadd: PlacementRecord?

    init(plan: MunicipalityPlan) {
        self.plan = plan
        let first = plan.periods[0]
        periods = [PeriodRecord(id: first.id, begin: plan.initialBacklog, taakstelling: first.taakstelling)]
        countingSum = Array(repeating: 0, count: plan.periods.count)
    }

    var info: MunicipalityInfo { plan.info }
    var folder: String { plan.info.folder }
    var openIndex: Int { periods.count - 1 }

    /// The index in `periods` of a period id.
    func index(of id: PeriodID) -> Int {
        (id.year - plan.periods[0].id.year) * 2 + id.half - 1
    }

    func path(of period: PeriodRecord) -> String { info.root + period.relativePath }
    func path(of placement: PlacementRecord) -> String { info.root + placement.relativePath }
    func path(of correction: CorrectionRecord) -> String { info.root + correction.relativePath }
    func path(of letter: LetterRecord) -> String { info.root + letter.relativePath }

    func write(_ period: PeriodRecord) -> FileChange {
        .write(path: path(of: period), content: period.render())
    }

    func write(_ placement: PlacementRecord) -> FileChange {
        .write(path: path(of: placement), content: placement.render())
    }

    /// Every file of the municipality, in a fixed order, calling `body(path, content)` for each.
    func forEachFile(_ body: (String, String) -> Void) {
        body(info.path, info.render())
        for period in periods { body(path(of: period), period.render()) }
        for placement in placements { body(path(of: placement), placement.render()) }
        for correction in corrections { body(path(of: correction), correction.render()) }
        for letter in letters { body(path(of: letter), letter.render()) }
    }
}
