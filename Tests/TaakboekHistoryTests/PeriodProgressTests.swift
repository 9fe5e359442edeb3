import TaakboekCore
import TaakboekState
import Testing

@testable import TaakboekHistory

@Suite("progress: the open period so far")
struct PeriodProgressTests {
    static let placements = "records/tynaarlo/plaatsingen/2025-I/"

    func progress(_ repository: QueryRepository, _ date: String) throws -> PeriodProgress.Row {
        let day = try #require(PartialDate(date))
        let tree = try RecordState.workingTree(repository.path).periodTree(placements: true)
        return try #require(PeriodProgress(tree, on: day).rows.first)
    }

    /// 2025-I: opgave 64; placements that count (regulier 3, regulier 5 in March, nareiziger 1) and
    /// ones that do not (a minor in a foster family; a HAR placement after the HAR ended on
    /// 2024-12-31; a minor under 15 in a Nidos small-scale home), as the checker counts them.
    func repositoryWithPlacements() throws -> QueryRepository {
        let repository = try QueryRepository()
        try repository.write(Self.placements + "a.yaml", "datum: 2025-02-10\nsoort: regulier\npersonen: 3\n")
        try repository.write(Self.placements + "b.yaml", "datum: 2025-03\nsoort: regulier\npersonen: 5\n")
        try repository.write(Self.placements + "c.yaml", "datum: 2025-04-01\nsoort: amv_pleeggezin\npersonen: 1\n")
        try repository.write(Self.placements + "e.yaml", "datum: 2025-03-15\nsoort: har\npersonen: 4\n")
        try repository.write(
            Self.placements + "f.yaml", "datum: 2025-04-10\nsoort: amv_kso\npersonen: 1\nleeftijd_15_plus: false\n")
        try repository.write(Self.placements + "d.yaml", "datum: 2025-05-20\nsoort: nareiziger\npersonen: 1\n")
        return repository
    }

    @Test func housedSoFarCountsAsTheCheckerCounts() throws {
        let repository = try repositoryWithPlacements()
        let february = try progress(repository, "2025-02-28")
        #expect(february.period == PeriodID("2025-I") && february.opgave == 64)
        #expect(february.housed == 3 && february.remaining == 61 && february.monthsLeft == 5)
        #expect(february.perMonth == 13, "61 / 5 rounded up")
        // A date known only to the month counts once the month has begun.
        let march = try progress(repository, "2025-03-01")
        #expect(march.housed == 8 && march.remaining == 56 && march.monthsLeft == 4 && march.perMonth == 14)
        // The foster family, the expired HAR and the under-15 do not count; the nareiziger does.
        let june = try progress(repository, "2025-06-01")
        #expect(june.housed == 9 && june.remaining == 55 && june.monthsLeft == 1 && june.perMonth == 55)
        #expect(june.note == nil)
    }

    @Test func beforeAfterAndALead() throws {
        let repository = try repositoryWithPlacements()
        let before = try progress(repository, "2024-12-31")
        #expect(before.housed == 0 && before.monthsLeft == 6 && before.perMonth == 11)
        let after = try progress(repository, "2025-08-01")
        #expect(after.monthsLeft == 0 && after.perMonth == nil)
        #expect(after.note?.nl == "2025-I is voorbij maar niet afgesloten; sluit de periode af")
        try repository.write(Self.placements + "e.yaml", "datum: 2025-04-02\nsoort: regulier\npersonen: 60\n")
        let lead = try progress(repository, "2025-05-01")
        // On 1 May the nareiziger of 20 May is not yet housed: 3 + 5 + 60 = 68 of 64.
        #expect(lead.housed == 68 && lead.remaining == -4 && lead.perMonth == 0)
    }

    @Test func unknownOpgaveAndNoOpenPeriod() throws {
        let repository = try QueryRepository()
        let open = "records/tynaarlo/perioden/2025-I.yaml"
        try repository.replace(open, "totaal: 64\n", with: "")
        try repository.replace(open, "taakstelling: 34", with: "taakstelling: onbekend")
        let unknown = try progress(repository, "2025-03-01")
        #expect(unknown.opgave == nil && unknown.remaining == nil && unknown.perMonth == nil)
        #expect(unknown.note?.nl.hasPrefix("opgave van 2025-I onbekend") == true)
        let text = PeriodProgress(
            try RecordState.workingTree(repository.path).periodTree(placements: true),
            on: PartialDate(year: 2025, month: 3, day: 1)
        ).table(language: .nl).render(.text, language: .nl)
        let line = try #require(text.split(separator: "\n").last)
        #expect(line.split(separator: " ").prefix(3) == ["Tynaarlo", "2025-I", "onbekend"], "\(line)")
        try repository.replace(open, "status: open", with: "status: afgesloten")
        let none = try progress(repository, "2025-03-01")
        #expect(none.period == nil && none.note?.nl == "geen open periode")
    }
}
