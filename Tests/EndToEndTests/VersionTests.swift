import Foundation
import TaakboekGit
import Testing

/// `taakboek --version` names the build, and the machine-readable reports carry the same.
/// Run against a release binary (scripts/test-release sets TAAKBOEK_BIN and
/// TAAKBOEK_EXPECT_COMMIT), the commit must be the one it was built from.
@Suite("--version and the reports' tool block")
struct VersionTests {
    struct Lines {
        let version: String
        let commit: String?
        let libgit2: String
    }

    static func versionLines() throws -> Lines {
        let run = try Taakboek.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 3, "\(run.stdout)")
        #expect(lines[0].hasPrefix("taakboek "))
        #expect(lines[1].hasPrefix("commit: "))
        #expect(lines[2].hasPrefix("libgit2: "))
        let commit = String(lines[1].dropFirst("commit: ".count))
        return Lines(
            version: String(lines[0].dropFirst("taakboek ".count)),
            commit: commit.hasPrefix("onbekend") ? nil : commit,
            libgit2: String(lines[2].dropFirst("libgit2: ".count)))
    }

    @Test func namesTheVersionTheCommitAndLibgit2() throws {
        let lines = try Self.versionLines()
        #expect(lines.version.split(separator: ".").count == 3)
        #expect(lines.libgit2.split(separator: ".").allSatisfy { Int($0) != nil })
        if let expected = ProcessInfo.processInfo.environment["TAAKBOEK_EXPECT_COMMIT"] {
            #expect(lines.commit == expected)
        } else if let commit = lines.commit {
            #expect(commit.count == 40 && commit.allSatisfy(\.isHexDigit))
        }
        // The libgit2 the binary runs; a test binary links the same one as the tests.
        if ProcessInfo.processInfo.environment["TAAKBOEK_BIN"] == nil {
            #expect(lines.libgit2 == LibGit2.version)
        }
    }

    @Test func theJSONAndSARIFToolBlocksSayTheSame() throws {
        let lines = try Self.versionLines()
        let folder = try RecordFolder.shipped()
        let json = try Taakboek.run(["check", "--format", "json"], in: folder.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let tool = try #require(report["tool"] as? [String: Any])
        #expect(tool["version"] as? String == lines.version)
        #expect(tool["commit"] as? String == lines.commit)
        #expect(tool["libgit2"] as? String == lines.libgit2)

        let sarif = try Taakboek.run(["check", "--format", "sarif"], in: folder.url)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["version"] as? String == lines.version)
        let properties = try #require(driver["properties"] as? [String: Any])
        #expect(properties["commit"] as? String == lines.commit)
        #expect(properties["libgit2"] as? String == lines.libgit2)
    }
}
