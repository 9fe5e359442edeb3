import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("Tree diffs")
struct DiffTests {
    private let longText =
        (1...40).map { "line \($0) of a record that is long enough to be similar" }
        .joined(separator: "\n") + "\n"

    /// Returns (repo path, first commit, second commit).
    private func makeChanges(_ scratch: Scratch) throws -> (String, ObjectID, ObjectID) {
        let repoPath = try scratch.initRepository()
        try scratch.write("repo/a.txt", "a1\n")
        try scratch.write("repo/b.txt", "b\n")
        try scratch.write("repo/dir/c.txt", "c1\n")
        try scratch.write("repo/keep.txt", longText)
        let first = try scratch.commitAll("first", in: repoPath)
        try scratch.write("repo/a.txt", "a2\n")
        try scratch.git(["rm", "-q", "b.txt"], in: repoPath)
        try scratch.write("repo/d.txt", "d\n")
        try scratch.write("repo/dir/c.txt", "c2\n")
        try scratch.git(["mv", "keep.txt", "moved.txt"], in: repoPath)
        let second = try scratch.commitAll("second", in: repoPath)
        return (repoPath, try #require(ObjectID(hex: first)), try #require(ObjectID(hex: second)))
    }

    private func summary(_ changes: [TreeChange]) -> Set<String> {
        Set(
            changes.map { change in
                switch change.kind {
                case .renamed: "R \(change.oldPath) -> \(change.newPath)"
                case .added: "A \(change.newPath)"
                case .deleted: "D \(change.oldPath)"
                case .modified: "M \(change.newPath)"
                case .copied: "C \(change.newPath)"
                case .typeChanged: "T \(change.newPath)"
                }
            })
    }

    @Test func findsAddedDeletedAndModifiedFiles() throws {
        try withScratch { scratch in
            let (repoPath, first, second) = try makeChanges(scratch)
            let repository = try Repository.open(at: repoPath)
            let changes = try repository.diffTrees(old: first, new: second)
            #expect(summary(changes) == ["M a.txt", "D b.txt", "A d.txt", "M dir/c.txt", "D keep.txt", "A moved.txt"])

            let modified = try #require(changes.first { $0.newPath == "a.txt" })
            #expect(modified.oldID == (try repository.entry(atPath: "a.txt", inCommit: first))?.id)
            #expect(modified.newID == (try repository.entry(atPath: "a.txt", inCommit: second))?.id)
            let deleted = try #require(changes.first { $0.oldPath == "b.txt" })
            #expect(deleted.newID == nil && deleted.oldID != nil)
            let added = try #require(changes.first { $0.newPath == "d.txt" })
            #expect(added.oldID == nil && added.newMode == .blob)
            #expect(try repository.blob(try #require(added.newID)) == Array("d\n".utf8))
        }
    }

    @Test func detectsRenames() throws {
        try withScratch { scratch in
            let (repoPath, first, second) = try makeChanges(scratch)
            let repository = try Repository.open(at: repoPath)
            let changes = try repository.diffTrees(old: first, new: second, detectRenames: true)
            #expect(summary(changes) == ["M a.txt", "D b.txt", "A d.txt", "M dir/c.txt", "R keep.txt -> moved.txt"])
            let rename = try #require(changes.first { $0.kind == .renamed })
            #expect(rename.similarity == 100)
            #expect(rename.oldID == rename.newID)
            let cli = try scratch.lines(
                ["diff-tree", "-r", "-M", "--name-status", first.hex, second.hex], in: repoPath)
            #expect(cli.contains("R100\tkeep.txt\tmoved.txt"))
        }
    }

    @Test func limitsToAPrefixAndHandlesMissingSides() throws {
        try withScratch { scratch in
            let (repoPath, first, second) = try makeChanges(scratch)
            let repository = try Repository.open(at: repoPath)
            #expect(summary(try repository.diffTrees(old: first, new: second, under: "dir")) == ["M dir/c.txt"])
            #expect(summary(try repository.diffTrees(old: first, new: second, under: "dir/")) == ["M dir/c.txt"])
            #expect(try repository.diffTrees(old: first, new: second, under: "di").isEmpty)
            #expect(try repository.diffTrees(old: first, new: second, under: "a.txt").count == 1)

            // A root commit against the empty tree: everything is added.
            #expect(
                summary(try repository.diffTrees(old: nil, new: first))
                    == ["A a.txt", "A b.txt", "A dir/c.txt", "A keep.txt"])
            #expect(summary(try repository.diffTrees(old: second, new: nil, under: "dir")) == ["D dir/c.txt"])
            #expect(try repository.diffTrees(old: nil, new: nil).isEmpty)
            // Tree ids work as well as commit ids.
            let trees = (try repository.tree(ofCommit: first), try repository.tree(ofCommit: second))
            #expect(try repository.diffTrees(old: trees.0, new: trees.1).count == 6)
        }
    }
}
