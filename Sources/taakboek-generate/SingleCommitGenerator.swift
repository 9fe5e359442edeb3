/// `--commits 1`: one root commit holding the schemas and the final records of every
/// municipality. Municipalities are simulated and written one at a time with inline data, so
/// memory stays bounded however many there are.
struct SingleCommitGenerator {
    let options: Options
    let schemas: [SchemaFile]

    func run(writer: inout FastImportWriter) {
        let planter = ErrorPlanter(options: options)
        let last = PeriodID(year: options.toYear, half: 2).lastDay.adding(days: -10).nextWorkday
        let time = CommitTime(day: last, secondsIntoDay: 16 * 3600)
        let message =
            "Records gegenereerd: \(options.municipalities) gemeenten, \(options.fromYear)–\(options.toYear)\n"
        writer.beginCommit(
            ref: "refs/heads/main", mark: writer.newMark(), author: .coordinator, time: time,
            message: message, from: nil)
        for schema in schemas {
            writer.inlineFile(path: "schemas/" + schema.name, content: schema.content)
        }
        var plantedCount = 0
        for municipality in 0..<options.municipalities {
            let state = Self.finalState(municipality: municipality, options: options)
            var changes: [FileChange] = []
            for planted in planter.plant(in: state) {
                changes.append(contentsOf: planted.changes)
                planter.report(planted)
                plantedCount += 1
            }
            var overrides: [String: String] = [:]
            var deleted: Set<String> = []
            var added: [(String, String)] = []
            var existing: Set<String> = []
            state.forEachFile { path, _ in existing.insert(path) }
            for change in changes {
                switch change {
                case let .write(path, content):
                    if existing.contains(path) { overrides[path] = content } else { added.append((path, content)) }
                case let .delete(path): deleted.insert(path)
                }
            }
            state.forEachFile { path, content in
                guard !deleted.contains(path) else { return }
                writer.inlineFile(path: path, content: overrides[path] ?? content)
            }
            for (path, content) in added { writer.inlineFile(path: path, content: content) }
        }
        writer.endCommit()
        planter.reportShortfall(planted: plantedCount)
    }

    /// The records of one municipality at the end of its history: every routine event, with the
    /// corrections at random moments after the first period was closed.
    static func finalState(municipality: Int, options: Options) -> MunicipalityState {
        let plan = MunicipalityPlan(number: municipality + 1, options: options)
        var random = SeededRandom(seed: options.seed ^ 0x5EED_C0DE, stream: UInt64(municipality + 1))
        var events = plan.routineEvents(municipality: municipality)
        if let firstClose = events.first(where: { $0.isClose }), let lastEvent = events.last, options.corrections > 0 {
            let span = lastEvent.time.localSeconds - firstClose.time.localSeconds
            for number in 0..<options.corrections {
                let offset = random.between(1, max(1, span))
                let time = CommitTime.officeHours(
                    on: firstClose.time.adding(seconds: offset).day.nextWorkday,
                    random: &random)
                events.append(
                    ScheduledEvent(
                        time: time, municipality: municipality, kind: .correction,
                        ordinal: events.count + number))
            }
            events.sort(by: ScheduledEvent.inOrder)
        }
        var state = MunicipalityState(plan: plan)
        for event in events {
            _ = state.apply(event.kind, at: event.time, random: &random)
        }
        return state
    }
}
