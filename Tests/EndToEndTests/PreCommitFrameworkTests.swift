import Foundation
import Testing

/// `.pre-commit-hooks.yaml` under the real pre-commit framework (PyPI's `pre-commit`, which
/// scripts/test installs): a records repository that names the `taakboek-check-system` hook runs
/// the installed taakboek on what is staged, and the framework passes or blocks on its exit
/// status. Skipped, saying so, where `pre-commit` is not installed. (`taakboek-check`, the
/// `language: swift` variant, makes the framework build the package: not run here.)
@Suite("The pre-commit framework runs the system hook")
struct PreCommitFrameworkTests {
    static let preCommit: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/pre-commit"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    func run(_ arguments: [String], in directory: URL, home: URL) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["PATH"] = Taakboek.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
        environment["PRE_COMMIT_HOME"] = home.appendingPathComponent("pre-commit-cache").path
        environment["HOME"] = home.path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        return try Subprocess.run(try #require(Self.preCommit), arguments, in: directory, environment: environment)
    }

    @Test func theSystemHookBlocksABadChangeAndPassesAGoodOne() throws {
        guard Self.preCommit != nil else {
            print("PreCommitFrameworkTests skipped: pre-commit is not on PATH (pip install pre-commit)")
            return
        }
        // The hooks repository: this checkout's .pre-commit-hooks.yaml, committed as the
        // framework wants it (it clones `repo` at `rev`).
        let hooks = try RecordFolder()
        try hooks.write(
            ".pre-commit-hooks.yaml",
            try String(
                contentsOf: RecordFolder.repositoryRoot.appendingPathComponent(".pre-commit-hooks.yaml"),
                encoding: .utf8))
        try hooks.git("init", "-q")
        try hooks.git("add", "-A")
        try hooks.git("commit", "-qm", "hooks")
        let revision = try hooks.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)

        let records = try RecordFolder()
        #expect(try Taakboek.run(InitCommandTests.arguments, in: records.url).status == 0)
        try records.write(
            ".pre-commit-config.yaml",
            """
            repos:
              - repo: \(hooks.url.path)
                rev: \(revision)
                hooks:
                  - id: taakboek-check-system

            """)
        #expect(
            try Taakboek.run(
                ["new", "periode", "2025-I", "--achterstand-begin", "12", "--taakstelling", "30"], in: records.url
            ).status == 0)
        try records.git("add", "-A")
        let good = try run(["run"], in: records.url, home: records.url)
        #expect(good.status == 0, "\(good.output)")
        #expect(good.output.contains("taakboek check") && good.output.contains("Passed"), "\(good.output)")

        try records.replace(
            "records/aa-en-hunze/perioden/2025-I.yaml", "status: open",
            with: "status: afgesloten\ngehuisvest: 3\nachterstand_eind: 40")
        try records.git("add", "-A")
        let bad = try run(["run"], in: records.url, home: records.url)
        #expect(bad.status == 1, "\(bad.output)")
        #expect(bad.output.contains("Failed") && bad.output.contains("TB201"), "\(bad.output)")
    }
}
