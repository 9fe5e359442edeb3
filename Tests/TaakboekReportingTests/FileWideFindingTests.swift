import Foundation
import JSON
import TaakboekCore
import TaakboekReporting
import Testing

/// A finding about a whole file (an empty record: line 0) is placed at line 1 in every format,
/// its message saying so: GitHub code scanning refuses a SARIF result without `region.startLine`,
/// and the other readers attach a finding to a line.
@Suite("File-wide findings at line 1")
struct FileWideFindingTests {
    static let path = "records/voorbeeld/perioden/2024-II.yaml"

    func report(_ language: Language = .nl) throws -> CheckReport {
        let finding = Finding(
            ruleID: "TB100", severity: .error, location: .file(Self.path),
            message: LocalizedText(nl: "bestand is leeg; vul het in of verwijder het", en: "file is empty"))
        return ReportFixture.report([finding], language: language)
    }

    @Test func sarifHasARegionWithStartLineOne() throws {
        let sarif = try JSONParser.parse(Array(ReportFormat.sarif.render(try report()).utf8))
        guard case .object(let log) = sarif, case .array(let runs)? = log["runs"], case .object(let run)? = runs.first,
            case .array(let results)? = run["results"], case .object(let result)? = results.first,
            case .array(let locations)? = result["locations"], case .object(let location)? = locations.first,
            case .object(let physical)? = location["physicalLocation"], case .object(let region)? = physical["region"]
        else {
            Issue.record("no region in \(sarif)")
            return
        }
        #expect(region["startLine"] == .integer(1))
        guard case .object(let message)? = result["message"], case .string(let text)? = message["text"] else {
            Issue.record("no message")
            return
        }
        #expect(text.contains("gemeld bij regel 1"), "\(text)")
    }

    @Test("every format gives line 1 and says so", arguments: ReportFormat.allCases)
    func everyFormatGivesLineOne(format: ReportFormat) throws {
        let output = format.render(try report())
        switch format {
        case .text: #expect(output.contains(Self.path + ":1:1: fout [TB100]"), "\(output)")
        case .json: #expect(output.contains("\"line\": 1"), "\(output)")
        case .sarif: #expect(output.contains("\"startLine\": 1"), "\(output)")
        case .github: #expect(output.contains("file=\(Self.path),line=1"), "\(output)")
        case .junit: #expect(output.contains("\(Self.path):1:1"), "\(output)")
        case .gitlab: #expect(output.contains("\"begin\": 1"), "\(output)")
        }
        #expect(output.contains("gemeld bij regel 1"), "\(format): \(output)")
    }
}
