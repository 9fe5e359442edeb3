import Foundation
import Testing

/// Golden files in Fixtures/golden. Run with TAAKBOEK_UPDATE_GOLDEN=1 to rewrite them after a
/// deliberate change of output, then review the diff.
enum GoldenFile {
    static let folder = ReportFixture.folder.appendingPathComponent("golden")

    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TAAKBOEK_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: file, atomically: false, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                "Fixtures/golden/\(name) is missing; run with TAAKBOEK_UPDATE_GOLDEN=1 to write it",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected,
            "output differs from Fixtures/golden/\(name); if the change is meant, rerun with TAAKBOEK_UPDATE_GOLDEN=1 and review the diff",
            sourceLocation: sourceLocation)
    }
}
