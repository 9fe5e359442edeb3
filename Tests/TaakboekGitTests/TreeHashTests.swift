import TaakboekGit
import TaakboekTestSupport
import Testing

/// Ids computed without writing anything equal the ones git writes, with git itself as the oracle.
@Suite("Tree hashes: the ids git would write")
struct TreeHashTests {
    func makeRepository(_ scratch: Scratch) throws -> String {
        let repoPath = try scratch.initRepository()
        for name in FolderLevelTests.names + ["records/c d/e, f.yaml", "schemas/output/x.json"] {
            try scratch.write("repo/" + name, name + "\n")
        }
        try scratch.git(["add", "-A"], in: repoPath)
        try scratch.git(["update-index", "--chmod=+x", "records/a/x.yaml"], in: repoPath)
        return repoPath
    }

    @Test func indexRootTreeIsWhatWriteTreeWrites() throws {
        try withScratch { scratch in
            let repoPath = try makeRepository(scratch)
            let written = try scratch.lines(["write-tree"], in: repoPath)[0]
            let level = try Repository.open(at: repoPath).index().folderLevel(under: "")
            #expect(try level.treeID().hex == written)
        }
    }

    @Test func treeOfFilesIsWhatWriteTreeWrites() throws {
        try withScratch { scratch in
            let repoPath = try makeRepository(scratch)
            let written = try scratch.lines(["write-tree"], in: repoPath)[0]
            // `git ls-files -s`: "<mode> <id> <stage>\t<path>"
            let files = try scratch.lines(["-c", "core.quotePath=false", "ls-files", "-s"], in: repoPath).compactMap {
                line -> (path: String, mode: FileMode, id: ObjectID)? in
                let parts = line.split(separator: "\t", maxSplits: 1)
                let fields = parts[0].split(separator: " ")
                guard parts.count == 2, fields.count == 3, let mode = UInt32(fields[0], radix: 8),
                    let id = ObjectID(hex: String(fields[1]))
                else { return nil }
                return (String(parts[1]), FileMode(rawValue: mode), id)
            }
            #expect(files.count == FolderLevelTests.names.count + 2)
            #expect(try TreeHash.tree(ofFiles: files)?.hex == written)
            #expect(try TreeHash.tree(ofFiles: []) == nil)
            #expect(try TreeHash.tree([]).hex == "4b825dc642cb6eb9a060e54bf8d69288fbee4904")
        }
    }

    @Test func blobOfAFileIsWhatHashObjectGives() throws {
        try withScratch { scratch in
            let repoPath = try makeRepository(scratch)
            try scratch.write("repo/groot.bin", bytes: (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
            for name in ["groot.bin", "records/b/één.yaml"] {
                let expected = try scratch.lines(["hash-object", "--no-filters", name], in: repoPath)[0]
                #expect(try TreeHash.blob(ofFile: repoPath + "/" + name).hex == expected)
            }
            #expect(throws: GitError.self) { try TreeHash.blob(ofFile: repoPath + "/bestaat-niet") }
        }
    }
}
