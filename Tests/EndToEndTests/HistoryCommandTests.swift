import Foundation
import Testing

@Suite("taakboek history, end to end")
struct HistoryCommandTests {
    static let table = """
        Periode  Achterstand begin  Taakstelling    Opgave  Gehuisvest  Achterstand eind
        2019-II           onbekend      onbekend  onbekend    onbekend                -1
        2020-I                  -1      onbekend  onbekend    onbekend          onbekend
        2020-II           onbekend      onbekend  onbekend    onbekend          onbekend
        2021-I            onbekend      onbekend  onbekend    onbekend          onbekend
        2021-II           onbekend      onbekend  onbekend    onbekend          onbekend
        2022-I            onbekend      onbekend  onbekend    onbekend          onbekend
        2022-II           onbekend      onbekend  onbekend    onbekend                12
        2023-I                  12      onbekend  onbekend    onbekend          onbekend
        2023-II           onbekend      onbekend  onbekend    onbekend                30
        2024-I                  30      onbekend  onbekend    onbekend                38
        2024-II                 38            33        71          41                30
        2025-I                  30            34        64    onbekend          onbekend

        """

    @Test func textInDutch() throws {
        let repository = try GitRepository()
        let run = try Taakboek.run(["-C", repository.url.path, "history"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout == Self.table)
    }

    @Test func textInEnglish() throws {
        let repository = try GitRepository()
        let run = try Taakboek.run(["-C", repository.url.path, "--lang", "en", "history"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Period   Backlog at start   Target  To house   Housed  Backlog at end\n"))
        #expect(run.stdout.contains("2024-II                38       33        71       41              30\n"))
        #expect(run.stdout.contains("unknown") && !run.stdout.contains("onbekend"))
    }

    @Test func jsonParsesWithNullForUnknownFigures() throws {
        let repository = try GitRepository()
        let run = try Taakboek.run(["-C", repository.url.path, "history", "--format", "json"])
        #expect(run.status == 0)
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 12)
        let last = try #require(rows.first { $0["periode"] as? String == "2024-II" })
        #expect(last["begin"] as? Int == 38 && last["taakstelling"] as? Int == 33 && last["opgave"] as? Int == 71)
        #expect(last["gehuisvest"] as? Int == 41 && last["eind"] as? Int == 30)
        let earlier = try #require(rows.first { $0["periode"] as? String == "2024-I" })
        #expect(earlier["taakstelling"] is NSNull && earlier["gehuisvest"] is NSNull)
    }

    @Test func csvAndMarkdown() throws {
        let repository = try GitRepository()
        let csv = try Taakboek.run(["-C", repository.url.path, "history", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(
            csv.stdout.hasPrefix(
                "periode,begin,taakstelling,opgave,gehuisvest,eind\r\n2019-II,,,,,-1\r\n2020-I,-1,,,,\r\n"))
        #expect(csv.stdout.contains("\r\n2024-II,38,33,71,41,30\r\n"))
        let markdown = try Taakboek.run(["-C", repository.url.path, "history", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(
            markdown.stdout.hasPrefix(
                "| Periode | Achterstand begin | Taakstelling | Opgave | Gehuisvest | Achterstand eind |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
            ))
        #expect(markdown.stdout.contains("| 2024-II | 38 | 33 | 71 | 41 | 30 |\n"))
    }

    @Test func asOfARevisionOrADateAndInABareClone() throws {
        let repository = try GitRepository()
        try repository.replace(GitRepository.closedPeriod, "gehuisvest: 41", with: "gehuisvest: 43")
        try repository.replace(GitRepository.closedPeriod, "achterstand_eind: 30", with: "achterstand_eind: 28")
        try repository.git("commit", "-qam", "Twee meer gehuisvest")
        let now = try Taakboek.run(["-C", repository.url.path, "history", "--format", "csv"])
        #expect(now.stdout.contains("\r\n2024-II,38,33,71,43,28\r\n"))
        let older = try Taakboek.run(["-C", repository.url.path, "history", "--as-of", "HEAD~1", "--format", "csv"])
        #expect(older.status == 0, "\(older.stderr)")
        #expect(older.stdout.contains("\r\n2024-II,38,33,71,41,30\r\n"))
        let today = try Taakboek.run(["-C", repository.url.path, "history", "--as-of", "2999-01-01", "--format", "csv"])
        #expect(today.status == 0 && today.stdout == now.stdout)
        let before = try Taakboek.run(["-C", repository.url.path, "history", "--as-of", "2001-01-01"])
        #expect(before.status == 2)
        #expect(before.stderr.contains("bestond de geschiedenis nog niet"))
        let bare = repository.url.appendingPathExtension("git")
        defer { try? FileManager.default.removeItem(at: bare) }
        try repository.git("clone", "-q", "--bare", repository.url.path, bare.path)
        let inBare = try Taakboek.run(["-C", bare.path, "history", "--format", "csv"])
        #expect(inBare.status == 0, "\(inBare.stderr)")
        #expect(inBare.stdout == now.stdout)
    }

    @Test func usageErrorsExitTwoWithADutchMessage() throws {
        let repository = try GitRepository()
        let unknown = try Taakboek.run(["-C", repository.url.path, "history", "--gemeente", "assen"])
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
        #expect(
            unknown.stderr
                == "taakboek: gemeente 'assen' staat niet in records/ van de werkmap; kies een van deze mappen: tynaarlo\n"
        )
        let format = try Taakboek.run(["-C", repository.url.path, "history", "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("onbekend formaat 'xml'; kies text, json, csv, markdown of html"))
        let revision = try Taakboek.run(["-C", repository.url.path, "history", "--as-of", "bestaat-niet"])
        #expect(revision.status == 2)
        #expect(revision.stderr.contains("'bestaat-niet' is geen revisie en geen datum"))
        let folder = try RecordFolder.shipped()
        let outside = try Taakboek.run(["-C", folder.url.path, "history", "--as-of", "HEAD"])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("--as-of werkt alleen in een git-repository"))
        let english = try Taakboek.run(["-C", repository.url.path, "--lang", "en", "history", "--gemeente", "assen"])
        #expect(english.status == 2 && english.stderr.contains("municipality 'assen' is not in records/"))
    }

    @Test func chartIsWrittenAsSVG() throws {
        let folder = try RecordFolder.shipped()
        let file = folder.url.appendingPathComponent("historie.svg")
        let run = try Taakboek.run(["-C", folder.url.path, "history", "--chart", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout == Self.table, "the table is still printed")
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<title>Tynaarlo: achterstand, taakstelling en gehuisvest per periode</title>"))
        #expect(svg.contains(">2024-II</text>") && svg.contains(">Periode (halfjaar)</text>"))
        #expect(svg.hasSuffix("</svg>\n"))
        let english = try Taakboek.run(["-C", folder.url.path, "--lang", "en", "history", "--chart", file.path])
        #expect(english.status == 0)
        let englishSVG = try String(contentsOf: file, encoding: .utf8)
        #expect(englishSVG.contains(">Period (half-year)</text>") && englishSVG.contains(">Housed</text>"))
    }

    @Test func chartRefusesAMissingFolderOrAFolderAsFile() throws {
        let folder = try RecordFolder.shipped()
        let missing = folder.url.appendingPathComponent("bestaat-niet/historie.svg")
        let run = try Taakboek.run(["-C", folder.url.path, "history", "--chart", missing.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("bestaat-niet' voor de grafiek bestaat niet; maak haar eerst aan"))
        #expect(!FileManager.default.fileExists(atPath: missing.deletingLastPathComponent().path))
        let asFolder = try Taakboek.run(["-C", folder.url.path, "history", "--chart", folder.url.path])
        #expect(asFolder.status == 2 && asFolder.stderr.contains("is een map; geef een bestandsnaam"))
    }

    @Test func chartOfSeveralMunicipalitiesNeedsGemeente() throws {
        let folder = try RecordFolder.shipped()
        try FileManager.default.copyItem(
            at: folder.url.appendingPathComponent("records/tynaarlo"),
            to: folder.url.appendingPathComponent("records/assen"))
        let file = folder.url.appendingPathComponent("historie.svg")
        let run = try Taakboek.run(["-C", folder.url.path, "history", "--chart", file.path])
        #expect(run.status == 2)
        #expect(
            run.stderr == "taakboek: --chart tekent één gemeente; kies er een met --gemeente <map>: assen, tynaarlo\n")
        #expect(!FileManager.default.fileExists(atPath: file.path))
        let chosen = try Taakboek.run(["-C", folder.url.path, "history", "--gemeente", "assen", "--chart", file.path])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(FileManager.default.fileExists(atPath: file.path))
        let page = try Taakboek.run(["-C", folder.url.path, "history", "--format", "html"])
        #expect(page.status == 0)
        #expect(page.stdout.components(separatedBy: "<svg ").count == 3, "one chart per municipality")
    }

    @Test func htmlPage() throws {
        let folder = try RecordFolder.shipped()
        let run = try Taakboek.run(["-C", folder.url.path, "history", "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>"))
        #expect(run.stdout.contains("<h1>Historie taakstelling huisvesting vergunninghouders</h1>"))
        #expect(run.stdout.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(run.stdout.contains("<tr><td>2024-II</td><td class=\"getal\">38</td>"))
        #expect(run.stdout.contains("@media print"))
        #expect(!run.stdout.contains("src=\"http") && !run.stdout.contains("href=\"http"))
        #expect(run.stdout.hasSuffix("</html>\n"))
        let english = try Taakboek.run(["-C", folder.url.path, "--lang", "en", "history", "--format", "html"])
        #expect(english.status == 0 && english.stdout.contains("<html lang=\"en\">"))
    }
}
