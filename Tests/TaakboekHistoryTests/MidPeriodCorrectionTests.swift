import TaakboekCore
import TaakboekGit
import TaakboekState
import TaakboekTestSupport
import Testing

@testable import TaakboekHistory

/// Proefdorp's 2025-I taakstelling, corrected from 20 to 17 on 15 March 2025 (totaal 23 → 20),
/// in every report: before that date the old figures, from it the new ones with the correction.
@Suite("figures as of a date: a taakstelling corrected during its own period")
struct MidPeriodCorrectionTests {
    static func day(_ text: String) throws -> PartialDate { try #require(PartialDate(text)) }

    func records(_ scratch: Scratch) throws -> (path: String, records: MunicipalityRecords) {
        let path = try MidPeriodCorrection.repository(in: scratch)
        let records = try RecordState.workingTree(path).periodRecords()
        return (path, try #require(records.first))
    }

    @Test func thePeriodBeforeAndFromTheCorrectionDate() throws {
        try withScratch { scratch in
            let (_, records) = try records(scratch)
            let history = FigureHistory(records)
            let period = PeriodID(year: 2025, half: 1)
            let before = try #require(history.period(period, on: try Self.day("2025-03-14")))
            #expect(before.record.figure(.taakstelling)?.value == .known(20))
            #expect(before.record.opgave() == .known(23))
            #expect(before.corrections.isEmpty)
            let from = try #require(history.period(period, on: try Self.day("2025-03-15")))
            #expect(from.record.figure(.taakstelling)?.value == .known(17))
            #expect(from.record.opgave() == .known(20))
            #expect(from.corrections.map(\.figure) == [.taakstelling, .totaal])
            #expect(from.corrections(of: .taakstelling).first?.from == .known(20))
            #expect(from.corrections.first?.reason == "Landelijk aantal verlaagd van 17.700 naar 15.000.")
            // A date known only to the month counts from the month's first day.
            let march = try #require(history.period(period, on: try Self.day("2025-03")))
            #expect(march.record.figure(.taakstelling)?.value == .known(17))
            #expect(history.values(period: period, figure: .taakstelling, on: try Self.day("2025-03")) == [.known(17), .known(20)])
            // The undone value points at the correction's `van`, where it stands.
            #expect(before.record.figure(.taakstelling)?.location.path == MidPeriodCorrection.correction)
        }
    }

    @Test func theReportShowsTheCorrectionFromItsDate() throws {
        try withScratch { scratch in
            let (path, _) = try records(scratch)
            let state = RecordState.workingTree(path)
            let before = try PeriodReport.load("2025-I", municipality: nil, from: state, on: try Self.day("2025-03-01"))
            #expect(before.rows.map(\.figure)[1...2] == [.known(20), .known(23)])
            #expect(before.rows[1].label.nl == "Taakstelling januari–juni 2025")
            #expect(!before.sentences.contains { $0.nl.contains("gecorrigeerd") })
            let after = try PeriodReport.load("2025-I", municipality: nil, from: state, on: try Self.day("2025-04-01"))
            #expect(after.rows.map(\.figure)[1...2] == [.known(17), .known(20)])
            #expect(after.rows[1].label.nl == "Taakstelling januari–juni 2025 (gecorrigeerd op 15 maart 2025, was 20)")
            #expect(after.rows[1].label.en == "Target for January–June 2025 (corrected on 15 March 2025, was 20)")
            #expect(
                after.sentences.last?.nl
                    == "Op 15 maart 2025 is gecorrigeerd: de taakstelling van januari–juni 2025 (2025-I) van 20 naar 17 en het totaal te huisvesten van januari–juni 2025 (2025-I) van 23 naar 20 (reden: Landelijk aantal verlaagd van 17.700 naar 15.000; bron: Proefgegevens)."
            )
            // The previous period's report quotes the next taakstelling as it stood.
            let previous = try PeriodReport.load("2024-II", municipality: nil, from: state, on: try Self.day("2025-01-20"))
            #expect(previous.next?.taakstelling == .known(20) && previous.next?.opgave == .known(23))
            let later = try PeriodReport.load("2024-II", municipality: nil, from: state, on: try Self.day("2025-05-01"))
            #expect(later.next?.taakstelling == .known(17) && later.corrections.count == 2)
        }
    }

    @Test func theLetterDraftQuotesTheFiguresOfItsDateInEitherLanguage() throws {
        try withScratch { scratch in
            let (path, _) = try records(scratch)
            let state = RecordState.workingTree(path)
            let date = try Self.day("2025-03-01")
            let report = try PeriodReport.load("2025-I", municipality: nil, from: state, on: date)
            let dutch = LetterDraft(report, date: date).text
            #expect(dutch.contains("cijfers:\n  achterstand_begin: 3\n  taakstelling: 20\n  totaal: 23\n---\n"))
            #expect(dutch.contains("onderwerp: Huisvesting statushouders januari–juni 2025 (2025-I)\n"))
            let english = LetterDraft(report, date: date, language: .en).text
            #expect(english.contains("cijfers:\n  achterstand_begin: 3\n  taakstelling: 20\n  totaal: 23\n---\n"))
            #expect(english.contains("soort: raadsinformatiebrief\n"))
            #expect(english.contains("onderwerp: Housing of status holders, January–June 2025 (2025-I)\n"))
            #expect(english.contains("| Description | Number of status holders (persons) |"))
            #expect(!english.contains("Achterstand per") && !english.contains("Schrijf hier"))
        }
    }

    @Test func progressAndOverviewCountTheOpgaveOfTheirDate() throws {
        try withScratch { scratch in
            let (path, records) = try records(scratch)
            let tree = try RecordState.workingTree(path).periodTree(placements: true)
            let march = try #require(PeriodProgress(tree, on: try Self.day("2025-03-01")).rows.first)
            #expect(march.opgave == 23 && march.housed == 4 && march.remaining == 19 && march.corrections.isEmpty)
            let april = try #require(PeriodProgress(tree, on: try Self.day("2025-04-10")).rows.first)
            #expect(april.opgave == 20 && april.housed == 7 && april.remaining == 13)
            #expect(april.corrections.map(\.figure) == [.taakstelling, .totaal])
            let period = PeriodID(year: 2025, half: 1)
            let early = PeriodOverview([records], period: period, on: try Self.day("2025-03-01")).rows[0]
            #expect(early.taakstelling == 20 && early.opgave == 23 && early.corrections.isEmpty)
            let late = PeriodOverview([records], period: period, on: try Self.day("2025-03-20")).rows[0]
            #expect(late.taakstelling == 17 && late.opgave == 20 && late.corrections.count == 2)
        }
    }

    @Test func theDayOfARevisionIsItsCommitsDay() throws {
        try withScratch { scratch in
            let (path, _) = try records(scratch)
            let repository = try Repository.open(at: path)
            let commit = try HistoryPoint.resolve("HEAD~1", in: repository)
            #expect(HistoryPoint.day(of: "HEAD~1", commit: commit, in: repository) == PartialDate("2025-03-15"))
            let dated = try HistoryPoint.resolve("2025-03-20", in: repository)
            #expect(dated == commit)
            #expect(HistoryPoint.day(of: "2025-03-20", commit: dated, in: repository) == PartialDate("2025-03-20"))
        }
    }
}
