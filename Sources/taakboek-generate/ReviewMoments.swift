/// When a placement of an open period is taken out for review and put back: shortly after a
/// counting, non-HAR placement was recorded, and back well before its period is closed, so the
/// pair always has something to take out and never straddles a closing.
enum ReviewMoments {
    struct Choice {
        let municipality: Int
        let takeOut: CommitTime
        let putBack: CommitTime
    }

    static func pick(
        after window: [ScheduledEvent], plans: [MunicipalityPlan], moments: MomentPicker,
        random: inout SeededRandom
    ) -> Choice {
        let eligible = window.indices.filter { index in
            guard case let .placement(period, placement) = window[index].kind else { return false }
            let record = plans[window[index].municipality].periods[period].placements[placement].record
            return record.soort.counts && record.soort != .har
        }
        guard let index = random.pick(eligible), case let .placement(period, _) = window[index].kind else {
            // No placement to anchor on: random moments; the executor looks for a municipality.
            let takeOut = moments.pick(random: &random)
            return Choice(
                municipality: -1, takeOut: takeOut,
                putBack: CommitTime.officeHours(on: takeOut.day.adding(workdays: 3), random: &random))
        }
        let event = window[index]
        let recorded = event.time
        let close = plans[event.municipality].periods[period].closeAt ?? recorded.adding(seconds: 60 * 86_400)
        let gap = close.localSeconds - recorded.localSeconds
        let takeOut = officeHours(recorded.adding(seconds: gap * random.between(5, 30) / 100), within: recorded, close)
        let putBack = officeHours(recorded.adding(seconds: gap * random.between(45, 90) / 100), within: takeOut, close)
        return Choice(municipality: event.municipality, takeOut: takeOut, putBack: putBack)
    }

    /// The same day in office hours (or the next workday morning) when that stays strictly
    /// between `low` and `high`; otherwise `time` itself.
    private static func officeHours(_ time: CommitTime, within low: CommitTime, _ high: CommitTime) -> CommitTime {
        let day = time.day.nextWorkday
        let second = day == time.day ? ((time.localSeconds % 86_400) + 86_400) % 86_400 : 0
        let clamped = min(max(second, 8 * 3600 + 1800), 16 * 3600 + 1800)
        let candidate = CommitTime(day: day, secondsIntoDay: clamped)
        return candidate > low && candidate < high ? candidate : time
    }
}
