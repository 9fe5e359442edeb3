import Foundation
import TaakboekCore
import TaakboekGit
import TaakboekState
import TaakboekTestSupport
import Testing

/// A working-tree check gives each file the id `git add` would give it, computed from the bytes
/// it read, with git as the oracle; the audit takes those ids instead of reading the files again.
@Suite("Working-tree ids from the bytes read")
struct WorkingTreeSourceTests {
    /// `git hash-object --path` (clean filters applied) for each file, against the loader's ids,
    /// on an LF checkout, a CRLF one (`core.autocrlf=true`), with `.gitattributes` rules for
    /// line ends and `ident`.
    @Test func idsEqualGitsHashThroughTheCleanFilters() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/records/a/gemeente.yaml", "naam: A\ncbs_code: GM0001\n")
            try scratch.write("repo/records/a/perioden/2024-I.yaml", "periode: 2024-I\r\nstatus: open\r\n")
            try scratch.write("repo/records/b/gemeente.yaml", "naam: B\r\nmixed: ja\n")
            try scratch.write("repo/schemas/x.schema.json", "{}\r\n")
            // `ident` collapses `$Id: …$` to `$Id$` on the way in.
            try scratch.write("repo/records/c/gemeente.yaml", "naam: C\nbron: $Id: oud $\n")
            try scratch.write("repo/.gitattributes", "records/b/** text eol=lf\nrecords/c/** ident\n")
            for autocrlf in ["false", "true", "input"] {
                try scratch.git(["config", "core.autocrlf", autocrlf], in: repoPath)
                let repository = try Repository.open(at: repoPath)
                let tree = try RecordLoader.load(from: WorkingTreeSource(root: repoPath, repository: repository))
                for file in tree.files where file.path.hasPrefix("records/") || file.path.hasPrefix("schemas/") {
                    // (The scratch helper sets core.autocrlf=false on every command: set it back.)
                    let expected = try scratch.lines(
                        ["-c", "core.autocrlf=\(autocrlf)", "hash-object", "--path", file.path, file.path], in: repoPath
                    )[0]
                    #expect(file.objectID == expected, "\(file.path), core.autocrlf=\(autocrlf)")
                }
            }
        }
    }

    /// In a subfolder of a repository, the filters are those of the path in the working tree.
    @Test func aFolderBelowTheWorkingTreeUsesItsPathThere() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/sub/records/a/gemeente.yaml", "naam: A\r\n")
            try scratch.write("repo/.gitattributes", "sub/records/** text eol=lf\n")
            let folder = repoPath + "/sub"
            let tree = try RecordLoader.load(
                from: WorkingTreeSource(root: folder, repository: try Repository.open(at: folder)))
            let file = try #require(tree.files.first { $0.path == "records/a/gemeente.yaml" })
            let expected = try scratch.lines(
                ["hash-object", "--path", "sub/records/a/gemeente.yaml", "sub/records/a/gemeente.yaml"], in: repoPath)[0]
            #expect(file.objectID == expected)
            // Without the attributes' path the CRLF would have stayed in the blob.
            #expect(file.objectID != (try ObjectID.ofBlob(Array("naam: A\r\n".utf8))).hex)
        }
    }

    @Test func outsideGitTheBytesAreHashedAsTheyAre() throws {
        try withScratch { scratch in
            try scratch.write("plain/records/a/gemeente.yaml", "naam: A\r\n")
            let tree = try RecordLoader.load(from: WorkingTreeSource(root: scratch.path("plain"), repository: nil))
            let file = try #require(tree.files.first { $0.path == "records/a/gemeente.yaml" })
            #expect(file.objectID == (try ObjectID.ofBlob(Array("naam: A\r\n".utf8))).hex)
        }
    }

    /// The snapshot takes the checked ids and does not read those files again: given an id that
    /// is not the file's, it keeps it (so the audit names what the check read, even if the file
    /// changed after), and it still hashes what the check did not read.
    @Test func theSnapshotUsesTheCheckedIDsWithoutReadingAgain() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/records/a/gemeente.yaml", "naam: A\n")
            try scratch.write("repo/records/a/perioden/2024-I.yaml", "periode: 2024-I\n")
            let repository = try Repository.open(at: repoPath)
            let tree = try RecordLoader.load(from: WorkingTreeSource(root: repoPath, repository: repository))
            let checked = try WorkingTreeSnapshot.of(folder: repoPath, checked: tree, repository: repository)
            #expect(checked.files == (try WorkingTreeSnapshot.of(folder: repoPath, repository: repository)).files)

            let read = try ObjectID.ofBlob(Array("naam: A\n".utf8))
            try scratch.write("repo/records/a/gemeente.yaml", "naam: veranderd na de controle\n")
            let afterwards = try WorkingTreeSnapshot.of(
                folder: repoPath, repository: repository, known: ["records/a/gemeente.yaml": read])
            #expect(afterwards.files["records/a/gemeente.yaml"]?.id == read)
            #expect(
                afterwards.files["records/a/perioden/2024-I.yaml"]?.id
                    == (try ObjectID.ofBlob(Array("periode: 2024-I\n".utf8))))
        }
    }
}
