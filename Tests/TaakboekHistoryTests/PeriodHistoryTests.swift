import JSON
import TaakboekCore
import TaakboekGit
import Testing

@testable import TaakboekHistory

@Suite("history: the figures of every period")
struct PeriodHistoryTests {
    static let closedPeriod = "records/tynaarlo/perioden/2024-II.yaml"

    func row(_ period: String, in histories: [PeriodHistory]) throws -> PeriodHistory.Row {
        try #require(histories.first?.rows.first { $0.period == period })
    }

    @Test func shippedRecordsGiveTheLetterFigures() throws {
        let repository = try QueryRepository()
        let histories = try PeriodHistory.load(from: .workingTree(repository.path))
        #expect(histories.map(\.folder) == ["tynaarlo"])
        #expect(histories[0].name == "Tynaarlo")
        #expect(
            histories[0].rows.map(\.period) == [
                "2019-II", "2020-I", "2020-II", "2021-I", "2021-II", "2022-I", "2022-II", "2023-I", "2023-II", "2024-I",
                "2024-II", "2025-I",
            ])
        let row = try row("2024-II", in: histories)
        #expect(row.begin == .known(38))
        #expect(row.taakstelling == .known(33))
        #expect(row.opgave == .known(71))
        #expect(row.gehuisvest == .known(41))
        #expect(row.eind == .known(30))
        // 2024-I: the backlogs are known, taakstelling and gehuisvest are not: gaps, never zeros; the
        // opgave is `onbekend` too, as a term of it is (`Period.opgave`).
        let earlier = try self.row("2024-I", in: histories)
        #expect(earlier.begin == .known(30) && earlier.eind == .known(38))
        #expect(earlier.taakstelling == .unknown && earlier.gehuisvest == .unknown && earlier.opgave == .unknown)
        let text = histories[0].table.render(.text, language: .nl)
        #expect(text.contains("2024-II                 38            33        71          41                30"))
        #expect(text.contains("2024-I                  30      onbekend  onbekend    onbekend                38"))
    }

    @Test func opgaveIsComputedWhenTotaalIsAbsent() throws {
        let repository = try QueryRepository()
        try repository.replace(Self.closedPeriod, "totaal: 71\n", with: "")
        let row = try row("2024-II", in: try PeriodHistory.load(from: .workingTree(repository.path)))
        #expect(row.opgave == .known(71))
    }

    @Test func asOfAnOlderCommitShowsTheOlderFigures() throws {
        let repository = try QueryRepository()
        let first = try repository.commitAll("Records van Tynaarlo")
        try repository.replace(Self.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 43")
        try repository.replace(Self.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 28")
        try repository.commitAll("Twee plaatsingen meer")
        let location = try repository.location
        let now = try row("2024-II", in: try PeriodHistory.load(from: .workingTree(repository.path)))
        #expect(now.gehuisvest == .known(43) && now.eind == .known(28))
        let head = try row(
            "2024-II",
            in: try PeriodHistory.load(
                from: .commit(try Repository.open(at: repository.path).resolve("HEAD"), named: "HEAD", in: location)))
        #expect(head.gehuisvest == .known(43))
        let older = try row("2024-II", in: try PeriodHistory.load(from: .commit(first, named: "HEAD~1", in: location)))
        #expect(older.gehuisvest == .known(41) && older.eind == .known(30))
        // A date resolves to the last commit of that day: the fixture's commits are on 2023-11-14.
        let point = try HistoryPoint.resolve("2023-11-14", in: try Repository.open(at: repository.path))
        let dated = try row(
            "2024-II", in: try PeriodHistory.load(from: .commit(point, named: "2023-11-14", in: location)))
        #expect(dated.gehuisvest == .known(43))
    }

    @Test func unknownMunicipalityNamesTheFolders() throws {
        let repository = try QueryRepository()
        #expect {
            try PeriodHistory.load(from: .workingTree(repository.path), municipality: "assen")
        } throws: { error in
            guard let error = error as? SourceError else { return false }
            return error.message.nl.contains("'assen'") && error.message.nl.contains("tynaarlo")
        }
        let only = try PeriodHistory.load(from: .workingTree(repository.path), municipality: "tynaarlo")
        #expect(only.count == 1)
    }

    @Test func severalMunicipalitiesPrintOneTableEach() throws {
        let repository = try QueryRepository()
        try repository.write("records/assen/gemeente.yaml", "naam: Assen\ncbs_code: GM0106\nprovincie: Drenthe\n")
        try repository.write(
            "records/assen/perioden/2024-II.yaml",
            "periode: 2024-II\nstatus: open\nachterstand_begin: 5\ntaakstelling: onbekend\n")
        let histories = try PeriodHistory.load(from: .workingTree(repository.path))
        #expect(histories.map(\.name) == ["Assen", "Tynaarlo"])
        let text = PeriodHistory.render(histories, format: .text, language: .nl)
        #expect(text.hasPrefix("Assen\n\nPeriode"))
        #expect(text.contains("\nTynaarlo\n\nPeriode"))
        let csv = PeriodHistory.render(histories, format: .csv, language: .nl)
        #expect(csv.hasPrefix("gemeente,periode,begin,taakstelling,opgave,gehuisvest,eind\r\nAssen,2024-II,5,,,,\r\n"))
        let json = try JSONParser.parse(PeriodHistory.render(histories, format: .json, language: .nl))
        let objects = try #require(json.arrayValue)
        #expect(objects.count == 2)
        #expect(objects[1].objectValue?["gemeente"] == .string("Tynaarlo"))
        #expect(objects[1].objectValue?["perioden"]?.arrayValue?.count == 12)
        #expect(objects[0].objectValue?["perioden"]?.arrayValue?.first?.objectValue?["taakstelling"] == .null)
    }
}
