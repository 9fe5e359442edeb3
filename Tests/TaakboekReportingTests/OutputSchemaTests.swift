import Foundation
import JSON
import JSONSchema
import TaakboekCore
import TaakboekReporting
import TaakboekRules
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The JSON outputs are valid against the schemas in schemas/output, checked with our own
/// draft-07 validator; the SARIF log also on what a schema cannot say; JUnit parses as XML.
@Suite("Reporters: outputs match their schemas")
struct OutputSchemaTests {
    static let schemaFolder = ReportFixture.folder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas/output")

    static func validator(_ name: String) throws -> SchemaValidator {
        let text = try String(contentsOf: schemaFolder.appendingPathComponent(name), encoding: .utf8)
        return try SchemaValidator(schema: try JSONParser.parse(text))
    }

    static func reports() throws -> [CheckReport] {
        try [
            ReportFixture.workingTree(language: .nl), ReportFixture.workingTree(language: .en),
            ReportFixture.staged(language: .nl), GitHubReporterTests.manyErrors(),
        ]
    }

    /// Each schema is itself a valid draft-07 schema (the validator compiles it against the
    /// meta-schema) and rejects something, so a broken schema cannot pass everything.
    @Test(arguments: ["check-report.schema.json", "sarif-2.1.0-subset.schema.json", "gitlab-codequality.schema.json"])
    func schemaIsStrict(name: String) throws {
        let validator = try Self.validator(name)
        #expect(!validator.validate(.object(JSONObject([("onbekend", .bool(true))]))).isEmpty)
    }

    @Test func jsonReportMatchesItsSchema() throws {
        let validator = try Self.validator("check-report.schema.json")
        for report in try Self.reports() {
            let errors = validator.validate(try JSONParser.parse(JSONReporter.render(report)))
            #expect(errors.isEmpty, "\(errors)")
        }
    }

    @Test func sarifMatchesTheSubsetSchema() throws {
        let validator = try Self.validator("sarif-2.1.0-subset.schema.json")
        for report in try Self.reports() {
            let errors = validator.validate(try JSONParser.parse(SARIFReporter.render(report)))
            #expect(errors.isEmpty, "\(errors)")
        }
    }

    @Test func gitlabMatchesItsSchema() throws {
        let validator = try Self.validator("gitlab-codequality.schema.json")
        let audit = try Self.validator("check-report.schema.json")
        for report in try Self.reports() {
            let issues = try JSONParser.parse(GitLabReporter.render(report))
            let errors = validator.validate(issues)
            #expect(errors.isEmpty, "\(errors)")
            // The audit issue carries the JSON report's audit object.
            let last = issues.arrayValue?.last
            #expect(last?["check_name"]?.stringValue == GitLabReporter.auditCheckName)
            let fingerprints = issues.arrayValue?.compactMap { $0["fingerprint"]?.stringValue } ?? []
            #expect(Set(fingerprints).count == fingerprints.count, "GitLab keeps only the first issue per fingerprint")
            let document = JSONValue.object(
                JSONObject([
                    ("format", "taakboek-check-report"), ("format_version", 1),
                    ("tool", last?["taakboek_tool"] ?? .null),
                    ("audit", last?["taakboek_audit"] ?? .null), ("summary", last?["taakboek_summary"] ?? .null),
                    ("findings", .array([])),
                ]))
            #expect(audit.validate(document).isEmpty)
        }
    }

    /// What the schema cannot express: every registered rule is listed once, each result's
    /// ruleIndex points at its rule, and its level is the finding's severity.
    @Test func sarifRulesAndIndexesAgree() throws {
        let report = try ReportFixture.workingTree(language: .nl)
        let log = try JSONParser.parse(SARIFReporter.render(report))
        let run = log["runs"]?.arrayValue?.first
        let rules = run?["tool"]?["driver"]?["rules"]?.arrayValue ?? []
        let ids = rules.compactMap { $0["id"]?.stringValue }
        #expect(ids == RuleRegistry.descriptions.map(\.id))
        let results = run?["results"]?.arrayValue ?? []
        #expect(results.count == report.findings.count)
        for (result, finding) in zip(results, report.findings) {
            let index = result["ruleIndex"]?.doubleValue.map { Int($0) } ?? -1
            #expect(ids.indices.contains(index) && ids[index] == result["ruleId"]?.stringValue)
            #expect(result["level"]?.stringValue == finding.severity.rawValue)
        }
        let uris = results.compactMap {
            $0["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue
        }
        #expect(uris.contains("records/voorbeeld/plaatsingen/2024-II/har%2C%2050%25%20%22a%26b%22%3A%20%3Cc%3E.yaml"))
    }

    @Test func junitIsWellFormedXMLWithOneSuitePerRule() throws {
        for report in try Self.reports() {
            let xml = JUnitReporter.render(report)
            let counter = ElementCounter()
            let parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = counter
            #expect(parser.parse(), "JUnit output is not well-formed XML")
            #expect(counter.count["testsuites"] == 1)
            #expect(counter.count["testsuite"] == RuleRegistry.descriptions.count)
            let failing = Set(
                report.shown.filter { report.fails($0.finding) }.map {
                    "\($0.finding.ruleID) \($0.finding.location.path)"
                })
            #expect(counter.count["failure", default: 0] == failing.count)
            if report.origin == nil && report.findings.count < 20 {
                #expect(counter.caseNames.contains(ReportFixture.hostileName))
                #expect(counter.fileAttributes.isEmpty, "junit-10.xsd allows no file attribute on a testcase")
            }
        }
    }
}

/// Counts elements by name and collects the names of test cases and any `file` attributes.
final class ElementCounter: NSObject, XMLParserDelegate {
    var count: [String: Int] = [:]
    var fileAttributes: Set<String> = []
    var caseNames: Set<String> = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        count[elementName, default: 0] += 1
        if let file = attributes["file"] { fileAttributes.insert(file) }
        if elementName == "testcase", let name = attributes["name"] { caseNames.insert(name) }
    }
}
