import TaakboekCore

/// One line of a chart: a name for the legend, one value per category (`nil` where the figure is
/// unknown, which the chart shows as a gap, never as zero) and how it is drawn.
public struct ChartSeries: Sendable {
    /// How a line is told apart from the others, also in black-and-white print: a colour of
    /// different lightness, a dash pattern and a marker shape.
    public struct Style: Sendable, Equatable {
        public enum Marker: String, Sendable { case circle, square, triangle }

        public let colour: String
        /// An SVG `stroke-dasharray`; nil for a solid line.
        public let dashes: String?
        public let marker: Marker

        public init(colour: String, dashes: String?, marker: Marker) {
            self.colour = colour
            self.dashes = dashes
            self.marker = marker
        }

        /// Black solid, dark blue dashed, orange dotted: three greys apart and three patterns.
        public static let palette: [Style] = [
            Style(colour: "#000000", dashes: nil, marker: .circle),
            Style(colour: "#1f4e9e", dashes: "9 5", marker: .square),
            Style(colour: "#d9730d", dashes: "2 4", marker: .triangle),
        ]
    }

    public let key: String
    public let name: LocalizedText
    public let values: [Int?]
    public let style: Style

    public init(key: String, name: LocalizedText, values: [Int?], style: Style) {
        self.key = key
        self.name = name
        self.values = values
        self.style = style
    }

    /// The runs of consecutive known values, as (first index, values): each is drawn as its own
    /// line, so an unknown figure breaks the line instead of pulling it down to zero.
    public var runs: [(start: Int, values: [Int])] {
        var runs: [(start: Int, values: [Int])] = []
        var current: (start: Int, values: [Int])?
        for (index, value) in values.enumerated() {
            if let value {
                if current == nil { current = (index, []) }
                current?.values.append(value)
            } else if let finished = current {
                runs.append(finished)
                current = nil
            }
        }
        if let current { runs.append(current) }
        return runs
    }
}
