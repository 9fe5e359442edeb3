import TaakboekCore
import Testing

@testable import TaakboekHistory

@Suite("history chart: SVG of backlog, taakstelling and housed")
struct ChartTests {
    static let style = ChartSeries.Style.palette[0]

    func chart(_ values: [Int?], categories: [String]? = nil) -> LineChart {
        LineChart(
            title: LocalizedText(nl: "Proef", en: "Test"),
            categories: categories ?? values.indices.map { "20\(10 + $0 / 2)-\($0 % 2 == 0 ? "I" : "II")" },
            categoryAxis: LocalizedText(nl: "Periode", en: "Period"),
            valueAxis: LocalizedText(nl: "Aantal", en: "Number"),
            series: [
                ChartSeries(
                    key: "eind", name: LocalizedText(nl: "Achterstand", en: "Backlog"), values: values,
                    style: Self.style)
            ])
    }

    func parsed(_ chart: LineChart, _ language: Language = .nl) throws -> ParsedXML {
        try #require(ParsedXML.parse(chart.svg(language: language)), "the SVG is not well-formed XML")
    }

    /// The (x, y) pairs of a `points` attribute.
    func points(_ text: String?) -> [(Double, Double)] {
        (text ?? "").split(separator: " ").map { pair in
            let parts = pair.split(separator: ",").map { Double($0) ?? .nan }
            return (parts[0], parts[1])
        }
    }

    @Test func anUnknownValueBreaksTheLineAndIsNeverDrawnAtZero() throws {
        let chart = chart([5, 10, nil, 20, 30, nil, nil, 12])
        let svg = try parsed(chart)
        let lines = svg.all("polyline")
        #expect(lines.map { $0.attributes["data-begin"] } == ["0", "3", "7"])
        #expect(lines.map { points($0.attributes["points"]).count } == [2, 2, 1])
        let zeroY = chart.y(0)
        let plotted = lines.flatMap { points($0.attributes["points"]) }
        #expect(!plotted.contains { abs($0.1 - zeroY) < 0.01 }, "a point was drawn at 0")
        // The x positions of the unknown periods (2, 5, 6) appear in no line and have no marker.
        let unknownX = [2, 5, 6].map(chart.x)
        #expect(!plotted.contains { point in unknownX.contains { abs($0 - point.0) < 0.01 } })
        let markers = svg.all("circle").filter {
            $0.attributes["class"] == "punt" && $0.attributes["data-index"] != nil
        }
        #expect(markers.compactMap { $0.attributes["data-index"] } == ["0", "1", "3", "4", "7"])
        // The lone value after the gap still shows, as a marker.
        #expect(
            markers.contains {
                $0.attributes["data-index"] == "7" && abs((Double($0.attributes["cy"] ?? "") ?? 0) - chart.y(12)) < 0.06
            })
    }

    @Test func aZeroThatIsKnownIsDrawnAtZero() throws {
        let chart = chart([4, 0, 6])
        let lines = try parsed(chart).all("polyline")
        #expect(lines.count == 1)
        #expect(points(lines[0].attributes["points"]).map(\.1) == [chart.y(4), chart.y(0), chart.y(6)])
    }

    @Test(arguments: [1, 7, 9, 10, 11, 33, 71, 99, 100, 101, 1234, 98765])
    func ticksAreRound(maximum: Int) {
        let scale = ChartScale(maximum: maximum)
        var magnitude = 1
        while magnitude * 10 <= scale.step { magnitude *= 10 }
        #expect([1, 2, 5].contains(scale.step / magnitude) && scale.step % magnitude == 0, "step \(scale.step)")
        #expect(scale.top >= maximum && scale.top - scale.step < maximum)
        #expect(scale.ticks.first == 0 && scale.ticks.last == scale.top)
        // Counts are whole people: never a fractional tick, so a tiny maximum gets fewer intervals.
        #expect((maximum >= 5 ? 3...7 : 1...5).contains(scale.ticks.count - 1), "\(scale.ticks)")
    }

    @Test(arguments: [(-3, 38), (-5, 0), (-41, 12), (-1, 1), (-120, 7)])
    func aLeadGoesBelowZeroOnRoundTicks(minimum: Int, maximum: Int) {
        let scale = ChartScale(minimum: minimum, maximum: maximum)
        #expect(scale.bottom <= minimum && scale.bottom + scale.step > minimum, "\(scale)")
        #expect(scale.top >= maximum && scale.ticks.contains(0))
        #expect(scale.bottom % scale.step == 0 && scale.top % scale.step == 0)
        #expect(scale.fraction(scale.bottom) == 0 && scale.fraction(scale.top) == 1)
    }

    @Test func negativeBacklogsStayInsideThePlot() throws {
        let chart = chart([-3, -5, 1, 20])
        let svg = try parsed(chart)
        let ys = svg.all("polyline").flatMap { points($0.attributes["points"]).map(\.1) }
        #expect(ys.count == 4)
        #expect(ys.allSatisfy { $0 >= LineChart.Layout.plotTop - 0.06 && $0 <= LineChart.Layout.plotBottom + 0.06 })
        let labels = svg.all("text").filter { $0.attributes["class"] == "tick" }.map(\.text)
        #expect(labels == ["-5", "0", "5", "10", "15", "20"])
    }

    @Test func theValueAxisLabelsAreTheTicks() throws {
        let svg = try parsed(chart([12, nil, 30, 38, 71]))
        let labels = svg.all("text").filter { $0.attributes["class"] == "tick" }.map(\.text)
        #expect(labels == ["0", "20", "40", "60", "80"])
    }

    @Test func axisTitlesLegendAndNoteInDutchAndEnglish() throws {
        let chart = chart([1, 2, nil, 3])
        let dutch = try parsed(chart, .nl).all("text").map(\.text)
        #expect(dutch.contains("Periode") && dutch.contains("Aantal") && dutch.contains("Achterstand"))
        #expect(dutch.contains(LineChart.gapNote.nl) && dutch.contains("Proef"))
        let english = try parsed(chart, .en).all("text").map(\.text)
        #expect(english.contains("Period") && english.contains("Number") && english.contains("Backlog"))
        #expect(english.contains(LineChart.gapNote.en) && !english.contains("Periode"))
        let legend = try parsed(chart).elements.filter { $0.ancestors.last == "g" && $0.name == "line" }
        #expect(legend.contains { $0.attributes["x2"] != nil })
    }

    @Test func periodLabelsAreThinnedSoTheyDoNotOverlap() throws {
        let periods = (2003...2024).flatMap { ["\($0)-I", "\($0)-II"] }
        let chart = chart(periods.indices.map { $0 }, categories: periods)
        let labels = try parsed(chart).all("text").filter { $0.attributes["class"] == "periode" }
        #expect(labels.first?.text == "2003-I")
        #expect(labels.count < periods.count && labels.count >= 8)
        #expect(labels.allSatisfy { $0.text.hasSuffix("-I") }, "an even step keeps to one half of the year")
        let xs = labels.compactMap { Double($0.attributes["x"] ?? "") }
        let widest = Double(periods.map(\.count).max() ?? 0) * LineChart.Layout.labelCharacterWidth
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 > widest }, "labels overlap: \(xs)")
        // A short series keeps every label.
        let short = try parsed(self.chart([1, 2, 3])).all("text").filter { $0.attributes["class"] == "periode" }
        #expect(short.map(\.text) == ["2010-I", "2010-II", "2011-I"])
    }

    @Test func textIsEscaped() throws {
        let chart = LineChart(
            title: LocalizedText("A & B <c> \"d\""), categories: ["x"], categoryAxis: LocalizedText("p"),
            valueAxis: LocalizedText("v"),
            series: [ChartSeries(key: "k", name: LocalizedText("<naam>"), values: [1], style: Self.style)])
        let svg = try parsed(chart)
        #expect(svg.all("title").first?.text == "A & B <c> \"d\"")
        #expect(svg.all("text").contains { $0.text == "<naam>" })
    }

    @Test func shippedRecordsChart() throws {
        let repository = try QueryRepository()
        let history = try #require(try PeriodHistory.load(from: .workingTree(repository.path)).first)
        let chart = history.chart
        let svg = try parsed(chart)
        #expect(svg.elements.first?.name == "svg")
        #expect(svg.all("title").first?.text == "Tynaarlo: achterstand, taakstelling en gehuisvest per periode")
        // Backlog at the end: -1 (2019-II), onbekend until 2022-II's 12, onbekend, 30, 38, 30, onbekend → lines
        // from 2019-II alone, 2022-II alone and 2023-II..2024-II.
        let backlog = svg.all("polyline")
        let groups = svg.all("g").filter { $0.attributes["data-reeks"] != nil }.map { $0.attributes["data-reeks"] }
        #expect(groups == ["eind", "taakstelling", "gehuisvest"])
        #expect(backlog.map { $0.attributes["data-begin"] } == ["0", "6", "8", "10", "10"])
        let expected = [[-1], [12], [30, 38, 30], [33, 34], [41]].map { $0.map { chart.y($0) } }
        let drawn = backlog.map { points($0.attributes["points"]).map(\.1) }
        #expect(drawn.map(\.count) == expected.map(\.count))
        #expect(zip(drawn.joined(), expected.joined()).allSatisfy { abs($0 - $1) < 0.06 }, "\(drawn)")
        #expect(
            svg.all("text").filter { $0.attributes["class"] == "periode" }.map(\.text) == history.rows.map(\.period))
    }
}
