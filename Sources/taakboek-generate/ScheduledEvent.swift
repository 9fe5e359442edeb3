/// What can happen to a municipality's records at one moment; each becomes one commit in a
/// history (or is applied silently to build a starting state or a single-commit tree).
enum EventKind: Sendable {
    case placement(period: Int, index: Int)
    case close(period: Int)
    case letter(period: Int)
    case correction
    case rename
    /// Take a placement of the open period out for review; `partner` is the slot that puts it back.
    case takeOut(partner: Int)
    case putBack
    case interim
}

/// An event at a moment, for one municipality (0-based index), when known in advance.
struct ScheduledEvent: Sendable {
    var time: CommitTime
    var municipality: Int
    var kind: EventKind
    /// Tie-breaker that keeps a municipality's own events in their planned order.
    var ordinal: Int

    static func inOrder(_ lhs: ScheduledEvent, _ rhs: ScheduledEvent) -> Bool {
        if lhs.time != rhs.time { return lhs.time < rhs.time }
        if lhs.municipality != rhs.municipality { return lhs.municipality < rhs.municipality }
        return lhs.ordinal < rhs.ordinal
    }

    var isClose: Bool {
        if case .close = kind { return true }
        return false
    }
}

extension MunicipalityPlan {
    /// The routine events of this plan (placements, closings, letters) in time order.
    func routineEvents(municipality: Int) -> [ScheduledEvent] {
        var events: [ScheduledEvent] = []
        for (periodIndex, period) in periods.enumerated() {
            for (index, placement) in period.placements.enumerated() {
                events.append(
                    ScheduledEvent(
                        time: placement.recordedAt, municipality: municipality,
                        kind: .placement(period: periodIndex, index: index), ordinal: events.count))
            }
            if let closeAt = period.closeAt {
                events.append(
                    ScheduledEvent(
                        time: closeAt, municipality: municipality,
                        kind: .close(period: periodIndex), ordinal: events.count))
            }
            if let letterAt = period.letterAt {
                events.append(
                    ScheduledEvent(
                        time: letterAt, municipality: municipality,
                        kind: .letter(period: periodIndex), ordinal: events.count))
            }
        }
        events.sort(by: ScheduledEvent.inOrder)
        return events
    }
}

extension MunicipalityState {
    /// Applies one event; nil when it does not apply to the current records (the caller then
    /// makes an interim update instead, so the number of commits stays as planned).
    mutating func apply(_ kind: EventKind, at time: CommitTime, random: inout SeededRandom) -> Edit? {
        switch kind {
        case let .placement(period, index): return addPlannedPlacement(period: period, placement: index)
        case .close: return closeOpenPeriod()
        case let .letter(period): return sendLetter(period: period, on: time.day)
        case .correction: return correctClosedPeriod(on: time.day, random: &random)
        case .rename: return renameOneFile(random: &random)
        case .takeOut: return takeOutForReview(random: &random)
        case .putBack: return putBackAfterReview()
        case .interim: return updateInterimState(on: time.day)
        }
    }
}
