internal import Clibgit2

extension ObjectID {
    /// The id git would give `bytes` stored as a blob (`git hash-object`), computed without a
    /// repository: a working-tree file whose id equals a committed blob's id has the same content.
    public static func ofBlob(_ bytes: [UInt8]) throws(GitError) -> ObjectID {
        try LibGit2.ensureInitialized()
        var oid = git_oid()
        let code = bytes.withUnsafeBytes { buffer in
            git_odb_hash(&oid, buffer.baseAddress, buffer.count, GIT_OBJECT_BLOB)
        }
        try check(code, "cannot hash a blob")
        return ObjectID(oid)
    }
}
