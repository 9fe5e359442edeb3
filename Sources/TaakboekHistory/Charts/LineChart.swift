import TaakboekCore

/// A line chart over a row of categories (periods), laid out for print: a title, a value axis
/// with round ticks and grid lines, category labels thinned so they never overlap, axis titles,
/// a legend and a note that a break in a line is an unknown figure.
public struct LineChart: Sendable {
    public let title: LocalizedText
    public let categories: [String]
    public let categoryAxis: LocalizedText
    public let valueAxis: LocalizedText
    public let series: [ChartSeries]

    public init(
        title: LocalizedText, categories: [String], categoryAxis: LocalizedText, valueAxis: LocalizedText,
        series: [ChartSeries]
    ) {
        self.title = title
        self.categories = categories
        self.categoryAxis = categoryAxis
        self.valueAxis = valueAxis
        self.series = series
    }

    public static let gapNote = LocalizedText(
        nl: "Een onderbreking in een lijn: cijfer onbekend (niet als 0 getekend).",
        en: "A break in a line: figure unknown (not drawn as 0).")

    /// The page and plot geometry, in SVG user units (1/96 inch: 800 wide is about 21 cm).
    struct Layout {
        static let width = 800.0
        static let height = 440.0
        static let plotLeft = 70.0
        static let plotRight = width - 24
        static let plotTop = 48.0
        static let plotBottom = height - 140
        static let labelFontSize = 11.0
        /// A generous width per character of an 11-unit sans-serif label, so labels never touch.
        static let labelCharacterWidth = 6.8
    }

    public var scale: ChartScale {
        let values = series.flatMap { $0.values.compactMap { $0 } }
        return ChartScale(minimum: values.min() ?? 0, maximum: values.max() ?? 0)
    }

    /// The x position of the middle of category `index`.
    func x(_ index: Int) -> Double {
        let spacing = (Layout.plotRight - Layout.plotLeft) / Double(max(categories.count, 1))
        return Layout.plotLeft + (Double(index) + 0.5) * spacing
    }

    func y(_ value: Int) -> Double {
        Layout.plotBottom - scale.fraction(value) * (Layout.plotBottom - Layout.plotTop)
    }

    /// Every how many categories a label is written: wide enough apart not to overlap, and an
    /// even step when thinned so the labels all name the same half of the year.
    public var labelStep: Int {
        guard !categories.isEmpty else { return 1 }
        let spacing = (Layout.plotRight - Layout.plotLeft) / Double(categories.count)
        let widest = Double(categories.map(\.count).max() ?? 0) * Layout.labelCharacterWidth + 8
        var step = max(1, Int((widest / spacing).rounded(.up)))
        if step > 1 && step % 2 == 1 { step += 1 }
        return step
    }

    /// The chart as SVG text; `standalone` adds the XML declaration for a file of its own.
    public func svg(language: Language, standalone: Bool = true) -> String {
        var svg = SVGWriter()
        let title = self.title.text(in: language)
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"),
                ("width", SVGWriter.number(Layout.width)), ("height", SVGWriter.number(Layout.height)),
                ("viewBox", "0 0 \(SVGWriter.number(Layout.width)) \(SVGWriter.number(Layout.height))"),
                ("role", "img"), ("aria-label", title), ("font-family", "DejaVu Sans, Arial, Helvetica, sans-serif"),
            ])
        svg.element("title", text: title)
        svg.empty("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
        svg.element(
            "text",
            [("x", SVGWriter.number(Layout.plotLeft)), ("y", "26"), ("font-size", "16"), ("font-weight", "bold")],
            text: title)
        drawValueAxis(&svg, language: language)
        drawCategoryAxis(&svg, language: language)
        for series in series { draw(series, &svg) }
        drawLegend(&svg, language: language)
        svg.close("svg")
        return (standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "") + svg.text
    }

    private func drawValueAxis(_ svg: inout SVGWriter, language: Language) {
        svg.open("g", [("class", "waarde-as"), ("font-size", SVGWriter.number(Layout.labelFontSize))])
        for tick in scale.ticks {
            let y = SVGWriter.number(y(tick))
            svg.empty(
                "line",
                [
                    ("x1", SVGWriter.number(Layout.plotLeft)), ("x2", SVGWriter.number(Layout.plotRight)),
                    ("y1", y), ("y2", y), ("stroke", tick == 0 ? "#000000" : "#bbbbbb"),
                    ("stroke-width", tick == 0 ? "1.2" : "0.6"),
                ])
            svg.element(
                "text",
                [
                    ("class", "tick"), ("x", SVGWriter.number(Layout.plotLeft - 6)),
                    ("y", SVGWriter.number(self.y(tick) + 4)),
                    ("text-anchor", "end"),
                ], text: String(tick))
        }
        let middle = SVGWriter.number((Layout.plotTop + Layout.plotBottom) / 2)
        svg.element(
            "text",
            [
                ("class", "as-titel"), ("x", "0"), ("y", "0"), ("font-size", "12"), ("text-anchor", "middle"),
                ("transform", "translate(18 \(middle)) rotate(-90)"),
            ], text: valueAxis.text(in: language))
        svg.close("g")
    }

    private func drawCategoryAxis(_ svg: inout SVGWriter, language: Language) {
        svg.open("g", [("class", "categorie-as"), ("font-size", SVGWriter.number(Layout.labelFontSize))])
        svg.empty(
            "line",
            [
                ("x1", SVGWriter.number(Layout.plotLeft)), ("x2", SVGWriter.number(Layout.plotLeft)),
                ("y1", SVGWriter.number(Layout.plotTop)), ("y2", SVGWriter.number(Layout.plotBottom)),
                ("stroke", "#000000"), ("stroke-width", "1.2"),
            ])
        let step = labelStep
        for (index, category) in categories.enumerated() where index % step == 0 {
            let x = SVGWriter.number(self.x(index))
            svg.empty(
                "line",
                [
                    ("x1", x), ("x2", x), ("y1", SVGWriter.number(Layout.plotBottom)),
                    ("y2", SVGWriter.number(Layout.plotBottom + 4)), ("stroke", "#000000"),
                ])
            svg.element(
                "text",
                [
                    ("class", "periode"), ("x", x), ("y", SVGWriter.number(Layout.plotBottom + 18)),
                    ("text-anchor", "middle"),
                ], text: category)
        }
        svg.element(
            "text",
            [
                ("class", "as-titel"), ("x", SVGWriter.number((Layout.plotLeft + Layout.plotRight) / 2)),
                ("y", SVGWriter.number(Layout.plotBottom + 42)), ("font-size", "12"), ("text-anchor", "middle"),
            ], text: categoryAxis.text(in: language))
        svg.close("g")
    }

    /// One polyline per run of known values, and a marker on every known value, so a value
    /// between two unknown ones still shows.
    private func draw(_ series: ChartSeries, _ svg: inout SVGWriter) {
        svg.open("g", [("class", "reeks"), ("data-reeks", series.key)])
        for run in series.runs {
            let points = run.values.enumerated().map { offset, value in
                SVGWriter.number(x(run.start + offset)) + "," + SVGWriter.number(y(value))
            }
            var attributes = [
                ("class", "lijn"), ("data-begin", String(run.start)), ("points", points.joined(separator: " ")),
                ("fill", "none"), ("stroke", series.style.colour), ("stroke-width", "2.2"),
                ("stroke-linejoin", "round"),
            ]
            if let dashes = series.style.dashes { attributes.append(("stroke-dasharray", dashes)) }
            svg.empty("polyline", attributes)
        }
        for (index, value) in series.values.enumerated() {
            guard let value else { continue }
            marker(series.style, x: x(index), y: y(value), &svg, extra: [("data-index", String(index))])
        }
        svg.close("g")
    }

    private func marker(
        _ style: ChartSeries.Style, x: Double, y: Double, _ svg: inout SVGWriter, extra: [(String, String)] = []
    ) {
        let fill = [("fill", style.colour)]
        switch style.marker {
        case .circle:
            svg.empty(
                "circle",
                [("class", "punt"), ("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)), ("r", "3.5")] + fill
                    + extra)
        case .square:
            svg.empty(
                "rect",
                [
                    ("class", "punt"), ("x", SVGWriter.number(x - 3.5)), ("y", SVGWriter.number(y - 3.5)),
                    ("width", "7"), ("height", "7"),
                ] + fill + extra)
        case .triangle:
            let points = [(x, y - 4.5), (x - 4.5, y + 3.5), (x + 4.5, y + 3.5)]
                .map { SVGWriter.number($0.0) + "," + SVGWriter.number($0.1) }.joined(separator: " ")
            svg.empty("polygon", [("class", "punt"), ("points", points)] + fill + extra)
        }
    }

    private func drawLegend(_ svg: inout SVGWriter, language: Language) {
        svg.open("g", [("class", "legenda"), ("font-size", "12")])
        var y = Layout.plotBottom + 68
        for series in series {
            var line = [
                ("x1", SVGWriter.number(Layout.plotLeft)), ("x2", SVGWriter.number(Layout.plotLeft + 40)),
                ("y1", SVGWriter.number(y)), ("y2", SVGWriter.number(y)), ("stroke", series.style.colour),
                ("stroke-width", "2.2"),
            ]
            if let dashes = series.style.dashes { line.append(("stroke-dasharray", dashes)) }
            svg.empty("line", line)
            marker(series.style, x: Layout.plotLeft + 20, y: y, &svg)
            svg.element(
                "text", [("x", SVGWriter.number(Layout.plotLeft + 50)), ("y", SVGWriter.number(y + 4))],
                text: series.name.text(in: language))
            y += 18
        }
        svg.element(
            "text",
            [
                ("class", "opmerking"), ("x", SVGWriter.number(Layout.plotLeft)), ("y", SVGWriter.number(y + 4)),
                ("font-style", "italic"), ("fill", "#333333"),
            ], text: Self.gapNote.text(in: language))
        svg.close("g")
    }
}
