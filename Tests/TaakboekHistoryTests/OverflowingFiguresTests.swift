import TaakboekCore
import TaakboekState
import Testing

@testable import TaakboekHistory

/// Figures at the ends of the 64-bit range: every query still answers, a sum that does not fit is
/// shown as too large (never wrapped around, never a trap), and the chart still has an axis.
@Suite("Queries on figures that overflow")
struct OverflowingFiguresTests {
    static let open = "records/tynaarlo/perioden/2025-I.yaml"

    /// The shipped records with 2025-I's opgave too large to compute: 1 + Int.max, no totaal.
    func overflowingRepository() throws -> QueryRepository {
        let repository = try QueryRepository()
        try repository.replace(Self.open, "achterstand_begin: 30", with: "achterstand_begin: 1")
        try repository.replace(Self.open, "taakstelling: 34", with: "taakstelling: \(Int.max)")
        try repository.replace(Self.open, "totaal: 64\n", with: "")
        return repository
    }

    func tree(_ repository: QueryRepository) throws -> RecordTree {
        try RecordState.workingTree(repository.path).periodTree(placements: true)
    }

    @Test(
        "the chart's scale holds any two figures",
        arguments: [
            (Int.min, Int.max), (0, Int.max), (Int.min, 0), (-1, Int.max), (Int.min, 1), (Int.max - 1, Int.max),
            (-5, Int.max / 2 + 3),
        ])
    func scaleOfExtremeFigures(minimum: Int, maximum: Int) {
        let scale = ChartScale(minimum: minimum, maximum: maximum)
        #expect(scale.bottom <= min(minimum, 0) && scale.top >= maximum && scale.step > 0, "\(scale)")
        let ticks = scale.ticks
        #expect(ticks.contains(0) && ticks.first == scale.bottom && ticks.last == scale.top, "\(ticks)")
        #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0 < $1 } && ticks.count <= 12, "\(ticks)")
        #expect(scale.fraction(scale.bottom) == 0 && scale.fraction(scale.top) == 1)
        #expect((0...1).contains(scale.fraction(minimum)) && (0...1).contains(scale.fraction(maximum)))
    }

    @Test func historyTableChartAndPageShowTheTotalAsTooLarge() throws {
        let repository = try overflowingRepository()
        let histories = try PeriodHistory.load(from: RecordState.workingTree(repository.path))
        let row = try #require(histories.first?.rows.last)
        #expect(row.period == "2025-I" && row.opgave == nil && row.opgaveTooLarge)
        let text = PeriodHistory.render(histories, format: .text, language: .nl)
        #expect(text.contains("2025-I                   1  9223372036854775807  te groot    onbekend"), "\(text)")
        #expect(PeriodHistory.render(histories, format: .markdown, language: .en).contains("| too large |"))
        #expect(PeriodHistory.render(histories, format: .json, language: .nl).contains("\"opgave\":null"))
        let svg = try #require(histories.first).chart.svg(language: .nl)
        #expect(svg.contains("9223372036854775807") && !svg.contains("nan") && !svg.contains("inf"))
        #expect(PeriodHistory.page(histories, language: .en).contains("too large"))
    }

    @Test func reportSaysTheTotalWasNotComputedInsteadOfUnknown() throws {
        let repository = try overflowingRepository()
        let records = try #require(try tree(repository).municipalities.first)
        let report = try #require(PeriodReport(records, period: PeriodID(year: 2025, half: 1)))
        #expect(report.rows.map(\.tooLarge) == [false, false, true, false, false])
        let text = report.render(.text, language: .nl)
        let total = text.split(separator: "\n").first { $0.hasPrefix("Totaal te huisvesten") }
        #expect(total?.hasSuffix(" te groot") == true, "\(text)")
        #expect(text.contains("Voor januari–juni 2025 is niet bekend: het aantal gehuisveste statushouders."))
        #expect(text.contains("Het totaal te huisvesten is niet berekend: achterstand_begin + taakstelling past niet"))
        #expect(report.render(.json, language: .en).contains("\"totaal\":null"))
    }

    @Test func overviewShowsTooLargeForTheOpgaveAndForAComputedBacklog() throws {
        let repository = try overflowingRepository()
        let records = try tree(repository).municipalities
        let january = PeriodOverview(records, period: PeriodID(year: 2025, half: 1)).rows[0]
        #expect(january.opgave == nil && january.opgaveTooLarge && !january.backlogTooLarge)
        // 2025-II does not exist: its backlog is 2025-I's end, computed from 1 + Int.max − gehuisvest.
        try repository.replace(Self.open, "status: open", with: "status: open\ngehuisvest: 0")
        let july = PeriodOverview(try tree(repository).municipalities, period: PeriodID(year: 2025, half: 2))
        #expect(july.rows[0].backlog == nil && july.rows[0].backlogTooLarge)
        let text = july.table(peildatum: "2025-07-01", language: .nl).render(.text, language: .nl)
        #expect(text.contains("te groot"), "\(text)")
        #expect(text.contains("berekend uit 2025-I"), "\(text)")
    }

    @Test func progressNeverTrapsOnARemainderNearTheLimit() throws {
        let repository = try QueryRepository()
        try repository.replace(Self.open, "totaal: 64", with: "totaal: \(Int.max)")
        let row = try #require(
            PeriodProgress(try tree(repository), on: PartialDate(year: 2025, month: 3, day: 1)).rows.first)
        #expect(row.remaining == Int.max && row.monthsLeft == 4)
        #expect(row.perMonth == Int.max / 4 + 1, "rounded up without adding first")
    }

    @Test func progressSaysWhichSumDidNotFit() throws {
        let repository = try overflowingRepository()
        let date = PartialDate(year: 2025, month: 3, day: 1)
        let opgave = try #require(PeriodProgress(try tree(repository), on: date).rows.first)
        #expect(opgave.opgave == nil && opgave.opgaveTooLarge && opgave.perMonth == nil)
        #expect(opgave.note?.nl.hasPrefix("opgave van 2025-I niet berekend: achterstand_begin + taakstelling") == true)
        let table = PeriodProgress(try tree(repository), on: date).table(language: .en).render(.text, language: .en)
        #expect(table.contains("too large"), "\(table)")

        let placements = "records/tynaarlo/plaatsingen/2025-I/"
        let housed = try QueryRepository()
        try housed.write(placements + "a.yaml", "datum: 2025-02-10\nsoort: regulier\npersonen: \(Int.max)\n")
        try housed.write(placements + "b.yaml", "datum: 2025-02-11\nsoort: regulier\npersonen: 1\n")
        let both = try #require(PeriodProgress(try tree(housed), on: date).rows.first)
        #expect(both.housed == nil && both.remaining == nil)
        #expect(both.note?.en.hasPrefix("housed in 2025-I not computed: the sum of the placements") == true)
    }
}
