import Testing

@testable import TaakboekCore

@Suite("Periods, dates and the arithmetic")
struct DomainArithmeticTests {
    @Test func periodIDs() {
        #expect(PeriodID("2024-II") == PeriodID(year: 2024, half: 2))
        #expect(PeriodID("2024-III") == nil && PeriodID("24-I") == nil && PeriodID("2024-i") == nil)
        #expect(PeriodID(year: 2024, half: 2).next.description == "2025-I")
        #expect(PeriodID(year: 2025, half: 1).previous.description == "2024-II")
        #expect(PeriodID(year: 2022, half: 2).distance(to: PeriodID(year: 2025, half: 1)) == 5)
        #expect(PeriodID(containing: PartialDate(year: 2024, month: 6, day: 30)).description == "2024-I")
        #expect(PeriodID(containing: PartialDate(year: 2024, month: 7)).description == "2024-II")
    }

    @Test func partialDates() {
        #expect(PartialDate("2024-02-29") != nil && PartialDate("2023-02-29") == nil && PartialDate("2024-13") == nil)
        let september = PartialDate("2024-09")
        #expect(september?.isCertainlyBefore(PartialDate(year: 2024, month: 10, day: 1)) == true)
        #expect(september?.isCertainlyBefore(PartialDate(year: 2024, month: 9, day: 30)) == false)
        #expect(september?.adding(months: 6).description == "2025-03")
        #expect(PartialDate("2024-08-31")?.adding(months: 6).description == "2025-02-28")
        #expect(PartialDate(year: 1970, month: 1, day: 1).earliestDayNumber == 0)
        #expect(PartialDate(year: 2000, month: 3, day: 1).earliestDayNumber == 11_017)
        #expect(PartialDate("2025")?.latestDayNumber == PartialDate("2025-12-31")?.earliestDayNumber)
    }

    @Test func statutoryFormulaRoundsUpAndNeverOverflows() {
        #expect(CheckedArithmetic.ceilingOfProductQuotient(10_000, 30_000, 10_000_000) == 30)
        #expect(CheckedArithmetic.ceilingOfProductQuotient(10_001, 30_000, 10_000_000) == 31)
        #expect(CheckedArithmetic.ceilingOfProductQuotient(Int.max, Int.max, 1) == nil)
        #expect(CheckedArithmetic.ceilingOfProductQuotient(Int.max, 2, 2) == Int.max)
        #expect(CheckedArithmetic.ceilingOfProductQuotient(1, 1, 0) == nil)
        // The high word is below the divisor, but the quotient does not fit an Int: this trapped.
        #expect(CheckedArithmetic.ceilingOfProductQuotient(Int.max, 4, 2) == nil)
        #expect(CheckedArithmetic.ceilingOfProductQuotient(Int.max, 3, 3) == Int.max)
        #expect(CheckedArithmetic.ceilingOfProductQuotient(Int.max, Int.max, Int.max) == Int.max)
        #expect(CheckedArithmetic.ceilingOfProductQuotient(Int.max, 2, 1) == nil)
        #expect(CheckedArithmetic.ceilingOfProductQuotient(Int.max, 2, 3) == 6_148_914_691_236_517_205)
    }

    @Test func sumsReportOverflow() {
        #expect(CheckedArithmetic.sum([(1, 38), (1, 33), (-1, 41)]) == 30)
        #expect(CheckedArithmetic.sum([(1, Int.max), (1, 1)]) == nil)
        #expect(CheckedArithmetic.sum([(1, Int.min), (-1, 1)]) == nil)
    }

    func municipality(_ files: [(String, String)]) throws -> MunicipalityRecords {
        let tree = try RecordLoader.load(
            from: InMemorySource(files.map { SourceEntry(path: $0.0, content: .file(Array($0.1.utf8))) }))
        return try #require(tree.municipalities.first)
    }

    @Test func figureHistoryUndoesLaterCorrections() throws {
        let records = try municipality([
            (
                "records/x/perioden/2023-II.yaml",
                "periode: 2023-II\nstatus: afgesloten\nachterstand_begin: 10\ntaakstelling: 40\ngehuisvest: 20\nachterstand_eind: 30\n"
            ),
            (
                "records/x/correcties/a.yaml",
                "datum: 2024-01-15\nperiode: 2023-II\nwijzigingen:\n  taakstelling: {van: 45, naar: 42}\nreden: r\nbron: b\n"
            ),
            (
                "records/x/correcties/b.yaml",
                "datum: 2024-03\nperiode: 2023-II\nwijzigingen:\n  taakstelling: {van: 42, naar: 40}\nreden: r\nbron: b\n"
            ),
        ])
        let history = FigureHistory(records)
        let period = PeriodID(year: 2023, half: 2)
        #expect(
            history.values(period: period, figure: .taakstelling, on: PartialDate(year: 2024, month: 1, day: 1)) == [
                .known(45)
            ])
        #expect(
            history.values(period: period, figure: .taakstelling, on: PartialDate(year: 2024, month: 2, day: 1)) == [
                .known(42)
            ])
        // A correction known only to the month may lie before or after 15 March.
        #expect(
            history.values(period: period, figure: .taakstelling, on: PartialDate(year: 2024, month: 3, day: 15)) == [
                .known(42), .known(40),
            ])
        #expect(
            history.values(period: period, figure: .taakstelling, on: PartialDate(year: 2024, month: 4, day: 1)) == [
                .known(40)
            ])
        #expect(
            history.values(period: period, figure: .gehuisvest, on: PartialDate(year: 2024, month: 1, day: 1)) == [
                .known(20)
            ])
    }

    @Test func periodArithmetic() throws {
        let records = try municipality([
            (
                "records/x/perioden/2024-II.yaml",
                "periode: 2024-II\nstatus: afgesloten\nachterstand_begin: 38\ntaakstelling: 33\ngehuisvest: 41\nachterstand_eind: 30\n"
            ),
            (
                "records/x/perioden/2024-I.yaml",
                "periode: 2024-I\nstatus: afgesloten\nachterstand_begin: 30\ntaakstelling: onbekend\ngehuisvest: onbekend\nachterstand_eind: 38\n"
            ),
        ])
        guard
            case .value(30, let terms) = try #require(records.period(PeriodID(year: 2024, half: 2))).computedEndBacklog
        else {
            Issue.record("2024-II should compute 30")
            return
        }
        #expect(terms.map(\.value) == [38, 33, 41])
        guard case .value(71, _) = try #require(records.period(PeriodID(year: 2024, half: 2))).computedTotal else {
            Issue.record("2024-II total should be 71")
            return
        }
        guard case .missing(let names) = try #require(records.period(PeriodID(year: 2024, half: 1))).computedEndBacklog
        else {
            Issue.record("2024-I has unknown figures")
            return
        }
        #expect(names == [.taakstelling, .gehuisvest])
    }
}
