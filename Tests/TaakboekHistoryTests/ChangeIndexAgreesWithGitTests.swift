import Foundation
import TaakboekGit
import Testing

@testable import TaakboekHistory

/// What the change index says a commit changed under `records/`, against each parent, is what
/// `git diff-tree -r --no-renames <parent> <commit> -- records` says.
@Suite("The change index agrees with git diff-tree", .serialized)
struct ChangeIndexAgreesWithGitTests {
    static func expectEveryCommitAgrees(_ fixture: GitFixture) throws {
        let repository = try Repository.open(at: fixture.path("repo"))
        let index = ChangeIndex(repository: repository, gitDir: nil)
        let commits = try fixture.lines(["rev-list", "--parents", "HEAD"])
        #expect(!commits.isEmpty)
        for line in commits {
            let ids = line.split(separator: " ").map(String.init)
            let changes = try index.changes(of: try #require(ObjectID(hex: ids[0])))
            #expect(changes.parents.map(\.hex) == Array(ids.dropFirst()))
            let parents = ids.count > 1 ? Array(ids.dropFirst()) : ["--root"]
            #expect(changes.changes.count == parents.count)
            for (number, parent) in parents.enumerated() where number < changes.changes.count {
                let raw = try fixture.lines(
                    ["diff-tree", "-r", "--no-renames", "--no-commit-id", "--full-index", parent]
                        + [ids[0], "--", "records"])
                let expected = raw.map { line -> String in
                    // ":100644 100644 <old> <new> M\t<path>"
                    let (meta, path) = (line.split(separator: "\t")[0], line.split(separator: "\t")[1])
                    let fields = meta.split(separator: " ")
                    let zero = String(repeating: "0", count: 40)
                    let old = fields[2] == zero ? "-" : String(fields[2])
                    let new = fields[3] == zero ? "-" : String(fields[3])
                    return "\(path) \(old) \(new)"
                }
                let actual = changes.changes[number].map { "\($0.path) \($0.old?.hex ?? "-") \($0.new?.hex ?? "-")" }
                #expect(actual == expected, "\(ids[0]) against \(parent)")
            }
        }
    }

    @Test func everyCommitOfTheHandBuiltHistory() throws {
        let fixture = try GitFixture()
        try HistoryScenario.build(in: fixture)
        try Self.expectEveryCommitAgrees(fixture)
    }

    @Test func everyCommitOfAGeneratedHistory() throws {
        let fixture = try GitFixture()
        try fixture.generate([
            "--municipalities", "2", "--from", "2022", "--to", "2025", "--placements-per-period", "2",
            "--commits", "150", "--seed", "5",
        ])
        try Self.expectEveryCommitAgrees(fixture)
    }

    /// Folders whose names are prefixes of each other sort in git's tree order ("a-b/" before
    /// "a/" before "a0/"), not by name: the walk side by side must still pair them.
    @Test func foldersNamedAsPrefixesOfEachOther() throws {
        let fixture = try GitFixture()
        try fixture.git(["init", "-q", fixture.path("repo")], in: ".")
        let names = ["a", "a-b", "a.b", "a0", "a/b", "ab", "é", "e"]
        for name in names {
            try fixture.write("records/x/plaatsingen/\(name)/p.yaml", "versie: 1\n")
            try fixture.write("records/x/plaatsingen/\(name).yaml", "versie: 1\n")
        }
        try fixture.commit("begin", time: 1)
        for name in names where name != "a0" {
            try fixture.write("records/x/plaatsingen/\(name)/p.yaml", "versie: 2\n")
        }
        try fixture.write("records/x/plaatsingen/a0.yaml", "versie: 2\n")
        try FileManager.default.removeItem(atPath: fixture.path("repo/records/x/plaatsingen/a-b.yaml"))
        try fixture.write("records/x/plaatsingen/a-c/p.yaml", "versie: 1\n")
        try fixture.commit("wijzigingen", time: 2)
        try Self.expectEveryCommitAgrees(fixture)
    }

    @Test func byteOrderIsGitsOrder() {
        #expect(ByteOrder.precedes("a", "a-b") && !ByteOrder.precedes("a-b", "a"))
        #expect(ByteOrder.precedes("Z", "a") && ByteOrder.precedes("e", "é") && !ByteOrder.precedes("a", "a"))
    }
}
