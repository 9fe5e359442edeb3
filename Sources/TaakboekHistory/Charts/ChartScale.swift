/// The value axis of a chart: from a round bottom (zero, or below it for a lead, a negative
/// backlog) up to a round top, with round ticks (1, 2 or 5 times a power of ten) so a reader of
/// the printed chart can read a figure off the grid.
///
/// Figures come from records, which may hold any 64-bit number (`taakboek check` reports the
/// absurd ones): the scale is worked out without ever overflowing, and an end that cannot be
/// rounded within 64 bits is the extreme value itself.
public struct ChartScale: Sendable, Equatable {
    public let step: Int
    public let bottom: Int
    public let top: Int

    /// A scale that holds every value from `minimum` to `maximum` and zero, with about `tickCount`
    /// intervals. A chart with no known figure still gets an axis, 0 to 10.
    public init(minimum: Int = 0, maximum: Int, tickCount: Int = 5) {
        let low = min(minimum, 0)
        let high = max(maximum, 0)
        guard high > low else {
            step = 2
            bottom = 0
            top = 10
            return
        }
        // In Double: the span of two 64-bit figures need not fit in one.
        let raw = (Double(high) - Double(low)) / Double(max(tickCount, 1))
        var magnitude = 1
        while Double(magnitude) * 10 <= raw, magnitude <= Int.max / 10 { magnitude *= 10 }
        let candidates = [1, 2, 5, 10].compactMap { factor -> Int? in
            let (product, overflow) = factor.multipliedReportingOverflow(by: magnitude)
            return overflow ? nil : product
        }
        let step = candidates.first { Double($0) >= raw } ?? candidates.last ?? 1
        self.step = step
        top = Self.roundedAway(high, step: step)
        // Round down, also for negative values (Swift's division truncates towards zero).
        bottom = low >= 0 ? 0 : Self.roundedAway(low, step: step)
    }

    /// `value` rounded away from zero to a multiple of `step`; the value itself when that
    /// multiple does not fit in an Int.
    private static func roundedAway(_ value: Int, step: Int) -> Int {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: step)
        guard remainder != 0 else { return value }
        let (rounded, overflow) = (quotient + value.signum()).multipliedReportingOverflow(by: step)
        return overflow ? value : rounded
    }

    /// bottom, bottom + step, … top; zero is always one of them. An end that is not a multiple of
    /// the step (an extreme value, see above) is a tick too.
    public var ticks: [Int] {
        // The multiples of the step from the bottom up: bottom ≤ 0, so this one lies in [bottom, 0].
        var tick = bottom / step * step
        var ticks = tick == bottom ? [] : [bottom]
        while tick < top {
            ticks.append(tick)
            let (next, overflow) = tick.addingReportingOverflow(step)
            if overflow { break }
            tick = next
        }
        ticks.append(top)
        return ticks
    }

    /// Where `value` lies between the bottom (0) and the top (1) of the axis.
    public func fraction(_ value: Int) -> Double { (Double(value) - Double(bottom)) / (Double(top) - Double(bottom)) }
}
