import TaakboekCore
import TaakboekReporting
import Testing

@Suite("Finding fingerprints")
struct FingerprintTests {
    static func finding(line: Int, message: String) -> Finding {
        Finding(
            ruleID: "TB201", severity: .error,
            location: SourceLocation(path: "records/x/b.yaml", line: line, column: 4),
            message: LocalizedText(nl: message, en: message))
    }

    @Test func insertingLinesAboveChangesNothing() {
        let before = FindingFingerprint.of([
            Self.finding(line: 3, message: "see records/x/a.yaml:7:19"), Self.finding(line: 9, message: "other"),
        ])
        let after = FindingFingerprint.of([
            Self.finding(line: 5, message: "see records/x/a.yaml:8:19"), Self.finding(line: 11, message: "other"),
        ])
        #expect(before == after)
    }

    @Test func equalFindingsInOneFileDiffer() {
        let prints = FindingFingerprint.of([
            Self.finding(line: 3, message: "same"), Self.finding(line: 4, message: "same"),
        ])
        #expect(prints[0] != prints[1])
        #expect(prints.allSatisfy { $0.count == 64 })
    }

    @Test func anotherMessageIsAnotherFinding() {
        #expect(
            FindingFingerprint.of([Self.finding(line: 3, message: "says 31")])
                != FindingFingerprint.of([Self.finding(line: 3, message: "says 32")]))
    }

    @Test func hidingNotesChangesNoFingerprint() throws {
        let report = try ReportFixture.workingTree(language: .nl)
        let hidden = CheckReport(
            findings: report.findings, recordCount: report.recordCount, origin: report.origin, audit: report.audit,
            changeRulesRan: false, showNotes: false, tool: ReportFixture.tool)
        let all = Dictionary(uniqueKeysWithValues: report.shown.map { ($0.finding, $0.fingerprint) })
        #expect(hidden.shown.count < report.shown.count)
        for shown in hidden.shown { #expect(all[shown.finding] == shown.fingerprint) }
    }

    @Test func digestsAreSHA256() {
        #expect(RuleCatalogue.digest.count == 64 && RuleCatalogue.digest.allSatisfy(\.isHexDigit))
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
