import Foundation
import Testing

/// `taakboek blame` and `taakboek show` as a user runs them: the shipped records in a real
/// repository with a second commit that changes one figure.
@Suite("blame and show commands")
struct BlameShowCommandTests {
    static let period = "records/tynaarlo/perioden/2024-II.yaml"

    /// The shipped records, then a commit on 2025-02-03 that changes gehuisvest and the backlog.
    static func repository() throws -> (GitRepository, first: String, second: String) {
        let repository = try GitRepository(committed: false)
        let early = ["GIT_COMMITTER_DATE": "2025-01-20T10:00:00+01:00", "GIT_AUTHOR_DATE": "2025-01-20T10:00:00+01:00"]
        let late = ["GIT_COMMITTER_DATE": "2025-02-03T10:00:00+01:00", "GIT_AUTHOR_DATE": "2025-02-03T10:00:00+01:00"]
        try repository.git("add", "-A")
        try repository.git("commit", "-qm", "Records van Tynaarlo", environment: early)
        let first = try repository.git("rev-parse", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = repository.url.appendingPathComponent(period)
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "gehuisvest: 41", with: "gehuisvest: 42")
            .replacingOccurrences(of: "achterstand_eind: 30", with: "achterstand_eind: 29")
            .write(to: file, atomically: false, encoding: .utf8)
        try repository.git("commit", "-qam", "Gehuisvest 2024-II bijgesteld", environment: late)
        let second = try repository.git("rev-parse", "HEAD").output.trimmingCharacters(in: .whitespacesAndNewlines)
        return (repository, first, second)
    }

    @Test func blameNamesTheCommitPerFieldInEveryFormat() throws {
        let (repository, first, second) = try Self.repository()
        let path = repository.url.path
        let text = try Taakboek.run(["-C", path, "blame", "tynaarlo/2024-II"])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Veld") == true)
        #expect(lines.contains { $0.hasPrefix("gehuisvest") && $0.contains(String(second.prefix(7))) })
        #expect(lines.contains { $0.hasPrefix("taakstelling") && $0.contains(String(first.prefix(7))) })
        #expect(lines.contains { $0.contains("Gehuisvest 2024-II bijgesteld") && $0.contains("2025-02-03") })
        let english = try Taakboek.run(["-C", path, "--lang", "en", "blame", "tynaarlo/2024-II"])
        #expect(english.stdout.hasPrefix("Field"))
        let json = try Taakboek.run(["-C", path, "blame", "2024-II", "--format", "json"])
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let housed = try #require(rows.first { $0["veld"] as? String == "gehuisvest" })
        #expect(housed["commit"] as? String == second && housed["waarde"] as? String == "42")
        let csv = try Taakboek.run(["-C", path, "blame", "2024-II", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("veld,waarde,commit,datum,auteur,bericht\r\n"))
        #expect(csv.stdout.contains("gehuisvest,42,\(second),2025-02-03,"))
        let markdown = try Taakboek.run(["-C", path, "blame", "2024-II", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("| Veld | Waarde | Commit |"))
        // As of the first commit, every field is the first commit's.
        let old = try Taakboek.run(["-C", path, "blame", "2024-II", "--rev", "HEAD~1", "--format", "csv"])
        #expect(!old.stdout.contains(second) && old.stdout.contains("gehuisvest,41,\(first)"))
    }

    @Test func showGivesTheRecordAsOfARevisionOrDate() throws {
        let (repository, _, second) = try Self.repository()
        let path = repository.url.path
        let before = try Taakboek.run(["-C", path, "show", "2024-II", "--as-of", "2025-02-01"])
        #expect(before.status == 0)
        #expect(before.stdout.contains("gehuisvest: 41") && !before.stdout.contains("gehuisvest: 42"))
        #expect(before.stderr.contains("zoals in"))
        let after = try Taakboek.run(["-C", path, "show", "2024-II", "--as-of", "2025-02-03"])
        #expect(after.stdout.contains("gehuisvest: 42"))
        let json = try Taakboek.run(["-C", path, "show", Self.period, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["commit"] as? String == second)
        #expect((object["velden"] as? [String: String])?["gehuisvest"] == "42")
        let csv = try Taakboek.run(["-C", path, "show", "2024-II", "--as-of", "HEAD~1", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("veld,waarde\r\n") && csv.stdout.contains("gehuisvest,41\r\n"))
        let markdown = try Taakboek.run(["-C", path, "--lang", "en", "show", "2024-II", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("| Field | Value |"))
    }

    @Test func badInputIsAClearMessageWithStatusTwo() throws {
        let (repository, _, _) = try Self.repository()
        let path = repository.url.path
        for arguments in [
            ["show", "2024-II", "--as-of", "1999-01-01"], ["show", "2024-II", "--as-of", "geen-tak"],
            ["blame", "2030-I"], ["blame", "2024-II", "--rev", "HEAD~5"], ["show", "2024-II", "--format", "xml"],
        ] {
            let run = try Taakboek.run(["-C", path] + arguments)
            #expect(run.status == 2, "\(arguments): \(run.stdout)\(run.stderr)")
            #expect(!run.stderr.isEmpty && run.stdout.isEmpty, "\(arguments)")
        }
        let missing = try Taakboek.run(["-C", path, "show", "records/tynaarlo/perioden/2030-I.yaml"])
        #expect(missing.status == 1 && missing.stderr.contains("bestond niet"))
        let notARepository = try Taakboek.run(["-C", FileManager.default.temporaryDirectory.path, "blame", "2024-II"])
        #expect(notARepository.status == 2 && notARepository.stderr.contains("geen git-repository"))
    }
}
