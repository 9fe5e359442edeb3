/// The value axis of a chart: from zero up to a round top, with round ticks (1, 2 or 5 times a
/// power of ten) so a reader of the printed chart can read a figure off the grid.
public struct ChartScale: Sendable, Equatable {
    public let step: Int
    public let top: Int

    /// A scale that holds `maximum` with about `tickCount` intervals. A chart with no known figure
    /// (maximum 0 or less) still gets an axis, 0 to 10.
    public init(maximum: Int, tickCount: Int = 5) {
        guard maximum > 0 else {
            step = 2
            top = 10
            return
        }
        let raw = Double(maximum) / Double(max(tickCount, 1))
        var magnitude = 1
        while Double(magnitude) * 10 <= raw { magnitude *= 10 }
        let step = [1, 2, 5, 10].map { $0 * magnitude }.first { Double($0) >= raw } ?? magnitude * 10
        self.step = step
        top = (maximum + step - 1) / step * step
    }

    /// 0, step, 2·step, … top.
    public var ticks: [Int] { Array(stride(from: 0, through: top, by: step)) }

    /// Where `value` lies between the bottom (0) and the top (1) of the axis.
    public func fraction(_ value: Int) -> Double { Double(value) / Double(top) }
}
