import Foundation
import Testing
import Yams

/// The GitHub workflow `taakboek init` installs, taken at its word: its YAML is parsed, the
/// `taakboek …` commands of its steps are extracted with the step's `if:`, and those are run as
/// the workflow would run them (through `sh -c`, with `${{ github.base_ref }}` filled in and
/// `GITHUB_STEP_SUMMARY` pointing at a file) on a real clone with a base and a head branch. The
/// steps that install Swift and build taakboek need GitHub's runner and are left out.
@Suite("The CI workflow's commands on a real clone")
struct CIWorkflowTests {
    struct Command {
        let step: String
        /// The step's condition: nil, or `github.event_name == 'pull_request'` / `!= …`.
        let condition: String?
        let line: String
    }

    /// The taakboek lines of every step, in order (a `\` at a line's end continues it).
    static func commands(ofWorkflow text: String) throws -> [Command] {
        let workflow = try #require(try Yams.load(yaml: text) as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        var commands: [Command] = []
        for name in jobs.keys.sorted() {
            let job = try #require(jobs[name] as? [String: Any])
            for step in try #require(job["steps"] as? [[String: Any]]) {
                guard let run = step["run"] as? String else { continue }
                let joined = run.replacingOccurrences(of: "\\\n", with: " ")
                for line in joined.split(separator: "\n") {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    guard trimmed.hasPrefix("taakboek ") else { continue }
                    commands.append(
                        Command(step: step["name"] as? String ?? "", condition: step["if"] as? String, line: trimmed))
                }
            }
        }
        return commands
    }

    /// Whether a step runs for the event; a condition the test does not know fails the test.
    static func runs(_ command: Command, event: String) -> Bool {
        switch command.condition {
        case nil: return true
        case "github.event_name == 'pull_request'": return event == "pull_request"
        case "github.event_name != 'pull_request'": return event != "pull_request"
        case let other?:
            Issue.record("the test does not know the condition \(other) of step '\(command.step)'")
            return false
        }
    }

    /// `check --format github` lands with another change; until then this build has no
    /// `--format` for check, and the command is run without it.
    static let checkHasFormat: Bool = {
        (try? Taakboek.run(["check", "--help"]))?.stdout.contains("--format") ?? false
    }()

    /// Runs the event's commands in `clone` as the workflow's shell would; their exit statuses.
    static func run(
        _ commands: [Command], event: String, baseRef: String, in clone: URL, summary: URL
    ) throws -> [(line: String, status: Int32, output: String)] {
        var results: [(String, Int32, String)] = []
        for command in commands where runs(command, event: event) {
            var line = command.line.replacingOccurrences(of: "${{ github.base_ref }}", with: baseRef)
            #expect(!line.contains("${{"), "unsupported expression in: \(command.line)")
            if !checkHasFormat && line.hasPrefix("taakboek check ") {
                line = line.replacingOccurrences(of: " --format github", with: "")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", line]
            process.currentDirectoryURL = clone
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
            environment["PATH"] = Taakboek.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
            environment["GITHUB_STEP_SUMMARY"] = summary.path
            environment["HOME"] = clone.path
            process.environment = environment
            let output = clone.deletingLastPathComponent().appendingPathComponent("output-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let handle = try FileHandle(forWritingTo: output)
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            process.waitUntilExit()
            try handle.close()
            results.append((line, process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? ""))
        }
        return results
    }

    static func git(_ arguments: String..., in directory: URL, home: URL) throws {
        let result = try GitRepository.git(arguments, in: directory, home: home)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.output)")
    }

    @Test func theWorkflowInitInstallsIsTheTemplate() throws {
        let folder = try RecordFolder()
        #expect(try Taakboek.run(InitCommandTests.arguments, in: folder.url).status == 0)
        let installed = try folder.read(".github/workflows/records.yml")
        let template = try String(
            contentsOf: RecordFolder.repositoryRoot.appendingPathComponent("ci/templates/github/records.yml"),
            encoding: .utf8)
        #expect(installed == template)
        let commands = try Self.commands(ofWorkflow: installed)
        #expect(
            commands.map(\.line) == [
                "taakboek --version",
                "taakboek diff origin/${{ github.base_ref }} HEAD --format markdown --step-summary",
                "taakboek check --format github --base origin/${{ github.base_ref }}",
                "taakboek check --format github",
            ])
    }

    @Test func pullRequestsAndPushesOnAClone() throws {
        let scratch = try RecordFolder()
        let origin = scratch.url.appendingPathComponent("origin")
        let clone = scratch.url.appendingPathComponent("clone")
        try FileManager.default.createDirectory(at: origin, withIntermediateDirectories: true)
        #expect(try Taakboek.run(InitCommandTests.arguments, in: origin).status == 0)
        #expect(
            try Taakboek.run(
                ["new", "periode", "2025-I", "--achterstand-begin", "12", "--taakstelling", "30"], in: origin
            )
            .status == 0)
        try Self.git("add", "-A", in: origin, home: scratch.url)
        try Self.git("commit", "-qm", "Records van Aa en Hunze", "--no-verify", in: origin, home: scratch.url)
        // A good pull request: one placement more.
        try Self.git("checkout", "-qb", "plaatsing", in: origin, home: scratch.url)
        #expect(
            try Taakboek.run(
                ["new", "plaatsing", "--datum", "2025-03-14", "--soort", "regulier", "--personen", "3"], in: origin
            ).status == 0)
        try Self.git("add", "-A", in: origin, home: scratch.url)
        try Self.git("commit", "-qm", "Plaatsing", "--no-verify", in: origin, home: scratch.url)
        // A bad one: the half-year closed with an end backlog that does not add up.
        try Self.git("checkout", "-qb", "fout", "main", in: origin, home: scratch.url)
        let periodPath = origin.appendingPathComponent("records/aa-en-hunze/perioden/2025-I.yaml")
        let period = try String(contentsOf: periodPath, encoding: .utf8)
        try Data(
            period.replacingOccurrences(
                of: "status: open", with: "status: afgesloten\ngehuisvest: 3\nachterstand_eind: 40"
            ).utf8
        ).write(to: periodPath)
        try Self.git("commit", "-qam", "2025-I afgesloten", "--no-verify", in: origin, home: scratch.url)
        try Self.git("checkout", "-q", "main", in: origin, home: scratch.url)
        try Self.git("clone", "-q", origin.path, clone.path, in: scratch.url, home: scratch.url)

        let workflow = try String(
            contentsOf: origin.appendingPathComponent(".github/workflows/records.yml"), encoding: .utf8)
        let commands = try Self.commands(ofWorkflow: workflow)

        try Self.git("checkout", "-q", "plaatsing", in: clone, home: scratch.url)
        let goodSummary = scratch.url.appendingPathComponent("goed.md")
        let good = try Self.run(commands, event: "pull_request", baseRef: "main", in: clone, summary: goodSummary)
        #expect(good.count == 3)
        for result in good { #expect(result.status == 0, "\(result.line): \(result.output)") }
        let goodText = try String(contentsOf: goodSummary, encoding: .utf8)
        #expect(goodText.contains("): geen bevindingen.**"))
        #expect(
            goodText.contains(
                "- Toegevoegd: `records/aa-en-hunze/plaatsingen/2025-I/2025-03-14-regulier.yaml` (2025-I): datum 2025-03-14, soort regulier, personen 3"
            ))

        try Self.git("checkout", "-q", "fout", in: clone, home: scratch.url)
        let badSummary = scratch.url.appendingPathComponent("fout.md")
        let bad = try Self.run(commands, event: "pull_request", baseRef: "main", in: clone, summary: badSummary)
        #expect(bad.map(\.status) == [0, 0, 1], "\(bad.map(\.output))")
        #expect(bad.last?.output.contains("fout [TB201]") == true)
        let badText = try String(contentsOf: badSummary, encoding: .utf8)
        #expect(badText.contains(": 1 fout, 0 waarschuwingen.**"))
        #expect(badText.contains("| aa-en-hunze | 2025-I | status | open | afgesloten |"))

        try Self.git("checkout", "-q", "main", in: clone, home: scratch.url)
        let push = try Self.run(
            commands, event: "push", baseRef: "", in: clone, summary: scratch.url.appendingPathComponent("push.md"))
        #expect(push.map(\.status) == [0, 0], "\(push.map(\.output))")
    }
}
