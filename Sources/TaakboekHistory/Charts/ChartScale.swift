/// The value axis of a chart: from a round bottom (zero, or below it for a lead, a negative
/// backlog) up to a round top, with round ticks (1, 2 or 5 times a power of ten) so a reader of
/// the printed chart can read a figure off the grid.
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
        let raw = Double(high - low) / Double(max(tickCount, 1))
        var magnitude = 1
        while Double(magnitude) * 10 <= raw { magnitude *= 10 }
        let step = [1, 2, 5, 10].map { $0 * magnitude }.first { Double($0) >= raw } ?? magnitude * 10
        self.step = step
        top = (high + step - 1) / step * step
        // Round down, also for negative values (Swift's division truncates towards zero).
        bottom = low >= 0 ? 0 : -((-low + step - 1) / step * step)
    }

    /// bottom, bottom + step, … top; zero is always one of them.
    public var ticks: [Int] { Array(stride(from: bottom, through: top, by: step)) }

    /// Where `value` lies between the bottom (0) and the top (1) of the axis.
    public func fraction(_ value: Int) -> Double { Double(value - bottom) / Double(top - bottom) }
}
