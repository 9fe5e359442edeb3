import JSON
import TaakboekCore
import TaakboekGit
import Testing

@testable import TaakboekHistory

@Suite("report: the council letter's table and sentences")
struct PeriodReportTests {
    static let closedPeriod = "records/tynaarlo/perioden/2024-II.yaml"
    static let openPeriod = "records/tynaarlo/perioden/2025-I.yaml"

    func report(_ spec: String, _ repository: QueryRepository, municipality: String? = nil) throws -> PeriodReport {
        try PeriodReport.load(spec, municipality: municipality, from: .workingTree(repository.path))
    }

    @Test func shippedRecordsGiveTheLetterTableWithItsDates() throws {
        let report = try report("2024-II", try QueryRepository())
        #expect(
            report.rows.map(\.label.nl) == [
                "Achterstand per 1 juli 2024", "Taakstelling juli–december 2024", "Totaal te huisvesten",
                "Gehuisvest in de periode juli–december 2024", "Achterstand per 1 januari 2025",
            ])
        #expect(report.rows.map(\.figure) == [.known(38), .known(33), .known(71), .known(41), .known(30)])
        #expect(!report.rows.contains { $0.label.nl.contains("in 2024") }, "the seed letter's slip")
        #expect(
            report.sentences.map(\.nl) == [
                "De achterstand daalde van 38 op 1 juli 2024 naar 30 op 1 januari 2025.",
                "Voor januari–juni 2025 (2025-I) is de taakstelling 34; met de achterstand erbij is de opgave 64.",
            ])
        #expect(report.rows.map(\.label.en).last == "Backlog on 1 January 2025")
    }

    @Test func figuresAreTheOnesHistoryAndTheCheckerUse() throws {
        let repository = try QueryRepository()
        // Without `totaal` the opgave is the checker's achterstand_begin + taakstelling.
        try repository.replace(Self.closedPeriod, "totaal: 71\n", with: "")
        try repository.replace(Self.closedPeriod, "taakstelling: 33", with: "taakstelling: 35")
        let report = try report("tynaarlo/2024-II", repository)
        let history = try PeriodHistory.load(from: .workingTree(repository.path))
        let row = try #require(history.first?.rows.first { $0.period == "2024-II" })
        #expect(report.figures == row)
        #expect(report.figures.opgave == .known(73))
    }

    @Test func unknownFiguresStayUnknownAndTheSentencesSaySo() throws {
        let report = try report("2024-I", try QueryRepository())
        #expect(report.rows.map(\.figure) == [.known(30), .unknown, .unknown, .unknown, .known(38)])
        let text = report.render(.text, language: .nl)
        let target = text.split(separator: "\n").first { $0.hasPrefix("Taakstelling januari–juni 2024 ") }
        #expect(target?.hasSuffix(" onbekend") == true)
        #expect(!text.contains(" 0\n"))
        #expect(report.sentences[0].nl == "De achterstand steeg van 30 op 1 januari 2024 naar 38 op 1 juli 2024.")
        #expect(
            report.sentences[1].nl
                == "Voor januari–juni 2024 is niet bekend: de taakstelling, het totaal te huisvesten en het aantal gehuisveste statushouders."
        )
        let open = try self.report("2025-I", try QueryRepository())
        #expect(open.sentences[0].nl == "De achterstand op 1 juli 2025 is niet bekend; op 1 januari 2025 was die 30.")
        #expect(open.sentences.last?.nl.hasPrefix("De records hebben nog geen periode 2025-II") == true)
    }

    @Test func aBacklogThatStaysOrTurnsIntoALead() throws {
        let repository = try QueryRepository()
        try repository.replace(Self.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 33")
        try repository.replace(Self.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 38")
        #expect(
            try report("2024-II", repository).sentences[0].nl
                == "De achterstand bleef gelijk: 38 op 1 juli 2024 en op 1 januari 2025.")
        try repository.replace(Self.closedPeriod, "gehuisvest: 33", with: "gehuisvest: 73")
        try repository.replace(Self.closedPeriod, "achterstand_eind: 38", with: "achterstand_eind: -2")
        #expect(
            try report("2024-II", repository).sentences[0].en
                == "The backlog fell from 38 on 1 July 2024 to -2 (a lead of 2) on 1 January 2025.")
    }

    @Test func nextPeriodWithAnUnknownTarget() throws {
        let repository = try QueryRepository()
        try repository.replace(Self.openPeriod, "taakstelling: 34\ntotaal: 64\n", with: "taakstelling: onbekend\n")
        #expect(
            try report("2024-II", repository).sentences.last?.nl
                == "De taakstelling en de opgave voor januari–juni 2025 (2025-I) zijn nog niet bekend.")
    }

    @Test func asOfAnOlderCommit() throws {
        let repository = try QueryRepository()
        let first = try repository.commitAll("Records van Tynaarlo")
        try repository.replace(Self.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 43")
        try repository.replace(Self.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 28")
        try repository.commitAll("Twee meer")
        let older = try PeriodReport.load(
            "2024-II", municipality: nil, from: .commit(first, named: "HEAD~1", in: try repository.location))
        #expect(older.figures.gehuisvest == .known(41) && older.figures.eind == .known(30))
        #expect(try report("2024-II", repository).figures.gehuisvest == .known(43))
    }

    @Test func mistakesAreSourceErrorsSayingWhatToWrite() throws {
        let repository = try QueryRepository()
        for (spec, municipality, expected) in [
            ("2024-3", nil, "is geen periode; schrijf JJJJ-I of JJJJ-II"),
            ("2031-I", nil, "periode 2031-I staat niet in records/tynaarlo/perioden/"),
            ("assen/2024-II", nil, "gemeente 'assen' staat niet in records/"),
            ("tynaarlo/2024-II", "assen", "geef de gemeente één keer op"),
        ] as [(String, String?, String)] {
            #expect {
                try self.report(spec, repository, municipality: municipality)
            } throws: { error in
                (error as? SourceError)?.message.nl.contains(expected) == true
            }
        }
    }

    @Test func severalMunicipalitiesNeedOneNamed() throws {
        let repository = try QueryRepository()
        try repository.write("records/assen/gemeente.yaml", try repository.read("records/tynaarlo/gemeente.yaml"))
        try repository.write("records/assen/perioden/2024-II.yaml", try repository.read(Self.closedPeriod))
        #expect {
            try self.report("2024-II", repository)
        } throws: { error in
            (error as? SourceError)?.message.nl.contains("--gemeente") == true
        }
        #expect(try report("2024-II", repository, municipality: "assen").folder == "assen")
    }

    @Test func jsonCarriesTheTableTheQuotedFiguresAndTheSentences() throws {
        let json = try report("2024-I", try QueryRepository()).render(.json, language: .nl)
        let value = try JSONParser.parse(json)
        guard case .object(let object) = value else {
            Issue.record("not an object: \(json)")
            return
        }
        #expect(object["periode"] == .string("2024-I"))
        guard case .object(let cijfers) = object["cijfers"] else {
            Issue.record("no cijfers")
            return
        }
        #expect(cijfers["achterstand_begin"] == .integer(30) && cijfers["gehuisvest"] == .null)
        #expect(cijfers["opgave_volgende"] == .integer(71))
    }

    @Test func datesAndMonthsInBothLanguages() {
        let period = PeriodID(year: 2024, half: 2)
        #expect(ReportDates.long(period.backlogStartDate, .nl) == "1 juli 2024")
        #expect(ReportDates.long(period.backlogEndDate, .nl) == "1 januari 2025")
        #expect(ReportDates.long(period.backlogEndDate, .en) == "1 January 2025")
        #expect(ReportDates.months(PeriodID(year: 2025, half: 1), .nl) == "januari–juni 2025")
        #expect(ReportDates.long(PartialDate(year: 2025, month: 3), .nl) == "maart 2025")
    }

    @Test func theHTMLPageStandsOnItsOwn() throws {
        let page = try report("2024-II", try QueryRepository()).render(.html, language: .nl)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(page.contains("@media print"))
        #expect(page.contains("<td>Gehuisvest in de periode juli–december 2024</td><td class=\"getal\">41</td>"))
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("src="))
        #expect(
            HTMLPage.render(
                title: "<a>", sections: [.init(heading: nil, body: HTMLPage.paragraphs(["x & y"]))], language: .en
            ).contains("<p>x &amp; y</p>")
        )
    }

    @Test func letterDraftQuotesWhatTheRecordsGive() throws {
        let repository = try QueryRepository()
        try repository.replace(Self.openPeriod, "taakstelling: 34\ntotaal: 64\n", with: "taakstelling: onbekend\n")
        let draft = LetterDraft(try report("2025-I", repository), date: PartialDate(year: 2025, month: 2, day: 3))
        #expect(draft.path == "records/tynaarlo/brieven/2025-raadsinformatiebrief-2025-I.md")
        #expect(
            draft.text.hasPrefix(
                "---\n# yaml-language-server: $schema=../../../schemas/brief.schema.json\ndatum: 2025-02-03\nsoort: raadsinformatiebrief\nperiode: 2025-I\nonderwerp: Huisvesting statushouders januari–juni 2025 (2025-I)\ncijfers:\n  achterstand_begin: 30\n  taakstelling: onbekend\n  totaal: onbekend\n---\n"
            ))
        #expect(draft.text.contains("| Taakstelling januari–juni 2025 | onbekend |"))
    }
}
