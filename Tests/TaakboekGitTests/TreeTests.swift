import Foundation
import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("Trees and blobs")
struct TreeTests {
    /// A commit with nested folders, an executable, a symlink, a non-ASCII
    /// name and names that sort around a directory ("a-b", "a/", "a0").
    private func makeTree(_ scratch: Scratch) throws -> (path: String, head: ObjectID) {
        let repoPath = try scratch.initRepository()
        try scratch.write("repo/records/2024/jan.txt", "january\n")
        try scratch.write("repo/records/2024/feb.txt", "february\n")
        try scratch.write("repo/records/2025/caf\u{E9}.txt", "caf\u{E9}\n")
        try scratch.write("repo/records/index.txt", "index\n")
        try scratch.write("repo/a/inner.txt", "inner\n")
        try scratch.write("repo/a-b", "dash\n")
        try scratch.write("repo/a0", "zero\n")
        try scratch.write("repo/tool.sh", "#!/bin/sh\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path("repo/tool.sh"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("repo/link"), withDestinationPath: "a0")
        let head = try scratch.commitAll("tree", in: repoPath)
        return (repoPath, try #require(ObjectID(hex: head)))
    }

    /// `git ls-tree -r -z` as tree entries (blobs only).
    private func lsTree(_ scratch: Scratch, _ repoPath: String, _ paths: [String] = []) throws -> [TreeEntry] {
        let output = try scratch.git(["ls-tree", "-r", "-z", "HEAD", "--"] + paths, in: repoPath)
        return try output.split(separator: "\0").compactMap { record -> TreeEntry? in
            let parts = record.split(separator: "\t", maxSplits: 1)
            let fields = parts[0].split(separator: " ")
            guard fields[1] == "blob" else { return nil }
            return TreeEntry(
                path: String(parts[1]), id: try #require(ObjectID(hex: String(fields[2]))),
                mode: FileMode(rawValue: try #require(UInt32(fields[0], radix: 8))))
        }
    }

    @Test func listsAllBlobsLikeLsTree() throws {
        try withScratch { scratch in
            let (repoPath, head) = try makeTree(scratch)
            let repository = try Repository.open(at: repoPath)
            let blobs = try repository.listBlobs(inCommit: head)
            #expect(blobs == (try lsTree(scratch, repoPath)))
            #expect(blobs.first { $0.path == "tool.sh" }?.mode == .executable)
            #expect(blobs.first { $0.path == "link" }?.mode == .symlink)
            #expect(blobs.first { $0.path == "a0" }?.mode == .blob)
            #expect(blobs.contains { $0.path == "records/2025/caf\u{E9}.txt" })
        }
    }

    @Test func listsBlobsUnderAPrefix() throws {
        try withScratch { scratch in
            let (repoPath, head) = try makeTree(scratch)
            let repository = try Repository.open(at: repoPath)
            let records = try repository.listBlobs(inCommit: head, under: "records")
            #expect(records == (try lsTree(scratch, repoPath, ["records"])))
            #expect(records.count == 4)
            #expect(
                try repository.listBlobs(inCommit: head, under: "/records/2024/").map(\.path)
                    == ["records/2024/feb.txt", "records/2024/jan.txt"])
            // Whole components only: "a" is the folder, not "a-b" or "a0".
            #expect(try repository.listBlobs(inCommit: head, under: "a").map(\.path) == ["a/inner.txt"])
            #expect(try repository.listBlobs(inCommit: head, under: "a0").map(\.path) == ["a0"])
            #expect(try repository.listBlobs(inCommit: head, under: "missing").isEmpty)
            #expect(try repository.listBlobs(inCommit: head, under: "records/missing/x").isEmpty)
        }
    }

    @Test func looksUpSingleEntries() throws {
        try withScratch { scratch in
            let (repoPath, head) = try makeTree(scratch)
            let repository = try Repository.open(at: repoPath)
            let file = try #require(try repository.entry(atPath: "records/2024/jan.txt", inCommit: head))
            #expect(file.id.hex == (try scratch.revParse("HEAD:records/2024/jan.txt", in: repoPath)))
            #expect(file.mode == .blob)
            let folder = try #require(try repository.entry(atPath: "records/2024", inCommit: head))
            #expect(folder.mode == .tree)
            #expect(try repository.entry(atPath: "records/nope.txt", inCommit: head) == nil)
            #expect(try repository.entry(atPath: "", inCommit: head) == nil)
        }
    }

    @Test func readsBlobBytesAndSize() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            let binary: [UInt8] = [0, 1, 2, 0xff, 0xfe, 10, 13, 0] + Array("text".utf8)
            try scratch.write("repo/data.bin", bytes: binary)
            try scratch.write("repo/empty.txt", "")
            let head = try #require(ObjectID(hex: try scratch.commitAll("blobs", in: repoPath)))

            let repository = try Repository.open(at: repoPath)
            let data = try #require(try repository.entry(atPath: "data.bin", inCommit: head))
            #expect(try repository.blob(data.id) == binary)
            #expect(try repository.blobSize(data.id) == binary.count)
            let empty = try #require(try repository.entry(atPath: "empty.txt", inCommit: head))
            #expect(try repository.blob(empty.id) == [])
            #expect(try repository.blobSize(empty.id) == 0)

            let treeID = try repository.tree(ofCommit: head)
            #expect(throws: GitError.self) { try repository.blobSize(treeID) }
            #expect(throws: GitError.self) { try repository.blob(treeID) }
        }
    }
}
