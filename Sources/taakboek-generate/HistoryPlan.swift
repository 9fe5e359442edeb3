/// How `--commits N` is spent: which routine events are already done in the first commit, and
/// the sequence of events that become the N−1 later commits (merge commits included).
///
/// Commits = 1 (start) + edits + merges (+ 1 planting commit with `--plant-errors`). The edits are
/// the latest routine events plus corrections, renames, take-out/put-back pairs and interim
/// updates at random office-hour moments among them; when the routine events do not suffice,
/// interim updates fill up, and when there are more, the earlier ones go into the starting state.
struct HistoryPlan {
    let startEvents: [ScheduledEvent]
    let slots: [ScheduledEvent]
    let startTime: CommitTime
    let mergeCount: Int

    init(plans: [MunicipalityPlan], options: Options) {
        var random = SeededRandom(seed: options.seed ^ 0x4849_5354, stream: 0)
        var routine: [ScheduledEvent] = []
        for (index, plan) in plans.enumerated() { routine.append(contentsOf: plan.routineEvents(municipality: index)) }
        routine.sort(by: ScheduledEvent.inOrder)

        let plantCommit = options.plantErrors > 0 ? 1 : 0
        var merges = options.commits >= 10 ? max(1, options.commits / 20) : 0
        var edits = options.commits - 1 - merges - plantCommit
        if edits < merges { merges = 0; edits = max(0, options.commits - 1 - plantCommit) }
        mergeCount = merges

        var budget = edits / 2
        let pairs = min(max(1, edits / 500), budget / 2)
        budget -= 2 * pairs
        let renames = min(max(1, edits / 40), budget / 2)
        budget -= renames
        let corrections = min(options.corrections * plans.count, budget)
        let windowSize = min(routine.count, edits - 2 * pairs - renames - corrections)
        let fillers = edits - 2 * pairs - renames - corrections - windowSize
        let cut = routine.count - windowSize
        startEvents = Array(routine[..<cut])
        let window = Array(routine[cut...])
        if let last = startEvents.last {
            startTime = last.time.adding(seconds: 600)
        } else {
            let first = PeriodID(year: options.fromYear, half: 1).firstDay.adding(days: 1).nextWorkday
            startTime = CommitTime(day: first, secondsIntoDay: 9 * 3600)
        }
        let endTime = max(window.last?.time ?? startTime, startTime.adding(seconds: 86_400))

        let moments = MomentPicker(from: startTime, through: endTime)
        var extras: [ScheduledEvent] = []
        func add(_ kind: EventKind, at time: CommitTime, municipality: Int) {
            extras.append(
                ScheduledEvent(
                    time: time, municipality: municipality, kind: kind,
                    ordinal: 1_000_000 + extras.count))
        }
        // Without a starting state, corrections wait until some periods have been closed.
        let correctionFrom = cut > 0 ? 0.0 : 1.0 / 3.0
        for number in 0..<corrections {
            add(
                .correction, at: moments.pick(fraction: correctionFrom, random: &random),
                municipality: number % plans.count)
        }
        for _ in 0..<renames {
            add(.rename, at: moments.pick(random: &random), municipality: random.below(plans.count))
        }
        for _ in 0..<fillers {
            add(.interim, at: moments.pick(random: &random), municipality: random.below(plans.count))
        }
        var pairedPutBacks: [(takeOut: Int, putBack: Int)] = []
        for _ in 0..<pairs {
            let review = ReviewMoments.pick(after: window, plans: plans, moments: moments, random: &random)
            add(.takeOut(partner: -1), at: review.takeOut, municipality: review.municipality)
            add(.putBack, at: review.putBack, municipality: review.municipality)
            pairedPutBacks.append((extras[extras.count - 2].ordinal, extras[extras.count - 1].ordinal))
        }

        var slots = window + extras
        slots.sort(by: ScheduledEvent.inOrder)
        var indexOfOrdinal: [Int: Int] = [:]
        for index in slots.indices where slots[index].ordinal >= 1_000_000 {
            indexOfOrdinal[slots[index].ordinal] = index
        }
        for pair in pairedPutBacks {
            if let takeOut = indexOfOrdinal[pair.takeOut], let putBack = indexOfOrdinal[pair.putBack] {
                slots[takeOut].kind = .takeOut(partner: putBack)
            }
        }
        var previous = startTime
        for index in slots.indices {
            previous = max(slots[index].time, previous.adding(seconds: 1))
            slots[index].time = previous
        }
        self.slots = slots
    }
}

/// Random moments in office hours on workdays within a span of time.
struct MomentPicker {
    let from: CommitTime
    let through: CommitTime

    /// A moment in the part of the span after `fraction` of it.
    func pick(fraction: Double = 0, random: inout SeededRandom) -> CommitTime {
        let firstDay = from.day.number
        let lastDay = through.day.number
        let low = firstDay + Int(Double(lastDay - firstDay) * fraction)
        // Draw again on a weekend or holiday, so every workday is equally likely.
        var day = CivilDay(number: random.between(low, lastDay))
        for _ in 0..<8 where !day.isWorkday { day = CivilDay(number: random.between(low, lastDay)) }
        day = day.nextWorkday
        if day.number > lastDay { day = CivilDay(number: lastDay) }
        let time = CommitTime.officeHours(on: day, random: &random)
        return min(max(time, from.adding(seconds: 60)), through)
    }
}
