import Foundation
import TaakboekChecking
import TaakboekCore
import TaakboekGit
import TaakboekRules
import TaakboekState
import TaakboekTestSupport
import Testing

/// The ids a report's audit data carries equal git's own, and the changed files are those
/// `git diff --name-only` lists.
@Suite("Audit ids and changed files, with git as the oracle")
struct AuditIDsTests {
    static let files = [
        "records/a/perioden/2024-I.yaml", "records/a/gemeente.yaml", "records/a-b/x.yaml", "records/b/één.yaml",
        "records/c d/e, f.yaml", "records/README.md", "schemas/periode.schema.json", "schemas/output/r.json",
        "README.md",
    ]

    func makeRepository(_ scratch: Scratch) throws -> String {
        let repoPath = try scratch.initRepository()
        for name in Self.files { try scratch.write("repo/" + name, name + "\n") }
        try scratch.commitAll("start", in: repoPath)
        return repoPath
    }

    @Test func commitAndIndexIDs() throws {
        try withScratch { scratch in
            let repoPath = try makeRepository(scratch)
            let git = try GitCheck(at: repoPath, provenance: { _, _ in NoProvenance() })
            let head = try #require(try git.head())
            let ids = try git.ids(of: .commit(head))
            #expect(ids.commit == head)
            #expect(ids.tree?.hex == (try scratch.revParse("HEAD^{tree}", in: repoPath)))
            #expect(ids.recordsTree?.hex == (try scratch.revParse("HEAD:records", in: repoPath)))
            #expect(ids.schemasTree?.hex == (try scratch.revParse("HEAD:schemas", in: repoPath)))
            try scratch.write("repo/records/a/gemeente.yaml", "gewijzigd\n")
            try scratch.git(["add", "records/a/gemeente.yaml"], in: repoPath)
            let staged = try git.ids(of: .index)
            let written = try scratch.lines(["write-tree"], in: repoPath)[0]
            #expect(staged.tree?.hex == written && staged.commit == nil)
            #expect(staged.recordsTree?.hex == (try scratch.revParse("\(written):records", in: repoPath)))
            #expect(
                try git.changedPaths(in: .index, since: head)
                    == Set(
                        try scratch.lines(
                            ["-c", "core.quotePath=false", "diff", "--cached", "--name-only", "HEAD"], in: repoPath)))
        }
    }

    /// The working tree hashed from disk: the ids `git add -A && git write-tree` would give,
    /// with an executable file, a symbolic link and an untracked file.
    @Test func workingTreeSnapshotIsWhatGitWouldRecord() throws {
        try withScratch { scratch in
            let repoPath = try makeRepository(scratch)
            let git = try GitCheck(at: repoPath, provenance: { _, _ in NoProvenance() })
            let head = try #require(try git.head())
            let clean = try WorkingTreeSnapshot.of(folder: repoPath)
            #expect(clean.recordsTree?.hex == (try scratch.revParse("HEAD:records", in: repoPath)))
            #expect(clean.schemasTree?.hex == (try scratch.revParse("HEAD:schemas", in: repoPath)))
            #expect(try git.changedPaths(in: clean, since: head).isEmpty)

            try scratch.write("repo/records/a/perioden/2024-I.yaml", "anders\n")
            try scratch.write("repo/records/b/nieuw.yaml", "nieuw\n")
            try FileManager.default.removeItem(atPath: repoPath + "/records/a-b/x.yaml")
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: repoPath + "/records/b/één.yaml")
            try FileManager.default.createSymbolicLink(
                atPath: repoPath + "/records/a/link.yaml", withDestinationPath: "gemeente.yaml")
            let changed = try WorkingTreeSnapshot.of(folder: repoPath)
            try scratch.git(["add", "-A"], in: repoPath)
            let written = try scratch.lines(["write-tree"], in: repoPath)[0]
            #expect(changed.recordsTree?.hex == (try scratch.revParse("\(written):records", in: repoPath)))
            #expect(
                try git.changedPaths(in: changed, since: head)
                    == Set(
                        try scratch.lines(
                            ["-c", "core.quotePath=false", "diff", "--cached", "--name-only", "HEAD"], in: repoPath)))
        }
    }

    @Test func aFolderWithoutGitHasIDsToo() throws {
        try withScratch { scratch in
            try scratch.write("plain/records/a/gemeente.yaml", "x\n")
            let snapshot = try WorkingTreeSnapshot.of(folder: scratch.path("plain"))
            #expect(snapshot.recordsTree != nil && snapshot.schemasTree == nil)
        }
    }
}
