import Foundation
import TaakboekCore
import TaakboekReporting
import TaakboekTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The JUnit report against the two schemas JUnit readers hold files to, with xmllint:
/// the Jenkins xunit plugin's `junit-10.xsd` and the Ant schema (windyroad `JUnit.xsd`).
///
/// The XSDs are public files of other projects, not copied into this repository: they are read
/// from the folder in `JUNIT_XSD_DIR`, else from `shared/junit-xsd/` beside the checkout (as the
/// JSON-Schema and YAML test suites are). Where they or xmllint are absent, the test says it was
/// skipped. Sources: github.com/jenkinsci/xunit-plugin,
/// `src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd` (MIT licence);
/// github.com/windyroad/JUnit-Schema, `JUnit.xsd` (Apache License 2.0).
@Suite("JUnit report against the JUnit schemas")
struct JUnitSchemaTests {
    static let schemaNames = ["junit-10.xsd", "JUnit.xsd"]

    static let schemaFolder: URL? = SharedFolder.locate(variable: "JUNIT_XSD_DIR", name: "junit-xsd") { folder in
        schemaNames.allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    static let available = schemaFolder != nil && ExternalTool.path("xmllint") != nil

    /// Every report the golden files hold: working tree (with a failure, a skipped case, output of
    /// warnings and notes, a hostile file name) and the staged index with a base, in both languages.
    static func reports() throws -> [(String, CheckReport)] {
        [
            ("working tree, nl", try ReportFixture.workingTree(language: .nl)),
            ("working tree, en", try ReportFixture.workingTree(language: .en)),
            ("staged, nl", try ReportFixture.staged(language: .nl)),
        ]
    }

    @Test(
        .enabled(
            if: available,
            "skipped: needs xmllint and junit-10.xsd and JUnit.xsd in JUNIT_XSD_DIR or shared/junit-xsd/"))
    func validatesAgainstBothSchemas() throws {
        let folder = try #require(Self.schemaFolder)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("junit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (name, report) in try Self.reports() {
            let file = scratch.appendingPathComponent("report.xml")
            try Data(ReportFormat.junit.render(report).utf8).write(to: file)
            for schema in Self.schemaNames {
                let lint = try ExternalTool.run(
                    "xmllint", ["--noout", "--schema", folder.appendingPathComponent(schema).path, file.path])
                #expect(lint.status == 0, "\(name) against \(schema): \(lint.output)")
            }
        }
    }

    #if canImport(FoundationXML)
        /// What GitLab's and GitHub's JUnit readers take from the file: suites of cases with a name
        /// and a class, a case failed by one `<failure>` or skipped by one `<skipped>`, and the
        /// counts on each suite agreeing with its cases.
        @Test func readersFindConsistentCounts() throws {
            for (name, report) in try Self.reports() {
                let document = try XMLDocument(data: Data(ReportFormat.junit.render(report).utf8))
                let suites = try document.nodes(forXPath: "/testsuites/testsuite")
                #expect(!suites.isEmpty, "\(name)")
                for case let suite as XMLElement in suites {
                    let cases = suite.elements(forName: "testcase")
                    func count(_ child: String) -> Int { cases.filter { !$0.elements(forName: child).isEmpty }.count }
                    #expect(suite.attribute(forName: "tests")?.stringValue == String(cases.count), "\(name)")
                    #expect(suite.attribute(forName: "failures")?.stringValue == String(count("failure")), "\(name)")
                    #expect(suite.attribute(forName: "skipped")?.stringValue == String(count("skipped")), "\(name)")
                    for testcase in cases {
                        #expect(testcase.attribute(forName: "name")?.stringValue?.isEmpty == false)
                        #expect(testcase.attribute(forName: "classname")?.stringValue?.hasPrefix("TB") == true)
                        #expect((testcase.children ?? []).count <= 1, "at most one result: \(testcase)")
                    }
                }
            }
        }
    #endif
}
