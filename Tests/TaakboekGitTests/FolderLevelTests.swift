import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("Folder levels: tree ids of the index's folders without writing them")
struct FolderLevelTests {
    /// Names chosen to test git's tree order (a file "a.txt" and a folder "a" sort as "a/"),
    /// nesting, an executable and a symbolic link.
    static let names = [
        "records/a.txt", "records/a/x.yaml", "records/a/deep/er/y.yaml", "records/a-b/z.yaml", "records/a0/q.yaml",
        "records/b/één.yaml", "records/README.md", "schemas/s.json", "top.txt",
    ]

    func makeRepository(_ scratch: Scratch) throws -> String {
        let repoPath = try scratch.initRepository()
        for name in Self.names { try scratch.write("repo/" + name, name + "\n") }
        try scratch.git(["add", "-A"], in: repoPath)
        try scratch.git(["update-index", "--chmod=+x", "records/a/x.yaml"], in: repoPath)
        let target = try scratch.lines(["hash-object", "-w", "records/a.txt"], in: repoPath)[0]
        try scratch.git(["update-index", "--add", "--cacheinfo", "120000,\(target),records/b/link"], in: repoPath)
        return repoPath
    }

    @Test func indexTreeIDsAreThoseGitWrites() throws {
        try withScratch { scratch in
            let repoPath = try makeRepository(scratch)
            let written = try scratch.lines(["write-tree"], in: repoPath)[0]
            let level = try Repository.open(at: repoPath).index().folderLevel(under: "records")
            // git orders a folder as its name with "/": "a-b" < "a/" < "a0".
            #expect(level.folders.map(\.name) == ["a-b", "a", "a0", "b"])
            for folder in level.folders {
                let expected = try scratch.revParse("\(written):records/\(folder.name)", in: repoPath)
                #expect(folder.tree.hex == expected, "records/\(folder.name)")
            }
            #expect(level.files.map(\.path) == ["records/README.md", "records/a.txt"])
            let root = try Repository.open(at: repoPath).index().folderLevel(under: "")
            #expect(root.folders.map(\.name) == ["records", "schemas"])
            #expect(root.tree(of: "records")?.hex == (try scratch.revParse("\(written):records", in: repoPath)))
            #expect(root.files.map(\.path) == ["top.txt"])
        }
    }

    @Test func indexAndCommitAgreeUntilAFolderChanges() throws {
        try withScratch { scratch in
            let repoPath = try makeRepository(scratch)
            try scratch.git(["commit", "-q", "-m", "first"], in: repoPath)
            let head = try #require(ObjectID(hex: try scratch.revParse("HEAD", in: repoPath)))
            let repository = try Repository.open(at: repoPath)
            let committed = try repository.folderLevel(under: "records", inCommit: head)
            #expect(try repository.index().folderLevel(under: "records").folders == committed.folders)
            #expect(committed.files.map(\.path) == ["records/README.md", "records/a.txt"])

            try scratch.write("repo/records/a/deep/er/y.yaml", "changed\n")
            try scratch.git(["add", "records/a/deep/er/y.yaml"], in: repoPath)
            let staged = try Repository.open(at: repoPath).index().folderLevel(under: "records")
            #expect(staged.tree(of: "a") != committed.tree(of: "a"))
            for name in ["a-b", "a0", "b"] { #expect(staged.tree(of: name) == committed.tree(of: name)) }
        }
    }

    @Test func missingFoldersGiveAnEmptyLevel() throws {
        try withScratch { scratch in
            let repoPath = try makeRepository(scratch)
            try scratch.git(["commit", "-q", "-m", "first"], in: repoPath)
            let head = try #require(ObjectID(hex: try scratch.revParse("HEAD", in: repoPath)))
            let repository = try Repository.open(at: repoPath)
            #expect(try repository.index().folderLevel(under: "nothing").folders.isEmpty)
            #expect(try repository.folderLevel(under: "nothing", inCommit: head).folders.isEmpty)
            #expect(try repository.folderLevel(under: "top.txt", inCommit: head).files.isEmpty)
        }
    }
}
