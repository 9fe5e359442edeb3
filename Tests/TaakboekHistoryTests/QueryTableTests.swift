import JSON
import TaakboekCore
import Testing

@testable import TaakboekHistory

@Suite("Query tables in every format")
struct QueryTableTests {
    static let table = QueryTable(
        columns: [
            .init("periode", LocalizedText(nl: "Periode", en: "Period")),
            .init("taakstelling", LocalizedText(nl: "Taakstelling", en: "Task"), alignsRight: true),
            .init("opmerking", LocalizedText(nl: "Opmerking", en: "Remark")),
        ],
        rows: [
            [.text("2024-I"), .number(32), .text("a, \"b\" | c")],
            [.text("2024-II"), .missing, .text("")],
        ])

    @Test func textAlignsColumnsAndShowsGapsAsUnknown() {
        #expect(
            Self.table.render(.text, language: .nl)
                == "Periode  Taakstelling  Opmerking\n2024-I             32  a, \"b\" | c\n2024-II      onbekend\n")
        #expect(Self.table.render(.text, language: .en).hasPrefix("Period      Task  Remark\n"))
    }

    @Test func csvQuotesFieldsAndLeavesGapsEmpty() {
        #expect(
            Self.table.render(.csv, language: .nl)
                == "periode,taakstelling,opmerking\r\n2024-I,32,\"a, \"\"b\"\" | c\"\r\n2024-II,,\r\n")
    }

    @Test func markdownEscapesPipes() {
        #expect(
            Self.table.render(.markdown, language: .nl)
                == "| Periode | Taakstelling | Opmerking |\n| --- | ---: | --- |\n| 2024-I | 32 | a, \"b\" \\| c |\n| 2024-II | onbekend |  |\n"
        )
    }

    @Test func jsonIsAnArrayOfObjectsWithNullForGaps() throws {
        let text = Self.table.render(.json, language: .nl)
        #expect(
            text
                == "[\n  {\"periode\":\"2024-I\",\"taakstelling\":32,\"opmerking\":\"a, \\\"b\\\" | c\"},\n  {\"periode\":\"2024-II\",\"taakstelling\":null,\"opmerking\":\"\"}\n]\n"
        )
    }

    @Test func htmlIsATableWithEscapedCells() {
        #expect(
            Self.table.render(.html, language: .nl)
                == "<table>\n<thead><tr><th>Periode</th><th>Taakstelling</th><th>Opmerking</th></tr></thead>\n<tbody>\n<tr><td>2024-I</td><td class=\"getal\">32</td><td>a, &quot;b&quot; | c</td></tr>\n<tr><td>2024-II</td><td class=\"getal\">onbekend</td><td></td></tr>\n</tbody>\n</table>\n"
        )
        #expect(HTML.escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test func aStreamedArrayIsOneDocument() {
        var stream = JSONOutput.Stream()
        #expect(stream.end() == "[]\n")
        let text = stream.element(.integer(1)) + stream.element(.string("x")) + stream.end()
        #expect(text == "[\n  1,\n  \"x\"\n]\n")
    }

    @Test func datesAreDays() {
        #expect(HistoryPoint.day("2024-02-29") != nil)
        #expect(HistoryPoint.day("2023-02-29") == nil)
        #expect(HistoryPoint.day("2024-13-01") == nil)
        #expect(HistoryPoint.day("HEAD~2") == nil)
        #expect(HistoryPoint.day("2024-1-01") == nil)
        // 2024-07-01 ends at 23:59:59 Dutch summer time (UTC+2).
        #expect(HistoryPoint.endOfDay(HistoryPoint.day("2024-07-01")!) == 1_719_871_199)
        #expect(HistoryPoint.dateText(1_719_871_199) == "2024-07-01")
        #expect(HistoryPoint.dateText(1_719_871_200) == "2024-07-02")
    }

    /// blame's table keeps one short line per field in text, the whole value in JSON and CSV.
    @Test func blameValuesAreCutForTextOnly() {
        let long = String(repeating: "x", count: 60)
        #expect(BlameTable.short(long) == String(repeating: "x", count: 47) + "…")
        #expect(BlameTable.short("eerste regel\ntweede") == "eerste regel…")
        #expect(BlameTable.short("kort") == "kort")
        let line = FieldBlame.Line(key: "opmerking", value: long, commit: nil, atShallowBoundary: false)
        #expect(BlameTable.of([line], full: true).render(.csv, language: .nl).contains(long))
        #expect(!BlameTable.of([line], full: false).render(.text, language: .nl).contains(long))
    }
}
