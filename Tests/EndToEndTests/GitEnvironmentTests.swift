import Foundation
import Testing

/// The working tree is found by git's rule in every command: `GIT_DIR` and `GIT_WORK_TREE`
/// are honoured by `check` as by `check --staged` (they once found the repository two ways).
@Suite("GIT_DIR and GIT_WORK_TREE")
struct GitEnvironmentTests {
    @Test func checkAndCheckStagedFindTheSameWorkingTree() throws {
        let repository = try GitRepository()
        try repository.breakOpenPeriod()
        try repository.git("add", "-A")
        let elsewhere = try RecordFolder()
        let environment = [
            "GIT_DIR": repository.url.appendingPathComponent(".git").path, "GIT_WORK_TREE": repository.url.path,
        ]
        let working = try Taakboek.run(["check"], in: elsewhere.url, environment: environment)
        let staged = try Taakboek.run(["check", "--staged"], in: elsewhere.url, environment: environment)
        #expect(working.status == 1, "\(working.stdout)\(working.stderr)")
        #expect(working.stdout.contains("records/tynaarlo/perioden/2025-I.yaml"), "\(working.stdout)")
        #expect(staged.status == 1 && staged.stdout.contains("(index)"), "\(staged.stdout)\(staged.stderr)")
    }
}
