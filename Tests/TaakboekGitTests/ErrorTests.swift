import Foundation
import TaakboekGit
import TaakboekTestSupport
import Testing

@Suite("Errors from damaged or missing data")
struct ErrorTests {
    @Test func corruptLooseObjectIsAnErrorNotACrash() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/a.txt", "some content\n")
            try scratch.write("repo/b.txt", "other content\n")
            try scratch.commitAll("first", in: repoPath)
            let hex = try scratch.revParse("HEAD:a.txt", in: repoPath)
            let objectPath = repoPath + "/.git/objects/" + hex.prefix(2) + "/" + hex.dropFirst(2)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: objectPath)
            try Data("this is not a zlib stream".utf8).write(to: URL(fileURLWithPath: objectPath))

            let repository = try Repository.open(at: repoPath)
            let id = try #require(ObjectID(hex: hex))
            let error = #expect(throws: GitError.self) { try repository.blob(id) }
            #expect(error?.message.contains(hex) == true)
            #expect(error?.code != .notFound)
            #expect(throws: GitError.self) { try repository.blobSize(id) }

            // The rest of the repository is still readable.
            let other = try #require(ObjectID(hex: try scratch.revParse("HEAD:b.txt", in: repoPath)))
            #expect(try repository.blob(other) == Array("other content\n".utf8))
        }
    }

    /// A repository with a.txt ("first") and b.txt ("second"), b's (valid) object file put where
    /// a's should be: zlib reads it, but its content no longer hashes to a's id.
    func swappedObject(_ scratch: Scratch) throws -> (repoPath: String, a: ObjectID, b: ObjectID) {
        let repoPath = try scratch.initRepository()
        try scratch.write("repo/a.txt", "first\n")
        try scratch.write("repo/b.txt", "second\n")
        try scratch.commitAll("first", in: repoPath)
        let hexA = try scratch.revParse("HEAD:a.txt", in: repoPath)
        let hexB = try scratch.revParse("HEAD:b.txt", in: repoPath)
        func objectPath(_ hex: String) -> String {
            repoPath + "/.git/objects/" + hex.prefix(2) + "/" + hex.dropFirst(2)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: objectPath(hexA))
        try FileManager.default.removeItem(atPath: objectPath(hexA))
        try FileManager.default.copyItem(atPath: objectPath(hexB), toPath: objectPath(hexA))
        return (repoPath, try #require(ObjectID(hex: hexA)), try #require(ObjectID(hex: hexB)))
    }

    @Test func corruptObjectWithValidZlibButWrongContent() throws {
        try withScratch { scratch in
            let (repoPath, a, _) = try swappedObject(scratch)
            let repository = try Repository.open(at: repoPath)
            let error = #expect(throws: GitError.self) { try repository.blob(a) }
            #expect(error?.code == .mismatch)
        }
    }

    @Test func missingObjectIsNotFound() throws {
        try withScratch { scratch in
            let repoPath = try scratch.initRepository()
            try scratch.write("repo/a.txt", "a\n")
            try scratch.commitAll("first", in: repoPath)
            let repository = try Repository.open(at: repoPath)
            let missing = try #require(ObjectID(hex: "0123456789abcdef0123456789abcdef01234567"))
            for attempt: () throws -> Void in [
                { _ = try repository.blob(missing) },
                { _ = try repository.blobSize(missing) },
                { _ = try repository.commit(missing) },
                { _ = try repository.tree(ofCommit: missing) },
                { _ = try repository.listBlobs(inCommit: missing) },
                { _ = try repository.diffTrees(old: missing, new: nil) },
            ] {
                let error = #expect(throws: GitError.self) { try attempt() }
                #expect(error?.code == .notFound)
                #expect(error?.message.contains(missing.hex) == true)
            }
        }
    }

    @Test func errorDescriptionNamesCodeAndClass() {
        let error = GitError(code: .notFound, errorClass: .odb, message: "object not found")
        #expect(error.description == "object not found (libgit2 code -3 notFound, class odb)")
        #expect(GitError.Code(rawValue: -14) == .locked)
        #expect(GitError.Code(rawValue: -99) == .other(-99))
        #expect(GitError.Code.other(-99).rawValue == -99)
    }

    /// With libgit2's hash verification off, a blob read through `verifiedBlob` is still hashed
    /// here: another object's content under this id is a mismatch, not that content.
    @Test func verifiedBlobCatchesAnotherObjectsContentWithVerificationOff() throws {
        try withScratch { scratch in
            let (repoPath, id, idB) = try swappedObject(scratch)
            try ObjectReading.setHashVerification(false)
            defer { try? ObjectReading.setHashVerification(true) }
            let repository = try Repository.open(at: repoPath)
            // libgit2 alone now returns b's content for a's id.
            #expect(try repository.blob(id) == Array("second\n".utf8))
            let error = #expect(throws: GitError.self) { try repository.verifiedBlob(id) }
            #expect(error?.code == .mismatch && error?.message.contains(id.hex) == true)
            #expect(try repository.verifiedBlob(idB) == Array("second\n".utf8))
        }
    }
}
