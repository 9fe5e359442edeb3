import TaakboekCore
import TaakboekState
import Testing

@testable import TaakboekHistory

/// The opgave of a period is one function (`Period.opgave`) and every query gives its answer:
/// history, progress, overview and the council report, with `onbekend` in each figure in turn.
@Suite("One opgave in every query")
struct OpgaveAgreementTests {
    static let open = "records/tynaarlo/perioden/2025-I.yaml"

    /// 2025-I's three figures as written (`nil` leaves the line out), and the opgave expected.
    static let cases: [(begin: String?, target: String?, total: String?, expected: Opgave)] = [
        ("30", "34", "64", .known(64)),
        ("30", "34", "onbekend", .known(64)),
        ("30", "34", nil, .known(64)),
        ("onbekend", "34", "64", .known(64)),
        ("30", "onbekend", "64", .known(64)),
        ("onbekend", "34", "onbekend", .unknown),
        ("30", "onbekend", "onbekend", .unknown),
        ("onbekend", "34", nil, .unknown),
        ("30", "onbekend", nil, .unknown),
        ("onbekend", "onbekend", "onbekend", .unknown),
        (nil, "34", nil, .absent),
    ]

    func repository(begin: String?, target: String?, total: String?) throws -> QueryRepository {
        let repository = try QueryRepository()
        var text = "periode: 2025-I\nstatus: open\n"
        if let begin { text += "achterstand_begin: \(begin)\n" }
        if let target { text += "taakstelling: \(target)\n" }
        if let total { text += "totaal: \(total)\n" }
        try repository.write(Self.open, text)
        return repository
    }

    @Test("history, progress and report agree", arguments: 0..<cases.count)
    func everyQueryGivesTheSameOpgave(index: Int) throws {
        let (begin, target, total, expected) = Self.cases[index]
        let repository = try repository(begin: begin, target: target, total: total)
        let tree = try RecordState.workingTree(repository.path).periodTree(placements: true)
        let records = try #require(tree.municipalities.first)
        let period = try #require(records.period(PeriodID(year: 2025, half: 1)))
        #expect(period.opgave() == expected)

        let history = try #require(PeriodHistory(records).rows.last)
        #expect(history.period == "2025-I" && history.opgave == expected.figure, "\(history)")

        let day = try #require(PartialDate("2025-03-01"))
        let progress = try #require(PeriodProgress(tree, on: day).rows.first)
        #expect(progress.opgave == expected.value, "\(progress)")

        let report = try #require(PeriodReport(records, period: PeriodID(year: 2025, half: 1)))
        let reported = report.render(.text, language: .nl)
        switch expected {
        case .known(let value): #expect(reported.contains("\(value)"), "\(reported)")
        case .unknown, .absent: #expect(!reported.contains("64"), "\(reported)")
        case .tooLarge: Issue.record("no case is too large")
        }
    }

    /// The overview also knows the backlog from 2024-II's achterstand_eind (30): where
    /// achterstand_begin is not a number it stands in, and otherwise the record's own answer holds.
    @Test("overview agrees, with the carried backlog", arguments: 0..<cases.count)
    func overviewGivesTheSameOpgave(index: Int) throws {
        let (begin, target, total, expected) = Self.cases[index]
        let repository = try repository(begin: begin, target: target, total: total)
        let day = try #require(PartialDate("2025-01-01"))
        let period = try #require(PeriodOverview.period(startingOn: day))
        let overview = PeriodOverview(try RecordState.workingTree(repository.path).periodRecords(), period: period)
        let row = try #require(overview.rows.first)
        let carriedIn = begin != "30" && target == "34" && total != "64"
        #expect(row.opgave == (carriedIn ? 64 : expected.value), "\(row)")
    }
}
