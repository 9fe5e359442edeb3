import Foundation
import Testing

@Suite("taakboek overview, end to end")
struct OverviewCommandTests {
    @Test func shippedRecordsOnTheFirstOfJanuary2025() throws {
        let folder = try RecordFolder.shipped()
        let run = try Taakboek.run(["-C", folder.url.path, "overview", "--date", "2025-01-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(
            run.stdout == """
                Gemeente  Provincie  Achterstand op 2025-01-01  Taakstelling 2025-I  Opgave 2025-I  Achterstand uit           Gecorrigeerd
                Tynaarlo  Drenthe                           30                   34             64  achterstand_begin 2025-I

                """)
        let json = try Taakboek.run(
            ["-C", folder.url.path, "overview", "--date", "2024-07-01", "--province", "drenthe", "--format", "json"])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["achterstand"] as? Int == 38 && rows[0]["opgave"] as? Int == 71)
        let english = try Taakboek.run(["-C", folder.url.path, "--lang", "en", "overview", "--date", "2023-07-01"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("Backlog on 2023-07-01") && english.stdout.contains("unknown"))
    }

    @Test func aDateThatIsNoPeildatumOrAnUnknownProvinceExitsTwo() throws {
        let folder = try RecordFolder.shipped()
        let date = try Taakboek.run(["-C", folder.url.path, "overview", "--date", "2025-03-01"])
        #expect(date.status == 2 && date.stdout.isEmpty)
        #expect(date.stderr.contains("'2025-03-01' is geen peildatum; geef 1 januari of 1 juli als JJJJ-MM-DD"))
        let missing = try Taakboek.run(["-C", folder.url.path, "overview"])
        #expect(missing.status == 2)
        let province = try Taakboek.run([
            "-C", folder.url.path, "overview", "--date", "2025-01-01", "--province", "Utrecht",
        ])
        #expect(province.status == 2 && province.stdout.isEmpty)
        #expect(
            province.stderr
                == "taakboek: geen gemeente in provincie 'Utrecht'; provincies in de records (veld provincie in gemeente.yaml): Drenthe\n"
        )
    }
}

@Suite("taakboek progress, end to end")
struct ProgressCommandTests {
    @Test func openPeriodOnADate() throws {
        let folder = try RecordFolder.shipped()
        try folder.write(
            "records/tynaarlo/plaatsingen/2025-I/de-brink.yaml", "datum: 2025-02-03\nsoort: regulier\npersonen: 4\n")
        let run = try Taakboek.run(["-C", folder.url.path, "progress", "--date", "2025-03-15"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout == """
                Gemeente  Periode  Opgave  Gehuisvest tot 2025-03-15  Resterend  Maanden te gaan  Nodig per maand  Opmerking
                Tynaarlo  2025-I       64                          4         60                4               15

                """)
        let json = try Taakboek.run(["-C", folder.url.path, "progress", "--date", "2025-01-10", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["gehuisvest"] as? Int == 0 && rows.first?["per_maand"] as? Int == 11)
        let bad = try Taakboek.run(["-C", folder.url.path, "progress", "--date", "maart"])
        #expect(bad.status == 2 && bad.stderr.contains("'maart' is geen datum"))
    }

    @Test func overviewAndProgressInCSVAndMarkdown() throws {
        let folder = try RecordFolder.shipped()
        let csv = try Taakboek.run(["-C", folder.url.path, "overview", "--date", "2025-01-01", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("gemeente,") && csv.stdout.contains("\r\n") && csv.stdout.contains("Tynaarlo,"))
        #expect(csv.stdout.contains(",30,34,64,"))
        let markdown = try Taakboek.run([
            "-C", folder.url.path, "overview", "--date", "2025-01-01", "--format", "markdown",
        ])
        #expect(markdown.stdout.hasPrefix("| Gemeente |") && markdown.stdout.contains("| Tynaarlo |"))
        let progressCSV = try Taakboek.run([
            "-C", folder.url.path, "progress", "--date", "2025-03-15", "--format", "csv",
        ])
        #expect(progressCSV.status == 0 && progressCSV.stdout.hasPrefix("gemeente,"))
        #expect(progressCSV.stdout.contains("Tynaarlo,2025-I,64,0,64,"))
        let progressMarkdown = try Taakboek.run([
            "-C", folder.url.path, "progress", "--date", "2025-03-15", "--format", "markdown",
        ])
        #expect(progressMarkdown.stdout.hasPrefix("| Gemeente | Periode |"))
        let html = try Taakboek.run(["-C", folder.url.path, "progress", "--format", "html"])
        #expect(html.status == 2 && html.stderr.contains("onbekend formaat"))
    }
}
