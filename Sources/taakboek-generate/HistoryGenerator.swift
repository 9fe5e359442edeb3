/// `--commits N` with N > 1: a first commit with the starting state, then every planned slot as a
/// commit (woven into side branches and merges by `BranchWeaver`), then, with
/// `--plant-errors`, one commit that plants the errors.
///
/// Blobs are written as soon as an edit is made; commits follow once every edit is known, because
/// the weaver looks ahead for the side branches.
struct HistoryGenerator {
    let options: Options
    let schemas: [SchemaFile]

    /// One executed slot, ready to be committed.
    struct CommitEdit {
        let time: CommitTime
        let municipality: Int
        let message: String
        let operations: [FastImportWriter.FileOperation]
        /// For a correction: the period it corrects.
        var corrects: PeriodID? = nil
    }

    func run(writer: inout FastImportWriter) {
        let plans = (0..<options.municipalities).map { MunicipalityPlan(number: $0 + 1, options: options) }
        let plan = HistoryPlan(plans: plans, options: options)
        var states = plans.map { MunicipalityState(plan: $0) }
        var random = SeededRandom(seed: options.seed ^ 0x4558_4543, stream: 0)
        for event in plan.startEvents {
            _ = states[event.municipality].apply(event.kind, at: event.time, random: &random)
        }
        var blobs = BlobStore()
        let (rootMark, tree) = writeStartCommit(states: states, time: plan.startTime, blobs: &blobs, writer: &writer)
        let edits = execute(plan.slots, states: &states, random: &random, blobs: &blobs, writer: &writer)
        var weaver = BranchWeaver(root: rootMark, tree: tree, mergeCount: plan.mergeCount, seed: options.seed)
        weaver.weave(edits, writer: &writer)
        if options.plantErrors > 0 {
            let time = (edits.last?.time ?? plan.startTime).adding(seconds: 3600)
            plantErrors(in: states, at: time, blobs: &blobs, weaver: &weaver, writer: &writer)
        }
    }

    /// The root commit: the schemas and every municipality's starting records. Returns its mark
    /// and its tree (path → blob mark).
    private func writeStartCommit(
        states: [MunicipalityState], time: CommitTime, blobs: inout BlobStore,
        writer: inout FastImportWriter
    ) -> (Int, [String: Int]) {
        var tree: [String: Int] = [:]
        var operations: [FastImportWriter.FileOperation] = []
        func add(_ path: String, _ content: String) {
            let mark = blobs.mark(for: content, writer: &writer)
            operations.append(.modify(path: path, mark: mark))
            tree[path] = mark
        }
        for schema in schemas { add("schemas/" + schema.name, schema.content) }
        for state in states { state.forEachFile(add) }
        let mark = writer.newMark()
        writer.beginCommit(
            ref: "refs/heads/main", mark: mark, author: .coordinator, time: time,
            message: "Beginstand van de records (\(options.municipalities) gemeenten)\n", from: nil)
        for operation in operations { writer.operation(operation) }
        writer.endCommit()
        return (mark, tree)
    }

    /// Applies every slot in turn; a slot that does not apply becomes an interim update, so there
    /// is exactly one edit per slot.
    private func execute(
        _ planned: [ScheduledEvent], states: inout [MunicipalityState], random: inout SeededRandom,
        blobs: inout BlobStore, writer: inout FastImportWriter
    ) -> [CommitEdit] {
        var slots = planned
        var edits: [CommitEdit] = []
        edits.reserveCapacity(slots.count)
        for index in slots.indices {
            let slot = slots[index]
            var municipality = slot.municipality
            if case let .takeOut(partner) = slot.kind {
                municipality = Self.reviewMunicipality(
                    states: states, slots: slots, at: index, partner: partner,
                    preferred: municipality, random: &random)
                if municipality >= 0, partner > index, partner < slots.count {
                    slots[partner].municipality = municipality
                }
            }
            var edit: Edit?
            if municipality >= 0 { edit = states[municipality].apply(slot.kind, at: slot.time, random: &random) }
            if edit == nil {
                if municipality < 0 { municipality = random.below(states.count) }
                edit = states[municipality].updateInterimState(on: slot.time.day)
            }
            guard let done = edit else { continue }
            edits.append(
                CommitEdit(
                    time: slot.time, municipality: municipality, message: done.message,
                    operations: blobs.operations(for: done.changes, writer: &writer),
                    corrects: done.corrects))
        }
        return edits
    }

    /// A municipality whose open period has a placement to take out and which does not close
    /// that period before the put-back slot; -1 when there is none.
    private static func reviewMunicipality(
        states: [MunicipalityState], slots: [ScheduledEvent], at index: Int,
        partner: Int, preferred: Int, random: inout SeededRandom
    ) -> Int {
        guard partner > index, partner < slots.count else { return -1 }
        var closing: Set<Int> = []
        for slot in slots[(index + 1)...partner] where slot.isClose { closing.insert(slot.municipality) }
        let candidates = states.indices.filter { !closing.contains($0) && states[$0].canTakeOutForReview }
        if candidates.contains(preferred) { return preferred }
        return random.pick(candidates) ?? -1
    }

    /// The last commit on `main`: the planted errors, each reported on standard error.
    private func plantErrors(
        in states: [MunicipalityState], at time: CommitTime, blobs: inout BlobStore,
        weaver: inout BranchWeaver, writer: inout FastImportWriter
    ) {
        let planter = ErrorPlanter(options: options)
        var changes: [FileChange] = []
        var count = 0
        for state in states {
            for planted in planter.plant(in: state) {
                changes.append(contentsOf: planted.changes)
                planter.report(planted)
                count += 1
            }
        }
        planter.reportShortfall(planted: count)
        weaver.commitOnMain(
            CommitEdit(
                time: time, municipality: 0, message: "Fouten geplant voor een test (\(count))",
                operations: blobs.operations(for: changes, writer: &writer)),
            writer: &writer)
    }
}
