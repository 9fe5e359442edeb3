import TaakboekCore
import TaakboekState
import Testing

@testable import TaakboekHistory

@Suite("overview: every municipality on a peildatum")
struct PeriodOverviewTests {
    static let open = "records/tynaarlo/perioden/2025-I.yaml"
    static let closed = "records/tynaarlo/perioden/2024-II.yaml"

    func overview(_ repository: QueryRepository, _ date: String) throws -> PeriodOverview {
        let day = try #require(PartialDate(date))
        let period = try #require(PeriodOverview.period(startingOn: day))
        return PeriodOverview(try RecordState.workingTree(repository.path).periodRecords(), period: period)
    }

    @Test func aPeildatumIsTheFirstOfJanuaryOrJuly() throws {
        #expect(PeriodOverview.period(startingOn: PartialDate(year: 2025, month: 1, day: 1)) == PeriodID("2025-I"))
        #expect(PeriodOverview.period(startingOn: PartialDate(year: 2024, month: 7, day: 1)) == PeriodID("2024-II"))
        #expect(PeriodOverview.period(startingOn: PartialDate(year: 2024, month: 7, day: 2)) == nil)
        #expect(PeriodOverview.period(startingOn: PartialDate(year: 2024, month: 3, day: 1)) == nil)
        #expect(PeriodOverview.period(startingOn: PartialDate(year: 2024, month: 1)) == nil)
    }

    @Test func shippedRecordsOnTheLetterDates() throws {
        let repository = try QueryRepository()
        let january = try overview(repository, "2025-01-01")
        #expect(
            january.rows == [
                .init(
                    folder: "tynaarlo", name: "Tynaarlo", province: "Drenthe", backlog: 30,
                    backlogSource: LocalizedText("achterstand_begin 2025-I"), taakstelling: 34, opgave: 64)
            ])
        let july = try overview(repository, "2024-07-01").rows[0]
        #expect(july.backlog == 38 && july.taakstelling == 33 && july.opgave == 71)
        // 2023-II: achterstand_begin onbekend, and 2023-I's achterstand_eind and figures too.
        let unknown = try overview(repository, "2023-07-01").rows[0]
        #expect(unknown.backlog == nil && unknown.backlogSource == nil && unknown.opgave == nil)
        let text = january.table(peildatum: "2025-01-01", language: .nl).render(.text, language: .nl)
        #expect(text.contains("Achterstand op 2025-01-01  Taakstelling 2025-I  Opgave 2025-I"))
    }

    @Test func backlogFromThePreviousPeriodsEndThenFromItsArithmetic() throws {
        let repository = try QueryRepository()
        try repository.replace(Self.open, "achterstand_begin: 30", with: "achterstand_begin: onbekend")
        try repository.replace(Self.open, "totaal: 64\n", with: "")
        let fromEnd = try overview(repository, "2025-01-01").rows[0]
        #expect(fromEnd.backlog == 30 && fromEnd.backlogSource == LocalizedText("achterstand_eind 2024-II"))
        #expect(fromEnd.opgave == 64, "backlog + taakstelling")
        // Without the end backlog it is computed: 38 + 33 − 43 = 28, the checker's arithmetic.
        try repository.replace(Self.closed, "achterstand_eind: 30", with: "achterstand_eind: onbekend")
        try repository.replace(Self.closed, "gehuisvest: 41", with: "gehuisvest: 43")
        let computed = try overview(repository, "2025-01-01").rows[0]
        #expect(computed.backlog == 28 && computed.backlogSource?.nl == "berekend uit 2024-II")
        #expect(computed.opgave == 62 && computed.taakstelling == 34)
        // Nothing to compute from: a gap, not a zero.
        try repository.replace(Self.closed, "gehuisvest: 43", with: "gehuisvest: onbekend")
        let gap = try overview(repository, "2025-01-01").rows[0]
        #expect(gap.backlog == nil && gap.opgave == nil && gap.taakstelling == 34)
        let csv = try overview(repository, "2025-01-01").table(peildatum: "2025-01-01", language: .nl)
            .render(.csv, language: .nl)
        #expect(csv == "gemeente,provincie,achterstand,taakstelling,opgave,herkomst,correcties\r\nTynaarlo,Drenthe,,34,,,\r\n")
    }

    @Test func provinceFilterIgnoresCase() throws {
        let repository = try QueryRepository()
        let overview = try overview(repository, "2025-01-01")
        #expect(overview.inProvince("drenthe").rows.count == 1)
        #expect(overview.inProvince("Utrecht").rows.isEmpty)
    }
}
