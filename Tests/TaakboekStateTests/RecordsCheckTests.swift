import Foundation
import TaakboekChecking
import TaakboekCore
import TaakboekGit
import TaakboekHistory
import TaakboekReporting
import TaakboekState
import TaakboekTestSupport
import Testing

/// `taakboek check` as a library call, on a real repository made with git: each target gives its
/// findings, with the change rules against the base, and the audit ids its format needs.
@Suite("RecordsCheck: check(state, base) as a library call")
struct RecordsCheckTests {
    static let closed = "records/tynaarlo/perioden/2023-I.yaml"

    /// The shipped records committed, then a closed period's figure changed in the working tree.
    func repository(_ scratch: Scratch) throws -> String {
        let repoPath = try scratch.initRepository()
        for name in ["records", "schemas"] {
            try FileManager.default.copyItem(
                at: RepositoryFiles.root.appendingPathComponent(name), to: URL(fileURLWithPath: repoPath + "/" + name))
        }
        try scratch.commitAll("records", in: repoPath)
        let path = repoPath + "/" + Self.closed
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "achterstand_begin: 12", with: "achterstand_begin: 13")
            .write(toFile: path, atomically: false, encoding: .utf8)
        return repoPath
    }

    @Test func theWorkingTreeAgainstABase() throws {
        try withScratch { scratch in
            let repoPath = try repository(scratch)
            let alone = try RecordsCheck.run(CheckRequest(directory: repoPath, target: .workingTree))
            #expect(!alone.changeRulesRan && !alone.findings.contains { $0.ruleID == "TB801" })

            let outcome = try RecordsCheck.run(
                CheckRequest(directory: repoPath, target: .workingTree, base: "HEAD", format: .github))
            #expect(outcome.changeRulesRan)
            let changed = try #require(outcome.findings.first { $0.ruleID == "TB801" })
            #expect(changed.location.path == Self.closed)
            #expect(outcome.changedPaths == [Self.closed])
            #expect(outcome.audit.base?.name == "HEAD")
            try scratch.git(["add", "-A"], in: repoPath)
            let written = try scratch.lines(["write-tree"], in: repoPath)[0]
            let recordsTree = try scratch.revParse("\(written):records", in: repoPath)
            #expect(outcome.audit.recordsTree == recordsTree)
            #expect(outcome.audit.workingTreeMatchesHead == false)
        }
    }

    @Test func theIndexAgainstHEADAndARevision() throws {
        try withScratch { scratch in
            let repoPath = try repository(scratch)
            try scratch.git(["add", "-A"], in: repoPath)
            let staged = try RecordsCheck.run(CheckRequest(directory: repoPath, target: .index, format: .json))
            #expect(staged.changeRulesRan && staged.audit.base?.name == "HEAD")
            #expect(staged.findings.contains { $0.ruleID == "TB801" && $0.origin == "index" })
            let tree = try scratch.lines(["write-tree"], in: repoPath)[0]
            #expect(staged.audit.tree == tree)

            let head = try RecordsCheck.run(CheckRequest(directory: repoPath, target: .revision("HEAD"), format: .json))
            let commit = try scratch.revParse("HEAD", in: repoPath)
            #expect(!head.changeRulesRan && head.audit.commit == commit)
        }
    }

    @Test func aRangeChecksEveryCommit() throws {
        try withScratch { scratch in
            let repoPath = try repository(scratch)
            try scratch.commitAll("figure changed", in: repoPath)
            let outcome = try RecordsCheck.run(
                CheckRequest(directory: repoPath, target: .range(from: "HEAD~1", to: "HEAD")))
            #expect(outcome.scope?.en == "in 1 commits (HEAD~1..HEAD)")
            #expect(outcome.findings.contains { $0.ruleID == "TB801" })
        }
    }

    /// `taakboek diff` as a library call: the changes, and with `checking` the check of the new
    /// state against the old, the same findings `RecordsCheck` gives.
    @Test func theDiffOfTheWorkingTreeWithItsCheck() throws {
        try withScratch { scratch in
            let repoPath = try repository(scratch)
            let git = try GitCheck.opened(at: repoPath)
            let head = try #require(try git.head())
            let old = RecordState.commit(head, named: "HEAD", in: git.location)
            let new = RecordState.workingTree(repoPath)
            let plain = try RecordsDiff.run(old, new, base: (head, "HEAD"), checking: false, git: git)
            #expect(plain.check == nil && plain.trees.isEmpty)
            #expect(plain.changes.map(\.path) == [Self.closed] && plain.changes.map(\.field) == ["achterstand_begin"])

            let checked = try RecordsDiff.run(old, new, base: (head, "HEAD"), checking: true, git: git)
            #expect(checked.changes == plain.changes)
            let expected = try RecordsCheck.run(CheckRequest(directory: repoPath, target: .workingTree, base: "HEAD"))
            #expect(checked.check?.findings == expected.findings)
            #expect(checked.check?.findings.contains { $0.ruleID == "TB801" } == true)
        }
    }

    /// The same for the index and for two commits: the check's findings are `RecordsCheck`'s,
    /// with the analysis cache warm (files read afresh for the comparison keep their content).
    @Test func theDiffOfTheIndexAndOfTwoCommits() throws {
        try withScratch { scratch in
            let repoPath = try repository(scratch)
            try scratch.git(["add", "-A"], in: repoPath)
            let git = try GitCheck.opened(at: repoPath)
            let head = try #require(try git.head())
            let old = RecordState.commit(head, named: "HEAD", in: git.location)
            // Warm the analysis cache with the staged state, so the diff must read afresh.
            let expected = try RecordsCheck.run(CheckRequest(directory: repoPath, target: .index))
            let staged = try RecordsDiff.run(old, .index(git.location), base: (head, "HEAD"), checking: true, git: git)
            #expect(staged.check?.findings == expected.findings)
            #expect(staged.changes.map(\.field) == ["achterstand_begin"])

            let commit = try #require(ObjectID(hex: try scratch.commitAll("figure changed", in: repoPath)))
            let committed = try RecordsDiff.run(
                old, .commit(commit, named: "HEAD", in: git.location), base: (head, "HEAD~1"), checking: true, git: git)
            #expect(committed.changes == staged.changes)
            #expect(committed.check?.findings.contains { $0.ruleID == "TB801" } == true)
        }
    }

    @Test func outsideARepositoryTheBaseIsAnError() throws {
        try withScratch { scratch in
            try FileManager.default.copyItem(
                at: RepositoryFiles.root.appendingPathComponent("records"),
                to: URL(fileURLWithPath: scratch.path("plain/records")))
            #expect(throws: SourceError.self) {
                try RecordsCheck.run(CheckRequest(directory: scratch.path("plain"), target: .workingTree, base: "HEAD"))
            }
            let plain = try RecordsCheck.run(CheckRequest(directory: scratch.path("plain"), target: .workingTree))
            #expect(plain.trees.first?.recordCount ?? 0 > 0)
        }
    }
}
